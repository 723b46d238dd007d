/**
 * What a clause names: places, countries, organisations (from the gazetteer) and people (by
 * their titles, or because the article or the calendar named them before).
 */
import type { ParticipantKind } from '../calendar/types.js';
import {
  gazetteer,
  type Country,
  type Descriptor,
  type GazetteerEntry,
  type Institution,
  type NameWords,
  type Organization,
  type Place,
  type Venue,
} from './gazetteer/index.js';
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
  /** Introduced by في / إلى / in / to / at, or by a descriptor (مدينة، العاصمة): where something happens. */
  introduced: boolean;
  /** The venue it was read from (قصر بيان, the Kremlin) or that was named with it ("قصر السلام في جدة"). */
  venue?: Venue;
  /** The venue's city was its likeliest of several (قصر الشعب: Damascus or Algiers): the article's other places may say which. */
  venueGuessed?: true;
  /** Said as where someone comes from ("arrived from Rome", "قادماً من عمان"): not where anything happens. */
  origin?: true;
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
  /** Countries named as a place (في سورية) with no city: the place is the country's capital, when known. */
  countryPlaces: (PlaceMention & { country: Country })[];
  participants: ParticipantMention[];
  /** Institutions named as a place without their country ("at the presidential palace"): the meeting's country says which. */
  institutions: InstitutionMention[];
}

export interface InstitutionMention {
  institution: Institution;
  start: number;
  end: number;
}

/** Words after which a place is where something happens: في لندن, إلى دمشق, العاصمة واشنطن. */
/** A title and its descriptor ("المبعوث الخاص لشؤون سورية") are never longer than this. */
const MAX_TITLE_WORDS = 10;
const LOCATIVE = new Set(['في', 'الي', 'الى', 'in', 'to', 'at', 'عاصمه', 'مدينه']);
/** Words that put a venue where something happens besides the locatives: "reached Ain al-Tineh", "داخل قصر …". */
const VENUE_LOCATIVE = new Set(['inside', 'into', 'reached', 'visited', 'visiting', 'visit', 'داخل', 'من داخل']);
/** Words a locative may stand before on its way to a venue or a descriptor: "at the headquarters of …", "في مقر …". */
const BEFORE_VENUE = new Set(['the', 'of', 'a', 'headquarters', 'building', 'premises', 'مقر', 'مبني']);
/** Words that make a name that is both a city and a country the country: دولة الكويت, سلطنة عمان, the State of Kuwait. */
const STATE_WORDS = new Set(['دوله', 'سلطنه', 'مملكه', 'جمهوريه', 'اماره', 'state', 'sultanate', 'kingdom', 'republic', 'emirate']);
/** Verbs whose object is where a visit is: "will visit Saudi Arabia", "يزور الكويت", "زار دمشق". */
const VISIT_VERB = /^(?:visit|visits|visited|visiting|tour|tours|toured|touring)$|^[وف]?س?[يتن]زور(?:ان|ون)?$|^[وف]?زار(?:ت|وا|ا)?$/;

/** A word after which a place is where something happens: a locative (في، to, at) or a verb of visiting. */
function introduces(token: Token): boolean {
  return LOCATIVE.has(token.key) || VISIT_VERB.test(token.key);
}

const UPPER_INITIAL = /^\p{Lu}/u;

/** Words before the place someone comes from. */
const ORIGIN = new Set(['from', 'من']);
/** A descriptor's reach: the name it describes follows within this many words ("the Saudi city of AlUla"). */
const DESCRIPTOR_REACH = 2;
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

/** A descriptor waiting for its name: "the Egyptian capital" (, Cairo), "مدينة" (العلا). */
interface PendingDescriptor {
  kind: Descriptor;
  start: number;
  end: number;
  introduced: boolean;
  /** The capital's country, named before it (the Egyptian capital) or after (العاصمة السورية، capital of Syria). */
  country: Country | null;
  /** The last word index the name may start at. */
  until: number;
}

/**
 * Places, countries, organisations and venues: the longest gazetteer name at each word, read
 * with the words around it. A venue is where a meeting is only when something places it there
 * (في / at / reached …): "the Kremlin said" is the government speaking. A descriptor makes the
 * name after it a city (مدينة الكويت، the Saudi city of AlUla), or names its country's capital
 * ("the Turkish capital"); a state word makes it the country (دولة الكويت).
 */
