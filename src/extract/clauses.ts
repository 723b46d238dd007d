/**
 * The article reader's tokenizer: an article cut into clauses and their words, each word with its
 * folded key, its stems and what it means to the reader (a meeting noun, a name's start, sport).
 * Offsets are UTF-16 indexes into the article, so a date the parser found (src/date-parser cuts
 * its own tokens) and a word found here can be compared. One linear pass, no backtracking
 * patterns: hostile input costs its length.
 */
import { remembered } from '../remembered.js';
import { nameKey } from '../names/normalize.js';
import { gazetteer, type NameWords } from './gazetteer/index.js';
import { walkNames } from './gazetteer/walk-names.js';
import {
  arabicTrigger,
  englishMeetingVerb,
  englishTrigger,
  isTalksVerb,
  SPORTS_SHARED_WORDS,
  SPORTS_WORDS,
  type EnglishMeetingVerb,
} from './meeting-words.js';
import { givenNameCue, NOT_GIVEN, type GivenNameCue } from './people/given-names.js';
import { isEnglishNameWord, isEnglishTitleWord } from './people/english-name-words.js';
import { noMemberships, type WordMemberships } from './word-lists.js';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Folded as names are (src/names/normalize.ts): no diacritics, hamza forms one. */
  key: string;
  /** The folded word without the clinging conjunction, preposition and article, when it had them. */
  stems: readonly string[];
  /** Punctuation right after the word (`،`, `,`, `»`, `.`), which often ends a name. */
  after: string;
  /** Inside «…» or "…": a name of something, quoted, never a person's name. */
  quoted: boolean;
  /** The meeting noun the word stands for in an Arabic text (whatever word follows), or null. */
  arabicNoun: string | null;
  /** A verb of talks (بحث، ناقش): a meeting word when مع follows it. */
  talksVerb: boolean;
  /** The meeting noun the word stands for in an English text, or null. */
  englishNoun: string | null;
  /** An English verb that makes a meeting with the words after it (called on, sat down with, discussed … with), or null. */
  englishVerb: EnglishMeetingVerb | null;
  /** The most words a gazetteer name that starts with this word has (0: none starts with it). */
  nameSpan: number;
  /** Each stem's first step down the gazetteer's names (gazetteer/walk-names.ts); none when nameSpan is 0. */
  nameSteps: readonly (NameWords | undefined)[];
  /** A word only sport uses (ملعب, match), one sport shares with politics (فريق, goal), or neither. */
  sport: 'only' | 'shared' | null;
  /** As a given name (people/given-names.ts): the word's own cue, else that of the word without a list's و (وأيمن). */
  given: GivenNameCue;
  /** An English title ("Minister", "Ambassador"; people/english-name-words.ts). */
  title: boolean;
  /** A capitalised word that can be part of an English name: not a title, a role word or a place. */
  nameWord: boolean;
  /** The word lists (word-lists.ts) that hold the spelling, found once per spelling: shared by its tokens. */
  memberships: WordMemberships;
}

export interface Clause {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  /** Index of the sentence the clause belongs to. */
  sentence: number;
  /** Index of the paragraph (the line) the clause belongs to: the first is the headline, when there are several. */
  paragraph: number;
}

/** Where a sentence ends: a full stop (not inside an abbreviation like U.N.), ? ! ؟, a line break. */
const SENTENCE_END = /[.!?؟]+(?=\s|$)|\n+/gu;
/**
 * Clauses that report another fact ("…، لافتة إلى أنه …"): a new fact, often another meeting.
 * The verb is what matters; the comma before it is optional. A clause of contrast (", while
 * Dutch Foreign Minister Hoekstra will …") tells another fact with its own subject (an Arabic one after بينما
 * or في حين often keeps the subject before it unsaid: "اختتم … زيارته إلى بيروت، في حين يزور دمشق").
 */
const REPORTING =
  /[،,]\s*(?=(?:و)?(?:لافت|مشير|موضح|مضيف|مؤكد|منوه)[اةه]?[\u064B-\u0652]*\s+(?:إلى\s+)?أن)|[،,]\s*(?=وأن\s)|,\s*(?=(?:while|whereas)\s+(?:[A-Z]|the\s|his\s|her\s|their\s|its\s))/gu;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Splits an article into clauses (sentences, cut again where a reporting verb starts a new fact). */
