/**
 * Search keys for names typed in Arabic or Latin script.
 *
 * People type names the way they remember them: with or without hamza, ة for ه, ى for ي,
 * diacritics, tatweel, the article (ال / al-), any case, Eastern Arabic digits. The key
 * folds all of these away so that `جيفرى`, `جيفري`, `Jeffrey` and `JEFFREY` compare equal.
 */

import { remembered } from '../remembered.js';

const ARABIC_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const LATIN_ARTICLE = /^(?:al|el)-(?=.)/;
const LATIN_ARTICLE_WORDS = new Set(['al', 'el']);
/**
 * One spelling for letters written several ways (hamza forms, ة, ى, Persian ک ی): names here, and
 * the date parser's words (src/date-parser/tokens.ts), fold alike.
 */
export const ARABIC_LETTER_FOLDS: Readonly<Record<string, string>> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ئ: 'ي',
  ؤ: 'و',
  ک: 'ك',
  ی: 'ي',
};
const ARABIC_FOLDABLE = new RegExp(`[${Object.keys(ARABIC_LETTER_FOLDS).join('')}]`, 'g');

/** Whether a text has an Arabic letter: it is written, and answered, in Arabic script. */
export function hasArabicLetter(text: string): boolean {
  return /[\u0600-\u06FF]/.test(text);
}

/** Replaces Eastern Arabic (and Persian) digits with ASCII ones. */
export function toAsciiDigits(text: string): string {
  return text.replace(EASTERN_DIGITS, (digit) => String((digit.charCodeAt(0) & 0xf) % 10));
}

/** The text without its Arabic diacritics (short vowels, shadda, Quranic marks): "أُرجئ" is "أرجئ". */
export function withoutDiacritics(text: string): string {
  return text.replace(ARABIC_DIACRITICS, '');
}

/** Drops the article from one word: ال before at least three letters, al-/el- in Latin. */
function withoutArticle(word: string): string {
  if (word.startsWith('ال') && word.length >= 5) return word.slice(2);
  return word.replace(LATIN_ARTICLE, '');
}

/** What a name's words are not made of: punctuation, symbols, spaces. */
const NOT_NAME_CHARACTERS = /[^\p{L}\p{N}-]+/gu;

/**
 * Only ASCII letters and digits, Arabic letters (not tatweel) and single spaces between words: the
 * normalising and the replacing in nameKey leave such a name as it is, bar its case. Most names and
 * words the reader folds are such, and skip them.
 */
function plainSpelling(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) continue;
    if ((code >= 0x621 && code <= 0x63a) || (code >= 0x641 && code <= 0x64a)) continue;
    if (code !== 32 || i === 0 || i === name.length - 1 || name.charCodeAt(i - 1) === 32) return false;
  }
  return true;
}

/**
 * The search key of a name: lower case, Arabic letters folded, no diacritics, tatweel,
 * punctuation or article; words separated by one space.
 */
export function nameKey(name: string): string {
  const words = (
    plainSpelling(name)
      ? name.toLowerCase()
      : toAsciiDigits(name)
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '') // Latin accents: é -> e
          .normalize('NFC') // recompose أ إ آ, which NFKD split
          .replace(ARABIC_DIACRITICS, '')
          .replace(TATWEEL, '')
          .toLowerCase()
          .replace(NOT_NAME_CHARACTERS, ' ')
  ).split(' ');
  return (
    words
      // "al Hariri" as typed for "al-Hariri": a lone al/el before another word is the article.
      .filter((word, i) => !(LATIN_ARTICLE_WORDS.has(word) && i < words.length - 1 && words[i + 1] !== ''))
      .flatMap((word) => withoutArticle(word).split('-'))
      .map((word) => word.replace(ARABIC_FOLDABLE, (letter) => ARABIC_LETTER_FOLDS[letter] ?? letter))
      .filter((word) => word.length > 0)
      .join(' ')
  );
}

/** `nameKey` of a name, remembered: the reader asks for the same people's, places' and words' keys again and again. */
export const nameKeyOf: (name: string) => string = remembered(nameKey);

/**
 * Every key a name can be found by, the whole name first: the whole key and each tail that
 * starts at a word, so that `jeffrey` and `jeff` (as a prefix) find `James Jeffrey`.
 */
export function nameKeys(name: string): string[] {
  return searchKeys(name).map((k) => k.key);
}

/**
 * The keys a stored name is found by, each marked whole (the name itself, in some spelling)
 * or a tail. A word kept whole because it begins with أل/إل/آل (ألمانيا) is often typed
 * without the hamza, and then reads as the article (المانيا -> مانيا): that spelling is
 * a whole key too, so the typed name finds it and a later article naming it merges with it.
 */
export function searchKeys(name: string): { key: string; whole: boolean }[] {
  const words = nameKey(name).split(' ').filter(Boolean);
  const spellings = [words];
  const withoutHamzaArticle = words.map((word) => (word.startsWith('ال') && word.length >= 5 ? word.slice(2) : word));
  if (withoutHamzaArticle.some((word, i) => word !== words[i])) spellings.push(withoutHamzaArticle);
  const keys = new Map<string, boolean>();
  for (const spelling of spellings) {
    spelling.forEach((_, i) => {
      const key = spelling.slice(i).join(' ');
      keys.set(key, (keys.get(key) ?? false) || i === 0);
    });
  }
  return [...keys].map(([key, whole]) => ({ key, whole }));
}
