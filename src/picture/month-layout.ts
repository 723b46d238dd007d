/**
 * The month grid laid out as shapes: a heading, the weekday row, a row of cells a week, and
 * the meetings known only to a week or a month listed under the grid. Right to left in Arabic
 * (the week's first day in the rightmost column, text anchored at the right edge). Each line is
 * cut to the width of its cell as measured in the fonts drawn (fonts.ts), and a day with more
 * meetings than its cell holds shows as many as fit and "+N more".
 */
import type { MeetingSummary } from '../calendar/types.js';
import { fitText, textWidth } from './fonts.js';
import type { PictureLabels } from './labels.js';
import type { GridDay, MonthGrid } from './month-grid.js';
import type { Picture, RectShape, Shape, TextShape } from './shapes.js';

export const WIDTH = 1000;
const MARGIN = 16;
const CELL_WIDTH = (WIDTH - 2 * MARGIN) / 7;
export const CELL_HEIGHT = 112;
const HEADING = 52;
const SUBHEADING = 16;
const WEEKDAY_ROW = 28;
const PAD = 6;
/** The coloured mark before a meeting's line, and the gap after it. */
const MARK = 3;
const MARK_GAP = 4;
const ITEM_SIZE = 12;
const LINE = 17;
/** Lines a cell holds under its day number. */
export const LINES_PER_CELL = 4;
const FIRST_LINE = 38;
const UNDATED_LINE = 20;
/** Meetings listed under the grid before "+N more". */
export const UNDATED_LINES = 8;

const COLOURS = {
  text: '#1f2328',
  faint: '#6e7781',
  grid: '#d0d7de',
  outside: '#f6f8fa',
  header: '#eef1f4',
  currentWeek: '#fff5d6',
  today: '#bf8700',
  status: { held: '#2da44e', scheduled: '#0969da', tentative: '#d4a72c', cancelled: '#8c959f' },
} as const;

/** What the layout adds to the grid: the filters asked (a line under the month), if any. */
export interface LayoutOptions {
  subtitle?: string | undefined;
}

/** The picture of a month grid, in its labels' language. */
export function layoutMonth(grid: MonthGrid, labels: PictureLabels, options: LayoutOptions = {}): Picture {
  const shapes: Shape[] = [];
  const top = HEADING + (options.subtitle ? SUBHEADING : 0);
  const text = (shape: Omit<TextShape, 'kind'>) => shapes.push({ kind: 'text', ...shape });
  text({
    x: WIDTH / 2,
    y: 34,
    text: labels.month,
    size: 22,
    weight: 'bold',
    anchor: 'middle',
    fill: COLOURS.text,
    role: { of: 'title' },
  });
  if (options.subtitle) {
    const subtitle = keptRightToLeft(fitText(options.subtitle, WIDTH - 2 * MARGIN, 13));
    text({
      x: WIDTH / 2,
      y: 56,
      text: subtitle,
      size: 13,
      weight: 'regular',
      anchor: 'middle',
      fill: COLOURS.faint,
      role: { of: 'subtitle' },
    });
  }
  const columnX = (column: number) => MARGIN + (labels.rtl ? 6 - column : column) * CELL_WIDTH;
  shapes.push({
    kind: 'rect',
    x: MARGIN,
    y: top,
    width: WIDTH - 2 * MARGIN,
    height: WEEKDAY_ROW,
    fill: COLOURS.header,
  });
  for (let column = 0; column < 7; column++) {
    const name = labels.weekdays[(grid.weekStart + column) % 7]!;
    text({
      x: columnX(column) + CELL_WIDTH / 2,
      y: top + 19,
      text: fitText(name, CELL_WIDTH - 2 * PAD, 12, 'bold'),
      size: 12,
      weight: 'bold',
      anchor: 'middle',
      fill: COLOURS.text,
      role: { of: 'weekday' },
    });
  }
  const gridTop = top + WEEKDAY_ROW;
  grid.weeks.forEach((week, row) => {
    const y = gridTop + row * CELL_HEIGHT;
    if (week.current)
      shapes.push({
        kind: 'rect',
        x: MARGIN,
        y,
        width: WIDTH - 2 * MARGIN,
        height: CELL_HEIGHT,
        fill: COLOURS.currentWeek,
        role: { of: 'currentWeek' },
      });
    for (const day of week.days) shapes.push(...dayCell(day, columnX(day.column), y, week.current, labels));
  });
  const gridBottom = gridTop + grid.weeks.length * CELL_HEIGHT;
  if (grid.total === 0) shapes.push(...emptyNote(labels.empty, (gridTop + gridBottom) / 2));
  const undated = undatedList(grid.undated, gridBottom, labels);
  shapes.push(...undated.shapes);
  return { width: WIDTH, height: Math.ceil(undated.bottom + MARGIN), background: '#ffffff', shapes };
}

