/**
 * Reminders in SQLite: each server's settings, planning rows from meeting changes, claiming
 * due rows in a transaction, recording what Discord answered, and the scheduler's lease.
 */
import { batchDueReminders, reconcileReminders } from '../src/reminders/plan.js';
import type {
  DueReminder,
  ExistingReminder,
  MeetingTiming,
  ReminderBatch,
  ReminderQueue,
  ReminderRow,
  ReminderSettings,
  ReminderSettingsStore,
} from '../src/reminders/types.js';
import { writeTransaction, type Db } from './connection.js';

/** A changed meeting as planning reads it: its row id and calendar, and its timing. */
type ChangedMeeting = MeetingTiming & { id: number; calendarId: number };

/** How many meeting changes one beat plans (the rest wait for the next beat). */
const CHANGES_PER_BEAT = 5_000;

/** What a calendar's settings are before any is chosen (the columns' defaults in migration 0002). */
const DEFAULT_SETTINGS = {
  channelId: null,
  roleId: null,
  leadMinutes: '[1440,60]',
  pausedUntil: null,
  blockedChannelId: null,
  blockedReason: null,
  blockedNoticePending: 0,
};

/** A reminder row as ReminderRow has it. */
const REMINDER_COLUMNS = `r.id, m.number AS meetingNumber, r.channel_id AS channelId, r.kind, r.due_at AS dueAt, r.status,
  r.attempts, r.last_error AS lastError, r.message_id AS messageId, r.late`;

export class ReminderRepository implements ReminderQueue, ReminderSettingsStore {
  private readonly statements;