export function gazetteerMentions(tokens: readonly Token[], arabic: boolean): Mentions {
  const { entries, words } = gazetteer();
  const mentions: Mentions = { places: [], countryPlaces: [], participants: [], institutions: [] };
  let chained = false;
  let descriptor: PendingDescriptor | null = null;
  /** The last country named (adjective or name) and the word after it: "the Egyptian capital", "Kuwait's Foreign Ministry". */
  let lastCountry: { country: Country; next: number } | null = null;
  /** The last venue or institution placed, and the word after it: a city right after it says where it is ("قصر السلام في جدة"). */
  let lastVenue: { next: number; mention: PlaceMention | InstitutionMention } | null = null;
  for (let i = 0; i < tokens.length; ) {
    if (descriptor !== null && i > descriptor.until) descriptor = flushDescriptor(descriptor, mentions);
    const longest = tokens[i]!.nameSpan;
    if (longest === 0) {
      // No name starts here (most words): nothing to chain either ("and" in "to Kuwait, Oman and Qatar" aside)
      if (chained && tokens[i]!.key !== 'and') chained = false;
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
    if (matched === 0) {
      chained = false;
      i++;
      continue;
    }
    const first = tokens[i]!;
    const last = tokens[i + matched - 1]!;
    const next = i + matched;
    const previous = tokens[i - 1];
    // و ب ل … taken off (not the article's ل: والأردن is and-Jordan, not in-Jordan)
    const clinging = stem === first.key ? '' : first.key.slice(0, first.key.length - stem.length).replace(/ال$/, '');
    const beforePrevious = tokens[i - 2];
    let introduced: boolean =
      (previous !== undefined && introduces(previous)) ||
      // "يزور دولة الكويت": the place word after a state word.
      (previous !== undefined && beforePrevious !== undefined && STATE_WORDS.has(previous.key) && introduces(beforePrevious)) ||
      // "بالعاصمة الأردنية عمان": a capital, its country's adjective, then its name.
      (previous !== undefined && beforePrevious !== undefined && beforePrevious.stems.some((s) => LOCATIVE.has(s)) && isCountryAdjective(entries.get(previous.key))) ||
      /[بل]/.test(clinging) ||
      // "في العراق وسورية", "to Kuwait, Oman and Qatar": a place joined to a place inherits its في.
      (chained && (clinging.startsWith('و') || (!arabic && previous !== undefined && (previous.key === 'and' || previous.after.startsWith(',')))));
    // "بحث … بشأن سورية" is what is talked about; "بتوقيت الدوحة" names a clock, not a place.
    const topical = previous !== undefined && previous.stems.some((s) => TOPICAL.has(s) || s === 'توقيت');
    let place: GazetteerEntry | undefined;
    let country: GazetteerEntry | undefined;
    let organization: GazetteerEntry | undefined;
    let venue: GazetteerEntry | undefined;
    let institution: GazetteerEntry | undefined;
    let described: GazetteerEntry | undefined;
    for (const entry of found) {
      if (entry.kind === 'place') place ??= entry;
      else if (entry.kind === 'country') country ??= entry;
      else if (entry.kind === 'organization') organization ??= entry;
      else if (entry.kind === 'venue') venue ??= entry;
      else if (entry.kind === 'institution') institution ??= entry;
      else described ??= entry;
    }
    // The descriptor waiting for this name: it is a city, introduced as the descriptor was.
    const describedBy: PendingDescriptor | null = descriptor !== null && (place !== undefined || country !== undefined) ? descriptor : null;
    if (descriptor !== null && describedBy === null) descriptor = flushDescriptor(descriptor, mentions);
    chained = introduced;
    if (topical) {
      // talked about, neither where nor who
    } else if (venue?.kind === 'venue') {
      if (introduced || placedBefore(tokens, i)) {
        const [city, ...others] = venue.venue.places;
        const mention: PlaceMention = { place: city!, start: first.start, end: last.end, introduced: true, venue: venue.venue, ...(others.length > 0 ? { venueGuessed: true as const } : {}) };
        mentions.places.push(mention);
        lastVenue = { next, mention };
        if (venue.venue.organization) mentions.participants.push(organizationParticipant(venue.venue.organization, first.start, arabic));
      }
    } else if (institution?.kind === 'institution') {
      if (introduced || placedBefore(tokens, i)) {
        // Its country: named right before it (the Kuwaiti Foreign Ministry), or its adjective right after (وزارة الخارجية الكويتية).
        const owner = lastCountry !== null && lastCountry.next === i ? lastCountry.country : countryAfter(tokens, next, entries);
        const seat = owner ? (institution.institution.seats.get(owner.code) ?? owner.capital) : null;
        if (owner && seat) {
          const mention: PlaceMention = { place: seat, start: first.start, end: last.end, introduced: true, venue: institutionVenue(institution.institution, owner, seat) };
          mentions.places.push(mention);
          lastVenue = { next, mention };
        } else {
          const mention: InstitutionMention = { institution: institution.institution, start: first.start, end: last.end };
          mentions.institutions.push(mention);
          lastVenue = { next, mention };
        }
      }
    } else if (described?.kind === 'descriptor') {
      descriptor = {
        kind: described.descriptor,
        start: first.start,
        end: last.end,
        introduced: introduced || placedBefore(tokens, i),
        country: described.descriptor === 'capital' && lastCountry !== null && lastCountry.next === i ? lastCountry.country : null,
        until: next + DESCRIPTOR_REACH,
      };
    } else if (describedBy?.kind === 'capital' && describedBy.country === null && country?.kind === 'country' && place === undefined) {
      // "العاصمة السورية", "the capital of Syria": the capital's country, not a party; its name may follow.
      describedBy.country = country.country;
      describedBy.until = next + DESCRIPTOR_REACH;
      descriptor = describedBy;
    } else {
      if (describedBy) {
        introduced ||= describedBy.introduced;
        descriptor = null;
      }
      const stated = !describedBy && previous !== undefined && (STATE_WORDS.has(previous.key) || (previous.key === 'of' && beforePrevious !== undefined && STATE_WORDS.has(beforePrevious.key)));
      // A name that is also an ordinary word (العقبة) is a place only where a place is expected.
      // (Or in a meeting's name: قمة العلا, the Aqaba meeting.)
      const expected = introduced || describedBy !== null || (previous !== undefined && (previous.arabicNoun !== null || previous.englishNoun !== null));
      const usable = place?.kind === 'place' && !(place.common && !expected) ? place : undefined;
      if (usable?.kind === 'place' && !stated && (introduced || describedBy || !country)) {
        const mention: PlaceMention = { place: usable.place, start: first.start, end: last.end, introduced };
        if (previous !== undefined && ORIGIN.has(previous.key)) mention.origin = true;
        // "قصر السلام في جدة", "Bayan Palace in Kuwait City": the city named right after a venue is the venue's.
        if (lastVenue !== null && introduced && i <= lastVenue.next + 1) attachVenue(mentions, lastVenue.mention, mention);
        mentions.places.push(mention);
      } else if (country?.kind === 'country') {
        lastCountry = { country: country.country, next };
        if (introduced && !country.adjective && country.country.zone) {
          const capital = country.country.capital;
          mentions.countryPlaces.push({
            place: capital ?? { name: country.country.name, nameAr: country.country.nameAr, zone: country.country.zone, country: country.country.code },
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
    i += matched;
  }
  if (descriptor !== null) flushDescriptor(descriptor, mentions);
  return mentions;
}

/** A descriptor whose name never came: a capital of a named country is that capital ("the Turkish capital"). */
function flushDescriptor(descriptor: PendingDescriptor, mentions: Mentions): null {
  const capital = descriptor.kind === 'capital' ? descriptor.country?.capital : null;
  if (capital) mentions.places.push({ place: capital, start: descriptor.start, end: descriptor.end, introduced: descriptor.introduced });
  return null;
}

/** A locative before word `i` across the words a venue's phrase may open with: "at the headquarters of …", "in the Red Sea resort of …". */
function placedBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
    const t = tokens[k]!;
    if (/[,،.;:؛]/.test(t.after)) return false;
    if (LOCATIVE.has(t.key) || VENUE_LOCATIVE.has(t.key)) return true;
    // A word in a name (Red Sea, Kuwait's) or a country's adjective may stand between; anything else ends the phrase.
    if (!BEFORE_VENUE.has(t.key) && t.nameSpan === 0 && !UPPER_INITIAL.test(t.text)) return false;
  }
  return false;
}

/** The country whose adjective is the word at `at` (وزارة الخارجية الكويتية), if it is one. */
function countryAfter(tokens: readonly Token[], at: number, entries: ReadonlyMap<string, readonly GazetteerEntry[]>): Country | null {
  const token = tokens[at];
  if (!token || token.nameSpan === 0) return null;
  for (const stem of token.stems) {
    const entry = entries.get(stem)?.find((e) => e.kind === 'country');
    if (entry?.kind === 'country' && entry.adjective) return entry.country;
  }
  return null;
}

/** The venue an institution is, once its country is known: "Foreign ministry (Kuwait)". */
function institutionVenue(institution: Institution, country: Country, seat: Place): Venue {
  return { name: `${institution.name} (${country.name})`, nameAr: `${institution.nameAr} (${country.nameAr})`, places: [seat], organization: null };
}

/** The city right after a venue is where the venue is: the city's mention keeps the venue, the venue's own is dropped. */
function attachVenue(mentions: Mentions, venue: PlaceMention | InstitutionMention, city: PlaceMention): void {
  if ('place' in venue) {
    city.venue = venue.venue;
    const at = mentions.places.lastIndexOf(venue);
    if (at >= 0) mentions.places.splice(at, 1);
  } else {
    city.venue = { name: venue.institution.name, nameAr: venue.institution.nameAr, places: [city.place], organization: null };
    const at = mentions.institutions.lastIndexOf(venue);
    if (at >= 0) mentions.institutions.splice(at, 1);
  }
}

/** The step after a folded word (a key may hold several words: "al-Assad" folds to two). */
function walk(step: NameWords, key: string): NameWords | undefined {
  // No step is named by several words: a key found as it is holds one (most keys, so they are not searched for a space).
  const next = step.next.get(key);
  if (next !== undefined || !key.includes(' ')) return next;
  let at: NameWords | undefined = step;
  for (const part of key.split(' ')) at = at?.next.get(part);
  // "Arabia's" folds to "arabia s": unless a name goes on with the s (People's Palace), the name is the word before it.
  if (at === undefined && key.endsWith(' s')) return walk(step, key.slice(0, -2));
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
