/**
 * The store of one calendar (CalendarStore in src/calendar/store.ts): every call reads and
 * writes that calendar's rows alone. It holds the calendar's id and the statements its database
 * prepared once, so making one per interaction costs an object, never a statement.
 */
import { resolveMeetingTime, type MeetingTimeInput } from '../src/calendar/meeting-time.js';
import type {
  ArticleImport,
  Close,
  CalendarRef,
  CalendarStore,
  MeetingPage,
  PageRequest,
  ParticipantSummary,
  PlaceSummary,
  WindowFilter,
} from '../src/calendar/store.js';
import type {
  Meeting,
  MeetingDraft,
  MeetingStatus,
  MeetingSummary,
  Participant,
  SourceDraft,
} from '../src/calendar/types.js';
import { DEFAULT_DATE_STYLE, isDateStyle, type DateStyle } from '../src/i18n/date-style.js';
import { writeTransaction, type Db } from './connection.js';
import { unknownMeeting, type MeetingRows } from './meeting-rows.js';
import type { MeetingListings } from './meeting-listings.js';
import type { MeetingWrites } from './meeting-writes.js';
import type { NameSearch } from './name-search.js';

/** The columns of a calendar's date style (migration 13), as `dateStyleOf` reads them. */
export const DATE_STYLE_COLUMNS = 'date_months AS dateMonths, date_hijri AS dateHijri, date_digits AS dateDigits';

/** The date style columns of a calendar row. */
export interface DateStyleColumns {
  dateMonths: string;
  dateHijri: number;
  dateDigits: string;
}

/** A calendar row's date style (the default should a column hold what this code does not know). */
export function dateStyleOf(row: DateStyleColumns): DateStyle {
  const style = { months: row.dateMonths, hijri: row.dateHijri === 1, digits: row.dateDigits };
  return isDateStyle(style) ? style : { ...DEFAULT_DATE_STYLE };
}

/** A calendar's own settings: its zone (which retimes meetings that have none) and its language. */
export class CalendarSettings {
  readonly statements;

  constructor(private readonly db: Db) {
    const prepare = (sql: string) => db.prepare(sql);
    this.statements = {
      calendarById: prepare(
        `SELECT id, timezone, locale, week_start AS weekStart, ${DATE_STYLE_COLUMNS} FROM calendars WHERE id = ?`,
      ),
      setCalendarZone: prepare('UPDATE calendars SET timezone = ? WHERE id = ?'),
      setCalendarLocale: prepare('UPDATE calendars SET locale = ? WHERE id = ?'),
      setCalendarWeekStart: prepare('UPDATE calendars SET week_start = ? WHERE id = ?'),
      setCalendarDateStyle: prepare(
        'UPDATE calendars SET date_months = @months, date_hijri = @hijri, date_digits = @digits WHERE id = @id',
      ),
      zonelessMeetings: prepare(`
        SELECT id, precision, start_date AS date, end_date AS endDate, start_time AS time, end_time AS endTime
        FROM meetings WHERE calendar_id = ? AND timezone IS NULL`),
      retime: prepare(
        'UPDATE meetings SET starts_at = @startsAt, ends_at = @endsAt, span_class = @spanClass WHERE id = @id',
      ),
    };
  }

  /** A calendar's settings as the queries need them. */
  calendarRef(calendarId: number): CalendarRef {
    const { dateMonths, dateHijri, dateDigits, ...ref } = this.statements.calendarById.get(calendarId) as CalendarRef &
      DateStyleColumns;
    return { ...ref, dateStyle: dateStyleOf({ dateMonths, dateHijri, dateDigits }) };
  }

  /**
   * Sets the calendar's own zone. Meetings whose place gives no zone keep their local days and
   * clock times, so their instants move with it; one transaction.
   */
  setCalendarZone(calendarId: number, zone: string): void {
    writeTransaction(this.db, () => {
      this.statements.setCalendarZone.run(zone, calendarId);
      const meetings = this.statements.zonelessMeetings.all(calendarId) as (MeetingTimeInput & { id: number })[];
      for (const meeting of meetings) {
        const { startsAt, endsAt, spanClass } = resolveMeetingTime(meeting, zone);
        this.statements.retime.run({ id: meeting.id, startsAt, endsAt, spanClass });
      }
    });
  }

  /** The language a calendar answers in (null: each reader's Discord client decides). */
  setCalendarLocale(calendarId: number, locale: 'ar' | 'en' | null): void {
    this.statements.setCalendarLocale.run(locale, calendarId);
  }

  /** The day a calendar's weeks start on (null: its language's). */
  setCalendarWeekStart(calendarId: number, weekday: number | null): void {
    this.statements.setCalendarWeekStart.run(weekday, calendarId);
  }

  /** How a calendar's Arabic writes dates and numbers. */
  setCalendarDateStyle(calendarId: number, style: DateStyle): void {
    this.statements.setCalendarDateStyle.run({ ...style, hijri: style.hijri ? 1 : 0, id: calendarId });
  }
}

/** The parts of the calendar's SQL, each prepared once per database and shared by every bound store. */
export interface CalendarSections {
  db: Db;
  settings: CalendarSettings;
  rows: MeetingRows;
  writes: MeetingWrites;
  listings: MeetingListings;
  names: NameSearch;
}

/** A CalendarStore bound to the calendar `calendarId`: each call passes that id and no other. */
export class BoundCalendarStore implements CalendarStore {
  constructor(
    private readonly sections: CalendarSections,
    readonly calendarId: number,
  ) {}

  // ---- the calendar ----------------------------------------------------------------------

  calendarRef(): CalendarRef {
    return this.sections.settings.calendarRef(this.calendarId);
  }

