/**
 * What reminders are made of, and the small interfaces the beat and delivery need from
 * storage. db/reminder-repository.ts and db/calendar-repository.ts implement them; nothing
 * here imports db/.
 */
import type { CalendarStore } from '../calendar/store.js';
import type { Meeting, Precision } from '../calendar/types.js';

/** What a meeting's reminders depend on: its time, its zone and whether it is cancelled. */
export type MeetingTiming = Pick<Meeting, 'precision' | 'startsAt' | 'endsAt' | 'date' | 'zone' | 'status'>;

export interface PlannedReminder {
  /** `lead:<minutes>`, `day-before` or `period-start`. */
  kind: string;
  dueAt: number;
}

/** A server's reminder settings: where, how long before, whom to mention, paused or refused. */
export interface ReminderSettings {
  calendarId: number;
  channelId: string | null;
  roleId: string | null;
  leadMinutes: number[];
  pausedUntil: number | null;
  blockedChannelId: string | null;
  blockedReason: string | null;
  blockedNoticePending: boolean;
}

/** A claimed reminder, with what its message needs to say. */
export interface ClaimedReminder {
  id: number;
  calendarId: number;
  /** The meeting's number in its calendar. */
  meetingNumber: number;
  channelId: string;
  kind: string;
  dueAt: number;
  late: boolean;
  attempts: number;
}

/** Reminders that go out together: one channel, one message, one nonce. */
export interface ReminderBatch {
  nonce: string;
  calendarId: number;
  channelId: string;
  reminders: ClaimedReminder[];
  /**
   * A batch a crashed process was sending: when that send began. Past Discord's nonce memory
   * the channel is searched for the message before it is posted again.
   */
  crashedSendAt?: number | undefined;
}

/** A reminder as `/reminders show` and the tests read it. */
export interface ReminderRow {
  id: number;
  /** The meeting's number in its calendar. */
  meetingNumber: number;
  channelId: string;
  kind: string;
  dueAt: number;
  status: 'pending' | 'sending' | 'sent' | 'skipped' | 'failed';
  attempts: number;
  lastError: string | null;
  messageId: string | null;
  late: boolean;
}

/** A reminder row a meeting already has, as planning weighs it against the wanted ones. */
export interface ExistingReminder {
  id: number;
  channelId: string;
  kind: string;
  /** The meeting's start when the row was planned: a row of another start is of an old time. */
  plannedStart: number;
  status: ReminderRow['status'];
}

/** A reminder row to add (none is added where the same channel, kind and start already has one). */
export interface NewReminder {
  channelId: string;
  kind: string;
  plannedStart: number;
  dueAt: number;
  status: 'pending' | 'skipped';
  /** Why it is skipped from the start; null for a pending one. */
  reason: string | null;
}

/** What planning a meeting again does to its rows: which open ones are skipped (and why), which are added. */
export interface ReminderChanges {
  skip: { id: number; reason: string }[];
  add: NewReminder[];
}

/**
 * A reminder due at the beat (`attempts`: those made so far), with what claiming it weighs:
 * its meeting's time, its server's pause and refused channel.
 */
export interface DueReminder extends Omit<ClaimedReminder, 'late'> {
  /** The nonce of the batch it went out in before (a crash, a retry), else null. */
  batch: string | null;
  /** `sending`: claimed by a process that never said how the send went (it crashed). */
  status: 'pending' | 'sending';
  /** When the row last changed: for a `sending` one, when its send began. */
  updatedAt: number;
  precision: Precision;
  startsAt: number;
  endsAt: number;
  pausedUntil: number | null;
  blockedChannelId: string | null;
}

/** What claiming the due reminders does: rows passed over as their meeting has begun, the rest in batches. */
export interface ClaimDecision {
  /** Ids of rows to mark skipped: their meeting had begun. */
  begun: number[];
  /** The batches to claim, each row with its attempt counted and whether it comes late. */
  batches: ReminderBatch[];
}

/** What delivery records of a batch, by its nonce, and what it does to a refused channel. */
export interface DeliveryRecord {
  markSent(batch: string, messageId: string, now: number): void;
  /** Back to pending, to be tried again at `nextAttemptAt`. */
  markRetry(batch: string, error: string, nextAttemptAt: number, now: number): void;
  markFailed(batch: string, error: string, now: number): void;
  /** Back to pending, never attempted: the claim is undone. */
  release(batch: string, reason: string, now: number): void;
  /** How many times the batch has been tried. */
  attempts(batch: string): number;
  /** Discord refused a channel: stop posting there and leave a notice for the admins. */
  blockChannel(calendarId: number, channelId: string, reason: string): void;
  clearBlockedNotice(calendarId: number): void;
}

/** What the beat needs from storage: the lease, planning what changed, claiming what is due. */
export interface ReminderQueue extends DeliveryRecord {
  /** Takes or renews the scheduler lease; false while another process holds it. */
  acquireLease(holder: string, now: number, ttlMs: number): boolean;
  releaseLease(holder: string): void;
  /** Plans the reminders of meetings changed since the last call; how many changes were planned. */
  planChanges(now: number): number;
  /** Claims what is due at `now`, grouped into batches; `awakeSince`: see `isLate` in plan.ts. */
  claimDue(now: number, awakeSince?: number): ReminderBatch[];
  settings(calendarId: number): ReminderSettings;
}

/** A server's reminder settings as `/reminders …` reads and changes them, and what is next. */
export interface ReminderSettingsStore {
  settings(calendarId: number): ReminderSettings;
  /** Sets (or clears) the channel; every meeting still to come is planned again for it. */
  setChannel(calendarId: number, channelId: string | null, now: number): void;
  setRole(calendarId: number, roleId: string | null): void;
  setLeadMinutes(calendarId: number, leads: readonly number[], now: number): void;
  setPausedUntil(calendarId: number, until: number | null): void;
  /** Plans the reminders of meetings changed since the last call; how many changes were planned. */
  planChanges(now: number): number;
  /** The reminders still to be posted for a calendar, soonest first. */
  upcoming(calendarId: number, limit?: number): ReminderRow[];
}

/** Where the beat reads a batch's meetings: the calendar of each batch, bound by its id. */
export interface ReminderCalendars {
  forCalendar(calendarId: number): Pick<CalendarStore, 'meetingSummaries'>;
}

/** Which server a calendar belongs to (null for the terminal's): whose admins hear of a refused channel. */
export interface CalendarGuilds {
  guildOf(calendarId: number): string | null;
}
