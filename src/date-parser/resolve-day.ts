/**
 * The day a day expression names (a weekday, a date, the nth weekday of a month, a Hijri day, a
 * holiday, a shift), and the month a month reference names, from the reference wall clock.
 */
import {
  addUnits,
  civilDate,
  dateOf,
  dayStart,
  lastDayOfMonth,
  mondayOf,
  shift,
  startOfUnit,
  weekdayOf,
  weekdayOnOrAfter,
  weekdayOnOrBefore,
} from '../time/wall-clock.js';
import type { WallTime } from '../time/wall-time.js';
import { fromHijri, toHijri } from './hijri.js';
import { holidayDate } from './holidays.js';
import type { DaySpec, MonthRef } from './ir.js';
import type { Grain } from './types.js';
import { plannedWeekday } from './tense.js';

/** A node placed on the calendar: a point with its grain, or an interval whose `to` is exclusive. */
export type Resolved =
  { type: 'value'; at: WallTime; grain: Grain } | { type: 'interval'; from: WallTime; to: WallTime; grain: Grain };

export interface Context {
  /** The reference instant as wall clock in the expression's zone. */
  now: WallTime;
  tense?: 'past' | 'future';
  /** The past tense is a plan told in the past (كان من المقرر أن): a day of this month still to come stays this year's. */
  planned?: boolean;
  /** The month the text named last (for منه). */
  lastMonth?: { year: number; month: number };
  /** The hour (0-23) of the clock time the text gave last: it tells الساعة 7 after الساعة 5 مساء from 7 a.m. */
  lastHour?: number;
}

interface YearMonth {
  year: number;
  month: number;
}

export const today = (ctx: Context): WallTime => dayStart(ctx.now);
export const past = (ctx: Context): boolean => ctx.tense === 'past';