export function clauses(text: string): Clause[] {
  const cuts = new Set<number>([0, text.length]);
  const sentenceStarts: number[] = [0];
  const paragraphStarts: number[] = [0];
  // (exec on the one expression, not matchAll, which makes a copy of it at each call)
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match !== null; match = SENTENCE_END.exec(text)) {
    const at = match.index + match[0].length;
    if (match[0] === '.' && abbreviation(text, match.index)) continue;
    cuts.add(at);
    sentenceStarts.push(at);
    if (match[0].charCodeAt(0) === 10) paragraphStarts.push(at);
  }
  REPORTING.lastIndex = 0;
  for (let match = REPORTING.exec(text); match !== null; match = REPORTING.exec(text)) cuts.add(match.index + 1);
  const ordered = boundLength(
    text,
    [...cuts].sort((a, b) => a - b),
  );
  const result: Clause[] = [];
  let sentence = 0;
  let paragraph = 0;
  for (let i = 0; i + 1 < ordered.length; i++) {
    const start = ordered[i]!;
    const end = ordered[i + 1]!;
    while (sentence + 1 < sentenceStarts.length && sentenceStarts[sentence + 1]! <= start) sentence++;
    while (paragraph + 1 < paragraphStarts.length && paragraphStarts[paragraph + 1]! <= start) paragraph++;
    const body = text.slice(start, end);
    if (!LETTER_OR_DIGIT.test(body)) continue;
    result.push({ text: body, start, end, tokens: wordsOf(text, start, end), sentence, paragraph });
  }
  return result;
}

/**
 * No clause is longer than this: a run-on "sentence" of thousands of characters is not prose,
 * and cutting it keeps the work per clause bounded, so hostile input costs its length.
 */
export const MAX_CLAUSE_CHARS = 1200;

/** The cuts, with more added (at a space) wherever two are further apart than MAX_CLAUSE_CHARS. */
function boundLength(text: string, cuts: number[]): number[] {
  const bounded: number[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const end = cuts[i]!;
    let start = bounded.at(-1) ?? 0;
    while (end - start > MAX_CLAUSE_CHARS) {
      const space = text.lastIndexOf(' ', start + MAX_CLAUSE_CHARS);
      start = space > start + MAX_CLAUSE_CHARS / 2 ? space : start + MAX_CLAUSE_CHARS;
      bounded.push(start);
    }
    if (end > (bounded.at(-1) ?? -1)) bounded.push(end);
  }
  return bounded;
}

/** Abbreviations that end in a full stop inside a sentence: "Jan. 30", "10 a.m. on Thursday", "U.S. envoy". */
const ABBREVIATION =
  /(?:^|[\s(])(?:(?:\p{L}\.)*\p{L}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Prof|No)$/u;

/** True when the full stop at `dot` ends an abbreviation, or the text goes on in lower case or digits. */
function abbreviation(text: string, dot: number): boolean {
  const next = NOT_SPACE.exec(text.slice(dot + 1, dot + 8));
  if (next && LOWER_OR_DIGIT.test(next[0]) && text.slice(dot + 1, dot + 1 + next.index).indexOf('\n') < 0) return true;
  return ABBREVIATION.test(text.slice(Math.max(0, dot - 6), dot)) && LATIN_LETTER.test(text[dot - 1] ?? '');
}

/** (made once, not at each full stop) */
const NOT_SPACE = /\S/;
const LOWER_OR_DIGIT = /[a-z0-9]/;
const LATIN_LETTER = /[A-Za-z]/;

const ARABIC_LETTER = /[\u0621-\u064A]/;

/** The words of text[start, end). */
function wordsOf(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  // «…» or “…” open at the word: tracked in one pass over the text between words.
  let open = false;
  let i = start;
  while (i < end) {
    const first = charAt(text, i, end);
    if (first.kind !== LETTER) {
      const code = text.charCodeAt(i);
      if (code === 0xab || code === 0x201c) open = true;
      else if (code === 0xbb || code === 0x201d) open = false;
      // A straight quote before Arabic opens a name as «» does (عنوان "القدس العاصمة"); English "…" is speech.
      else if (code === 0x22) open = !open && ARABIC_LETTER.test(text[i + 1] ?? '');
      i += first.width;
      continue;
    }
    const from = i;
    i += first.width;
    while (i < end) {
      // ASCII letters and digits (most of an English word) go on with it without asking charAt
      const code = text.charCodeAt(i);
      if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) {
        i++;
        continue;
      }
      const next = charAt(text, i, end);
      if (next.kind === OTHER) break;
      i += next.width;
    }
    // A trailing full stop ends the sentence unless the word is an abbreviation (U.N.).
    let to = i;
    if (text.charCodeAt(to - 1) === 46 && !initials(text.slice(from, to))) {
      while (text.charCodeAt(to - 1) === 46) to--;
    }
    const { text: word, folded } = wordAt(text, from, to);
    if (!folded.key) continue;
    tokens.push({
      text: word,
      start: from,
      end: to,
      key: folded.key,
      stems: folded.stems,
      after: punctuationAfter(text, to),
      quoted: open,
      arabicNoun: folded.arabicNoun,
      talksVerb: folded.talksVerb,
      englishNoun: folded.englishNoun,
      englishVerb: folded.englishVerb,
      nameSpan: folded.nameSpan,
      nameSteps: folded.nameSteps,
      sport: folded.sport,
      given: folded.given,
      title: folded.title,
      nameWord: folded.nameWord,
      memberships: folded.memberships,
    });
  }
  return tokens;
}

