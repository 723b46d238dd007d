/**
 * Calendar arithmetic: a parsed node + the reference wall clock + the sentence's tense -> a
 * value. All on wall-clock days (UTC-mode dayjs), so DST never shifts a date; zones are applied
 * only when the value is shown (format.ts).
 */
import type { Dayjs } from '../time/dayjs.js';
import { dateOf, dayStart, holidayDate, mondayOf, shift, weekdayOnOrAfter, weekdayOnOrBefore } from './calendar.js';
import { fromHijri, toHijri } from './hijri.js';
import { isEmptyMonth, namesMonth, type DaySpec, type MonthRef, type Node, type TimeSpec } from './ir.js';
import { POD_HOURS, type Unit } from './lexicon.js';
import type { Grain } from './types.js';

export interface Context {
  /** The reference instant as wall clock in the expression's zone. */
  now: Dayjs;
  tense?: 'past' | 'future';
  /** The month the text named last (for منه). */
  lastMonth?: { year: number; month: number };
}

export type Resolved =
  | { type: 'value'; at: Dayjs; grain: Grain }
  | { type: 'interval'; from: Dayjs; to: Dayjs; grain: Grain };

interface YearMonth {
  year: number;
  month: number;
}

const today = (ctx: Context): Dayjs => dayStart(ctx.now);
const past = (ctx: Context): boolean => ctx.tense === 'past';

