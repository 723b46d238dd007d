/**
 * Which Tuesday, which May: a weekday, month or day of a month written without a year or a
 * modifier follows its clause, as the Arabic rules do (resolve.ts): in a past clause ("met
 * Lavrov on Tuesday") the last one on or before today, otherwise the next one to come (a
 * weekday strictly after today, as Duckling reads it; a month from this one on; a day of a
 * month from today on). "last Tuesday" is the one before today.
 */
import type { Dayjs } from '../time/dayjs.js';
import { dateOf, weekdayOnOrAfter, weekdayOnOrBefore } from './calendar.js';
import type { Tense } from './tense.js';

/** A date placed by its clause: a weekday (0 = Sunday), a month (1-12), or a day of a month. */
export type BareDate = { kind: 'weekday'; weekday: number; back: boolean } | { kind: 'month'; month: number } | { kind: 'dayOfMonth'; month: number; day: number };

/** The day a bare date names, `today` being the reference day (a UTC-mode wall-clock day); null when no such day exists. */
export function placeBare(bare: BareDate, today: Dayjs, tense: Tense | undefined): Dayjs | null {
  switch (bare.kind) {
    case 'weekday':
      if (bare.back) return weekdayOnOrBefore(today, bare.weekday, true);
      return tense === 'past' ? weekdayOnOrBefore(today, bare.weekday, false) : weekdayOnOrAfter(today, bare.weekday, true);
    case 'month': {
      const current = today.month() + 1;
      const year = tense === 'past' ? (bare.month <= current ? today.year() : today.year() - 1) : bare.month >= current ? today.year() : today.year() + 1;
      return dateOf(year, bare.month, 1);
    }
    case 'dayOfMonth': {
      // This year's, unless it is still to come in a past clause or already over in any other
      const thisYear = dateOf(today.year(), bare.month, bare.day);
      const over = thisYear === null || thisYear.isBefore(today);
      const later = thisYear !== null && thisYear.isAfter(today);
      const year = tense === 'past' ? (later ? today.year() - 1 : today.year()) : over ? today.year() + 1 : today.year();
      return dateOf(year, bare.month, bare.day);
    }
  }
}
