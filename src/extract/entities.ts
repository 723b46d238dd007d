/**
 * What a clause names from the gazetteer: places (cities with their descriptors, venues),
 * countries and organisations. People are src/extract/people/'s.
 */
import { gazetteer, type Country, type Descriptor, type GazetteerEntry } from './gazetteer/index.js';
import { walkNames } from './gazetteer/walk-names.js';
import { type Token } from './clauses.js';
import { unknownTown } from './unknown-places.js';
import { nationalBody, withNamedBodies } from './named-bodies.js';
import {
  introducesPlace,
  JOURNEY_FOR,
  leftFor,
  noPlaceOfCity,
  governmentSubject,
  POSSESSIVE,
  LOCATIVE,
  ORIGIN,
  PARTY_BEFORE,
  situationBefore,
  STATE_WORDS,
  theLeadsToPlace,
  TOPICAL,
  weatherAround,
  articleAsNamed,
} from './place-words.js';
import {
  countryParticipant,
  institutionVenue,
  organizationParticipant,
  type InstitutionMention,
  type Mentions,
  type PlaceMention,
} from './mentions.js';
import {
  countryAfter,
  describesPlaceBefore,
  namesSomeone,
  partyAfter,
  placedBefore,
  titleAfterCountry,
  POST_LOCATIVE,
  titledBefore,
} from './name-context.js';

/** A descriptor's reach: the name it describes follows within this many words ("the Saudi city of AlUla"). */
const DESCRIPTOR_REACH = 2;

/** A person the article (or the calendar) named in full, found again by any of their words. */
interface PendingDescriptor {
  kind: Descriptor;
  start: number;
  end: number;
  introduced: boolean;
  /** The capital's country, named before it (the Egyptian capital) or after (العاصمة السورية، capital of Syria). */
  country: Country | null;
  /** The last word index the name may start at. */
  until: number;
  /** After من / from: "آتياً من العاصمة الإيطالية روما" names where someone comes from. */
  origin: boolean;
}

/**
 * Places, countries, organisations and venues: the longest gazetteer name at each word, read
 * with the words around it. A venue is where a meeting is only when something places it there
 * (في / at / reached …): "the Kremlin said" is the government speaking. A descriptor makes the
 * name after it a city (مدينة الكويت، the Saudi city of AlUla), or names its country's capital
 * ("the Turkish capital"); a state word makes it the country (دولة الكويت).
 */
/** The clause gives a clock time in "local time". */
function saysLocalTime(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => t.key === 'local' && tokens[k + 1]?.key === 'time');
}

