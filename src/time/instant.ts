/**
 * Instants written in ISO 8601 (`--at`, `/clock`, DIWAN_NOW, `when --at`): a real day, then
 * optionally a clock time, then optionally its UTC offset. One reader for them all; whether a
 * clock time may come without an offset is the caller's rule (parseInstant refuses it).
 */
import { UserError } from '../errors.js';
import { isIsoDay } from './local-days.js';
import { wallOfIsoDay } from './wall-clock.js';

// Fractional seconds of any length (.NET writes seven digits: 17:25:49.8080661); read to the millisecond
const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** An ISO 8601 instant as it was written. */
export interface WrittenInstant {
  /** UTC epoch ms: a day alone is its UTC midnight, a clock time without an offset is read as UTC. */
  at: number;
  /** The offset written, minutes east of UTC (`Z` is 0); null when none was. */
  offsetMinutes: number | null;
  /** A clock time was written, not a day alone. */
  timed: boolean;
}

/** Why a text is not an instant: not ISO 8601, no such day or time (2020-02-30, 24:00), or an offset beyond ±14:00. */
export type InstantProblem = 'notIso' | 'noSuchTime' | 'badOffset';

/** Reads an ISO 8601 instant (`2020-01-26`, `2020-01-26T12:00Z`, `2020-01-26 14:00:30.5+02:00`), or says what is wrong with it. */
export function readInstant(text: string): WrittenInstant | InstantProblem {
  const match = ISO_INSTANT.exec(text.trim());
  if (!match) return 'notIso';
  const [, day = '', hours = '0', minutes = '0', seconds = '0', fraction = '', offset] = match;
  if (!isIsoDay(day) || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return 'noSuchTime';
  const timed = match[2] !== undefined;
  const clockMs =
    ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 +
    Number(fraction.slice(0, 3).padEnd(3, '0'));
  const wall = wallOfIsoDay(day) + clockMs;
  if (offset === undefined) return { at: wall, offsetMinutes: null, timed };
  if (offset.toUpperCase() === 'Z') return { at: wall, offsetMinutes: 0, timed };
  const digits = offset.slice(1).replace(':', '');
  const offsetMinutes = (offset.startsWith('-') ? -1 : 1) * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  if (Math.abs(offsetMinutes) > 14 * 60 || Number(digits.slice(2)) > 59) return 'badOffset';
  return { at: wall - offsetMinutes * 60_000, offsetMinutes, timed };
}

/**
 * An instant a person typed for an option (`--at`, `/clock`, DIWAN_NOW), as UTC epoch ms: a day
 * alone (its UTC midnight) or a clock time with its zone. A clock time without one is refused:
 * it would depend on the machine's zone.
 * @throws UserError naming the option, for anything else.
 */
export function parseInstant(text: string, what: string): number {
  const read = readInstant(text);
  if (typeof read === 'string' || (read.timed && read.offsetMinutes === null))
    throw new UserError('notInstant', what, text);
  return read.at;
}

const DAY_PART = /^(\d{4})-(\d{2})-(\d{2})/;
const CLOCK_PART = /^[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?/i;

/**
 * What is wrong with `text`, which readInstant refused with `problem`, in words a person can act
 * on: which part is missing or out of range ("no month 13", "hour 24: hours run 00-23").
 */
export function describeInstantProblem(text: string, problem: InstantProblem): string {
  const trimmed = text.trim();
  const day = DAY_PART.exec(trimmed);
  if (!day) return 'it does not begin with a day written YYYY-MM-DD';
  const [, year = '', month = '', date = ''] = day;
  if (problem === 'badOffset')
    return 'its UTC offset is not one in use (they run from -12:00 to +14:00, minutes 00-59)';
  if (Number(month) < 1 || Number(month) > 12) return `there is no month ${month}`;
  if (!isIsoDay(day[0])) return `${year}-${month} has no day ${date}`;
  const rest = trimmed.slice(day[0].length);
  if (rest === '') return 'it is not a date-time';
  const clock = CLOCK_PART.exec(rest);
  if (!clock) return `after the day, "${rest}" is not a clock time written THH:MM[:SS[.fraction]]`;
  const [, hours = '', minutes = '', seconds] = clock;
  if (Number(hours) > 23) return `there is no hour ${hours} (hours run 00-23)`;
  if (Number(minutes) > 59) return `there is no minute ${minutes} (minutes run 00-59)`;
  if (seconds !== undefined && Number(seconds) > 59) return `there is no second ${seconds} (seconds run 00-59)`;
  const after = rest.slice(clock[0].length);
  return `after the clock time, "${after.trim()}" is not a UTC offset (Z, +02:00, -0500)`;
}
