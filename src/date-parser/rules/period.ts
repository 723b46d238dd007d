/**
 * Spans longer than a day: الأسبوع المقبل, هذا الشهر, العام 2020, شهر آذار, مطلع / منتصف /
 * أواخر الشهر المقبل, الأسبوع الأول من تشرين الأول, الأسابيع الثلاثة القادمة, خلال أسبوعين,
 * رمضان 2019.
 */
import type { Node } from '../ir.js';
import {
  HIJRI_DHU,
  HIJRI_MONTHS,
  HIJRI_TWO_WORD,
  MONTH_PARTS,
  MONTHS,
  NEXT,
  PAST,
  THIS,
  TWO_WORD_MONTHS,
  UNITS,
  type Unit,
} from '../arabic-words.js';
import { DECADES, ORDINALS, THOUSANDS } from '../number-words.js';
import { numberAt } from '../numbers.js';
import { durationAt } from './shift.js';
import { yearNumberAt } from './year-numbers.js';
import { decadeAt, YEARS_RULES } from './years.js';
import { hijriMonthAt, monthRefAt, relativeOffset, yearAt } from './month.js';
import {
  digitsIn,
  firstToken,
  gated,
  is,
  longestOf,
  memoized,
  NUMBER_WORDS,
  plainWordIn,
  tight,
  wordIn,
  wordValue,
  type Tokens,
} from './words.js';
import { NUMBER, WORD } from '../tokens.js';

export interface PeriodMatch {
  node: Node;
  end: number;
  tense?: 'past' | 'future';
}

const CYCLES: ReadonlyMap<string, 'week' | 'month' | 'year'> = new Map([
  ['اسبوع', 'week'],
  ['شهر', 'month'],
  ['عام', 'year'],
  ['سنه', 'year'],
]);
const WEEK = new Set(['اسبوع']);
const LAST = new Set(['اخر', 'اخير']);
const WITHIN = new Set(['خلال', 'غضون']);
const MONTH_WORD = new Set(['شهر']);
const YEAR_WORDS = new Set(['عام', 'سنه']);
const FEW = new Set(['قليله']);
const LAST_ONES = new Set(['اخيره', 'اخير', 'اخيرين']);
/** Words that make a bare Hijri month name a month (في رمضان), not a person's name. */
const BEFORE_HIJRI_MONTH = new Set([
  'في',
  'خلال',
  'طوال',
  'قبل',
  'بعد',
  'حتي',
  'منذ',
  'حلول',
  'بحلول',
  'مطلع',
  'منتصف',
  'اواخر',
  'نهايه',
  'بدايه',
]);

const YEARS_FIRST = firstToken(true, NUMBER_WORDS, THOUSANDS, DECADES, ['عقد', 'عامي', 'سنتي']);

const tenseOf = (offset: number): PeriodMatch['tense'] => (offset > 0 ? 'future' : offset < 0 ? 'past' : undefined);

/** الأسبوع المقبل, هذا الشهر, العام الماضي, السنة الحالية. */
export function cycleAt(tokens: Tokens, i: number): PeriodMatch | null {
  if (plainWordIn(tokens, i, THIS)) {
    const unit = wordValue(tokens, i + 1, CYCLES);
    if (unit?.reading.article && unit.reading.prep === '' && !unit.reading.conj) {
      return { node: { t: 'cycle', unit: unit.value, offset: 0 }, end: i + 2 };
    }
    return null;
  }
  const unit = wordValue(tokens, i, CYCLES);
  if (!unit?.reading.article) return null;
  const after = afterNextAt(tokens, i + 1, unit.value);
  if (after) return { node: { t: 'cycle', unit: unit.value, offset: 2 }, end: after, tense: 'future' };
  const before = beforeLastAt(tokens, i + 1);
  if (before) return { node: { t: 'cycle', unit: unit.value, offset: -2 }, end: before, tense: 'past' };
  const offset = relativeOffset(tokens, i + 1);
  if (offset === null) return null;
  return { node: { t: 'cycle', unit: unit.value, offset }, end: i + 2, tense: tenseOf(offset) };
}

/** After a unit: بعد المقبل, الذي يلي الأسبوع المقبل (the one after next); the token after it, or 0. */
function afterNextAt(tokens: Tokens, i: number, unit: 'week' | 'month' | 'year'): number {
  // الأسبوع ما بعد المقبل: ما before بعد adds nothing
  const after = is(tokens, i, 'ما') && is(tokens, i + 1, 'بعد') ? i + 1 : i;
  if (is(tokens, after, 'بعد')) return plainWordIn(tokens, after + 1, NEXT)?.article ? after + 2 : 0;
  if (!is(tokens, i, 'الذي', 'التي') || !is(tokens, i + 1, 'يلي', 'تلي')) return 0;
  const next = wordValue(tokens, i + 2, CYCLES);
  return next?.reading.article && next.value === unit && relativeOffset(tokens, i + 3) === 1 ? i + 4 : 0;
}

