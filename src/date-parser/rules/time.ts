/**
 * Clock times: الساعة العاشرة صباحاً, 10:30, ١٠:٣٠ مساءً, الثالثة وربع, الخامسة إلا ثلث,
 * الساعة 3 و18 دقيقة; parts of the day (صباحاً, بعد الظهر, هذه الليلة, صباح اليوم) and
 * zones (بتوقيت دمشق, بتوقيت GMT, ت.غ).
 */
import type { DaySpec, TimeSpec } from '../ir.js';
import { CARDINALS, ORDINALS, PODS, THIS, ZONES, type Pod } from '../arabic-words.js';
import { numberAt } from '../numbers.js';
import { dayAt } from './day.js';
import { digitsIn, firstToken, is, memoized, plainWordIn, tight, wordIn, wordValue, type Tokens } from './words.js';

const HOUR_WORD = new Set(['ساعه']);
const MINUTES = new Set(['دقيقه', 'دقايق', 'دقائق']);
const QUARTER = new Set(['ربع', 'ربعا']);
const HALF = new Set(['نصف', 'نص']);
const THIRD = new Set(['ثلث', 'ثلثا']);
const EXCEPT = new Set(['الا']);
const AFTER = new Set(['بعد']);
const BEFORE = new Set(['قبل']);
const TIMING = new Set(['توقيت']);
const LOCAL = new Set(['محلي']);

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
  const beforeAfter = wordIn(tokens, i, AFTER) ? AFTER_POD : wordIn(tokens, i, BEFORE) ? BEFORE_POD : null;
  if (beforeAfter) {
    const next = tokens[i + 1];
    const pod = next?.kind === 'word' && next.norm.startsWith('ال') ? beforeAfter.get(next.norm.slice(2)) : undefined;
    return pod ? { pod, end: i + 2, standalone: false } : null;
  }
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
  const token = tokens[j];
  if (token?.kind !== 'word' && !apart) return null;
  const fractions: Array<[ReadonlySet<string>, number]> = [
    [QUARTER, 15],
    [HALF, 30],
    [THIRD, 20],
  ];
  for (const [set, minute] of fractions) {
    const r = wordIn(tokens, j, set);
    if (r && r.conj !== apart && r.prep === '') return { minute, minus: false, end: j + 1 };
  }
  const n = numberAt(tokens, j, !apart);
  if (!n || n.value >= 60 || n.ordinal) return null;
  // Digits after و need دقيقة unless the hour was said with الساعة (الساعة 3 و15 دقيقة)
  return { minute: n.value, minus: false, end: skipMinuteWord(tokens, n.end) };
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

/** A clock time at `i`. */
const TIME_FIRST = firstToken(true, HOUR_WORD, ORDINALS, CARDINALS);

export const timeAt = memoized((tokens: Tokens, i: number): TimeMatch | null => {
  if (!TIME_FIRST(tokens, i)) return null;
  let j = i;
  const saa = plainWordIn(tokens, j, HOUR_WORD);
  if (saa) j++;
  let hour: number;
  let minute = 0;
  let second = 0;
  let grain: TimeSpec['grain'] = 'hour';
  let explicit24 = false;
  let minus: number | undefined;
  const first = tokens[j];
  if (first?.kind === 'number') {
    if (first.norm.length > 2 || first.value > 24) return null;
    hour = first.value;
    j++;
    if (tight(tokens, j, ':') && digitsIn(tokens, j + 1, 0, 59) !== null && tokens[j + 1]!.norm.length === 2) {
      minute = tokens[j + 1]!.value;
      grain = 'minute';
      explicit24 = hour > 12 || hour === 0 || (first.norm.length === 2 && first.norm.startsWith('0'));
      j += 2;
      if (tight(tokens, j, ':') && digitsIn(tokens, j + 1, 0, 59) !== null && tokens[j + 1]!.norm.length === 2) {
        second = tokens[j + 1]!.value;
        grain = 'second';
        j += 2;
      }
    } else if (!saa && !podAt(tokens, j)) {
      return null; // a bare number is no time
    }
    explicit24 ||= hour > 12 || hour === 0;
  } else {
    const word = numberAt(tokens, j, false, 12);
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
    }
  }
  const pod = podAt(tokens, j);
  const numeric = first?.kind === 'number';
  if (!saa && !pod && !(numeric && grain !== 'hour')) return null;
  if (pod) j = pod.end;
  const time: TimeSpec = { hour, minute, second, grain, explicit24, pod: pod?.pod, minus };
  return { time, end: j, day: pod?.day };
});

/** بتوقيت دمشق, بتوقيت مكة المكرمة, بتوقيت GMT, بالتوقيت المحلي ('local'), ت.غ. */
export function zoneAt(tokens: Tokens, i: number): { zone: string; end: number } | null {
  if (is(tokens, i, 'ت') && (is(tokens, i + 1, 'غ') || (is(tokens, i + 1, '.') && is(tokens, i + 2, 'غ')))) {
    return { zone: 'UTC', end: is(tokens, i + 1, 'غ') ? i + 2 : i + 3 };
  }
  const timing = wordIn(tokens, i, TIMING);
  if (!timing) {
    const latin = tokens[i];
    if (latin?.kind === 'latin' && (latin.norm === 'gmt' || latin.norm === 'utc')) return { zone: 'UTC', end: i + 1 };
    return null;
  }
  if (timing.article) return plainWordIn(tokens, i + 1, LOCAL)?.article ? { zone: 'local', end: i + 2 } : null;
  const a = tokens[i + 1];
  const b = tokens[i + 2];
  if (a && b && b.kind === 'word') {
    const two = ZONES.get(`${a.norm} ${b.norm}`);
    if (two) return { zone: two, end: i + 3 };
  }
  if (!a || (a.kind !== 'word' && a.kind !== 'latin')) return null;
  const one = ZONES.get(a.norm) ?? ZONES.get(a.norm.startsWith('ال') ? a.norm.slice(2) : `ال${a.norm}`);
  if (!one) return null;
  // بتوقيت مكة المكرمة: the epithet belongs to the name
  const end = is(tokens, i + 2, 'المكرمه', 'المنوره') ? i + 3 : i + 2;
  return { zone: one, end };
}
