/** The parser's driver: tokens -> Arabic matches (+ English ones, english.ts) -> resolved expressions. */
import { wallClock } from '../time/wall-clock.js';
import { isZoneOrFixedOffset } from '../time/zones.js';
import { parseEnglish } from './english.js';
import { toTimeValue } from './format.js';
import { namesMonth, type Match, type Node } from './ir.js';
import { resolveNode, type Context } from './resolve.js';
import { scanExpressions } from './rules/expression.js';
import { newCueCache, pastWasPlan, sentenceTense, silence, type Tense } from './tense.js';
import { tokenize, type Tokens } from './tokens.js';
import type { Reference, TimeExpression, TimeValue } from './types.js';

/**
 * Resolutions already made in this text (news repeats its أمس and اليوم, and hostile input
 * repeats everything), by context and then by the words as written. The context's part of the
 * key is made only when the context changes: a key string made for every match was a tenth of a
 * run of one repeated date.
 */
class Memo {
  private readonly byContext = new Map<string, Map<string, TimeValue | null>>();
  private size = 0;
  private zone = '';
  private tense: Tense | undefined;
  private planned: boolean | undefined;
  private year: number | undefined;
  private month: number | undefined;
  private hour: number | undefined;
  private current: Map<string, TimeValue | null> | undefined;

  /** The values remembered for `ctx` in `zone`. */
  private inContext(zone: string, ctx: Context): Map<string, TimeValue | null> {
    const { tense, lastMonth, lastHour, planned } = ctx;
    if (
      this.current &&
      zone === this.zone &&
      tense === this.tense &&
      planned === this.planned &&
      lastMonth?.year === this.year &&
      lastMonth?.month === this.month &&
      lastHour === this.hour
    )
      return this.current;
    this.zone = zone;
    this.tense = tense;
    this.planned = planned;
    this.year = lastMonth?.year;
    this.month = lastMonth?.month;
    this.hour = lastHour;
    const key = `${zone}|${tense ?? ''}${planned ? '+plan' : ''}|${this.year ?? ''}-${this.month ?? ''}|${lastHour ?? ''}`;
    let values = this.byContext.get(key);
    if (!values) this.byContext.set(key, (values = new Map()));
    return (this.current = values);
  }

  get(zone: string, ctx: Context, written: string): TimeValue | null | undefined {
    return this.inContext(zone, ctx).get(written);
  }

  private lastWritten = '';

  /**
   * The text from `start` to `end`, the last one's string again when the words are the same:
   * texts repeat their dates, and a string made and hashed a match was a tenth of a run of one.
   */
  written(text: string, start: number, end: number): string {
    const last = this.lastWritten;
    if (end - start === last.length && text.startsWith(last, start)) return last;
    return (this.lastWritten = text.slice(start, end));
  }

  /** Remembers up to 10,000 values: hostile input must not grow memory. */
  set(zone: string, ctx: Context, written: string, value: TimeValue | null): void {
    if (this.size >= 10_000) return;
    this.inContext(zone, ctx).set(written, value);
    this.size++;
  }
}

/**
 * The expression `match` reads, resolved in `ctx` (its tense set for this match). Remembered by
 * what the match covers as written and what the context holds: the rules read a stretch's
 * reading from its own tokens alone (the tokens around it decide only whether it is one), so the
 * same words in the same context are the same value. Keyed so rather than by the node as JSON,
 * which took a sixth of a dense megabyte's parse.
 */
function resolveMatch(
  text: string,
  match: Match,
  tokens: Tokens,
  ctx: Context,
  reference: Reference,
  memo: Memo,
): TimeExpression | null {
  const zone = match.zone && match.zone !== 'local' ? match.zone : reference.zone;
  const start = tokens.start[match.start]!;
  const end = tokens.end[match.end - 1]!;
  const written = memo.written(text, start, end);
  let value = memo.get(zone, ctx, written);
  if (value === undefined) {
    const local: Context = zone === reference.zone ? ctx : { ...ctx, now: wallClock(reference.at, zone) };
    const resolved = resolveNode(match.node, local);
    value = resolved && toTimeValue(resolved);
    memo.set(zone, ctx, written, value);
  }
  if (!value) return null;
  const expr: TimeExpression = { text: written, start, end, value, zone };
  const tense = match.tense ?? ctx.tense;
  if (tense) expr.tense = tense;
  return expr;
}

/** The year, month and hour a value starts at, in its local time. */
interface LocalStart {
  year: number;
  month: number;
  hour: number;
}

/**
 * The local start of `value`, the last one's again when it is the same value: the memo hands a
 * repeated date its value again, and cutting its numbers out anew was a tenth of a run of one date.
 */