  constructor(private readonly db: Db) {
    const prepare = (sql: string) => db.prepare(sql);
    this.statements = {
      settings: prepare(`
        SELECT calendar_id AS calendarId, channel_id AS channelId, role_id AS roleId, lead_minutes AS leadMinutes,
          paused_until AS pausedUntil, blocked_channel_id AS blockedChannelId, blocked_reason AS blockedReason,
          blocked_notice_pending AS blockedNoticePending
        FROM reminder_settings WHERE calendar_id = ?`),
      ensureSettings: prepare('INSERT INTO reminder_settings (calendar_id) VALUES (?) ON CONFLICT DO NOTHING'),
      // Choosing a channel again (permissions fixed, or another one) lifts a refusal.
      setChannel: prepare(`
        UPDATE reminder_settings SET channel_id = ?, blocked_channel_id = NULL, blocked_reason = NULL,
          blocked_notice_pending = 0
        WHERE calendar_id = ?`),
      // The reminders given up in a channel chosen again (Discord refused it, or kept failing):
      // tried anew; the claim skips those whose meeting has begun meanwhile.
      reviveRefused: prepare(`
        UPDATE reminders SET status = 'pending', attempts = 0, next_attempt_at = NULL, last_error = NULL,
          updated_at = ?
        WHERE calendar_id = ? AND channel_id = ? AND status = 'failed'`),
      setRole: prepare('UPDATE reminder_settings SET role_id = ? WHERE calendar_id = ?'),
      setLeads: prepare('UPDATE reminder_settings SET lead_minutes = ? WHERE calendar_id = ?'),
      setPause: prepare('UPDATE reminder_settings SET paused_until = ? WHERE calendar_id = ?'),
      block: prepare(`
        UPDATE reminder_settings SET blocked_channel_id = ?, blocked_reason = ?, blocked_notice_pending = 1
        WHERE calendar_id = ?`),
      clearNotice: prepare('UPDATE reminder_settings SET blocked_notice_pending = 0 WHERE calendar_id = ?'),
      forgetCalendar: prepare('DELETE FROM reminders WHERE calendar_id = ?'),
      enqueueAll: prepare('INSERT INTO meeting_changes (meeting_id) SELECT id FROM meetings WHERE calendar_id = ?'),
      enqueueFuture: prepare(`
        INSERT INTO meeting_changes (meeting_id) SELECT id FROM meetings WHERE calendar_id = ? AND ends_at > ?`),

      changes: prepare('SELECT seq, meeting_id AS meetingId FROM meeting_changes ORDER BY seq LIMIT ?'),
      dropChanges: prepare('DELETE FROM meeting_changes WHERE seq <= ?'),
      meetingTiming: prepare(`
        SELECT m.id, m.calendar_id AS calendarId, m.precision, m.starts_at AS startsAt, m.ends_at AS endsAt,
          m.start_date AS date, COALESCE(m.timezone, c.timezone) AS zone, m.status
        FROM meetings m JOIN calendars c ON c.id = m.calendar_id WHERE m.id = ?`),
      openRows: prepare(`
        SELECT id, channel_id AS channelId, kind, planned_start AS plannedStart, status FROM reminders
        WHERE meeting_id = ?`),
      skipRow: prepare(
        `UPDATE reminders SET status = 'skipped', last_error = ?, updated_at = ? WHERE id = ? AND status = 'pending'`,
      ),
      insertRow: prepare(`
        INSERT INTO reminders (calendar_id, meeting_id, channel_id, kind, planned_start, due_at, status, last_error, updated_at)
        VALUES (@calendarId, @meetingId, @channelId, @kind, @plannedStart, @dueAt, @status, @reason, @now)
        ON CONFLICT (meeting_id, channel_id, kind, planned_start) DO NOTHING`),

      due: prepare(`
        SELECT r.id, r.calendar_id AS calendarId, m.number AS meetingNumber, r.channel_id AS channelId, r.kind,
          r.due_at AS dueAt, r.attempts, r.status, r.updated_at AS updatedAt, r.batch, m.precision, m.starts_at AS startsAt, m.ends_at AS endsAt,
          s.paused_until AS pausedUntil, s.blocked_channel_id AS blockedChannelId
        FROM reminders r
        JOIN meetings m ON m.id = r.meeting_id
        LEFT JOIN reminder_settings s ON s.calendar_id = r.calendar_id
        WHERE r.status IN ('pending', 'sending') AND r.due_at <= @now
          AND (r.next_attempt_at IS NULL OR r.next_attempt_at <= @now)
        ORDER BY r.due_at, r.id
        LIMIT @limit`),
      claim: prepare(`
        UPDATE reminders SET status = 'sending', attempts = attempts + 1, batch = @batch, late = @late, updated_at = @now
        WHERE id = @id`),
      skipClaimed: prepare(`UPDATE reminders SET status = 'skipped', last_error = ?, updated_at = ? WHERE id = ?`),
      sent: prepare(`
        UPDATE reminders SET status = 'sent', message_id = ?, last_error = NULL, next_attempt_at = NULL, updated_at = ?
        WHERE batch = ? AND status = 'sending'`),
      retry: prepare(`
        UPDATE reminders SET status = 'pending', last_error = ?, next_attempt_at = ?, updated_at = ?
        WHERE batch = ? AND status = 'sending'`),
      failed: prepare(`
        UPDATE reminders SET status = 'failed', last_error = ?, next_attempt_at = NULL, updated_at = ?
        WHERE batch = ? AND status = 'sending'`),
      release: prepare(`
        UPDATE reminders SET status = 'pending', attempts = max(attempts - 1, 0), last_error = ?, updated_at = ?
        WHERE batch = ? AND status = 'sending'`),
      batchAttempts: prepare(`SELECT max(attempts) AS attempts FROM reminders WHERE batch = ?`),

      upcoming: prepare(`
        SELECT ${REMINDER_COLUMNS} FROM reminders r JOIN meetings m ON m.id = r.meeting_id
        WHERE r.calendar_id = ? AND r.status IN ('pending', 'sending') ORDER BY r.due_at, r.id LIMIT ?`),
      forMeeting: prepare(`
        SELECT ${REMINDER_COLUMNS} FROM reminders r JOIN meetings m ON m.id = r.meeting_id
        WHERE m.calendar_id = ? AND m.number = ? ORDER BY r.due_at, r.id`),

      lease: prepare('SELECT holder, expires_at AS expiresAt FROM scheduler_lease WHERE id = 1'),
      takeLease: prepare(`
        INSERT INTO scheduler_lease (id, holder, expires_at) VALUES (1, @holder, @expiresAt)
        ON CONFLICT (id) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
        WHERE scheduler_lease.holder = excluded.holder OR scheduler_lease.expires_at <= @now`),
      dropLease: prepare('DELETE FROM scheduler_lease WHERE holder = ?'),
    };
  }

