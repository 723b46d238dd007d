/**
 * Things that name one day: أمس, أول أمس, بعد غد, weekdays with المقبل / الماضي, day + month in
 * every naming, 29 الشهر الجاري, في 28 منه, ordinals, nth weekday of a month, Hijri dates,
 * numeric dates and holidays; days counted from another (قبل أسبوع) are shift.ts's.
 */
import type { MonthRef } from '../ir.js';
import type { DayMatch } from './day-match.js';
import { AGO, shiftAt } from './shift.js';
import { DAY_WORDS, MONTHS, THIS, TWO_WORD_MONTHS, WEEKDAYS, WEEKDAYS_NEEDING_ARTICLE } from '../arabic-words.js';
import { FIRST_OF_MONTH, ORDINALS } from '../number-words.js';
import { numberAt, type NumberMatch } from '../numbers.js';
import { hijriMonthAt, MONTH_WORD, monthNameAt, monthRefAt, relativeOffset, yearAt } from './month.js';
import { holidayAt } from './holiday.js';
import { numericDateAt } from './numeric-date.js';
import {
  comma,
  digitsIn,
  firstToken,
  gated,
  is,
  longestOf,
  memoized,
  NUMBER_WORDS,
  plainWordIn,
  skipOf,
  tight,
  wordIn,
  wordValue,
  type Tokens,
} from './words.js';
import { WORD } from '../tokens.js';

export type { DayMatch };

const DAY = new Set(['يوم']);
const WEEK = new Set(['اسبوع']);
const WHICH = new Set(['الذي', 'الي', 'اللي']);
const AFTER = new Set(['بعد']);
const BEFORE = new Set(['قبل']);
const FIRST = new Set(['اول']);
const LAST = new Set(['اخر', 'اخير', 'اخيره']);
const ANAPHORA = new Set(['منه']);
const AGREEING = new Set(['الموافق', 'الموافقه']);

/** Skips الموافق / الموافق لـ ("corresponding to"), which joins two names of one day. */
export function skipAgreeing(tokens: Tokens, j: number): number {
  if (!plainWordIn(tokens, j, AGREEING)) return j;
  return is(tokens, j + 1, 'ل') ? j + 2 : j + 1;
}

/** Day-of-month: digits 1..31 (one or two) or a number word. */
export function dayNumberAt(tokens: Tokens, i: number): NumberMatch | null {
  if (plainWordIn(tokens, i, FIRST_OF_MONTH)) {
    const of = skipOf(tokens, i + 1);
    return monthRefAt(tokens, of) || hijriMonthAt(tokens, of)
      ? { value: 1, end: i + 1, ordinal: true, digits: 0, conj: false }
      : null;
  }
  // والخامس عشر من تموز: a day in a list or a range carries و
  // ("الموافق للثالث من ماي": after الموافق the day may carry its ل)
  const n =
    numberAt(tokens, i) ??
    numberAt(tokens, i, true) ??
    (plainWordIn(tokens, i - 1, AGREEING) ? numberAt(tokens, i, false, 99, true) : null);
  if (!n || n.value < 1 || n.value > 31 || n.digits > 2) return null;
  return n;
}

const tenseOf = (rel: number | null): DayMatch['tense'] =>
  rel === null || rel === 0 ? undefined : rel > 0 ? 'future' : 'past';

function monthTense(ref: MonthRef): DayMatch['tense'] {
  if (ref.monthRel === 'past' || (ref.relMonths ?? 0) < 0) return 'past';
  if (ref.monthRel === 'next' || (ref.relMonths ?? 0) > 0) return 'future';
  return undefined;
}

