/**
 * Arabic clitics: a word can carry a conjunction (و ف), a preposition (ب ل ك) and the article
 * (ال, written لل after ل). Lexicon lookups try the readings of a word from the least stripped
 * to the most, and match a whole stem, never a substring: `ابحث` is not `اب`.
 */
import { remembered } from './remembered.js';

/** One way to read a folded word: what was stripped and the stem left. */
export interface Reading {
  stem: string;
  conj: boolean;
  prep: '' | 'ب' | 'ل' | 'ك';
  article: boolean;
}

const MIN_STEM = 2;

function withArticle(rest: string, conj: boolean, prep: Reading['prep'], out: Reading[]): void {
  if (rest.length >= MIN_STEM) out.push({ stem: rest, conj, prep, article: false });
  if (prep === 'ل' && rest.startsWith('ل') && rest.length - 1 >= MIN_STEM) {
    // ل + ال is written لل: للشهر = ل + الشهر
    out.push({ stem: rest.slice(1), conj, prep, article: true });
  } else if (rest.startsWith('ال') && rest.length - 2 >= MIN_STEM) {
    out.push({ stem: rest.slice(2), conj, prep, article: true });
  }
}

/** The readings of a folded word, least stripped first (each word's worked out once). */
export const readings: (word: string) => readonly Reading[] = remembered(readingsOf);

function readingsOf(word: string): readonly Reading[] {
  const out: Reading[] = [];
  for (const conj of [false, true]) {
    if (conj && !(word.startsWith('و') || word.startsWith('ف'))) continue;
    const afterConj = conj ? word.slice(1) : word;
    withArticle(afterConj, conj, '', out);
    const first = afterConj[0];
    if (first === 'ب' || first === 'ل' || first === 'ك') withArticle(afterConj.slice(1), conj, first, out);
  }
  return out;
}

const NONE = null;
const lookupCaches = new WeakMap<object, Map<string, unknown>>();

/** Per-table answers by word: texts repeat their words, so each word is looked up once per table. */
function cached<R>(table: object, word: string, compute: () => R): R {
  let cache = lookupCaches.get(table) as Map<string, R> | undefined;
  if (!cache) {
    cache = new Map();
    lookupCaches.set(table, cache);
  }
  const known = cache.get(word);
  if (known !== undefined) return known;
  const answer = compute();
  if (cache.size > 20_000) cache.clear(); // bounded: hostile input must not grow memory
  cache.set(word, answer);
  return answer;
}

/** The first reading of `word` whose stem is in `table`, with its value. */
export function lookup<T>(table: ReadonlyMap<string, T>, word: string): { value: T; reading: Reading } | null {
  return cached(table, word, () => {
    for (const reading of readings(word)) {
      const value = table.get(reading.stem);
      if (value !== undefined) return { value, reading };
    }
    return NONE;
  });
}

/** Like `lookup` on a set of stems. */
export function lookupIn(set: ReadonlySet<string>, word: string): Reading | null {
  return cached(set, word, () => {
    for (const reading of readings(word)) if (set.has(reading.stem)) return reading;
    return NONE;
  });
}

/** The first reading with no clitic but the article whose stem is in `set`. */
export function lookupPlain(set: ReadonlySet<string>, word: string): Reading | null {
  return cached(plainKey(set), word, () => {
    for (const reading of readings(word)) {
      if (!reading.conj && reading.prep === '' && set.has(reading.stem)) return reading;
    }
    return NONE;
  });
}

const plainKeys = new WeakMap<ReadonlySet<string>, object>();
function plainKey(set: ReadonlySet<string>): object {
  let key = plainKeys.get(set);
  if (!key) {
    key = {};
    plainKeys.set(set, key);
  }
  return key;
}
