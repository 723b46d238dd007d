import type { Migration } from './migration.js';

/**
 * The Discord interactions whose effects are done, recorded in the transaction that made them:
 * a second bot process on the same database (a rolling restart, a mistaken second start) sees
 * the id and does nothing, so one /calendar add makes one meeting. Kept a day.
 */
export const handledInteractions: Migration = {
  version: 7,
  name: 'handled-interactions',
  up(db) {
    db.exec(`
      CREATE TABLE handled_interactions (
        interaction_id TEXT PRIMARY KEY,     -- a snowflake: TEXT
        handled_at INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX handled_interactions_by_time ON handled_interactions(handled_at);
    `);
  },
};
