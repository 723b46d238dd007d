/**
 * Clock times: الساعة العاشرة صباحاً, 10:30, ١٠:٣٠ مساءً, الثالثة وربع, الخامسة إلا ثلث,
 * الساعة 3 و18 دقيقة; parts of the day (صباحاً, بعد الظهر, هذه الليلة, صباح اليوم) and
 * zones (بتوقيت دمشق, بتوقيت GMT, ت.غ).
 */
import type { DaySpec, Match, TimeSpec } from '../ir.js';
import { PODS, THIS, UTC, ZONES, type Pod } from '../arabic-words.js';
import { CARDINALS, ORDINALS } from '../number-words.js';
import { numberAt } from '../numbers.js';
import { dayAt } from './day.js';
import { digitsIn, firstToken, is, memoized, plainWordIn, tight, wordIn, wordValue, type Tokens } from './words.js';
import { LATIN, NUMBER, WORD } from '../tokens.js';

const HOUR_WORD = new Set(['ساعه']);
const MINUTES = new Set(['دقيقه', 'دقايق', 'دقائق']);
const QUARTER = new Set(['ربع', 'ربعا']);
const HALF = new Set(['نصف', 'نص']);
const THIRD = new Set(['ثلث', 'ثلثا']);
const EXCEPT = new Set(['الا']);
const AFTER = new Set(['بعد']);
const BEFORE = new Set(['قبل']);
const AFTER_OR_BEFORE = new Set(['بعد', 'قبل']);
/** منتصف النهار (noon), منتصف الليل (midnight). */
const MIDDLE = new Set(['منتصف']);
const MIDDLES: ReadonlyMap<string, Pod> = new Map([
  ['النهار', 'noon'],
  ['الليل', 'night'],
]);
const TIMING = new Set(['توقيت']);
const LOCAL = new Set(['محلي']);
const UNIVERSAL = new Set(['عالمي']);
const COORDINATED = new Set(['منسق']);

export interface PodMatch {
  pod: Pod;
  end: number;
  /** صباح اليوم, مساء الخميس: the day the part belongs to. */
  day?: DaySpec;
  /** Written as a noun with the article or هذه (الليلة, هذا الصباح): it can stand alone. */
  standalone: boolean;
}

/** Words after بعد / قبل that name a part of the day. */
const AFTER_POD: ReadonlyMap<string, Pod> = new Map([
  ['ظهر', 'afternoon'],
  ['ظهيره', 'afternoon'],
  ['عصر', 'afternoon'],
  ['مغرب', 'evening'],
]);
const BEFORE_POD: ReadonlyMap<string, Pod> = new Map([
  ['ظهر', 'morning'],
  ['مغرب', 'afternoon'],
  ['عصر', 'noon'],
]);

/** A part of the day at `i`. */
const POD_FIRST = firstToken(false, PODS, THIS, ['بعد', 'قبل', 'من']);

export const podAt = memoized((tokens: Tokens, i: number): PodMatch | null => {
  if (!POD_FIRST(tokens, i)) return null;
  // من بعد ظهر اليوم: من before بعد / قبل adds nothing
  const k = is(tokens, i, 'من') && wordIn(tokens, i + 1, AFTER_OR_BEFORE) ? i + 1 : i;
  const beforeAfter = wordIn(tokens, k, AFTER) ? AFTER_POD : wordIn(tokens, k, BEFORE) ? BEFORE_POD : null;
  if (beforeAfter) return beforeAfterPodAt(tokens, k, beforeAfter);
  let j = i;
  const demonstrative = plainWordIn(tokens, j, THIS) !== null;
  if (demonstrative) j++;
  const from = !demonstrative && is(tokens, j, 'من');
  if (from) j++;
  const word = wordValue(tokens, j, PODS);
  if (!word || word.reading.prep !== '') return null;
  if (demonstrative) return word.reading.article ? { pod: word.value, end: j + 1, standalone: true } : null;
  if (!word.reading.article) {
    // صباح اليوم, مساء الخميس, ليلة أمس: the noun is bound to a day
    const day = dayAt(tokens, j + 1);
    if (day && day.day.kind !== 'shift') return { pod: word.value, end: day.end, day: day.day, standalone: true };
    if (from || word.reading.stem === 'ليله') return null;
    return { pod: word.value, end: j + 1, standalone: false };
  }
  if (from) return null;
  return { pod: word.value, end: j + 1, standalone: word.reading.stem === 'ليله' };
});

