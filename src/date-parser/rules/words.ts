/** Small token tests shared by the rules. All look at one token: no backtracking anywhere. */
import { lookup, lookupIn, lookupPlain, type Reading } from '../clitics.js';
import { CARDINALS, ORDINALS, TENS } from '../number-words.js';
import { remembered } from '../../remembered.js';
import type { Tokens } from '../tokens.js';
import { NUMBER, PUNCT, WORD } from '../tokens.js';

export type { Tokens };

/** Token `i` is an Arabic word with a reading in `set` (any clitics) — the reading, or null. */
export function wordIn(tokens: Tokens, i: number, set: ReadonlySet<string>): Reading | null {
  return tokens.kind[i] === WORD ? lookupIn(set, tokens.norm[i]!) : null;
}

/** Like wordIn, but the reading may carry nothing except the article. */
export function plainWordIn(tokens: Tokens, i: number, set: ReadonlySet<string>): Reading | null {
  return tokens.kind[i] === WORD ? lookupPlain(set, tokens.norm[i]!) : null;
}

/** Token `i` is a word of `set`, alone or after a clinging و or ف ("وقبل ثلاثة أيام"), with no preposition. */
export function wordOrAndIn(tokens: Tokens, i: number, set: ReadonlySet<string>): Reading | null {
  if (tokens.kind[i] !== WORD) return null;
  const reading = lookupIn(set, tokens.norm[i]!);
  return reading && reading.prep === '' && !reading.article ? reading : null;
}

/** Skips a separate من / في; a preposition glued to the next word (بشهر, بايلول) needs nothing. */
export function skipOf(tokens: Tokens, i: number): number {
  return is(tokens, i, 'من', 'في') ? i + 1 : i;
}

/** Token `i` is a word found in `table` — value and reading, or null. */
export function wordValue<T>(
  tokens: Tokens,
  i: number,
  table: ReadonlyMap<string, T>,
): { value: T; reading: Reading } | null {
  return tokens.kind[i] === WORD ? lookup(table, tokens.norm[i]!) : null;
}

/**
 * Token `i` is exactly one of the spellings given (folded, clitics included). Up to five named
 * parameters, not a rest array: one made at every call was garbage at every token of a text.
 */
export function is(tokens: Tokens, i: number, a: string, b?: string, c?: string, d?: string, e?: string): boolean {
  const kind = tokens.kind[i];
  if (kind === undefined || kind === NUMBER) return false;
  const norm = tokens.norm[i];
  return norm === a || norm === b || norm === c || norm === d || norm === e;
}

/** Token `i` is one of the punctuation marks given, written tight against the previous token. */
export function tight(tokens: Tokens, i: number, a: string, b?: string, c?: string): boolean {
  if (tokens.kind[i] !== PUNCT || tokens.spaced[i] !== 0) return false;
  const norm = tokens.norm[i];
  return norm === a || norm === b || norm === c;
}

/** Token `i` is a digit run whose value is in [min, max]. */
export function digitsIn(tokens: Tokens, i: number, min: number, max: number): number | null {
  if (tokens.kind[i] !== NUMBER || tokens.norm[i]!.length > 4) return null;
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
    if (kind === NUMBER) return numbers;
    if (kind !== WORD) return false;
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

/** A rule: the match that begins at token `i`, or null. */
export type Rule<R> = (tokens: Tokens, i: number) => R | null;

/** A rule that runs only when its first token can start it: the test and the rule stay readable apart. */
export interface GatedRule<R> extends Rule<R> {
  readonly first: FirstToken;
  readonly rule: Rule<R>;
}

/** A rule that runs only when its first token can start it (keeps the scan cheap on any text). */
export function gated<R>(first: FirstToken, rule: Rule<R>): GatedRule<R> {
  const gate: Rule<R> = (tokens, i) => (first(tokens, i) ? rule(tokens, i) : null);
  return Object.assign(gate, { first, rule });
}

function isGated<R>(rule: Rule<R>): rule is GatedRule<R> {
  return 'first' in rule;
}

/** The answer of `rules` at `i` that reaches furthest (the first one on a tie). */
export function longest<M extends { end: number }>(tokens: Tokens, i: number, rules: ReadonlyArray<Rule<M>>): M | null {
  let best: M | null = null;
  for (const rule of rules) {
    const m = rule(tokens, i);
    if (m && (!best || m.end > best.end)) best = m;
  }
  return best;
}

/**
 * `longest` over `rules`, trying at a token only those that can begin there: the ungated ones and
 * the gated ones whose first-token test the token passes (their rules then run without the test).
 * Which rules those are is worked out once for numbers and once per word: a test depends only on
 * the token's kind and spelling, and most rules of a list never run at a given token (each asked
 * its test at every token was a tenth of a run of one repeated piece).
 */
export function longestOf<M extends { end: number }>(rules: ReadonlyArray<Rule<M>>): Rule<M> {
  const ungated = rules.filter((rule) => !isGated(rule));
  const passing = (tokens: Tokens, i: number): ReadonlyArray<Rule<M>> =>
    rules.flatMap((rule) => (!isGated(rule) ? [rule] : rule.first(tokens, i) ? [rule.rule] : []));
  let forNumbers: ReadonlyArray<Rule<M>> | null = null;
  const wordRules = new Map<string, ReadonlyArray<Rule<M>>>();
  let lastWord = '';
  let lastRules: ReadonlyArray<Rule<M>> = ungated;
  return (tokens, i) => {
    const kind = tokens.kind[i];
    if (kind === NUMBER) return longest(tokens, i, (forNumbers ??= passing(tokens, i)));
    if (kind !== WORD) return longest(tokens, i, ungated);
    const norm = tokens.norm[i]!;
    if (norm !== lastWord) {
      let found = wordRules.get(norm);
      if (found === undefined) {
        if (wordRules.size >= 20_000) wordRules.clear();
        wordRules.set(norm, (found = passing(tokens, i)));
      }
      lastWord = norm;
      lastRules = found;
    }
    return longest(tokens, i, lastRules);
  };
}

/** Number words of every kind: the first word of a day number or a count. */
export const NUMBER_WORDS: readonly string[] = [...ORDINALS.keys(), ...CARDINALS.keys(), ...TENS.keys()];
