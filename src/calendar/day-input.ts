/**
 * A day typed by a person into a command: `2020-01-30`, `today`, `tomorrow`, `yesterday`,
 * their Arabic forms, and what the date parser reads as one day (`الخميس المقبل`, `next
 * Wednesday`), counted in the calendar's zone. An ambiguous `01/02` is refused with a hint
 * rather than guessed.
 */
import { parseOneDate } from '../date-parser/index.js';
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
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  if (ymd) {
    const day = isoDay(ymd[1]!, ymd[2]!, ymd[3]!);
    if (isIsoDay(day)) return day;
    throw new UserError('notCalendarDate', text);
  }
  const slashed = /^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?$/.exec(typed);
  if (slashed) return slashedDay(text, slashed[1]!, slashed[2]!, slashed[3]);
  // Whatever else the date parser reads as one day: الخميس المقبل, 29 الشهر الجاري, next Wednesday.
  const parsed = parseOneDate(text, { at: now, zone });
  if (parsed?.value.type === 'value' && ['day', 'hour', 'minute'].includes(parsed.value.point.grain)) {
    return parsed.value.point.local.slice(0, 10);
  }
  throw new UserError('unreadableDate', text);
}

function isoDay(year: string, month: string, day: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * `30/01/2020` reads one way only (there is no month 30) and is that day; `01/02/2020` is
 * 1 February or 2 January and is refused rather than guessed, as is a day without its year.
 */
function slashedDay(text: string, first: string, second: string, year: string | undefined): string {
  if (year?.length !== 4) {
    const ambiguous = Number(first) <= 12 && Number(second) <= 12 && first !== second;
    throw ambiguous ? new UserError('ambiguousDate', text) : new UserError('dateNeedsYear', text);
  }
  const readings = [...new Set([isoDay(year, second, first), isoDay(year, first, second)])].filter(isIsoDay);
  if (readings.length === 1) return readings[0]!;
  if (readings.length === 0) throw new UserError('notCalendarDate', text);
  throw new UserError('ambiguousDate', text);
}
