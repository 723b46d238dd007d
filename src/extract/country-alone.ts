/**
 * A meeting placed only by its country ("will visit Sri Lanka", "سيحل بقطر", a tour's "Jordan, the
 * UAE and Morocco"): no city is said, so none is made up, as a day alone stays a day. The draft
 * keeps the country (and its capital's zone) and no city. A city of it told around the meeting is
 * where it is (places.ts reads the scopes around it first); a state that is its own city ("visit
 * Singapore") is that city. (A city of it named anywhere else is not: "Scholz will visit Ukraine …
 * Overnight, Russian missiles struck Kharkiv".)
 */
import { gazetteer } from './gazetteer/index.js';
import type { Place } from './gazetteer/index.js';
import type { Found, Mention, PlaceMention } from './mentions.js';
import { VISIT_NOUNS } from './meeting-words.js';
import { recalled } from './status.js';

/** Whether a meeting read at `place` (a country's capital or stand-in, from its name) is placed by the country alone. */
export function countryAlone(place: Place): boolean {
  const country = gazetteer().countries.get(place.country ?? '');
  return country !== undefined && !CITY_STATES.has(country.code);
}

/**
 * States whose capital bears the state's name: "visit Singapore" is the city. (The gazetteer also
 * has a place named Guyana or Dominica: the name of the state's time zone, no city.)
 */
const CITY_STATES = new Set(['SG', 'MC', 'VA', 'SM', 'LU', 'DJ', 'GI']);

/** States English names with "the": "Meeting in the United Arab Emirates". */
const WITH_THE =
  /^(?:United |Netherlands$|Philippines$|Maldives$|Bahamas$|Comoros$|Seychelles$|Gambia$|Czech Republic$|Dominican Republic$|Central African Republic$|Marshall Islands$|Solomon Islands$|Vatican)/;

/** The names a meeting placed by its country alone is titled with ("Visit to Sri Lanka", "زيارة في قطر"). */
export function countryTitle(place: Place): { name: string; nameAr: string } | null {
  const country = gazetteer().countries.get(place.country ?? '');
  if (!country) return null;
  return { name: WITH_THE.test(country.name) ? `the ${country.name}` : country.name, nameAr: country.nameAr };
}

/**
 * The place a meeting's mentions name: a venue's first; then a city of the country the first
 * names alone ("a two-day visit to South Korea from Sunday", "talks in Seoul on Sunday"); else the first.
 */
export function placeOfMentions(found: Found): (PlaceMention & { country?: boolean }) | null {
  const told = found.mentions.filter((m) => m.place);
  const first = told[0];
  if (!first) return null;
  // (a city of that country told with a date of its own, of the same days: "The visit follows last year's talks in
  // Busan" takes the visit's date and is not where it is; or with none, a leg of the journey: "will travel to Saudi
  // Arabia on Saturday … is to hold talks with senior Saudi officials in Riyadh")
  const ownDate = (m: Mention) => m.spans?.date != null && m.spans.date.start !== first.spans?.date?.start;
  const sameDays = (m: Mention) =>
    (m.spans?.date == null && m.clause !== first.clause && !VISIT_NOUNS.has(m.noun) && !recalled(m.evidence)) ||
    (ownDate(m) && m.when.date <= first.when.endDate && first.when.date <= m.when.endDate);
  return (
    told.find((m) => m.place!.venue) ??
    told.find(
      (m) =>
        first.place!.country &&
        !m.place!.country &&
        m.place!.place.country === first.place!.place.country &&
        sameDays(m),
    ) ??
    first
  ).place;
}
