/** How a meeting reads: one line in a listing, an embed in full, an object in JSON. */
import { remembered } from '../remembered.js';
import type { Meeting, MeetingParticipant, MeetingStatus, MeetingSummary } from '../calendar/types.js';
import { messages, type Locale } from '../i18n/index.js';
import { dayjs } from '../time/dayjs.js';
import { formatDay, formatMonth } from './date-format.js';
import type { Presenter } from './presenter.js';
import { clip, LIMITS, type ReplyEmbed, type ReplyField } from './reply.js';

/** Everything that decides how a meeting reads: the reader's language and the front-end. */
export interface View {
  locale: Locale;
  present: Presenter;
  /** "Now", when known: a scheduled meeting over by then reads as past and unconfirmed. */
  now?: number;
}

const STATUS_COLOURS: Record<MeetingStatus, number> = {
  held: 0x95a5a6,
  scheduled: 0x2e86de,
  tentative: 0xf1c40f,
  cancelled: 0xc0392b,
};
const PAST_UNCONFIRMED_COLOUR = 0x7f8c8d;
const STATUS_ICONS: Record<MeetingStatus, string> = { held: '✔️', scheduled: '📅', tentative: '❔', cancelled: '✖️' };

/**
 * A meeting's status as the reader sees it: one scheduled or tentative whose time is over
 * reads as past and not confirmed, until a source (or `/calendar edit status`) says held.
 */
function statusText(meeting: Pick<MeetingSummary, 'status' | 'endsAt'>, view: View): string {
  const t = messages(view.locale);
  if (isPastUnconfirmed(meeting, view)) return `⌛ ${t.pastUnconfirmed}`;
  return `${STATUS_ICONS[meeting.status]} ${t.status[meeting.status]}`;
}

function isPastUnconfirmed(meeting: Pick<MeetingSummary, 'status' | 'endsAt'>, view: View): boolean {
  const open = meeting.status === 'scheduled' || meeting.status === 'tentative';
  return open && view.now !== undefined && meeting.endsAt <= view.now;
}

/** The title in the reader's language when there is one, else the other. */
export function meetingTitle(meeting: Pick<MeetingSummary, 'title' | 'titleAr'>, locale: Locale): string {
  return (locale === 'ar' ? (meeting.titleAr ?? meeting.title) : (meeting.title ?? meeting.titleAr)) ?? '';
}

/** A name in the reader's language when there is one, else the other. */
export function localName(names: { name: string | null; nameAr: string | null }, locale: Locale): string {
  return (locale === 'ar' ? (names.nameAr ?? names.name) : (names.name ?? names.nameAr)) ?? '';
}

/** Days and months are written by src/replies/date-format.ts, in the server's date style. */
export { formatDay, formatMonth };

/**
 * When a meeting is: a moment for a timed one (each reader's own time in Discord), the plain
 * local day for a day-only one, "expected in …" for a week or a month.
 */
export function whenText(meeting: MeetingSummary, view: View): string {
  const t = messages(view.locale);
  switch (meeting.precision) {
    case 'minute': {
      const said = { locale: view.locale, place: localName(meeting.place, view.locale) || null };
      const start = view.present.moment(meeting.startsAt, meeting.zone, said);
      return meeting.endsAt - meeting.startsAt > 60_000
        ? `${start} – ${view.present.moment(meeting.endsAt, meeting.zone, said)}`
        : start;
    }
    case 'day':
      return meeting.endDate === meeting.date
        ? formatDay(meeting.date, view.locale)
        : `${formatDay(meeting.date, view.locale)} – ${formatDay(meeting.endDate, view.locale)}`;
    case 'week':
      return t.expectedIn(t.weekOf(formatDay(meeting.date, view.locale, false)));
    case 'month':
      return t.expectedIn(
        meeting.date.slice(0, 7) === meeting.endDate.slice(0, 7)
          ? formatMonth(meeting.date, view.locale)
          : `${formatMonth(meeting.date, view.locale)} – ${formatMonth(meeting.endDate, view.locale)}`,
      );
  }
}

/** The place, in the reader's language, or a word saying the text gave none. */
export function placeText(meeting: MeetingSummary, view: View): string {
  const name = placeName(meeting.place, view.locale);
  return name ? view.present.text(name) : messages(view.locale).noPlace;
}

