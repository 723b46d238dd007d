/**
 * A month of meetings as a PNG: the grid (month-grid.ts), laid out in the reader's language
 * (month-layout.ts), written as SVG (picture-svg.ts) and drawn by resvg (render-png.ts).
 */
import type { MeetingSummary } from '../calendar/types.js';
import type { Locale } from '../i18n/index.js';
import { pictureLabels } from './labels.js';
import { monthGrid, type MonthGrid, type Weekday } from './month-grid.js';
import { layoutMonth } from './month-layout.js';
import { pictureSvg } from './picture-svg.js';
import { renderPng } from './render-png.js';
import type { Picture } from './shapes.js';
import { addDays, monthOf, startOfLocalDay } from '../time/local-days.js';

/** Local days lie within 14 hours of UTC days: the window that surely holds a month's local days. */
const LOCAL_DAY_SLACK = 15 * 3_600_000;

/** The instants [from, to) that surely hold every local day of `month` (YYYY-MM), whatever the zone. */
export function monthSpan(month: string): { from: number; to: number } {
  const { first, last } = monthOf(`${month}-01`);
  return {
    from: startOfLocalDay(first, 'UTC') - LOCAL_DAY_SLACK,
    to: startOfLocalDay(addDays(last, 1), 'UTC') + LOCAL_DAY_SLACK,
  };
}

export interface MonthPictureRequest {
  /** YYYY-MM. */
  month: string;
  /** The month's meetings (others are left out). */
  meetings: readonly MeetingSummary[];
  locale: Locale;
  weekStart: Weekday;
  /** Today's local day in the calendar's zone, YYYY-MM-DD. */
  today: string;
  /** The filters asked, as a line under the month. */
  subtitle?: string | undefined;
}

export interface MonthPicture {
  grid: MonthGrid;
  picture: Picture;
  /** The month's name as the picture writes it. */
  monthName: string;
  svg: string;
}

/** The month's grid and picture as shapes and SVG (no PNG: renderPng draws it). */
export function monthPicture(request: MonthPictureRequest): MonthPicture {
  const grid = monthGrid(request.month, request.meetings, request.weekStart, request.today);
  const labels = pictureLabels(request.month, request.locale);
  const picture = layoutMonth(grid, labels, { subtitle: request.subtitle });
  return { grid, picture, monthName: labels.month, svg: pictureSvg(picture) };
}

/** The month's picture as a PNG. */
export async function monthPng(request: MonthPictureRequest): Promise<MonthPicture & { png: Buffer }> {
  const made = monthPicture(request);
  return { ...made, png: await renderPng(made.svg) };
}
