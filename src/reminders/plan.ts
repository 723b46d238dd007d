/**
 * The reminder policy, pure: which reminders a meeting gets and when, how a change of time,
 * channel or status turns into rows to add and rows to skip, how what is due is grouped into
 * messages, and what to do with one at a given instant. No database, no Discord: "now" comes
 * in; db/reminder-repository.ts reads the rows and writes what is decided here.
 */
import type { Meeting } from '../calendar/types.js';
import { UserError } from '../errors.js';
import { toAsciiDigits } from '../names/normalize.js';
import { addDays, localClock, localDay, localInstant } from '../time/local-days.js';
import type {
  ClaimDecision,
  DueReminder,
  ExistingReminder,
  MeetingTiming,
  NewReminder,
  PlannedReminder,
  ReminderBatch,
  ReminderChanges,
  ReminderSettings,
} from './types.js';

/** Before a timed meeting: a day and an hour, unless the server says otherwise. */
export const DEFAULT_LEAD_MINUTES: readonly number[] = [1440, 60];
/** Day-only meetings: the day before at this local time; weeks and months: their first day. */
export const NOTE_TIME = '09:00';
/** A reminder sent this long after its time says it is late. */
export const LATE_AFTER_MS = 2 * 60_000;

/** How many reminders one message lists: keeps every message well inside Discord's limits. */
export const REMINDERS_PER_MESSAGE = 15;

/** The reminders a meeting gets; none for a cancelled one. */
export function planReminders(
  meeting: MeetingTiming,
  leadMinutes: readonly number[] = DEFAULT_LEAD_MINUTES,
): PlannedReminder[] {
  if (meeting.status === 'cancelled') return [];
  switch (meeting.precision) {
    case 'minute':
      return [...new Set(leadMinutes)].map((lead) => ({
        kind: `lead:${lead}`,
        dueAt: leadInstant(meeting.startsAt, meeting.zone, lead),
      }));
    case 'day':
      return [{ kind: 'day-before', dueAt: localInstant(addDays(meeting.date, -1), NOTE_TIME, meeting.zone) }];
    case 'week':
    case 'month':
      return [{ kind: 'period-start', dueAt: localInstant(meeting.date, NOTE_TIME, meeting.zone) }];
  }
}

const DAY_MINUTES = 1440;

/**
 * When a reminder `leadMinutes` before a timed meeting is due. Whole days count on the
 * calendar of the meeting's zone, the rest is elapsed time: "1d" before a 10:00 meeting is
 * 10:00 the day before, even across a DST change (then 23 or 25 hours before), and "1h" is
 * always 60 minutes. People read "a day before" as "this time tomorrow" (a reminder posted
 * at 09:00 for a 10:00 meeting reads as an hour off), and iCalendar counts days of a
 * duration the same way (RFC 5545, 3.3.6: nominal days, exact hours). A lead typed as 24h is
 * stored as 1d, so it counts as a day too.
 */
export function leadInstant(startsAt: number, zone: string, leadMinutes: number): number {
  const days = Math.floor(leadMinutes / DAY_MINUTES);
  const rest = (leadMinutes % DAY_MINUTES) * 60_000;
  if (days === 0) return startsAt - rest;
  return localInstant(addDays(localDay(startsAt, zone), -days), localClock(startsAt, zone), zone) - rest;
}

/**
 * Whether a reminder is still worth posting at `now`: not once the meeting has begun (for a
 * week or a month, once its period is over).
 */
export function stillUseful(meeting: Pick<Meeting, 'precision' | 'startsAt' | 'endsAt'>, now: number): boolean {
  const vague = meeting.precision === 'week' || meeting.precision === 'month';
  return now < (vague ? meeting.endsAt : meeting.startsAt);
}

/**
 * True when a reminder due at `dueAt` and sent at `now` should say it comes late because the
 * bot was down: it fell due before `awakeSince` (since when this process has been beating
 * without a break) and is over LATE_AFTER_MS old. One held back while the bot was up (a
 * pause, a refused channel, a retry, the console's clock moved on) says nothing of the kind.
 */
export function isLate(dueAt: number, now: number, awakeSince: number = now): boolean {
  return dueAt < awakeSince && now - dueAt > LATE_AFTER_MS;
}

/** Why a reminder is added skipped: its time had already passed when the meeting was planned. */
export const PASSED_WHEN_PLANNED = 'its time had passed when planned';

/**
 * A meeting's reminders weighed against the rows it has: each wanted reminder (for the
 * server's channel, at the meeting's current start) is added, a pending row no longer wanted
 * (an old time or channel, a cancelled meeting) is skipped, and a meeting cancelled after a
 * reminder of it went out gets a cancellation notice. A wanted reminder is added skipped when
 * the meeting has already begun, or when its own time had passed (more than LATE_AFTER_MS)
 * when planned: a meeting added an hour ahead gets no "a day before" reminder. Adding a row that exists already is left to the store to
 * ignore (one row per channel, kind and start).
 */
