/**
 * The questions people ask of a calendar. Pure of Discord and of SQLite: a store and "now"
 * come in, meetings and what to say about them come out.
 */
import { UserError } from '../errors.js';
import { suggestDistance, sureDistance } from '../names/edit-distance.js';
import { englishNameOf } from '../names/exonyms.js';
import { hasArabicLetter, nameKey, toAsciiDigits } from '../names/normalize.js';
import { addDays, isIsoDay } from '../time/local-days.js';
import type {
  CalendarRef,
  CalendarStore,
  Close,
  PageRequest,
  ParticipantSummary,
  PlaceSummary,
  WindowFilter,
} from './store.js';
import type { Meeting, MeetingSummary, Participant } from './types.js';

const DAY_MS = 86_400_000;
/** The far past and future, for windows open at one end. */
const FAR = 8.64e15;
/** Meetings on one page of a Discord listing. */
export const PAGE_SIZE = 10;
export const MAX_DAYS = 366;

/** A calendar and the store it lives in: every query is scoped to exactly one. */
export interface CalendarScope {
  store: CalendarStore;
  calendar: CalendarRef;
}

/** A listing of meetings: one page of them, how many in all, and what is nearest when empty. */
export interface Listing {
  meetings: MeetingSummary[];
  total: number;
  page: number;
  pageCount: number;
  /** When the listing is empty: the last meeting before its window and the next after it. */
  nearest?: { last: MeetingSummary | null; next: MeetingSummary | null };
}

/** Which page of a listing, and how many meetings a page holds (10 unless said). */
export interface Paging {
  page?: number | undefined;
  size?: number | undefined;
}

export interface UpcomingOptions {
  days?: number | undefined;
  participant?: string | undefined;
  place?: string | undefined;
}

/** What `upcoming` was asked, as understood: for the heading of the answer. */
export interface UpcomingListing extends Listing {
  days: number;
  participants: Participant[];
  places: PlaceSummary[];
}

/** Meetings from now to `days` ahead (7 by default), optionally of a participant or at a place. */
export function upcomingMeetings(
  scope: CalendarScope,
  now: number,
  options: UpcomingOptions = {},
  paging?: Paging,
): UpcomingListing {
  const days = options.days ?? 7;
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
    throw new UserError('daysRange', MAX_DAYS);
  }
  const participants = options.participant ? resolveParticipants(scope, options.participant) : [];
  const places = options.place ? resolvePlaces(scope, options.place) : [];
  const filter: WindowFilter = {
    participantIds: options.participant ? participants.map((p) => p.id) : undefined,
    placeIds: options.place ? places.map((p) => p.id) : undefined,
  };
  const to = now + days * DAY_MS;
  const listing = window(scope, now, to, filter, paging);
  return { ...listing, days, participants, places };
}

/** Meetings on one local day (each meeting's day in its own zone). */
export function meetingsOn(scope: CalendarScope, day: string, paging?: Paging): Listing {
  return meetingsBetween(scope, day, day, paging);
}

/** Meetings on the local days from `firstDay` to `lastDay`, both included. */
export function meetingsBetween(scope: CalendarScope, firstDay: string, lastDay: string, paging?: Paging): Listing {
  for (const day of [firstDay, lastDay]) {
    if (!isIsoDay(day)) throw new UserError('notDate', day);
  }
  if (lastDay < firstDay) throw new UserError('rangeEndsBeforeBegins', lastDay, firstDay);
  if (addDays(firstDay, MAX_DAYS) < lastDay) throw new UserError('rangeTooLong', MAX_DAYS);
  const request = pageRequest(paging);
  const result = scope.store.meetingsOnDays(firstDay, lastDay, request);
  const listing = toListing(result.meetings, result.total, request);
  if (result.total > 0) return listing;
  return { ...listing, nearest: nearestToDays(scope, firstDay, lastDay) };
}

/** Local days lie within 14 hours of UTC days, earlier or later. */
const LOCAL_DAY_SLACK = 15 * 3_600_000;

