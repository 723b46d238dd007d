/**
 * Stretches news names inside a year or a week: quarters and halves (الربع الأول من العام
 * المقبل, النصف الثاني من 2021), the nth or last week of a year, later / earlier / the rest of
 * the current day, week, month or year (في وقت لاحق من هذا الشهر, ما تبقى من الأسبوع),
 * weekends (عطلة نهاية الأسبوع المقبل) and seasons (الصيف المقبل, ربيع 2019, منتصف الصيف).
 */
import type { Node } from '../ir.js';
import { CURRENT, MONTH_PARTS, THIS } from '../arabic-words.js';
import { numberAt } from '../numbers.js';
import { monthRefAt, relativeOffset } from './month.js';
import { cycleAt } from './period.js';
import { yearNumberAt } from './year-numbers.js';
import { is, plainWordIn, wordIn, wordValue, type Tokens } from './words.js';
import { NUMBER, WORD } from '../tokens.js';

export interface StretchMatch {
  node: Node;
  end: number;
  tense?: 'past' | 'future';
}

type Unit = 'day' | 'week' | 'month' | 'year';

const UNIT_WORDS: ReadonlyMap<string, Unit> = new Map([
  ['اسبوع', 'week'],
  ['شهر', 'month'],
  ['عام', 'year'],
  ['سنه', 'year'],
]);
const YEAR_WORDS = new Set(['عام', 'سنه']);
const WEEK = new Set(['اسبوع']);
const LAST = new Set(['اخير', 'اخيره']);
const QUARTER = new Set(['ربع']);
const HALF = new Set(['نصف']);
const TIME_WORD = new Set(['وقت']);
const LATER = new Set(['لاحق']);
const EARLIER = new Set(['سابق']);
const LATER_ADVERB = new Set(['لاحقا']);
/** The تبقى of ما تبقى من العام. */
export const REMAINS: ReadonlySet<string> = new Set(['تبقي', 'بقي', 'يتبقي']);
const REST = new Set(['بقيه', 'باقي']);
const HOLIDAY = new Set(['عطله']);
const END = new Set(['نهايه']);
const SEASON_WORD = new Set(['فصل']);
/** Seasons by the month they begin (meteorological: winter is December to February). */
const SEASONS: ReadonlyMap<string, number> = new Map([
  ['شتاء', 12],
  ['ربيع', 3],
  ['صيف', 6],
  ['خريف', 9],
]);
/** الربيع العربي is a political season, not spring. */
const NOT_SEASON_AFTER = new Set(['العربي', 'الاول', 'الثاني', 'الاخر']);

/** A year to take a part of: العام المقبل, العام الجاري, هذا العام, العام, 2019, عام 2020. */
function yearBaseAt(tokens: Tokens, i: number): { node: Node; end: number } | null {
  const cycle = cycleAt(tokens, i);
  if (cycle?.node.t === 'cycle' && cycle.node.unit === 'year') return { node: cycle.node, end: cycle.end };
  const word = wordIn(tokens, i, YEAR_WORDS);
  if (word) {
    const year = yearNumberAt(tokens, i + 1);
    if (year) return { node: { t: 'year', year: year.year }, end: year.end };
    return word.article && word.prep === '' ? { node: { t: 'cycle', unit: 'year', offset: 0 }, end: i + 1 } : null;
  }
  const year = tokens.kind[i] === NUMBER ? yearNumberAt(tokens, i) : null;
  return year && { node: { t: 'year', year: year.year }, end: year.end };
}

/** The nth (1..limit) or, with الأخير, the last (-1) at `i`. */
function ordinalAt(tokens: Tokens, i: number, limit: number): number | null {
  if (plainWordIn(tokens, i, LAST)?.article) return -1;
  const n = numberAt(tokens, i);
  return n?.ordinal && n.end === i + 1 && n.value <= limit ? n.value : null;
}