/** أمس, اليوم, غداً, بعد غد, أول أمس, يوم غد, اليوم الذي بعد الغد, اليوم السابق... */
export function relativeDayAt(tokens: Tokens, i: number): DayMatch | null {
  let j = i;
  const yawm = wordIn(tokens, j, DAY);
  if (yawm) {
    j++;
    if (yawm.article) {
      const rel = relativeOffset(tokens, j);
      if (rel !== null) return { day: { kind: 'relDay', days: rel }, end: j + 1, tense: tenseOf(rel) };
      if (plainWordIn(tokens, j, WHICH)) j++;
    }
  }
  const word = wordValue(tokens, j, DAY_WORDS);
  if (word) {
    // "أمس الأول الاثنين": the day before yesterday, "first" after it as often as before it (أول أمس).
    // ("أمس الأول من نوعه", "أمس الأول من ديسمبر": the first of something, yesterday)
    const dayBefore =
      word.value === -1 && plainWordIn(tokens, j + 1, FIRST)?.article === true && !is(tokens, j + 2, 'من');
    return withWeekday(tokens, {
      day: { kind: 'relDay', days: dayBefore ? -2 : word.value },
      end: dayBefore ? j + 2 : j + 1,
      tense: word.value < 0 ? 'past' : 'future',
    });
  }
  // ("أول أمس الاثنين", "بعد غد الخميس": the weekday is taken in here too.)
  const shifted = beforeAfterAt(tokens, j);
  if (shifted) return withWeekday(tokens, shifted);
  if (yawm?.article) {
    // اليوم الأخير من أعمال اللجنة, اليوم الثالث للقمة: a day of something else, not today; nor "اليوم نفسه", the same day
    if (plainWordIn(tokens, j, LAST)?.article || wordValue(tokens, j, ORDINALS)?.reading.article) return null;
    if (is(tokens, j, 'نفسه', 'ذاته')) return null;
    return withWeekday(tokens, { day: { kind: 'relDay', days: 0 }, end: i + 1 });
  }
  if (plainWordIn(tokens, i, THIS) && plainWordIn(tokens, i + 1, DAY)?.article)
    return { day: { kind: 'relDay', days: 0 }, end: i + 2 };
  return null;
}

/** "غداً الأربعاء", "اليوم الثلاثاء", "أمس الاثنين": news names the day twice; the weekday is taken in. */
function withWeekday(tokens: Tokens, m: DayMatch): DayMatch {
  const name = weekdayNameAt(tokens, m.end, true);
  return name?.article ? { ...m, end: name.end } : m;
}

/** بعد غد (+2), أول أمس / أول من أمس / قبل أمس / القبل البارحة (-2). */
function beforeAfterAt(tokens: Tokens, j: number): DayMatch | null {
  if (wordIn(tokens, j, AFTER)) {
    const next = wordValue(tokens, j + 1, DAY_WORDS);
    if (next && next.value > 0) return { day: { kind: 'relDay', days: 2 }, end: j + 2, tense: 'future' };
    return null;
  }
  if (wordIn(tokens, j, FIRST) || wordIn(tokens, j, BEFORE)) {
    const k = is(tokens, j + 1, 'من') ? j + 2 : j + 1;
    const prev = wordValue(tokens, k, DAY_WORDS);
    if (prev && prev.value < 0) return { day: { kind: 'relDay', days: -2 }, end: k + 1, tense: 'past' };
  }
  return null;
}

interface WeekdayMatch {
  weekday: number;
  end: number;
  article: boolean;
}

/** A weekday name at `i`; names that are also common words need the article or `strict = false`. */
function weekdayNameAt(tokens: Tokens, i: number, strict: boolean): WeekdayMatch | null {
  const found = wordValue(tokens, i, WEEKDAYS);
  if (!found) return null;
  if (strict && !found.reading.article && WEEKDAYS_NEEDING_ARTICLE.has(found.reading.stem)) return null;
  // "يوم واحد" is one day, not "and Sunday".
  if (found.reading.conj && !found.reading.article && found.reading.stem === 'احد') return null;
  return { weekday: found.value, end: i + 1, article: found.reading.article };
}

