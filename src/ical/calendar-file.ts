/** Meetings as one iCalendar file (RFC 5545), written by ical-generator: an export or a feed. */
import ical from 'ical-generator';
import type { Meeting } from '../calendar/types.js';
import { messages, type Locale } from '../i18n/index.js';
import { foldLines } from './fold-lines.js';
import { meetingEvent } from './meeting-event.js';
import { vtimezone } from './timezones.js';

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
 *
 * ical-generator writes the calendar's properties and each event; the events are folded here
 * (fold-lines.ts: its own folding was most of a large feed's time), and put with their zones
 * where its own toString() would put them (a test holds the two texts equal).
 */
export function calendarFile(meetings: readonly Meeting[], options: CalendarFileOptions): string {
  const calendar = ical({
    prodId: { company: 'Diwan', product: 'Diwan', language: options.locale.toUpperCase() },
    name: messages(options.locale).calendarFiles.calendarName,
    ...(options.refreshSeconds ? { ttl: options.refreshSeconds } : {}),
  });
  const shell = calendar.toString();
  const end = shell.lastIndexOf('END:VCALENDAR');
  const events = meetings.map((meeting) => calendar.createEvent(meetingEvent(meeting, options.locale)));
  const zones = [...new Set(events.map((event) => event.timezone()).filter((zone) => zone !== null))];
  return (
    shell.slice(0, end) +
    zones.map(vtimezone).join('') +
    foldLines(events.map((event) => event.toString()).join('')) +
    shell.slice(end)
  );
}
