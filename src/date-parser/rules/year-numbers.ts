/** A year as a number: four digits, or words (ألفين وعشرين, ألف وتسعمائة وتسعين, عشرين عشرين). */
import { HUNDREDS, TENS, THOUSANDS } from '../number-words.js';
import { numberAt } from '../numbers.js';
import { is, wordValue, type Tokens } from './words.js';
import { NUMBER } from '../tokens.js';

/** A year in digits, 1000-2999, never part of a clock time or a longer number. */
export function digitYearAt(tokens: Tokens, i: number): number | null {
  if (tokens.kind[i] !== NUMBER || tokens.norm[i]!.length !== 4) return null;
  const value = tokens.value[i]!;
  if (value < 1000 || value > 2999) return null;
  return is(tokens, i + 1, ':') ? null : value;
}

/**
 * A year written in words: ألفين وعشرين, ألفان وتسعة عشر, ألف وتسعمائة وتسعين, عام ألفين,
 * and the spoken pair عشرين عشرين (2020), تسعة عشر تسعين (1990).
 */
export function wordYearAt(tokens: Tokens, i: number): { year: number; end: number } | null {
  const thousands = wordValue(tokens, i, THOUSANDS);
  if (thousands && thousands.reading.prep === '' && !thousands.reading.conj) {
    let year = thousands.value;
    let j = i + 1;
    const hundreds = wordValue(tokens, j, HUNDREDS);
    if (hundreds?.reading.conj) {
      year += hundreds.value;
      j++;
    }
    const rest = numberAt(tokens, j, true);
    if (rest && !rest.ordinal && rest.value < 100) {
      year += rest.value;
      j = rest.end;
    }
    return { year, end: j };
  }
  // The spoken pair: the century's number, then the year's (no و between)
  const century = numberAt(tokens, i);
  if (!century || century.digits > 0 || century.ordinal || (century.value !== 19 && century.value !== 20)) return null;
  const rest = numberAt(tokens, century.end);
  if (!rest || rest.digits > 0 || rest.ordinal || rest.value < 10 || !TENS.has(tokens.norm[century.end]!)) return null;
  return { year: century.value * 100 + rest.value, end: rest.end };
}

/** A year in digits or words at `i`. */
export function yearNumberAt(tokens: Tokens, i: number): { year: number; end: number } | null {
  const digits = digitYearAt(tokens, i);
  return digits !== null ? { year: digits, end: i + 1 } : wordYearAt(tokens, i);
}
