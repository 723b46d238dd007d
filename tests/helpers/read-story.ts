/** Reading a story written for a test, published on Tuesday 2020-01-28 (Beirut for Arabic, UTC for English). */
import type { MeetingDraft } from '../../src/calendar/types.js';
import { extractMeetings } from '../../src/extract/index.js';

export const PUBLISHED = '2020-01-28';

/** The meetings of an Arabic story published on PUBLISHED in Beirut. */
export const ar = (text: string): MeetingDraft[] =>
  extractMeetings(text, { published: PUBLISHED, timezone: 'Asia/Beirut', language: 'ar' }).meetings;

/** The meetings of an English story published on PUBLISHED (UTC). */
export const en = (text: string): MeetingDraft[] =>
  extractMeetings(text, { published: PUBLISHED, timezone: 'UTC', language: 'en' }).meetings;

/** What a reader checks first: the day, the place, the status. */
export const brief = (m: MeetingDraft) => ({ date: m.date, place: m.place.name, status: m.status });

/** The meetings of an Arabic story published on `published` in `timezone` (Cairo unless told). */
export const arOn = (text: string, published: string, timezone = 'Africa/Cairo'): MeetingDraft[] =>
  extractMeetings(text, { published, timezone, language: 'ar' }).meetings;

/** The meetings of an English story published on `published` in `timezone` (UTC unless told). */
export const enOn = (text: string, published: string, timezone = 'UTC'): MeetingDraft[] =>
  extractMeetings(text, { published, timezone, language: 'en' }).meetings;
