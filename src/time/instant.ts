/**
 * Instants written in ISO 8601 (`--at`, `/clock`, DIWAN_NOW, `when --at`): a real day, then
 * optionally a clock time, then optionally its UTC offset. One reader for them all; whether a
 * clock time may come without an offset is the caller's rule (parseInstant refuses it).
 */
import { UserError } from '../errors.js';
import { isIsoDay } from './local-days.js';
import { wallOfIsoDay } from './wall-clock.js';

const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

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