/**
 * The last meeting whose local days all come before `firstDay` and the first whose days all
 * come after `lastDay`, each counted in its own zone (a meeting of the 29th in Damascus
 * begins on the 28th in UTC, and is still "after the 28th").
 */
function nearestToDays(scope: CalendarScope, firstDay: string, lastDay: string): Listing['nearest'] {
  const before = Date.parse(`${firstDay}T00:00:00Z`) + LOCAL_DAY_SLACK;
  const after = Date.parse(`${addDays(lastDay, 1)}T00:00:00Z`) - LOCAL_DAY_SLACK;
  return {
    last: firstMatching(
      (page) => scope.store.meetingsBefore(before, page),
      (m) => m.endDate < firstDay,
    ),
    next: firstMatching(
      (page) => scope.store.meetingsIn(after, FAR, page),
      (m) => m.date > lastDay,
    ),
  };
}

/** The first meeting of a listing, read a page at a time, that `wanted` accepts. */
function firstMatching(
  fetch: (page: PageRequest) => MeetingSummary[],
  wanted: (meeting: MeetingSummary) => boolean,
): MeetingSummary | null {
  const limit = PAGE_SIZE;
  for (let offset = 0; ; offset += limit) {
    const meetings = fetch({ offset, limit });
    const found = meetings.find(wanted);
    if (found) return found;
    if (meetings.length < limit) return null;
  }
}

/** Meetings that have ended, the latest first. */
export function pastMeetings(scope: CalendarScope, now: number, paging?: Paging): Listing {
  const request = pageRequest(paging);
  const result = scope.store.pastMeetings(now, request);
  return toListing(result.meetings, result.total, request);
}

/** Every meeting of the participants a name finds, past and future, in order. */
export function meetingsOfParticipant(
  scope: CalendarScope,
  name: string,
  paging?: Paging,
): Listing & { participants: Participant[] } {
  const participants = resolveParticipants(scope, name);
  const listing = window(scope, -FAR, FAR, { participantIds: participants.map((p) => p.id) }, paging);
  return { ...listing, participants };
}

/** Every meeting at the places a name finds, past and future, in order. */
export function meetingsAtPlace(
  scope: CalendarScope,
  name: string,
  paging?: Paging,
): Listing & { places: PlaceSummary[] } {
  const places = resolvePlaces(scope, name);
  const listing = window(scope, -FAR, FAR, { placeIds: places.map((p) => p.id) }, paging);
  return { ...listing, places };
}

/** One meeting in full. */
export function meetingById(scope: CalendarScope, id: number): Meeting {
  if (!Number.isSafeInteger(id) || id < 1) throw new UserError('notMeetingNumber', id);
  return scope.store.meeting(id);
}

/** Every participant with how many meetings each has, most first. */
export function participantList(scope: CalendarScope): ParticipantSummary[] {
  return scope.store.participantSummaries();
}

/** One participant (the best match of a name) with their meetings. */
export function participantProfile(
  scope: CalendarScope,
  name: string,
): { participant: ParticipantSummary; meetings: Listing; others: Participant[] } {
  const [first, ...others] = resolveParticipants(scope, name);
  if (!first) throw noParticipant(name);
  const [participant] = scope.store.participantSummaries([first.id]);
  if (!participant) throw noParticipant(name);
  const meetings = window(scope, -FAR, FAR, { participantIds: [first.id] });
  return { participant, meetings, others };
}

/**
 * The participants a typed name means: an id (what autocomplete sends), else those whose
 * name is exactly the text (any script, any word onwards), else those it begins.
 */
export function resolveParticipants(scope: CalendarScope, name: string): Participant[] {
  const trimmed = name.trim();
  if (!trimmed) throw new UserError('typeParticipant');
  const ids = idsOf(trimmed);
  const found = firstNonEmpty(
    () => (ids ? scope.store.participantSummaries(ids) : []),
    () => scope.store.participantsNamed(trimmed),
    () => scope.store.findParticipants(trimmed),
  );
  if (found.length > 0) return found;
  return nearestNames(
    trimmed,
    (max) => scope.store.closeParticipants(trimmed, max),
    (suggestions) => new UserError('noParticipantMatches', trimmed, suggestions),
  );
}

