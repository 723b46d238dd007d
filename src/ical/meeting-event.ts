/**
 * One meeting as an iCalendar event, faithful to what is known of it: a timed meeting at its
 * clock time in its own zone, a day-only one as whole days, a week or a month as the whole span
 * with the description saying only that much is known. Pure: the calendar file
 * (calendar-file.ts) turns these into text with ical-generator.
 */
import { ICalEventStatus, type ICalEventData } from 'ical-generator';
import type { Meeting, MeetingStatus } from '../calendar/types.js';
import { messages, type Locale } from '../i18n/index.js';
import { formatDay, formatMonth, meetingTitle } from '../replies/meeting-view.js';
import { dayjs, type Dayjs } from '../time/dayjs.js';
import { addDays } from '../time/local-days.js';
import { utcOffsetMs } from '../time/zones.js';
import { hasTimezoneDefinition } from './timezones.js';

const MINUTE_MS = 60_000;

/** What a calendar program can show of a status; "held" and "scheduled" are both confirmed. */
const STATUS: Record<MeetingStatus, ICalEventStatus> = {
  held: ICalEventStatus.CONFIRMED,
  scheduled: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/**
 * The event's UID: the meeting's number within its calendar, and the calendar, so it stays the
 * same in every export and feed of that server, and two servers' meetings #1 never merge.
 */
export function meetingUid(meeting: Pick<Meeting, 'number' | 'calendarId'>): string {
  return `meeting-${meeting.number}.calendar-${meeting.calendarId}@diwan`;
}

/**
 * The event of one meeting, its words in `locale`. A time in a TZID is a dayjs object in that
 * zone (ical-generator writes a plain Date there in the machine's zone); every other time is a
 * Date, which it writes in UTC (or as a day) without dayjs's format(), a third of a feed's time.
 */
export function meetingEvent(meeting: Meeting, locale: Locale): ICalEventData {
  const stamp = new Date(meeting.updatedAt);
  const place = bothScripts(meeting.place);
  const url = meeting.sources.find((source) => source.url)?.url;
  return {
    id: meetingUid(meeting),
    sequence: meeting.revision,
    // The time the meeting last changed, not the time of the download: the same calendar gives
    // the same file, so a feed's ETag holds until something changes.
    stamp,
    created: new Date(meeting.createdAt),
    lastModified: stamp,
    summary: meetingTitle(meeting, locale),
    ...(place ? { location: place } : {}),
    description: describe(meeting, locale),
    status: STATUS[meeting.status],
    ...(url ? { url } : {}),
    ...eventTime(meeting),
  };
}

/** Start, end and zone: a clock time in the meeting's own zone, or whole local days (end exclusive). */
function eventTime(meeting: Meeting): Pick<ICalEventData, 'start' | 'end' | 'allDay' | 'timezone'> {
  if (meeting.precision === 'minute') {
    const zoned = hasTimezoneDefinition(meeting.zone);
    // The calendar gives a meeting with no known end one minute (src/calendar/meeting-time.ts):
    // no DTEND says "no end known" to a calendar program instead.
    const endKnown = meeting.endsAt - meeting.startsAt > MINUTE_MS;
    return {
      start: zoned ? zonedTime(meeting.startsAt, meeting.zone) : new Date(meeting.startsAt),
      end: endKnown ? (zoned ? zonedTime(meeting.endsAt, meeting.zone) : new Date(meeting.endsAt)) : null,
      timezone: zoned ? meeting.zone : null,
    };
  }
  return {
    start: new Date(`${meeting.date}T00:00:00Z`),
    end: new Date(`${addDays(meeting.endDate, 1)}T00:00:00Z`),
    allDay: true,
    timezone: null,
  };
}

/**
 * The instant `at` in `zone`, for a date ical-generator writes in a TZID: it calls `.tz(zone)`
 * on each, and dayjs's tz() makes an Intl formatter per call (0.8 s of a 10,000-meeting feed's
 * 2.2 s). Here the zone's offset comes from utcOffsetMs (Intl asked once per zone and hour), and
 * tz() on the result answers itself: the same text, written at a fraction of the cost.
 */
function zonedTime(at: number, zone: string): Dayjs {
  const local = dayjs.utc(at).utcOffset(utcOffsetMs(at, zone) / MINUTE_MS);
  return Object.assign(local, { tz: () => local });
}

/** "James Jeffrey · جيمس جيفري": a name in both scripts when it has both. */
function bothScripts(names: { name: string | null; nameAr: string | null }): string {
  return [...new Set([names.name, names.nameAr].filter((name): name is string => Boolean(name)))].join(' · ');
}

/**
 * What a calendar program shows under the title: how much of the time is known (a week or a
 * month), who takes part, where, the status, and the sentence and articles it came from.
 */
function describe(meeting: Meeting, locale: Locale): string {
  const t = messages(locale).calendarFiles;
  const lines: string[] = [];
  if (meeting.precision === 'week')
    lines.push(t.onlyWeekKnown(formatDay(meeting.date, locale, false), formatDay(meeting.endDate, locale, false)));
  if (meeting.precision === 'month') lines.push(t.onlyMonthKnown(formatMonth(meeting.date, locale)));
  const people = meeting.participants.map((p) => bothScripts(p) + (p.role ? ` (${p.role})` : ''));
  if (people.length > 0) lines.push(`${t.participants}: ${people.join('; ')}`);
  const place = bothScripts(meeting.place);
  if (place) lines.push(`${t.place}: ${place}`);
  lines.push(`${t.status}: ${messages(locale).status[meeting.status]}`);
  if (meeting.evidence) lines.push('', `${t.source}: «${meeting.evidence}»`);
  for (const source of meeting.sources) {
    const about = [source.outlet, source.published, source.title, source.url].filter(Boolean).join(' · ');
    if (about) lines.push(`— ${about}`);
  }
  return lines.join('\n');
}