  // ---- settings --------------------------------------------------------------------------

  settings(calendarId: number): ReminderSettings {
    type Row = Omit<ReminderSettings, 'leadMinutes' | 'blockedNoticePending'> & {
      leadMinutes: string;
      blockedNoticePending: number;
    };
    // Reads never write: a calendar with no settings row yet has the defaults, and the row is
    // made by the first setting changed.
    const row = (this.statements.settings.get(calendarId) as Row | undefined) ?? {
      ...DEFAULT_SETTINGS,
      calendarId,
    };
    return {
      ...row,
      leadMinutes: JSON.parse(row.leadMinutes) as number[],
      blockedNoticePending: row.blockedNoticePending === 1,
    };
  }

  /**
   * Sets (or clears) the channel; every meeting still to come is planned again for it, and the
   * reminders given up there (a refusal since fixed) are tried again.
   */
  setChannel(calendarId: number, channelId: string | null, now: number): void {
    writeTransaction(this.db, () => {
      this.statements.ensureSettings.run(calendarId);
      this.statements.setChannel.run(channelId, calendarId);
      if (channelId) this.statements.reviveRefused.run(now, calendarId, channelId);
      this.statements.enqueueFuture.run(calendarId, now);
    });
  }

  setRole(calendarId: number, roleId: string | null): void {
    writeTransaction(this.db, () => {
      this.statements.ensureSettings.run(calendarId);
      this.statements.setRole.run(roleId, calendarId);
    });
  }

  setLeadMinutes(calendarId: number, leads: readonly number[], now: number): void {
    writeTransaction(this.db, () => {
      this.statements.ensureSettings.run(calendarId);
      this.statements.setLeads.run(JSON.stringify(leads), calendarId);
      this.statements.enqueueFuture.run(calendarId, now);
    });
  }

  setPausedUntil(calendarId: number, until: number | null): void {
    writeTransaction(this.db, () => {
      this.statements.ensureSettings.run(calendarId);
      this.statements.setPause.run(until, calendarId);
    });
  }

  /**
   * Forgets every reminder of a calendar and plans them all again: for the local console's
   * `/clock`, where time may run backwards. Never for a server's calendar.
   */
  replanCalendar(calendarId: number): void {
    writeTransaction(this.db, () => {
      this.statements.forgetCalendar.run(calendarId);
      this.statements.enqueueAll.run(calendarId);
    });
  }

  /** Discord refused a channel: stop posting there and leave a notice for the admins. */
  blockChannel(calendarId: number, channelId: string, reason: string): void {
    this.statements.block.run(channelId, reason, calendarId);
  }

  clearBlockedNotice(calendarId: number): void {
    this.statements.clearNotice.run(calendarId);
  }

  // ---- planning --------------------------------------------------------------------------

  /**
   * Plans the reminders of meetings added or changed since the last call: new rows for new
   * times, pending rows of an old time skipped, a cancellation notice where a reminder had
   * gone out. One transaction. Returns how many meetings were planned.
   */
  planChanges(now: number): number {
    return writeTransaction(this.db, () => {
      const changes = this.statements.changes.all(CHANGES_PER_BEAT) as { seq: number; meetingId: number }[];
      if (changes.length === 0) return 0;
      const settingsByCalendar = new Map<number, ReminderSettings>();
      for (const meetingId of new Set(changes.map((c) => c.meetingId))) {
        const meeting = this.statements.meetingTiming.get(meetingId) as ChangedMeeting | undefined;
        if (!meeting) continue; // deleted: its rows went with it
        let settings = settingsByCalendar.get(meeting.calendarId);
        if (!settings) settingsByCalendar.set(meeting.calendarId, (settings = this.settings(meeting.calendarId)));
        this.planMeeting(meeting, settings, now);
      }
      this.statements.dropChanges.run(changes.at(-1)!.seq);
      return changes.length;
    });
  }

