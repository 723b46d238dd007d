/** Meetings as one iCalendar file (RFC 5545), written by ical-generator: an export or a feed. */
import { setImmediate as nextTurn } from 'node:timers/promises';
import ical, { type ICalCalendar } from 'ical-generator';
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
  const file = new CalendarFileText(options);
  file.add(meetings);
  return file.text();
}

/** Meetings a step of calendarFileInSteps reads and writes: a few milliseconds of work. */
export const MEETINGS_PER_STEP = 100;

/**
 * The text calendarFile gives for the meetings `numbers` names (in that order, each once), in
 * parts to be joined, read by `read` and written a few hundred at a time with the event loop
 * let run between: a feed of 10,000 meetings takes a second or more of work, in which the bot
 * goes on answering and reminding. (Parts, not one string: joining 9 MB of them took 0.1 s.)
 */
export async function calendarFileInSteps(
  numbers: readonly number[],
  read: (numbers: readonly number[]) => readonly Meeting[],
  options: CalendarFileOptions,
  perStep = MEETINGS_PER_STEP,
): Promise<string[]> {
  const file = new CalendarFileText(options);
  const once = [...new Set(numbers)];
  for (let start = 0; start < once.length; start += perStep) {
    if (start > 0) await nextTurn();
    file.add(read(once.slice(start, start + perStep)));
  }
  return file.parts();
}

/** A calendar file being written: its shell, the zones its events use, and their folded text. */
class CalendarFileText {
  private readonly calendar: ICalCalendar;
  private readonly shell: string;
  private readonly zones = new Set<string>();
  private readonly events: string[] = [];

  constructor(private readonly options: CalendarFileOptions) {
    this.calendar = ical({
      prodId: { company: 'Diwan', product: 'Diwan', language: options.locale.toUpperCase() },
      name: messages(options.locale).calendarFiles.calendarName,
      ...(options.refreshSeconds ? { ttl: options.refreshSeconds } : {}),
    });
    this.shell = this.calendar.toString();
  }

  add(meetings: readonly Meeting[]): void {
    const events = meetings.map((meeting) => this.calendar.createEvent(meetingEvent(meeting, this.options.locale)));
    for (const event of events) {
      const zone = event.timezone();
      if (zone !== null) this.zones.add(zone);
    }
    this.events.push(foldLines(events.map((event) => event.toString()).join('')));
    // Written: the calendar need not keep them.
    this.calendar.clear();
  }

  /** The file's text in parts: its head with the zones, the events, its end. */
  parts(): string[] {
    const end = this.shell.lastIndexOf('END:VCALENDAR');
    return [this.shell.slice(0, end) + [...this.zones].map(vtimezone).join(''), ...this.events, this.shell.slice(end)];
  }

  text(): string {
    return this.parts().join('');
  }
}
