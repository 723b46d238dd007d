/**
 * Numbered, forward-only migrations tracked in SQLite's `user_version`. All pending ones run
 * in one transaction: a database is either fully migrated or left as it was.
 */
import type Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations/index.js';
import type { Migration } from './migrations/migration.js';
import { DatabaseTooNewError } from './database-errors.js';

export { DatabaseTooNewError };

/** The newest schema version this code knows. */
export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

/** Applies the migrations newer than the database's version. Returns the versions applied. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const latest = migrations.at(-1)?.version ?? 0;
  const pendingAt = (version: number) => {
    if (version > latest) throw new DatabaseTooNewError(version, latest);
    return migrations.filter((m) => m.version > version);
  };
  if (pendingAt(db.pragma('user_version', { simple: true }) as number).length === 0) return [];
  return db
    .transaction(() => {
      // Read again under the write lock: another process may have migrated since the first
      // look, and its schema must not be created a second time.
      const pending = pendingAt(db.pragma('user_version', { simple: true }) as number);
      for (const migration of pending) {
        migration.up(db);
        db.pragma(`user_version = ${migration.version}`);
      }
      return pending.map((m) => m.version);
    })
    .immediate();
}
