/** Autocomplete choices: what Discord offers while a person types a name or a meeting. */
import { suggestMeetings, suggestParticipants, suggestPlaces, type CalendarScope } from '../calendar/queries.js';
import type { PlaceSummary } from '../calendar/store.js';
import type { Locale } from '../i18n/index.js';
import { localName, meetingTitle } from '../replies/meeting-view.js';
import { clip } from '../replies/reply.js';

/** Discord allows 25 choices, each name and value up to 100 characters. */
export const MAX_CHOICES = 25;
export const MAX_CHOICE_LENGTH = 100;

export interface Choice {
  name: string;
  value: string;
}

export function bothScripts(names: { name: string | null; nameAr: string | null }, locale: Locale): string {
  const main = localName(names, locale);
  const other = locale === 'ar' ? names.name : names.nameAr;
  return other && other !== main ? `${main} · ${other}` : main;
}

/** Participants whose names begin with what was typed (most meetings first when nothing is). */
export function participantChoices(scope: CalendarScope, typed: string, locale: Locale): Choice[] {
  const found = suggestParticipants(scope, typed, MAX_CHOICES);
  return found.map((p) => ({ name: clip(bothScripts(p, locale), MAX_CHOICE_LENGTH), value: `#${p.id}` }));
}

/** Places whose names begin with what was typed (most meetings first when nothing is). */
export function placeChoices(scope: CalendarScope, typed: string, locale: Locale): Choice[] {
  return suggestPlaces(scope, typed, MAX_CHOICES).map((place) => ownPlaceChoice(place, locale));
}

export function ownPlaceChoice(place: PlaceSummary, locale: Locale): Choice {
  return { name: clip(bothScripts(place, locale), MAX_CHOICE_LENGTH), value: `#${place.id}` };
}

/** Meetings whose title holds what was typed, nearest to now first; upcoming ones when nothing is. */
export function meetingChoices(scope: CalendarScope, typed: string, now: number, locale: Locale): Choice[] {
  const found = suggestMeetings(scope, typed, now, MAX_CHOICES);
  return found.map((m) => ({
    name: clip(`#${m.number} · ${m.date} · ${meetingTitle(m, locale)}`, MAX_CHOICE_LENGTH),
    value: String(m.number),
  }));
}
