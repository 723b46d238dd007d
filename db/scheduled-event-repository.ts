/**
 * Discord Scheduled Events sync in SQLite: each server's choice, and the map of meetings to
 * events. A create is claimed here (one row per meeting, in a transaction) before it is sent,
 * so no two processes, and no run after a crash, make the same meeting's event twice.
 */
import type {
  EventFields,
  EventRow,
  EventState,
  EventSyncSettings,
  EventSyncStatus,
  EventSyncStore,
} from '../src/events-sync/types.js';
import { writeTransaction, type Db } from './connection.js';

/** What a calendar's settings are before any is chosen (the columns' defaults in migration 0009). */
const DEFAULT_DAYS = 14;

type RowRecord = Omit<EventRow, 'sent' | 'meetingExists'> & { sent: string | null; meetingExists: number };

export class ScheduledEventRepository implements EventSyncStore {
  private readonly statements;

  constructor(private readonly db: Db) {
    const prepare = (sql: string) => db.prepare(sql);
    this.statements = {
      settings: prepare(`
        SELECT calendar_id AS calendarId, enabled, days, blocked_reason AS blockedReason,
          blocked_notice_pending AS blockedNoticePending
        FROM event_sync_settings WHERE calendar_id = ?`),
      // Turning the sync on (again) lifts a refusal, and looks at the calendar at once.
      setSync: prepare(`
        INSERT INTO event_sync_settings (calendar_id, enabled, days, next_sync_at) VALUES (@calendarId, @enabled, @days, 0)
        ON CONFLICT (calendar_id) DO UPDATE SET enabled = excluded.enabled, days = excluded.days, next_sync_at = 0,
          blocked_reason = NULL, blocked_notice_pending = 0`),
      // Rows a refusal left waiting are tried at once when the sync is turned on again.
      retryNow: prepare(
        `UPDATE scheduled_events SET next_attempt_at = NULL, attempts = 0 WHERE calendar_id = ? AND next_attempt_at IS NOT NULL`,
      ),
      due: prepare(`
        SELECT s.calendar_id AS calendarId, c.guild_id AS guildId FROM event_sync_settings s
        JOIN calendars c ON c.id = s.calendar_id
        WHERE s.enabled = 1 AND s.blocked_reason IS NULL AND s.next_sync_at <= ? AND c.guild_id IS NOT NULL`),
      allDue: prepare('UPDATE event_sync_settings SET next_sync_at = 0 WHERE enabled = 1'),
      scheduleNext: prepare('UPDATE event_sync_settings SET next_sync_at = ? WHERE calendar_id = ?'),
      scheduleSooner: prepare(
        'UPDATE event_sync_settings SET next_sync_at = min(next_sync_at, ?) WHERE calendar_id = ?',
      ),
      block: prepare(
        'UPDATE event_sync_settings SET blocked_reason = ?, blocked_notice_pending = 1 WHERE calendar_id = ?',
      ),
      clearNotice: prepare('UPDATE event_sync_settings SET blocked_notice_pending = 0 WHERE calendar_id = ?'),

      rows: prepare(`
        SELECT meeting_number AS meetingNumber, meeting_id IS NOT NULL AS meetingExists, event_id AS eventId, state,
          sent, attempts, next_attempt_at AS nextAttemptAt, last_error AS lastError, updated_at AS updatedAt
        FROM scheduled_events WHERE calendar_id = ? ORDER BY meeting_number`),
      // A new row, or one whose event is gone by Diwan's own doing (cancelled) or never came
      // (failed); a row already claiming only when recovering it (its event is looked for first).
      claim: prepare(`
        INSERT INTO scheduled_events (calendar_id, meeting_number, meeting_id, state, updated_at)
        SELECT @calendarId, @number, id, 'creating', @now FROM meetings WHERE calendar_id = @calendarId AND number = @number
        ON CONFLICT (calendar_id, meeting_number) DO UPDATE SET state = 'creating', event_id = NULL, sent = NULL,
          next_attempt_at = NULL, updated_at = @now
        WHERE scheduled_events.state IN ('cancelled', 'failed') OR (@recovering = 1 AND scheduled_events.state = 'creating')`),
      live: prepare(`
        UPDATE scheduled_events SET state = 'live', event_id = ?, sent = ?, attempts = 0, next_attempt_at = NULL,
          last_error = NULL, updated_at = ?
        WHERE calendar_id = ? AND meeting_number = ?`),
      state: prepare(`
        UPDATE scheduled_events SET state = ?, last_error = ?, next_attempt_at = NULL, updated_at = ?
        WHERE calendar_id = ? AND meeting_number = ?`),
      retry: prepare(`
        UPDATE scheduled_events SET last_error = ?, next_attempt_at = ?, attempts = attempts + 1, updated_at = ?
        WHERE calendar_id = ? AND meeting_number = ?`),
      forget: prepare('DELETE FROM scheduled_events WHERE calendar_id = ? AND meeting_number = ?'),
      // Only a live event of ours counts as a moderator's removal: one Diwan is removing is its own.
      removedInDiscord: prepare(`
        UPDATE scheduled_events SET state = 'removed-by-hand', next_attempt_at = NULL, updated_at = ?
        WHERE event_id = ? AND state IN ('live', 'failed')`),

      liveCount: prepare(
        `SELECT count(*) AS n FROM scheduled_events WHERE calendar_id = ? AND state = 'live' AND meeting_id IS NOT NULL`,
      ),
      byHand: prepare(`
        SELECT meeting_number AS n FROM scheduled_events
        WHERE calendar_id = ? AND state = 'removed-by-hand' AND meeting_id IS NOT NULL ORDER BY meeting_number`),
      failedCount: prepare(`SELECT count(*) AS n FROM scheduled_events WHERE calendar_id = ? AND state = 'failed'`),
    };
  }