  setCalendarZone(zone: string): void {
    this.sections.settings.setCalendarZone(this.calendarId, zone);
  }

  setCalendarLocale(locale: 'ar' | 'en' | null): void {
    this.sections.settings.setCalendarLocale(this.calendarId, locale);
  }

  setCalendarWeekStart(weekday: number | null): void {
    this.sections.settings.setCalendarWeekStart(this.calendarId, weekday);
  }

  setCalendarDateStyle(style: DateStyle): void {
    this.sections.settings.setCalendarDateStyle(this.calendarId, style);
  }

  transaction<T>(work: () => T): T {
    return writeTransaction(this.sections.db, work);
  }

  // ---- meeting writes and sources --------------------------------------------------------

  addMeetings(drafts: readonly MeetingDraft[], options: { now: number; sourceId?: number | null }): number[] {
    return this.sections.writes.addMeetings(this.calendarId, drafts, options);
  }

  updateMeeting(number: number, draft: MeetingDraft, now: number): void {
    this.sections.writes.updateMeeting(this.calendarId, number, draft, now);
  }

  setStatus(number: number, status: MeetingStatus, now: number): void {
    this.sections.writes.setStatus(this.calendarId, number, status, now);
  }

  deleteMeeting(number: number): void {
    this.sections.writes.deleteMeeting(this.calendarId, number);
  }

  addSource(source: SourceDraft, now: number): number {
    return this.sections.writes.addSource(this.calendarId, source, now);
  }

  source(id: number): (SourceDraft & { id: number }) | null {
    return this.sections.writes.source(this.calendarId, id);
  }

  deleteUnusedSource(id: number): boolean {
    return this.sections.writes.deleteUnusedSource(this.calendarId, id);
  }

  articleMeetings(sourceId: number): Map<number, number | null> {
    return this.sections.writes.articleMeetings(this.calendarId, sourceId);
  }

  recordArticleMeeting(sourceId: number, position: number, number: number): void {
    this.sections.writes.recordArticleMeeting(this.calendarId, sourceId, position, number);
  }

  articleImport(sourceId: number, preview: string): ArticleImport | null {
    return this.sections.writes.articleImport(this.calendarId, sourceId, preview);
  }

  recordArticleImport(sourceId: number, preview: string, by: string, at: number): void {
    this.sections.writes.recordArticleImport(this.calendarId, sourceId, preview, by, at);
  }

  addMeetingSource(number: number, sourceId: number, evidence: string | null): void {
    this.sections.writes.addMeetingSource(this.calendarId, number, sourceId, evidence);
  }

  removeMeetingSource(number: number, sourceId: number): void {
    this.sections.writes.removeMeetingSource(this.calendarId, number, sourceId);
  }

  // ---- meetings by number ----------------------------------------------------------------

  meeting(number: number): Meeting {
    const [meeting] = this.meetings([number]);
    if (!meeting) throw unknownMeeting(number);
    return meeting;
  }

  meetings(numbers: readonly number[]): Meeting[] {
    const { rows } = this.sections;
    return rows.meetings(rows.rowIds(this.calendarId, numbers));
  }

  meetingSummaries(numbers: readonly number[]): MeetingSummary[] {
    const { rows } = this.sections;
    return rows.summaries(rows.rowIds(this.calendarId, numbers));
  }

  // ---- listings and windows --------------------------------------------------------------

  countMeetings(): number {
    return this.sections.listings.countMeetings(this.calendarId);
  }

  meetingsOverlapping(from: number, to: number, filter?: WindowFilter, page?: PageRequest): MeetingPage {
    return this.sections.listings.meetingsOverlapping(this.calendarId, from, to, filter, page);
  }

  meetingsIn(from: number, to: number, page: PageRequest): MeetingSummary[] {
    return this.sections.listings.meetingsIn(this.calendarId, from, to, page);
  }

  meetingsOnDays(firstDay: string, lastDay: string, page?: PageRequest): MeetingPage {
    return this.sections.listings.meetingsOnDays(this.calendarId, firstDay, lastDay, page);
  }

  pastMeetings(before: number, page: PageRequest): MeetingPage {
    return this.sections.listings.pastMeetings(this.calendarId, before, page);
  }

  meetingsBefore(before: number, page: PageRequest): MeetingSummary[] {
    return this.sections.listings.meetingsBefore(this.calendarId, before, page);
  }

  // ---- name search -----------------------------------------------------------------------

  findMeetings(query: string, near: number, limit?: number): Meeting[] {
    return this.sections.names.findMeetings(this.calendarId, query, near, limit);
  }

  findParticipants(query: string): Participant[] {
    return this.sections.names.findParticipants(this.calendarId, query);
  }

  participantsNamed(name: string): Participant[] {
    return this.sections.names.participantsNamed(this.calendarId, name);
  }

  findPlaces(query: string): PlaceSummary[] {
    return this.sections.names.findPlaces(this.calendarId, query);
  }

  placesNamed(name: string): PlaceSummary[] {
    return this.sections.names.placesNamed(this.calendarId, name);
  }

  closeParticipants(query: string, max: number): Close<Participant>[] {
    return this.sections.names.closeParticipants(this.calendarId, query, max);
  }

  closePlaces(query: string, max: number): Close<PlaceSummary>[] {
    return this.sections.names.closePlaces(this.calendarId, query, max);
  }

  placesById(ids: readonly number[]): PlaceSummary[] {
    return this.sections.names.placesById(this.calendarId, ids);
  }

  placeList(limit?: number): PlaceSummary[] {
    return this.sections.names.placeList(this.calendarId, limit);
  }

  participantSummaries(ids?: readonly number[]): ParticipantSummary[] {
    return this.sections.names.participantSummaries(this.calendarId, ids);
  }
}