/** الأسبوع الماضي / هذا الأسبوع / من الأسبوع الحالي after a weekday: the week offset. */
function weekOfAt(tokens: Tokens, i: number): { offset: number; end: number } | null {
  let j = is(tokens, i, 'من') ? i + 1 : i;
  if (plainWordIn(tokens, j, THIS) && plainWordIn(tokens, j + 1, WEEK)?.article) return { offset: 0, end: j + 2 };
  const week = plainWordIn(tokens, j, WEEK);
  if (!week?.article) return null;
  j++;
  const rel = relativeOffset(tokens, j);
  if (rel === null) return null;
  return { offset: rel, end: j + 1 };
}

/**
 * [يوم] [هذا] WEEKDAY [المقبل | الماضي | الأسبوع الماضي | من هذا الأسبوع]. Remembered a position:
 * the day rules ask it twice there (alone, and before a date).
 */
export const weekdayAt = memoized((tokens: Tokens, i: number): DayMatch | null => {
  let j = i;
  const yawm = wordIn(tokens, j, DAY);
  if (yawm && !yawm.article) j++;
  let rel: 'next' | 'past' | 'this' | undefined;
  if (plainWordIn(tokens, j, THIS)) {
    rel = 'this';
    j++;
  }
  const week = weekOfAt(tokens, j + 1);
  const name = weekdayNameAt(tokens, j, !yawm && !week);
  if (!name) return null;
  if (!name.article && !yawm && !week && rel === undefined) {
    // Bare أربعاء / خميس: only a weekday with the article, يوم, or الأسبوع after it
    return null;
  }
  if (week)
    return {
      day: { kind: 'weekday', weekday: name.weekday, weekOffset: week.offset },
      end: week.end,
      tense: tenseOf(week.offset),
    };
  const after = relativeOffset(tokens, name.end);
  if (after !== null && rel === undefined) {
    rel = after > 0 ? 'next' : after < 0 ? 'past' : 'this';
    return { day: { kind: 'weekday', weekday: name.weekday, rel }, end: name.end + 1, tense: tenseOf(after) };
  }
  return { day: { kind: 'weekday', weekday: name.weekday, rel }, end: name.end };
});

/** Weekday followed by its date: الاثنين 18 شباط, الخميس الموافق 14 شهر شباط, السبت السادس عشر. */
function weekdayWithDateAt(tokens: Tokens, i: number): DayMatch | null {
  const wd = weekdayAt(tokens, i);
  if (!wd || wd.day.kind !== 'weekday' || wd.day.rel === 'past' || wd.day.weekOffset !== undefined) return null;
  const weekday = wd.day.weekday;
  let j = wd.end;
  if (comma(tokens, j)) j++;
  j = skipAgreeing(tokens, j);
  if (is(tokens, j, 'في')) j++;
  // (a headline's last word and the date line under it are two things: "… يبدأ الأحد\n\n3-6-2023")
  if (tokens.sentence[j] !== tokens.sentence[wd.end - 1]) return null;
  const nth = nthOfMonthAfterWeekday(tokens, j, weekday);
  if (nth) return nth;
  const date = dateAt(tokens, j) ?? numericDateAt(tokens, j);
  if (date && date.day.kind === 'date') return { day: { ...date.day, weekday }, end: date.end, tense: date.tense };
  if (date && date.day.kind === 'hijri') return date;
  // السبت السادس عشر [من هذا الشهر], الخميس في 18, يوم الأحد 21 (digits: not "in 3 cities")
  const n = dayNumberAt(tokens, j);
  const alone = n !== null && n.digits > 0 && tokens.kind[n.end] !== WORD;
  if (n && ((n.ordinal && n.value > 5) || alone)) {
    const of = skipOf(tokens, n.end);
    const month = monthRefAt(tokens, of);
    if (month && is(tokens, n.end, 'من'))
      return { day: { kind: 'date', day: n.value, month: month.ref, weekday }, end: month.end };
    return { day: { kind: 'dayOfMonth', day: n.value, weekday }, end: n.end };
  }
  return null;
}