/** الربع الأول من العام المقبل, النصف الثاني من 2021 (or of a month), الأسبوع الأخير من العام. */
function yearPartAt(tokens: Tokens, i: number): StretchMatch | null {
  const quarter = plainWordIn(tokens, i, QUARTER)?.article;
  const half = !quarter && plainWordIn(tokens, i, HALF)?.article;
  const week = !quarter && !half && plainWordIn(tokens, i, WEEK)?.article;
  if (!quarter && !half && !week) return null;
  const n = ordinalAt(tokens, i + 1, quarter ? 4 : half ? 2 : 5);
  if (n === null || !is(tokens, i + 2, 'من', 'في')) return null;
  // النصف الثاني من شهر حزيران, النصف الأول من الشهر المقبل: half a month
  const month = half ? monthRefAt(tokens, i + 3) : null;
  if (month && (month.ref.month !== undefined || month.ref.relMonths !== undefined))
    return { node: { t: 'yearPart', part: 'half', n, of: { t: 'month', month: month.ref } }, end: month.end };
  const base = yearBaseAt(tokens, i + 3);
  if (!base) return null;
  const node: Node = week
    ? { t: 'nthWeekOfYear', n, of: base.node }
    : { t: 'yearPart', part: quarter ? 'quarter' : 'half', n, of: base.node };
  return { node, end: base.end };
}

/** The current day, week, month or year: اليوم, هذا الشهر, الشهر الجاري, العام. */
function currentUnitAt(tokens: Tokens, i: number): { unit: Unit; end: number } | null {
  if (plainWordIn(tokens, i, THIS)) {
    const unit = wordValue(tokens, i + 1, UNIT_WORDS);
    return unit?.reading.article && unit.reading.prep === '' ? { unit: unit.value, end: i + 2 } : null;
  }
  if (is(tokens, i, 'اليوم')) return { unit: 'day', end: i + 1 };
  const unit = wordValue(tokens, i, UNIT_WORDS);
  if (!unit?.reading.article || unit.reading.prep !== '' || unit.reading.conj) return null;
  return { unit: unit.value, end: plainWordIn(tokens, i + 1, CURRENT)?.article ? i + 2 : i + 1 };
}

/** وقت لاحق من هذا الشهر, وقت سابق اليوم, لاحقاً هذا الأسبوع, ما تبقى من العام, بقية الأسبوع. */
function sideAt(tokens: Tokens, i: number): StretchMatch | null {
  let side: 'later' | 'earlier' | 'rest';
  let j: number;
  if (plainWordIn(tokens, i, TIME_WORD) && !plainWordIn(tokens, i, TIME_WORD)?.article) {
    if (plainWordIn(tokens, i + 1, LATER) && !plainWordIn(tokens, i + 1, LATER)?.article) side = 'later';
    else if (plainWordIn(tokens, i + 1, EARLIER) && !plainWordIn(tokens, i + 1, EARLIER)?.article) side = 'earlier';
    else return null;
    j = i + 2;
  } else if (plainWordIn(tokens, i, LATER_ADVERB)) {
    side = 'later';
    j = i + 1;
  } else if (is(tokens, i, 'ما') && plainWordIn(tokens, i + 1, REMAINS)) {
    side = 'rest';
    j = is(tokens, i + 2, 'من') ? i + 3 : -1;
  } else if (plainWordIn(tokens, i, REST) && !plainWordIn(tokens, i, REST)?.article) {
    side = 'rest';
    j = i + 1;
  } else return null;
  if (j < 0) return null;
  if (side !== 'rest' && is(tokens, j, 'من')) j++;
  const unit = currentUnitAt(tokens, j);
  if (!unit) return null;
  const tense = side === 'earlier' ? 'past' : 'future';
  return { node: { t: 'sideOf', side, unit: unit.unit }, end: unit.end, tense };
}