/** The places a typed name means, as for participants. */
export function resolvePlaces(scope: CalendarScope, name: string): PlaceSummary[] {
  const trimmed = name.trim();
  if (!trimmed) throw new UserError('typePlace');
  const ids = idsOf(trimmed);
  const found = firstNonEmpty(
    () => (ids ? scope.store.placesById(ids) : []),
    () => scope.store.placesNamed(trimmed),
    () => scope.store.findPlaces(trimmed),
    // Londres, Le Caire: another language's name for a city the calendar has
    () => {
      const english = englishNameOf(trimmed);
      return english ? scope.store.placesNamed(english) : [];
    },
  );
  if (found.length > 0) return found;
  return nearestNames(
    trimmed,
    (max) => scope.store.closePlaces(trimmed, max),
    (suggestions) => new UserError('noPlaceMatches', trimmed, suggestions),
  );
}

/**
 * When no name is or begins with what was typed: the names a letter or two from it (a typo,
 * Jeffery for Jeffrey, جفري for جيفري), the nearest of them, if near enough to be sure; else a
 * refusal that names the likeliest as "did you mean".
 */
function nearestNames<T extends { name: string | null; nameAr: string | null }>(
  typed: string,
  close: (max: number) => Close<T>[],
  refusal: (suggestions: string[]) => UserError,
): T[] {
  const length = nameKey(typed).length;
  const arabic = hasArabicLetter(typed);
  const found = close(suggestDistance(length));
  const nearest = found[0]?.distance;
  if (nearest !== undefined && nearest <= sureDistance(length, arabic)) {
    return found.filter((c) => c.distance === nearest).map((c) => c.item);
  }
  const names = found.map((c) => (arabic ? (c.item.nameAr ?? c.item.name) : (c.item.name ?? c.item.nameAr)) ?? '');
  throw refusal([...new Set(names.filter(Boolean))].slice(0, 3));
}

/** The first of the searches, in order, that finds anything: the later ones never run. */
function firstNonEmpty<T>(...searches: (() => T[])[]): T[] {
  for (const search of searches) {
    const found = search();
    if (found.length > 0) return found;
  }
  return [];
}

function window(scope: CalendarScope, from: number, to: number, filter: WindowFilter, paging?: Paging): Listing {
  const request = pageRequest(paging);
  const result = scope.store.meetingsOverlapping(from, to, filter, request);
  const listing = toListing(result.meetings, result.total, request);
  if (result.total > 0 || from === -FAR) return listing;
  return { ...listing, nearest: nearest(scope, from, to, filter) };
}

/** The last meeting that began before `from` and the first that begins at or after `to`. */
function nearest(scope: CalendarScope, from: number, to: number, filter: WindowFilter): Listing['nearest'] {
  const filtered = filter.participantIds !== undefined || filter.placeIds !== undefined;
  const last = filtered
    ? (scope.store
        .meetingsOverlapping(-FAR, from, filter)
        .meetings.filter((m) => m.startsAt < from)
        .at(-1) ?? null)
    : (scope.store.meetingsBefore(from, { offset: 0, limit: 1 })[0] ?? null);
  // A meeting that spans `to` comes first but began before it: read on until one begins after.
  const next = firstMatching(
    (page) =>
      filtered
        ? scope.store.meetingsOverlapping(to, FAR, filter, page).meetings
        : scope.store.meetingsIn(to, FAR, page),
    (m) => m.startsAt >= to,
  );
  return { last, next };
}

function pageRequest(paging: Paging = {}): PageRequest {
  const page = paging.page ?? 1;
  const size = paging.size ?? PAGE_SIZE;
  if (!Number.isInteger(page) || page < 1) throw new UserError('pageFromOne');
  return { offset: (page - 1) * size, limit: size };
}