const INITIALS = /^(?:\p{Lu}\.)+$/u;

/** "U.N.", "U.S.": capitals each with its full stop. A word in lower case (most) is told at once. */
function initials(word: string): boolean {
  const code = word.charCodeAt(0);
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return false;
  return INITIALS.test(word);
}

/** What a character is to a word: a letter, mark or digit begins one; ' ’ . - ـ only go on with one. */
const OTHER = 1;
const LETTER = 2;
const INSIDE = 3;
const LETTER_MARK_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const INSIDE_WORD = /['’.\-\u0640]/u;
/** The kind of each UTF-16 unit met so far (0: not yet asked): a word's letters are classed once, not matched each time. */
const kinds = new Uint8Array(0x10000);
const charInfo = { kind: OTHER, width: 1 };

function kindOf(char: string): number {
  return LETTER_MARK_DIGIT.test(char) ? LETTER : INSIDE_WORD.test(char) ? INSIDE : OTHER;
}

/** The kind and width (1, or 2 for a surrogate pair) of the character at `i`. Returns a shared object: read it at once. */
function charAt(text: string, i: number, end: number): { kind: number; width: number } {
  const code = text.charCodeAt(i);
  charInfo.width = 1;
  if (code < 0x80) {
    // ASCII, most of an English text: letters and digits, then ' . - inside a word
    const alnum = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
    charInfo.kind = alnum ? LETTER : code === 39 || code === 46 || code === 45 ? INSIDE : OTHER;
    return charInfo;
  }
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      charInfo.kind = kindOf(text.slice(i, i + 2));
      charInfo.width = 2;
      return charInfo;
    }
  }
  let kind = kinds[code]!;
  if (kind === 0) kinds[code] = kind = kindOf(String.fromCharCode(code));
  charInfo.kind = kind;
  charInfo.width = 1;
  return charInfo;
}

const PUNCTUATION = /\p{P}/u;

/** The punctuation after a word (`»،` after «…الدولي»،), spaces skipped. */
function punctuationAfter(text: string, at: number): string {
  let marks = '';
  for (let i = at; i < text.length && marks.length < 8; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) continue;
    // Letters, digits and line ends are the usual neighbours: told apart by code at once
    if (
      (code >= 48 && code <= 57) ||
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122) ||
      code === 10 ||
      (code >= 0x621 && code <= 0x64a)
    )
      break;
    const mark = text[i]!;
    if (!PUNCTUATION.test(mark)) break;
    marks += mark;
  }
  return marks;
}

/** What a spelling means, whatever its place: all of a Token but where it is and what is around it. */
type Folded = Omit<Token, 'text' | 'start' | 'end' | 'after' | 'quoted'>;