function addMonths(ym: YearMonth, months: number): YearMonth {
  const index = ym.year * 12 + ym.month - 1 + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * The year and month a reference names. A named month without a year is the nearest one ahead
 * (or behind, when the sentence is in the past), the current month counting as both: "الأول من
 * شباط" written on 12 February is this February (as Duckling reads it, and as news means it).
 */
function resolveMonth(ref: MonthRef, ctx: Context): YearMonth | null {
  const current = { year: ctx.now.year(), month: ctx.now.month() + 1 };
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

function weekdayDay(spec: Extract<DaySpec, { kind: 'weekday' }>, ctx: Context): Dayjs {
  const t = today(ctx);
  if (spec.weekOffset !== undefined) return mondayOf(t).add(7 * spec.weekOffset + ((spec.weekday + 6) % 7), 'day');
  switch (spec.rel) {
    case 'next':
      return weekdayOnOrAfter(t, spec.weekday, true);
    case 'past':
      return weekdayOnOrBefore(t, spec.weekday, true);
    case 'this':
      return weekdayOnOrAfter(t, spec.weekday, false);
    default:
      // A bare weekday: the next one after today (Duckling), or in a past sentence the last one
      // on or before today (news name today's events by their weekday too)
      return past(ctx) ? weekdayOnOrBefore(t, spec.weekday, false) : weekdayOnOrAfter(t, spec.weekday, true);
  }
}

/** The nth (or, with n = -1, the last) `weekday` of a month. */
function nthWeekdayOf(ym: YearMonth, n: number, weekday: number): Dayjs | null {
  const first = dateOf(ym.year, ym.month, 1)!;
  if (n < 0) return weekdayOnOrBefore(first.endOf('month').startOf('day'), weekday, false);
  const d = shift(weekdayOnOrAfter(first, weekday, false), 7 * (n - 1), 'day');
  return d.month() === first.month() ? d : null;
}

/** A day of the month whose weekday is given (السبت السادس عشر): the nearest month where it fits. */
function dayWithWeekday(day: number, weekday: number | undefined, ctx: Context): Dayjs | null {
  const t = today(ctx);
  const current = { year: t.year(), month: t.month() + 1 };
  const step = past(ctx) ? -1 : 1;
  for (let k = 0; k <= 14; k++) {
    const ym = addMonths(current, k * step);
    const d = dateOf(ym.year, ym.month, day);
    if (!d || (weekday !== undefined && d.day() !== weekday)) continue;
    if (step > 0 ? !d.isBefore(t) : !d.isAfter(t)) return d;
  }
  return dateOf(current.year, current.month, day);
}

function hijriDay(day: number, month: number, year: number | undefined, ctx: Context): Dayjs | null {
  if (year !== undefined) return fromHijri(year, month, day);
  const t = today(ctx);
  const hy = toHijri(t).year;
  const candidates = [hy - 1, hy, hy + 1].map((y) => fromHijri(y, month, day)).filter((d): d is Dayjs => d !== null);
  if (past(ctx)) return [...candidates].reverse().find((d) => !d.isAfter(t)) ?? null;
  return candidates.find((d) => !d.isBefore(t)) ?? null;
}

/** The calendar day a day spec names. */
export function resolveDay(spec: DaySpec, ctx: Context): Dayjs | null {
  const t = today(ctx);
  switch (spec.kind) {
    case 'relDay':
      return shift(t, spec.days, 'day');
    case 'weekday':
      return weekdayDay(spec, ctx);
    case 'date': {
      const ym = resolveMonth(spec.month, ctx);
      return ym && dateOf(ym.year, ym.month, spec.day);
    }
    case 'dayOfMonth':
      return dayWithWeekday(spec.day, spec.weekday, ctx);
    case 'nthWeekday': {
      const ym = resolveMonth(spec.month, ctx);
      return ym && nthWeekdayOf(ym, spec.n, spec.weekday);
    }
    case 'nthWeekdayAfter': {
      const base = resolveDay(spec.after, ctx);
      return base && shift(weekdayOnOrAfter(base, spec.weekday, true), 7 * (spec.n - 1), 'day');
    }
    case 'lastDayOfMonth': {
      const ym = resolveMonth(spec.month, ctx);
      return ym && dateOf(ym.year, ym.month, 1)!.endOf('month').startOf('day');
    }
    case 'hijri':
      return hijriDay(spec.day, spec.month, spec.year, ctx);
    case 'holiday':
      return holidayDate(spec.holiday, t, spec.year, past(ctx));
    case 'shift':
      return ctx.now.add(spec.amount, spec.unit).startOf('day');
  }
}

/** The grain below a unit: what "in two weeks" is precise to (Duckling's rule). */
const FINER: Record<Unit, Grain> = { minute: 'second', hour: 'minute', day: 'hour', week: 'day', month: 'day', year: 'month' };

/** The hour a time names on the 24-hour clock, or null when morning and afternoon both fit. */
function placeHour(time: TimeSpec): number | null {
  const h = time.hour;
  switch (time.pod) {
    case undefined:
      return time.explicit24 ? h : null;
    case 'dawn':
    case 'morning':
      return h;
    case 'noon':
      return h < 6 ? h + 12 : h;
    case 'afternoon':
    case 'evening':
      return h < 12 ? h + 12 : h;
    case 'night':
      return h === 12 ? 24 : h >= 6 ? h + 12 : h;
  }
}

function atTime(day: Dayjs, hour: number, time: TimeSpec): Dayjs {
  return shift(dayStart(day), (hour * 60 + time.minute - (time.minus ?? 0)) * 60 + time.second, 'second');
}

/** A clock time, on `day` or (without one) today / the next time it comes. */
function resolveTime(time: TimeSpec, day: Dayjs | null, ctx: Context): Resolved {
  const placed = placeHour(time);
  const grain = time.grain;
  if (day) {
    // A meeting on a named day "الساعة 3" is at 15:00: nobody meets at 3 a.m.
    const hour = placed ?? (time.hour >= 1 && time.hour <= 6 ? time.hour + 12 : time.hour);
    return { type: 'value', at: atTime(day, hour, time), grain };
  }
  const t = today(ctx);
  if (placed !== null) {
    const at = atTime(t, placed, time);
    // A part of the day pins it to today; a bare 24-hour time is the next one to come
    if (time.pod || past(ctx) || !at.isBefore(ctx.now.startOf(grain))) return { type: 'value', at, grain };
    return { type: 'value', at: shift(at, 1, 'day'), grain };
  }
  const candidates = [0, 1].flatMap((d) => [time.hour % 12, (time.hour % 12) + 12].map((h) => atTime(shift(t, d, 'day'), h, time)));
  const at = past(ctx) ? candidates[0]! : candidates.find((c) => !c.isBefore(ctx.now.startOf(grain))) ?? candidates[0]!;
  return { type: 'value', at, grain };
}

function unitStart(now: Dayjs, unit: 'day' | 'week' | 'month' | 'year'): Dayjs {
  return unit === 'week' ? mondayOf(now) : now.startOf(unit);
}

/** Early / mid / late of a month, year or week, as an interval (the first day for بداية). */
function resolvePart(part: Extract<Node, { t: 'part' }>, ctx: Context): Resolved | null {
  const base = resolveNode(part.of, ctx);
  if (!base || base.type !== 'value') return null;
  const start = base.at;
  if (part.part === 'first') return { type: 'value', at: start, grain: 'day' };
  if (base.grain === 'month') {
    const bounds = { early: [1, 11], mid: [11, 21], late: [21, 0] } as const;
    const [a, b] = bounds[part.part];
    const to = b === 0 ? start.add(1, 'month') : start.date(b);
    return { type: 'interval', from: start.date(a), to, grain: 'day' };
  }
  if (base.grain === 'year') {
    const bounds = { early: [0, 4], mid: [4, 8], late: [8, 12] } as const;
    const [a, b] = bounds[part.part];
    return { type: 'interval', from: start.add(a, 'month'), to: start.add(b, 'month'), grain: 'month' };
  }
  if (base.grain === 'week') {
    const bounds = { early: [0, 3], mid: [2, 5], late: [4, 7] } as const;
    const [a, b] = bounds[part.part];
    return { type: 'interval', from: shift(start, a, 'day'), to: shift(start, b, 'day'), grain: 'day' };
  }
  return null;
}

/** A Hijri month as the interval of its days. */
function resolveHijriMonth(node: Extract<Node, { t: 'hijriMonth' }>, ctx: Context): Resolved | null {
  const t = today(ctx);
  const here = toHijri(t);
  const span = (hy: number): [Dayjs, Dayjs] | null => {
    const from = fromHijri(hy, node.month, 1);
    const to = node.month === 12 ? fromHijri(hy + 1, 1, 1) : fromHijri(hy, node.month + 1, 1);
    return from && to ? [from, to] : null;
  };
  let years: number[];
  if (node.hijriYear !== undefined) years = [node.hijriYear];
  else if (node.gregorianYear !== undefined) {
    const first = toHijri(dateOf(node.gregorianYear, 1, 1)!).year;
    years = [first, first + 1].filter((hy) => span(hy)?.[0].year() === node.gregorianYear);
  } else {
    const rel = node.relative ?? (past(ctx) ? -1 : 1);
    const inside = here.month === node.month;
    if (node.relative === 0 || (inside && node.relative === undefined)) years = [here.year];
    else if (rel > 0) years = [node.month > here.month ? here.year : here.year + 1];
    else years = [node.month < here.month ? here.year : here.year - 1];
  }
  const found = years.length > 0 ? span(years[0]!) : null;
  return found && { type: 'interval', from: found[0], to: found[1], grain: 'day' };
}

function startOf(r: Resolved): Dayjs {
  return r.type === 'value' ? r.at : r.from;
}

function endOf(r: Resolved): Dayjs {
  return r.type === 'value' ? r.at.add(1, r.grain === 'week' ? 'week' : r.grain) : r.to;
}

function isBareDate(node: Node): node is Extract<Node, { t: 'day' }> & { day: { kind: 'date'; day: number } } {
  return node.t === 'day' && node.day.kind === 'date' && isEmptyMonth(node.day.month) && !node.time;
}

/** Resolves one end of a range in the month of the other (13 of "13-15 تموز"). */
function borrowMonth(bare: Node, other: Resolved, ctx: Context, before: boolean): Resolved | null {
  if (bare.t !== 'day' || bare.day.kind !== 'date') return null;
  const base = startOf(other);
  let d = dateOf(base.year(), base.month() + 1, bare.day.day);
  if (d && before && d.isAfter(base)) d = d.subtract(1, 'month');
  if (d && !before && d.isBefore(base)) d = d.add(1, 'month');
  return d && { type: 'value', at: d, grain: 'day' };
}

function resolveRange(node: Extract<Node, { t: 'range' }>, ctx: Context): Resolved | null {
  let from: Resolved | null;
  let to: Resolved | null;
  const a = node.from;
  const b = node.to;
  if (a.t === 'day' && b.t === 'day' && a.day.kind === 'weekday' && b.day.kind === 'weekday' && !a.time && !b.time) {
    // يومي الخميس والجمعة المقبلين: the pair comes after today, so the first day is placed first;
    // يومي الاثنين والثلاثاء الماضيين: the pair is over, so the last day is placed first
    const gap = (b.day.weekday - a.day.weekday + 7) % 7;
    const backwards = b.day.rel === 'past' || (b.day.rel === undefined && past(ctx));
    const first = backwards ? resolveDay(b.day, ctx)?.subtract(gap, 'day') : resolveDay(a.day, ctx);
    if (!first) return null;
    return { type: 'interval', from: first, to: shift(first, gap + 1, 'day'), grain: 'day' };
  }
  if (isBareDate(node.from) && !isBareDate(node.to)) {
    to = resolveNode(node.to, ctx);
    from = to && borrowMonth(node.from, to, ctx, true);
  } else {
    from = resolveNode(node.from, ctx);
    // "من 11 أيار ولغاية 16 منه": منه is the month the range's start just named
    const start = from && startOf(from);
    const toCtx = start && namesMonth(node.from) ? { ...ctx, lastMonth: { year: start.year(), month: start.month() + 1 } } : ctx;
    to = from && (isBareDate(node.to) ? borrowMonth(node.to, from, ctx, false) : resolveNode(node.to, toCtx));
  }
  if (!from || !to) return null;
  const end = endOf(to);
  const grain = from.grain;
  return { type: 'interval', from: startOf(from), to: end, grain };
}

/** The value a node names, or null when the calendar has no such day. */
export function resolveNode(node: Node, ctx: Context): Resolved | null {
  switch (node.t) {
    case 'now':
      return { type: 'value', at: ctx.now.startOf('second'), grain: 'second' };
    case 'day': {
      const spec = node.day;
      if (spec.kind === 'shift' && (spec.unit === 'hour' || spec.unit === 'minute')) {
        const grain = FINER[spec.unit];
        return { type: 'value', at: ctx.now.add(spec.amount, spec.unit).startOf(grain), grain };
      }
      const day = resolveDay(spec, ctx);
      if (!day) return null;
      if (node.time) return resolveTime(node.time, day, ctx);
      if (node.pod) {
        const [a, b] = POD_HOURS[node.pod];
        return { type: 'interval', from: shift(day, a, 'hour'), to: shift(day, b, 'hour'), grain: 'hour' };
      }
      if (spec.kind === 'shift' && spec.unit === 'year') return { type: 'value', at: day.startOf('month'), grain: 'month' };
      return { type: 'value', at: day, grain: 'day' };
    }
    case 'time':
      return resolveTime(node.time, null, ctx);
    case 'cycle': {
      const start = unitStart(ctx.now, node.unit).add(node.offset, node.unit);
      return { type: 'value', at: start, grain: node.unit };
    }
    case 'month': {
      const ym = resolveMonth(node.month, ctx);
      return ym && { type: 'value', at: dateOf(ym.year, ym.month, 1)!, grain: 'month' };
    }
    case 'year':
      return { type: 'value', at: dateOf(node.year, 1, 1)!, grain: 'year' };
    case 'part':
      return resolvePart(node, ctx);
    case 'nthWeek': {
      const ym = resolveMonth(node.month, ctx);
      if (!ym) return null;
      // Weeks (Monday to Sunday) that lie wholly inside the month, as Duckling counts them
      const first = dateOf(ym.year, ym.month, 1)!;
      const monday =
        node.n < 0
          ? weekdayOnOrBefore(first.endOf('month').startOf('day'), 0, false).subtract(6, 'day')
          : shift(weekdayOnOrAfter(first, 1, false), 7 * (node.n - 1), 'day');
      return shift(monday, 6, 'day').month() === first.month() ? { type: 'value', at: monday, grain: 'week' } : null;
    }
    case 'cycles': {
      const start = unitStart(ctx.now, node.unit);
      const [a, b] = node.dir > 0 ? [1, node.count + 1] : [-node.count, 0];
      return { type: 'interval', from: start.add(a, node.unit), to: start.add(b, node.unit), grain: node.unit };
    }
    case 'within': {
      const to = ctx.now.add(node.amount, node.unit).startOf(FINER[node.unit]);
      return { type: 'interval', from: ctx.now.startOf('second'), to, grain: 'second' };
    }
    case 'hijriMonth':
      return resolveHijriMonth(node, ctx);
    case 'range':
      return resolveRange(node, ctx);
    case 'until': {
      const to = resolveNode(node.to, ctx);
      if (!to) return null;
      // Until a time: its start (Duckling); until a stretch (نهاية الشهر): its end
      let end = to.type === 'interval' ? to.to : to.at;
      // "حتى السادسة صباحاً" said at ten: tomorrow's six
      if (node.to.t === 'time' && end.isBefore(ctx.now)) end = shift(end, 1, 'day');
      return { type: 'interval', from: ctx.now.startOf('second'), to: end, grain: 'second' };
    }
  }
}