function toListing(meetings: MeetingSummary[], total: number, request: PageRequest): Listing {
  return {
    meetings,
    total,
    page: request.offset / request.limit + 1,
    pageCount: Math.max(1, Math.ceil(total / request.limit)),
  };
}

/** `#12` or `#12,14`: participants or places by id (what autocomplete and page buttons send). */
function idsOf(text: string): number[] | null {
  return /^#\d{1,15}(?:,\d{1,15})*$/.test(text) ? text.slice(1).split(',').map(Number) : null;
}

function noParticipant(name: string): UserError {
  return new UserError('noParticipantMatches', name);
}

/** The meeting a person means: `#12`/`12`, or the one nearest to now whose title holds the text. */
export function findMeeting(scope: CalendarScope, text: string, now: number): Meeting {
  const trimmed = text.trim();
  const digits = toAsciiDigits(trimmed); // #١٢ is #12
  if (/^#?\d{1,15}$/.test(digits)) return meetingById(scope, Number(digits.replace('#', '')));
  const [nearest] = scope.store.findMeetings(trimmed, now, 1);
  if (!nearest) throw new UserError('noMeetingMatches', trimmed);
  return nearest;
}

/** How many meetings the calendar holds. */
export function meetingCount(scope: CalendarScope): number {
  return scope.store.countMeetings();
}

/** The calendar's settings as stored now (its zone and language may have changed since the scope was made). */
export function calendarSettings(scope: CalendarScope): CalendarRef {
  return scope.store.calendarRef();
}

/** These meetings in full (participants, sources), in the order of `ids`. */
export function meetingsInFull(scope: CalendarScope, ids: readonly number[]): Meeting[] {
  return scope.store.meetings(ids);
}

/** Every meeting overlapping the instants [from, to), in listing order, all of them at once. */
export function meetingsDuring(scope: CalendarScope, from: number, to: number): MeetingSummary[] {
  return scope.store.meetingsOverlapping(from, to).meetings;
}

/** The calendar's participant named exactly `name` (in any spelling its key folds away), if any. */
export function participantNamed(scope: CalendarScope, name: string): Participant | undefined {
  return scope.store.participantsNamed(name)[0];
}

/** The calendar's place named exactly `name`, or `#12` as its autocomplete sends it, if any. */
export function placeNamed(scope: CalendarScope, name: string): PlaceSummary | undefined {
  const ids = idsOf(name.trim());
  if (ids?.length === 1) return scope.store.placesById(ids)[0];
  return scope.store.placesNamed(name)[0];
}

/** Participants whose names begin with what was typed, else those a letter or two from it; the most meetings first when nothing is typed. */
export function suggestParticipants(scope: CalendarScope, typed: string, limit: number): Participant[] {
  if (!typed.trim()) return scope.store.participantSummaries().slice(0, limit);
  const found = scope.store.findParticipants(typed);
  const near = found.length > 0 ? [] : scope.store.closeParticipants(typed, suggestDistance(nameKey(typed).length));
  return [...found, ...near.map((c) => c.item)].slice(0, limit);
}

/** Places whose names begin with what was typed, else those a letter or two from it; the most meetings first when nothing is typed. */
export function suggestPlaces(scope: CalendarScope, typed: string, limit: number): PlaceSummary[] {
  if (!typed.trim()) return scope.store.placeList(limit);
  const found = scope.store.findPlaces(typed);
  const near = found.length > 0 ? [] : scope.store.closePlaces(typed, suggestDistance(nameKey(typed).length));
  return [...found, ...near.map((c) => c.item)].slice(0, limit);
}

/** Meetings whose title holds what was typed, nearest to now first; the coming ones when nothing is. */
export function suggestMeetings(scope: CalendarScope, typed: string, now: number, limit: number): MeetingSummary[] {
  return typed.trim()
    ? scope.store.findMeetings(typed, now, limit)
    : scope.store.meetingsOverlapping(now, FAR, {}, { offset: 0, limit }).meetings;
}
