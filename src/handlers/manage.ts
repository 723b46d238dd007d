/**
 * Changing the calendar by hand: add, edit, cancel, delete. Each needs Manage Events, checked
 * here at run time; each echoes the meeting back as understood; deleting asks first.
 */
import { parseDayInput } from '../calendar/day-input.js';
import { addMeeting as addToCalendar, deleteMeeting, setMeetingStatus, updateMeeting } from '../calendar/changes.js';
import { meetingById, findMeeting, participantNamed, placeNamed, type CalendarScope } from '../calendar/queries.js';
import {
  STATUSES,
  type Meeting,
  type MeetingDraft,
  type MeetingStatus,
  type ParticipantDraft,
  type Place,
} from '../calendar/types.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/index.js';
import { hasArabicLetter, toAsciiDigits } from '../names/normalize.js';
import { encodeCustomId } from '../replies/custom-id.js';
import { meetingEmbed } from '../replies/meeting-view.js';
import { formReply, type Reply } from '../replies/reply.js';
import { isValidZone } from '../time/zones.js';
import { knownPlaceNamed } from '../calendar/known-places.js';
import type { HandlerContext } from './context.js';
import { MANAGE_EVENTS, requirePermission } from './permissions.js';

/** A meeting as typed into `/meetings add` or `/meetings edit`: every field optional for edit. */
export interface MeetingInput {
  title?: string | undefined;
  date?: string | undefined;
  endDate?: string | undefined;
  time?: string | undefined;
  zone?: string | undefined;
  place?: string | undefined;
  participants?: string | undefined;
  status?: string | undefined;
}

/** The add form: asked only of those who may add (nobody fills in a form to be refused). */
export function addMeetingForm(ctx: HandlerContext): Reply {
  requirePermission(ctx.actor, MANAGE_EVENTS);
  const t = messages(ctx.view.locale).addForm;
  return formReply(encodeCustomId('calendar', 'add', 0), t, [
    { customId: 'title', label: t.titleLabel, required: true, maxLength: 200 },
    { customId: 'date', label: t.dayLabel, required: true, maxLength: 100, placeholder: t.dayExample },
    { customId: 'time', label: t.timeLabel, maxLength: 5, placeholder: '14:00' },
    { customId: 'place', label: t.placeLabel, maxLength: 100, placeholder: t.placeExample },
    { customId: 'participants', label: t.participantsLabel, maxLength: 1000, placeholder: t.participantsExample },
  ]);
}

export function addMeeting(ctx: HandlerContext, input: MeetingInput): Reply {
  requirePermission(ctx.actor, MANAGE_EVENTS);
  if (!input.title?.trim()) throw new UserError('meetingNeedsTitle');
  if (!input.date?.trim()) throw new UserError('meetingNeedsDate');
  const draft = applyInput(ctx, emptyDraft(), input);
  const id = addToCalendar(ctx.scope, draft, ctx.clock.now());
  return echo(ctx, messages(ctx.view.locale).added, meetingById(ctx.scope, id));
}

export function editMeeting(ctx: HandlerContext, which: string, input: MeetingInput): Reply {
  requirePermission(ctx.actor, MANAGE_EVENTS);
  const meeting = findMeeting(ctx.scope, which, ctx.clock.now());
  if (Object.values(input).every((value) => value === undefined)) {
    throw new UserError('sayWhatToChange');
  }
  const draft = applyInput(ctx, draftOf(meeting), input);
  updateMeeting(ctx.scope, meeting.number, draft, ctx.clock.now());
  return echo(ctx, messages(ctx.view.locale).edited, meetingById(ctx.scope, meeting.number));
}

export function cancelMeeting(ctx: HandlerContext, which: string): Reply {
  requirePermission(ctx.actor, MANAGE_EVENTS);
  const meeting = findMeeting(ctx.scope, which, ctx.clock.now());
  setMeetingStatus(ctx.scope, meeting.number, 'cancelled', ctx.clock.now());
  return echo(ctx, messages(ctx.view.locale).cancelled, meetingById(ctx.scope, meeting.number));
}

/** The meeting that would be deleted, with Delete / Keep buttons only its asker can press. */
export function previewDelete(ctx: HandlerContext, which: string): Reply {
  requirePermission(ctx.actor, MANAGE_EVENTS);
  const t = messages(ctx.view.locale);
  const meeting = findMeeting(ctx.scope, which, ctx.clock.now());
  const data = { id: meeting.number, u: ctx.actor.userId };
  return {
    content: t.confirmDelete(meeting.number),
    embeds: [meetingEmbed(meeting, ctx.view)],
    buttons: [
      { customId: encodeCustomId('calendar', 'delete', data), label: t.deleteButton, style: 'danger' },
      { customId: encodeCustomId('calendar', 'keep', data), label: t.keepButton, style: 'secondary' },
    ],
    ephemeral: true,
  };
}