function dayCell(day: GridDay, x: number, y: number, currentWeek: boolean, labels: PictureLabels): Shape[] {
  const shapes: Shape[] = [];
  const fill = day.inMonth ? (currentWeek ? COLOURS.currentWeek : '#ffffff') : COLOURS.outside;
  shapes.push({
    kind: 'rect',
    x,
    y,
    width: CELL_WIDTH,
    height: CELL_HEIGHT,
    fill,
    stroke: COLOURS.grid,
    strokeWidth: 1,
    role: { of: 'cell', day: day.day, column: day.column },
  });
  // Text runs from the cell's reading start: its left edge, or its right edge in Arabic.
  const start = labels.rtl ? x + CELL_WIDTH - PAD : x + PAD;
  const anchor = labels.rtl ? 'end' : 'start';
  const forward = labels.rtl ? -1 : 1;
  if (day.today) {
    shapes.push({
      kind: 'rect',
      x: x + 1.5,
      y: y + 1.5,
      width: CELL_WIDTH - 3,
      height: CELL_HEIGHT - 3,
      fill: 'none',
      stroke: COLOURS.today,
      strokeWidth: 3,
      role: { of: 'today' },
    });
    shapes.push({
      kind: 'rect',
      x: labels.rtl ? start - 24 : start - 3,
      y: y + 6,
      width: 27,
      height: 20,
      radius: 10,
      fill: COLOURS.today,
      role: { of: 'today' },
    });
  }
  shapes.push({
    kind: 'text',
    x: day.today ? start + forward * 10.5 : start,
    y: y + 21,
    text: labels.dayNumber(day.day),
    size: 14,
    weight: 'bold',
    anchor: day.today ? 'middle' : anchor,
    fill: day.today ? '#ffffff' : day.inMonth ? COLOURS.text : COLOURS.faint,
    role: { of: 'day', day: day.day },
  });
  const overflow = day.meetings.length > LINES_PER_CELL;
  const shown = overflow ? day.meetings.slice(0, LINES_PER_CELL - 1) : day.meetings;
  const width = CELL_WIDTH - 2 * PAD - MARK - MARK_GAP;
  shown.forEach((meeting, i) => {
    const baseline = y + FIRST_LINE + i * LINE;
    shapes.push(statusMark(meeting, labels.rtl ? start - MARK : start, baseline));
    shapes.push({
      kind: 'text',
      x: start + forward * (MARK + MARK_GAP),
      y: baseline,
      text: itemText(meeting, width, labels),
      size: ITEM_SIZE,
      weight: 'regular',
      anchor,
      fill: meeting.status === 'cancelled' ? COLOURS.faint : COLOURS.text,
      strike: meeting.status === 'cancelled',
      role: { of: 'item', day: day.day, meeting: meeting.number },
    });
  });
  if (overflow) {
    const hidden = day.meetings.length - shown.length;
    shapes.push({
      kind: 'text',
      x: start + forward * (MARK + MARK_GAP),
      y: y + FIRST_LINE + shown.length * LINE,
      text: fitText(labels.more(hidden), width, 11, 'bold'),
      size: 11,
      weight: 'bold',
      anchor,
      fill: COLOURS.faint,
      role: { of: 'more', day: day.day, hidden },
    });
  }
  return shapes;
}

function statusMark(meeting: MeetingSummary, x: number, baseline: number): RectShape {
  return {
    kind: 'rect',
    x,
    y: baseline - 10,
    width: MARK,
    height: 12,
    fill: COLOURS.status[meeting.status],
    role: { of: 'status' },
  };
}

