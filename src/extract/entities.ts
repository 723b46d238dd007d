/**
 * What a clause names: places, countries, organisations (from the gazetteer) and people (by
 * their titles, or because the article or the calendar named them before).
 */
import type { ParticipantKind } from '../calendar/types.js';
import { gazetteer, type Country, type GazetteerEntry, type NameWords, type Organization, type Place } from './gazetteer/index.js';
import {
  ARABIC_NAME_JOINERS,
  ARABIC_NOT_NAMES,
  ARABIC_TITLES,
  ARABIC_TITLES_AFTER_NAME,
  ARABIC_VERBS,
  ENGLISH_NAME_JOINERS,
  ENGLISH_ROLE_WORDS,
  ENGLISH_TITLES,
} from './meeting-words.js';
import { nameKeyOf, type Token } from './clauses.js';

export interface PlaceMention {
  place: Place;
  start: number;
  end: number;
  /** Introduced by في / إلى / in / to: where something happens. */
  introduced: boolean;
}

export interface PersonName {
  name: string | null;
  nameAr: string | null;
  role: string | null;
}

export interface ParticipantMention {
  kind: ParticipantKind;
  name: string | null;
  nameAr: string | null;
  role: string | null;
  start: number;
  /** Where the person's title begins (السفير …, U.N. envoy …): a place inside it is their post, not where they meet. */
  titleStart?: number;
}

export interface Mentions {
  places: PlaceMention[];
  /** Countries named as a place (في سورية) with no city. */
  countryPlaces: (PlaceMention & { country: Country })[];
  participants: ParticipantMention[];
}

/** Words after which a place is where something happens: في لندن, إلى دمشق, العاصمة واشنطن. */
/** A title and its descriptor ("المبعوث الخاص لشؤون سورية") are never longer than this. */
const MAX_TITLE_WORDS = 10;
const LOCATIVE = new Set(['في', 'الي', 'الى', 'in', 'to', 'at', 'عاصمه', 'مدينه']);
/** Words after which a country is what is talked about, not who talks: لشؤون سورية, the Syria file. */
const TOPICAL = new Set(['لشوون', 'شوون', 'بشان', 'حول', 'ازمه', 'ضد', 'عن', 'ملف', 'about', 'on', 'against', 'over']);
/** Words before an adjective that make it a party: نظيره الأردني, الجانب التركي, the Jordanian side. */
const PARTY_BEFORE = new Set(['نظيره', 'نظيرته', 'نظيريه', 'جانب', 'وفد', 'وزير', 'الوزير', 'خارجيه', 'حكومه', 'رئيس', 'سفير']);

/** A person the article (or the calendar) named in full, found again by any of their words. */
export class PeopleRegistry {
  private readonly byKey = new Map<string, PersonName & { kind: ParticipantKind }>();

  constructor(known: readonly (PersonName & { kind: ParticipantKind })[] = []) {
    for (const person of known) this.add(person);
  }

  add(person: PersonName & { kind: ParticipantKind }): PersonName & { kind: ParticipantKind } {
    const existing = this.find([person.nameAr, person.name]);
    if (existing) {
      existing.name ??= person.name;
      existing.nameAr ??= person.nameAr;
      existing.role ??= person.role;
      return existing;
    }
    const entry = { ...person };
    for (const name of [person.name, person.nameAr]) {
      if (!name) continue;
      const key = nameKeyOf(name);
      this.byKey.set(key, entry);
      // A surname alone names the person too, once they have been introduced.
      const lastSpace = key.lastIndexOf(' ');
      if (entry.kind === 'person' && lastSpace >= 0) this.byKey.set(key.slice(lastSpace + 1), entry);
    }
    return entry;
  }

  find(names: readonly (string | null)[]): (PersonName & { kind: ParticipantKind }) | undefined {
    for (const name of names) {
      if (!name) continue;
      const found = this.byKey.get(nameKeyOf(name));
      if (found) return found;
    }
    return undefined;
  }

  /** The person a folded word (or word pair) names, if any. */
  lookup(key: string): (PersonName & { kind: ParticipantKind }) | undefined {
    return this.byKey.get(key);
  }
}

