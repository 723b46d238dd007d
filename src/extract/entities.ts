/**
 * What a clause names: places, countries, organisations (from the gazetteer) and people (by
 * their titles, or because the article or the calendar named them before).
 */
import type { ParticipantKind } from '../calendar/types.js';
import { nameKey } from '../names/normalize.js';
import { gazetteer, type Country, type Organization, type Place } from './gazetteer/index.js';
import { ARABIC_NOT_NAMES, ARABIC_TITLES, ARABIC_VERBS, arabicTrigger, ENGLISH_TITLES } from './lexicon.js';
import type { Token } from './text.js';

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
      const key = nameKey(name);
      this.byKey.set(key, entry);
      // A surname alone names the person too, once they have been introduced.
      const words = key.split(' ');
      if (entry.kind === 'person' && words.length > 1) this.byKey.set(words.at(-1)!, entry);
    }
    return entry;
  }

  find(names: readonly (string | null)[]): (PersonName & { kind: ParticipantKind }) | undefined {
    for (const name of names) {
      if (!name) continue;
      const found = this.byKey.get(nameKey(name));
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
  const { entries, longest } = gazetteer();
  const mentions: Mentions = { places: [], countryPlaces: [], participants: [] };
  let chained = false;
  for (let i = 0; i < tokens.length; ) {
    let matched = 0;
    for (let size = Math.min(longest, tokens.length - i); size >= 1 && matched === 0; size--) {
      const rest = tokens.slice(i + 1, i + size).map((t) => t.key);
      for (const stem of tokens[i]!.stems) {
        const found = entries.get([stem, ...rest].join(' '));
        if (!found) continue;
        const first = tokens[i]!;
        const last = tokens[i + size - 1]!;
        const previous = tokens[i - 1];
        // و ب ل … taken off (not the article's ل: والأردن is and-Jordan, not in-Jordan)
        const clinging = first.key.slice(0, first.key.length - stem.length).replace(/ال$/, '');
        const introduced: boolean =
          (previous !== undefined && LOCATIVE.has(previous.key)) ||
          /[بل]/.test(clinging) ||
          // "في العراق وسورية": a place joined by و to a place inherits its في.
          (chained && clinging.startsWith('و'));
        const topical = previous !== undefined && previous.stems.some((s) => TOPICAL.has(s));
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
        matched = size;
        break;
      }
    }
    if (matched === 0) chained = false;
    i += Math.max(1, matched);
  }
  return mentions;
}

function countryParticipant(country: Country, start: number): ParticipantMention {
  return { kind: 'country', name: country.name, nameAr: country.nameAr, role: null, start };
}

function organizationParticipant(organization: Organization, start: number, _arabic: boolean): ParticipantMention {
  return { kind: 'organization', name: organization.name, nameAr: organization.nameAr, role: null, start };
}

/**
 * People in an Arabic clause: after a title (السفير، المبعوث الخاص …, وزير الخارجية …) the
 * name is the last two or three words before the phrase ends (a comma, a verb, «, و + a
 * title), or, when the phrase ends at a comma, the two or three words that follow it.
 * People the article named before are found again by their surname.
 */
export function arabicPeople(tokens: readonly Token[], registry: PeopleRegistry): ParticipantMention[] {
  const people: ParticipantMention[] = [];
  const taken = new Set<number>();
  const { entries } = gazetteer();
  const isTitle = (t: Token) => t.stems.some((s) => ARABIC_TITLES.has(s));
  const isVerb = (t: Token) => t.stems.some((s) => ARABIC_VERBS.has(s)) || /^(?:س|وس)[يت]/.test(t.key);
  const nameLike = (t: Token) =>
    !t.quoted &&
    /^[\u0600-\u06FF]{2,}$/.test(t.key) &&
    !t.stems.some((s) => ARABIC_NOT_NAMES.has(s) || ARABIC_TITLES.has(s) || entries.has(s)) &&
    !isVerb(t);

  for (let i = 0; i < tokens.length; i++) {
    if (!isTitle(tokens[i]!) || taken.has(i)) continue;
    // The phrase runs from the title to the first boundary.
    let end = i + 1;
    while (end < tokens.length && end - i <= MAX_TITLE_WORDS) {
      const t = tokens[end]!;
      if (isVerb(t) || (t.key.startsWith('و') && isTitle(t)) || arabicTrigger(t.stems) || /^\d/.test(t.key)) break;
      end++;
      if (/[،,.:؛]/.test(t.after)) break;
    }
    let name = lastNameRun(tokens, i + 1, end, nameLike);
    // "المبعوث الخاص إلى سورية، غير بيدرسون، سيزور": the name is the next comma-delimited run.
    if (!name && /[،,]/.test(tokens[end - 1]?.after ?? '')) {
      let stop = end;
      while (stop < tokens.length && stop - end < 3 && nameLike(tokens[stop]!)) {
        stop++;
        if (/[،,.:؛]/.test(tokens[stop - 1]!.after)) break;
      }
      if (stop - end >= 2 && (stop === tokens.length || /[،,.:؛]/.test(tokens[stop - 1]!.after) || isVerb(tokens[stop]!))) {
        name = { from: end, to: stop };
      }
    }
    if (!name) continue;
    const words = tokens.slice(name.from, name.to);
    const nameAr = words.map((t) => t.text.replace(/\u0640/g, '')).join(' ');
    const role = tokens
      .slice(i, name.from)
      .map((t, k) => (k === 0 ? t.text.replace(/^و(?=ال)/, '') : t.text))
      .join(' ')
      .replace(/[،,]\s*$/, '')
      .trim();
    const person = registry.add({ kind: 'person', name: null, nameAr, role: role || null });
    people.push({ kind: 'person', name: person.name, nameAr: person.nameAr, role: role || person.role, start: words[0]!.start });
    for (let k = i; k < name.to; k++) taken.add(k);
  }

  // People named earlier (or known to the calendar), found again by a surname or full name.
  for (let i = 0; i < tokens.length; i++) {
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

/** The last run of two or three name-like words in tokens[from, to). */
function lastNameRun(
  tokens: readonly Token[],
  from: number,
  to: number,
  nameLike: (t: Token) => boolean,
): { from: number; to: number } | null {
  let stop = to;
  while (stop > from && !nameLike(tokens[stop - 1]!)) stop--;
  let start = stop;
  while (start > from && stop - start < 3 && nameLike(tokens[start - 1]!)) start--;
  // A first name never carries the article: "نصر الحريري", not "الحريري" alone.
  while (start < stop - 1 && /^و?ال/.test(tokens[start]!.text)) start++;
  return stop - start >= 2 ? { from: start, to: stop } : null;
}

/**
 * People in an English clause: a run of capitalised words after a title ("Foreign Minister
 * Ayman Safadi", "U.N. envoy Geir Pedersen"), or a name the article gave before.
 */
export function englishPeople(tokens: readonly Token[], registry: PeopleRegistry): ParticipantMention[] {
  const people: ParticipantMention[] = [];
  const { entries } = gazetteer();
  const capitalised = (t: Token | undefined) =>
    t !== undefined && /^\p{Lu}[\p{L}'’-]+$/u.test(t.text) && !ENGLISH_TITLES.has(t.key) && !entries.has(t.key);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!ENGLISH_TITLES.has(t.key.replace(/\.$/, ''))) continue;
    let from = i + 1;
    let to = from;
    while (to < tokens.length && to - from < 4 && capitalised(tokens[to])) to++;
    if (to - from < 2) continue;
    const name = tokens
      .slice(from, to)
      .map((w) => w.text)
      .join(' ');
    let roleStart = i;
    while (roleStart > 0 && i - roleStart < 4 && /^\p{Lu}|^of$|^for$/u.test(tokens[roleStart - 1]!.text)) roleStart--;
    const role = tokens
      .slice(roleStart, i + 1)
      .map((w) => w.text)
      .join(' ');
    const person = registry.add({ kind: 'person', name, nameAr: null, role });
    people.push({ kind: 'person', name: person.name, nameAr: person.nameAr, role, start: tokens[from]!.start });
    from = to;
    i = to - 1;
  }
  for (const token of tokens) {
    const person = registry.lookup(token.key);
    if (person && person.kind === 'person' && !people.some((p) => p.start <= token.start && token.start < p.start + (p.name?.length ?? 0))) {
      people.push({ kind: 'person', name: person.name, nameAr: person.nameAr, role: null, start: token.start });
    }
  }
  return people;
}