/** WEEKDAY ORDINAL من MONTH (الخميس الأول من شهر آذار, الاثنين الأخير من شهر ثلاثة). */
function nthOfMonthAfterWeekday(tokens: Tokens, j: number, weekday: number): DayMatch | null {
  let n: number | null = null;
  let k = j;
  if (wordIn(tokens, k, LAST)?.article) {
    n = -1;
    k++;
  } else {
    const ord = numberAt(tokens, k);
    if (ord?.ordinal && ord.value <= 5) {
      n = ord.value;
      k = ord.end;
    }
  }
  if (n === null) return null;
  const month = monthRefAt(tokens, skipOf(tokens, k));
  if (!month) return null;
  // "الخميس الرابع من آذار" may also be Thursday 4 March: resolve.ts prefers the date when it fits
  return { day: { kind: 'nthWeekday', n, weekday, month: month.ref }, end: month.end, tense: monthTense(month.ref) };
}

/** ORDINAL [يوم] WEEKDAY من MONTH, آخر WEEKDAY من MONTH, ثالث ثلاثاء بعد كريسماس. */
function nthWeekdayAt(tokens: Tokens, i: number): DayMatch | null {
  let n: number;
  let k: number;
  if (wordIn(tokens, i, LAST) && !wordIn(tokens, i, LAST)?.article) {
    n = -1;
    k = i + 1;
  } else {
    const ord = numberAt(tokens, i);
    if (!ord?.ordinal || ord.value > 5) return null;
    n = ord.value;
    k = ord.end;
  }
  if (plainWordIn(tokens, k, DAY) && !plainWordIn(tokens, k, DAY)?.article) k++;
  const name = weekdayNameAt(tokens, k, false);
  if (!name) return null;
  k = name.end;
  if (wordIn(tokens, k, AFTER)) {
    const after = dayAt(tokens, k + 1);
    if (after) return { day: { kind: 'nthWeekdayAfter', n, weekday: name.weekday, after: after.day }, end: after.end };
    return null;
  }
  const month = monthRefAt(tokens, skipOf(tokens, k));
  if (!month) return null;
  return {
    day: { kind: 'nthWeekday', n, weekday: name.weekday, month: month.ref },
    end: month.end,
    tense: monthTense(month.ref),
  };
}

/** الجاري, الحالي after a day number: of this month. */
const MONTH_NOW = new Set(['جاري', 'حالي']);

/** آخر يوم من MONTH, اليوم الأخير من MONTH. */
function lastDayAt(tokens: Tokens, i: number): DayMatch | null {
  let k: number;
  if (wordIn(tokens, i, LAST) && plainWordIn(tokens, i + 1, DAY) && !plainWordIn(tokens, i + 1, DAY)?.article)
    k = i + 2;
  else if (plainWordIn(tokens, i, DAY)?.article && plainWordIn(tokens, i + 1, LAST)?.article) k = i + 2;
  else return null;
  const month = monthRefAt(tokens, skipOf(tokens, k));
  if (!month) return null;
  return { day: { kind: 'lastDayOfMonth', month: month.ref }, end: month.end, tense: monthTense(month.ref) };
}

/**
 * Day and month: 14 شباط, الرابع عشر من شباط, 29 الشهر الجاري, اليوم الثالث من اكتوبر,
 * ثالث يوم من شهر عشرة, في 28 منه, تموز 13, 5 رمضان 1441. Remembered a position: a weekday asks
 * it of the word after it, which is asked again in its turn.
 */