/** After a unit: قبل الماضي, ما قبل الماضي, الذي سبقه (the one before last); the token after it, or 0. */
function beforeLastAt(tokens: Tokens, i: number): number {
  const before = is(tokens, i, 'ما') && is(tokens, i + 1, 'قبل') ? i + 1 : i;
  return is(tokens, before, 'قبل') && plainWordIn(tokens, before + 1, PAST)?.article ? before + 2 : 0;
}

/** عام 2020, العام 2020, سنة 2014, عام ألفين وعشرين. */
function yearPeriodAt(tokens: Tokens, i: number): PeriodMatch | null {
  if (!wordIn(tokens, i, YEAR_WORDS)) return null;
  const year = yearNumberAt(tokens, i + 1);
  return year && { node: { t: 'year', year: year.year }, end: year.end };
}

/** شهر آذار, آذار 2020, تشرين الثاني الماضي, الشهر التاسع. */
function namedMonthAt(tokens: Tokens, i: number): PeriodMatch | null {
  const m = monthRefAt(tokens, i);
  if (!m || !m.standalone || m.ref.month === undefined) return null;
  const rel = m.ref.monthRel;
  return {
    node: { t: 'month', month: m.ref },
    end: m.end,
    tense: rel === 'past' ? 'past' : rel === 'next' ? 'future' : undefined,
  };
}

/** 2/2013, 02/2020: a month of a year in digits. */
function numericMonthAt(tokens: Tokens, i: number): PeriodMatch | null {
  const month = digitsIn(tokens, i, 1, 12);
  if (month === null || tokens.norm[i]!.length > 2 || !tight(tokens, i + 1, '/', '-')) return null;
  const y = i + 2;
  if (tokens.kind[y] !== NUMBER || tokens.spaced[y] === 1 || tokens.norm[y]!.length !== 4) return null;
  if (tight(tokens, i + 3, '/', '-')) return null;
  return { node: { t: 'month', month: { month, year: tokens.value[y]! } }, end: i + 3 };
}

/** مطلع / منتصف / أواخر / نهاية / بداية + a month, a relative month or year, a year. */
function partAt(tokens: Tokens, i: number): PeriodMatch | null {
  const part = wordValue(tokens, i, MONTH_PARTS);
  if (!part || part.reading.article) return null;
  const k = i + 1;
  const cycle = cycleAt(tokens, k);
  if (cycle) return { node: { t: 'part', part: part.value, of: cycle.node }, end: cycle.end, tense: cycle.tense };
  const month = monthRefAt(tokens, k);
  if (month && (month.ref.month !== undefined || month.ref.relMonths !== undefined)) {
    return { node: { t: 'part', part: part.value, of: { t: 'month', month: month.ref } }, end: month.end };
  }
  // "نهاية الشهر", "منتصف العام": the current one
  const bare = wordValue(tokens, k, CYCLES);
  if (bare?.reading.article && !relativeOffset(tokens, k + 1)) {
    return { node: { t: 'part', part: part.value, of: { t: 'cycle', unit: bare.value, offset: 0 } }, end: k + 1 };
  }
  const year = yearPeriodAt(tokens, k) ?? yearDigitsAt(tokens, k) ?? decadeAt(tokens, k);
  if (year) return { node: { t: 'part', part: part.value, of: year.node }, end: year.end, tense: year.tense };
  return null;
}

function yearDigitsAt(tokens: Tokens, i: number): PeriodMatch | null {
  const y = yearAt(tokens, i);
  return y?.year !== undefined && y.end === i + 1 ? { node: { t: 'year', year: y.year }, end: y.end } : null;
}

/** أول أسبوع بشهر أكتوبر, الأسبوع الأول من شهر عشرة, آخر أسبوع في سبتمبر, الأسبوع الأخير في ... */
function nthWeekAt(tokens: Tokens, i: number): PeriodMatch | null {
  let n: number | null = null;
  let k: number;
  const week = plainWordIn(tokens, i, WEEK);
  if (week?.article) {
    if (plainWordIn(tokens, i + 1, LAST)?.article) n = -1;
    else {
      const ord = numberAt(tokens, i + 1);
      if (ord?.ordinal && ord.value <= 5) n = ord.value;
    }
    k = i + 2;
  } else {
    if (plainWordIn(tokens, i, LAST) && !plainWordIn(tokens, i, LAST)?.article) n = -1;
    else {
      const ord = numberAt(tokens, i);
      if (ord?.ordinal && ord.value <= 5 && ord.end === i + 1) n = ord.value;
    }
    const w = plainWordIn(tokens, i + 1, WEEK);
    if (!w || w.article) return null;
    k = i + 2;
  }
  if (n === null) return null;
  const month = monthRefAt(tokens, is(tokens, k, 'من', 'في') ? k + 1 : k);
  if (!month) return null;
  return { node: { t: 'nthWeek', n, month: month.ref }, end: month.end };
}

const PLURAL_CYCLES: ReadonlySet<Unit> = new Set(['day', 'week', 'month', 'year']);