/** بعد الظهر, قبل المغرب; bound to a day: بعد ظهر اليوم, بعد ظهر الخميس. */
function beforeAfterPodAt(tokens: Tokens, k: number, table: ReadonlyMap<string, Pod>): PodMatch | null {
  if (tokens.kind[k + 1] !== WORD) return null;
  const next = tokens.norm[k + 1]!;
  if (next.startsWith('ال')) {
    const pod = table.get(next.slice(2));
    return pod ? { pod, end: k + 2, standalone: false } : null;
  }
  const pod = table.get(next);
  const day = pod ? dayAt(tokens, k + 2) : null;
  return pod && day && day.day.kind !== 'shift' ? { pod, end: day.end, day: day.day, standalone: true } : null;
}

/** The fractions of an hour said after it (made once: one list a call was garbage at every hour word). */
const FRACTIONS: ReadonlyArray<readonly [ReadonlySet<string>, number]> = [
  [QUARTER, 15],
  [HALF, 30],
  [THIRD, 20],
];

/** وربع, ونصف, وثلث, و18 دقيقة, وخمس وأربعون دقيقة, إلا ربعاً, إلا ثلث, إلا 10 دقائق. */
function minutesAt(tokens: Tokens, i: number): { minute: number; minus: boolean; end: number } | null {
  if (wordIn(tokens, i, EXCEPT)) {
    if (wordIn(tokens, i + 1, QUARTER)) return { minute: 15, minus: true, end: i + 2 };
    if (wordIn(tokens, i + 1, THIRD)) return { minute: 20, minus: true, end: i + 2 };
    const n = numberAt(tokens, i + 1);
    if (n && n.value > 0 && n.value < 60) return { minute: n.value, minus: true, end: skipMinuteWord(tokens, n.end) };
    return null;
  }
  let j = i;
  const apart = is(tokens, j, 'و');
  if (apart) j++;
  if (tokens.kind[j] !== WORD && !apart) return null;
  for (const [set, minute] of FRACTIONS) {
    const r = wordIn(tokens, j, set);
    if (r && r.conj !== apart && r.prep === '') return { minute, minus: false, end: j + 1 };
  }
  const n = numberAt(tokens, j, !apart);
  if (!n || n.value >= 60 || n.ordinal) return null;
  // A number under ten after و needs دقيقة: "بين الساعة 2 و4" is a range of hours, not 2:04
  const end = skipMinuteWord(tokens, n.end);
  return end > n.end || n.value >= 10 ? { minute: n.value, minus: false, end } : null;
}

function skipMinuteWord(tokens: Tokens, i: number): number {
  return plainWordIn(tokens, i, MINUTES) ? i + 1 : i;
}

export interface TimeMatch {
  time: TimeSpec;
  end: number;
  /** A day the part of the day named (الساعة العاشرة صباح الخميس). */
  day?: DaySpec;
}

/** A clock time at `i` (ال: the الـ of عند الـ7, written with a tatweel). */
const TIME_FIRST = firstToken(true, HOUR_WORD, ORDINALS, CARDINALS, MIDDLE, ['ال']);

/** Token `k` is two digits of minutes or seconds (00-59). */
function twoDigits(tokens: Tokens, k: number): boolean {
  return digitsIn(tokens, k, 0, 59) !== null && tokens.norm[k]!.length === 2;
}

