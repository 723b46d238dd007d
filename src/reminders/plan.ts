/**
 * The reminder policy, pure: which reminders a meeting gets and when, and what to do with one
 * at a given instant. No database, no Discord: "now" comes in.
 */
import type { Meeting } from '../calendar/types.js';
import { UserError } from '../errors.js';
import { addDays, localClock, localDay, localInstant } from '../time/local-days.js';

/** Before a timed meeting: a day and an hour, unless the server says otherwise. */
export const DEFAULT_LEAD_MINUTES: readonly number[] = [1440, 60];
/** Day-only meetings: the day before at this local time; weeks and months: their first day. */
export const NOTE_TIME = '09:00';
/** A reminder sent this long after its time says it is late. */
export const LATE_AFTER_MS = 2 * 60_000;

export type MeetingTiming = Pick<Meeting, 'precision' | 'startsAt' | 'endsAt' | 'date' | 'zone' | 'status'>;

export interface PlannedReminder {
  /** `lead:<minutes>`, `day-before` or `period-start`. */
  kind: string;
  dueAt: number;
}

/** The reminders a meeting gets; none for a cancelled one. */
export function planReminders(meeting: MeetingTiming, leadMinutes: readonly number[] = DEFAULT_LEAD_MINUTES): PlannedReminder[] {
  if (meeting.status === 'cancelled') return [];
  switch (meeting.precision) {
    case 'minute':
      return [...new Set(leadMinutes)].map((lead) => ({ kind: `lead:${lead}`, dueAt: leadInstant(meeting.startsAt, meeting.zone, lead) }));
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

/** True when a reminder due at `dueAt` and sent at `now` should say it comes late. */
export function isLate(dueAt: number, now: number): boolean {
  return now - dueAt > LATE_AFTER_MS;
}

/** Reads lead times typed as `1d,1h,30m` (or minutes alone) into minutes, longest first. */
export function parseLeadTimes(text: string): number[] {
  const units: Record<string, number> = { w: 10080, d: 1440, h: 60, m: 1 };
  const leads = text
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
