/**
 * Changing a calendar by hand (the import of an article is src/calendar/import-article.ts):
 * its meetings and its settings. Pure of Discord and of SQLite, as the queries are.
 */
import type { DateStyle } from '../i18n/date-style.js';
import type { CalendarScope } from './queries.js';
import type { MeetingDraft, MeetingStatus } from './types.js';

/** Adds a meeting; returns its number. */
export function addMeeting(scope: CalendarScope, draft: MeetingDraft, now: number): number {
  const [id] = scope.store.addMeetings([draft], { now });
  return id!;
}

/** Replaces a meeting's fields with the draft's. */
export function updateMeeting(scope: CalendarScope, id: number, draft: MeetingDraft, now: number): void {
  scope.store.updateMeeting(id, draft, now);
}

export function setMeetingStatus(scope: CalendarScope, id: number, status: MeetingStatus, now: number): void {
  scope.store.setStatus(id, status, now);
}

export function deleteMeeting(scope: CalendarScope, id: number): void {
  scope.store.deleteMeeting(id);
}

/** The zone of meetings whose place gives none (and of typed days such as `tomorrow`). */
export function setCalendarZone(scope: CalendarScope, zone: string): void {
  scope.store.setCalendarZone(zone);
}

/** The language of the calendar's answers and reminders; null: each reader's client decides. */
export function setCalendarLocale(scope: CalendarScope, locale: 'ar' | 'en' | null): void {
  scope.store.setCalendarLocale(locale);
}

/** The day the calendar's weeks start on (0 Sunday … 6 Saturday); null: its language's. */
export function setCalendarWeekStart(scope: CalendarScope, weekday: number | null): void {
  scope.store.setCalendarWeekStart(weekday);
}

/** Sets how the calendar's Arabic writes dates and numbers (`/settings dates`). */
export function setCalendarDateStyle(scope: CalendarScope, style: DateStyle): void {
  scope.store.setCalendarDateStyle(style);
}
