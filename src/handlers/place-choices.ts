/**
 * Autocomplete that knows the world's places (the gazetteer), not only the calendar's: for the
 * place and zone of a meeting being added or changed, and the server's zone. Apart from
 * autocomplete.ts so that the terminal's listings never load the gazetteer.
 */
import { knownPlacesStarting, knownPlaceValue, zonesOfPlacesStarting } from '../calendar/known-places.js';
import { suggestPlaces, type CalendarScope } from '../calendar/queries.js';
import type { Locale } from '../i18n/index.js';
import { nameKey } from '../names/normalize.js';
import { clip } from '../replies/reply.js';
import { ALL_ZONES } from '../time/zones.js';
import { bothScripts, MAX_CHOICE_LENGTH, MAX_CHOICES, ownPlaceChoice, type Choice } from './autocomplete.js';

/**
 * Places for a meeting being added or changed: the calendar's own first, then the world's
 * cities and countries it has not met yet (in either script), each with its zone, so the
 * meeting is timed where it is held.
 */
export function placeChoicesForMeeting(scope: CalendarScope, typed: string, locale: Locale): Choice[] {
  const own = suggestPlaces(scope, typed, MAX_CHOICES);
  const ownChoices = own.map((place) => ownPlaceChoice(place, locale));
  if (!typed.trim() || own.length >= MAX_CHOICES) return ownChoices;
  const ownKeys = new Set(own.flatMap((place) => [place.name, place.nameAr]).flatMap((n) => (n ? [nameKey(n)] : [])));
  const world = knownPlacesStarting(typed, MAX_CHOICES)
    .filter((known) => !ownKeys.has(nameKey(known.place.name ?? '')) && !ownKeys.has(nameKey(known.place.nameAr ?? '')))
    .map((known) => ({
      name: clip(`${bothScripts(known.place, locale)} · ${known.timezone}`, MAX_CHOICE_LENGTH),
      value: knownPlaceValue(known),
    }));
  return [...ownChoices, ...world].slice(0, MAX_CHOICES);
}

/**
 * IANA zones for what was typed: first the zones of the cities and countries whose name begins
 * with it, in either script (`القاهرة`, `Egypt` → Africa/Cairo; `Lon` → Europe/London), then the
 * zones whose own name holds it, those of a city (Region/City) before the legacy aliases.
 */
export function zoneChoices(typed: string): Choice[] {
  const needle = typed.trim().toLowerCase().replace(/\s+/g, '_');
  const ofPlaces = needle ? zonesOfPlacesStarting(typed, MAX_CHOICES) : [];
  const byName = ALL_ZONES.filter((zone) => zone.toLowerCase().includes(needle)).sort(
    (a, b) => Number(!a.includes('/')) - Number(!b.includes('/')) || a.localeCompare(b),
  );
  return [...new Set([...ofPlaces, ...byName])].slice(0, MAX_CHOICES).map((zone) => ({ name: zone, value: zone }));
}
