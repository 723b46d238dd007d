import type { Migration } from './migration.js';

/**
 * Discord Scheduled Events sync: each server's choice (on or off, how many days ahead) and one
 * row per meeting that has, or is getting, an event. The row is claimed before the event is
 * created, so a restart, a re-run or a second process never creates a second event; an event
 * a moderator removed stays recorded, and is not made again.
 */
export const scheduledEvents: Migration = {
  version: 9,
  name: 'scheduled-events',
  up(db) {
    db.exec(`
      CREATE TABLE event_sync_settings (
        calendar_id INTEGER PRIMARY KEY REFERENCES calendars(id) ON DELETE CASCADE,
        enabled INTEGER NOT NULL DEFAULT 0,
        days INTEGER NOT NULL DEFAULT 14,          -- how far ahead meetings get an event
        next_sync_at INTEGER NOT NULL DEFAULT 0,   -- when the beat next looks at the calendar; 0: at once
        blocked_reason TEXT,                       -- Discord refused (a permission): no sync until turned on again
        blocked_notice_pending INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX event_sync_due ON event_sync_settings(next_sync_at) WHERE enabled = 1 AND blocked_reason IS NULL;

      CREATE TABLE scheduled_events (
        calendar_id INTEGER NOT NULL REFERENCES calendars(id) ON DELETE CASCADE,
        meeting_number INTEGER NOT NULL,           -- never given twice in a calendar
        -- SET NULL, not CASCADE: a deleted meeting's row must outlive it until its event is deleted.
        meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
        event_id TEXT,                             -- a snowflake: TEXT
        state TEXT NOT NULL
          CHECK (state IN ('creating', 'live', 'removing', 'cancelled', 'removed-by-hand', 'failed')),
        sent TEXT,                                 -- JSON: the fields the event shows, as last sent
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER,
        last_error TEXT,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (calendar_id, meeting_number)
      ) WITHOUT ROWID;
      CREATE UNIQUE INDEX scheduled_events_by_event ON scheduled_events(event_id) WHERE event_id IS NOT NULL;

      -- Any change of a meeting, or of its calendar's zone or language, makes the sync due at once.
      CREATE TRIGGER meetings_events_insert AFTER INSERT ON meetings BEGIN
        UPDATE event_sync_settings SET next_sync_at = 0 WHERE calendar_id = NEW.calendar_id AND enabled = 1;
      END;
      CREATE TRIGGER meetings_events_update AFTER UPDATE ON meetings BEGIN
        UPDATE event_sync_settings SET next_sync_at = 0 WHERE calendar_id = NEW.calendar_id AND enabled = 1;
      END;
      CREATE TRIGGER meetings_events_delete AFTER DELETE ON meetings BEGIN
        UPDATE event_sync_settings SET next_sync_at = 0 WHERE calendar_id = OLD.calendar_id AND enabled = 1;
      END;
      CREATE TRIGGER calendars_events_update AFTER UPDATE OF timezone, locale ON calendars BEGIN
        UPDATE event_sync_settings SET next_sync_at = 0 WHERE calendar_id = NEW.id AND enabled = 1;
      END;
    `);
  },
};