export function reconcileReminders(
  meeting: MeetingTiming,
  settings: Pick<ReminderSettings, 'channelId' | 'leadMinutes'>,
  existing: readonly ExistingReminder[],
  now: number,
): ReminderChanges {
  const { channelId } = settings;
  const leads = settings.leadMinutes.length > 0 ? settings.leadMinutes : DEFAULT_LEAD_MINUTES;
  const plan = channelId ? planReminders(meeting, leads) : [];
  const key = (channel: string | null, kind: string, start: number) => `${channel}|${kind}|${start}`;
  const wanted = new Set(plan.map((p) => key(channelId, p.kind, meeting.startsAt)));
  const reason = meeting.status === 'cancelled' ? 'meeting cancelled' : 'meeting moved';
  const skip = existing
    .filter((row) => row.kind !== 'cancelled' && row.status === 'pending')
    .filter((row) => !wanted.has(key(row.channelId, row.kind, row.plannedStart)))
    .map((row) => ({ id: row.id, reason }));
  const useful = stillUseful(meeting, now);
  const add: NewReminder[] = channelId
    ? plan.map((reminder) => {
        const passed = now - reminder.dueAt > LATE_AFTER_MS;
        const reason = !useful ? 'meeting had begun when planned' : passed ? PASSED_WHEN_PLANNED : null;
        return {
          channelId,
          kind: reminder.kind,
          plannedStart: meeting.startsAt,
          dueAt: reminder.dueAt,
          status: reason ? 'skipped' : 'pending',
          reason,
        };
      })
    : [];
  const wasAnnounced = existing.some((row) => row.status === 'sent' && row.kind !== 'cancelled');
  if (meeting.status === 'cancelled' && channelId && wasAnnounced) {
    add.push({
      channelId,
      kind: 'cancelled',
      plannedStart: meeting.startsAt,
      dueAt: now,
      status: 'pending',
      reason: null,
    });
  }
  return { skip, add };
}

/**
 * Groups what is due at `now` into messages. Paused servers and refused channels are passed
 * over (their rows stay as they are); a reminder whose meeting has begun is dropped, except a
 * cancellation notice. A row that went out in a batch before (a crash, a retry) goes in that
 * batch again with the same nonce: had Discord taken the message after all, it returns that
 * one instead of posting a second. The others fill one batch per channel, at most
 * REMINDERS_PER_MESSAGE each, in the order given. `awakeSince` (see `isLate`) defaults to
 * `now`: a process just started.
 */
export function batchDueReminders(due: readonly DueReminder[], now: number, awakeSince: number = now): ClaimDecision {
  const begun: number[] = [];
  const batches = new Map<string, ReminderBatch>();
  const open = new Map<string, ReminderBatch>(); // channel -> batch being filled
  for (const row of due) {
    if (row.pausedUntil !== null && row.pausedUntil > now) continue;
    if (row.blockedChannelId === row.channelId) continue;
    const resend = row.batch !== null;
    if (!resend && row.kind !== 'cancelled' && !stillUseful(row, now)) {
      begun.push(row.id);
      continue;
    }
    let batch: ReminderBatch | undefined;
    if (row.batch !== null) {
      batch = batches.get(row.batch);
      if (!batch)
        batches.set(
          row.batch,
          (batch = { nonce: row.batch, calendarId: row.calendarId, channelId: row.channelId, reminders: [] }),
        );
    } else {
      batch = open.get(row.channelId);
      if (!batch || batch.reminders.length >= REMINDERS_PER_MESSAGE) {
        batch = { nonce: nonceFor(row.id), calendarId: row.calendarId, channelId: row.channelId, reminders: [] };
        open.set(row.channelId, batch);
        batches.set(batch.nonce, batch);
      }
    }
    if (row.status === 'sending') batch.crashedSendAt = Math.max(batch.crashedSendAt ?? 0, row.updatedAt);
    batch.reminders.push({
      id: row.id,
      calendarId: row.calendarId,
      meetingNumber: row.meetingNumber,
      channelId: row.channelId,
      kind: row.kind,
      dueAt: row.dueAt,
      late: isLate(row.dueAt, now, awakeSince),
      attempts: row.attempts + 1,
    });
  }
  return { begun, batches: [...batches.values()] };
}

/** A batch's nonce, derived from its first row (unique for ever); Discord keeps 25 characters. */
export function nonceFor(firstRowId: number): string {
  return `diwan-r${firstRowId}`;
}

/** Reads lead times typed as `1d,1h,30m` (or minutes alone, or `١d`) into minutes, longest first. */
export function parseLeadTimes(text: string): number[] {
  const units: Record<string, number> = { w: 10080, d: 1440, h: 60, m: 1 };
  const leads = toAsciiDigits(text)
    .split(/[,\s،]+/)
    .filter(Boolean)
    .map((part) => {
      const match = /^(\d{1,4})([wdhm]?)$/i.exec(part.trim());
      if (!match) throw new UserError('notLeadTime', part);
      return Number(match[1]) * units[(match[2] || 'm').toLowerCase()]!;
    });
  if (leads.length === 0 || leads.length > 5) throw new UserError('leadTimeCount');
  if (leads.some((lead) => lead < 1 || lead > 4 * 10080)) throw new UserError('leadTimeRange');
  return [...new Set(leads)].sort((a, b) => b - a);
}

/** Lead minutes as people write them: 1d, 1h, 30m. */
export function formatLead(minutes: number): string {
  if (minutes % 10080 === 0) return `${minutes / 10080}w`;
  if (minutes % 1440 === 0) return `${minutes / 1440}d`;
  if (minutes % 60 === 0) return `${minutes / 60}h`;
  return `${minutes}m`;
}
