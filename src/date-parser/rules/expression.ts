/**
 * Composition: a day with its clock time and zone, a time with its day, ranges between two
 * ends (من 13 إلى 15 تموز, بين 13 و15 تموز, 13-15 تموز, يومي الخميس والجمعة), "until"
 * (حتى الساعة 2:00), and the scan that walks the text left to right, longest match first.
 */
import { isEmptyMonth, type DaySpec, type Match, type Node, type TimeSpec } from '../ir.js';
import { remembered } from '../../remembered.js';
import { readings } from '../clitics.js';
import { APPROX, NOW_WORDS, RANGE_TO, STARTERS, THIS, UNITS, UNTIL, WEEKDAYS } from '../arabic-words.js';
import { numberAt } from '../numbers.js';
import { dayAt, dayNumberAt, skipAgreeing } from './day.js';
import { relativeOffset } from './month.js';
import { cycleAt, periodAt } from './period.js';
import { REMAINS, stretchAt, STRETCH_FIRST } from './stretches.js';
import { podAt, timeAt, withZone } from './time.js';
import {
  comma,
  firstToken,
  gated,
  is,
  longestOf,
  memoized,
  plainWordIn,
  wordIn,
  wordValue,
  type Tokens,
} from './words.js';
import { LATIN, NUMBER, PUNCT, WORD } from '../tokens.js';

/** Words before an expression that add nothing to it; they stay out of its span. */
const FILLERS = new Set(['في', 'عند', 'على', 'تمام', 'بتاريخ', 'تاريخ', 'خلال', ...APPROX]);
const MOMENT = new Set(['لحظه']);
const DUAL_DAYS = new Set(['يومي']);
const WEEK = new Set(['اسبوع']);
const DASHES = ['-', '–', '—'];

/** "Now": الآن, حالاً, في هذه اللحظة. */
function nowAt(tokens: Tokens, i: number): Match | null {
  if (plainWordIn(tokens, i, NOW_WORDS)) return { node: { t: 'now' }, start: i, end: i + 1 };
  if (plainWordIn(tokens, i, THIS) && plainWordIn(tokens, i + 1, MOMENT)?.article)
    return { node: { t: 'now' }, start: i, end: i + 2 };
  return null;
}

/** After a day: its clock time (الخميس الساعة 8) or its part (الخميس مساءً), in its sentence (a schedule's next line is another). */
function dayWithTimeAt(tokens: Tokens, i: number): Match | null {
  const day = dayAt(tokens, i);
  if (!day) return null;
  let k = day.end;
  if (comma(tokens, k)) k++;
  if (is(tokens, k, 'في', 'عند', 'على')) k++;
  const time = tokens.sentence[k] === tokens.sentence[day.end - 1] ? timeAt(tokens, k) : null;
  if (time && !time.day)
    return { node: { t: 'day', day: day.day, time: time.time }, start: i, end: time.end, tense: day.tense };
  const pod = tokens.sentence[day.end] === tokens.sentence[day.end - 1] ? podAt(tokens, day.end) : null;
  if (pod && !pod.day)
    return { node: { t: 'day', day: day.day, pod: pod.pod }, start: i, end: pod.end, tense: day.tense };
  return { node: { t: 'day', day: day.day }, start: i, end: day.end, tense: day.tense };
}

/** A time, then maybe its day: الساعة العاشرة صباح الخميس, العاشرة من صباح اليوم, الساعة 10 يوم الخميس. */
function timeWithDayAt(tokens: Tokens, i: number): Match | null {
  const time = timeAt(tokens, i);
  if (!time) return null;
  if (time.day) return { node: { t: 'day', day: time.day, time: time.time }, start: i, end: time.end };
  let k = time.end;
  if (comma(tokens, k)) k++;
  if (is(tokens, k, 'من', 'في')) k++;
  const day = dayAt(tokens, k);
  if (day && day.day.kind !== 'shift') {
    return { node: { t: 'day', day: day.day, time: time.time }, start: i, end: day.end, tense: day.tense };
  }
  return { node: { t: 'time', time: time.time }, start: i, end: time.end };
}