/** A place's name in the reader's language: its city, else its country alone ("will visit Sri Lanka"), else ''. */
export function placeName(
  place: { name: string | null; nameAr: string | null; country: string | null },
  locale: Locale,
): string {
  return localName(place, locale) || (place.country ? (regionNames(locale).of(place.country) ?? '') : '');
}

/** Country names from Intl, not from the reader's gazetteer: a listing must not load the reader. */
const regionNames = remembered((locale: Locale) => new Intl.DisplayNames([locale], { type: 'region' }));

/** Two lines for a listing: number and title; when, where, status. */
export function meetingLine(meeting: MeetingSummary, view: View): string {
  const title = view.present.bold(`#${meeting.number} · ${view.present.text(meetingTitle(meeting, view.locale))}`);
  const status = statusText(meeting, view);
  return `${title}\n${whenText(meeting, view)} · ${placeText(meeting, view)} · ${status}`;
}

/** A participant as a line: name (the other script), role. */
export function participantLine(participant: MeetingParticipant, view: View): string {
  const main = localName(participant, view.locale);
  const other = view.locale === 'ar' ? participant.name : participant.nameAr;
  const names = other && other !== main ? `${main} (${other})` : main;
  return view.present.text(participant.role ? `${names}, ${participant.role}` : names);
}

/** People first (with roles), then countries and organisations. */
export function orderedParticipants(participants: readonly MeetingParticipant[]): MeetingParticipant[] {
  const rank = { person: 0, country: 1, organization: 2 } as const;
  return [...participants].sort((a, b) => rank[a.kind] - rank[b.kind]);
}

/** The whole meeting as an embed. */
export function meetingEmbed(meeting: Meeting, view: View): ReplyEmbed {
  const t = messages(view.locale);
  const people = orderedParticipants(meeting.participants).map((p) => `• ${participantLine(p, view)}`);
  const fields: ReplyField[] = [
    { name: t.field.when, value: clip(whenText(meeting, view), LIMITS.fieldValue), inline: true },
    { name: t.field.where, value: clip(placeText(meeting, view), LIMITS.fieldValue), inline: true },
    { name: t.field.status, value: statusText(meeting, view), inline: true },
  ];
  if (people.length > 0) fields.push({ name: t.field.participants, value: joinWithin(people, LIMITS.fieldValue) });
  if (meeting.evidence)
    fields.push({ name: t.field.source, value: clip(`> ${view.present.text(meeting.evidence)}`, LIMITS.fieldValue) });
  const outlets = meeting.sources.map((s) => [s.outlet, s.published].filter(Boolean).join(', ')).filter(Boolean);
  const otherTitle = view.locale === 'ar' ? meeting.title : meeting.titleAr;
  return {
    title: clip(`#${meeting.number} · ${view.present.text(meetingTitle(meeting, view.locale))}`, LIMITS.embedTitle),
    description: otherTitle ? clip(view.present.text(otherTitle), LIMITS.embedDescription) : undefined,
    fields,
    footer: outlets.length > 0 ? clip(`${t.field.sources}: ${outlets.join(' · ')}`, LIMITS.footer) : undefined,
    color: isPastUnconfirmed(meeting, view) ? PAST_UNCONFIRMED_COLOUR : STATUS_COLOURS[meeting.status],
  };
}

/** Lines joined by newlines, as many as fit in `max` characters (with "…" for the rest). */
export function joinWithin(lines: readonly string[], max: number): string {
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (length + line.length + 1 > max - 2) {
      kept.push('…');
      break;
    }
    kept.push(line);
    length += line.length + 1;
  }
  return kept.join('\n');
}

/** The meeting as data (`--json`, tests): local day and time, the UTC instant, the zone. */
export function meetingJson(meeting: Meeting) {
  return {
    id: meeting.number,
    title: meeting.title,
    titleAr: meeting.titleAr,
    date: meeting.date,
    endDate: meeting.endDate,
    time: meeting.time,
    precision: meeting.precision,
    timezone: meeting.timezone,
    startsAt: dayjs(meeting.startsAt).toISOString(),
    endsAt: dayjs(meeting.endsAt).toISOString(),
    location: meeting.place.name,
    locationAr: meeting.place.nameAr,
    country: meeting.place.country,
    status: meeting.status,
    participants: meeting.participants.map((p) => ({ name: p.name, nameAr: p.nameAr, kind: p.kind, role: p.role })),
    evidence: meeting.evidence,
    sources: meeting.sources.map((s) => ({
      outlet: s.outlet,
      published: s.published,
      url: s.url,
      evidence: s.evidence,
    })),
  };
}
