/**
 * Arabic clitics: a word can carry a conjunction (و ف), a preposition (ب ل ك) and the article
 * (ال, written لل after ل). Lexicon lookups try the readings of a word from the least stripped
 * to the most, and match a whole stem, never a substring: `ابحث` is not `اب`.
 */
import { remembered } from '../remembered.js';

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

/** One table's remembered answers, and the last word asked (the rules ask of one token in a row). */
interface TableAnswers<R> {
  answer: (word: string) => R;
  lastWord: string | undefined;
  last: R | undefined;
}

/**
 * Every lookup's remembered answers for a table, hung on the table itself under this one symbol
 * (a WeakMap looked up at every call cost a sixth of a run of one repeated word). One property for
 * all lookups keeps every table one of two shapes (a Set or a Map with it), so reading it stays
 * fast; a symbol a lookup made tables of many shapes, each read a tenth of a run of one weekday.
 */
const ANSWERS = Symbol('answers');

/** How many remembered lookups there are: each has a number, its place in a table's answers. */
let lookups = 0;

/**
 * A lookup remembered per table and word: texts repeat their words, so each word is looked up
 * once per table (at most 20,000 words a table: hostile input must not grow memory).
 */
function perTableAndWord<Table extends object, R>(
  find: (table: Table, word: string) => R,
): (table: Table, word: string) => R {
  const place = lookups++;
  return (table, word) => {
    const holder = table as Table & { [ANSWERS]?: Array<TableAnswers<unknown> | undefined> };
    let all = holder[ANSWERS];
    if (!all) Object.defineProperty(holder, ANSWERS, { value: (all = []) });
    let answers = all[place] as TableAnswers<R> | undefined;
    if (!answers) {
      answers = { answer: remembered((w: string) => find(table, w), 20_000), lastWord: undefined, last: undefined };
      all[place] = answers as TableAnswers<unknown>;
    }
    if (answers.lastWord !== word) {
      answers.last = answers.answer(word);
      answers.lastWord = word;
    }
    return answers.last as R;
  };
}

const lookupInTable = perTableAndWord((table: ReadonlyMap<string, unknown>, word: string) => {
  for (const reading of readings(word)) {
    const value = table.get(reading.stem);
    if (value !== undefined) return { value, reading };
  }
  return null;
});

/** The first reading of `word` whose stem is in `table`, with its value. */
export function lookup<T>(table: ReadonlyMap<string, T>, word: string): { value: T; reading: Reading } | null {
  return lookupInTable(table, word) as { value: T; reading: Reading } | null;
}

/** Like `lookup` on a set of stems. */
export const lookupIn: (set: ReadonlySet<string>, word: string) => Reading | null = perTableAndWord(
  (set: ReadonlySet<string>, word: string) => {
    for (const reading of readings(word)) if (set.has(reading.stem)) return reading;
    return null;
  },
);

/** The first reading with no clitic but the article whose stem is in `set`. */
export const lookupPlain: (set: ReadonlySet<string>, word: string) => Reading | null = perTableAndWord(
  (set: ReadonlySet<string>, word: string) => {
    for (const reading of readings(word)) {
      if (!reading.conj && reading.prep === '' && set.has(reading.stem)) return reading;
    }
    return null;
  },
);