/** Words repeat through an article (and across articles): fold each once, and look up what it means once. */
const foldWord = remembered((word: string): Folded => {
  const key = nameKey(word);
  const stems = key ? stemsOf(key) : [];
  const { firstWords, words } = gazetteer();
  const sport = stems.some((s) => SPORTS_WORDS.has(s))
    ? 'only'
    : stems.some((s) => SPORTS_SHARED_WORDS.has(s))
      ? 'shared'
      : null;
  // "Kuwait's" folds to "kuwait s", "Ritz-Carlton" to "ritz carlton": such a word starts the names its first part does.
  const nameSpan = Math.max(
    0,
    ...stems.map((s) => firstWords.get(s) ?? (s.includes(' ') ? (firstWords.get(s.slice(0, s.indexOf(' '))) ?? 0) : 0)),
  );
  const given = givenNameCue(key) || (key.startsWith('و') && stems.length > 1 ? givenNameCue(stems[1]!) : NOT_GIVEN);
  return {
    key,
    stems,
    arabicNoun: arabicTrigger(stems),
    talksVerb: isTalksVerb(stems),
    englishNoun: englishTrigger(word),
    englishVerb: englishMeetingVerb(key),
    nameSpan,
    nameSteps: nameSpan > 0 ? stems.map((s) => walkNames(words, s)) : [],
    sport,
    given,
    title: isEnglishTitleWord(word, key),
    nameWord: isEnglishNameWord(word, key),
    memberships: noMemberships(),
  };
});

/**
 * The words met last, each in a slot chosen by four of its letters (the first, the middle one, one
 * three quarters in, the last) and its length. Most words of an article were met a moment ago, and
 * one found here costs neither a slice of the text nor the hashing of a new string in foldWord's
 * map. (Chosen by the first and last letters alone, "meeting" and "morning" shared a slot, and a
 * seventh of an English text's words, nearly half of an Arabic one's, went to the map.)
 */
const RECENT_SLOTS = 1 << 14;
const recentWords = new Array<{ text: string; folded: Folded } | undefined>(RECENT_SLOTS);

/** The word text[from, to), its spelling and folded form. */
function wordAt(text: string, from: number, to: number): { text: string; folded: Folded } {
  const length = to - from;
  let hash = Math.imul(text.charCodeAt(from), 31) + text.charCodeAt(from + (length >> 1));
  hash = Math.imul(hash, 31) + text.charCodeAt(from + ((3 * length) >> 2));
  hash = Math.imul(Math.imul(hash, 31) + text.charCodeAt(to - 1), 31) + length;
  const slot = (hash ^ (hash >>> 14)) & (RECENT_SLOTS - 1);
  // A slot of two words: two words of a text that share one (a few dozen of an article's) both stay.
  const pair = slot & ~1;
  let word = recentWords[pair];
  if (word === undefined || !spelledAt(text, from, word.text, length)) {
    const other = recentWords[pair + 1];
    if (other !== undefined && spelledAt(text, from, other.text, length)) return other;
    const spelling = text.slice(from, to);
    recentWords[pair + 1] = word;
    recentWords[pair] = word = { text: spelling, folded: foldWord(spelling) };
  }
  return word;
}

/** True when text[from, from + length) is `word` (a loop: cheaper than startsWith for a word of a few letters). */
function spelledAt(text: string, from: number, word: string, length: number): boolean {
  if (word.length !== length) return false;
  for (let k = 0; k < length; k++) if (text.charCodeAt(from + k) !== word.charCodeAt(k)) return false;
  return true;
}

const CLITIC_LETTERS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/**
 * The readings of a folded Arabic word with its clinging letters taken off: وبروكسل →
 * بروكسل, للجنة → لجنة, والأردن → اردن. The word itself comes first.
 */
export function stemsOf(key: string): string[] {
  const stems = [key];
  if (!/^[\u0600-\u06FF]/.test(key)) return stems;
  let rest = key;
  for (let taken = 0; taken < 2 && rest.length > 3 && CLITIC_LETTERS.has(rest[0]!); taken++) {
    rest = rest.slice(1);
    stems.push(rest);
    if (rest.startsWith('ال') && rest.length > 4) stems.push(rest.slice(2));
    // ل + ال is written لل: للجنة = ل + اللجنة
    if (rest.startsWith('ل') && key[taken] === 'ل' && rest.length > 3) stems.push(rest.slice(1));
  }
  return [...new Set(stems)];
}

/** True when the text is mostly Arabic letters. */
export function isArabic(text: string): boolean {
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x600 && code <= 0x6ff) arabic++;
    else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
  }
  return arabic > latin;
}
