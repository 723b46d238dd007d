/** IANA zone names: validation and the list offered to people. */
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
 * How far `zone`'s clocks are ahead of UTC at the instant `at`, in ms (what dayjs's
 * `tz(zone).utcOffset()` gives, at a fraction of its cost: the date parser and the reader of
 * articles ask for it for every date they resolve). An hour whose start and end have the same
 * offset has it throughout (no zone changes its clocks twice in an hour), so it is asked of
 * Intl once per zone and hour.
 */
export function utcOffsetMs(at: number, zone: string): number {
  const hour = Math.floor(at / HOUR_MS);
  let hours = hourlyOffsets.get(zone);
  const known = hours?.get(hour);
  if (known !== undefined) return known;
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