/** Hours and minutes written in digits: 10:30, 19,00 (Gulf copy), 15.30, 0700 and 2000 (wire copy). */
function digitClockAt(
  tokens: Tokens,
  j: number,
  saa: boolean,
): { hour: number; minute: number; second: number; grain: TimeSpec['grain']; explicit24: boolean; end: number } | null {
  if (tokens.kind[j] !== NUMBER) return null;
  const firstNorm = tokens.norm[j]!;
  const firstValue = tokens.value[j]!;
  if (firstNorm.length === 4) {
    // 0700, 2000: a clock time only with الساعة or a zone after it (else a year or a count)
    const hour = Math.floor(firstValue / 100);
    const minute = firstValue % 100;
    if (hour > 23 || minute > 59 || !(saa || zoneAt(tokens, j + 1))) return null;
    return { hour, minute, second: 0, grain: 'minute', explicit24: true, end: j + 1 };
  }
  if (firstNorm.length > 2 || firstValue > 24) return null;
  const hour = firstValue;
  if (!(tight(tokens, j + 1, ':', ',', '.') && twoDigits(tokens, j + 2) && tokens.spaced[j + 2] === 0))
    return { hour, minute: 0, second: 0, grain: 'hour', explicit24: hour > 12 || hour === 0, end: j + 1 };
  // 19,00 and 15.30 only as a clock time said so (الساعة, a zone or a part of the day after it):
  // "3,50" is a number, "15.03" a day and a month
  if (!is(tokens, j + 1, ':') && !saa && !zoneAt(tokens, j + 3) && !podAt(tokens, j + 3)) return null;
  const minute = tokens.value[j + 2]!;
  const explicit24 = hour > 12 || hour === 0 || (firstNorm.length === 2 && firstNorm.startsWith('0'));
  if (tight(tokens, j + 3, ':') && twoDigits(tokens, j + 4))
    return { hour, minute, second: tokens.value[j + 4]!, grain: 'second', explicit24, end: j + 5 };
  return { hour, minute, second: 0, grain: 'minute', explicit24, end: j + 3 };
}

export const timeAt = memoized((tokens: Tokens, i: number): TimeMatch | null => {
  if (!TIME_FIRST(tokens, i)) return null;
  if (plainWordIn(tokens, i, MIDDLE)) {
    // منتصف النهار, منتصف الليل
    const pod = tokens.kind[i + 1] === WORD ? MIDDLES.get(tokens.norm[i + 1]!) : undefined;
    if (!pod) return null;
    return { time: { hour: 12, minute: 0, second: 0, grain: 'hour', explicit24: false, pod }, end: i + 2 };
  }
  let j = i;
  const saa = plainWordIn(tokens, j, HOUR_WORD) !== null;
  if (saa) j++;
  // الـ7 (عند الـ7, الساعة الـ11): the article on a number; alone it is rather "the 7th" (القمة الـ30)
  const article = is(tokens, j, 'ال') && tokens.kind[j + 1] === NUMBER && tokens.spaced[j + 1] === 0;
  if (article) j++;
  const after = saa || (article && is(tokens, i - 1, 'عند'));
  let hour: number;
  let minute = 0;
  let second = 0;
  let grain: TimeSpec['grain'] = 'hour';
  let explicit24 = false;
  let minus: number | undefined;
  const numeric = tokens.kind[j] === NUMBER;
  if (numeric) {
    const digits = digitClockAt(tokens, j, saa);
    if (!digits) return null;
    ({ hour, minute, second, grain, explicit24 } = digits);
    j = digits.end;
    if (grain === 'hour' && !after && !podAt(tokens, j)) return null; // a bare number is no time
  } else if (article) {
    return null;
  } else {
    const word = numberAt(tokens, j, false, 12, true);
    if (!word || word.value < 1 || word.value > 12) return null;
    hour = word.value;
    j = word.end;
  }
  if (grain === 'hour') {
    const m = minutesAt(tokens, j);
    if (m) {
      minute = m.minus ? 0 : m.minute;
      if (m.minus) minus = m.minute;
      grain = 'minute';
      j = m.end;
      // الثانية والنصف وخمس دقائق, الثانية والنصف إلا خمس دقائق
      const more = m.minus ? null : extraMinutesAt(tokens, j);
      if (more) {
        minute += more.minutes;
        j = more.end;
      }
    }
  }
  const pod = podAt(tokens, j);
  // عند الرابعة, في الرابعة إلا ربعاً: an hour said as an ordinal after عند, or with its minutes after في, is a clock time
  const told = !numeric && (is(tokens, i - 1, 'عند') || (grain === 'minute' && is(tokens, i - 1, 'في', 'تمام')));
  if (!after && !pod && !told && !(numeric && grain !== 'hour')) return null;
  if (pod) j = pod.end;
  const time: TimeSpec = { hour, minute, second, grain, explicit24, pod: pod?.pod, minus };
  return { time, end: j, day: pod?.day };
});

