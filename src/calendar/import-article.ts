/**
 * An article into the calendar: read it (src/extract), show what it found, then add its
 * meetings, or update the meetings it reports again, keeping every article as a source.
 */
import { UserError } from '../errors.js';
import { extractMeetings, type Extraction } from '../extract/index.js';
import { nameKey } from '../names/normalize.js';
import { isIsoDay, localDay } from '../time/local-days.js';
import { isValidZone } from '../time/zones.js';
import { countryAsPlace, countryLevel } from './known-places.js';
import type { CalendarScope } from './queries.js';
import type { ArticleImport } from './store.js';
import type { Meeting, MeetingDraft, ParticipantDraft } from './types.js';

export interface ArticleInput {
  text: string;
  /** Publication day, YYYY-MM-DD; default today in the calendar's zone. */
  published?: string | undefined;
  timezone?: string | undefined;
  outlet?: string | null;
  url?: string | null;
  /** The article's language when known (a followed feed's); else it is detected. */
  language?: 'ar' | 'en' | undefined;
  title?: string | null;
}

export interface ImportPreview {
  /** The stored article: confirming reads it again from here. */
  sourceId: number;
  extraction: Extraction;
  /** For each meeting found, the calendar's meeting it would update (null: a new one). */
  existing: (Meeting | null)[];
}

export interface ImportResult {
  added: number[];
  updated: number[];
  /** This preview was confirmed before (a second press of its button): by whom and when; nothing changed. */
  already?: ArticleImport | undefined;
}

/** One confirmation of an import: the preview confirmed (its Confirm works once) and who confirmed it. */
export interface ImportConfirmation {
  preview: string;
  by: string;
}

/** Reads an article against the calendar without adding anything but the article itself. */
export function previewArticle(scope: CalendarScope, input: ArticleInput, now: number): ImportPreview {
  const { extraction, published, timezone } = read(scope, input, now);
  const sourceId = scope.store.addSource(
    {
      title: input.title ?? null,
      outlet: input.outlet ?? null,
      url: input.url ?? null,
      language: extraction.language,
      published,
      timezone,
      text: input.text,
    },
    now,
  );
  const made = scope.store.articleMeetings(sourceId);
  return {
    sourceId,
    extraction,
    existing: extraction.meetings.map((draft, position) => {
      const number = made.get(position);
      if (number === undefined) return sameMeeting(scope, draft);
      return number === null ? null : (scope.store.meetings([number])[0] ?? null);
    }),
  };
}

/**
 * Adds (or updates) the meetings of a previewed article, in one transaction; with `choose`,
 * the meetings as the person chose them (by their place among the article's meetings, as
 * previewed): left out (null) or changed (a title fixed). An article imported before updates
 * the meetings it made (one deleted since is not made again) and never adds them twice; a
 * preview confirmed before changes nothing and says by whom.
 */
export function importArticle(
  scope: CalendarScope,
  sourceId: number,
  now: number,
  confirmation: ImportConfirmation,
  choose?: (draft: MeetingDraft, index: number) => MeetingDraft | null,
): ImportResult {
  const source = scope.store.source(sourceId);
  if (!source) throw new UserError('articleGone');
  const { extraction } = read(
    scope,
    {
      text: source.text,
      published: source.published ?? undefined,
      timezone: source.timezone ?? undefined,
      language: source.language === 'ar' || source.language === 'en' ? source.language : undefined,
    },
    now,
  );
  return scope.store.transaction(() => {
    const result: ImportResult = { added: [], updated: [] };
    const made = scope.store.articleMeetings(sourceId);
    const already = scope.store.articleImport(sourceId, confirmation.preview);
    if (already) {
      const numbers = [...made.values()].filter((n): n is number => n !== null);
      return { ...result, updated: [...new Set(numbers)], already };
    }
    extraction.meetings.forEach((found, position) => {
      const draft = choose ? choose(found, position) : found;
      if (!draft) return;
      const number = made.get(position);
      if (number === null) return; // made by this article, then deleted: not made again
      const existing = number === undefined ? sameMeeting(scope, draft) : (scope.store.meetings([number])[0] ?? null);
      if (existing) {
        scope.store.updateMeeting(existing.number, merged(existing, withCountryPlace(draft)), now);
        scope.store.addMeetingSource(existing.number, sourceId, draft.evidence);
        if (!result.updated.includes(existing.number)) result.updated.push(existing.number);
        scope.store.recordArticleMeeting(sourceId, position, existing.number);
      } else {
        const [added] = scope.store.addMeetings([withCountryPlace(draft)], { now, sourceId });
        result.added.push(added!);
        scope.store.recordArticleMeeting(sourceId, position, added!);
      }
    });
    scope.store.recordArticleImport(sourceId, confirmation.preview, confirmation.by, now);
    return result;
  });
}

/** Forgets a previewed article that was discarded. */
export function discardArticle(scope: CalendarScope, sourceId: number): void {
  scope.store.deleteUnusedSource(sourceId);
}

/** The publication day of an article: given, or today in `zone`; never a day still to come. */
export function publicationDay(published: string | undefined, now: number, zone: string): string {
  if (!isValidZone(zone)) throw new UserError('unknownZone', zone);
  const today = localDay(now, zone);
  const day = published?.trim() || today;
  if (!isIsoDay(day)) throw new UserError('notPublicationDay', day);
  if (day > today) throw new UserError('publicationInFuture', day);
  return day;
}

