/** Small token tests shared by the rules. All look at one token: no backtracking anywhere. */
import { lookup, lookupIn, readings, type Reading } from '../clitics.js';
import type { Token } from '../text.js';

export type Tokens = readonly Token[];

/** Token `i` is an Arabic word with a reading in `set` (any clitics) — the reading, or null. */
export function wordIn(tokens: Tokens, i: number, set: ReadonlySet<string>): Reading | null {
  const token = tokens[i];
  return token?.kind === 'word' ? lookupIn(set, token.norm) : null;
}

/** Like wordIn, but the reading may carry nothing except the article. */
export function plainWordIn(tokens: Tokens, i: number, set: ReadonlySet<string>): Reading | null {
  const token = tokens[i];
  if (token?.kind !== 'word') return null;
  for (const reading of readings(token.norm)) {
    if (!reading.conj && reading.prep === '' && set.has(reading.stem)) return reading;
  }
  return null;
}

/** Token `i` is a word found in `table` — value and reading, or null. */
export function wordValue<T>(tokens: Tokens, i: number, table: ReadonlyMap<string, T>): { value: T; reading: Reading } | null {
  const token = tokens[i];
  return token?.kind === 'word' ? lookup(table, token.norm) : null;
}

/** Token `i` is exactly one of `norms` (folded spelling, clitics included). */
export function is(tokens: Tokens, i: number, ...norms: string[]): boolean {
  const token = tokens[i];
  return token !== undefined && token.kind !== 'number' && norms.includes(token.norm);
}

/** Token `i` is the punctuation `mark` written tight against the previous token. */
export function tight(tokens: Tokens, i: number, ...marks: string[]): boolean {
  const token = tokens[i];
  return token !== undefined && token.kind === 'punct' && !token.spaced && marks.includes(token.norm);
}

/** Token `i` is a digit run whose value is in [min, max]. */
export function digitsIn(tokens: Tokens, i: number, min: number, max: number): number | null {
  const token = tokens[i];
  if (token?.kind !== 'number' || token.norm.length > 4) return null;
  return token.value >= min && token.value <= max ? token.value : null;
}

/** Skips one optional token matching `test`: returns the index after it. */
export function optional(i: number, test: (i: number) => unknown): number {
  return test(i) ? i + 1 : i;
}

/** A comma-like token (، ,) — skipped between parts of one expression. */
export function comma(tokens: Tokens, i: number): boolean {
  return is(tokens, i, '،', ',');
}