/** A part of the day standing alone: الليلة, هذا المساء, مساء اليوم, الليلة الماضية, صباح الغد الساعة 9. */
function podDayAt(tokens: Tokens, i: number): Match | null {
  const pod = podAt(tokens, i);
  if (!pod || !pod.standalone) return null;
  let day: DaySpec = pod.day ?? { kind: 'relDay', days: 0 };
  let end = pod.end;
  if (!pod.day) {
    const rel = relativeOffset(tokens, end);
    if (rel === -1) {
      day = { kind: 'relDay', days: -1 };
      end++;
    }
  }
  const time = timeAt(tokens, end);
  if (time && !time.day)
    return { node: { t: 'day', day, time: { ...time.time, pod: time.time.pod ?? pod.pod } }, start: i, end: time.end };
  return { node: { t: 'day', day, pod: pod.pod }, start: i, end };
}

function periodMatchAt(tokens: Tokens, i: number): Match | null {
  const p = periodAt(tokens, i);
  return p ? { node: p.node, start: i, end: p.end, tense: p.tense } : null;
}

function stretchMatchAt(tokens: Tokens, i: number): Match | null {
  const s = stretchAt(tokens, i);
  return s ? { node: s.node, start: i, end: s.end, tense: s.tense } : null;
}

const longestSingle = longestOf([
  gated(firstToken(false, NOW_WORDS, THIS), nowAt),
  dayWithTimeAt,
  timeWithDayAt,
  podDayAt,
  periodMatchAt,
  gated(firstToken(false, STRETCH_FIRST), stretchMatchAt),
]);

/** One expression (no range) with its zone and a الموافق equivalent. */
export const singleAt = memoized((tokens: Tokens, i: number): Match | null => {
  const best = longestSingle(tokens, i);
  if (!best) return null;
  withZone(tokens, best);
  const k = skipAgreeing(tokens, best.end);
  if (k > best.end) {
    const other = longestSingle(tokens, k);
    if (other) {
      // "5 رمضان 1441 الموافق 28 نيسان 2020", "الخميس الموافق 14 شباط": keep the Gregorian date
      const first = best.node;
      const preferOther = first.t === 'day' && (first.day.kind === 'hijri' || first.day.kind === 'weekday');
      if (preferOther) best.node = other.node;
      best.end = other.end;
      withZone(tokens, best);
    }
  }
  return best;
});

/** One end of a range: a full expression or a bare day number (13 in "13-15 تموز"). */
function endAt(tokens: Tokens, i: number, conj: boolean): Match | null {
  // With a glued و (بين الخميس والسبت), the weekday and month rules read through the clitic
  const full = singleAt(tokens, i);
  const n = conj ? numberAt(tokens, i, true) : dayNumberAt(tokens, i);
  const bare = n && n.value >= 1 && n.value <= 31 && n.digits <= 2 ? n : null;
  // On a tie the full reading wins: the اثنين of من الاثنين is a weekday, not the 2nd
  if (full && (!bare || full.end >= bare.end)) return full;
  return bare && { node: { t: 'day', day: { kind: 'date', day: bare.value, month: {} } }, start: i, end: bare.end };
}

function isBareDay(node: Node): boolean {
  return node.t === 'day' && node.day.kind === 'date' && isEmptyMonth(node.day.month) && !node.time;
}

/** A connector between the ends at `i`: its end, or -1; with `and`, a و alone or glued to the next end ("و17"). */
function connectorAt(tokens: Tokens, i: number, between: boolean, and = false): { end: number; conj: boolean } {
  if (is(tokens, i, '-', '–', '—')) return { end: i + 1, conj: false };
  if (wordIn(tokens, i, RANGE_TO)) return { end: i + 1, conj: false };
  if ((between || and) && is(tokens, i, 'و')) return { end: i + 1, conj: false };
  if (between || (and && tokens.kind[i] === WORD && tokens.norm[i]!.startsWith('و'))) return { end: i, conj: true };
  return { end: -1, conj: false };
}

