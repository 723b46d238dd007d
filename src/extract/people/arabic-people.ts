/** People in Arabic text: titles before or after the name, given names, name runs, and people named before. */
import { gazetteer } from '../gazetteer/index.js';
import {
  ARABIC_NAME_CUES,
  ARABIC_NAME_JOINERS,
  ARABIC_NAMED_AFTER,
  ARABIC_NOT_NAMES,
  ARABIC_TITLES,
  ARABIC_TITLES_AFTER_NAME,
  ARABIC_VERBS,
} from '../meeting-words.js';
import { type Token } from '../clauses.js';

import type { ParticipantMention } from '../mentions.js';
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

const MAX_TITLE_WORDS = 10;
const WITH = new Set(['مع', 'ومع']);
const TANWEEN = /[\u064B-\u064D]/;
const VAV = 0x648;
/** Words that open a phrase of their own: a name after them in a title's phrase is no longer the title's ("وزير الخارجية إلى أديس أبابا"). */
const PREPOSITIONS = new Set(['في', 'الي', 'الى', 'من', 'علي', 'عن', 'حول', 'بشان', 'لحضور', 'للمشاركه']);
/** A counterpart (نظيره): its phrase names another person, never the role of the name before it. */
const COUNTERPART = /^[وبل]?نظير/;