/** After a fraction of the hour: و / إلا a count of minutes with its word (وخمس دقائق). */
function extraMinutesAt(tokens: Tokens, i: number): { minutes: number; end: number } | null {
  const minus = wordIn(tokens, i, EXCEPT) !== null;
  const n = minus
    ? numberAt(tokens, i + 1)
    : (numberAt(tokens, i, true) ?? (is(tokens, i, 'و') ? numberAt(tokens, i + 1) : null));
  if (!n || n.ordinal || n.value >= 30 || !plainWordIn(tokens, n.end, MINUTES)) return null;
  return { minutes: minus ? -n.value : n.value, end: n.end + 1 };
}

/**
 * The zone named after an expression (الساعة العاشرة بتوقيت دمشق), and the day after that zone:
 * "الساعة التاسعة بتوقيت غرينتش من صباح غد السبت" is nine on Saturday morning, GMT.
 */
export function withZone(tokens: Tokens, match: Match): void {
  const zone = zoneAt(tokens, match.end);
  if (!zone) return;
  match.zone = zone.zone;
  match.end = zone.end;
  const pod = match.node.t === 'time' ? podAt(tokens, zone.end) : null;
  if (match.node.t === 'time' && pod?.day) {
    match.node = { t: 'day', day: pod.day, time: { ...match.node.time, pod: match.node.time.pod ?? pod.pod } };
    match.end = pod.end;
  }
}

/** بتوقيت دمشق, بتوقيت مكة المكرمة, بتوقيت GMT, بالتوقيت المحلي ('local'), ت.غ. */
export function zoneAt(tokens: Tokens, i: number): { zone: string; end: number } | null {
  if (is(tokens, i, 'ت') && (is(tokens, i + 1, 'غ') || (is(tokens, i + 1, '.') && is(tokens, i + 2, 'غ')))) {
    return { zone: UTC, end: is(tokens, i + 1, 'غ') ? i + 2 : i + 3 };
  }
  const timing = wordIn(tokens, i, TIMING);
  if (!timing) {
    const latin = tokens.kind[i] === LATIN ? tokens.norm[i] : undefined;
    if (latin === 'gmt' || latin === 'utc') return { zone: UTC, end: i + 1 };
    return null;
  }
  if (timing.article) {
    if (plainWordIn(tokens, i + 1, LOCAL)?.article) return { zone: 'local', end: i + 2 };
    // بالتوقيت العالمي [المنسق]: UTC
    if (!plainWordIn(tokens, i + 1, UNIVERSAL)?.article) return null;
    return { zone: UTC, end: plainWordIn(tokens, i + 2, COORDINATED)?.article ? i + 3 : i + 2 };
  }
  const a = tokens.norm[i + 1];
  const aKind = tokens.kind[i + 1];
  if (a !== undefined && tokens.kind[i + 2] === WORD) {
    const two = ZONES.get(`${a} ${tokens.norm[i + 2]!}`);
    if (two) return { zone: two, end: i + 3 };
  }
  if (a === undefined || (aKind !== WORD && aKind !== LATIN)) return null;
  const one = ZONES.get(a) ?? ZONES.get(a.startsWith('ال') ? a.slice(2) : `ال${a}`);
  if (!one) return null;
  // بتوقيت مكة المكرمة: the epithet belongs to the name; بتوقيت ليبيا المحلي says it twice
  let end = is(tokens, i + 2, 'المكرمه', 'المنوره') ? i + 3 : i + 2;
  if (plainWordIn(tokens, end, LOCAL)?.article) end++;
  return { zone: one, end };
}
