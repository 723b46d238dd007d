/** What the calendar's queries need from storage (db/calendar-repository.ts provides it). */
import type { DateStyle } from '../i18n/date-style.js';
import type { Meeting, MeetingDraft, MeetingStatus, MeetingSummary, Participant, Place, SourceDraft } from './types.js';

/** One page of a listing (each meeting as its line shows it), and how many there are in all. */
export interface MeetingPage {
  meetings: MeetingSummary[];
  total: number;
}

export interface PageRequest {
  offset: number;
  limit: number;
}

export interface WindowFilter {
  participantIds?: readonly number[] | undefined;
  placeIds?: readonly number[] | undefined;
}

/** A participant with the number of meetings they take part in, and their other names. */
export interface ParticipantSummary extends Participant {
  meetingCount: number;
  aliases: string[];
}

export interface PlaceSummary extends Place {
  id: number;
  timezone: string | null;
  meetingCount: number;
}

/** A confirmed import of an article: by whom (a Discord user id, or 'terminal') and when. */
export interface ArticleImport {
  by: string;
  at: number;
}

export interface CalendarRef {
  id: number;
  /** The calendar's own zone: for meetings whose place has none. */
  timezone: string;
  /** The language its answers and reminders are in; null: each reader's client decides. */
  locale: 'ar' | 'en' | null;
  /** The day its weeks start on (0 Sunday … 6 Saturday); null: its language's. */
  weekStart?: number | null;
  /** How its Arabic writes dates and numbers (`/settings dates`); absent: the default. */
  dateStyle?: DateStyle;
}

/**
 * One calendar's meetings, participants, places and articles: a store bound to its calendar
 * (db/calendar-repository.ts `forCalendar`), so nothing read or written through it belongs to
 * another server's calendar. Meetings are named by their number in the calendar.
 */
export interface CalendarStore {
  countMeetings(): number;
  meetingsOverlapping(from: number, to: number, filter?: WindowFilter, page?: PageRequest): MeetingPage;
  meetingsOnDays(firstDay: string, lastDay: string, page?: PageRequest): MeetingPage;
  pastMeetings(before: number, page: PageRequest): MeetingPage;
  /** One page of the meetings overlapping [from, to), in listing order, without counting them all. */
  meetingsIn(from: number, to: number, page: PageRequest): MeetingSummary[];
  /** One page of the meetings that ended before `before`, the latest first, without counting them all. */
  meetingsBefore(before: number, page: PageRequest): MeetingSummary[];
  /** One meeting, or a `UserError` saying there is none. */
  meeting(number: number): Meeting;
  /** These meetings in full, in the order of `numbers` (numbers the calendar does not have are left out). */
  meetings(numbers: readonly number[]): Meeting[];
  /** These meetings as their lines show them, in the order of `numbers` (unknown numbers left out). */
  meetingSummaries(numbers: readonly number[]): MeetingSummary[];
  findMeetings(query: string, near: number, limit?: number): Meeting[];
  /** Participants whose names (any script, any word onwards) begin with `query`, exact names first; up to 25. */
  findParticipants(query: string): Participant[];
  /** Participants `name` names exactly, in any spelling its key folds away; whole names first; up to 25. */
  participantsNamed(name: string): Participant[];
  findPlaces(query: string): PlaceSummary[];
  placesNamed(name: string): PlaceSummary[];
  /** Participants whose name (any script, any word onwards) is at most `max` letters from `query` (a typo, another transliteration), nearest first. */
  closeParticipants(query: string, max: number): Close<Participant>[];
  /** Places at most `max` letters from `query`, nearest first. */
  closePlaces(query: string, max: number): Close<PlaceSummary>[];
  participantSummaries(ids?: readonly number[]): ParticipantSummary[];
  placesById(ids: readonly number[]): PlaceSummary[];
  /** The calendar's places, most meetings first. */
  placeList(limit?: number): PlaceSummary[];
  /** Stores an article once (the same text again gives the same id). */
  addSource(source: SourceDraft, now: number): number;
  /** A stored article of this calendar, or null. */
  source(id: number): (SourceDraft & { id: number }) | null;
  /** Deletes an article no meeting cites (a discarded import); true when deleted. */
  deleteUnusedSource(id: number): boolean;
  /** The meetings an article made, by their position among those it describes (null: deleted since). */
  articleMeetings(sourceId: number): Map<number, number | null>;
  /** Remembers that the meeting `number` is the one at `position` in the article. */
  recordArticleMeeting(sourceId: number, position: number, number: number): void;
  /** Who confirmed this preview of the article, and when; null when no one has. */
  articleImport(sourceId: number, preview: string): ArticleImport | null;
  recordArticleImport(sourceId: number, preview: string, by: string, at: number): void;
  /** Cites one more article for a meeting (one that reports it again). */
  addMeetingSource(number: number, sourceId: number, evidence: string | null): void;
  /** No longer cites the article for the meeting (an undone merge). */
  removeMeetingSource(number: number, sourceId: number): void;
  /** Sets the calendar's zone; meetings whose place gives none keep their local days and times. */
  setCalendarZone(zone: string): void;
  setCalendarLocale(locale: 'ar' | 'en' | null): void;
  /** The day the calendar's weeks start on (0 Sunday … 6 Saturday), or null for its language's. */
  setCalendarWeekStart(weekday: number | null): void;
  /** How the calendar's Arabic writes dates and numbers. */
  setCalendarDateStyle(style: DateStyle): void;
  /** The calendar's settings, as stored now. */
  calendarRef(): CalendarRef;
  /** Runs `work` in one transaction: all its writes or none. */
  transaction<T>(work: () => T): T;
  /**
   * Adds meetings, all or none; a draft whose `externalKey` the calendar has is left as it is.
   * Returns their numbers, in the drafts' order.
   */
  addMeetings(drafts: readonly MeetingDraft[], options: { now: number; sourceId?: number | null }): number[];
  /** Replaces a meeting's fields and participants. */
  updateMeeting(number: number, draft: MeetingDraft, now: number): void;
  setStatus(number: number, status: MeetingStatus, now: number): void;
  deleteMeeting(number: number): void;
}

/** A name found near what was typed, and how many letters apart they are. */
export interface Close<T> {
  item: T;
  distance: number;
}