/** الأسابيع الثلاثة القادمة, الثلاثة أسابيع المقبلة, الأشهر الستة الماضية, اليومين الماضيين. */
function cyclesAt(tokens: Tokens, i: number): PeriodMatch | null {
  let unit: Unit;
  let count: number | null;
  let k: number;
  const first = wordValue(tokens, i, UNITS);
  if (first?.reading.article && PLURAL_CYCLES.has(first.value.unit)) {
    unit = first.value.unit;
    count = first.value.count;
    k = i + 1;
    if (count === null && plainWordIn(tokens, k, FEW)?.article) {
      // الأيام القليلة المقبلة: a few is three
      count = 3;
      k++;
    } else if (
      count === null &&
      unit !== 'year' &&
      (plainWordIn(tokens, k, NEXT)?.article || plainWordIn(tokens, k, PAST)?.article)
    ) {
      // الأيام المقبلة, الأسابيع المقبلة, خلال الأشهر الماضية: a few too (English "the coming
      // weeks"); not الأيام الأخيرة, which is as often the last days of something, nor السنوات
      // الماضية, which news uses for any stretch of years
      count = 3;
    } else if (count === null) {
      const n = numberAt(tokens, k);
      if (!n || n.value < 2) return null;
      count = n.value;
      k = n.end;
    } else if (count === 1) return null;
  } else {
    const n = numberAt(tokens, i);
    if (!n || n.value < 2 || n.digits > 3) return null;
    const u = wordValue(tokens, n.end, UNITS);
    if (!u || u.value.count !== null || !PLURAL_CYCLES.has(u.value.unit)) return null;
    unit = u.value.unit;
    count = n.value;
    k = n.end + 1;
  }
  const dir = directionAt(tokens, k);
  if (dir === 0 || unit === 'minute' || unit === 'hour') return null;
  return { node: { t: 'cycles', unit, count, dir }, end: k + 1, tense: dir > 0 ? 'future' : 'past' };
}

/** After plural units: المقبلة / القادمة (1), الماضية / الأخيرة (-1: السنوات العشر الأخيرة is the past ones), else 0. */
function directionAt(tokens: Tokens, k: number): 1 | -1 | 0 {
  if (plainWordIn(tokens, k, NEXT)?.article) return 1;
  return plainWordIn(tokens, k, PAST)?.article || plainWordIn(tokens, k, LAST_ONES)?.article ? -1 : 0;
}

/** خلال أسبوعين, في غضون ثلاثة أيام: from now until then. */
function withinAt(tokens: Tokens, i: number): PeriodMatch | null {
  if (!wordIn(tokens, i, WITHIN)) return null;
  const d = durationAt(tokens, i + 1);
  if (!d) return null;
  return { node: { t: 'within', amount: d.amount, unit: d.unit }, end: d.end, tense: 'future' };
}

/** رمضان 2019, شهر رمضان, رمضان المقبل, رمضان 1441. */
function hijriMonthPeriodAt(tokens: Tokens, i: number): PeriodMatch | null {
  const named = plainWordIn(tokens, i, MONTH_WORD) !== null;
  const month = hijriMonthAt(tokens, named ? i + 1 : i);
  if (!month) return null;
  const year = digitsIn(tokens, month.end, 1300, 2199);
  if (year !== null && tokens.norm[month.end]!.length === 4) {
    const node: Node =
      year >= 1900
        ? { t: 'hijriMonth', month: month.month, gregorianYear: year }
        : { t: 'hijriMonth', month: month.month, hijriYear: year };
    return { node, end: month.end + 1 };
  }
  const rel = relativeOffset(tokens, month.end);
  if (rel !== null)
    return { node: { t: 'hijriMonth', month: month.month, relative: rel }, end: month.end + 1, tense: tenseOf(rel) };
  // رمضان alone is also a given name: شهر رمضان, or في / خلال / قبل رمضان, stands for the month
  const bound = tokens.kind[i - 1] === WORD && BEFORE_HIJRI_MONTH.has(tokens.norm[i - 1]!);
  return named || bound ? { node: { t: 'hijriMonth', month: month.month }, end: month.end } : null;
}

const PERIOD_RULES: ReadonlyArray<(tokens: Tokens, i: number) => PeriodMatch | null> = [
  gated(firstToken(false, THIS, CYCLES), cycleAt),
  gated(firstToken(false, YEAR_WORDS), yearPeriodAt),
  gated(firstToken(false, THIS, MONTH_WORD, MONTHS, TWO_WORD_MONTHS), namedMonthAt),
  gated(firstToken(true), numericMonthAt),
  gated(firstToken(false, MONTH_PARTS), partAt),
  gated(firstToken(false, WEEK, LAST, ORDINALS), nthWeekAt),
  gated(firstToken(true, UNITS, NUMBER_WORDS), cyclesAt),
  gated(firstToken(false, WITHIN), withinAt),
  gated(firstToken(false, MONTH_WORD, HIJRI_MONTHS, HIJRI_TWO_WORD, HIJRI_DHU), hijriMonthPeriodAt),
  gated(YEARS_FIRST, longestOf(YEARS_RULES)),
];

/** The longest period at `i`. */
export const periodAt = memoized(longestOf(PERIOD_RULES));
