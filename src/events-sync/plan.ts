/**
 * What one calendar's events need, at `now`: weighed from its meetings and the map of meetings
 * to events, a list of creates, updates, cancels and deletes. Pure: no I/O, no clock.
 */
import type { Meeting } from '../calendar/types.js';
import type { Locale } from '../i18n/index.js';
import { changedFields, eventFields, eventMarker } from './event-fields.js';
import type { EventAction, EventRow } from './types.js';

/** Discord keeps at most 100 scheduled or active events per server. */
export const MAX_EVENTS = 100;

/**
 * A new event must start at least this far ahead: Discord refuses a start in the past, and the
 * request takes time (and clocks differ).
 */
export const START_MARGIN_MS = 2 * 60_000;

export interface CalendarPlanInput {
  now: number;
  locale: Locale;
  /** Numbers of the meetings in the window, soonest first. */
  window: readonly number[];
  /** The meetings of the window and of the rows, in full, by number. */
  meetings: ReadonlyMap<number, Meeting>;
  rows: readonly EventRow[];
  /** The cover hash of each month drawn (null: none); months left out keep their events' covers. */
  covers?: ReadonlyMap<string, string | null>;
}

/** What to do in Discord for one calendar: first what its rows need, then creates, soonest first, up to the cap. */
export function planCalendar(input: CalendarPlanInput): EventAction[] {
  const { now, meetings } = input;
  const actions: EventAction[] = [];
  // Events Diwan keeps in Discord (or is making) that still count against the cap.
  let held = 0;
  for (const row of input.rows) {
    const meeting = meetings.get(row.meetingNumber);
    const action = planRow(row, row.meetingExists ? meeting : undefined, input);
    if (action) actions.push(action);
    const keeps =
      action?.kind === 'create' || (row.state === 'live' && action?.kind !== 'remove' && action?.kind !== 'cancel');
    if (keeps && meeting && meeting.endsAt > now) held++;
  }
  const mapped = new Set(input.rows.map((row) => row.meetingNumber));
  for (const number of input.window) {
    if (held >= MAX_EVENTS) break;
    const meeting = meetings.get(number);
    if (!meeting || mapped.has(number) || meeting.status === 'cancelled') continue;
    const fields = eventFields(meeting, input.locale, input.covers);
    if (!fields || fields.startsAt <= now + START_MARGIN_MS) continue;
    actions.push({ kind: 'create', meetingNumber: number, fields, marker: eventMarker(number), lookFirst: false });
    held++;
  }
  return actions;
}

/** What one mapped meeting needs; null for nothing (or not yet: a retry still waiting). */
function planRow(row: EventRow, meeting: Meeting | undefined, input: CalendarPlanInput): EventAction | null {
  const { now } = input;
  const number = row.meetingNumber;
  const marker = eventMarker(number);
  if (row.nextAttemptAt !== null && row.nextAttemptAt > now) return null;
  if (!meeting) {
    // Deleted: its event goes too. A create cut short may have made one: it is looked for.
    const mayExist = row.eventId !== null || row.state === 'creating';
    if (!row.meetingExists && mayExist && row.state !== 'removed-by-hand' && row.state !== 'cancelled') {
      return { kind: 'remove', meetingNumber: number, eventId: row.eventId, marker };
    }
    return row.meetingExists ? null : { kind: 'forget', meetingNumber: number };
  }
  // Over: Discord completes its event by itself; the row has done its work.
  if (meeting.endsAt <= now) return { kind: 'forget', meetingNumber: number };
  const fields = eventFields(meeting, input.locale, input.covers);
  const cancelled = meeting.status === 'cancelled';
  const canCreate = fields !== null && !cancelled && fields.startsAt > now + START_MARGIN_MS;
  switch (row.state) {
    case 'removed-by-hand':
      return null;
    case 'removing':
      // A cancel or a delete cut short: done again.
      if (cancelled) return { kind: 'cancel', meetingNumber: number, eventId: row.eventId, marker };
      return { kind: 'remove', meetingNumber: number, eventId: row.eventId, marker };
    case 'cancelled':
      // Un-cancelled: a cancelled event cannot be scheduled again, so a new one is made.
      return canCreate ? { kind: 'create', meetingNumber: number, fields, marker, lookFirst: false } : null;
    case 'creating':
      if (cancelled || !fields) return { kind: 'remove', meetingNumber: number, eventId: null, marker };
      return canCreate ? { kind: 'create', meetingNumber: number, fields, marker, lookFirst: true } : null;
    case 'failed':
      // Given up until the meeting changes.
      if (meeting.updatedAt <= row.updatedAt) return null;
      return liveRow(row, fields, cancelled, canCreate, marker);
    case 'live':
      return liveRow(row, fields, cancelled, canCreate, marker);
  }
}

function liveRow(
  row: EventRow,
  fields: ReturnType<typeof eventFields>,
  cancelled: boolean,
  canCreate: boolean,
  marker: string,
): EventAction | null {
  const number = row.meetingNumber;
  if (row.eventId === null) {
    return canCreate && fields ? { kind: 'create', meetingNumber: number, fields, marker, lookFirst: true } : null;
  }
  if (cancelled) return { kind: 'cancel', meetingNumber: number, eventId: row.eventId, marker };
  if (!fields) return { kind: 'remove', meetingNumber: number, eventId: row.eventId, marker };
  const changes = changedFields(row.sent, fields);
  return Object.keys(changes).length > 0
    ? { kind: 'update', meetingNumber: number, eventId: row.eventId, changes, fields }
    : null;
}