/** Places, countries and organisations: the longest gazetteer name at each word. */
export function gazetteerMentions(tokens: readonly Token[], arabic: boolean): Mentions {
  const { entries, words } = gazetteer();
  const mentions: Mentions = { places: [], countryPlaces: [], participants: [] };
  let chained = false;
  for (let i = 0; i < tokens.length; ) {
    const longest = tokens[i]!.nameSpan;
    if (longest === 0) {
      // No name starts here (most words): nothing to chain either
      chained = false;
      i++;
      continue;
    }
    // The longest name at i, over the word's readings (the first reading wins a tie)
    let matched = 0;
    let found: readonly GazetteerEntry[] = [];
    let stem = '';
    const limit = Math.min(longest, tokens.length - i);
    for (const reading of tokens[i]!.stems) {
      // Down the names word by word: the last step that ends a whole name ends the longest
      let step = walk(words, reading);
      for (let size = 1; step; size++) {
        if (step.entries && size > matched) {
          matched = size;
          found = step.entries;
          stem = reading;
        }
        step = size < limit ? walk(step, tokens[i + size]!.key) : undefined;
      }
    }
    if (matched > 0) {
      const first = tokens[i]!;
      const last = tokens[i + matched - 1]!;
      const previous = tokens[i - 1];
      // و ب ل … taken off (not the article's ل: والأردن is and-Jordan, not in-Jordan)
      const clinging = stem === first.key ? '' : first.key.slice(0, first.key.length - stem.length).replace(/ال$/, '');
      const beforePrevious = tokens[i - 2];
      const introduced: boolean =
        (previous !== undefined && LOCATIVE.has(previous.key)) ||
        // "بالعاصمة الأردنية عمان": a capital, its country's adjective, then its name.
        (previous !== undefined && beforePrevious !== undefined && beforePrevious.stems.some((s) => LOCATIVE.has(s)) && isCountryAdjective(entries.get(previous.key))) ||
        /[بل]/.test(clinging) ||
        // "في العراق وسورية": a place joined by و to a place inherits its في.
        (chained && clinging.startsWith('و'));
      // "بحث … بشأن سورية" is what is talked about; "بتوقيت الدوحة" names a clock, not a place.
      const topical = previous !== undefined && previous.stems.some((s) => TOPICAL.has(s) || s === 'توقيت');
      const place = found.find((e) => e.kind === 'place');
      const country = found.find((e) => e.kind === 'country');
      const organization = found.find((e) => e.kind === 'organization');
      chained = introduced;
      if (topical) {
        // talked about, neither where nor who
      } else if (place?.kind === 'place' && (introduced || !country)) {
        mentions.places.push({ place: place.place, start: first.start, end: last.end, introduced });
      } else if (country?.kind === 'country') {
        if (introduced && !country.adjective && country.country.zone) {
          mentions.countryPlaces.push({
            place: { name: country.country.name, nameAr: country.country.nameAr, zone: country.country.zone, country: country.country.code },
            country: country.country,
            start: first.start,
            end: last.end,
            introduced,
          });
        } else if (!introduced && (!country.adjective || (previous !== undefined && previous.stems.some((s) => PARTY_BEFORE.has(s))))) {
          mentions.participants.push(countryParticipant(country.country, first.start));
        }
      } else if (organization?.kind === 'organization') {
        mentions.participants.push(organizationParticipant(organization.organization, first.start, arabic));
      }
    }
    if (matched === 0) chained = false;
    i += Math.max(1, matched);
  }
  return mentions;
}

/** The step after a folded word (a key may hold several words: "al-Assad" folds to two). */
function walk(step: NameWords, key: string): NameWords | undefined {
  // No step is named by several words: a key found as it is holds one (most keys, so they are not searched for a space).
  const next = step.next.get(key);
  if (next !== undefined || !key.includes(' ')) return next;
  let at: NameWords | undefined = step;
  for (const part of key.split(' ')) at = at?.next.get(part);
  return at;
}

function isCountryAdjective(found: readonly GazetteerEntry[] | undefined): boolean {
  return found?.some((e) => e.kind === 'country' && e.adjective) ?? false;
}

function countryParticipant(country: Country, start: number): ParticipantMention {
  return { kind: 'country', name: country.name, nameAr: country.nameAr, role: null, start };
}

function organizationParticipant(organization: Organization, start: number, _arabic: boolean): ParticipantMention {
  return { kind: 'organization', name: organization.name, nameAr: organization.nameAr, role: null, start };
}

/**
 * People in an Arabic clause. After a title (السفير، المبعوث الخاص …, وزير الخارجية …) the
 * name is the first run of two or more name-like words before the phrase ends (a comma, a
 * verb, «, و + a title), or, when the phrase ends at a comma, the words that follow it.
 * Egyptian and Gulf copy also put the name first (سامح شكري وزير الخارجية). People the
 * article named before are found again by their surname. `dated` holds the offsets of words
 * inside a date: "بعد غد الجمعة" is never a name. Without `findKnown`, only the people named
 * here with a title (the registry learns them; those found again are left out).
 */
