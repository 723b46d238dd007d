/**
 * Where the stretches of rules/stretches.ts fall: quarters and halves of a year, halves of a month, its nth week,
 * later / earlier / the rest of the current unit, weekends and seasons.
 */
import {
  addUnits,
  civilDate,
  dateOf,
  mondayOf,
  monthStart,
  shift,
  startOfUnit,
  weekdayOnOrAfter,
  weekdayOnOrBefore,
} from '../time/wall-clock.js';
import type { WallTime } from '../time/wall-time.js';
import type { Node } from './ir.js';
import { past, today, type Context, type Resolved } from './resolve-day.js';
import type { Grain } from './types.js';

type Stretch = Extract<Node, { t: 'yearPart' | 'nthWeekOfYear' | 'sideOf' | 'weekend' | 'season' }>;

/** The first day of the year a node names (a year, or a relative one), or null. */
function yearStart(node: Node, ctx: Context, resolve: (n: Node, c: Context) => Resolved | null): WallTime | null {
  const r = resolve(node, ctx);
  return r?.type === 'value' && r.grain === 'year' ? r.at : null;
}

function interval(from: WallTime, to: WallTime, grain: Grain): Resolved | null {
  return from < to ? { type: 'interval', from, to, grain } : null;
}

/**
 * Later in the current unit: from tomorrow to its end (for a year, from next month), as English
 * "later this month" reads; earlier: from its start to today; the rest: from tomorrow to its end.
 * Later or earlier "today" is today.
 */
function sideOf(node: Extract<Node, { t: 'sideOf' }>, ctx: Context): Resolved | null {
  const day = today(ctx);
  if (node.unit === 'day') return { type: 'value', at: day, grain: 'day' };
  const start = node.unit === 'week' ? mondayOf(day) : startOfUnit(day, node.unit);
  const end = addUnits(start, 1, node.unit);
  const tomorrow = shift(day, 1, 'day');
  if (node.side === 'rest') return interval(tomorrow, end, 'day');
  if (node.side === 'earlier')
    return node.unit === 'year' ? interval(start, monthStart(day), 'month') : interval(start, day, 'day');
  return node.unit === 'year' ? interval(monthStart(day, 1), end, 'month') : interval(tomorrow, end, node.unit);
}

/** Days from `a` to `b` (wall-clock midnights). */
function dayCount(a: WallTime, b: WallTime): number {
  return Math.round((b - a) / 86_400_000);
}

/**
 * A season's three months: of its year, or the one `rel` points to: by default the current or
 * coming one (the last one in a past sentence); هذا الشتاء outside the winter, with no tense,
 * the nearer one.
 */
function season(node: Extract<Node, { t: 'season' }>, ctx: Context, yearOf: YearOf): Resolved | null {
  const span = (year: number): [WallTime, WallTime] => {
    const from = dateOf(year, node.start, 1)!;
    return [from, addUnits(from, 3, 'month')];
  };
  let found: [WallTime, WallTime] | undefined;
  if (node.year) {
    const year = yearOf(node.year, ctx);
    if (year === null) return null;
    found = span(year);
  } else {
    const day = today(ctx);
    const y = civilDate(day).year;
    const all = [y - 2, y - 1, y, y + 1].map(span);
    const inside = all.find(([a, b]) => a <= day && day < b);
    const before = [...all].reverse().find(([, b]) => b <= day);
    const after = all.find(([a]) => a > day);
    if (node.rel === 1) found = after;
    else if (node.rel === -1) found = before;
    else if (inside || ctx.tense || node.rel === undefined) found = inside ?? (past(ctx) ? before : after);
    // هذا الشتاء said in April, with no verb to say which: the nearer winter, the one just over
    else found = before && after && dayCount(before[1], day) <= dayCount(day, after[0]) ? before : after;
  }
  if (!found) return null;
  if (!node.part) return { type: 'interval', from: found[0], to: found[1], grain: 'month' };
  const months = { early: 0, mid: 1, late: 2 }[node.part];
  return { type: 'value', at: addUnits(found[0], months, 'month'), grain: 'month' };
}

/** The year a node names, as a number. */
type YearOf = (node: Node, ctx: Context) => number | null;

/** The value of a stretch node; `resolve` resolves the nodes inside it (a year, a relative year). */
export function resolveStretch(
  node: Stretch,
  ctx: Context,
  resolve: (n: Node, c: Context) => Resolved | null,
): Resolved | null {
  const yearOf: YearOf = (n, c) => {
    const start = yearStart(n, c, resolve);
    return start === null ? null : civilDate(start).year;
  };
  switch (node.t) {
    case 'yearPart': {
      const base = resolve(node.of, ctx);
      if (base?.type === 'value' && base.grain === 'month' && node.part === 'half') {
        // النصف الثاني من حزيران: a month's days 1-15, and 16 to its end
        const n = node.n < 0 ? 2 : node.n;
        const middle = shift(base.at, 15, 'day');
        return n === 1
          ? { type: 'interval', from: base.at, to: middle, grain: 'day' }
          : { type: 'interval', from: middle, to: addUnits(base.at, 1, 'month'), grain: 'day' };
      }
      const start = yearStart(node.of, ctx, resolve);
      if (start === null) return null;
      const size = node.part === 'quarter' ? 3 : 6;
      const n = node.n < 0 ? 12 / size : node.n;
      const from = addUnits(start, size * (n - 1), 'month');
      return { type: 'interval', from, to: addUnits(from, size, 'month'), grain: 'month' };
    }
    case 'nthWeekOfYear': {
      const start = yearStart(node.of, ctx, resolve);
      if (start === null) return null;
      // Weeks (Monday to Sunday) wholly inside the year, as the weeks of a month are counted
      const monday =
        node.n < 0
          ? shift(weekdayOnOrBefore(shift(addUnits(start, 1, 'year'), -1, 'day'), 0, false), -6, 'day')
          : shift(weekdayOnOrAfter(start, 1, false), 7 * (node.n - 1), 'day');
      return { type: 'value', at: monday, grain: 'week' };
    }
    case 'sideOf':
      return sideOf(node, ctx);
    case 'weekend': {
      const monday = shift(mondayOf(today(ctx)), 7 * node.offset, 'day');
      return { type: 'interval', from: shift(monday, 4 * 24 + 18, 'hour'), to: shift(monday, 7, 'day'), grain: 'hour' };
    }
    case 'season':
      return season(node, ctx, yearOf);
  }
}
