/**
 * Which Tuesday, which May: a weekday, month or day of a month written without a year or a
 * modifier follows its clause, as the Arabic rules do (resolve.ts): in a past clause ("met
 * Lavrov on Tuesday") the last one on or before today, otherwise the next one to come (a
 * weekday strictly after today, as Duckling reads it; a month from this one on; a day of a
 * month from today on, or a day of this month already over). "last Tuesday" is the one before today.
 * A month no verb gives a tense ("after Lloyd Austin in March", written in July) is the nearer one,
 * gone by when at most NEARER_BACK months back: news tells the months just gone as often as those
 * to come.
 */
import { civilDate, dateOf, weekdayOnOrAfter, weekdayOnOrBefore } from '../time/wall-clock.js';
import type { WallTime } from '../time/wall-time.js';
import { plannedWeekday, type Tense } from './tense.js';

/** How many months back a month told without a tense may be, and be the one gone by. */
const NEARER_BACK = 5;

/** A date placed by its clause: a weekday (0 = Sunday), a month (1-12), or a day of a month. */
export type BareDate =
  | { kind: 'weekday'; weekday: number; back: boolean }
  | { kind: 'month'; month: number }
  | { kind: 'dayOfMonth'; month: number; day: number };

/** The day a bare date names, `today` being the reference day (a wall-clock midnight); null when no such day exists. */
export function placeBare(
  bare: BareDate,
  today: WallTime,
  tense: Tense | undefined,
  /** A plan told in the past ("had been set for Wednesday"): its weekday is to come if within two days, else gone by. */
  plan = false,
): WallTime | null {
  switch (bare.kind) {
    case 'weekday': {
      if (bare.back) return weekdayOnOrBefore(today, bare.weekday, true);
      if (plan) return plannedWeekday(today, bare.weekday);
      return tense === 'past'
        ? weekdayOnOrBefore(today, bare.weekday, false)
        : weekdayOnOrAfter(today, bare.weekday, true);
    }
    case 'month': {
      const { year: current, month } = civilDate(today);
      // (the one gone by in a past clause, or, told with no tense, when it is at most NEARER_BACK months back)
      const monthsBack = (month - bare.month + 12) % 12;
      const goneBy = tense === 'past' || (tense === undefined && monthsBack <= NEARER_BACK);
      if (goneBy) return dateOf(bare.month <= month ? current : current - 1, bare.month, 1);
      return dateOf(bare.month >= month ? current : current + 1, bare.month, 1);
    }
    case 'dayOfMonth': {
      // This year's, unless it is still to come in a past clause or already over in any other; a
      // day of the current month already over is this year's either way, as the Arabic rules read
      // it (resolveMonth), but one still to come is last year's in a past clause ("met on January
      // 17" written on January 16; english.ts keeps this year's when the clause tells a plan)
      const { year: current, month } = civilDate(today);
      const thisYear = dateOf(current, bare.month, bare.day);
      const later = thisYear !== null && thisYear > today;
      if (bare.month === month && !(later && tense === 'past')) return thisYear;
      const over = thisYear === null || thisYear < today;
      const year = tense === 'past' ? (later ? current - 1 : current) : over ? current + 1 : current;
      return dateOf(year, bare.month, bare.day);
    }
  }
}