export function arabicPeople(
  tokens: readonly Token[],
  registry: PeopleRegistry,
  dated: ReadonlySet<number> = new Set(),
  findKnown = true,
): ParticipantMention[] {
  const people: ParticipantMention[] = [];
  const taken = new Set<number>();
  /** Words of the names found (a subset of `taken`, which also holds titles). */
  const named = new Set<number>();
  const { entries } = gazetteer();
  const isTitle = (t: Token) => t.stems.some((s) => ARABIC_TITLES.has(s));
  // ويصل is "and arrives", but فيصل is a name: only و is taken off a verb here. A word in ال is never a
  // verb (السيسي is not س + يسي); a future verb is س before the person prefix.
  const isVerb = (t: Token) =>
    ARABIC_VERBS.has(t.key) ||
    (t.key.startsWith('و') && t.stems.some((s) => ARABIC_VERBS.has(s))) ||
    // (but سيمني after بيتر is a surname)
    (/^و?س[يتن]/.test(t.text) && !/^و?ال/.test(t.text) && !isGivenName(t.key) && !afterGiven.has(t.start));
  // A quoted run is the name of a thing («أستانا»), unless a given name opens it ("الأخضر الإبراهيمي" in quotes).
  const quotedNames = quotedPeople(tokens);
  const afterGiven = new Set<number>();
  for (let k = 1; k < tokens.length; k++) if (tokens[k - 1]!.given !== NOT_GIVEN) afterGiven.add(tokens[k]!.start);
  const nameLike = (t: Token) =>
    (!t.quoted || quotedNames.has(t.start)) &&
    !dated.has(t.start) &&
    /^[\u0600-\u06FF]{2,}$/.test(t.key) &&
    // Tanween (وفداً، مشتركاً) marks a common noun or an adjective, never a name.
    !TANWEEN.test(t.text) &&
    // و، ب، ف، ك، ل before the article: a conjunct or a preposition, never part of a name.
    !/^(?:[وفبك]ال|لل)/.test(t.key) &&
    !t.stems.some((s) => ARABIC_NOT_NAMES.has(s) || ARABIC_TITLES.has(s) || entries.has(s)) &&
    t.arabicNoun === null &&
    !isVerb(t);
  /** A name that a reader can tell is one: a given name opens it, or the article named one of its words before. */
  const cued = (name: { from: number; to: number }) =>
    givenCueAt(tokens, name.from) !== NOT_GIVEN ||
    tokens.slice(name.from, name.to).some((t) => t.stems.some((stem) => registry.lookup(stem)?.kind === 'person'));
  /** The person named last in the clause: a title right after their name is theirs. */
  let lastAdded: ReturnType<PeopleRegistry['add']> | null = null;
  const add = (titleFrom: number, name: { from: number; to: number }, roleTokens: readonly Token[]) => {
    const words = tokens.slice(name.from, name.to);
    const nameAr = words.map((t, k) => (k === 0 ? firstWordText(t) : t.text).replace(/\u0640/g, '')).join(' ');
    const role = roleTokens
      .map((t, k) => (k === 0 ? t.text.replace(/^و(?=ال)/, '') : t.text))
      .join(' ')
      .replace(/[،,]\s*$/, '')
      .trim();
    const person = registry.add({ kind: 'person', name: null, nameAr, role: role || null });
    if (role) registry.titled(role, person);
    lastAdded = person;
    people.push({
      kind: 'person',
      name: person.name,
      nameAr: person.nameAr,
      role: role || person.role,
      start: words[0]!.start,
      titleStart: tokens[titleFrom]!.start,
    });
    for (let k = Math.min(titleFrom, name.from); k < Math.max(name.to, titleFrom + roleTokens.length); k++)
      taken.add(k);
    for (let k = name.from; k < name.to; k++) named.add(k);
  };

  for (let i = 0; i < tokens.length; i++) {
    if (!isTitle(tokens[i]!) || taken.has(i)) continue;
    // "مطلق القحطاني المبعوث الخاص لوزير الخارجية …": a title right after a name is that person's role
    // (not "… بنظيره": a preposition or a counterpart introduces someone else).
    if (named.has(i - 1) && ARABIC_TITLES.has(tokens[i]!.key) && !COUNTERPART.test(tokens[i]!.key)) {
      const last = Math.min(tokens.length - 1, i + MAX_TITLE_WORDS);
      const ends = (t: Token) =>
        isVerb(t) || t.arabicNoun !== null || PHRASE_ENDS.has(t.key) || dated.has(t.start) || t.key === 'قد';
      const from = i;
      while (i < last && !/[،,.:؛]/.test(tokens[i]!.after) && !ends(tokens[i + 1]!)) taken.add(i++);
      taken.add(i);
      if (lastAdded) registry.titled(`${tokens[from]!.text} ${tokens[from + 1]?.text ?? ''}`, lastAdded);
      continue;
    }
    // The phrase runs from the title to the first boundary.
    let end = i + 1;
    while (end < tokens.length && end - i <= MAX_TITLE_WORDS) {
      const t = tokens[end]!;
      if (
        isVerb(t) ||
        (t.key.startsWith('و') && isTitle(t)) ||
        t.arabicNoun !== null ||
        /^\d/.test(t.key) ||
        PHRASE_ENDS.has(t.key)
      )
        break;
      // "الرئيس الأسد الدكتور فيصل المقداد": a title after other words opens the next person ("السيد الرئيس بشار" is one).
      if (isTitle(t) && !isTitle(tokens[end - 1]!)) break;
      end++;
      if (/[،,.:؛]/.test(t.after)) break;
    }
    let name = firstNameRun(tokens, i + 1, end, nameLike);
    // "وزير الخارجية إلى أديس أبابا": past a preposition, only a name a reader can tell is one is the title's.
    if (name && !cued(name) && tokens.slice(i + 1, name.from).some((t) => PREPOSITIONS.has(t.key))) name = null;
    // "المبعوث الخاص إلى سورية، غير بيدرسون، سيزور": the name is the next comma-delimited run
    // (and it is, rather than an uncued run inside the phrase: "في حكومة تصريف الأعمال، أسعد الشيباني").
    if ((!name || !cued(name)) && /[،,]/.test(tokens[end - 1]?.after ?? '')) {
      const next = firstNameRun(tokens, end, Math.min(tokens.length, end + 7), nameLike);
      if (next && next.from === end && (!name || cued(next))) name = next;
    }
    if (name) {
      add(i, name, tokens.slice(i, name.from));
      continue;
    }
    // "الوزير المقداد سيحضر": a definite title and a surname alone, before a verb, a preposition or a comma.
    const lone = tokens[i + 1];
    if (
      lone &&
      /^(?:[وبل]?ال|لل)/.test(tokens[i]!.text) &&
      /^ال/.test(lone.text) &&
      nameLike(lone) &&
      !registry.lookup(lone.key) &&
      (i + 2 >= tokens.length ||
        /[،,.:؛]/.test(lone.after) ||
        isVerb(tokens[i + 2]!) ||
        PREPOSITIONS.has(tokens[i + 2]!.key))
    ) {
      add(i, { from: i + 1, to: i + 2 }, [tokens[i]!]);
      // (a headline's "الرئيس الأسد" is بشار الأسد once the story names him in full)
      registry.awaitFullName(lone.key, people.at(-1)!);
      continue;
    }
    // "ثم ينتقل وزير الخارجية إلى …": a title alone (one or two words, then a boundary) is who last had it.
    const boundary = (k: number) =>
      k >= tokens.length ||
      isVerb(tokens[k]!) ||
      PREPOSITIONS.has(tokens[k]!.key) ||
      /[،,.:؛]/.test(tokens[k - 1]!.after);
    const words = boundary(i + 1) ? 1 : boundary(i + 2) ? 2 : 0;
    const titleKey = tokens[i]!.stems.find((stem) => ARABIC_TITLES.has(stem))!;
    const holder =
      words > 0 && findKnown
        ? registry.withTitle(words === 2 ? `${titleKey} ${tokens[i + 1]!.key}` : titleKey)
        : undefined;
    if (holder) {
      people.push({
        kind: 'person',
        name: holder.name,
        nameAr: holder.nameAr,
        role: holder.role,
        start: tokens[i]!.start,
      });
      continue;
    }
    // "أحمد أبو الغيط الأمين العام": the name right before a title that may follow it, when it opens with a given name.
    // (للمبعوث, "of the envoy", is a genitive, not a name's title.)
    // ("سامح شكري، وزير الخارجية،": after a comma too, when a given name opens it.)
    if (!ARABIC_TITLES_AFTER_NAME.has(tokens[i]!.key) || /[.:؛]/.test(tokens[i - 1]?.after ?? '')) continue;
    const before = nameRunEndingAt(tokens, i, nameLike);
    const apposed = /[،,]/.test(tokens[i - 1]?.after ?? '');
    if (before && !taken.has(before.from) && (apposed ? givenCueAt(tokens, before.from) === GIVEN : cued(before)))
      add(i, before, tokens.slice(i, end));
  }

  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    // "اجتمع مع زلماي خليل زاد", "بحضور …", "إلى جانب …": a name right after such a word needs no title.
    const cue = ARABIC_NAME_CUES.has(tokens[i]!.key) && !taken.has(i + 1) && !/^ال/.test(tokens[i + 1]?.text ?? '');
    // "… سامح شكري وأيمن الصفدي": a given name opens a name anywhere (but "مطار رفيق الحريري" is a place).
    const given = !cue && givenCueAt(tokens, i) !== NOT_GIVEN && !ARABIC_NAMED_AFTER.has(tokens[i - 1]?.key ?? '');
    if (!cue && !given) continue;
    const from = cue ? i + 1 : i;
    const name = firstNameRun(tokens, from, Math.min(tokens.length, from + MAX_NAME_WORDS + 3), nameLike);
    if (!name || name.from !== from) continue;
    // After مع any name-like run is someone ("مع زلماي خليل زاد"); after the other cues, only one a reader can tell ("إلى جانب قضايا …" is not).
    if (cue && !WITH.has(tokens[i]!.key) && !cued(name)) continue;
    // A given name that is also a word (جان، حسن، أمل) opens a name only with another cue: a second given name, a joiner.
    if (given && givenCueAt(tokens, i) === AMBIGUOUS_GIVEN && !otherCue(tokens, name)) continue;
    // Someone already introduced ("مع خليل زاد") is found again below, with their full name.
    if (tokens.slice(name.from, name.to).some((t) => t.stems.some((stem) => registry.lookup(stem)))) continue;
    add(from, name, []);
    i = name.to - 1;
  }

  // People named earlier (or known to the calendar), found again by a surname or full name.
  for (let i = 0; i < tokens.length && findKnown; i++) {
    if (taken.has(i)) continue;
    for (const stem of tokens[i]!.stems) {
      const pair = i + 1 < tokens.length && registry.opensPair(stem) ? `${stem} ${tokens[i + 1]!.key}` : '';
      const person = (pair && registry.lookup(pair)) || registry.lookup(stem);
      if (person && person.kind === 'person') {
        people.push({ kind: 'person', name: person.name, nameAr: person.nameAr, role: null, start: tokens[i]!.start });
        break;
      }
    }
  }
  return people;
}

