/**
 * Days written in numbers: 20/2/2020, ٢٠/٢, 2020-02-20, 20-02-2020, 20.02.2020, 07/08, 2019 (day.ts
 * reads the ones in words).
 */
import type { DayMatch } from './day-match.js';
import { monthRefAt } from './month.js';
import { comma, digitsIn, memoized, skipOf, tight, type Tokens } from './words.js';
import { NUMBER } from '../tokens.js';

/**
 * 20/2/2020, ٢٠/٢, 2020-02-20, 20-02-2020, 20.02.2020, 07/08, 2019: day first, as Arabic writes
 * it; month first only where that alone is a date (4/22, 12/25/2019, 4-22). Remembered a
 * position: the day rules and a weekday before it ask it in turn.
 */
export const numericDateAt = memoized((tokens: Tokens, i: number): DayMatch | null => {
  if (tokens.kind[i] !== NUMBER) return null;
  const aDigits = tokens.norm[i]!.length;
  const a = tokens.value[i]!;
  if (aDigits > 4) return null;
  // Inside a chain of numbers (22-4-19-88): no day
  if (tight(tokens, i - 1, '/', '-', '.') && tokens.spaced[i] === 0 && tokens.kind[i - 2] === NUMBER) return null;
  if (!tight(tokens, i + 1, '/', '-', '.')) return null;
  const sep = tokens.norm[i + 1]!;
  const b = digitsIn(tokens, i + 2, 1, 31);
  if (b === null || tokens.spaced[i + 2] === 1 || tokens.norm[i + 2]!.length > 2) return null;
  const hasThird = tight(tokens, i + 3, sep) && tokens.kind[i + 4] === NUMBER && tokens.spaced[i + 4] === 0;
  const c = hasThird ? { digits: tokens.norm[i + 4]!.length, value: tokens.value[i + 4]! } : null;
  if (aDigits === 4) {
    // yyyy-mm-dd
    if (!c || c.digits > 2 || b > 12) return null;
    return { day: { kind: 'date', day: c.value, month: { month: b, year: a } }, end: i + 5 };
  }
  if (a < 1 || a > 31 || (b > 12 && a > 12) || (sep === '.' && !c)) return null;
  const [day, month] = b > 12 ? [b, a] : [a, b];
  if (c) {
    // 22-4-19-88 is a telephone number, not a day
    if ((c.digits !== 4 && c.digits !== 2) || tight(tokens, i + 5, sep)) return null;
    const year = c.digits === 2 ? 2000 + c.value : c.value;
    return { day: { kind: 'date', day, month: { month, year } }, end: i + 5 };
  }
  // 13-15 with both under 13 is rather a range of days (3-5 أيار); 22-4 and 4-22 can only be dates
  if (sep === '-' && ((a <= 12 && b <= 12) || monthRefAt(tokens, skipOf(tokens, i + 3)))) return null;
  // 22-4-19-88, 5/3/ in a chain of numbers: no day
  if (tight(tokens, i + 3, sep)) return null;
  // 07/08, 2019: the year after a comma
  if (comma(tokens, i + 3) && digitsIn(tokens, i + 4, 1900, 2199) !== null && tokens.norm[i + 4]!.length === 4)
    return { day: { kind: 'date', day, month: { month, year: tokens.value[i + 4]! } }, end: i + 5 };
  return { day: { kind: 'date', day, month: { month } }, end: i + 3 };
});
