/** Months and years: names in every regional series, شهر N, الشهر المقبل, years and their forms. */
import type { MonthRef } from '../ir.js';
import {
  CURRENT,
  HIJRI_DHU,
  HIJRI_DHU_MONTHS,
  HIJRI_FIRST,
  HIJRI_MONTHS,
  HIJRI_SECOND,
  HIJRI_TWO_WORD,
  MONTHS,
  MONTHS_NEEDING_CONTEXT,
  NEXT,
  PAST,
  THIS,
  TWO_WORD_MONTHS,
} from '../arabic-words.js';
import { numberAt } from '../numbers.js';
import { is, plainWordIn, wordIn, wordValue, type Tokens } from './words.js';
import { yearNumberAt } from './year-numbers.js';

export const MONTH_WORD = new Set(['شهر']);
const YEAR_WORDS = new Set(['عام', 'سنه']);
const SAME = new Set(['نفسه', 'ذاته']);
const ORDER_FIRST = new Set(['اول']);
const ORDER_SECOND = new Set(['ثاني']);

export interface MonthName {
  month: number;
  end: number;
  /** The name is an everyday word too (آب, مارس): a day number or شهر must vouch for it. */
  needsContext: boolean;
}

/** A Gregorian month name at `i`, one or two words, with its paired form (مارس/آذار). */
export function monthNameAt(tokens: Tokens, i: number): MonthName | null {
  const single = monthWordAt(tokens, i);
  if (!single) return null;
  let end = single.end;
  // The paired form: 3 مارس/آذار, مارس (آذار) or تشرين الثاني نوفمبر
  const paired = monthWordAt(tokens, is(tokens, end, '/', '(', '-') ? end + 1 : end);
  if (paired && paired.month === single.month) {
    end = paired.end;
    if (is(tokens, end, ')')) end++;
    return { month: single.month, end, needsContext: false };
  }
  return single;
}

function monthWordAt(tokens: Tokens, i: number): MonthName | null {
  const two = wordValue(tokens, i, TWO_WORD_MONTHS);
  if (two) {
    if (plainWordIn(tokens, i + 1, ORDER_FIRST)) return { month: two.value[0], end: i + 2, needsContext: false };
    if (plainWordIn(tokens, i + 1, ORDER_SECOND)) return { month: two.value[1], end: i + 2, needsContext: false };
    return null;
  }
  const one = wordValue(tokens, i, MONTHS);
  if (!one || one.reading.article) return null;
  return { month: one.value, end: i + 1, needsContext: MONTHS_NEEDING_CONTEXT.has(one.reading.stem) };
}

/** A Hijri month name at `i` (رمضان, ربيع الأول, ذي الحجة). */
export function hijriMonthAt(tokens: Tokens, i: number): { month: number; end: number; stem: string } | null {
  const one = wordValue(tokens, i, HIJRI_MONTHS);
  if (one && !one.reading.article) return { month: one.value, end: i + 1, stem: one.reading.stem };
  const two = wordValue(tokens, i, HIJRI_TWO_WORD);
  if (two) {
    if (plainWordIn(tokens, i + 1, HIJRI_FIRST)) return { month: two.value[0], end: i + 2, stem: two.reading.stem };
    if (plainWordIn(tokens, i + 1, HIJRI_SECOND)) return { month: two.value[1], end: i + 2, stem: two.reading.stem };
    return null;
  }
  if (wordIn(tokens, i, HIJRI_DHU)) {
    const dhu = wordValue(tokens, i + 1, HIJRI_DHU_MONTHS);
    if (dhu?.reading.article) return { month: dhu.value, end: i + 2, stem: 'ذو' };
  }
  return null;
}

