/**
 * A meeting as a Discord Scheduled Event: its name, place, start and end, and a description
 * with the people and the source, each within Discord's limits. Pure.
 */
import type { Meeting } from '../calendar/types.js';
import { messages, type Locale } from '../i18n/index.js';
import { localName, meetingTitle, orderedParticipants } from '../replies/meeting-view.js';
import { escapeMarkdown } from '../replies/presenter.js';
import { clip } from '../replies/reply.js';
import type { EventFields } from './types.js';

/** Discord's limits on an event's fields (its guild-scheduled-event object table). */
export const EVENT_LIMITS = { name: 100, description: 1000, location: 100 } as const;

/** How long a timed meeting with no known end is shown to last. */
export const DEFAULT_LENGTH_MS = 60 * 60_000;

const MINUTE_MS = 60_000;

/**
 * The last line of every event's description: how a create cut short by a crash is found
 * again (among this bot's events) instead of being made twice, and how people find the meeting.
 */
export function eventMarker(meetingNumber: number): string {
  return `Diwan #${meetingNumber}`;
}

/**
 * When the event runs: a timed meeting from its start to its end (an hour when it has none),
 * a day-only one across its local days in its own zone; a week or a month gets no event.
 */
export function eventTimes(
  meeting: Pick<Meeting, 'precision' | 'startsAt' | 'endsAt'>,
): { startsAt: number; endsAt: number } | null {
  if (meeting.precision === 'week' || meeting.precision === 'month') return null;
  if (meeting.precision === 'day') return { startsAt: meeting.startsAt, endsAt: meeting.endsAt };
  // A timed meeting with no end is stored as lasting a minute (src/calendar/meeting-time.ts).
  const open = meeting.endsAt - meeting.startsAt <= MINUTE_MS;
  return { startsAt: meeting.startsAt, endsAt: open ? meeting.startsAt + DEFAULT_LENGTH_MS : meeting.endsAt };
}

/**
 * The event a meeting should have, in the server's language, with the cover of its month when
 * `covers` (month YYYY-MM -> cover hash) knows it; null when it should have none.
 */
export function eventFields(
  meeting: Meeting,
  locale: Locale,
  covers?: ReadonlyMap<string, string | null>,
): EventFields | null {
  const times = eventTimes(meeting);
  if (!times) return null;
  const t = messages(locale);
  const place = localName(meeting.place, locale);
  const cover = covers?.get(meetingMonth(meeting));
  return {
    name: clip(meetingTitle(meeting, locale).trim() || `#${meeting.number}`, EVENT_LIMITS.name),
    location: clip(place.trim() || t.noPlace, EVENT_LIMITS.location),
    description: eventDescription(meeting, locale),
    ...times,
    ...(cover !== undefined ? { cover } : {}),
  };
}

/** The month (YYYY-MM) whose picture is a meeting's cover: that of its first local day. */
export function meetingMonth(meeting: Pick<Meeting, 'date'>): string {
  return meeting.date.slice(0, 7);
}

/**
 * Tentative or not, who takes part, the source (outlet, title, day, the sentence, the link),
 * and the marker last: everything before the marker is clipped so the whole fits in 1000.
 * Outside text has its markdown escaped (Discord renders it in descriptions).
 */
export function eventDescription(meeting: Meeting, locale: Locale): string {
  const t = messages(locale).events;
  const lines: string[] = [];
  if (meeting.status === 'tentative') lines.push(t.tentative);
  const people = orderedParticipants(meeting.participants).map((p) => {
    const name = localName(p, locale);
    return p.role ? `${name} (${p.role})` : name;
  });
  if (people.length > 0) lines.push(clip(`${t.with}: ${escapeMarkdown(people.join(', '))}`, 400));
  const source = meeting.sources[0];
  if (source) {
    const about = [source.outlet, source.title, source.published].filter(Boolean).join(' · ');
    if (about) lines.push(clip(`${t.source}: ${escapeMarkdown(about)}`, 200));
  }
  const evidence = source?.evidence ?? meeting.evidence;
  if (evidence) lines.push(clip(`“${escapeMarkdown(evidence.trim())}”`, 400));
  if (source?.url) lines.push(clip(source.url, 200));
  const marker = eventMarker(meeting.number);
  const body = clip(lines.join('\n'), EVENT_LIMITS.description - marker.length - 1);
  return body ? `${body}\n${marker}` : marker;
}

/**
 * The fields that differ between what an event shows and what it should show (all, when
 * unknown); the cover only when it is known and another (so the same picture is never sent twice).
 */
export function changedFields(sent: EventFields | null, wanted: EventFields): Partial<EventFields> {
  if (!sent) return { ...wanted };
  const changes: Partial<EventFields> = {};
  for (const key of ['name', 'description', 'location', 'startsAt', 'endsAt'] as const) {
    if (sent[key] !== wanted[key]) Object.assign(changes, { [key]: wanted[key] });
  }
  if (wanted.cover !== undefined && (sent.cover ?? null) !== wanted.cover) changes.cover = wanted.cover;
  return changes;
}
