/**
 * Local days: a calendar day in a zone, written YYYY-MM-DD, and the instants where it begins.
 * A day-only meeting is a local day, never a midnight in UTC.
 */
import { dayjs } from './dayjs.js';
import { utcOffsetMs } from './zones.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** True for a real calendar day written YYYY-MM-DD (2020-02-30 is not). */
export function isIsoDay(day: string): boolean {
  const match = ISO_DAY.exec(day);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** True for a clock time HH:mm (24 hours). */
export function isClockTime(time: string): boolean {
  return CLOCK.test(time);
}

/** The day `days` after `day` (negative for before). Pure calendar arithmetic, no zone. */
export function addDays(day: string, days: number): string {
  return dayjs.utc(day).add(days, 'day').format('YYYY-MM-DD');
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
  return dayjs.utc(at + utcOffsetMs(at, zone)).format('YYYY-MM-DD');
}

/** The local clock time HH:mm of an instant in `zone`. */
export function localClock(at: number, zone: string): string {
  return dayjs.utc(at + utcOffsetMs(at, zone)).format('HH:mm');
}

/** Monday of the ISO week that holds `day`. */
export function startOfWeek(day: string): string {
  return dayjs.utc(day).isoWeekday(1).format('YYYY-MM-DD');
}

/** The first and last day of the month that holds `day`. */
export function monthOf(day: string): { first: string; last: string } {
  const d = dayjs.utc(day);
  return { first: d.startOf('month').format('YYYY-MM-DD'), last: d.endOf('month').format('YYYY-MM-DD') };
}