/** A year: 2014, عام 2014, لعام 2014, من العام المقبل, السنة القادمة, هذه السنة. */
export function yearAt(tokens: Tokens, i: number): { year?: number; yearOffset?: number; end: number } | null {
  let j = i;
  if (is(tokens, j, 'من', 'في')) j++;
  const yearWord = wordIn(tokens, j, YEAR_WORDS);
  if (yearWord) {
    const year = yearNumberAt(tokens, j + 1);
    if (year) return { year: year.year, end: year.end };
    if (yearWord.article) {
      const offset = relativeOffset(tokens, j + 1);
      if (offset !== null) return { yearOffset: offset, end: j + 2 };
    }
    return null;
  }
  if (plainWordIn(tokens, j, THIS) && plainWordIn(tokens, j + 1, YEAR_WORDS)?.article)
    return { yearOffset: 0, end: j + 2 };
  // After a month a year may be any, as written (4 آب 1391), or in words (3 أيار ألفين وعشرين)
  const bare = yearNumberAt(tokens, j);
  return bare && { year: bare.year, end: bare.end };
}

/** -1, 0 or +1 for a relative word at `i` (الماضي, الجاري, المقبل), else null. */
export function relativeOffset(tokens: Tokens, i: number): number | null {
  if (plainWordIn(tokens, i, NEXT)?.article) return 1;
  if (plainWordIn(tokens, i, PAST)?.article) return -1;
  if (plainWordIn(tokens, i, CURRENT)?.article) return 0;
  return null;
}

export interface MonthRefMatch {
  ref: MonthRef;
  end: number;
  /** True when the month was stated so that it can stand alone as an expression. */
  standalone: boolean;
}

/**
 * A month reference at `i`: [شهر] NAME [الماضي|المقبل|الجاري] [year], شهر 3, الشهر التاسع,
 * الشهر المقبل, هذا الشهر, الشهر نفسه.
 */
export function monthRefAt(tokens: Tokens, i: number, mark?: string): MonthRefMatch | null {
  if (plainWordIn(tokens, i, THIS) && plainWordIn(tokens, i + 1, MONTH_WORD)?.article) {
    return { ref: { relMonths: 0 }, end: i + 2, standalone: true };
  }
  const monthWord = wordIn(tokens, i, MONTH_WORD);
  if (monthWord && monthWord.article) {
    const offset = relativeOffset(tokens, i + 1);
    if (offset !== null) return { ref: { relMonths: offset }, end: i + 2, standalone: true };
    if (wordIn(tokens, i + 1, SAME)) return { ref: { anaphoric: true }, end: i + 2, standalone: false };
    const ordinal = numberAt(tokens, i + 1);
    if (ordinal?.ordinal && ordinal.value <= 12) return withYear(tokens, { month: ordinal.value }, ordinal.end, true);
    // الرابع والعشرين من الشهر, آخر خميس من الشهر: the month the text is in (the one it named last, else this one)
    if (is(tokens, i - 1, 'من')) return { ref: { anaphoric: true }, end: i + 1, standalone: false };
    return null;
  }
  const start = monthWord ? i + 1 : i;
  const name = monthNameAt(tokens, start);
  if (name) {
    const ref: MonthRef = { month: name.month };
    let end = name.end;
    const rel = relativeOffset(tokens, end);
    if (rel !== null) {
      ref.monthRel = rel > 0 ? 'next' : rel < 0 ? 'past' : 'current';
      end++;
    }
    // 5. حزيران. 2019: the mark after the day comes again before the year
    if (mark && rel === null && is(tokens, end, mark) && yearAt(tokens, end + 1)) end++;
    return withYear(tokens, ref, end, !name.needsContext || monthWord !== null || rel !== null);
  }
  if (monthWord) {
    const number = numberAt(tokens, start);
    if (number && number.value >= 1 && number.value <= 12 && (number.digits === 0 || number.digits <= 2)) {
      return withYear(tokens, { month: number.value }, number.end, true);
    }
  }
  return null;
}

function withYear(tokens: Tokens, ref: MonthRef, end: number, standalone: boolean): MonthRefMatch {
  const year = yearAt(tokens, end);
  if (!year) return { ref, end, standalone };
  return { ref: { ...ref, year: year.year, yearOffset: year.yearOffset }, end: year.end, standalone: true };
}
