/**
 * Arithmetic on wall-clock times (WallTime: a clock reading as the epoch ms of the same reading
 * in UTC), so moving by days or months is UTC arithmetic and never trips over a DST change; a
 * zone is applied only where a value is read in or shown (wallClock, instantOfWall). The date
 * parser computes on these numbers; local-days.ts reads and writes the same days as YYYY-MM-DD.
 * The helpers follow dayjs's UTC mode, which they replaced (a dayjs object per step was a sixth
 * of the parser's time), to the letter: Date.UTC's reading of years 0-99 included.
 */
import type { WallTime } from './wall-time.js';
import { utcOffsetMs } from './zones.js';

const UNIT_MS = { week: 604_800_000, day: 86_400_000, hour: 3_600_000, minute: 60_000, second: 1000 } as const;

/** Units a wall clock is moved by or truncated to. */
export type WallUnit = keyof typeof UNIT_MS | 'month' | 'year';

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
export function addUnits(at: WallTime, amount: number, unit: WallUnit): WallTime {
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
export function startOfUnit(at: WallTime, unit: Exclude<WallUnit, 'week'>): WallTime {
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

/** The wall clock of an instant in `zone` (an IANA name or a fixed offset `±HH:MM`). */
export function wallClock(at: number, zone: string): WallTime {
  return at + utcOffsetMs(at, zone);
}

const HOUR_MS = UNIT_MS.hour;

/**
 * The instant a wall-clock reading names in `zone`, UTC epoch ms. A reading the clocks pass
 * twice (01:30 when New York falls back) is the first of the two, as in iCalendar; one they skip
 * (02:30 when they spring forward) moves on by the hour skipped (03:30).
 */
export function instantOfWall(wall: WallTime, zone: string): number {
  // The offsets in force around that reading: the one before a change and the one after it.
  const before = utcOffsetMs(wall - 24 * HOUR_MS, zone);
  const offsets = [...new Set([before, utcOffsetMs(wall, zone), utcOffsetMs(wall + 24 * HOUR_MS, zone)])];
  const matching = offsets.map((offset) => wall - offset).filter((at) => at + utcOffsetMs(at, zone) === wall);
  if (matching.length > 0) return Math.min(...matching);
  // In a gap: read the time with the offset before the change, which lands after it.
  return wall - before;
}

/** Midnight of a day written YYYY-MM-DD (not checked: see isIsoDay). */
export function wallOfIsoDay(day: string): WallTime {
  const year = Number(day.slice(0, 4));
  const at = Date.UTC(year, Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return year >= 0 && year < 100 ? new Date(at).setUTCFullYear(year) : at; // Date.UTC reads 0-99 as 1900-1999
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** YYYY-MM-DD of a Date read in UTC. */
const dayText = (d: Date): string =>
  `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;

/** YYYY-MM-DD of the day a wall-clock time falls on. */
export function isoDayOf(at: WallTime): string {
  return dayText(new Date(at));
}

/** HH:mm (24 hours) of a wall-clock time. */
export function clockOf(at: WallTime): string {
  const d = new Date(at);
  return `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}

/** 'YYYY-MM-DDTHH:mm:ss' of a wall-clock time (what dayjs's format() gave, at a fraction of its cost). */
export function isoLocalOf(at: WallTime): string {
  const d = new Date(at);
  return `${dayText(d)}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}