function localStartOf(value: TimeValue, last: { value?: TimeValue; start?: LocalStart }): LocalStart {
  if (last.value === value && last.start) return last.start;
  const local = value.type === 'value' ? value.point.local : value.from.local;
  last.value = value;
  return (last.start = {
    year: Number(local.slice(0, 4)),
    month: Number(local.slice(5, 7)),
    hour: Number(local.slice(11, 13)),
  });
}

/** Whether the node states a clock time placed at one instant (its hour is then the text's last hour). */
function placesClockTime(node: Node, value: TimeValue): boolean {
  return (node.t === 'time' || (node.t === 'day' && node.time !== undefined)) && value.type === 'value';
}

/**
 * Every time expression in `text`, in text order, resolved against `reference`. Arabic is read by
 * the Arabic rules, English by english.ts; where both match, the Arabic reading wins.
 */
export function parseTimeExpressions(text: string, reference: Reference): TimeExpression[] {
  if (!isZoneOrFixedOffset(reference.zone)) throw new RangeError(`Unknown time zone: ${reference.zone}`);
  if (!Number.isFinite(reference.at)) throw new RangeError('The reference instant is not a number');
  const tokens = tokenize(text);
  const ctx: Context = { now: wallClock(reference.at, reference.zone), tense: undefined, lastHour: undefined };
  const out: TimeExpression[] = [];
  const memo = new Memo();
  const lastStart: { value?: TimeValue; start?: LocalStart } = {};
  const matches = scanExpressions(tokens);
  // (no cache to make where the Arabic rules found nothing: most English texts)
  const cues = newCueCache(matches.length > 0 ? tokens.length : 0);
  // A word of another expression (نيسان الماضي) is that expression's direction, not the sentence's:
  // "بعد دورة 20 نيسان الماضي، يقام المعرض في 11 أيار" is this May
  for (const m of matches) silence(cues, m.start, m.end);
  for (const match of matches) {
    // One context for the whole text, its tense set for each match (a copy a match cost more than resolving it)
    ctx.tense = match.tense ?? sentenceTense(tokens, cues, match.start, match.end);
    ctx.planned = match.tense === undefined && pastWasPlan();
    const expr = resolveMatch(text, match, tokens, ctx, reference, memo);
    if (!expr) continue;
    out.push(expr);
    if (placesClockTime(match.node, expr.value)) ctx.lastHour = localStartOf(expr.value, lastStart).hour;
    if (namesMonth(match.node)) {
      const { year, month } = localStartOf(expr.value, lastStart);
      // The same month as the last one keeps its object: news and runs of dates name one month in a row
      if (ctx.lastMonth?.year !== year || ctx.lastMonth.month !== month) ctx.lastMonth = { year, month };
    }
  }
  const english = parseEnglish(text, tokens, reference.at, reference.zone).map((e): TimeExpression => {
    const expr: TimeExpression = {
      text: text.slice(e.start, e.end),
      start: e.start,
      end: e.end,
      value: toTimeValue(e.value),
      zone: e.zone ?? reference.zone,
    };
    if (e.tense) expr.tense = e.tense;
    return expr;
  });
  if (english.length === 0) return out;
  return mergeReadings(out, english);
}

/** The first index in `sorted` (ascending by `key`) whose key is above `bound`. */
function firstAbove(sorted: readonly TimeExpression[], key: (e: TimeExpression) => number, bound: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]!) > bound) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Where both read a stretch, the longer reading wins ("at 10:30 pm" over its "10:30"), else the
 * Arabic one. The Arabic readings come in text order without overlaps, so each side is found by a
 * binary search rather than by comparing every pair (a text of 100,000 "10:30 pm" took 35 s so).
 */
function mergeReadings(arabic: readonly TimeExpression[], english: readonly TimeExpression[]): TimeExpression[] {
  const beaten = new Set<TimeExpression>();
  for (const e of english) {
    // The Arabic readings inside e: a run from the first that starts at or after it
    for (let k = firstAbove(arabic, (a) => a.start, e.start - 1); k < arabic.length; k++) {
      const a = arabic[k]!;
      if (a.start > e.end) break;
      if (a.end <= e.end && e.end - e.start > a.end - a.start) beaten.add(a);
    }
  }
  const kept = beaten.size === 0 ? arabic : arabic.filter((a) => !beaten.has(a));
  const added = english.filter((e) => {
    // Kept readings are in order without overlaps, so their ends rise too: only the first ending after e.start can overlap it
    const a = kept[firstAbove(kept, (x) => x.end, e.start)];
    return !(a && a.start < e.end);
  });
  return mergeByStart(kept, added);
}

/** Two lists each in text order, as one (the first's on a tie): a merge, not a sort of both (a tenth of a run of "10:30 pm"). */
function mergeByStart(a: readonly TimeExpression[], b: readonly TimeExpression[]): TimeExpression[] {
  const out = new Array<TimeExpression>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = b[j]!.start < a[i]!.start ? b[j++]! : a[i++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}
