import type { Migration } from './migration.js';

/**
 * A server's date style (`/settings dates`): the family of Arabic month names, the Hijri date
 * beside the Gregorian one, and the digits of its Arabic text. The defaults are what Diwan
 * wrote before: Levantine months, no Hijri date, Arabic-Indic digits.
 */
export const dateStyle: Migration = {
  version: 13,
  name: 'date-style',
  up(db) {
    db.exec(`
      ALTER TABLE calendars ADD COLUMN date_months TEXT NOT NULL DEFAULT 'levantine'
        CHECK (date_months IN ('levantine', 'egyptian-gulf', 'maghrebi'));
      ALTER TABLE calendars ADD COLUMN date_hijri INTEGER NOT NULL DEFAULT 0 CHECK (date_hijri IN (0, 1));
      ALTER TABLE calendars ADD COLUMN date_digits TEXT NOT NULL DEFAULT 'arabic-indic'
        CHECK (date_digits IN ('arabic-indic', 'latin'));
    `);
  },
};