  settings(calendarId: number): EventSyncSettings {
    type Row = Omit<EventSyncSettings, 'enabled' | 'blockedNoticePending'> & {
      enabled: number;
      blockedNoticePending: number;
    };
    // Reads never write: a calendar with no row has the defaults.
    const row = this.statements.settings.get(calendarId) as Row | undefined;
    return {
      calendarId,
      enabled: row?.enabled === 1,
      days: row?.days ?? DEFAULT_DAYS,
      blockedReason: row?.blockedReason ?? null,
      blockedNoticePending: row?.blockedNoticePending === 1,
    };
  }

  setSync(calendarId: number, enabled: boolean, days: number): void {
    writeTransaction(this.db, () => {
      this.statements.setSync.run({ calendarId, enabled: enabled ? 1 : 0, days });
      if (enabled) this.statements.retryNow.run(calendarId);
    });
  }

  status(calendarId: number): EventSyncStatus {
    const count = (statement: 'liveCount' | 'failedCount') =>
      (this.statements[statement].get(calendarId) as { n: number }).n;
    return {
      ...this.settings(calendarId),
      liveEvents: count('liveCount'),
      failed: count('failedCount'),
      removedByHand: (this.statements.byHand.all(calendarId) as { n: number }[]).map((row) => row.n),
    };
  }

  dueCalendars(now: number): { calendarId: number; guildId: string }[] {
    return this.statements.due.all(now) as { calendarId: number; guildId: string }[];
  }

  allDue(): void {
    this.statements.allDue.run();
  }

  scheduleNext(calendarId: number, at: number, onlySooner: boolean): void {
    (onlySooner ? this.statements.scheduleSooner : this.statements.scheduleNext).run(at, calendarId);
  }

  rows(calendarId: number): EventRow[] {
    return (this.statements.rows.all(calendarId) as RowRecord[]).map((row) => ({
      ...row,
      meetingExists: row.meetingExists === 1,
      sent: row.sent === null ? null : (JSON.parse(row.sent) as EventFields),
    }));
  }

  claim(calendarId: number, meetingNumber: number, now: number, recovering: boolean): boolean {
    return writeTransaction(
      this.db,
      () =>
        this.statements.claim.run({ calendarId, number: meetingNumber, now, recovering: recovering ? 1 : 0 })
          .changes === 1,
    );
  }

  recordLive(calendarId: number, meetingNumber: number, eventId: string, sent: EventFields | null, now: number): void {
    this.statements.live.run(eventId, sent && JSON.stringify(sent), now, calendarId, meetingNumber);
  }

  recordState(calendarId: number, meetingNumber: number, state: EventState, error: string | null, now: number): void {
    this.statements.state.run(state, error, now, calendarId, meetingNumber);
  }

  recordRetry(calendarId: number, meetingNumber: number, error: string, nextAttemptAt: number, now: number): void {
    this.statements.retry.run(error, nextAttemptAt, now, calendarId, meetingNumber);
  }

  forget(calendarId: number, meetingNumber: number): void {
    this.statements.forget.run(calendarId, meetingNumber);
  }

  removedInDiscord(eventId: string, now: number): boolean {
    return this.statements.removedInDiscord.run(now, eventId).changes > 0;
  }

  block(calendarId: number, reason: string): void {
    this.statements.block.run(reason, calendarId);
  }

  clearBlockedNotice(calendarId: number): void {
    this.statements.clearNotice.run(calendarId);
  }
}
