/**
 * Zones: IANA names (`Asia/Damascus`), which the calendar stores, and fixed offsets (`+05:30`),
 * which the date parser also accepts; their validation, the list offered to people, and the
 * offset of a zone at an instant.
 */
import { remembered } from '../remembered.js';

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
const LISTED_ZONES = new Set(ALL_ZONES);

/**
 * True when `zone` is an IANA zone name this Node knows (e.g. `Asia/Damascus`, `UTC`). A listed
 * zone is taken as it is: a formatter is made only for other names (aliases, other cases), as the
 * process's first costs 25-40 ms of ICU data.
 */
export const isValidZone: (zone: string) => boolean = remembered((zone: string) => {
  if (LISTED_ZONES.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
});

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

/**
 * Offsets read off the process's own clock (TZ set to the zone for the read) before a formatter is
 * made: the first Intl formatter of a process costs 25-40 ms of ICU's locale data, a read off the
 * clock about 0.1 ms, and both give the same offsets (checked for every listed zone). A start that
 * asks a few offsets (extract on the seed article asks 15) makes no formatter; a long run makes
 * one once these are spent.
 */
let clockReadsLeft = 64;

/** The offset at `at` in `zone`: `zone`'s wall clock at that second, less the instant. */
function exactOffsetMs(at: number, zone: string): number {
  if (clockReadsLeft > 0 && LISTED_ZONES.has(zone)) {
    clockReadsLeft--;
    return clockOffsetMs(at, zone);
  }
  return intlOffsetMs(at, zone);
}

/** The offset at `at`, from Intl's wall clock in `zone`. */
export function intlOffsetMs(at: number, zone: string): number {
  const format = offsetFormatter(zone);
  const fields: Record<string, number> = {};
  let bc = false;
  for (const part of format.formatToParts(at)) {
    if (part.type === 'era') bc = part.value.startsWith('B');
    else if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const year = bc ? 1 - fields.year! : fields.year!;
  return wallOffsetMs(at, year, fields.month! - 1, fields.day!, fields.hour!, fields.minute!, fields.second!);
}

/** The offset at `at`, from the process's local clock with TZ set to `zone` (a listed zone) and then put back. */
export function clockOffsetMs(at: number, zone: string): number {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    const local = new Date(at);
    return wallOffsetMs(
      at,
      local.getFullYear(),
      local.getMonth(),
      local.getDate(),
      local.getHours(),
      local.getMinutes(),
      local.getSeconds(),
    );
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

/** How far a wall clock (month from 0) is ahead of the instant `at` taken to the second. */
function wallOffsetMs(
  at: number,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number {
  const whole = new Date(Date.UTC(year, month, day, hour, minute, second));
  if (year >= 0 && year < 100) whole.setUTCFullYear(year); // Date.UTC reads 0-99 as 1900-1999
  return whole.getTime() - (at - (((at % 1000) + 1000) % 1000));
}
