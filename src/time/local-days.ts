/**
 * Local days: a calendar day in a zone, written YYYY-MM-DD, and the instants where it begins.
 * A day-only meeting is a local day, never a midnight in UTC.
 */
import { utcOffsetMs } from './zones.js';

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

/**
 * The day `days` after `day` (negative for before). Pure calendar arithmetic, no zone: Date.UTC
 * carries days over into months and years, at a fraction of dayjs's parse, add and format.
 */
export function addDays(day: string, days: number): string {
  return isoDayOf(utcDay(day, days));
}

const DAY_MS = 86_400_000;

/** Midnight UTC of `day` (YYYY-MM-DD) moved by `days`, epoch ms. */
function utcDay(day: string, days = 0): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + days);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** YYYY-MM-DD of the UTC day an epoch-ms instant falls on. */
function isoDayOf(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** The instant a local day begins in `zone`, UTC epoch ms. */
export function startOfLocalDay(day: string, zone: string): number {
  return localInstant(day, '00:00', zone);
}

const HOUR_MS = 3_600_000;

/** How far `zone`'s clocks are ahead of UTC at the instant `at`, in ms. */
function offsetAt(at: number, zone: string): number {
  return utcOffsetMs(at, zone);
}

/**
 * The instant of a local clock time on a local day in `zone`, UTC epoch ms. A time the clocks
 * pass twice (01:30 when New York falls back) is the first of the two, as in iCalendar; a
 * time they skip (02:30 when they spring forward) moves on by the hour skipped (03:30).
 */
export function localInstant(day: string, time: string, zone: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const wall = Date.parse(`${day}T00:00:00Z`) + hours * HOUR_MS + minutes * 60_000;
  // The offsets in force around that day: the one before a change and the one after it.
  const offsets = [...new Set([offsetAt(wall - 24 * HOUR_MS, zone), offsetAt(wall, zone), offsetAt(wall + 24 * HOUR_MS, zone)])];
  const matching = offsets.map((offset) => wall - offset).filter((at) => at + offsetAt(at, zone) === wall);
  if (matching.length > 0) return Math.min(...matching);
  // In a gap: read the time with the offset before the change, which lands after it.
  return wall - offsetAt(wall - 24 * HOUR_MS, zone);
}

/** The local day of an instant in `zone`. */
export function localDay(at: number, zone: string): string {
  return isoDayOf(at + utcOffsetMs(at, zone));
}

/** The local clock time HH:mm of an instant in `zone`. */
export function localClock(at: number, zone: string): string {
  const d = new Date(at + utcOffsetMs(at, zone));
  return `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}

/** Monday of the ISO week that holds `day`. */
export function startOfWeek(day: string): string {
  const ms = utcDay(day);
  return isoDayOf(ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY_MS);
}

/** The first and last day of the month that holds `day`. */
export function monthOf(day: string): { first: string; last: string } {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  // Day 0 of the next month is this month's last
  return { first: `${day.slice(0, 7)}-01`, last: isoDayOf(Date.UTC(year, month, 0)) };
}
