/** Days counted from another: قبل أسبوع, منذ ثلاثة أيام, بعد يومين, and the durations they count. */
import { NEXT, NOW_WORDS, PAST, UNITS, type Unit } from '../arabic-words.js';
import { numberAt } from '../numbers.js';
import type { DayMatch } from './day-match.js';
import { is, plainWordIn, wordValue, type Tokens } from './words.js';

const DAY = new Set(['يوم']);
const AFTER = new Set(['بعد']);

/** A duration: ثلاثة أيام, أسبوعين, 3 أشهر, أسبوع. */
export function durationAt(tokens: Tokens, i: number): { amount: number; unit: Unit; end: number } | null {
  const alone = wordValue(tokens, i, UNITS);
  if (alone && !alone.reading.article && alone.value.count !== null)
    return { amount: alone.value.count, unit: alone.value.unit, end: i + 1 };
  const n = numberAt(tokens, i);
  if (!n || n.ordinal || n.value < 1) return null;
  const unit = wordValue(tokens, n.end, UNITS);
  if (!unit || unit.reading.article || unit.reading.conj) return null;
  return { amount: n.value, unit: unit.value.unit, end: n.end + 1 };
}

export const AGO = new Set(['قبل', 'منذ']);

/** قبل أسبوع, منذ ثلاثة أيام, من أسبوع (ago); بعد يومين (ahead). */
export function shiftAt(tokens: Tokens, i: number): DayMatch | null {
  const ago = plainWordIn(tokens, i, AGO) !== null || is(tokens, i, 'من');
  const ahead = plainWordIn(tokens, i, AFTER) !== null;
  if (!ago && !ahead) return null;
  const d = durationAt(tokens, i + 1);
  if (!d) return null;
  if (
    is(tokens, i, 'من') &&
    (is(tokens, d.end, 'الي', 'حتي') || plainWordIn(tokens, d.end, NEXT) || plainWordIn(tokens, d.end, PAST))
  )
    return null;
  let end = d.end;
  if (!is(tokens, i, 'من') && is(tokens, end, 'من')) {
    // قبل يومين من الآن counts from today; قبل يومين من موعد الاجتماعات from an event the text names
    if (!plainWordIn(tokens, end + 1, NOW_WORDS) && !plainWordIn(tokens, end + 1, DAY)?.article) return null;
    end += 2;
  }
  const amount = ago ? -d.amount : d.amount;
  return { day: { kind: 'shift', amount, unit: d.unit }, end, tense: ago ? 'past' : 'future' };
}
