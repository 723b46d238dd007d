/**
 * What an English word is to a name, told once per spelling (the tokenizer remembers it with the
 * word, src/extract/clauses.ts): a title ("Minister", "Ambassador"), or a capitalised word that can
 * be part of a name (not a title, a role word or a place); and the styles that go with titles ("His
 * Highness"), which are no one's name.
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

/** Titles abbreviated in capitals, as headlines and wire copy write them ("Indian PM Modi", "Greek FM Dendias"): "5 pm" is none. */
const ABBREVIATED_TITLES: ReadonlySet<string> = new Set(['PM', 'FM']);

/** A title as written (`text`) and folded (`key`): its key is one ("Dr." is "dr"), or it is a capitalised abbreviation of one. */
export function isEnglishTitleWord(text: string, key: string): boolean {
  return ENGLISH_TITLES.has(key) || ABBREVIATED_TITLES.has(text);
}

/** A capitalised word, as written (`text`) and folded (`key`), that can be part of a name: not a title, a role word or a place. */
export function isEnglishNameWord(text: string, key: string): boolean {
  return (
    capitalised(text) && !isEnglishTitleWord(text, key) && !ENGLISH_ROLE_WORDS.has(key) && !gazetteer().entries.has(key)
  );
}

/** "His Highness", "Her Majesty", "His Royal Highness", "His Excellency": a style, never a name. */
const STYLE_OWNER = new Set(['his', 'her', 'their']);
const STYLES = new Set([
  'highness',
  'highnesses',
  'majesty',
  'majesties',
  'excellency',
  'excellencies',
  'holiness',
  'eminence',
]);

/** How many words of a style open at tokens[at] (0 when none). */
export function styleAt(tokens: readonly { key: string }[], at: number): number {
  if (!STYLE_OWNER.has(tokens[at]?.key ?? '')) return 0;
  const royal = tokens[at + 1]?.key === 'royal' ? 1 : 0;
  return STYLES.has(tokens[at + 1 + royal]?.key ?? '') ? 2 + royal : 0;
}