const FIRST_STRONG = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]|[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
const RLM = '\u200f';

/** Whether a text's first letter is Arabic (or Hebrew): resvg then lays it out right to left. */
function readsRightToLeft(text: string): boolean {
  const first = FIRST_STRONG.exec(text)?.[0];
  return first !== undefined && first.charCodeAt(0) >= 0x0590;
}

/**
 * Text that reads right to left, closed by a right-to-left mark: resvg lays every line out from
 * a left-to-right base, where a trailing ellipsis would leave the Arabic it ends and be drawn
 * at the line's right end, before the first word.
 */
function keptRightToLeft(text: string): string {
  return readsRightToLeft(text) ? `${text}${RLM}` : text;
}

/**
 * "10:00 Title", its title cut to fit `width` (a day-only meeting: the title alone), the time
 * at the reading start of the cell: a Latin title in an Arabic picture is written before its
 * time, since resvg would otherwise put the time at its left.
 */
function itemText(meeting: MeetingSummary, width: number, labels: PictureLabels): string {
  const title = labels.title(meeting);
  if (!meeting.time || meeting.precision !== 'minute') return keptRightToLeft(fitText(title, width, ITEM_SIZE));
  const time = labels.clock(meeting.time);
  const fitted = fitText(title, width - textWidth(`${time} `, ITEM_SIZE), ITEM_SIZE);
  if (labels.rtl && !readsRightToLeft(fitted)) return `${fitted} ${time}`;
  return `${time} ${keptRightToLeft(fitted)}`;
}

function emptyNote(message: string, middle: number): Shape[] {
  const width = Math.min(WIDTH - 2 * MARGIN - 40, textWidth(message, 20, 'bold') + 48);
  return [
    {
      kind: 'rect',
      x: (WIDTH - width) / 2,
      y: middle - 26,
      width,
      height: 44,
      radius: 8,
      fill: '#ffffff',
      stroke: COLOURS.grid,
      strokeWidth: 1,
    },
    {
      kind: 'text',
      x: WIDTH / 2,
      y: middle + 3,
      text: fitText(message, width - 24, 20, 'bold'),
      size: 20,
      weight: 'bold',
      anchor: 'middle',
      fill: COLOURS.faint,
      role: { of: 'empty' },
    },
  ];
}

/** The meetings known only to a week or a month, a line each, under the grid. */
function undatedList(
  meetings: readonly MeetingSummary[],
  gridBottom: number,
  labels: PictureLabels,
): { shapes: Shape[]; bottom: number } {
  if (meetings.length === 0) return { shapes: [], bottom: gridBottom };
  const start = labels.rtl ? WIDTH - MARGIN : MARGIN;
  const anchor = labels.rtl ? 'end' : 'start';
  const forward = labels.rtl ? -1 : 1;
  const shapes: Shape[] = [];
  let y = gridBottom + 28;
  shapes.push({
    kind: 'text',
    x: start,
    y,
    text: labels.undated,
    size: 13,
    weight: 'bold',
    anchor,
    fill: COLOURS.text,
    role: { of: 'undatedHeading' },
  });
  const overflow = meetings.length > UNDATED_LINES;
  const shown = overflow ? meetings.slice(0, UNDATED_LINES - 1) : meetings;
  for (const meeting of shown) {
    y += UNDATED_LINE;
    shapes.push(statusMark(meeting, labels.rtl ? start - MARK : start, y));
    shapes.push(...undatedLine(meeting, start + forward * (MARK + MARK_GAP), y, labels));
  }
  if (overflow) {
    y += UNDATED_LINE;
    const hidden = meetings.length - shown.length;
    shapes.push({
      kind: 'text',
      x: start + forward * (MARK + MARK_GAP),
      y,
      text: labels.more(hidden),
      size: 11,
      weight: 'bold',
      anchor,
      fill: COLOURS.faint,
      role: { of: 'undatedMore', hidden },
    });
  }
  return { shapes, bottom: y + 8 };
}

const PIECE_GAP = 10;

/**
 * "#21  Title  expected in January 2020": three texts side by side from the reading start, the
 * title cut to what the other two leave. Apart, not one line: resvg orders a line left to right
 * from its first letter, which would put the number of an Arabic line at its left end.
 */
function undatedLine(meeting: MeetingSummary, start: number, y: number, labels: PictureLabels): Shape[] {
  const forward = labels.rtl ? -1 : 1;
  const anchor = labels.rtl ? 'end' : 'start';
  const number = `#${meeting.number}`;
  const period = labels.period(meeting);
  const room =
    WIDTH - 2 * MARGIN - MARK - MARK_GAP - textWidth(number, ITEM_SIZE) - textWidth(period, ITEM_SIZE) - 2 * PIECE_GAP;
  const title = keptRightToLeft(fitText(labels.title(meeting), room, ITEM_SIZE));
  const cancelled = meeting.status === 'cancelled';
  const pieces: [string, string][] = [
    [number, COLOURS.faint],
    [title, cancelled ? COLOURS.faint : COLOURS.text],
    [period, COLOURS.faint],
  ];
  let x = start;
  return pieces.map(([text, fill]) => {
    const shape: TextShape = {
      kind: 'text',
      x,
      y,
      text,
      size: ITEM_SIZE,
      weight: 'regular',
      anchor,
      fill,
      strike: cancelled && text === title,
      role: { of: 'undated', meeting: meeting.number },
    };
    x += forward * (textWidth(text, ITEM_SIZE) + PIECE_GAP);
    return shape;
  });
}
