/**
 * Local days: a calendar day in a zone, written YYYY-MM-DD, and the instants where it begins.
 * A day-only meeting is a local day, never a midnight in UTC. These are the days the calendar
 * stores and people type, as text; the arithmetic is wall-clock.ts's, on numbers.
 */
import {
  clockOf,
  instantOfWall,
  isoDayOf,
  lastDayOfMonth,
  mondayOf,
  monthStart,
  shift,
  wallClock,
  wallOfIsoDay,
} from './wall-clock.js';

const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** True for a real calendar day written YYYY-MM-DD (2020-02-30 is not). Read by character: every article asks. */
export function isIsoDay(day: string): boolean {
  if (day.length !== 10 || day.charCodeAt(4) !== 45 || day.charCodeAt(7) !== 45) return false;
  const y = digitsAt(day, 0, 4);
  const m = digitsAt(day, 5, 7);
  const d = digitsAt(day, 8, 10);
  if (y < 0 || m < 0 || d < 0) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The number written by the ASCII digits text[from, to), or -1 if another character is there. */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** True for a clock time HH:mm (24 hours). */
export function isClockTime(time: string): boolean {
  return CLOCK.test(time);
}

/** The day `days` after `day` (negative for before). Calendar arithmetic, no zone. */
export function addDays(day: string, days: number): string {
  return isoDayOf(shift(wallOfIsoDay(day), days, 'day'));
}

/** Whole days from `a` to `b` (negative when `b` is before). Calendar arithmetic, no zone. */
export function daysBetween(a: string, b: string): number {
  return Math.round((wallOfIsoDay(b) - wallOfIsoDay(a)) / 86_400_000);
}

/** The instant a local day begins in `zone`, UTC epoch ms. */
export function startOfLocalDay(day: string, zone: string): number {
  return instantOfWall(wallOfIsoDay(day), zone);
}

/**
 * The instant of a local clock time HH:mm on a local day in `zone`, UTC epoch ms (a time the
 * clocks pass twice or skip: see instantOfWall).
 */
export function localInstant(day: string, time: string, zone: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return instantOfWall(wallOfIsoDay(day) + hours * 3_600_000 + minutes * 60_000, zone);
}

/** The local day of an instant in `zone`. */
export function localDay(at: number, zone: string): string {
  return isoDayOf(wallClock(at, zone));
}

/** The local clock time HH:mm of an instant in `zone`. */
export function localClock(at: number, zone: string): string {
  return clockOf(wallClock(at, zone));
}

/** Monday of the ISO week that holds `day`. */
export function startOfWeek(day: string): string {
  return isoDayOf(mondayOf(wallOfIsoDay(day)));
}

/** The first and last day of the month that holds `day`. */
export function monthOf(day: string): { first: string; last: string } {
  const at = wallOfIsoDay(day);
  return { first: isoDayOf(monthStart(at)), last: isoDayOf(lastDayOfMonth(at)) };
}
