/**
 * Word lists the reader asks about every word of every clause ("can a leader's short form start
 * here?", "is it a title's first word?"). A word's answer depends on its spelling alone, so it is
 * found once, the first time a list is asked about the spelling, and kept as a bit on the record
 * that every token of that spelling shares (clauses.ts folds each spelling once): asking again is a
 * bit test, not a Map lookup a word a list.
 */

/** Which lists a spelling was asked about, and which of those hold it: one bit a list. Shared by the spelling's tokens. */
export interface WordMemberships {
  asked: number;
  held: number;
}

/** What a list may look at: what the word's spelling determines (clauses.ts's Token has all of it). */
export interface ListedWord {
  /** As written. */
  readonly text: string;
  /** Folded (src/names). */
  readonly key: string;
  /** The folded word, then without its clinging letters (clauses.ts stemsOf). */
  readonly stems: readonly string[];
  readonly memberships: WordMemberships;
}

/** A word list, made once at module load by `wordList`. */
export interface WordList {
  readonly bit: number;
  /** True when the word belongs: a function of its spelling, fixed for the life of the process. */
  readonly holds: (word: ListedWord) => boolean;
}

/** Bits 0 to 29: a small integer (V8's Smi) holds them all, so the bit tests stay integer operations. */
const MAX_LISTS = 30;
let lists = 0;

/** A new list. Call at module load (lists are few and fixed): there is room for MAX_LISTS. */
export function wordList(holds: (word: ListedWord) => boolean): WordList {
  if (lists >= MAX_LISTS) throw new Error(`More than ${MAX_LISTS} word lists`);
  return { bit: 1 << lists++, holds };
}

/** True when `list` holds the word: asked of the list once per spelling, then read back from the word's record. */
export function inList(word: ListedWord, list: WordList): boolean {
  const memberships = word.memberships;
  if ((memberships.asked & list.bit) === 0) {
    memberships.asked |= list.bit;
    if (list.holds(word)) memberships.held |= list.bit;
  }
  return (memberships.held & list.bit) !== 0;
}

/** Fresh memberships for a newly folded spelling: nothing asked yet. */
export function noMemberships(): WordMemberships {
  return { asked: 0, held: 0 };
}
