/**
 * Once per interaction, across processes: an interaction's effects and the record that they
 * were made commit together, so a second process that receives the same interaction finds the
 * record and does nothing.
 */
import { writeTransaction, type Db } from './connection.js';

/** How long an interaction id is remembered: Discord accepts an answer for 15 minutes at most. */
const REMEMBERED_MS = 86_400_000;

export class HandledInteractions {
  private readonly statements;

  constructor(private readonly db: Db) {
    this.statements = {
      claim: db.prepare(
        'INSERT INTO handled_interactions (interaction_id, handled_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
      ),
      forget: db.prepare('DELETE FROM handled_interactions WHERE handled_at < ?'),
    };
  }

  /**
   * Runs `work` in one IMMEDIATE transaction with the record of `interactionId`; null, without
   * running it, when that interaction was handled already (by this process or another). A
   * promise `work` returns is kept as it is: only what it did before returning is in the
   * transaction.
   */
  once<T>(interactionId: string, now: number, work: () => T): { value: T } | null {
    return writeTransaction(this.db, () => {
      this.statements.forget.run(now - REMEMBERED_MS);
      if (this.statements.claim.run(interactionId, now).changes === 0) return null;
      // Wrapped: better-sqlite3 refuses a transaction function that returns a promise.
      return { value: work() };
    });
  }
}
