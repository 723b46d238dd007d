/**
 * Arabic name runs: where a name starts and stops among a clause's words (given names, joiners
 * such as بن and آل, compounds such as نصر الدين, the article of Maghrebi given names).
 */
import { nameKeyOf } from '../../names/normalize.js';
import { ARABIC_NAME_JOINERS } from '../meeting-words.js';
import { type Token } from '../clauses.js';
import type { Gazetteer } from '../gazetteer/index.js';
import { wordByWord } from '../gazetteer/walk-names.js';
import type { PeopleRegistry } from './registry.js';
import {
  AMBIGUOUS_GIVEN,
  arabicGivenNameCue,
  GIVEN,
  type GivenNameCue,
  isGivenName,
  NOT_GIVEN,
  opensCompoundGivenName,
} from './given-names.js';

const VAV = 0x648;

/** A span of words, tokens[from, to). */
export interface NameRun {
  from: number;
  to: number;
}

/** At most three words of a name, besides the words that join them (بن، آل، عبد، أبو) and the second half of a compound (نصر الدين). */
export const MAX_NAME_WORDS = 3;

/**
 * Given names that the article opens (Maghrebi copy: الباجي قايد السبسي، الحبيب الصيد، الطيب البكوش):
 * the lexicon keys them without it, and a first name is otherwise never in ال.
 */
export const ARTICLE_GIVEN_NAMES = new Set([
  // الياس (Elias) written without its hamza: folded, the ال goes
  'ياس',
  'باجي',
  'حبيب',
  'طيب',
  'هادي',
  'منصف',
  'صادق',
  'مختار',
  'طاهر',
  'بشير',
  'شاذلي',
  'مهدي',
  'اخضر',
  'صديق',
  'حسن',
  'حسين',
]);

export function isJoiner(t: Token): boolean {
  return ARABIC_NAME_JOINERS.has(t.key) || FOREIGN_PARTICLES.has(t.key);
}
/** The particles of European names written in Arabic ("ألكسندر فان دير بيلين", "أورسولا فون دير لاين"): joiners too. */
const FOREIGN_PARTICLES = new Set(['فان', 'فون', 'دير', 'دي', 'دو', 'ديل']);

/** A first word as the name is written: "وأيمن" in a list is أيمن (but وليد and وائل are names in و). */
export function firstWordText(t: Token): string {
  return t.text.startsWith('و') && !isGivenName(t.key) && t.stems.length > 1 && isGivenName(t.stems[1]!)
    ? t.text.slice(1)
    : t.text;
}

/** The cue of the given name tokens[i] opens: a word, its compound (عبد الفتاح), its و of a list, or the article of الباجي. */
export function givenCueAt(tokens: readonly Token[], i: number): GivenNameCue {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  // A compound (عبد الفتاح، نصر الدين) is one key of two words.
  if (next && opensCompoundGivenName(t.key) && !/[،,.:؛]/.test(t.after)) {
    const compound = arabicGivenNameCue(`${t.key} ${next.key}`);
    if (compound !== NOT_GIVEN) return compound;
  }
  if (t.text.startsWith('ال')) return ARTICLE_GIVEN_NAMES.has(t.key) ? AMBIGUOUS_GIVEN : NOT_GIVEN;
  // (the tokenizer read the word, or the word without a list's و, in the lexicon)
  if (t.given !== NOT_GIVEN || !next || t.key.charCodeAt(0) !== VAV || t.stems.length < 2) return t.given;
  const stem = t.stems[1]!;
  if (!opensCompoundGivenName(stem)) return NOT_GIVEN;
  return arabicGivenNameCue(`${stem} ${next.key}`);
}

/** Besides its ambiguous first word, the name holds a given name or a joiner: جان إيف لودريان, حسن بن علي. */
export function otherCue(tokens: readonly Token[], name: { from: number; to: number }): boolean {
  for (let k = name.from + 1; k < name.to; k++) {
    const t = tokens[k]!;
    if (isJoiner(t) || (t.given === GIVEN && !/^ال/.test(t.text))) return true;
  }
  return false;
}

/**
 * The offsets of quoted words that may be names: a quoted run that a given name opens (a person's name in quotes),
 * and a quotation (more than four words: a statement, whose names are read as the text's).
 */
export function quotedPeople(tokens: readonly Token[]): Set<number> {
  const starts = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.quoted) continue;
    let end = i + 1;
    while (end < tokens.length && tokens[end]!.quoted && !/[«»"”“]/.test(tokens[end - 1]!.after)) end++;
    const quotation = end - i > 4;
    const named = givenCueAt(tokens, i) !== NOT_GIVEN;
    if (quotation || named)
      for (let k = i; k < end && (quotation || k - i <= MAX_NAME_WORDS + 1); k++) starts.add(tokens[k]!.start);
    i = end - 1;
  }
  return starts;
}

/** A word in ال that ends a compound given name rather than being a family name: نصر الدين، عبد الله، سيف الإسلام. */
const COMPOUND_TAILS = new Set(['دين', 'الله', 'له', 'اسلام']);

