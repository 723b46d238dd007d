/** Small token tests shared by the rules. All look at one token: no backtracking anywhere. */
import { lookup, lookupIn, lookupPlain, type Reading } from '../clitics.js';
import { CARDINALS, ORDINALS, TENS } from '../number-words.js';
import { remembered } from '../../remembered.js';
import type { Tokens } from '../tokens.js';

export type { Tokens };

/** Token `i` is an Arabic word with a reading in `set` (any clitics) — the reading, or null. */
export function wordIn(tokens: Tokens, i: number, set: ReadonlySet<string>): Reading | null {
  return tokens.kind[i] === 'word' ? lookupIn(set, tokens.norm[i]!) : null;
}

/** Like wordIn, but the reading may carry nothing except the article. */
export function plainWordIn(tokens: Tokens, i: number, set: ReadonlySet<string>): Reading | null {
  return tokens.kind[i] === 'word' ? lookupPlain(set, tokens.norm[i]!) : null;
}

/** Token `i` is a word found in `table` — value and reading, or null. */
export function wordValue<T>(
  tokens: Tokens,
  i: number,
  table: ReadonlyMap<string, T>,
): { value: T; reading: Reading } | null {
  return tokens.kind[i] === 'word' ? lookup(table, tokens.norm[i]!) : null;
}

/**
 * Token `i` is exactly one of the spellings given (folded, clitics included). Up to five named
 * parameters, not a rest array: one made at every call was garbage at every token of a text.
 */
export function is(tokens: Tokens, i: number, a: string, b?: string, c?: string, d?: string, e?: string): boolean {
  const kind = tokens.kind[i];
  if (kind === undefined || kind === 'number') return false;
  const norm = tokens.norm[i];
  return norm === a || norm === b || norm === c || norm === d || norm === e;
}

/** Token `i` is one of the punctuation marks given, written tight against the previous token. */
export function tight(tokens: Tokens, i: number, a: string, b?: string, c?: string): boolean {
  if (tokens.kind[i] !== 'punct' || tokens.spaced[i] !== 0) return false;
  const norm = tokens.norm[i];
  return norm === a || norm === b || norm === c;
}

/** Token `i` is a digit run whose value is in [min, max]. */
export function digitsIn(tokens: Tokens, i: number, min: number, max: number): number | null {
  if (tokens.kind[i] !== 'number' || tokens.norm[i]!.length > 4) return null;
  const value = tokens.value[i]!;
  return value >= min && value <= max ? value : null;
}

/** Skips one optional token matching `test`: returns the index after it. */
export function optional(i: number, test: (i: number) => unknown): number {
  return test(i) ? i + 1 : i;
}

/** A comma-like token (، ,) — skipped between parts of one expression. */
export function comma(tokens: Tokens, i: number): boolean {
  return is(tokens, i, '،', ',');
}

/** Positions a memoized rule keeps answers for: far more than any rule looks ahead or back. */
const MEMO_WINDOW = 4096;

/** Which token array is being read: a number given at each change, so a window knows its answers are stale. */
let readingNumber = 0;
let readingTokens: Tokens | null = null;

function readingOf(tokens: Tokens): number {
  if (tokens !== readingTokens) {
    readingTokens = tokens;
    readingNumber++;
  }
  return readingNumber;
}

/**
 * Caches a rule's answer per token position. Rules call each other at the same positions (a range
 * tries a day where the day rule already looked), so this keeps the whole scan linear with a small
 * constant. The scan only moves forward and rules look a few tokens around it, so the answers live
 * in a window of positions that the scan reuses (a 1 MB text of "1:" made five arrays of a million
 * entries each, 40 MB, a third of its time), and the window is the rule's for every text: one made
 * per text and rule was 3% of reading an English article. A slot holds its position and the
 * number of the text it was answered for.
 */
export function memoized<T>(rule: (tokens: Tokens, i: number) => T): (tokens: Tokens, i: number) => T {
  const positions = new Int32Array(MEMO_WINDOW).fill(-1);
  const readings = new Int32Array(MEMO_WINDOW);
  const answers = new Array<T | undefined>(MEMO_WINDOW);
  return (tokens, i) => {
    const reading = readingOf(tokens);
    if (i < 0 || i > tokens.length) return rule(tokens, i);
    const slot = i & (MEMO_WINDOW - 1);
    if (positions[slot] === i && readings[slot] === reading) return answers[slot] as T;
    const answer = rule(tokens, i);
    positions[slot] = i;
    readings[slot] = reading;
    answers[slot] = answer;
    return answer;
  };
}

/** A test on the first token of a rule: a number, or a word (any clitics) from the given lists. */
export type FirstToken = (tokens: Tokens, i: number) => boolean;

/** How many first-token tests there are: each has a number, its place in a word's answers. */
let firstTokenTests = 0;

/** For one word, each first-token test's answer (undefined: not asked yet). */
const answersForWord = remembered((_word: string): Array<boolean | undefined> => [], 20_000);

/** The word asked about last, and its answers: the tests of every rule at a position ask in a row. */
let lastWord = '';
let lastAnswers: Array<boolean | undefined> = [];

export function firstToken(
  numbers: boolean,
  ...lists: Array<Iterable<string> | ReadonlyMap<string, unknown>>
): FirstToken {
  const words = new Set<string>();
  for (const list of lists)
    for (const w of list instanceof Map ? list.keys() : (list as Iterable<string>)) words.add(w);
  const test = firstTokenTests++;
  // Some 35 tests run at every word of a text: this makes each an array read, not two hash lookups
  return (tokens, i) => {
    const kind = tokens.kind[i];
    if (kind === 'number') return numbers;
    if (kind !== 'word') return false;
    const norm = tokens.norm[i]!;
    if (norm !== lastWord) {
      lastWord = norm;
      lastAnswers = answersForWord(norm);
    }
    let answer = lastAnswers[test];
    if (answer === undefined) lastAnswers[test] = answer = lookupIn(words, norm) !== null;
    return answer;
  };
}

/** A rule that runs only when its first token can start it (keeps the scan cheap on any text). */
export function gated<R>(
  first: FirstToken,
  rule: (tokens: Tokens, i: number) => R | null,
): (tokens: Tokens, i: number) => R | null {
  return (tokens, i) => (first(tokens, i) ? rule(tokens, i) : null);
}

/** The answer of `rules` at `i` that reaches furthest (the first one on a tie). */
export function longest<M extends { end: number }>(
  tokens: Tokens,
  i: number,
  rules: ReadonlyArray<(tokens: Tokens, i: number) => M | null>,
): M | null {
  let best: M | null = null;
  for (const rule of rules) {
    const m = rule(tokens, i);
    if (m && (!best || m.end > best.end)) best = m;
  }
  return best;
}

/** Number words of every kind: the first word of a day number or a count. */
export const NUMBER_WORDS: readonly string[] = [...ORDINALS.keys(), ...CARDINALS.keys(), ...TENS.keys()];
