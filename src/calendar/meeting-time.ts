/** From what a text says of a meeting's time to the instants and local days it covers. */
import { UserError } from '../errors.js';
import {
  addDays,
  isClockTime,
  isIsoDay,
  localInstant,
  monthOf,
  startOfLocalDay,
  startOfWeek,
} from '../time/local-days.js';
import { isValidZone } from '../time/zones.js';
import type { Precision } from './types.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

export interface SpanClass {
  /** A week or a month ("expected in …"): listed by its end, not its start. */
  vague: boolean;
  /** The longest span in the class: a window is searched by start with this look-back. */
  longestMs: number;
}

/**
 * Meetings are searched by span class: dated or vague, and a narrow range of lengths. A window
 * search by start looks back as far as the class's longest meeting and passes over those that
 * ended before the window; narrow classes keep that stretch short (a day's meetings look back
 * 25 hours, not the two days a timed one never needs). Migration 0005 wrote these classes into
 * every meeting: changing them needs a migration that rewrites span_class.
 */
export const SPAN_CLASSES: readonly SpanClass[] = [
  { vague: false, longestMs: 4 * HOUR_MS }, // a timed meeting
  { vague: false, longestMs: 25 * HOUR_MS }, // a day (23 to 25 hours across DST)
  { vague: false, longestMs: 8 * DAY_MS },
  { vague: false, longestMs: 32 * DAY_MS },
  { vague: false, longestMs: Number.MAX_SAFE_INTEGER },
  { vague: true, longestMs: 8 * DAY_MS }, // a week
  { vague: true, longestMs: 32 * DAY_MS }, // a month
  { vague: true, longestMs: Number.MAX_SAFE_INTEGER },
];

/** A week or a month: "expected in …", listed after the dated meetings of its period. */
export function isVague(precision: Precision): boolean {
  return precision === 'week' || precision === 'month';
}

/** The span class of a meeting of this precision lasting `spanMs`. */
export function spanClassOf(precision: Precision, spanMs: number): number {
  const vague = isVague(precision);
  return SPAN_CLASSES.findIndex((c) => c.vague === vague && spanMs <= c.longestMs);
}

export interface MeetingTime {
  date: string;
  endDate: string;
  time: string | null;
  endTime: string | null;
  startsAt: number;
  endsAt: number;
  spanClass: number;
}

export interface MeetingTimeInput {
  precision: Precision;
  date: string;
  endDate?: string | null;
  time?: string | null;
  endTime?: string | null;
}

/**
 * Resolves a meeting's time in `zone`. A week is widened to its Monday..Sunday and a month
 * to its first..last day; a timed meeting without an end lasts one minute. Throws a
 * `UserError` for an impossible day or time, an unknown zone, or an end before the start.
 */
export function resolveMeetingTime(input: MeetingTimeInput, zone: string): MeetingTime {
  if (!isValidZone(zone)) throw new UserError('unknownZoneUseIana', zone);
  if (!isIsoDay(input.date)) throw new UserError('notDate', input.date);
  if (input.endDate && !isIsoDay(input.endDate)) throw new UserError('notDate', input.endDate);

  let date = input.date;
  let endDate = input.endDate ?? input.date;
  if (input.precision === 'week') {
    date = startOfWeek(date);
    endDate = addDays(startOfWeek(endDate), 6);
  } else if (input.precision === 'month') {
    date = monthOf(date).first;
    endDate = monthOf(endDate).last;
  }
  if (endDate < date) throw new UserError('meetingEndsBeforeBegins', endDate, date);

  if (input.precision !== 'minute') {
    const startsAt = startOfLocalDay(date, zone);
    const endsAt = startOfLocalDay(addDays(endDate, 1), zone);
    return {
      date,
      endDate,
      time: null,
      endTime: null,
      startsAt,
      endsAt,
      spanClass: spanClassOf(input.precision, endsAt - startsAt),
    };
  }

  const typedTime = input.time ?? '';
  if (!isClockTime(typedTime)) throw new UserError('notTimeOfDay', typedTime);
  // Kept as HH:mm whatever was typed (9:05 -> 09:05): it is shown and compared as text.
  const time = typedTime.padStart(5, '0');
  const startsAt = localInstant(date, time, zone);
  let endTime: string | null = null;
  let endsAt = startsAt + MINUTE_MS;
  if (input.endTime) {
    if (!isClockTime(input.endTime)) throw new UserError('notTimeOfDay', input.endTime);
    endTime = input.endTime.padStart(5, '0');
    endsAt = localInstant(endDate, endTime, zone);
    if (endsAt <= startsAt) throw new UserError('meetingEndsBeforeBegins', `${endDate} ${endTime}`, `${date} ${time}`);
  } else if (endDate !== date) {
    endsAt = startOfLocalDay(addDays(endDate, 1), zone);
  }
  return { date, endDate, time, endTime, startsAt, endsAt, spanClass: spanClassOf(input.precision, endsAt - startsAt) };
}

/**
 * The key meetings are listed by: the start, except that a week or a month comes after the
 * dated meetings of its period (it sorts by its end).
 */
export function listingOrder(meeting: {
  precision: Precision;
  startsAt: number;
  endsAt: number;
  id: number;
}): [number, number] {
  return [isVague(meeting.precision) ? meeting.endsAt - 1 : meeting.startsAt, meeting.id];
}

/** Compares two meetings in listing order. */
export function byListingOrder(
  a: { precision: Precision; startsAt: number; endsAt: number; id: number },
  b: { precision: Precision; startsAt: number; endsAt: number; id: number },
): number {
  const [ka, ia] = listingOrder(a);
  const [kb, ib] = listingOrder(b);
  return ka - kb || ia - ib;
}