export const dateAt = memoized((tokens: Tokens, i: number): DayMatch | null => {
  let j = i;
  const yawm = plainWordIn(tokens, j, DAY);
  if (yawm?.article) j++;
  const n = dayNumberAt(tokens, j);
  if (n) {
    let k = n.end;
    if (n.ordinal && !yawm && plainWordIn(tokens, k, DAY) && !plainWordIn(tokens, k, DAY)?.article) k++;
    if (wordIn(tokens, k, ANAPHORA))
      return { day: { kind: 'date', day: n.value, month: { anaphoric: true } }, end: k + 1 };
    // في 29 الجاري: the current month, as news writes it without الشهر (masculine, as الشهر is:
    // الجولة 14 الحالية is a round of talks)
    if (plainWordIn(tokens, k, MONTH_NOW)?.article && !is(tokens, j - 1, 'القرن'))
      return { day: { kind: 'date', day: n.value, month: { relMonths: 0 } }, end: k + 1 };
    const hijri = hijriDateAt(tokens, k, n.value);
    if (hijri) return hijri;
    // 5. حزيران. 2019, 3- تموز: a mark after the day number
    const mark = n.digits > 0 && tight(tokens, k, '.', '-') ? tokens.norm[k]! : null;
    if (mark) k++;
    // "والثاني في تموز 2020" (the second [meeting] in July): a day in words takes its month by من, not في.
    const monthFrom = n.digits === 0 && is(tokens, k, 'في') ? k : skipOf(tokens, k);
    const month = monthRefAt(tokens, monthFrom, mark ?? undefined);
    if (month && (month.ref.month !== undefined || month.ref.relMonths !== undefined || month.ref.anaphoric)) {
      if (yawm && !n.ordinal) return null;
      return { day: { kind: 'date', day: n.value, month: month.ref }, end: month.end, tense: monthTense(month.ref) };
    }
    return null;
  }
  if (yawm) return null;
  // تموز 13 [2013]: the month first (the day as digits, never a clock time)
  const name = monthNameAt(tokens, i);
  if (!name) return null;
  const day = digitsIn(tokens, name.end, 1, 31);
  if (day === null || tokens.norm[name.end]!.length > 2 || tight(tokens, name.end + 1, ':')) return null;
  const year = yearAt(tokens, name.end + 1);
  const month: MonthRef = year
    ? { month: name.month, year: year.year, yearOffset: year.yearOffset }
    : { month: name.month };
  return { day: { kind: 'date', day, month }, end: year ? year.end : name.end + 1 };
});

/** DAY [من [شهر]] HIJRI-MONTH [YEAR [هـ]]: 14 رمضان, الأول من شهر رمضان. */
function hijriDateAt(tokens: Tokens, k: number, day: number): DayMatch | null {
  const of = is(tokens, k, 'من') ? (plainWordIn(tokens, k + 1, MONTH_WORD) ? k + 2 : k + 1) : k;
  const month = hijriMonthAt(tokens, of);
  if (!month) return null;
  let end = month.end;
  const year = digitsIn(tokens, end, 1300, 1600);
  let hijriYear: number | undefined;
  if (year !== null) {
    hijriYear = year;
    end++;
    if (is(tokens, end, 'ه', 'هـ', 'هجري', 'هجريه', 'للهجره')) end++;
  }
  return { day: { kind: 'hijri', day, month: month.month, year: hijriYear }, end };
}

const DAY_RULES: ReadonlyArray<(tokens: Tokens, i: number) => DayMatch | null> = [
  gated(firstToken(false, DAY_WORDS, THIS, ['يوم', 'بعد', 'اول', 'قبل']), relativeDayAt),
  gated(firstToken(false, WEEKDAYS, THIS, ['يوم']), weekdayAt),
  gated(firstToken(false, WEEKDAYS, THIS, ['يوم']), weekdayWithDateAt),
  gated(firstToken(false, LAST, ORDINALS), nthWeekdayAt),
  gated(firstToken(false, LAST, ['يوم']), lastDayAt),
  gated(firstToken(true, NUMBER_WORDS, FIRST_OF_MONTH, MONTHS, TWO_WORD_MONTHS, ['يوم']), dateAt),
  gated(firstToken(true), numericDateAt),
  gated(firstToken(false, ['عيد', 'كريسماس', 'كريسمس', 'راس', 'المولد', 'عاشوراء', 'عاشورا']), holidayAt),
  gated(firstToken(false, AGO, AFTER, ['من']), shiftAt),
];

/** The longest day expression at `i`. */
export const dayAt = memoized(longestOf(DAY_RULES));