/** Times at both ends share a part of the day and a day when only one end states it. */
function timeOf(n: Node): TimeSpec | undefined {
  return n.t === 'time' || n.t === 'day' ? n.time : undefined;
}

function shareParts(from: Node, to: Node): [Node, Node] {
  const a = timeOf(from);
  const b = timeOf(to);
  if (!a || !b) return [from, to];
  const fromTime = { ...a, pod: a.pod ?? b.pod };
  const toTime = { ...b, pod: b.pod ?? a.pod };
  const day = from.t === 'day' ? from.day : to.t === 'day' ? to.day : undefined;
  if (!day)
    return [
      { t: 'time', time: fromTime },
      { t: 'time', time: toTime },
    ];
  return [
    { t: 'day', day, time: fromTime },
    { t: 'day', day, time: toTime },
  ];
}

/** الفترة before a range: في الفترة من 3-5, خلال الفترة ما بين 3 و5. */
const PERIOD = new Set(['فتره']);

/** The day number of a date node, else 0. */
function dateDay(n: Node): number {
  return n.t === 'day' && n.day.kind === 'date' ? n.day.day : 0;
}

/**
 * Two bare day numbers after الفترة (في الفترة من 3-5): days of the reference month, the first
 * before the second, and no unit after them (الفترة من 3-5 سنوات is a count of years).
 */
function periodOfDays(tokens: Tokens, i: number, from: Node, to: Node, end: number): boolean {
  const before = is(tokens, i - 1, 'ما') ? i - 2 : i - 1;
  if (!plainWordIn(tokens, before, PERIOD)) return false;
  return dateDay(from) < dateDay(to) && wordValue(tokens, end, UNITS) === null;
}

/**
 * من A إلى B, بين A و B, A-B, A إلى B. Remembered a position: a day before a range asks it of the
 * word after the day, where the scan asks it again.
 */
const fromToAt = memoized((tokens: Tokens, i: number): Match | null => {
  let j = i;
  const from = is(tokens, j, 'من');
  // يومي 11 و12 تشرين الثاني: two day numbers joined like بين's (two weekdays are dualDaysAt's)
  const dual = !from && plainWordIn(tokens, j, DUAL_DAYS) !== null;
  const between = dual || (!from && is(tokens, j, 'بين'));
  if (from || between) j++;
  const a = endAt(tokens, j, false);
  // (digits only: the اثنين of يومي الاثنين والثلاثاء is a weekday, not the 2nd)
  if (!a || (dual && (tokens.kind[j] !== NUMBER || !isBareDay(a.node)))) return null;
  // "16 و17 مارس", "السادس عشر والسابع عشر من مارس": a day and the next, joined by و, are both days
  const running = connectorAt(tokens, a.end, between).end < 0 && isBareDay(a.node);
  const link = connectorAt(tokens, a.end, between, running);
  if (link.end < 0) return null;
  const b = endAt(tokens, link.end, link.conj);
  if (!b) return null;
  if (running && !(b.node.t === 'day' && b.node.day.kind === 'date' && b.node.day.day === dateDay(a.node) + 1))
    return null;
  if (!from && !between) {
    // Without من, only ranges of days with a month somewhere (13-15 تموز, تموز 13 إلى 15)
    if (!(isBareDay(a.node) || isBareDay(b.node))) return null;
  }
  // من 10 إلى 12 ظهراً: a bare number before a clock time is an hour
  if (isBareDay(a.node) && b.node.t === 'time' && tokens.kind[j] === NUMBER && a.end === j + 1) {
    const hour = tokens.value[j]!;
    if (hour <= 24)
      a.node = {
        t: 'time',
        time: { ...b.node.time, hour, minute: 0, second: 0, grain: 'hour', minus: undefined, explicit24: hour > 12 },
      };
  }
  if (isBareDay(a.node) && isBareDay(b.node) && !periodOfDays(tokens, i, a.node, b.node, b.end)) return null;
  // 3- تموز is the 3rd of July, not a range from the 3rd to July
  if (isBareDay(a.node) && b.node.t !== 'day') return null;
  const [start, end] = shareParts(a.node, b.node);
  const match: Match = { node: { t: 'range', from: start, to: end }, start: i, end: b.end, zone: b.zone ?? a.zone };
  withZone(tokens, match);
  return match;
});

