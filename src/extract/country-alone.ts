/**
 * A meeting placed only by its country ("will visit Sri Lanka", "سيحل بقطر", a tour's "Jordan, the
 * UAE and Morocco"): no city is said, so none is made up, as a day alone stays a day. The draft
 * keeps the country (and its capital's zone) and no city, unless the story names one city of that
 * country elsewhere ("The stop in Riyadh comes after …"), or the state is its own city ("visit
 * Singapore").
 */
import { gazetteer, type Country, type Place } from './gazetteer/index.js';
import type { PlaceMention } from './mentions.js';

/**
 * What a meeting read at `place` (a country's capital or stand-in, from its name) is placed at:
 * a city of that country the article names, 'country' (the country alone), or null (the state is
 * its own city: keep it).
 */
export function countryAlone(
  place: Place,
  articlePlaces: () => readonly (PlaceMention & { country?: boolean })[],
): Place | 'country' | null {
  const country = gazetteer().countries.get(place.country ?? '');
  if (!country || cityState(country)) return null;
  return onlyCityOf(country, articlePlaces()) ?? 'country';
}

/** A state that is its city ("Singapore", "Djibouti"): the gazetteer has a city of the state's own name. */
function cityState(country: Country): boolean {
  return gazetteer().placesByName.get(country.name)?.country === country.code;
}

/** The one city of `country` among the article's places, if it names one and no other. */
function onlyCityOf(country: Country, places: readonly (PlaceMention & { country?: boolean })[]): Place | null {
  let city: Place | null = null;
  for (const p of places) {
    if (p.country || p.origin || p.place.country !== country.code) continue;
    if (city && city !== p.place) return null;
    city = p.place;
  }
  return city;
}
