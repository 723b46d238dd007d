/** People in Arabic text: titles before or after the name, name runs, and people named before. */
import { gazetteer } from '../gazetteer/index.js';
import {
  ARABIC_NAME_JOINERS,
  ARABIC_NOT_NAMES,
  ARABIC_TITLES,
  ARABIC_TITLES_AFTER_NAME,
  ARABIC_VERBS,
} from '../meeting-words.js';
import { type Token } from '../clauses.js';

import type { ParticipantMention } from '../mentions.js';
import type { PeopleRegistry } from './registry.js';

const MAX_TITLE_WORDS = 10;
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
    (/^و?س[يتن]/.test(t.text) && !/^و?ال/.test(t.text));
  const nameLike = (t: Token) =>
    !t.quoted &&
    !dated.has(t.start) &&
    /^[\u0600-\u06FF]{2,}$/.test(t.key) &&
    // و، ب، ف، ك، ل before the article: a conjunct or a preposition, never part of a name.
    !/^(?:[وفبك]ال|لل)/.test(t.key) &&
    !t.stems.some((s) => ARABIC_NOT_NAMES.has(s) || ARABIC_TITLES.has(s) || entries.has(s)) &&
    t.arabicNoun === null &&
    !isVerb(t);
  const add = (titleFrom: number, name: { from: number; to: number }, roleTokens: readonly Token[]) => {
    const words = tokens.slice(name.from, name.to);
    const nameAr = words.map((t) => t.text.replace(/\u0640/g, '')).join(' ');
    const role = roleTokens
      .map((t, k) => (k === 0 ? t.text.replace(/^و(?=ال)/, '') : t.text))
      .join(' ')
      .replace(/[،,]\s*$/, '')
      .trim();
    const person = registry.add({ kind: 'person', name: null, nameAr, role: role || null });
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
    // "مطلق القحطاني المبعوث الخاص لوزير الخارجية …": a title right after a name is that person's role.
    if (named.has(i - 1) && !tokens[i]!.key.startsWith('و')) {
      const last = Math.min(tokens.length - 1, i + MAX_TITLE_WORDS);
      const ends = (t: Token) =>
        isVerb(t) || t.arabicNoun !== null || PHRASE_ENDS.has(t.key) || dated.has(t.start) || t.key === 'قد';
      while (i < last && !/[،,.:؛]/.test(tokens[i]!.after) && !ends(tokens[i + 1]!)) taken.add(i++);
      taken.add(i);
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
    // "المبعوث الخاص إلى سورية، غير بيدرسون، سيزور": the name is the next comma-delimited run.
    if (!name && /[،,]/.test(tokens[end - 1]?.after ?? '')) {
      const next = firstNameRun(tokens, end, Math.min(tokens.length, end + 7), nameLike);
      if (next && next.from === end) name = next;
    }
    if (name) {
      add(i, name, tokens.slice(i, name.from));
      continue;
    }
    // "أحمد أبو الغيط الأمين العام": the name right before a title that may follow it.
    // (للمبعوث, "of the envoy", is a genitive, not a name's title.)
    if (!ARABIC_TITLES_AFTER_NAME.has(tokens[i]!.key) || /[،,.:؛]/.test(tokens[i - 1]?.after ?? '')) continue;
    const before = nameRunEndingAt(tokens, i, nameLike);
    if (before && !taken.has(before.from)) add(i, before, tokens.slice(i, end));
  }

  // "اجتمع مع زلماي خليل زاد": a name right after مع needs no title.
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.key !== 'مع' || taken.has(i + 1)) continue;
    const name = firstNameRun(tokens, i + 1, Math.min(tokens.length, i + 1 + MAX_NAME_WORDS + 2), nameLike);
    // Someone already introduced ("مع خليل زاد") is found again below, with their full name.
    const known = name && tokens.slice(name.from, name.to).some((t) => t.stems.some((stem) => registry.lookup(stem)));
    if (name && !known && name.from === i + 1 && !/^ال/.test(tokens[i + 1]!.text)) add(i + 1, name, []);
  }

  // People named earlier (or known to the calendar), found again by a surname or full name.
  for (let i = 0; i < tokens.length && findKnown; i++) {
    if (taken.has(i)) continue;
    for (const stem of tokens[i]!.stems) {
      const pair = i + 1 < tokens.length ? `${stem} ${tokens[i + 1]!.key}` : '';
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

/** At most three words of a name, besides the words that join them (بن، آل، عبد، أبو). */
const MAX_NAME_WORDS = 3;

function isJoiner(t: Token): boolean {
  return ARABIC_NAME_JOINERS.has(t.key);
}

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
    // A first name never carries the article: "النواب نبيه بري" is نبيه بري.
    while (i < to && nameLike(tokens[i]!) && /^ال/.test(tokens[i]!.text) && !isJoiner(tokens[i]!)) i++;
    let stop = i;
    let words = 0;
    // "ميشال عون وسفراء …": after two words, و opens the next item of a list.
    while (
      stop < to &&
      nameLike(tokens[stop]!) &&
      (words < MAX_NAME_WORDS || isJoiner(tokens[stop]!)) &&
      !(words >= 2 && /^و/.test(tokens[stop]!.text))
    ) {
      if (!isJoiner(tokens[stop]!)) words++;
      stop++;
      if (/[،,.:؛«»"]/.test(tokens[stop - 1]!.after)) break;
    }
    // A name does not end on a joiner ("… بن").
    while (stop > i && isJoiner(tokens[stop - 1]!)) stop--;
    if (words >= 2 && stop - i >= 2) return { from: i, to: stop };
    i = Math.max(stop, i + 1);
  }
  return null;
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

/** A word of a title before a name: capitalised, or "of" and "for" (Secretary of State). */