/** الخميس من الساعة التاسعة وحتى الساعة الحادية عشرة: a day, then a range of times. */
function dayThenRangeAt(tokens: Tokens, i: number): Match | null {
  const day = dayAt(tokens, i);
  if (!day) return null;
  const k = comma(tokens, day.end) ? day.end + 1 : day.end;
  const range = fromToAt(tokens, k);
  if (!range || range.node.t !== 'range') return null;
  const { from, to } = range.node;
  if (from.t !== 'time' || to.t !== 'time') return null;
  return {
    ...range,
    start: i,
    node: {
      t: 'range',
      from: { t: 'day', day: day.day, time: from.time },
      to: { t: 'day', day: day.day, time: to.time },
    },
  };
}

/** A bare weekday placed in the week `weekOffset` weeks from this one, or null for any other node. */
function inWeek(n: Node, weekOffset: number): Node | null {
  return n.t === 'day' && n.day.kind === 'weekday' && !n.day.rel ? { ...n, day: { ...n.day, weekOffset } } : null;
}

/** الأسبوع المقبل بين الثلاثاء والخميس, الأسبوع المقبل من الثلاثاء إلى الخميس: two weekdays of a week. */
function weekThenDaysAt(tokens: Tokens, i: number): Match | null {
  const week = cycleAt(tokens, i);
  if (!week || week.node.t !== 'cycle' || week.node.unit !== 'week') return null;
  const range = fromToAt(tokens, comma(tokens, week.end) ? week.end + 1 : week.end);
  if (!range || range.node.t !== 'range') return null;
  const { from, to } = range.node;
  const weekOffset = week.node.offset;
  const a = inWeek(from, weekOffset);
  const b = inWeek(to, weekOffset);
  if (!a || !b) return null;
  return { node: { t: 'range', from: a, to: b }, start: i, end: range.end, tense: week.tense };
}

/** يومي الخميس والجمعة [المقبلين]: two weekdays as one range. */
function dualDaysAt(tokens: Tokens, i: number): Match | null {
  const dual = plainWordIn(tokens, i, DUAL_DAYS) !== null;
  const a = dayAt(tokens, dual ? i + 1 : i);
  if (!a || a.day.kind !== 'weekday' || a.day.rel) return null;
  const b = dayAt(tokens, a.end);
  if (!b || b.day.kind !== 'weekday' || tokens.norm[a.end]?.startsWith('و') !== true) return null;
  if (!dual && !b.day.rel) return null;
  const rel = b.day.rel;
  const first: DaySpec = { ...a.day, rel };
  return {
    node: { t: 'range', from: { t: 'day', day: first }, to: { t: 'day', day: { ...b.day, rel } } },
    start: i,
    end: b.end,
    tense: b.tense,
  };
}

/** حتى الساعة 2:00, لغاية نهاية الشهر: from now until then. */
function untilAt(tokens: Tokens, i: number): Match | null {
  if (!wordIn(tokens, i, UNTIL)) return null;
  const to = singleAt(tokens, i + 1);
  if (!to) return null;
  return { node: { t: 'until', to: to.node }, start: i, end: to.end, zone: to.zone, tense: 'future' };
}

const RANGE_RULES = [
  fromToAt,
  gated(firstToken(false, WEEK), weekThenDaysAt),
  dayThenRangeAt,
  gated(firstToken(false, WEEKDAYS, DUAL_DAYS), dualDaysAt),
  gated(firstToken(false, UNTIL), untilAt),
];

