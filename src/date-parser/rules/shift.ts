/** Days counted from another: قبل أسبوع, منذ ثلاثة أيام, بعد يومين, and the durations they count. */
import { NEXT, NOW_WORDS, PAST, UNITS, type Unit } from '../arabic-words.js';
import { numberAt } from '../numbers.js';
import type { DayMatch } from './day-match.js';
import { yearNumberAt } from './year-numbers.js';
import { is, plainWordIn, wordOrAndIn, wordValue, type Tokens } from './words.js';
import { WORD } from '../tokens.js';

const DAY = new Set(['يوم']);
const AFTER = new Set(['بعد']);

interface Duration {
  amount: number;
  unit: Unit;
  end: number;
}

/** A duration: ثلاثة أيام, أسبوعين, 3 أشهر, أسبوع; with `conj`, its first word carries و (وعشرة أيام, وشهرين). */
export function durationAt(tokens: Tokens, i: number, conj = false): Duration | null {
  const alone = wordValue(tokens, i, UNITS);
  if (alone && !alone.reading.article && alone.value.count !== null && alone.reading.conj === conj) {
    const end = alone.value.count === 1 && plainWordIn(tokens, i + 1, ONE) ? i + 2 : i + 1;
    return { amount: alone.value.count, unit: alone.value.unit, end };
  }
  const n = numberAt(tokens, i, conj && tokens.kind[i] === WORD);
  if (!n || n.ordinal || n.value < 1) return null;
  const unit = wordValue(tokens, n.end, UNITS);
  if (!unit || unit.reading.article || unit.reading.conj) return null;
  return { amount: n.value, unit: unit.value.unit, end: n.end + 1 };
}

/** أسبوع واحد, يوم واحد: "one" after a unit says nothing more. */
const ONE = new Set(['واحد', 'واحده']);

/** A second, smaller part after و: شهرين وعشرة أيام, سنة وشهرين, 3 أشهر و10 أيام. */
function secondPartAt(tokens: Tokens, i: number, first: Unit): Duration | null {
  const part = is(tokens, i, 'و') ? durationAt(tokens, i + 1) : durationAt(tokens, i, true);
  return part && UNIT_ORDER.indexOf(part.unit) < UNIT_ORDER.indexOf(first) ? part : null;
}

const UNIT_ORDER: readonly Unit[] = ['minute', 'hour', 'day', 'week', 'month', 'year'];

export const AGO = new Set(['قبل', 'منذ']);
/** Words of about before a duration: نحو, حوالي, قرابة, زهاء (folded). */
const ABOUT = new Set(['نحو', 'حوالي', 'قرابه', 'زهاء']);

/** أقل, أكثر, أزيد (folded): "أقل من شهر" is a length. */
const MORE_OR_LESS = new Set(['اقل', 'اكثر', 'ازيد']);

/** قبل أسبوع, منذ ثلاثة أيام, من أسبوع (ago); بعد يومين (ahead). */
export function shiftAt(tokens: Tokens, i: number): DayMatch | null {
  // ("بعد أقل من شهر على اندلاع الحرب": less than a month, a length, not a month ago; "قبل أكثر من أسبوعين" is ago)
  const length = i > 0 && plainWordIn(tokens, i - 1, MORE_OR_LESS) && !(i > 1 && wordOrAndIn(tokens, i - 2, AGO));
  const ago = wordOrAndIn(tokens, i, AGO) !== null || (is(tokens, i, 'من') && !length);
  const ahead = wordOrAndIn(tokens, i, AFTER) !== null;
  if (!ago && !ahead) return null;
  // ("قبل نحو ستة أشهر": about six months ago)
  const first = durationAt(tokens, i + 1) ?? (plainWordIn(tokens, i + 1, ABOUT) ? durationAt(tokens, i + 2) : null);
  if (!first) return null;
  // منذ عام 2011, قبل عام 1990: the year named, not a year ago (period.ts reads عام 2011)
  if (first.unit === 'year' && first.end === i + 2 && yearNumberAt(tokens, first.end)) return null;
  const second = secondPartAt(tokens, first.end, first.unit);
  const d = second ? { ...first, end: second.end } : first;
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
  const sign = ago ? -1 : 1;
  const day: DayMatch['day'] = { kind: 'shift', amount: sign * d.amount, unit: d.unit };
  if (second) day.then = { amount: sign * second.amount, unit: second.unit };
  return { day, end, tense: ago ? 'past' : 'future' };
}