/** Words that open another clause: a title's phrase ends before them ("الرئيس الأسد أن الشعب …"). */
const PHRASE_ENDS = new Set(['ان', 'انه', 'انها', 'الذي', 'التي', 'حيث', 'حتي', 'لكن', 'بينما', 'فيما']);

/** At most three words of a name, besides the words that join them (بن، آل، عبد، أبو) and the second half of a compound (نصر الدين). */
const MAX_NAME_WORDS = 3;

/**
 * Given names that the article opens (Maghrebi copy: الباجي قايد السبسي، الحبيب الصيد، الطيب البكوش):
 * the lexicon keys them without it, and a first name is otherwise never in ال.
 */
const ARTICLE_GIVEN_NAMES = new Set([
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

function isJoiner(t: Token): boolean {
  return ARABIC_NAME_JOINERS.has(t.key);
}

/** A first word as the name is written: "وأيمن" in a list is أيمن (but وليد and وائل are names in و). */
function firstWordText(t: Token): string {
  return t.text.startsWith('و') && !isGivenName(t.key) && t.stems.length > 1 && isGivenName(t.stems[1]!)
    ? t.text.slice(1)
    : t.text;
}

/** The cue of the given name tokens[i] opens: a word, its compound (عبد الفتاح), its و of a list, or the article of الباجي. */
function givenCueAt(tokens: readonly Token[], i: number): GivenNameCue {
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
function otherCue(tokens: readonly Token[], name: { from: number; to: number }): boolean {
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
function quotedPeople(tokens: readonly Token[]): Set<number> {
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
function firstNameRun(
  tokens: readonly Token[],
  from: number,
  to: number,
  nameLike: (t: Token) => boolean,
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
    if (parts >= 2 && stop - i >= 2) return { from: i, to: stop };
    i = Math.max(stop, i + 1);
  }
  return null;
}

/** tokens[k] is the second half of a compound given name (نصر الدين) inside a run that began at `start`. */
function isCompoundTail(tokens: readonly Token[], k: number, start: number): boolean {
  return k > start && COMPOUND_TAILS.has(tokens[k]!.key) && /^ال/.test(tokens[k]!.text);
}

/** The run of two to three name-like words (plus joiners) that ends right before tokens[at]. */
function nameRunEndingAt(
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
