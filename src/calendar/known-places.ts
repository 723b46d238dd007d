/**
 * Places the calendar has not met yet, from the reader's gazetteer (CLDR's cities, capitals and
 * countries, in both scripts, each with its IANA zone): `/calendar add place:Cairo` gets
 * Africa/Cairo, not the calendar's zone, and autocomplete offers the world's cities, not only
 * those already in the calendar.
 */
import { gazetteer, type Country, type Place as GazetteerPlace } from '../extract/gazetteer/index.js';
import { nameKey } from '../names/normalize.js';
import type { Place } from './types.js';

/** A place as the calendar stores it, with the zone its meetings are timed in. */
export interface KnownPlace {
  place: Place;
  timezone: string;
}

/** Cities and countries by folded name (either script), the key each is found under. */
interface Named {
  key: string;
  known: KnownPlace;
  /** A capital or a country: offered before a town of the same beginning. */
  major: boolean;
}

let names: Named[] | undefined;

function fromCity(city: GazetteerPlace): KnownPlace {
  return { place: { name: city.name, nameAr: city.nameAr, country: city.country }, timezone: city.zone };
}

function fromCountry(country: Country): KnownPlace | null {
  return country.zone
    ? { place: { name: country.name, nameAr: country.nameAr, country: country.code }, timezone: country.zone }
    : null;
}

function allNames(): Named[] {
  if (names) return names;
  const { places, countries } = gazetteer();
  const capitals = new Set([...countries.values()].map((c) => c.capital));
  const found: Named[] = [];
  for (const city of places) {
    const known = fromCity(city);
    for (const name of [city.name, city.nameAr]) found.push({ key: nameKey(name), known, major: capitals.has(city) });
  }
  for (const country of countries.values()) {
    const known = fromCountry(country);
    if (known)
      for (const name of [country.name, country.nameAr]) found.push({ key: nameKey(name), known, major: true });
  }
  return (names = found.filter((n) => n.key));
}

/** A country as a place, as `/calendar add place:Egypt` stores it: where a meeting placed by its country alone is kept. */
export function countryAsPlace(code: string): KnownPlace | null {
  const country = gazetteer().countries.get(code);
  return country ? fromCountry(country) : null;
}

/**
 * A place that is a whole country (stored under the country's English name), or none: what a city
 * of that country makes finer. (Not by its Arabic name: الجزائر and تونس are the capitals' too.)
 */
export function countryLevel(place: Place): boolean {
  if (!place.name && !place.nameAr) return true;
  const country = place.country ? gazetteer().countries.get(place.country) : undefined;
  return country !== undefined && place.name === country.name;
}

/** "Tripoli (LY)": a name with its country, as autocomplete offers it when the name alone is ambiguous. */
const WITH_COUNTRY = /^(.*\S)\s*\(([A-Z]{2})\)$/;

/** How an offered place is written in the option: its English name and its country, so Tripoli (LY) is not Tripoli (LB). */
export function knownPlaceValue(known: KnownPlace): string {
  const name = known.place.name ?? known.place.nameAr ?? '';
  return known.place.country ? `${name} (${known.place.country})` : name;
}

/**
 * The city or country a typed name is, in either script (`Cairo`, `القاهرة`, `Egypt`,
 * `Tripoli (LB)`): a city before a country of the same name (Kuwait City's zone is Kuwait's).
 */
export function knownPlaceNamed(typed: string): KnownPlace | null {
  const match = WITH_COUNTRY.exec(typed.trim());
  const key = nameKey(match ? match[1]! : typed);
  const country = match?.[2] ?? null;
  if (!key) return null;
  const entries = gazetteer().entries.get(key) ?? [];
  for (const entry of entries) {
    if (entry.kind === 'place' && (!country || entry.place.country === country)) return fromCity(entry.place);
  }
  for (const entry of entries) {
    if (entry.kind === 'country' && !entry.adjective && (!country || entry.country.code === country)) {
      const known = fromCountry(entry.country);
      if (known) return known;
    }
  }
  return null;
}

/** Cities and countries whose name (either script) begins with what was typed: whole names first, then capitals and countries, then the shortest. */
export function knownPlacesStarting(typed: string, limit: number): KnownPlace[] {
  const key = nameKey(typed);
  if (!key) return [];
  const ranked = allNames()
    .filter((n) => n.key.startsWith(key))
    .sort(
      (a, b) =>
        Number(b.key === key) - Number(a.key === key) ||
        Number(b.major) - Number(a.major) ||
        a.key.length - b.key.length ||
        a.key.localeCompare(b.key),
    );
  // A city listed twice (New York under two CLDR zones of one name) is offered once
  const seen = new Set<string>();
  const out: KnownPlace[] = [];
  for (const { known } of ranked) {
    const value = knownPlaceValue(known);
    if (seen.has(value)) continue;
    seen.add(value);
    out.push(known);
    if (out.length === limit) break;
  }
  return out;
}

/** The zones of the places whose name begins with what was typed (`القاهرة` → Africa/Cairo), in that order, once each. */
export function zonesOfPlacesStarting(typed: string, limit: number): string[] {
  return [...new Set(knownPlacesStarting(typed, limit * 2).map((k) => k.timezone))].slice(0, limit);
}
