/** Meetings as one iCalendar file (RFC 5545), written by ical-generator: an export or a feed. */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical from 'ical-generator';
import type { Meeting } from '../calendar/types.js';
import { messages, type Locale } from '../i18n/index.js';
import { meetingEvent } from './meeting-event.js';

/** The media type of what this writes. */
export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';

export interface CalendarFileOptions {
  /** The language of titles and descriptions (the server's). */
  locale: Locale;
  /** How often a subscribed calendar program should fetch it again, in seconds (feeds only). */
  refreshSeconds?: number;
}

/**
 * The iCalendar text of `meetings`, with a VTIMEZONE for every zone a timed meeting is written
 * in. The same meetings give the same text (no time of writing in it).
 */
export function calendarFile(meetings: readonly Meeting[], options: CalendarFileOptions): string {
  const calendar = ical({
    prodId: { company: 'Diwan', product: 'Diwan', language: options.locale.toUpperCase() },
    name: messages(options.locale).calendarFiles.calendarName,
    // No calendar-wide zone: each event names its own, and this writes the VTIMEZONE of each.
    timezone: { name: null, generator: getVtimezoneComponent },
    ...(options.refreshSeconds ? { ttl: options.refreshSeconds } : {}),
  });
  for (const meeting of meetings) calendar.createEvent(meetingEvent(meeting, options.locale));
  return calendar.toString();
}