/** عطلة نهاية الأسبوع [المقبل | التالية | الماضية]. */
function weekendAt(tokens: Tokens, i: number): StretchMatch | null {
  if (!wordIn(tokens, i, HOLIDAY) || !plainWordIn(tokens, i + 1, END) || !plainWordIn(tokens, i + 2, WEEK)?.article)
    return null;
  const offset = relativeOffset(tokens, i + 3);
  const end = offset === null ? i + 3 : i + 4;
  const tense = offset === null || offset === 0 ? undefined : offset > 0 ? 'future' : 'past';
  return { node: { t: 'weekend', offset: offset ?? 0 }, end, tense };
}

/** [مطلع | منتصف | أواخر] [فصل] الصيف [المقبل], هذا الشتاء, ربيع 2019, صيف العام الماضي. */
function seasonAt(tokens: Tokens, i: number): StretchMatch | null {
  let j = i;
  const partWord = wordValue(tokens, j, MONTH_PARTS);
  const part = partWord && !partWord.reading.article && partWord.value !== 'first' ? partWord.value : undefined;
  if (part) j++;
  const demonstrative = plainWordIn(tokens, j, THIS) !== null;
  if (demonstrative) j++;
  if (plainWordIn(tokens, j, SEASON_WORD)) j++;
  const season = wordValue(tokens, j, SEASONS);
  if (!season || season.reading.prep !== '' || season.reading.conj) return null;
  j++;
  if (!season.reading.article) {
    // صيف 2020, ربيع العام المقبل: a bare season names its year (ربيع alone is a name, or a Hijri month)
    const year = yearBaseAt(tokens, j);
    if (!year || demonstrative) return null;
    return { node: { t: 'season', start: season.value, year: year.node, part }, end: year.end };
  }
  if (NOT_SEASON_AFTER.has(tokens.norm[j] ?? '')) return null;
  const rel = demonstrative ? 0 : (relativeOffset(tokens, j) ?? undefined);
  if (rel !== undefined && !demonstrative) j++;
  const tense = rel === undefined || rel === 0 ? undefined : rel > 0 ? 'future' : 'past';
  return { node: { t: 'season', start: season.value, rel, part }, end: j, tense };
}

const THIRD = new Set(['ثلث']);
/** The third named after الثلث (folded, with its article): first, middle or last. */
const THIRDS: ReadonlyMap<string, 'early' | 'mid' | 'late'> = new Map([
  ['الاول', 'early'],
  ['الاوسط', 'mid'],
  ['الثاني', 'mid'],
  ['الاخير', 'late'],
  ['الثالث', 'late'],
]);

/** الثلث الأخير من الشهر الجاري, الثلث الأول من أيار: a month's days 1-10, 11-20 or 21 to its end (as مطلع, منتصف, أواخر). */
function thirdAt(tokens: Tokens, i: number): StretchMatch | null {
  if (!plainWordIn(tokens, i, THIRD)?.article) return null;
  const part = tokens.kind[i + 1] === WORD ? THIRDS.get(tokens.norm[i + 1]!) : undefined;
  if (part === undefined || !is(tokens, i + 2, 'من', 'في')) return null;
  const month = monthRefAt(tokens, i + 3);
  if (!month || (month.ref.month === undefined && month.ref.relMonths === undefined)) return null;
  return { node: { t: 'part', part, of: { t: 'month', month: month.ref } }, end: month.end };
}

/** The longest stretch at `i`. */
export function stretchAt(tokens: Tokens, i: number): StretchMatch | null {
  let best: StretchMatch | null = null;
  for (const rule of [yearPartAt, sideAt, weekendAt, seasonAt, thirdAt]) {
    const m = rule(tokens, i);
    if (m && (!best || m.end > best.end)) best = m;
  }
  return best;
}

/** The words a stretch can begin with (arabic-words.ts's STARTERS holds them too). */
export const STRETCH_FIRST: readonly string[] = [
  ...['ربع', 'نصف', 'ثلث', 'اسبوع', 'وقت', 'لاحقا', 'ما', 'بقيه', 'باقي', 'عطله', 'فصل', 'هذا', 'هذه'],
  ...MONTH_PARTS.keys(),
  ...SEASONS.keys(),
];
