/**
 * Calendar arithmetic: a parsed node + the reference wall clock + the sentence's tense -> a
 * value. All on wall-clock times (src/time/wall-clock.ts), so DST never shifts a date; zones are applied
 * only when the value is shown (format.ts).
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
  weekdayOnOrAfter,
  weekdayOnOrBefore,
} from '../time/wall-clock.js';
import type { WallTime } from '../time/wall-time.js';
import { fromHijri, toHijri } from './hijri.js';
import { isEmptyMonth, namesMonth, type Node, type TimeSpec } from './ir.js';
import { POD_HOURS, type Unit } from './arabic-words.js';
import type { Grain } from './types.js';
import { past, resolveDay, resolveMonth, today, type Context, type Resolved } from './resolve-day.js';
import { resolveStretch } from './resolve-stretch.js';

export type { Context, Resolved };

const FINER: Record<Unit, Exclude<Grain, 'week'>> = {
  minute: 'second',
  hour: 'minute',
  day: 'hour',
  week: 'day',
  month: 'day',
  year: 'month',
};

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

function atTime(day: WallTime, hour: number, time: TimeSpec): WallTime {
  return shift(dayStart(day), (hour * 60 + time.minute - (time.minus ?? 0)) * 60 + time.second, 'second');
}

/**
 * The hour of a time said without a part of the day (الساعة 5, عند الـ7): 1-6 is in the
 * afternoon (nobody meets at 3 a.m.), 12 at noon, 7-11 in the morning, unless an afternoon time
 * said just before it (within four hours) makes it the evening: "جعجع الساعة 5 ثم فرنجية عند الـ7".
 */
function hourByContext(time: TimeSpec, ctx: Context): number {
  const h = time.hour;
  if (h === 0 || h >= 12) return h;
  if (h <= 6) return h + 12;
  const last = ctx.lastHour;
  return last !== undefined && last >= 12 && h + 12 > last && h + 12 - last <= 4 ? h + 12 : h;
}

/**
 * A clock time, on `day` or (without one) on the reference day: a time said alone belongs to a
 * day the text names elsewhere, or to today, never to tomorrow because the hour is over.
 */
function resolveTime(time: TimeSpec, day: WallTime | null, ctx: Context): Resolved {
  const hour = placeHour(time) ?? hourByContext(time, ctx);
  return { type: 'value', at: atTime(day ?? today(ctx), hour, time), grain: time.grain };
}

function unitStart(now: WallTime, unit: 'day' | 'week' | 'month' | 'year'): WallTime {
  return unit === 'week' ? mondayOf(now) : startOfUnit(now, unit);
}

/** The same time on day `day` of the month `at` is in (day 0 and days past the end spill over, as Date's do). */
function onDay(at: WallTime, day: number): WallTime {
  return shift(at, day - civilDate(at).day, 'day');
}

