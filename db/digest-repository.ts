/**
 * The weekly digest in SQLite: each server's choice, and one row per week's message, claimed
 * (with its nonce) before the message is posted, so a week is posted once and then edited.
 */
import type { DigestRow, DigestSettings, DigestStore } from '../src/digest/types.js';
import { writeTransaction, type Db } from './connection.js';

const SETTINGS = `calendar_id AS calendarId, channel_id AS channelId, weekday, time, chosen_at AS chosenAt,
  blocked_reason AS blockedReason`;

export class DigestRepository implements DigestStore {
  private readonly statements;

  constructor(private readonly db: Db) {
    const prepare = (sql: string) => db.prepare(sql);
    this.statements = {
      settings: prepare(`SELECT ${SETTINGS} FROM digest_settings WHERE calendar_id = ?`),
      // Choosing again lifts a refusal and looks at the calendar at once.
      set: prepare(`
        INSERT INTO digest_settings (calendar_id, channel_id, weekday, time, chosen_at, next_check_at)
        VALUES (@calendarId, @channelId, @weekday, @time, @now, 0)
        ON CONFLICT (calendar_id) DO UPDATE SET channel_id = excluded.channel_id, weekday = excluded.weekday,
          time = excluded.time, chosen_at = excluded.chosen_at, next_check_at = 0, blocked_reason = NULL,
          blocked_notice_pending = 0`),
      due: prepare(`
        SELECT ${SETTINGS} FROM digest_settings
        WHERE channel_id IS NOT NULL AND blocked_reason IS NULL AND next_check_at <= ?`),
      allDue: prepare('UPDATE digest_settings SET next_check_at = 0 WHERE channel_id IS NOT NULL'),
      next: prepare('UPDATE digest_settings SET next_check_at = ? WHERE calendar_id = ?'),
      sooner: prepare('UPDATE digest_settings SET next_check_at = min(next_check_at, ?) WHERE calendar_id = ?'),
      block: prepare('UPDATE digest_settings SET blocked_reason = ?, blocked_notice_pending = 1 WHERE calendar_id = ?'),
      row: prepare(`
        SELECT calendar_id AS calendarId, week_start AS weekStart, channel_id AS channelId, nonce, state,
          message_id AS messageId, shown, attempts, next_attempt_at AS nextAttemptAt, updated_at AS updatedAt
        FROM digests WHERE calendar_id = ? AND week_start = ?`),
      claim: prepare(`
        INSERT INTO digests (calendar_id, week_start, channel_id, nonce, state, updated_at)
        VALUES (?, ?, ?, ?, 'sending', ?) ON CONFLICT DO NOTHING`),
      posted: prepare(`
        UPDATE digests SET state = 'posted', message_id = ?, shown = ?, attempts = 0, next_attempt_at = NULL,
          last_error = NULL, updated_at = ?
        WHERE calendar_id = ? AND week_start = ?`),
      state: prepare(`
        UPDATE digests SET state = ?, last_error = ?, next_attempt_at = NULL, updated_at = ?
        WHERE calendar_id = ? AND week_start = ?`),
      retry: prepare(`
        UPDATE digests SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, updated_at = ?
        WHERE calendar_id = ? AND week_start = ?`),
    };
  }

  settings(calendarId: number): DigestSettings {
    // Reads never write: no row, no digest.
    return (
      (this.statements.settings.get(calendarId) as DigestSettings | undefined) ?? {
        calendarId,
        channelId: null,
        weekday: 1,
        time: '09:00',
        chosenAt: 0,
        blockedReason: null,
      }
    );
  }

  setDigest(calendarId: number, channelId: string | null, weekday: number, time: string, now: number): void {
    writeTransaction(this.db, () => this.statements.set.run({ calendarId, channelId, weekday, time, now }));
  }

  dueCalendars(now: number): DigestSettings[] {
    return this.statements.due.all(now) as DigestSettings[];
  }

  allDue(): void {
    this.statements.allDue.run();
  }

  scheduleNext(calendarId: number, at: number, onlySooner: boolean): void {
    (onlySooner ? this.statements.sooner : this.statements.next).run(at, calendarId);
  }

  row(calendarId: number, weekStart: string): DigestRow | null {
    return (this.statements.row.get(calendarId, weekStart) as DigestRow | undefined) ?? null;
  }

  claim(calendarId: number, weekStart: string, channelId: string, nonce: string, now: number): boolean {
    return writeTransaction(
      this.db,
      () => this.statements.claim.run(calendarId, weekStart, channelId, nonce, now).changes === 1,
    );
  }

  recordPosted(calendarId: number, weekStart: string, messageId: string, shown: string, now: number): void {
    this.statements.posted.run(messageId, shown, now, calendarId, weekStart);
  }

  recordState(
    calendarId: number,
    weekStart: string,
    state: DigestRow['state'],
    error: string | null,
    now: number,
  ): void {
    this.statements.state.run(state, error, now, calendarId, weekStart);
  }

  recordRetry(calendarId: number, weekStart: string, error: string, nextAttemptAt: number, now: number): void {
    this.statements.retry.run(error, nextAttemptAt, now, calendarId, weekStart);
  }

  block(calendarId: number, reason: string): void {
    this.statements.block.run(reason, calendarId);
  }
}
