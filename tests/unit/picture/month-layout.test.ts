/**
 * The month picture's layout: right to left in Arabic, "+N more" where a day overflows, lines
 * cut to their cell by measured width, an empty month said so, every text escaped in the SVG.
 */
import { describe, expect, it } from 'vitest';
import type { MeetingSummary } from '../../../src/calendar/types.js';
import type { Locale } from '../../../src/i18n/index.js';
import { textWidth } from '../../../src/picture/fonts.js';
import { languageWeekStart } from '../../../src/picture/month-grid.js';
import { LINES_PER_CELL, WIDTH } from '../../../src/picture/month-layout.js';
import { monthPicture } from '../../../src/picture/month-picture.js';
import type { RectShape, Shape, TextShape } from '../../../src/picture/shapes.js';
import { crowdedMonth, summary } from '../../helpers/month-meetings.js';

function picture(meetings: MeetingSummary[], locale: Locale, month = '2020-01') {
  return monthPicture({ month, meetings, locale, weekStart: languageWeekStart(locale), today: '2020-01-15' });
}

const texts = (shapes: Shape[]) => shapes.filter((s): s is TextShape => s.kind === 'text');
const cells = (shapes: Shape[]) =>
  shapes.filter((s): s is RectShape & { role: { of: 'cell'; day: string; column: number } } => s.role?.of === 'cell');
const cellOf = (shapes: Shape[], day: string) => cells(shapes).find((c) => c.role.day === day)!;

describe('the month picture, laid out', () => {
  it('in English runs left to right from Monday; in Arabic right to left from Saturday, in Arabic names and digits', () => {
    const english = picture([], 'en').picture;
    const weekdays = (shapes: Shape[]) =>
      texts(shapes)
        .filter((t) => t.role.of === 'weekday')
        .sort((a, b) => a.x - b.x)
        .map((t) => t.text);
    expect(weekdays(english.shapes)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(cellOf(english.shapes, '2019-12-30').x).toBeLessThan(cellOf(english.shapes, '2019-12-31').x);

    const arabic = picture([], 'ar').picture;
    expect(weekdays(arabic.shapes).reverse()).toEqual([
      'السبت',
      'الأحد',
      'الاثنين',
      'الثلاثاء',
      'الأربعاء',
      'الخميس',
      'الجمعة',
    ]);
    // 28 December 2019 (a Saturday) is the first day, in the rightmost column.
    const first = cellOf(arabic.shapes, '2019-12-28');
    expect(first.role.column).toBe(0);
    expect(Math.max(...cells(arabic.shapes).map((c) => c.x))).toBe(first.x);
    expect(texts(arabic.shapes).find((t) => t.role.of === 'title')?.text).toBe('كانون الثاني ٢٠٢٠');
    const day29 = texts(arabic.shapes).find((t) => t.role.of === 'day' && t.role.day === '2020-01-29')!;
    expect(day29.text).toBe('٢٩');
    expect(day29.anchor).toBe('end');
  });

  it("writes a timed meeting's time in its place's zone, in Arabic-Indic digits in Arabic", () => {
    const meeting = summary({
      number: 4,
      date: '2020-01-29',
      time: '10:00',
      timezone: 'Asia/Damascus',
      title: 'Pedersen visit',
      titleAr: 'زيارة بيدرسن',
    });
    const item = (locale: Locale) =>
      texts(picture([meeting], locale).picture.shapes).find((t) => t.role.of === 'item')!;
    expect(item('en')).toMatchObject({ text: '10:00 Pedersen visit', role: { day: '2020-01-29' } });
    expect(item('ar').text).toBe('١٠:٠٠ زيارة بيدرسن\u200f');
  });

  it('shows three meetings and "+N more" in a day that holds more than its cell', () => {
    const day = Array.from({ length: 9 }, (_, i) => summary({ number: i + 1, date: '2020-01-29', time: `1${i}:00` }));
    const shapes = picture(day, 'en').picture.shapes;
    const items = texts(shapes).filter((t) => t.role.of === 'item');
    expect(items.map((t) => (t.role as { meeting: number }).meeting)).toEqual([1, 2, 3]);
    expect(items).toHaveLength(LINES_PER_CELL - 1);
    const more = texts(shapes).find((t) => t.role.of === 'more')!;
    expect(more).toMatchObject({ text: '+6 more', role: { day: '2020-01-29', hidden: 6 } });
    expect(texts(picture(day, 'ar').picture.shapes).find((t) => t.role.of === 'more')?.text).toBe('و٦ أخرى');
    // Exactly as many as the cell holds: no "+N more".
    const full = picture(day.slice(0, LINES_PER_CELL), 'en').picture.shapes;
    expect(texts(full).filter((t) => t.role.of === 'item')).toHaveLength(LINES_PER_CELL);
    expect(texts(full).some((t) => t.role.of === 'more')).toBe(false);
  });

  it('cuts every line of a crowded month to fit its cell, by measured width, in both languages', () => {
    for (const locale of ['en', 'ar'] as const) {
      const shapes = picture(crowdedMonth('2020-01', 200), locale).picture.shapes;
      const lines = texts(shapes).filter((t) => t.role.of === 'item' || t.role.of === 'more');
      expect(lines.length).toBeGreaterThan(80);
      expect(lines.some((t) => t.text.includes('…'))).toBe(true);
      for (const line of lines) {
        const cell = cellOf(shapes, (line.role as { day: string }).day);
        const [left, right] =
          line.anchor === 'start'
            ? [line.x, line.x + textWidth(line.text, line.size, line.weight)]
            : [line.x - textWidth(line.text, line.size, line.weight), line.x];
        expect(left, line.text).toBeGreaterThanOrEqual(cell.x);
        expect(right, line.text).toBeLessThanOrEqual(cell.x + cell.width);
      }
    }
  });

  it('says so when the month is empty, and lists week- and month-only meetings under the grid', () => {
    const empty = picture([], 'en', '2020-02');
    expect(texts(empty.picture.shapes).find((t) => t.role.of === 'empty')?.text).toBe('No meetings in February 2020');
    expect(texts(picture([], 'ar', '2020-02').picture.shapes).find((t) => t.role.of === 'empty')?.text).toBe(
      'لا اجتماعات في شباط ٢٠٢٠',
    );
    const vague = picture(
      [summary({ number: 7, date: '2020-01-01', endDate: '2020-01-31', precision: 'month' })],
      'en',
    );
    const listed = texts(vague.picture.shapes).filter((t) => t.role.of === 'undated');
    expect(listed.map((t) => t.text)).toEqual(['#7', 'Meeting 7', 'expected in January 2020']);
    expect(texts(vague.picture.shapes).some((t) => t.role.of === 'empty' || t.role.of === 'item')).toBe(false);
    expect(vague.picture.height).toBeGreaterThan(empty.picture.height);
    expect(vague.picture.width).toBe(WIDTH);
  });

  it('escapes titles in the SVG: markup in a title is text, never an element', () => {
    const hostile = summary({
      number: 1,
      date: '2020-01-29',
      title: '<b>&"Q"\u0007',
    });
    const { svg } = picture([hostile], 'en');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;b&gt;&amp;&quot;Q&quot;<');
    expect(svg).not.toContain('\u0007');
  });
});
