/**
 * The direct messages owed to followers (written by db/follows.ts in the transaction of the
 * change), claimed before they are sent: a claimed notice left by a stopped or crashed process
 * is sent again with the same nonce (its id), so Discord returns the first message, not a second.
 */
import type { FollowNotice, NoticeItem, NoticeOutbox } from '../src/follow/types.js';
import { writeTransaction, type Db } from './connection.js';

interface NoticeRow {
  id: number;
  calendarId: number;
  userId: string;
  attempts: number;
}

const NOTICE = 'SELECT id, calendar_id AS calendarId, user_id AS userId, attempts FROM follow_notices';

export class FollowNotices implements NoticeOutbox {
  private readonly statements;

  constructor(private readonly db: Db) {
    const prepare = (sql: string) => db.prepare(sql);
    this.statements = {
      due: prepare(
        `${NOTICE} WHERE state IN ('pending', 'sending') AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?`,
      ),
      claim: prepare(
        "UPDATE follow_notices SET state = 'sending', attempts = attempts + 1, updated_at = ? WHERE id = ?",
      ),
      items: prepare(`
        SELECT m.number AS meetingNumber, i.change FROM follow_notice_items i JOIN meetings m ON m.id = i.meeting_id
        WHERE i.notice_id = ? ORDER BY m.starts_at, m.number`),
      settle: prepare(
        'UPDATE follow_notices SET state = ?, message_id = ?, last_error = ?, updated_at = ? WHERE id = ?',
      ),
      // A claimed notice stays claimed while it waits (the member's new changes open another).
      retry: prepare('UPDATE follow_notices SET last_error = ?, next_attempt_at = ?, updated_at = ? WHERE id = ?'),
      release: prepare('UPDATE follow_notices SET attempts = MAX(attempts - 1, 0) WHERE id = ?'),
      closed: prepare(`${NOTICE} WHERE calendar_id = ? AND user_id = ? AND state = 'closed' ORDER BY id`),
      shown: prepare("UPDATE follow_notices SET state = 'shown', updated_at = ? WHERE id = ? AND state = 'closed'"),
      // Once told, a notice's lines are not needed: its row (state, message id) is enough to keep.
      forgetItems: prepare('DELETE FROM follow_notice_items WHERE notice_id = ?'),
    };
  }

  claim(now: number, limit: number): FollowNotice[] {
    return writeTransaction(this.db, () => {
      const rows = this.statements.due.all(now, limit) as NoticeRow[];
      for (const row of rows) this.statements.claim.run(now, row.id);
      return rows.map((row) => ({ ...this.withItems(row), attempts: row.attempts + 1 }));
    });
  }

  markSent(id: number, messageId: string | null, now: number): void {
    writeTransaction(this.db, () => {
      this.statements.settle.run('sent', messageId, null, now, id);
      this.statements.forgetItems.run(id);
    });
  }

  markClosed(id: number, now: number): void {
    this.statements.settle.run('closed', null, 'direct messages closed', now, id);
  }

  markRetry(id: number, reason: string, at: number, now: number): void {
    this.statements.retry.run(reason, at, now, id);
  }

  markFailed(id: number, reason: string, now: number): void {
    this.statements.settle.run('failed', null, reason, now, id);
  }

  release(id: number): void {
    this.statements.release.run(id);
  }

  closed(calendarId: number, userId: string): FollowNotice[] {
    return (this.statements.closed.all(calendarId, userId) as NoticeRow[]).map((row) => this.withItems(row));
  }

  markShown(ids: readonly number[], now: number): void {
    writeTransaction(this.db, () => {
      for (const id of ids) {
        this.statements.shown.run(now, id);
        this.statements.forgetItems.run(id);
      }
    });
  }

  private withItems(row: NoticeRow): FollowNotice {
    return { ...row, items: this.statements.items.all(row.id) as NoticeItem[] };
  }
}