function read(scope: CalendarScope, input: ArticleInput, now: number) {
  const published = publicationDay(input.published, now, input.timezone ?? scope.calendar.timezone);
  const known = scope.store
    .participantSummaries()
    .map((p) => ({ name: p.name, nameAr: p.nameAr, kind: p.kind, role: p.role }));
  const extraction = extractMeetings(input.text, {
    published,
    timezone: input.timezone,
    known,
    language: input.language,
  });
  return { extraction, published, timezone: extraction.timezone };
}

/** The calendar's meeting a draft reports again: same place, overlapping days, a shared participant. */
function sameMeeting(scope: CalendarScope, draft: MeetingDraft): Meeting | null {
  const { meetings } = scope.store.meetingsOnDays(draft.date, draft.endDate ?? draft.date);
  const people = new Set(draft.participants.flatMap(participantKeys));
  const places = new Map(meetings.map((meeting) => [meeting.number, samePlace(draft.place, meeting.place)]));
  const atPlace = meetings.filter((meeting) => places.get(meeting.number) !== 'other');
  return (
    scope.store
      .meetings(atPlace.map((meeting) => meeting.number))
      .find((meeting) =>
        places.get(meeting.number) === 'same'
          ? meeting.participants.some((p) => participantKeys(p).some((k) => people.has(k)))
          : countryLevel(draft.place)
            ? samePeople(draft.participants, meeting.participants)
            : samePeople(meeting.participants, draft.participants),
      ) ?? null
  );
}

/**
 * A meeting placed by its country alone (`whole`) is one placed in a city of it (`placed`) when its
 * people are the same: all of them, or its one visitor among the other's ("Blinken and MBS" in
 * Saudi Arabia are the Riyadh talks of Blinken and MBS, not Blinken with the Gulf ministers in
 * Jeddah, nor Wang Yi with Faisal bin Farhan; "Blinken visits Saudi Arabia" is his Riyadh talks).
 */
function samePeople(whole: readonly ParticipantDraft[], placed: readonly ParticipantDraft[]): boolean {
  const persons = (list: readonly ParticipantDraft[]) =>
    list.filter((p) => p.kind === 'person').map((p) => new Set(participantKeys(p)));
  const [mine, theirs] = [persons(whole), persons(placed)];
  const among = mine.every((x) => theirs.some((y) => [...x].some((k) => y.has(k))));
  return mine.length > 0 && among && (mine.length === 1 || mine.length === theirs.length);
}

/**
 * 'same': the same place by name, or both placeless; 'country': one of them a whole country and the
 * other in it (or placeless), as "visit Saudi Arabia" and the Riyadh meeting the next article names;
 * 'other': anything else (Saudi Arabia and Oman).
 */
function samePlace(a: Meeting['place'], b: Meeting['place']): 'same' | 'country' | 'other' {
  const [mine, theirs] = [placeKeys(a), placeKeys(b)];
  if ([...mine].some((k) => theirs.has(k)) || (mine.size === 0 && theirs.size === 0)) return 'same';
  if (!countryLevel(a) && !countryLevel(b)) return 'other';
  return !a.country || !b.country || a.country === b.country ? 'country' : 'other';
}

/** A draft placed by its country alone (no city named) keeps the country as its place, as the calendar stores countries. */
function withCountryPlace(draft: MeetingDraft): MeetingDraft {
  if (draft.place.name || draft.place.nameAr || !draft.place.country) return draft;
  const country = countryAsPlace(draft.place.country);
  return country ? { ...draft, place: country.place, timezone: draft.timezone ?? country.timezone } : draft;
}

function placeKeys(place: { name: string | null; nameAr: string | null }): Set<string> {
  return new Set([place.name, place.nameAr].filter((n): n is string => !!n).map(nameKey));
}

function participantKeys(p: { name: string | null; nameAr: string | null }): string[] {
  return [p.name, p.nameAr].filter((n): n is string => !!n).map(nameKey);
}

/** An existing meeting with what a new article adds: people, a finer time, a firmer or cancelled status. */
function merged(existing: Meeting, draft: MeetingDraft): MeetingDraft {
  const participants: ParticipantDraft[] = existing.participants.map((p) => ({
    name: p.name,
    nameAr: p.nameAr,
    kind: p.kind,
    role: p.role,
  }));
  const seen = new Set(participants.flatMap(participantKeys));
  for (const p of draft.participants) {
    if (!participantKeys(p).some((k) => seen.has(k))) participants.push(p);
  }
  const finer = rank(draft.precision) < rank(existing.precision);
  const status =
    draft.status === 'cancelled' || (existing.status === 'tentative' && draft.status !== 'tentative')
      ? draft.status
      : existing.status;
  return {
    title: existing.title ?? draft.title,
    titleAr: existing.titleAr ?? draft.titleAr,
    precision: finer ? draft.precision : existing.precision,
    date: finer ? draft.date : existing.date,
    endDate: finer ? (draft.endDate ?? null) : existing.endDate,
    time: finer ? (draft.time ?? null) : existing.time,
    timezone: existing.timezone ?? draft.timezone,
    // (a city makes a whole country finer: "visit Saudi Arabia", then "talks in Riyadh")
    place:
      countryLevel(existing.place) && !countryLevel(draft.place)
        ? draft.place
        : {
            name: existing.place.name ?? draft.place.name,
            nameAr: existing.place.nameAr ?? draft.place.nameAr,
            country: existing.place.country ?? draft.place.country,
          },
    status,
    evidence: existing.evidence ?? draft.evidence,
    participants,
  };
}

function rank(precision: MeetingDraft['precision']): number {
  return { minute: 0, day: 1, week: 2, month: 3 }[precision];
}