  /** Writes what `reconcileReminders` (src/reminders/plan.ts) decides for one changed meeting. */
  private planMeeting(meeting: ChangedMeeting, settings: ReminderSettings, now: number): void {
    const existing = this.statements.openRows.all(meeting.id) as ExistingReminder[];
    const { skip, add } = reconcileReminders(meeting, settings, existing, now);
    for (const row of skip) this.statements.skipRow.run(row.reason, now, row.id);
    for (const row of add)
      this.statements.insertRow.run({ ...row, calendarId: meeting.calendarId, meetingId: meeting.id, now });
  }

  // ---- delivery --------------------------------------------------------------------------

  /**
   * Claims what is due at `now`, in one transaction, grouped as `batchDueReminders`
   * (src/reminders/plan.ts) decides: rows of meetings that have begun are skipped; the rest
   * are marked sending with their batch's nonce. Rows a crash left in `sending`, or a failed
   * attempt put back, are due again and go out in their old batch. A row due before
   * `awakeSince` (the process beating without a break since) is marked late.
   */
  claimDue(now: number, awakeSince = now, limit = 10_000): ReminderBatch[] {
    return writeTransaction(this.db, () => {
      const due = this.statements.due.all({ now, limit }) as DueReminder[];
      const { begun, batches } = batchDueReminders(due, now, awakeSince);
      for (const id of begun) this.statements.skipClaimed.run('meeting had begun', now, id);
      for (const batch of batches) {
        for (const reminder of batch.reminders) {
          this.statements.claim.run({ id: reminder.id, batch: batch.nonce, late: reminder.late ? 1 : 0, now });
        }
      }
      return batches;
    });
  }

  markSent(batch: string, messageId: string, now: number): void {
    this.statements.sent.run(messageId, now, batch);
  }

  /** Back to pending, to be tried again at `nextAttemptAt`. */
  markRetry(batch: string, error: string, nextAttemptAt: number, now: number): void {
    this.statements.retry.run(error, nextAttemptAt, now, batch);
  }

  markFailed(batch: string, error: string, now: number): void {
    this.statements.failed.run(error, now, batch);
  }

  /** Back to pending, never attempted (its channel was refused meanwhile): the claim is undone. */
  release(batch: string, reason: string, now: number): void {
    this.statements.release.run(reason, now, batch);
  }

  attempts(batch: string): number {
    return (this.statements.batchAttempts.get(batch) as { attempts: number | null }).attempts ?? 0;
  }

  /** The reminders still to be posted for a calendar, soonest first. */
  upcoming(calendarId: number, limit = 10): ReminderRow[] {
    return (this.statements.upcoming.all(calendarId, limit) as (Omit<ReminderRow, 'late'> & { late: number })[]).map(
      toRow,
    );
  }

  /** Every reminder row of a meeting (tests, `/reminders show`). */
  forMeeting(calendarId: number, meetingNumber: number): ReminderRow[] {
    return (
      this.statements.forMeeting.all(calendarId, meetingNumber) as (Omit<ReminderRow, 'late'> & { late: number })[]
    ).map(toRow);
  }

  // ---- the lease -------------------------------------------------------------------------

  /** Takes or renews the scheduler lease; false while another process holds it. */
  acquireLease(holder: string, now: number, ttlMs: number): boolean {
    return this.statements.takeLease.run({ holder, now, expiresAt: now + ttlMs }).changes === 1;
  }

  releaseLease(holder: string): void {
    this.statements.dropLease.run(holder);
  }
}

function toRow(row: Omit<ReminderRow, 'late'> & { late: number }): ReminderRow {
  return { ...row, late: row.late === 1 };
}
