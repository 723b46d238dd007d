/**
 * The date parser's tokenizer: the text cut into Arabic words, digit runs, Latin words and single
 * punctuation marks, each with its UTF-16 span in the original text. Arabic words are folded
 * (hamza forms, ة, ى as names are, src/names; diacritics, tatweel) so that word-list lookups see
 * one spelling; digits of every script become numbers. One pass, no regular expressions: linear
 * on any input. (The article reader cuts its own clauses and words: src/extract/clauses.ts.)
 */
import { ARABIC_LETTER_FOLDS } from '../names/normalize.js';
import { remembered } from '../remembered.js';

/**
 * What a token is: an Arabic word, a digit run, a Latin word, a mark. Small numbers, so that the
 * kinds are a typed column, made at no cost (an array of a million kind strings took 25 ms to make).
 */
export const WORD = 1;
export const NUMBER = 2;
export const LATIN = 3;
export const PUNCT = 4;
export type TokenKind = typeof WORD | typeof NUMBER | typeof LATIN | typeof PUNCT;

/**
 * The tokens of one text as parallel arrays, one entry per token (read `kind[i]`, `norm[i]`...;
 * past the end each reads undefined). One object per token made a dense 1 MB text's 600,000
 * tokens cost more to allocate and collect than to read (a third of the parse).
 */
export interface Tokens {
  readonly length: number;
  /** WORD, NUMBER, LATIN or PUNCT (undefined past the end). */
  readonly kind: Uint8Array;
  /** Folded form: Arabic letters normalised, Latin lower-cased, digits in ASCII. */
  readonly norm: readonly string[];
  /** UTF-16 offsets in the original text. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** For numbers: the value (NaN beyond 9 digits: never a date); NaN for the others. */
  readonly value: Float64Array;
  /** Index of the sentence the token is in (tense is read per sentence). */
  readonly sentence: Int32Array;
  /** 1 when whitespace came right before this token (tells `10:30` from `10 : 30`). */
  readonly spaced: Uint8Array;
}

/** A mark that ends a sentence (. ! ? ؟ ؛ ;), by its code: asked at every mark of a text. */
function endsSentence(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x61f || code === 0x61b || code === 59;
}

/** Arabic digit value (ASCII, Eastern Arabic ٠-٩, Persian ۰-۹) or -1. */
export function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 0x660 && code <= 0x669) return code - 0x660;
  if (code >= 0x6f0 && code <= 0x6f9) return code - 0x6f0;
  return -1;
}

/** Harakat, Quranic marks and tatweel: dropped inside words. */
function isArabicMark(code: number): boolean {
  return (code >= 0x64b && code <= 0x65f) || code === 0x670 || code === 0x640 || (code >= 0x610 && code <= 0x61a);
}

function isArabicLetter(code: number): boolean {
  return (
    (code >= 0x621 && code <= 0x64a) ||
    (code >= 0x671 && code <= 0x6d3) ||
    code === 0x6d5 ||
    (code >= 0x6fa && code <= 0x6ff)
  );
}

function isLatinLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f);
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 0xa0 ||
    code === 0x200c ||
    code === 0x200f ||
    code === 0x200e ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x3000
  );
}

/** Folds one Arabic word (already free of marks) to its lookup spelling. */
export function foldArabic(word: string): string {
  let out = '';
  for (const ch of word) {
    const code = ch.charCodeAt(0);
    if (isArabicMark(code)) continue;
    out += ARABIC_LETTER_FOLDS[ch] ?? ch;
  }
  return out;
}

/** Arabic words recur (in a text and across texts): each one's folded spelling, made once. */
const foldedWord = remembered(foldArabic);

/** Spellings of digit runs of up to four digits, by length and value ("07" is not "7"), made once. */
const DIGIT_SPELLINGS: Array<Array<string | undefined>> = [[], [], [], [], []];

function shortDigits(value: number, length: number): string {
  const byValue = DIGIT_SPELLINGS[length]!;
  return (byValue[value] ??= String(value).padStart(length, '0'));
}

/** One-character marks, made once: a text of punctuation made a string a mark. */
const MARKS = new Map<number, string>();

function markOf(code: number): string {
  // Latin-1 ones come from V8's own table of one-character strings, faster than a lookup here
  if (code < 256) return String.fromCharCode(code);
  let mark = MARKS.get(code);
  if (mark === undefined) MARKS.set(code, (mark = String.fromCharCode(code)));
  return mark;
}

const asWritten = (word: string): string => word;
const lowerCase = (word: string): string => word.toLowerCase();

/**
 * The words met lately, as written and as folded, by a hash of their characters made while they
 * are read: a word met again is found without cutting it out of the text and hashing it again
 * (most of a text's words recur; a run of one word cut each anew spent a third of the tokenizer).
 */
const RECENT_SLOTS = 1024;
const recentWritten = new Array<string>(RECENT_SLOTS).fill('');
const recentFolded = new Array<string>(RECENT_SLOTS).fill('');