/** The first run of two or more name-like words in tokens[from, to), without a leading word in ال. */
export function firstNameRun(
  tokens: readonly Token[],
  from: number,
  to: number,
  nameLike: (t: Token) => boolean,
  /** Whether tokens[k], not name-like itself, ends the name as its family name (محمد شياع السوداني). */
  familyName: (k: number) => boolean = () => false,
): { from: number; to: number } | null {
  let i = from;
  while (i < to) {
    while (i < to && !nameLike(tokens[i]!)) i++;
    // A first name never carries the article: "النواب نبيه بري" is نبيه بري (but الباجي قايد السبسي).
    while (
      i < to &&
      nameLike(tokens[i]!) &&
      /^ال/.test(tokens[i]!.text) &&
      !isJoiner(tokens[i]!) &&
      !(ARTICLE_GIVEN_NAMES.has(tokens[i]!.key) && i + 1 < to && nameLike(tokens[i + 1]!))
    )
      i++;
    let stop = i;
    let words = 0;
    let parts = 0;
    // After a family name in ال (عبد الفتاح السيسي) only a joiner goes on; after بن X, a joiner or a word in ال
    // (محمد بن عبدالرحمن آل ثاني): "سلمان بن عبدالعزيز كلمة" is سلمان بن عبدالعزيز.
    let next: 'any' | 'joinerOrArticle' | 'joiner' = 'any';
    while (stop < to && nameLike(tokens[stop]!)) {
      const t = tokens[stop]!;
      const previous = stop > i ? tokens[stop - 1]! : null;
      const joiner = isJoiner(t);
      const afterJoiner = previous !== null && isJoiner(previous);
      const tail = !afterJoiner && isCompoundTail(tokens, stop, i);
      const article = /^ال/.test(t.text);
      if (!joiner && !afterJoiner && !tail && (next === 'joiner' || (next === 'joinerOrArticle' && !article))) break;
      // "ميشال عون وسفراء …": after two words, و opens the next item of a list.
      if (words >= 2 && /^و/.test(t.text) && !joiner) break;
      const counted = !joiner && !tail && !afterJoiner;
      if (counted && words >= MAX_NAME_WORDS) break;
      // "بحث مع هانس أداما الوضع الأمني": a word in ال and the adjective after it are a noun phrase, not a family name.
      const following = tokens[stop + 1];
      if (
        counted &&
        words === 2 &&
        article &&
        following &&
        /^ال/.test(following.text) &&
        !isJoiner(following) &&
        nameLike(following)
      )
        if (!/[،,.:؛«»"]/.test(t.after)) break;
      if (counted) words++;
      if (!joiner && !tail) parts++;
      if (!joiner && !tail) {
        if (afterJoiner)
          next =
            previous.key === 'عبد' ? next : /^(?:بن|بنت|ابن|ولد)$/.test(previous.key) ? 'joinerOrArticle' : 'joiner';
        else if (stop > i && article) next = 'joiner';
      }
      stop++;
      if (/[،,.:؛«»"]/.test(t.after)) break;
    }
    // A name does not end on a joiner ("… بن").
    while (stop > i && isJoiner(tokens[stop - 1]!)) stop--;
    const plain = stop - i === 2 && words === 2 && next === 'any';
    if (plain && stop < to && !/[،,.:؛«»"]/.test(tokens[stop - 1]!.after) && familyName(stop))
      return { from: i, to: stop + 1 };
    if (parts >= 2 && stop - i >= 2) return { from: i, to: stop };
    i = Math.max(stop, i + 1);
  }
  return null;
}

/**
 * "الرئيس تبون تشكيلة الحكومة", "المبعوث الخاص بيدرسون عرضا": a run that opens with the family name of
 * someone named before, the next word no part of their name, is that family name alone. (A given
 * name opens a name of its own: "خالد سليمان الجارالله" beside "صباح الخالد"; nor is a regnal number
 * a family name: "ثاني" of عبد الله الثاني.)
 */
export function familyNameAlone(tokens: readonly Token[], name: NameRun, registry: PeopleRegistry): NameRun | null {
  const first = tokens[name.from]!;
  const next = tokens[name.from + 1];
  if (name.to - name.from < 2 || givenCueAt(tokens, name.from) !== NOT_GIVEN || REGNAL.test(first.key)) return null;
  // (a family name in ال, or بن, after it makes it a given name: "عون الخصاونة", "ثاني بن حمد")
  if (next === undefined || /^ال/.test(next.text) || isJoiner(next)) return null;
  const person = registry.lookup(first.key);
  if (person?.kind !== 'person') return null;
  const theirs = [person.nameAr, person.name].flatMap((n) => (n ? nameKeyOf(n).split(' ') : []));
  const family = nameKeyOf(person.nameAr ?? '')
    .split(' ')
    .at(-1);
  return family === first.key && !theirs.includes(next.key) ? { from: name.from, to: name.from + 1 } : null;
}

/** tokens[k] is the second half of a compound given name (نصر الدين) inside a run that began at `start`. */
function isCompoundTail(tokens: readonly Token[], k: number, start: number): boolean {
  return k > start && COMPOUND_TAILS.has(tokens[k]!.key) && /^ال/.test(tokens[k]!.text);
}

/** The run of two to three name-like words (plus joiners) that ends right before tokens[at]. */
export function nameRunEndingAt(
  tokens: readonly Token[],
  at: number,
  nameLike: (t: Token) => boolean,
): { from: number; to: number } | null {
  let from = at;
  let words = 0;
  while (from > 0 && nameLike(tokens[from - 1]!) && (words < MAX_NAME_WORDS || isJoiner(tokens[from - 1]!))) {
    if (from < at && /[،,.:؛]/.test(tokens[from - 1]!.after)) break;
    if (!isJoiner(tokens[from - 1]!)) words++;
    from--;
  }
  while (from < at && (isJoiner(tokens[from]!) || /^ال/.test(tokens[from]!.text)) && !/^عبد$/.test(tokens[from]!.key))
    from++;
  return at - from >= 2 ? { from, to: at } : null;
}

/**
 * "تصريف الأعمال", "تعزيز العمل", "مستجدات المشهد": a word of a verbal noun's shape, then a
 * definite one that is no family name, is a noun and its genitive, no name. A family name in ال
 * is most often a nisba (الهاشمي، المطيري), and a name whose given name the lexicon lacks
 * (تغريد الهاشمي، فيحان العتيبي) keeps it; the caller asks for a given name first.
 */
export function nounAndGenitive(tokens: readonly Token[], name: { from: number; to: number }): boolean {
  if (name.to - name.from < 2) return false;
  const [first, second] = [tokens[name.from]!, tokens[name.from + 1]!];
  return (
    /^ال/.test(second.text) &&
    !NISBA.test(second.key) &&
    !REGNAL.test(second.key) &&
    (NOUN_SHAPE.test(first.key) || (CLINGING.test(first.key) && NOUN_SHAPE.test(first.key.slice(1))))
  );
}

/**
 * The shapes of a verbal noun: تفعيل (تصريف، تعزيز), مستفعلات (مستجدات), انفعال (انطلاق), مفاعلة
 * (مواصلة). Asked only of a run no given name opens (given names of these shapes, توفيق، تامر, are in
 * the lexicon).
 */
const NOUN_SHAPE = /^(?:ت\S{3,}|مست\S{2,}|م\S{2,}ات|ان\S{3,}|م\S{4}ه)$/;
/** A conjunction or a preposition clinging to a verbal noun: وتعزيز، لانطلاق. */
const CLINGING = /^[وفلب]/;
/** A nisba ending (الهاشمي، المطيري): a family name's, not a genitive noun's. */
const NISBA = /ي$/;
/** "تواضروس الثاني": a regnal ordinal is part of a name. */
const REGNAL = /^(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|حادي)$/;

/** The offsets of words inside a gazetteer name of two or more words ("محافظ بيت لحم"): a place's, no one's name. */
export function placeNameWords(tokens: readonly Token[], { entries, words: names }: Gazetteer): Set<number> {
  const words = new Set<number>();
  for (let k = 0; k < tokens.length; k++) {
    const span = Math.min(tokens[k]!.nameSpan, tokens.length - k);
    if (span < 2) continue;
    for (const stem of tokens[k]!.stems) {
      let key = stem;
      // Every name is a path of `names`, word by word: past a word no name goes on with, no longer key is a name.
      let step = wordByWord(names, stem);
      for (let n = 2; n <= span && step !== undefined; n++) {
        const next = tokens[k + n - 1]!.key;
        step = wordByWord(step, next);
        key += ` ${next}`;
        if (step !== undefined && entries.has(key)) for (let m = k; m < k + n; m++) words.add(tokens[m]!.start);
      }
    }
  }
  return words;
}

/** The furthest a title made of nouns with their article runs before a name. */
const LONG_TITLE_WORDS = 14;
/** A noun with its article (وال، بال، لل …): the words a long title is made of. */
export const WITH_ARTICLE = /^(?:[وبل]?ال|لل)/;

/**
 * Where the title right before the name at `from` starts: the furthest title word back over
 * nouns with their article and titles, no comma between, none of it read already; else `from`.
 */
export function longTitleBefore(
  tokens: readonly Token[],
  from: number,
  taken: ReadonlySet<number>,
  isTitle: (t: Token) => boolean,
): number {
  let start = from;
  for (let k = from - 1; k >= Math.max(0, from - LONG_TITLE_WORDS); k--) {
    const t = tokens[k]!;
    const title = isTitle(t);
    if (taken.has(k) || /[،,.:؛]/.test(t.after) || !(title || WITH_ARTICLE.test(t.text))) break;
    if (title) start = k;
  }
  return start;
}
