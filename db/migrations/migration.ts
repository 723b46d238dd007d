import type Database from 'better-sqlite3';

/** One numbered step of the schema; `up` runs inside the runner's transaction (db/migrate.ts). */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}
