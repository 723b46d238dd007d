/**
 * Zones: IANA names (`Asia/Damascus`), which the calendar stores, and fixed offsets (`+05:30`),
 * which the date parser also accepts; their validation, the list offered to people, and the
 * offset of a zone at an instant.
 */
import { remembered } from '../remembered.js';

/** True when `zone` is an IANA zone name this Node knows (e.g. `Asia/Damascus`, `UTC`). */
export const isValidZone: (zone: string) => boolean = remembered((zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
});

const FIXED_OFFSET = /^([+-])(\d{2}):?(\d{2})$/;

/** Minutes east of UTC for a fixed-offset zone like `+05:30`, or null for an IANA name. */
export function fixedOffsetMinutes(zone: string): number | null {
  const sign = zone.charCodeAt(0);
  if (sign !== 43 && sign !== 45) return null; // neither + nor -: an IANA name, told without a regular expression
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

/** True for an IANA zone this Node knows or a fixed offset within ±14:00 (what the date parser resolves in). */
export function isZoneOrFixedOffset(zone: string): boolean {
  const offset = fixedOffsetMinutes(zone);
  if (offset !== null) return Math.abs(offset) <= 14 * 60 && Number(zone.slice(-2)) < 60;
  return isValidZone(zone);
}

/** Every zone Intl knows, plus UTC. */
export const ALL_ZONES: readonly string[] = [...Intl.supportedValuesOf('timeZone'), 'UTC'];

/** One formatter per zone: making them is what made dayjs's tz() slow. */
const offsetFormatter = remembered(
  (zone: string) =>
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    }),
);

const HOUR_MS = 3_600_000;

/** Offsets by zone and UTC hour, for hours the zone does not change its clocks in. Bounded. */
const hourlyOffsets = new Map<string, Map<number, number>>();

/**
 * How far `zone`'s clocks are ahead of UTC at the instant `at`, in ms, for an IANA name or a
 * fixed offset (what dayjs's `tz(zone).utcOffset()` gives, at a fraction of its cost: the date
 * parser and the reader of articles ask for it for every date they resolve). An hour whose start
 * and end have the same offset has it throughout (no zone changes its clocks twice in an hour),
 * so it is asked of Intl once per zone and hour.
 */
export function utcOffsetMs(at: number, zone: string): number {
  const hour = Math.floor(at / HOUR_MS);
  let hours = hourlyOffsets.get(zone);
  const known = hours?.get(hour);
  if (known !== undefined) return known;
  // Asked after the hours known: the reader of articles asks of IANA zones only, and a fixed offset is never stored
  const fixed = fixedOffsetMinutes(zone);
  if (fixed !== null) return fixed * 60_000;
  const offset = exactOffsetMs(at, zone);
  const start = hour * HOUR_MS;
  if (exactOffsetMs(start, zone) === offset && exactOffsetMs(start + HOUR_MS - 1, zone) === offset) {
    if (!hours) hourlyOffsets.set(zone, (hours = new Map()));
    if (hours.size > 10_000) hours.clear(); // a long run over many dates must not grow memory
    hours.set(hour, offset);
  }
  return offset;
}

/** The offset at `at`, from Intl's wall clock in `zone`. */
function exactOffsetMs(at: number, zone: string): number {
  const format = offsetFormatter(zone);
  const fields: Record<string, number> = {};
  let bc = false;
  for (const part of format.formatToParts(at)) {
    if (part.type === 'era') bc = part.value.startsWith('B');
    else if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const year = bc ? 1 - fields.year! : fields.year!;
  const wall = Date.UTC(year, fields.month! - 1, fields.day!, fields.hour!, fields.minute!, fields.second!);
  const whole = new Date(wall);
  if (year >= 0 && year < 100) whole.setUTCFullYear(year); // Date.UTC reads 0-99 as 1900-1999
  return whole.getTime() - (at - (((at % 1000) + 1000) % 1000));
}
