/** Opening the database: WAL, foreign keys, a busy timeout, and the migrations applied. */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseTooNewError, LATEST_VERSION, migrate } from './migrate.js';

export type Db = Database.Database;
export type Statement = Database.Statement;

/**
 * Runs `work` in a write transaction opened IMMEDIATE: the write lock is taken at BEGIN, where
 * busy_timeout waits for it. A deferred transaction that reads first and then writes is refused
 * at once (SQLITE_BUSY, no wait) when another connection committed in between; with two
 * processes writing, 8 imports in 8 failed that way. Inside a transaction it is a savepoint.
 */
export function writeTransaction<T>(db: Db, work: () => T): T {
  return db.transaction(work).immediate();
}

/**
 * Opens (creating if needed) the database at `path` (`:memory:` for a private one) and
 * brings its schema up to date. Throws a `DatabaseTooNewError` for a database written by a
 * newer Diwan.
 */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    // Refuse a newer database before anything writes to it (WAL mode is kept in the file).
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) throw new DatabaseTooNewError(version, LATEST_VERSION);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
