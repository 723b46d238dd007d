/**
 * Zones: an IANA name (`Asia/Damascus`) or a fixed offset (`+05:30`), and the two conversions the
 * parser needs. Calendar arithmetic happens on wall-clock times (calendar.ts), so adding days or
 * months never trips over a DST change; only these conversions know zones.
 */
import { dayjs } from '../time/dayjs.js';
import type { WallTime } from './calendar.js';
import { isValidZone, utcOffsetMs } from '../time/zones.js';

const FIXED_OFFSET = /^([+-])(\d{2}):?(\d{2})$/;

/** Minutes east of UTC for a fixed-offset zone like `+05:30`, or null for an IANA name. */
export function fixedOffsetMinutes(zone: string): number | null {
  const match = FIXED_OFFSET.exec(zone);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** Writes an offset in minutes as `±HH:MM`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** True for an IANA zone Node knows or a fixed offset within ±14:00. */
export function isKnownZone(zone: string): boolean {
  const offset = fixedOffsetMinutes(zone);
  if (offset !== null) return Math.abs(offset) <= 14 * 60 && Number(zone.slice(-2)) < 60;
  return isValidZone(zone);
}

/** The wall clock of an instant in `zone`. */
export function wallClock(at: number, zone: string): WallTime {
  const offset = fixedOffsetMinutes(zone);
  if (offset !== null) return at + offset * 60_000;
  return at + utcOffsetMs(at, zone);
}

/** The instant a wall-clock time written 'YYYY-MM-DDTHH:mm:ss' names in `zone`. */
export function instantOf(local: string, zone: string): number {
  const wall = dayjs.utc(local);
  const offset = fixedOffsetMinutes(zone);
  if (offset !== null) return wall.valueOf() - offset * 60_000;
  return dayjs.tz(wall.format('YYYY-MM-DDTHH:mm:ss'), zone).valueOf();
}

/** The UTC offset of `zone` at an instant, minutes east. */
export function offsetAt(at: number, zone: string): number {
  return Math.round((wallClock(at, zone) - at) / 60_000);
}
