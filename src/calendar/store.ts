/** What the calendar's queries need from storage (db/calendar-repository.ts provides it). */
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

export interface CalendarRef {
  id: number;
  /** The calendar's own zone: for meetings whose place has none. */
  timezone: string;
  /** The language its answers and reminders are in; null: each reader's client decides. */
  locale: 'ar' | 'en' | null;
}

export interface CalendarStore {
  countMeetings(calendarId: number): number;
  meetingsOverlapping(calendarId: number, from: number, to: number, filter?: WindowFilter, page?: PageRequest): MeetingPage;
  meetingsOnDays(calendarId: number, firstDay: string, lastDay: string, page?: PageRequest): MeetingPage;
  pastMeetings(calendarId: number, before: number, page: PageRequest): MeetingPage;
  /** One page of the meetings overlapping [from, to), in listing order, without counting them all. */
  meetingsIn(calendarId: number, from: number, to: number, page: PageRequest): MeetingSummary[];
  /** One page of the meetings that ended before `before`, the latest first, without counting them all. */
  meetingsBefore(calendarId: number, before: number, page: PageRequest): MeetingSummary[];
  meeting(calendarId: number, id: number): Meeting;
  /** These meetings of the calendar in full, in the order of `ids` (others' are left out). */
  meetings(calendarId: number, ids: readonly number[]): Meeting[];
  findMeetings(calendarId: number, query: string, near: number, limit?: number): Meeting[];
  /** Participants whose names (any script, any word onwards) begin with `query`, exact names first; up to 25. */
  findParticipants(calendarId: number, query: string): Participant[];
  /** Participants `name` names exactly, in any spelling its key folds away; whole names first; up to 25. */
  participantsNamed(calendarId: number, name: string): Participant[];
  findPlaces(calendarId: number, query: string): PlaceSummary[];
  placesNamed(calendarId: number, name: string): PlaceSummary[];
  participantSummaries(calendarId: number, ids?: readonly number[]): ParticipantSummary[];
  placesById(calendarId: number, ids: readonly number[]): PlaceSummary[];
  /** The calendar's places, most meetings first. */
  placeList(calendarId: number, limit?: number): PlaceSummary[];
  addSource(calendarId: number, source: SourceDraft, now: number): number;
  /** A stored article of this calendar, or null. */
  source(calendarId: number, id: number): (SourceDraft & { id: number }) | null;
  /** Deletes an article no meeting cites (a discarded import); true when deleted. */
  deleteUnusedSource(calendarId: number, id: number): boolean;
  /** Cites one more article for a meeting (one that reports it again). */
  addMeetingSource(calendarId: number, id: number, sourceId: number, evidence: string | null): void;
  setCalendarZone(calendarId: number, zone: string): void;
  setCalendarLocale(calendarId: number, locale: 'ar' | 'en' | null): void;
  calendarRef(calendarId: number): CalendarRef;
  /** Runs `work` in one transaction: all its writes or none. */
  transaction<T>(work: () => T): T;
  addMeetings(calendar: CalendarRef, drafts: readonly MeetingDraft[], options: { now: number; sourceId?: number | null }): number[];
  updateMeeting(calendar: CalendarRef, id: number, draft: MeetingDraft, now: number): void;
  setStatus(calendarId: number, id: number, status: MeetingStatus, now: number): void;
  deleteMeeting(calendarId: number, id: number): void;
}