function addMonths(ym: YearMonth, months: number): YearMonth {
  const index = ym.year * 12 + ym.month - 1 + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * The year and month a reference names. A named month without a year is the nearest one ahead
 * (or behind, when the sentence is in the past), the current month counting as both: "الأول من
 * شباط" written on 12 February is this February (as Duckling reads it, and as news means it).
 */
export function resolveMonth(ref: MonthRef, ctx: Context): YearMonth | null {
  const current: YearMonth = civilDate(ctx.now);
  if (ref.anaphoric) return ctx.lastMonth ?? current;
  if (ref.relMonths !== undefined) return addMonths(current, ref.relMonths);
  if (ref.month === undefined) return current;
  const month = ref.month;
  if (ref.year !== undefined) return { year: ref.year, month };
  if (ref.yearOffset !== undefined) return { year: current.year + ref.yearOffset, month };
  switch (ref.monthRel) {
    case 'past':
      return { year: month < current.month ? current.year : current.year - 1, month };
    case 'next':
      return { year: month > current.month ? current.year : current.year + 1, month };
    case 'current': {
      // "الجاري" after a month that is not the current one: the nearest such month
      const diff = month - current.month;
      return { year: current.year + (diff > 6 ? -1 : diff < -6 ? 1 : 0), month };
    }
  }
  if (past(ctx)) return { year: month <= current.month ? current.year : current.year - 1, month };
  return { year: month >= current.month ? current.year : current.year + 1, month };
}

/** A month named without a year or a word placing it (كانون الثاني, not كانون الثاني الماضي, الجاري or 2020). */
function isBareMonth(ref: MonthRef): boolean {
  return (
    ref.month !== undefined &&
    ref.year === undefined &&
    ref.yearOffset === undefined &&
    ref.monthRel === undefined &&
    ref.relMonths === undefined &&
    !ref.anaphoric
  );
}

function weekdayDay(spec: Extract<DaySpec, { kind: 'weekday' }>, ctx: Context): WallTime {
  const t = today(ctx);
  if (spec.weekOffset !== undefined)
    return addUnits(mondayOf(t), 7 * spec.weekOffset + ((spec.weekday + 6) % 7), 'day');
  switch (spec.rel) {
    case 'next':
      return weekdayOnOrAfter(t, spec.weekday, true);
    case 'past':
      return weekdayOnOrBefore(t, spec.weekday, true);
    case 'this':
      return weekdayOnOrAfter(t, spec.weekday, false);
    default:
      // A bare weekday: the next one after today (Duckling), or in a past sentence the last one
      // on or before today (news name today's events by their weekday too), unless the sentence
      // tells a plan in the past ("كانت مقررة يوم الخميس")
      if (past(ctx) && ctx.planned) return plannedWeekday(t, spec.weekday);
      return past(ctx) ? weekdayOnOrBefore(t, spec.weekday, false) : weekdayOnOrAfter(t, spec.weekday, true);
  }
}

/** The nth (or, with n = -1, the last) `weekday` of a month. */
function nthWeekdayOf(ym: YearMonth, n: number, weekday: number): WallTime | null {
  const first = dateOf(ym.year, ym.month, 1)!;
  if (n < 0) return weekdayOnOrBefore(lastDayOfMonth(first), weekday, false);
  const d = shift(weekdayOnOrAfter(first, weekday, false), 7 * (n - 1), 'day');
  return civilDate(d).month === civilDate(first).month ? d : null;
}

/** A day of the month whose weekday is given (السبت السادس عشر): the nearest month where it fits. */
function dayWithWeekday(day: number, weekday: number | undefined, ctx: Context): WallTime | null {
  const t = today(ctx);
  const current: YearMonth = civilDate(t);
  const step = past(ctx) ? -1 : 1;
  for (let k = 0; k <= 14; k++) {
    const ym = addMonths(current, k * step);
    const d = dateOf(ym.year, ym.month, day);
    if (d === null || (weekday !== undefined && weekdayOf(d) !== weekday)) continue;
    if (step > 0 ? d >= t : d <= t) return d;
  }
  return dateOf(current.year, current.month, day);
}

function hijriDay(day: number, month: number, year: number | undefined, ctx: Context): WallTime | null {
  if (year !== undefined) return fromHijri(year, month, day);
  const t = today(ctx);
  const hy = toHijri(t).year;
  const candidates = [hy - 1, hy, hy + 1].map((y) => fromHijri(y, month, day)).filter((d): d is WallTime => d !== null);
  if (past(ctx)) return [...candidates].reverse().find((d) => d <= t) ?? null;
  return candidates.find((d) => d >= t) ?? null;
}

/** The calendar day a day spec names. */
export function resolveDay(spec: DaySpec, ctx: Context): WallTime | null {
  const t = today(ctx);
  switch (spec.kind) {
    case 'relDay':
      return shift(t, spec.days, 'day');
    case 'weekday':
      return weekdayDay(spec, ctx);
    case 'date': {
      const ym = resolveMonth(spec.month, ctx);
      const thisMonth = civilDate(t);
      // "من 13 إلى 14 أكتوبر المقبل" written on 12 October: المقبل after a day of this month
      // still to come is that day, not next year's (as news writes it)
      if (spec.month.monthRel === 'next' && spec.month.month === thisMonth.month) {
        const ahead = dateOf(thisMonth.year, thisMonth.month, spec.day);
        if (ahead !== null && ahead > t) return ahead;
      }
      // and "5 أكتوبر الماضي" written on 12 October is this month's 5th
      if (spec.month.monthRel === 'past' && spec.month.month === thisMonth.month) {
        const behind = dateOf(thisMonth.year, thisMonth.month, spec.day);
        if (behind !== null && behind < t) return behind;
      }
      const day = ym && dateOf(ym.year, ym.month, spec.day);
      // "التقى الوزيران في 17 كانون الثاني" written on 16 January: a day still to come in a past
      // sentence is last year's (the current month counts as both for its days already over)
      if (day !== null && day > t && past(ctx) && !ctx.planned && isBareMonth(spec.month))
        return dateOf(ym!.year - 1, ym!.month, spec.day);
      return day;
    }
    case 'dayOfMonth':
      return dayWithWeekday(spec.day, spec.weekday, ctx);
    case 'nthWeekday': {
      const ym = resolveMonth(spec.month, ctx);
      if (!ym) return null;
      // "الأحد الرابع من سبتمبر 2016" is Sunday 4 September when the 4th is a Sunday: news writes dates so.
      const day = spec.n > 0 ? dateOf(ym.year, ym.month, spec.n) : null;
      if (day !== null && weekdayOf(day) === spec.weekday) return day;
      return nthWeekdayOf(ym, spec.n, spec.weekday);
    }
    case 'nthWeekdayAfter': {
      const base = resolveDay(spec.after, ctx);
      return base === null ? null : shift(weekdayOnOrAfter(base, spec.weekday, true), 7 * (spec.n - 1), 'day');
    }
    case 'lastDayOfMonth': {
      const ym = resolveMonth(spec.month, ctx);
      return ym && lastDayOfMonth(dateOf(ym.year, ym.month, 1)!);
    }
    case 'hijri':
      return hijriDay(spec.day, spec.month, spec.year, ctx);
    case 'holiday':
      return holidayDate(spec.holiday, t, spec.year, past(ctx));
    case 'shift': {
      const moved = addUnits(ctx.now, spec.amount, spec.unit);
      return startOfUnit(spec.then ? addUnits(moved, spec.then.amount, spec.then.unit) : moved, 'day');
    }
  }
}

/** The grain below a unit: what "in two weeks" is precise to (Duckling's rule). */
