/**
 * What an English word is to a name, told once per spelling (the tokenizer remembers it with the
 * word, src/extract/clauses.ts): a title ("Minister", "Ambassador"), or a capitalised word that can
 * be part of a name (not a title, a role word or a place).
 */
import { gazetteer } from '../gazetteer/index.js';
import { ENGLISH_ROLE_WORDS, ENGLISH_TITLES } from '../meeting-words.js';

const CAPITALISED_WORD = /^\p{Lu}[\p{L}'’-]+$|^(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu}[\p{L}'’-]*$/u;
const ASCII_WORD = /^[A-Za-z][A-Za-z'-]+$/;

/** CAPITALISED_WORD, with the common case (ASCII letters) told without the Unicode expression. */
function capitalised(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first >= 97 && first <= 122 && text.charCodeAt(2) !== 45) return false;
  if (first >= 65 && first <= 90 && ASCII_WORD.test(text)) return true;
  return CAPITALISED_WORD.test(text);
}

/** A title: the word's folded key is one ("Dr." is "dr"). */
export function isEnglishTitleKey(key: string): boolean {
  return ENGLISH_TITLES.has(key);
}

/** A capitalised word, as written (`text`) and folded (`key`), that can be part of a name: not a title, a role word or a place. */
export function isEnglishNameWord(text: string, key: string): boolean {
  return capitalised(text) && !ENGLISH_TITLES.has(key) && !ENGLISH_ROLE_WORDS.has(key) && !gazetteer().entries.has(key);
}
