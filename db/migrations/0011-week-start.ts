import type { Migration } from './migration.js';

/**
 * The day a server's week starts on, for the month picture's rows: 0 Sunday … 6 Saturday, or
 * NULL for the language's own (Saturday in Arabic, Monday in English).
 */
export const weekStart: Migration = {
  version: 11,
  name: 'week-start',
  up(db) {
    db.exec('ALTER TABLE calendars ADD COLUMN week_start INTEGER CHECK (week_start BETWEEN 0 AND 6)');
  },
};