export function arabicPeople(tokens: readonly Token[], registry: PeopleRegistry, dated: ReadonlySet<number> = new Set(), findKnown = true): ParticipantMention[] {
  const people: ParticipantMention[] = [];
  const taken = new Set<number>();
  /** Words of the names found (a subset of `taken`, which also holds titles). */
  const named = new Set<number>();
  const { entries } = gazetteer();
  const isTitle = (t: Token) => t.stems.some((s) => ARABIC_TITLES.has(s));
  // ويصل is "and arrives", but فيصل is a name: only و is taken off a verb here. A word in ال is never a
  // verb (السيسي is not س + يسي); a future verb is س before the person prefix.
  const isVerb = (t: Token) =>
    ARABIC_VERBS.has(t.key) || (t.key.startsWith('و') && t.stems.some((s) => ARABIC_VERBS.has(s))) || (/^و?س[يتن]/.test(t.text) && !/^و?ال/.test(t.text));
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
    people.push({ kind: 'person', name: person.name, nameAr: person.nameAr, role: role || person.role, start: words[0]!.start, titleStart: tokens[titleFrom]!.start });
    for (let k = Math.min(titleFrom, name.from); k < Math.max(name.to, titleFrom + roleTokens.length); k++) taken.add(k);
    for (let k = name.from; k < name.to; k++) named.add(k);
  };

  for (let i = 0; i < tokens.length; i++) {
    if (!isTitle(tokens[i]!) || taken.has(i)) continue;
    // "مطلق القحطاني المبعوث الخاص لوزير الخارجية …": a title right after a name is that person's role.
    if (named.has(i - 1) && !tokens[i]!.key.startsWith('و')) {
      const last = Math.min(tokens.length - 1, i + MAX_TITLE_WORDS);
      const ends = (t: Token) => isVerb(t) || t.arabicNoun !== null || PHRASE_ENDS.has(t.key) || dated.has(t.start) || t.key === 'قد';
      while (i < last && !/[،,.:؛]/.test(tokens[i]!.after) && !ends(tokens[i + 1]!)) taken.add(i++);
      taken.add(i);
      continue;
    }
    // The phrase runs from the title to the first boundary.
    let end = i + 1;
    while (end < tokens.length && end - i <= MAX_TITLE_WORDS) {
      const t = tokens[end]!;
      if (isVerb(t) || (t.key.startsWith('و') && isTitle(t)) || t.arabicNoun !== null || /^\d/.test(t.key) || PHRASE_ENDS.has(t.key)) break;
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
function firstNameRun(tokens: readonly Token[], from: number, to: number, nameLike: (t: Token) => boolean): { from: number; to: number } | null {
  let i = from;
  while (i < to) {
    while (i < to && !nameLike(tokens[i]!)) i++;
    // A first name never carries the article: "النواب نبيه بري" is نبيه بري.
    while (i < to && nameLike(tokens[i]!) && /^ال/.test(tokens[i]!.text) && !isJoiner(tokens[i]!)) i++;
    let stop = i;
    let words = 0;
    // "ميشال عون وسفراء …": after two words, و opens the next item of a list.
    while (stop < to && nameLike(tokens[stop]!) && (words < MAX_NAME_WORDS || isJoiner(tokens[stop]!)) && !(words >= 2 && /^و/.test(tokens[stop]!.text))) {
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
function nameRunEndingAt(tokens: readonly Token[], at: number, nameLike: (t: Token) => boolean): { from: number; to: number } | null {
  let from = at;
  let words = 0;
  while (from > 0 && nameLike(tokens[from - 1]!) && (words < MAX_NAME_WORDS || isJoiner(tokens[from - 1]!))) {
    if (from < at && /[،,.:؛]/.test(tokens[from - 1]!.after)) break;
    if (!isJoiner(tokens[from - 1]!)) words++;
    from--;
  }
  while (from < at && (isJoiner(tokens[from]!) || /^ال/.test(tokens[from]!.text)) && !/^عبد$/.test(tokens[from]!.key)) from++;
  return at - from >= 2 ? { from, to: at } : null;
}

/** A word of a title before a name: capitalised, or "of" and "for" (Secretary of State). */
const ROLE_WORD = /^\p{Lu}|^of$|^for$/u;
const CAPITALISED_WORD = /^\p{Lu}[\p{L}'’-]+$/u;

/**
 * People in an English clause: a run of capitalised words after a title ("Foreign Minister
 * Ayman Safadi", "U.N. envoy Geir Pedersen", "Secretary of State Mike Pompeo"), before one
 * ("Khalifa Shaheen Al Marar, Minister of State"), or (with `findKnown`) a name the article gave before.
 */
export function englishPeople(tokens: readonly Token[], registry: PeopleRegistry, findKnown = true): ParticipantMention[] {
  const people: ParticipantMention[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!isEnglishTitle(tokens[i]) || taken.has(i)) continue;
    let from = i + 1;
    while (from < tokens.length && (isEnglishTitle(tokens[from]) || ENGLISH_ROLE_WORDS.has(tokens[from]!.key)) && !/[,.;:]/.test(tokens[from - 1]!.after)) from++;
    const { to, words } = englishNameRun(tokens, from);
    let roleStart = i;
    while (roleStart > 0 && i - roleStart < 4 && ROLE_WORD.test(tokens[roleStart - 1]!.text) && !/[,.;:]/.test(tokens[roleStart - 1]!.after)) roleStart--;
    if (words >= 2 && !/[,.;:]/.test(tokens[from - 1]!.after)) {
      addEnglishPerson(tokens, registry, { from, to, roleFrom: roleStart, roleTo: from }, people, taken);
      i = to - 1;
      continue;
    }
    // "Khalifa Shaheen Al Marar, Minister of State": the name before a comma and its title.
    if (i >= 2 && /,/.test(tokens[i - 1]!.after)) {
      let start = i - 1;
      while (start > 0 && i - start < 6 && (isCapitalisedName(tokens[start - 1]) || ENGLISH_NAME_JOINERS.has(tokens[start - 1]!.key)) && !/[,.;:]/.test(tokens[start - 1]!.after)) start--;
      while (start < i && !isCapitalisedName(tokens[start])) start++;
      if (i - start >= 2 && isCapitalisedName(tokens[i - 1]) && !taken.has(start)) addEnglishPerson(tokens, registry, { from: start, to: i, roleFrom: i, roleTo: from }, people, taken);
    }
  }
  for (const token of findKnown ? tokens : []) {
    const person = registry.lookup(token.key);
    if (person && person.kind === 'person' && !people.some((p) => p.start <= token.start && token.start < p.start + (p.name?.length ?? 0))) {
      people.push({ kind: 'person', name: person.name, nameAr: person.nameAr, role: null, start: token.start });
    }
  }
  return people;
}

/** A capitalised word that can be part of a name: not a title, a role word or a place. */
function isCapitalisedName(t: Token | undefined): boolean {
  return t !== undefined && CAPITALISED_WORD.test(t.text) && !ENGLISH_TITLES.has(t.key) && !ENGLISH_ROLE_WORDS.has(t.key) && !gazetteer().entries.has(t.key);
}

function isEnglishTitle(t: Token | undefined): boolean {
  // (keys are folded without punctuation: "Dr." is "dr")
  return t !== undefined && ENGLISH_TITLES.has(t.key);
}

/** The end of the name that starts at tokens[from]: capitalised words and the joiners between them. */
function englishNameRun(tokens: readonly Token[], from: number): { to: number; words: number } {
  let to = from;
  let words = 0;
  while (to < tokens.length && words < 4) {
    const t = tokens[to]!;
    if (isCapitalisedName(t)) words++;
    else if (!(ENGLISH_NAME_JOINERS.has(t.key) && isCapitalisedName(tokens[to + 1]))) break;
    to++;
    if (/[,.;:]/.test(t.after)) break;
  }
  return { to, words };
}

/** Registers the person named by tokens[from, to) with the title tokens[roleFrom, roleTo), and marks those words taken. */
function addEnglishPerson(
  tokens: readonly Token[],
  registry: PeopleRegistry,
  { from, to, roleFrom, roleTo }: { from: number; to: number; roleFrom: number; roleTo: number },
  people: ParticipantMention[],
  taken: Set<number>,
): void {
  const name = wordsText(tokens, from, to);
  const role = wordsText(tokens, roleFrom, roleTo);
  const person = registry.add({ kind: 'person', name, nameAr: null, role });
  people.push({ kind: 'person', name: person.name, nameAr: person.nameAr, role, start: tokens[from]!.start, titleStart: tokens[roleFrom]!.start });
  for (let k = Math.min(from, roleFrom); k < Math.max(to, roleTo); k++) taken.add(k);
}

/** The words tokens[from, to) as the text writes them, one space apart. */
function wordsText(tokens: readonly Token[], from: number, to: number): string {
  let text = '';
  for (let k = from; k < to; k++) text += k === from ? tokens[k]!.text : ` ${tokens[k]!.text}`;
  return text;
}
