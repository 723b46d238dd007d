/**
 * Numbered, forward-only migrations tracked in SQLite's `user_version`. All pending ones run
 * in one transaction: a database is either fully migrated or left as it was.
 */
import type Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations/index.js';
import type { Migration } from './migrations/migration.js';

/** The database was written by a newer Diwan: opening it could lose data. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `this database is at schema version ${found}, newer than this Diwan understands (${supported}); ` +
        'upgrade Diwan or point DATABASE_PATH at another file',
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** The newest schema version this code knows. */
export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

/** Applies the migrations newer than the database's version. Returns the versions applied. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const latest = migrations.at(-1)?.version ?? 0;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) throw new DatabaseTooNewError(current, latest);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
  return pending.map((m) => m.version);
}