export function gazetteerMentions(
  tokens: readonly Token[],
  arabic: boolean,
  /** The article's zone: a town the gazetteer does not know, in no country the clause names, keeps its clock. */
  zone: string | null = null,
): Mentions {
  const { entries } = gazetteer();
  const mentions: Mentions = { places: [], countryPlaces: [], participants: [], institutions: [] };
  let chained = false;
  let descriptor: PendingDescriptor | null = null;
  /** The last country named (adjective or name) and the word after it: "the Egyptian capital", "Kuwait's Foreign Ministry". */
  let lastCountry: { country: Country; next: number } | null = null;
  /** The last venue or institution placed, and the word after it: a city right after it says where it is ("قصر السلام في جدة"). */
  let lastVenue: { next: number; mention: PlaceMention | InstitutionMention } | null = null;
  for (let i = 0; i < tokens.length;) {
    if (descriptor !== null && i > descriptor.until) descriptor = flushDescriptor(descriptor, mentions);
    const longest = tokens[i]!.nameSpan;
    if (longest === 0) {
      // "في مدينة الرجمة", "in Ningbo city": a town the gazetteer does not know, told by its descriptor.
      const town = unknownTown(tokens, i, arabic, lastCountry?.country.zone ?? zone);
      if (town) {
        mentions.places.push({ place: town.place, start: tokens[i]!.start, end: town.end, introduced: true });
        descriptor = null;
      }
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
    const { stems, nameSteps } = tokens[i]!;
    for (let r = 0; r < stems.length; r++) {
      const reading = stems[r]!;
      // Down the names word by word (the first step taken when the word was folded): the last step that ends a whole name ends the longest
      let step = nameSteps[r];
      for (let size = 1; step; size++) {
        if (step.entries && size > matched) {
          matched = size;
          found = step.entries;
          stem = reading;
        }
        step = size < limit ? walkNames(step, tokens[i + size]!.key) : undefined;
      }
    }
    // "who is attending": a body's English name has a capital (WHO); a descriptor ("capital") need not.
    if (matched === 1 && !arabic && /^[a-z]/.test(tokens[i]!.text)) found = found.filter(anyCase);
    if (matched === 1 && !arabic && usDollars(tokens, i)) found = [];
    if (matched === 0 || found.length === 0) {
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
      (previous !== undefined && introducesPlace(tokens, i - 1)) ||
      // "leave for Turkey", "headed for Ankara": a journey's "for".
      (previous?.key === 'for' && beforePrevious !== undefined && JOURNEY_FOR.has(beforePrevious.key)) ||
      // "يزور دولة الكويت": the place word after a state word; "in the UAE", "visit the Netherlands".
      (previous !== undefined &&
        beforePrevious !== undefined &&
        STATE_WORDS.has(previous.key) &&
        introducesPlace(tokens, i - 2)) ||
      (!arabic && theLeadsToPlace(tokens, i, next)) ||
      // "بالعاصمة الأردنية عمان": a capital, its country's adjective, then its name.
      (previous !== undefined &&
        beforePrevious !== undefined &&
        beforePrevious.stems.some((s) => LOCATIVE.has(s)) &&
        isCountryAdjective(entries.get(previous.key))) ||
      /[بل]/.test(clinging) ||
      // "لقمة تونس", "the Tunis summit": a meeting named for its city (not "مباحثات مصر", Egypt's talks).
      ((arabic ? previous?.arabicNoun != null && clinging === '' : tokens[next]?.englishNoun != null) &&
        found.some((e) => e.kind === 'place')) ||
      // "في العراق وسورية", "to Kuwait, Oman and Qatar": a place joined to a place inherits its في.
      (chained &&
        (clinging.startsWith('و') ||
          (!arabic && previous !== undefined && (previous.key === 'and' || previous.after.startsWith(',')))));
    // "بحث … بشأن سورية" is what is talked about; "بتوقيت الدوحة" names a clock, not a place.
    const topical =
      // "President Lagos", "Ricardo Lagos": a name after a title or a given name is someone's, not a place.
      (!arabic && namesSomeone(previous, first)) ||
      // "13:00 local time (10:00 Moscow time)", TASS's "at 14:40 Moscow time": a clock's zone given beside the
      // local time or in the outlet's own, as بتوقيت is below ("to begin at 13:00 Geneva time" is where they meet).
      (!arabic &&
        tokens[next]?.key === 'time' &&
        (saysLocalTime(tokens) || found.some((e) => e.kind === 'place' && e.place.zone === zone))) ||
      (previous !== undefined &&
        (previous.stems.some((s) => TOPICAL.has(s) || s === 'توقيت') || situationBefore(tokens, i)));
    // "جون هيلي وزير الدفاع في المملكة المتحدة": the country of someone's post, not where anyone meets.
    const post = previous !== undefined && POST_LOCATIVE.has(previous.key) && titledBefore(tokens, i - 1);
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
    // "رياض المالكي", "خبر": a city named with the article (الرياض, الخبر) is not the word without it, nor
    // one named without it (صور) the word with it (الصور, the pictures), nor "ألباريس" (Albares) Paris.
    if (arabic && place?.kind === 'place' && matched === 1 && !articleAsNamed(place.place.nameAr, first.text))
      place = undefined;
    // The descriptor waiting for this name: it is a city, introduced as the descriptor was.
    const describedBy: PendingDescriptor | null =
      descriptor !== null && (place !== undefined || country !== undefined) ? descriptor : null;
    if (descriptor !== null && describedBy === null) descriptor = flushDescriptor(descriptor, mentions);
    chained = introduced;
    if (topical) {
      // talked about, neither where nor who
    } else if (venue?.kind === 'venue') {
      if (introduced || placedBefore(tokens, i)) {
        const [city, ...others] = venue.venue.places;
        const mention: PlaceMention = {
          place: city!,
          start: first.start,
          end: last.end,
          introduced: true,
          venue: venue.venue,
          ...(others.length > 0 ? { venueGuessed: true as const } : {}),
        };
        mentions.places.push(mention);
        lastVenue = { next, mention };
        if (venue.venue.organization)
          mentions.participants.push(organizationParticipant(venue.venue.organization, first.start));
      }
    } else if (institution?.kind === 'institution') {
      if (introduced || placedBefore(tokens, i)) {
        // Its country: named right before it (the Kuwaiti Foreign Ministry), or its adjective right after (وزارة الخارجية
        // الكويتية; with the article, a word the gazetteer keeps as the name is the adjective too: الإسبانية).
        const after = tokens[next];
        const owner =
          lastCountry !== null && lastCountry.next === i
            ? lastCountry.country
            : countryAfter(tokens, next, entries, after !== undefined && /^ال/.test(after.text));
        const seat = owner ? (institution.institution.seats.get(owner.code) ?? owner.capital) : null;
        if (owner && seat) {
          const mention: PlaceMention = {
            place: seat,
            start: first.start,
            end: last.end,
            introduced: true,
            venue: institutionVenue(institution.institution, owner, seat),
          };
          mentions.places.push(mention);
          lastVenue = { next, mention };
        } else {
          const mention: InstitutionMention = {
            institution: institution.institution,
            start: first.start,
            end: last.end,
          };
          mentions.institutions.push(mention);
          lastVenue = { next, mention };
        }
      }
    } else if (described?.kind === 'descriptor' && !describesPlaceBefore(tokens, i, next, mentions)) {
      descriptor = {
        kind: described.descriptor,
        start: first.start,
        end: last.end,
        introduced: introduced || placedBefore(tokens, i),
        country:
          described.descriptor === 'capital' && lastCountry !== null && lastCountry.next === i
            ? lastCountry.country
            : null,
        until: next + DESCRIPTOR_REACH,
        origin: i > 0 && ORIGIN.has(tokens[i - 1]!.key),
      };
    } else if (
      describedBy?.kind === 'capital' &&
      describedBy.country === null &&
      country?.kind === 'country' &&
      place === undefined
    ) {
      // "العاصمة السورية", "the capital of Syria": the capital's country, not a party; its name may follow.
      describedBy.country = country.country;
      describedBy.until = next + DESCRIPTOR_REACH;
      descriptor = describedBy;
    } else {
      if (describedBy) {
        introduced ||= describedBy.introduced;
        descriptor = null;
      }
      const stated =
        !describedBy &&
        previous !== undefined &&
        (STATE_WORDS.has(previous.key) ||
          (previous.key === 'of' && beforePrevious !== undefined && STATE_WORDS.has(beforePrevious.key)));
      // A name that is also an ordinary word (العقبة) is a place only where a place is expected.
      // (Or in a meeting's name: قمة العلا, the Aqaba meeting.)
      const expected =
        introduced ||
        describedBy !== null ||
        (previous !== undefined && (previous.arabicNoun !== null || previous.englishNoun !== null));
      const usable =
        place?.kind === 'place' && !(place.common && (!expected || weatherAround(tokens, i, next))) ? place : undefined;
      const speaking =
        !introduced && !describedBy && (arabic ? governmentSubject(tokens, i, next) : noPlaceOfCity(tokens, next));
      if (usable?.kind === 'place' && !stated && !speaking && (introduced || describedBy || !country)) {
        const mention: PlaceMention = { place: usable.place, start: first.start, end: last.end, introduced };
        if ((previous !== undefined && ORIGIN.has(previous.key)) || describedBy?.origin) mention.origin = true;
        if (leftFor(tokens, i)) mention.nextStop = true;
        // "قصر السلام في جدة", "Bayan Palace in Kuwait City": the city named right after a venue is the venue's.
        if (lastVenue !== null && introduced && i <= lastVenue.next + 1)
          attachVenue(mentions, lastVenue.mention, mention);
        mentions.places.push(mention);
      } else if (country?.kind === 'country') {
        lastCountry = { country: country.country, next };
        // ("in Syria's civil war": a country in the possessive qualifies what follows, it places nothing)
        const adjectival = !arabic && titleAfterCountry(tokens, next - 1);
        if (
          introduced &&
          !post &&
          !adjectival &&
          !country.adjective &&
          country.country.zone &&
          !POSSESSIVE.test(last.text)
        ) {
          const capital = country.country.capital;
          mentions.countryPlaces.push({
            place: capital ?? {
              name: country.country.name,
              nameAr: country.country.nameAr,
              zone: country.country.zone,
              country: country.country.code,
            },
            country: country.country,
            start: first.start,
            end: last.end,
            introduced,
            ...(leftFor(tokens, i) ? { nextStop: true as const } : {}),
          });
        } else if (
          (!introduced || post || adjectival) &&
          (!country.adjective ||
            (previous !== undefined && previous.stems.some((s) => PARTY_BEFORE.has(s))) ||
            partyAfter(tokens, next))
        ) {
          mentions.participants.push(countryParticipant(country.country, first.start));
        }
      } else if (organization?.kind === 'organization' && !nationalBody(organization.organization, tokens, i, next)) {
        mentions.participants.push(organizationParticipant(organization.organization, first.start));
      }
    }
    i += matched;
  }
  if (descriptor !== null) flushDescriptor(descriptor, mentions);
  withNamedBodies(tokens, arabic, mentions);
  return mentions;
}

/** A descriptor whose name never came: a capital of a named country is that capital ("the Turkish capital"). */
function flushDescriptor(descriptor: PendingDescriptor, mentions: Mentions): null {
  const capital = descriptor.kind === 'capital' ? descriptor.country?.capital : null;
  if (capital)
    mentions.places.push({
      place: capital,
      start: descriptor.start,
      end: descriptor.end,
      introduced: descriptor.introduced,
    });
  return null;
}

/** The city right after a venue is where the venue is: the city's mention keeps the venue, the venue's own is dropped. */
function attachVenue(mentions: Mentions, venue: PlaceMention | InstitutionMention, city: PlaceMention): void {
  if ('place' in venue) {
    city.venue = venue.venue;
    const at = mentions.places.lastIndexOf(venue);
    if (at >= 0) mentions.places.splice(at, 1);
  } else {
    city.venue = {
      name: venue.institution.name,
      nameAr: venue.institution.nameAr,
      places: [city.place],
      organization: null,
    };
    const at = mentions.institutions.lastIndexOf(venue);
    if (at >= 0) mentions.institutions.splice(at, 1);
  }
}

/** "US$10 billion", "5 billion US dollars": a currency, no party. */
function usDollars(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    tokens[i]!.text === 'US' && next !== undefined && (/^(?:dollars?|cents)$/.test(next.key) || /^\d/.test(next.text))
  );
}

/** Entries an English word names whatever its case: a descriptor ("capital"), an institution ("ministry"). */
const anyCase = (e: GazetteerEntry) => e.kind === 'descriptor' || e.kind === 'institution';

function isCountryAdjective(found: readonly GazetteerEntry[] | undefined): boolean {
  return found?.some((e) => e.kind === 'country' && e.adjective) ?? false;
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
