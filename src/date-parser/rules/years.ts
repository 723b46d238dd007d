/**
 * Years and spans of years: a bare year after في / خلال / منذ (في 2015), years written in words
 * (ألفين وعشرين, ألف وتسعمائة وتسعين, عشرين عشرين), ranges (2016-2019, عامي 2018 و2019),
 * decades (الثمانينيات, تسعينيات القرن الماضي) and decades counted from now (العقد المقبل).
 */
import type { Node } from '../ir.js';
import { NEXT, PAST } from '../arabic-words.js';
import { DECADES } from '../number-words.js';
import { digitYearAt, yearNumberAt, wordYearAt } from './year-numbers.js';
import { is, plainWordIn, wordIn, wordValue, type Tokens } from './words.js';
import { WORD } from '../tokens.js';

export interface YearsMatch {
  node: Node;
  end: number;
  tense?: 'past' | 'future';
}

/** Words after which a bare four-digit number is a year (في 2015, منذ 2011, بين 2016 و2019). */
const BEFORE_BARE_YEAR = new Set([
  'في',
  'خلال',
  'منذ',
  'حتي',
  'بحلول',
  'من',
  'بين',
  'و',
  'الي',
  'لغايه',
  'وفي',
  'قبل',
  'بعد',
]);
const DUAL_YEARS = new Set(['عامي', 'سنتي']);
const DECADE_WORD = new Set(['عقد']);
const CENTURY = new Set(['قرن']);
const TWENTIETH = new Set(['العشرين']);
const CURRENT_CENTURY = new Set(['الحالي', 'الجاري', 'الحادي']);

function yearsNode(from: number, to: number): Node {
  return { t: 'range', from: { t: 'year', year: from }, to: { t: 'year', year: to } };
}

/** في 2015, خلال 2020, بين 2016 و2019: a four-digit year after a word that makes it one. */
function bareYearAt(tokens: Tokens, i: number): YearsMatch | null {
  const year = digitYearAt(tokens, i);
  if (year === null || year < 1900 || year > 2100) return null;
  if (tokens.kind[i - 1] !== WORD || !BEFORE_BARE_YEAR.has(tokens.norm[i - 1]!)) return null;
  return { node: { t: 'year', year }, end: i + 1 };
}

/** في ألفين وعشرين: a year in words after في (with عام it is yearPeriodAt's). */
function bareWordYearAt(tokens: Tokens, i: number): YearsMatch | null {
  if (!is(tokens, i - 1, 'في')) return null;
  const year = wordYearAt(tokens, i);
  return year ? { node: { t: 'year', year: year.year }, end: year.end } : null;
}

/** 2016-2019, 2020 - 2025: two years joined by a dash, the later one second. */
function yearRangeAt(tokens: Tokens, i: number): YearsMatch | null {
  const from = digitYearAt(tokens, i);
  if (from === null || !is(tokens, i + 1, '-', '–', '—')) return null;
  const to = digitYearAt(tokens, i + 2);
  if (to === null || to <= from || to - from > 100) return null;
  // 2019-04-22 is a day: its parts are not years
  return { node: yearsNode(from, to), end: i + 3 };
}

/** عامي 2018 و2019, سنتي 2014 و2018. */
function dualYearsAt(tokens: Tokens, i: number): YearsMatch | null {
  if (!plainWordIn(tokens, i, DUAL_YEARS)) return null;
  const from = yearNumberAt(tokens, i + 1);
  if (!from || !is(tokens, from.end, 'و')) return null;
  const to = yearNumberAt(tokens, from.end + 1);
  if (!to || to.year <= from.year) return null;
  return { node: yearsNode(from.year, to.year), end: to.end };
}

/**
 * الثمانينيات, تسعينيات القرن الماضي, التسعينيات من القرن الماضي, ثمانينات القرن العشرين, عقد
 * التسعينيات (the parts of one, مطلع الثمانينيات, are period.ts's).
 */
export function decadeAt(tokens: Tokens, i: number): YearsMatch | null {
  const named = plainWordIn(tokens, i, DECADE_WORD) && !plainWordIn(tokens, i, DECADE_WORD)?.article ? i + 1 : i;
  const decade = wordValue(tokens, named, DECADES);
  if (!decade || decade.reading.prep !== '' || decade.reading.conj) return null;
  let end = named + 1;
  let century: 'past' | 'current' | undefined;
  const of = is(tokens, end, 'من') ? end + 1 : end;
  if (plainWordIn(tokens, of, CENTURY)) {
    const next = tokens.norm[of + 1];
    if (plainWordIn(tokens, of + 1, PAST)?.article || (next !== undefined && TWENTIETH.has(next))) century = 'past';
    else if (next !== undefined && CURRENT_CENTURY.has(next)) century = 'current';
    if (century) end = next === 'الحادي' && is(tokens, of + 2, 'والعشرين') ? of + 3 : of + 2;
  }
  // With the article or a century it is a decade; a bare ثمانينيات must be bound to one
  if (!decade.reading.article && century === undefined) return null;
  return { node: { t: 'decade', decade: decade.value, century }, end, tense: century === 'past' ? 'past' : undefined };
}

/** العقد المقبل (the next ten years), العقد الماضي (the last ten). */
function relativeDecadeAt(tokens: Tokens, i: number): YearsMatch | null {
  if (!wordIn(tokens, i, DECADE_WORD)?.article) return null;
  const next = plainWordIn(tokens, i + 1, NEXT)?.article;
  const past = plainWordIn(tokens, i + 1, PAST)?.article || is(tokens, i + 1, 'الاخير');
  if (!next && !past) return null;
  return {
    node: { t: 'cycles', unit: 'year', count: 10, dir: next ? 1 : -1 },
    end: i + 2,
    tense: next ? 'future' : 'past',
  };
}

export const YEARS_RULES: ReadonlyArray<(tokens: Tokens, i: number) => YearsMatch | null> = [
  bareYearAt,
  bareWordYearAt,
  yearRangeAt,
  dualYearsAt,
  decadeAt,
  relativeDecadeAt,
];
