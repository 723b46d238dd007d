/** An instant typed by a person (`--at`, `/clock`): ISO 8601, a real day, and a stated zone. */
import { UserError } from '../errors.js';
import { isIsoDay } from './local-days.js';

const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/i;

/**
 * Reads `2020-01-26T12:00:00Z`, `2020-01-26T12:00Z`, `2020-01-26T14:00+02:00` or a bare day
 * (its UTC midnight) as UTC epoch ms. Refuses an impossible day (Date.parse would roll
 * 2020-02-30 over to March) and a clock time without a zone (it would depend on the machine's).
 */
export function parseInstant(text: string, what: string): number {
  const typed = text.trim();
  const match = ISO_INSTANT.exec(typed);
  const at = Date.parse(typed);
  if (!match || !isIsoDay(match[1]!) || Number.isNaN(at)) {
    throw new UserError('notInstant', what, text);
  }
  return at;
}
