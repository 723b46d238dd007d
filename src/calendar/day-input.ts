/**
 * A day typed by a person into a command: `2020-01-30`, `today`, `tomorrow`, `yesterday`,
 * and their Arabic forms, counted in the calendar's zone. An ambiguous `01/02` is refused
 * with a hint rather than guessed.
 */
import { UserError } from '../errors.js';
import { nameKey, toAsciiDigits } from '../names/normalize.js';
import { addDays, isIsoDay, localDay } from '../time/local-days.js';

const RELATIVE_DAYS: Record<string, number> = {
  today: 0,
  tomorrow: 1,
  yesterday: -1,
  [nameKey('اليوم')]: 0,
  [nameKey('غداً')]: 1,
  [nameKey('غدا')]: 1,
  [nameKey('بكرة')]: 1,
  [nameKey('أمس')]: -1,
  [nameKey('البارحة')]: -1,
  [nameKey('بعد غد')]: 2,
  [nameKey('أول أمس')]: -2,
};

/** Reads a typed day; `now` and `zone` anchor the relative words. */
export function parseDayInput(text: string, now: number, zone: string): string {
  const typed = toAsciiDigits(text.trim());
  if (isIsoDay(typed)) return typed;
  const relative = RELATIVE_DAYS[nameKey(typed)];
  if (relative !== undefined) return addDays(localDay(now, zone), relative);
  if (/^\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?$/.test(typed)) {
    throw new UserError(`"${text}" could be read two ways (day/month or month/day); write it as YYYY-MM-DD`);
  }
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(typed)) throw new UserError(`"${text}" is not a date of the calendar`);
  throw new UserError(`"${text}" is not a date I can read; write it as YYYY-MM-DD, or today, tomorrow`);
}