/** Early / mid / late of a month, year or week, as an interval (the first day for بداية). */
function resolvePart(part: Extract<Node, { t: 'part' }>, ctx: Context): Resolved | null {
  const base = resolveNode(part.of, ctx);
  if (base?.type === 'interval' && part.of.t === 'decade') {
    // A decade's start, middle and end: its years 0-2, 3-6 and 7-9 (مطلع الثمانينيات is 1980-1982);
    // its بداية is its start too, not a day
    const bounds = { first: [0, 3], early: [0, 3], mid: [3, 7], late: [7, 10] } as const;
    const [a, b] = bounds[part.part];
    return {
      type: 'interval',
      from: addUnits(base.from, a, 'year'),
      to: addUnits(base.from, b, 'year'),
      grain: 'year',
    };
  }
  if (!base || base.type !== 'value') return null;
  const start = base.at;
  if (part.part === 'first') return { type: 'value', at: start, grain: 'day' };
  if (base.grain === 'month') {
    const bounds = { early: [1, 11], mid: [11, 21], late: [21, 0] } as const;
    const [a, b] = bounds[part.part];
    const to = b === 0 ? addUnits(start, 1, 'month') : onDay(start, b);
    return { type: 'interval', from: onDay(start, a), to, grain: 'day' };
  }
  if (base.grain === 'year') {
    const bounds = { early: [0, 4], mid: [4, 8], late: [8, 12] } as const;
    const [a, b] = bounds[part.part];
    return { type: 'interval', from: addUnits(start, a, 'month'), to: addUnits(start, b, 'month'), grain: 'month' };
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
  const span = (hy: number): [WallTime, WallTime] | null => {
    const from = fromHijri(hy, node.month, 1);
    const to = node.month === 12 ? fromHijri(hy + 1, 1, 1) : fromHijri(hy, node.month + 1, 1);
    return from !== null && to !== null ? [from, to] : null;
  };
  let years: number[];
  if (node.hijriYear !== undefined) years = [node.hijriYear];
  else if (node.gregorianYear !== undefined) {
    const first = toHijri(dateOf(node.gregorianYear, 1, 1)!).year;
    years = [first, first + 1].filter((hy) => {
      const from = span(hy)?.[0];
      return from !== undefined && civilDate(from).year === node.gregorianYear;
    });
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

function startOf(r: Resolved): WallTime {
  return r.type === 'value' ? r.at : r.from;
}

function endOf(r: Resolved): WallTime {
  return r.type === 'value' ? addUnits(r.at, 1, r.grain) : r.to;
}

function isBareDate(node: Node): node is Extract<Node, { t: 'day' }> & { day: { kind: 'date'; day: number } } {
  return node.t === 'day' && node.day.kind === 'date' && isEmptyMonth(node.day.month) && !node.time;
}

/** Resolves one end of a range in the month of the other (13 of "13-15 تموز"). */
function borrowMonth(bare: Node, other: Resolved, ctx: Context, before: boolean): Resolved | null {
  if (bare.t !== 'day' || bare.day.kind !== 'date') return null;
  const base = startOf(other);
  const { year, month } = civilDate(base);
  let d = dateOf(year, month, bare.day.day);
  if (d !== null && before && d > base) d = addUnits(d, -1, 'month');
  if (d !== null && !before && d < base) d = addUnits(d, 1, 'month');
  return d === null ? null : { type: 'value', at: d, grain: 'day' };
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
    const day = resolveDay(backwards ? b.day : a.day, ctx);
    if (day === null) return null;
    const first = backwards ? addUnits(day, -gap, 'day') : day;
    return { type: 'interval', from: first, to: shift(first, gap + 1, 'day'), grain: 'day' };
  }
  if (isBareDate(node.from) && !isBareDate(node.to)) {
    to = resolveNode(node.to, ctx);
    from = to && borrowMonth(node.from, to, ctx, true);
  } else {
    from = resolveNode(node.from, ctx);
    // "من 11 أيار ولغاية 16 منه": منه is the month the range's start just named
    const start = from && civilDate(startOf(from));
    const toCtx =
      start && namesMonth(node.from) ? { ...ctx, lastMonth: { year: start.year, month: start.month } } : ctx;
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
      return { type: 'value', at: startOfUnit(ctx.now, 'second'), grain: 'second' };
    case 'day': {
      const spec = node.day;
      if (spec.kind === 'shift' && (spec.unit === 'hour' || spec.unit === 'minute')) {
        const grain = FINER[spec.unit];
        const moved = addUnits(ctx.now, spec.amount, spec.unit);
        const at = spec.then ? addUnits(moved, spec.then.amount, spec.then.unit) : moved;
        return { type: 'value', at: startOfUnit(at, grain), grain };
      }
      const day = resolveDay(spec, ctx);
      if (day === null) return null;
      if (node.time) return resolveTime(node.time, day, ctx);
      if (node.pod) {
        const [a, b] = POD_HOURS[node.pod];
        return { type: 'interval', from: shift(day, a, 'hour'), to: shift(day, b, 'hour'), grain: 'hour' };
      }
      if (spec.kind === 'shift' && spec.unit === 'year' && !spec.then)
        return { type: 'value', at: startOfUnit(day, 'month'), grain: 'month' };
      return { type: 'value', at: day, grain: 'day' };
    }
    case 'time':
      return resolveTime(node.time, null, ctx);
    case 'cycle': {
      const start = addUnits(unitStart(ctx.now, node.unit), node.offset, node.unit);
      return { type: 'value', at: start, grain: node.unit };
    }
    case 'month': {
      const ym = resolveMonth(node.month, ctx);
      return ym && { type: 'value', at: dateOf(ym.year, ym.month, 1)!, grain: 'month' };
    }
    case 'year':
      return { type: 'value', at: dateOf(node.year, 1, 1)!, grain: 'year' };
    case 'decade': {
      const year = civilDate(ctx.now).year;
      const hundred = Math.floor(year / 100) * 100;
      let first = hundred + node.decade;
      if (node.century === 'past') first -= 100;
      else if (node.century === undefined && first > year) first -= 100;
      // Written in full (the 1990s): that decade
      if (node.first !== undefined) first = node.first;
      return { type: 'interval', from: dateOf(first, 1, 1)!, to: dateOf(first + 10, 1, 1)!, grain: 'year' };
    }
    case 'part':
      return resolvePart(node, ctx);
    case 'nthWeek': {
      const ym = resolveMonth(node.month, ctx);
      if (!ym) return null;
      // Weeks (Monday to Sunday) that lie wholly inside the month, as Duckling counts them
      const first = dateOf(ym.year, ym.month, 1)!;
      const monday =
        node.n < 0
          ? addUnits(weekdayOnOrBefore(lastDayOfMonth(first), 0, false), -6, 'day')
          : shift(weekdayOnOrAfter(first, 1, false), 7 * (node.n - 1), 'day');
      return civilDate(shift(monday, 6, 'day')).month === civilDate(first).month
        ? { type: 'value', at: monday, grain: 'week' }
        : null;
    }
    case 'cycles': {
      const start = unitStart(ctx.now, node.unit);
      const [a, b] = node.dir > 0 ? [1, node.count + 1] : [-node.count, 0];
      return {
        type: 'interval',
        from: addUnits(start, a, node.unit),
        to: addUnits(start, b, node.unit),
        grain: node.unit,
      };
    }
    case 'within': {
      const to = startOfUnit(addUnits(ctx.now, node.amount, node.unit), FINER[node.unit]);
      return { type: 'interval', from: startOfUnit(ctx.now, 'second'), to, grain: 'second' };
    }
    case 'hijriMonth':
      return resolveHijriMonth(node, ctx);
    case 'yearPart':
    case 'nthWeekOfYear':
    case 'sideOf':
    case 'weekend':
    case 'season':
      return resolveStretch(node, ctx, resolveNode);
    case 'range':
      return resolveRange(node, ctx);
    case 'until': {
      const to = resolveNode(node.to, ctx);
      if (!to) return null;
      // Until a time: its start (Duckling); until a stretch (نهاية الشهر): its end
      let end = to.type === 'interval' ? to.to : to.at;
      // "حتى السادسة صباحاً" said at ten: tomorrow's six
      if (node.to.t === 'time' && end < ctx.now) end = shift(end, 1, 'day');
      return { type: 'interval', from: startOfUnit(ctx.now, 'second'), to: end, grain: 'second' };
    }
  }
}
