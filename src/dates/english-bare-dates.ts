/**
 * Which Tuesday, which May: chrono reads every weekday, month and day-of-month without a year
 * forwards. Here such a bare date follows its clause, as the Arabic rules do (resolve.ts): in a
 * past clause ("met Lavrov on Tuesday") the last one on or before today, otherwise the next one
 * to come (a weekday strictly after today, as Duckling reads it; a month from this one on).
 * Modifiers chrono saw (next, this, last) keep their own reading.
 */
import type * as chrono from 'chrono-node';
import type { Dayjs } from '../time/dayjs.js';
import { dateOf, weekdayOnOrAfter, weekdayOnOrBefore } from './calendar.js';
import type { Tense } from './tense.js';

type Components = chrono.ParsedComponents;

/** A date chrono placed by its own direction: a weekday, a month or a day of a month, with no year. */
export type BareKind = 'weekday' | 'month' | 'dayOfMonth';

const BACK = /\b(?:last|past|previous)\b/i;
const RELATIVE = /\b(?:next|this|coming|last|past|previous|ago|yesterday|today|tonight|tomorrow)\b/i;

/** What kind of bare date chrono read in `text`, or null when the text fixed it (a year, next, last). */
export function bareKind(c: Components, text: string): BareKind | null {
  if (c.isCertain('year')) return null;
  if (c.isCertain('weekday') && !c.isCertain('day')) return RELATIVE.test(text) && !BACK.test(text) ? null : 'weekday';
  if (RELATIVE.test(text) || !c.isCertain('month')) return null;
  return c.isCertain('day') ? 'dayOfMonth' : 'month';
}

/**
 * How to move chrono's reading of a bare date so that it follows `tense` (a function applied to
 * both ends of a range). `today` is the reference day, as a UTC-mode wall-clock day.
 */
export function placeBare(kind: BareKind, c: Components, text: string, today: Dayjs, tense: Tense | undefined): (d: Dayjs) => Dayjs {
  const chosen = dateOf(c.get('year') ?? today.year(), c.get('month') ?? 1, c.get('day') ?? 1);
  if (!chosen) return (d) => d;
  switch (kind) {
    case 'weekday': {
      const weekday = c.get('weekday') ?? chosen.day();
      let target: Dayjs;
      if (BACK.test(text)) target = weekdayOnOrBefore(today, weekday, true);
      else if (tense === 'past') target = weekdayOnOrBefore(today, weekday, false);
      else target = weekdayOnOrAfter(today, weekday, true);
      const days = target.diff(chosen, 'day');
      return (d) => d.add(days, 'day');
    }
    case 'month': {
      const [month, current] = [chosen.month(), today.month()];
      const year = tense === 'past' ? (month <= current ? today.year() : today.year() - 1) : month >= current ? today.year() : today.year() + 1;
      const years = year - chosen.year();
      return (d) => d.add(years, 'year');
    }
    case 'dayOfMonth': {
      // chrono reads it within the coming year: a past one is a year earlier
      return tense === 'past' && chosen.isAfter(today) ? (d) => d.subtract(1, 'year') : (d) => d;
    }
  }
}
