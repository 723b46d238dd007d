/**
 * Calendar helpers on wall-clock times: weekdays, months, holidays. A wall-clock time is a plain
 * number, the epoch ms at which a UTC clock shows the same reading, so calendar arithmetic is
 * UTC arithmetic and never trips over a DST change; zones are applied only where a value is
 * read in or shown (zone.ts). The helpers follow dayjs's UTC mode, which they replaced (a dayjs
 * object per step was a sixth of the parser's time), to the letter: Date.UTC's reading of
 * years 0-99 included.
 */
import type { Holiday } from './ir.js';
import { fromHijri, toHijri } from './hijri.js';

/** A wall-clock time: epoch ms of the same clock reading in UTC. */
export type WallTime = number;

const UNIT_MS = { week: 604_800_000, day: 86_400_000, hour: 3_600_000, minute: 60_000, second: 1000 } as const;

/** Units a wall clock is moved by or truncated to. */
export type CalendarUnit = keyof typeof UNIT_MS | 'month' | 'year';

/** The calendar day of a wall-clock time: year, month (1-12), day of the month. */
export function civilDate(at: WallTime): { year: number; month: number; day: number } {
  const d = new Date(at);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The day of the week, 0 = Sunday. */
export function weekdayOf(at: WallTime): number {
  return new Date(at).getUTCDay();
}

/** A calendar day, or null when it does not exist (30 February). */
export function dateOf(year: number, month: number, day: number): WallTime | null {
  const at = Date.UTC(year, month - 1, day);
  const d = civilDate(at);
  return d.year === year && d.month === month && d.day === day ? at : null;
}

/** A wall clock moved by a unit of fixed length (weeks down to seconds): plain arithmetic. */
export function shift(at: WallTime, amount: number, unit: keyof typeof UNIT_MS): WallTime {
  return at + amount * UNIT_MS[unit];
}

/**
 * A wall clock moved by `amount` units as dayjs's add() moves it: days and weeks by whole days,
 * months and years keeping the day of the month, down to the last day of a shorter month.
 */
export function addUnits(at: WallTime, amount: number, unit: CalendarUnit): WallTime {
  if (unit === 'day' || unit === 'week') return shift(at, Math.round(amount), unit);
  if (unit !== 'month' && unit !== 'year') return shift(at, amount, unit);
  const d = new Date(at);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + amount);
  else d.setUTCFullYear(d.getUTCFullYear() + amount);
  // Day 0 of the next month is this month's last
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.getTime();
}

/** The start of the unit `at` is in (a week is mondayOf's). */
export function startOfUnit(at: WallTime, unit: Exclude<CalendarUnit, 'week'>): WallTime {
  if (unit === 'month' || unit === 'year') {
    const d = new Date(at);
    return Date.UTC(d.getUTCFullYear(), unit === 'month' ? d.getUTCMonth() : 0, 1);
  }
  const size = UNIT_MS[unit];
  return at - (((at % size) + size) % size);
}

/** The day a wall clock falls on (its midnight). */
export function dayStart(at: WallTime): WallTime {
  return startOfUnit(at, 'day');
}

/** The first day of the month `months` after the one `at` is in (Date.UTC carries months over into years). */
export function monthStart(at: WallTime, months = 0): WallTime {
  const d = new Date(at);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
}

/** The last day of the month `at` is in. */
export function lastDayOfMonth(at: WallTime): WallTime {
  return shift(monthStart(at, 1), -1, 'day');
}

/** The first day with `weekday` on or after `from` (strictly after with `strict`). */
export function weekdayOnOrAfter(from: WallTime, weekday: number, strict: boolean): WallTime {
  let ahead = (weekday - weekdayOf(from) + 7) % 7;
  if (ahead === 0 && strict) ahead = 7;
  return shift(from, ahead, 'day');
}

/** The last day with `weekday` on or before `from` (strictly before with `strict`). */
export function weekdayOnOrBefore(from: WallTime, weekday: number, strict: boolean): WallTime {
  let back = (weekdayOf(from) - weekday + 7) % 7;
  if (back === 0 && strict) back = 7;
  return shift(from, -back, 'day');
}

/** Monday of the ISO week holding `day`. */
export function mondayOf(day: WallTime): WallTime {
  return shift(dayStart(day), -((weekdayOf(day) + 6) % 7), 'day');
}

/** Western Easter Sunday (anonymous Gregorian computus). */
export function easter(year: number): WallTime {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

/** Hijri month and day of the Islamic holidays. */
const HIJRI_HOLIDAYS: Partial<Record<Holiday, readonly [number, number]>> = {
  eidFitr: [10, 1], eidAdha: [12, 10], hijriNewYear: [1, 1], mawlid: [3, 12], ashura: [1, 10],
};

/** The occurrences of a holiday around the Gregorian `year` (the year before, that year, the next). */
function occurrences(holiday: Holiday, year: number): WallTime[] {
  const hijri = HIJRI_HOLIDAYS[holiday];
  if (hijri) {
    const first = toHijri(Date.UTC(year - 1, 0, 1)).year;
    const out: WallTime[] = [];
    for (let hy = first; hy <= first + 3; hy++) {
      const d = fromHijri(hy, hijri[0], hijri[1]);
      if (d !== null) out.push(d);
    }
    return out;
  }
  const one = (y: number): WallTime => (holiday === 'easter' ? easter(y) : holiday === 'christmas' ? Date.UTC(y, 11, 25) : Date.UTC(y, 0, 1));
  return [one(year - 1), one(year), one(year + 1)];
}

/** The holiday in Gregorian `year`, or nearest to `today` in the direction of `past`. */
export function holidayDate(holiday: Holiday, today: WallTime, year: number | undefined, past: boolean): WallTime | null {
  const list = occurrences(holiday, year ?? civilDate(today).year);
  if (year !== undefined) return list.find((d) => civilDate(d).year === year) ?? null;
  if (past) return [...list].reverse().find((d) => d <= today) ?? null;
  return list.find((d) => d >= today) ?? null;
}