/** The longest expression at a position, of every rule an expression may begin with. */
const longestExpression = longestOf([singleAt, ...RANGE_RULES]);

/** The longest expression starting at `i` (after words like في that stay outside the span). */
export function expressionAt(tokens: Tokens, i: number): Match | null {
  let start = i;
  while (start < i + 3 && plainWordIn(tokens, start, FILLERS)) start++;
  const direct = longestExpression(tokens, i);
  if (start === i) return direct;
  const after = longestExpression(tokens, start);
  if (after && (!direct || after.end >= direct.end)) return after;
  return direct;
}

/** The marks a rule reads right after a number: 10:30, 20/2, 20.2.2020, 2 (شباط), 13-15. */
const NUMBER_MARKS: ReadonlySet<string> = new Set([':', '/', '.', '(', ...DASHES]);

/** A word from STARTERS, with or without clitics: asked at every word of a text, answered once per word. */
const startsExpression = remembered(
  (word: string) => readings(word).some((r) => STARTERS.has(r.stem)) || STARTERS.has(word),
);

/**
 * Whether an expression may begin at `i`: a word from arabic-words.ts (STARTERS), or a number that
 * something follows (a word, or a mark that goes on with it as in 10:30 and 20/2; not the comma
 * of "on Jan. 30, 2020", which English copy puts after most of its numbers). Most words of a
 * text fail this at once, which keeps the scan fast on any input.
 */
function mayStart(tokens: Tokens, i: number): boolean {
  const kind = tokens.kind[i];
  // Latin words and marks never begin one: said first, as most of an English text is them
  if (kind !== WORD && kind !== NUMBER) return false;
  const norm = tokens.norm[i]!;
  if (kind === WORD) {
    if (!(startsExpression(norm) || (norm === 'ما' && plainWordIn(tokens, i + 1, REMAINS) !== null))) return false;
    // Never inside a number word: the عشر of الخامس عشر, the والعشرين of الحادي والعشرين (only
    // words make one, so a digit run is never inside one)
    return (numberAt(tokens, i - 1)?.end ?? 0) <= i && (numberAt(tokens, i - 2)?.end ?? 0) <= i;
  }
  // A four-digit number after an Arabic word may be a year on its own (في 2015 at the end of a sentence)
  if (norm.length === 4 && tokens.kind[i - 1] === WORD) return true;
  const next = tokens.kind[i + 1];
  const nextNorm = tokens.norm[i + 1];
  const nextTight = tokens.spaced[i + 1] === 0;
  // A colon goes on only into two digits of minutes (10:30): "1:" before anything else begins nothing
  const bareColon =
    nextNorm === ':' &&
    (tokens.norm[i + 2]?.length !== 2 || tokens.kind[i + 2] !== NUMBER || tokens.spaced[i + 2] === 1);
  return (
    next === WORD ||
    (next === PUNCT && NUMBER_MARKS.has(nextNorm!) && (nextTight || DASHES.includes(nextNorm!)) && !bareColon) ||
    // 19,00 (Gulf copy's clock times), not the comma of "Jan. 30, 2020"
    (nextNorm === ',' && nextTight && tokens.kind[i + 2] === NUMBER && tokens.spaced[i + 2] === 0)
  );
}

/** Every Arabic (and digit) expression in the tokens, left to right, without overlaps. */
export function scanExpressions(tokens: Tokens): Match[] {
  const found: Match[] = [];
  let i = 0;
  while (i < tokens.length) {
    // A Latin word or a mark begins nothing here, and is no filler before something that does
    const kind = tokens.kind[i];
    if (kind === LATIN || kind === PUNCT) {
      i++;
      continue;
    }
    let start = i;
    while (start < i + 3 && plainWordIn(tokens, start, FILLERS)) start++;
    const match =
      mayStart(tokens, i) || (start > i && start < tokens.length && mayStart(tokens, start))
        ? expressionAt(tokens, i)
        : null;
    if (match) {
      found.push(match);
      i = match.end;
    } else i++;
  }
  return found;
}