/** The answer to the Delete or Keep button of a preview. */
export function answerDelete(ctx: HandlerContext, action: 'delete' | 'keep', data: { id: number; u: string }): Reply {
  const t = messages(ctx.view.locale);
  if (ctx.actor.userId !== data.u) throw new UserError('onlyDeleteAsker');
  if (action === 'keep') return { content: t.kept(data.id), embeds: [], buttons: [] };
  requirePermission(ctx.actor, MANAGE_EVENTS);
  deleteMeeting(ctx.scope, data.id);
  return { content: t.deleted(data.id), embeds: [], buttons: [] };
}

function echo(ctx: HandlerContext, say: (id: number) => string, meeting: Meeting): Reply {
  return { content: say(meeting.number), embeds: [meetingEmbed(meeting, ctx.view)] };
}

function emptyDraft(): MeetingDraft {
  return {
    title: null,
    titleAr: null,
    precision: 'day',
    date: '',
    timezone: null,
    place: { name: null, nameAr: null, country: null },
    status: 'scheduled',
    evidence: null,
    participants: [],
  };
}

/** A stored meeting as a draft, to change some of its fields (or to restore it as it was). */
export function draftOf(meeting: Meeting): MeetingDraft {
  return {
    title: meeting.title,
    titleAr: meeting.titleAr,
    precision: meeting.precision,
    date: meeting.date,
    endDate: meeting.endDate,
    time: meeting.time,
    timezone: meeting.timezone,
    place: meeting.place,
    status: meeting.status,
    evidence: meeting.evidence,
    participants: meeting.participants.map((p) => ({ name: p.name, nameAr: p.nameAr, kind: p.kind, role: p.role })),
  };
}

/** Applies what was typed to a draft: a title in its script, a day (and time), a zone, a place, people. */
function applyInput(ctx: HandlerContext, base: MeetingDraft, input: MeetingInput): MeetingDraft {
  const draft: MeetingDraft = { ...base };
  const now = ctx.clock.now();
  const zoneForDays = input.zone ?? base.timezone ?? ctx.scope.calendar.timezone;

  if (input.title?.trim()) {
    const title = input.title.trim();
    if (hasArabicLetter(title)) draft.titleAr = title;
    else draft.title = title;
  }
  if (input.zone !== undefined) {
    if (!isValidZone(input.zone)) throw new UserError('unknownZonePickOne', input.zone);
    draft.timezone = input.zone;
  }
  if (input.place !== undefined) {
    const place = placeOf(ctx.scope, input.place);
    draft.place = place.place;
    if (input.zone === undefined && place.timezone) draft.timezone = place.timezone;
  }
  if (input.date !== undefined) {
    const { day, time } = splitDayAndTime(input.date);
    draft.date = parseDayInput(day, now, zoneForDays);
    draft.endDate = null;
    if (time) {
      draft.time = time;
      draft.precision = 'minute';
    } else if (input.time === undefined) {
      draft.time = null;
      draft.precision = 'day';
    }
  }
  if (input.time !== undefined) {
    const time = toAsciiDigits(input.time.trim());
    if (!/^\d{1,2}:\d{2}$/.test(time)) throw new UserError('notTimeOfDay', input.time);
    draft.time = time.padStart(5, '0');
    draft.precision = 'minute';
  }
  if (input.endDate !== undefined) draft.endDate = parseDayInput(input.endDate, now, zoneForDays);
  if (input.participants !== undefined) draft.participants = participantsOf(ctx.scope, input.participants);
  if (input.status !== undefined) {
    if (!(STATUSES as readonly string[]).includes(input.status)) throw new UserError('statusOneOf', STATUSES);
    draft.status = input.status as MeetingStatus;
  }
  return draft;
}

/** `2020-01-30 14:00` or `2020-01-30T14:00`: the day and the time apart. */
function splitDayAndTime(text: string): { day: string; time: string | null } {
  const match = /^(.*?)[\sT]+(\d{1,2}:\d{2})$/.exec(toAsciiDigits(text.trim()));
  return match ? { day: match[1]!, time: match[2]!.padStart(5, '0') } : { day: text, time: null };
}

/**
 * A typed place: the calendar's own when it knows the name (with its zone), else a city or
 * country of the gazetteer (with its zone: Cairo is Africa/Cairo), else a new place whose
 * meetings keep the calendar's zone unless one is given.
 */
function placeOf(scope: CalendarScope, typed: string): { place: Place; timezone: string | null } {
  const text = typed.trim();
  const known = placeNamed(scope, text);
  const city = knownPlaceNamed(text);
  if (known) {
    const place = { name: known.name, nameAr: known.nameAr, country: known.country };
    return { place, timezone: known.timezone ?? city?.timezone ?? null };
  }
  if (city) return city;
  const arabic = hasArabicLetter(text);
  return { place: { name: arabic ? null : text, nameAr: arabic ? text : null, country: null }, timezone: null };
}

/** Comma-separated names (`,` or `،`): known participants keep their names in both scripts. */
function participantsOf(scope: CalendarScope, typed: string): ParticipantDraft[] {
  return typed
    .split(/[,،;؛]/)
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => {
      const known = participantNamed(scope, name);
      if (known) return { name: known.name, nameAr: known.nameAr, kind: known.kind, role: null };
      const arabic = hasArabicLetter(name);
      return { name: arabic ? null : name, nameAr: arabic ? name : null, kind: 'person' as const, role: null };
    });
}