function recentWord(text: string, start: number, end: number, hash: number): string | null {
  const slot = hash & (RECENT_SLOTS - 1);
  const written = recentWritten[slot]!;
  return written.length === end - start && text.startsWith(written, start) ? recentFolded[slot]! : null;
}

function rememberWord(text: string, start: number, end: number, hash: number, fold: (word: string) => string): string {
  const slot = hash & (RECENT_SLOTS - 1);
  const written = text.slice(start, end);
  recentWritten[slot] = written;
  return (recentFolded[slot] = fold(written));
}

/** The typed arrays of one tokenization, `capacity` entries each. */
interface Columns {
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  value: Float64Array;
  sentence: Int32Array;
  spaced: Uint8Array;
}

function columns(capacity: number): Columns {
  return {
    kind: new Uint8Array(capacity),
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    value: new Float64Array(capacity),
    sentence: new Int32Array(capacity),
    spaced: new Uint8Array(capacity),
  };
}

/**
 * Texts up to this long are cut into columns made once and reused (an article's tokens are read
 * and dropped before the next text is cut: the parser is synchronous); a longer text gets its own.
 * Making them for each article cost more than cutting it.
 */
const SHARED_CAPACITY = 1 << 16;
let shared: Columns | null = null;

/**
 * Cuts `text` into tokens. For a text of up to 65,536 characters, the typed arrays are shared
 * with the next call's: read the tokens before cutting another text.
 */
export function tokenize(text: string): Tokens {
  // At most a token a character: room for that in the typed columns, made at once (an array grown
  // by push cost ten times as much at a million tokens)
  const capacity = text.length;
  // Made at about the size wanted (a token every four characters; past it the array grows): counting the
  // tokens first was a second pass over the text, and room for one a character took 25 ms at a million.
  const norms = new Array<string>(text.length >> 2);
  const {
    kind: kinds,
    start: starts,
    end: ends,
    value: values,
    sentence: sentences,
    spaced: spacedFlags,
  } = capacity <= SHARED_CAPACITY ? (shared ??= columns(SHARED_CAPACITY)) : columns(capacity);
  let count = 0;
  let sentence = 0;
  let spaced = true;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (code === 10) sentence++;
      spaced = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    let norm = '';
    let value = Number.NaN;
    // Latin letters first: the classes do not overlap, and most of an English text is Latin words
    if (isLatinLetter(code)) {
      kind = LATIN;
      // Most words are ASCII lower case already: only the others go through toLowerCase
      let upper = false;
      let hash = 0;
      for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 97 && c <= 122) {
          hash = (hash * 31 + c) | 0;
          continue;
        }
        if (!isLatinLetter(c)) break;
        hash = (hash * 31 + c) | 0;
        upper = true;
      }
      norm = recentWord(text, start, i, hash) ?? rememberWord(text, start, i, hash, upper ? lowerCase : asWritten);
    } else if (digitValue(code) >= 0) {
      kind = NUMBER;
      let n = 0;
      let ascii = true;
      while (i < text.length && digitValue(text.charCodeAt(i)) >= 0) {
        const c = text.charCodeAt(i);
        if (i - start < 9) n = n * 10 + digitValue(c);
        ascii &&= c <= 57;
        i++;
      }
      // ASCII digits are their own spelling; others are written out in ASCII. Up to four digits
      // (days, months, years, clock times) the spelling is made once for all texts.
      if (i - start <= 4) norm = shortDigits(n, i - start);
      else if (ascii) norm = text.slice(start, i);
      else for (let k = start; k < i; k++) norm += String(digitValue(text.charCodeAt(k)));
      value = i - start <= 9 ? n : Number.NaN;
    } else if (isArabicLetter(code) || (isArabicMark(code) && code !== 0x640)) {
      kind = WORD;
      let hash = 0;
      while (i < text.length) {
        const c = text.charCodeAt(i);
        if (!isArabicLetter(c) && !isArabicMark(c)) break;
        hash = (hash * 31 + c) | 0;
        i++;
      }
      norm = recentWord(text, start, i, hash) ?? rememberWord(text, start, i, hash, foldedWord);
      if (norm.length === 0) continue;
    } else {
      kind = PUNCT;
      const pair = code >= 0xd800 && code <= 0xdbff;
      i += pair ? 2 : 1;
      norm = pair ? text.slice(start, i) : markOf(code);
    }
    kinds[count] = kind;
    norms[count] = norm;
    starts[count] = start;
    ends[count] = i;
    values[count] = value;
    sentences[count] = sentence;
    spacedFlags[count] = spaced ? 1 : 0;
    count++;
    if (kind === PUNCT && endsSentence(code)) sentence++;
    spaced = false;
  }
  norms.length = count;
  return {
    length: count,
    kind: kinds.subarray(0, count),
    norm: norms,
    start: starts.subarray(0, count),
    end: ends.subarray(0, count),
    value: values.subarray(0, count),
    sentence: sentences.subarray(0, count),
    spaced: spacedFlags.subarray(0, count),
  };
}
