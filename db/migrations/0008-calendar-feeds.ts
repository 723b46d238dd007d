import type { Migration } from './migration.js';

/**
 * iCalendar feeds (src/ical/): each calendar's secret feed token, and a revision per meeting
 * that calendar programs read as SEQUENCE.
 *
 * The token is kept so `/calendar feed` can show the same link again (rotating it for every
 * look would break every subscription); it is found by its SHA-256, so a request's token is
 * never compared character by character with a stored one. One row per calendar: a rotation
 * replaces it, and the old token stops working in the same statement.
 *
 * The revision grows by one with every UPDATE of a meeting's row (an edit, a status, a
 * re-import, a new calendar zone that retimes it), by a trigger, so no write can forget it.
 */
export const calendarFeeds: Migration = {
  version: 8,
  name: 'calendar-feeds',
  up(db) {
    db.exec(`
      CREATE TABLE calendar_feeds (
        calendar_id INTEGER PRIMARY KEY REFERENCES calendars(id) ON DELETE CASCADE,
        token TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,     -- hex SHA-256 of the token: what a request is looked up by
        created_at INTEGER NOT NULL
      );

      ALTER TABLE meetings ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
      CREATE TRIGGER meetings_revision AFTER UPDATE ON meetings
        WHEN NEW.revision = OLD.revision
        BEGIN
          UPDATE meetings SET revision = OLD.revision + 1 WHERE id = NEW.id;
        END;
    `);
  },
};
