/**
 * Reading iCalendar text back as a calendar program would (node-ical), to check what an export
 * or a feed says rather than how it is spelt.
 */
import ical, { type ParameterValue, type VEvent } from 'node-ical';

/** One event as node-ical reads it, its fields in plain types. */
export interface ReadEvent {
  uid: string;
  summary: string;
  description: string;
  location: string | undefined;
  status: string | undefined;
  sequence: number;
  url: string | undefined;
  /** The instants node-ical computed (from TZID and VTIMEZONE for a timed event). */
  start: Date;
  end: Date;
  /** The TZID of a timed event. */
  tz: string | undefined;
  /** For an all-day event: its first and last days (the end is exclusive in the file), else undefined. */
  days: { first: string; afterLast: string } | undefined;
}

function text(value: ParameterValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : value.val;
}

/** A date-only value as node-ical gives it (local midnight of this process) as YYYY-MM-DD. */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Every VEVENT of `ics`, in file order. */
export function readEvents(ics: string): ReadEvent[] {
  return Object.values(ical.sync.parseICS(ics))
    .filter((component): component is VEvent => component?.type === 'VEVENT')
    .map((event) => {
      const allDay = event.start.dateOnly === true;
      return {
        uid: event.uid,
        summary: text(event.summary) ?? '',
        description: text(event.description) ?? '',
        location: text(event.location),
        status: event.status,
        sequence: Number(event.sequence ?? 0),
        url: typeof event.url === 'string' ? event.url : undefined,
        start: new Date(event.start.getTime()),
        end: new Date(event.end!.getTime()),
        tz: allDay ? undefined : event.start.tz,
        days: allDay ? { first: localDay(event.start), afterLast: localDay(event.end!) } : undefined,
      };
    });
}

/** The content lines of `ics`, unfolded (RFC 5545 3.1), for what a parser hides (TZID spelling). */
export function icsLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}
