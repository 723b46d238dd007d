/** Numbers in dates: digit runs (any script, folded by the tokenizer) and Arabic number words. */
import { remembered } from '../remembered.js';
import { readings, type Reading } from './clitics.js';
import { CARDINALS, ORDINALS, TEEN, TENS } from './number-words.js';
import { memoized } from './rules/words.js';
import type { Tokens } from './tokens.js';
import { NUMBER, WORD } from './tokens.js';

export interface NumberMatch {
  value: number;
  /** Index of the token after the number. */
  end: number;
  /** Written as an ordinal word (الرابع عشر, الثلاثين). */
  ordinal: boolean;
  /** Written in digits, and how many. */
  digits: number;
  /** The first word carried the conjunction و (as in وخمس وأربعون). */
  conj: boolean;
}

function bare(reading: Reading, conj: boolean, prep: boolean): boolean {
  return (reading.prep === '' || (prep && reading.prep === 'ل')) && reading.conj === conj;
}

interface WordNumber {
  unit?: number;
  tens?: number;
  ordinal: boolean;
  stem: string;
}

/** Value of a folded word as a unit / ordinal / tens word, read with or without a leading و. */
function readWordNumber(word: string, conj: boolean, prep: boolean): WordNumber | null {
  for (const reading of readings(word)) {
    if (!bare(reading, conj, prep)) continue;
    const ordinal = ORDINALS.get(reading.stem);
    if (ordinal !== undefined) return { unit: ordinal, ordinal: true, stem: reading.stem };
    const cardinal = CARDINALS.get(reading.stem);
    if (cardinal !== undefined) return { unit: cardinal, ordinal: false, stem: reading.stem };
    const tens = TENS.get(reading.stem);
    if (tens !== undefined) return { tens, ordinal: reading.article, stem: reading.stem };
  }
  return null;
}

// Every word of a text is asked whether it is a number, some a dozen times: each is read once per way of asking
const readPlain = remembered((word: string) => readWordNumber(word, false, false));
const readAfterAnd = remembered((word: string) => readWordNumber(word, true, false));
const readAfterTo = remembered((word: string) => readWordNumber(word, false, true));
const readAfterAndTo = remembered((word: string) => readWordNumber(word, true, true));

/** Value of a word token as a unit / ordinal / tens word (see readWordNumber). */
function wordNumber(tokens: Tokens, i: number, conj: boolean, prep = false): WordNumber | null {
  if (tokens.kind[i] !== WORD) return null;
  const read = conj ? (prep ? readAfterAndTo : readAfterAnd) : prep ? readAfterTo : readPlain;
  return read(tokens.norm[i]!);
}

function isTeenWord(tokens: Tokens, i: number): boolean {
  return tokens.kind[i] === WORD && TEEN.has(tokens.norm[i]!);
}

/** "و" + tens word, attached (والعشرين) or apart (و عشرين): returns the tens and where it ends. */
function andTens(tokens: Tokens, j: number): { tens: number; end: number } | null {
  const attached = wordNumber(tokens, j, true);
  if (attached?.tens !== undefined) return { tens: attached.tens, end: j + 1 };
  if (tokens.norm[j] === 'و') {
    const apart = wordNumber(tokens, j + 1, false);
    if (apart?.tens !== undefined) return { tens: apart.tens, end: j + 2 };
  }
  return null;
}

/**
 * The number starting at token `i`: digits, or words such as ثلاثة, الرابع عشر, الحادي والعشرون,
 * خمس وأربعون. With `conj`, the first word must carry و (a minute count after the hour).
 */
export function numberAt(
  tokens: Tokens,
  i: number,
  conj = false,
  upTo = 99,
  /** The first word may carry ل (للثانية عشرة ظهراً: "to twelve noon"). */
  prep = false,
): NumberMatch | null {
  return conj || upTo !== 99 || prep ? readNumberAt(tokens, i, conj, upTo, prep) : plainNumberAt(tokens, i);
}

/**
 * The plain reading, asked at most positions several times (by the scan's look back, by day
 * numbers, by range ends): made once a position, as were none of the others' objects.
 */
const plainNumberAt = memoized((tokens: Tokens, i: number) => readNumberAt(tokens, i, false, 99, false));

function readNumberAt(tokens: Tokens, i: number, conj: boolean, upTo: number, prep: boolean): NumberMatch | null {
  if (tokens.kind[i] === NUMBER) {
    const value = tokens.value[i]!;
    if (conj || Number.isNaN(value)) return null;
    return { value, end: i + 1, ordinal: false, digits: tokens.norm[i]!.length, conj: false };
  }
  const first = wordNumber(tokens, i, conj, prep);
  if (!first) return null;
  if (first.tens !== undefined) return { value: first.tens, end: i + 1, ordinal: first.ordinal, digits: 0, conj };
  const unit = first.unit ?? 0;
  if (unit < 10 && isTeenWord(tokens, i + 1)) {
    return { value: 10 + unit, end: i + 2, ordinal: first.ordinal, digits: 0, conj };
  }
  const tens = andTens(tokens, i + 1);
  // upTo: an hour never takes tens, so الرابعة وأربعون is 4 and then 40 minutes
  if (tens && unit < 10 && unit + tens.tens <= upTo)
    return { value: unit + tens.tens, end: tens.end, ordinal: first.ordinal, digits: 0, conj };
  // حادي / احدى only exist inside 11, 21, 31; احد and اثنين alone are rather words than numbers
  if (first.stem.startsWith('حادي') || first.stem === 'احدي') return null;
  return { value: unit, end: i + 1, ordinal: first.ordinal, digits: 0, conj };
}
