/** Opening the database: WAL, foreign keys, a busy timeout, and the migrations applied. */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseFileError, databaseFileError, DatabaseTooNewError } from './database-errors.js';
import { LATEST_VERSION, migrate } from './migrate.js';

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
 * newer Diwan, and a `DatabaseFileError` naming the file for one that cannot be opened.
 */
export function openDatabase(path: string): Db {
  let db: Db;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
  } catch (error) {
    throw databaseFileError(path, error);
  }
  try {
    // Refuse a newer database before anything writes to it (WAL mode is kept in the file).
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) throw new DatabaseTooNewError(version, LATEST_VERSION);
    // Tables but no schema version: another program's database, or one whose WAL was lost.
    // Building the schema in it would mix two databases.
    if (version === 0 && (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n > 0)
      throw new DatabaseFileError(
        `DATABASE_PATH ${path} holds tables but no Diwan schema version: point DATABASE_PATH at another file`,
      );
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    if (migrate(db).length > 0) checkpoint(db);
    return db;
  } catch (error) {
    db.close();
    throw error instanceof DatabaseFileError ? error : databaseFileError(path, error);
  }
}

/**
 * Copies what the WAL holds into the database file. After the schema is made or a calendar
 * seeded: until the next automatic checkpoint they would live only in the WAL, and a WAL
 * deleted under a running bot then took a fresh database with it. Passive: it never waits for
 * another connection.
 */
export function checkpoint(db: Db): void {
  db.pragma('wal_checkpoint(PASSIVE)');
}
