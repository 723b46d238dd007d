import type { Migration } from './migration.js';

/**
 * Reminders: each server's settings, one row per (meeting, channel, kind, planned start),
 * the queue of meetings whose reminders must be planned again, and the scheduler's lease.
 */
export const reminders: Migration = {
  version: 2,
  name: 'reminders',
  up(db) {
    db.exec(`
      CREATE TABLE reminder_settings (
        calendar_id INTEGER PRIMARY KEY REFERENCES calendars(id) ON DELETE CASCADE,
        channel_id TEXT,                     -- where to post; NULL: nowhere yet
        role_id TEXT,                        -- the one mention the bot ever makes
        lead_minutes TEXT NOT NULL DEFAULT '[1440,60]',  -- JSON: before a timed meeting
        paused_until INTEGER,
        blocked_channel_id TEXT,             -- a channel Discord refused: no more attempts there
        blocked_reason TEXT,
        blocked_notice_pending INTEGER NOT NULL DEFAULT 0  -- admins not told yet
      );

      CREATE TABLE reminders (
        -- AUTOINCREMENT: a batch's nonce is derived from a row id, and a plain rowid is reused
        -- after the newest rows are deleted (with their meeting); Discord would then take a new
        -- reminder for the old message and drop it.
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        calendar_id INTEGER NOT NULL REFERENCES calendars(id) ON DELETE CASCADE,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        channel_id TEXT NOT NULL,
        kind TEXT NOT NULL,                  -- lead:<minutes>, day-before, period-start, cancelled
        planned_start INTEGER NOT NULL,      -- the meeting's start it was planned for: a new time, new rows
        due_at INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'sending', 'sent', 'skipped', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER,
        last_error TEXT,
        batch TEXT,                          -- the message it goes out in; its nonce
        message_id TEXT,
        late INTEGER NOT NULL DEFAULT 0,
        updated_at INTEGER NOT NULL,
        UNIQUE (meeting_id, channel_id, kind, planned_start)
      );
      CREATE INDEX reminders_due ON reminders(status, due_at) WHERE status IN ('pending', 'sending');
      CREATE INDEX reminders_by_calendar ON reminders(calendar_id, due_at);

      -- Meetings added or changed since their reminders were last planned. Triggers fill it,
      -- so no write path can forget; the planner empties it.
      CREATE TABLE meeting_changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        meeting_id INTEGER NOT NULL
      );
      CREATE TRIGGER meetings_changed_insert AFTER INSERT ON meetings
        BEGIN INSERT INTO meeting_changes (meeting_id) VALUES (NEW.id); END;
      CREATE TRIGGER meetings_changed_update AFTER UPDATE OF starts_at, ends_at, precision, status, timezone ON meetings
        BEGIN INSERT INTO meeting_changes (meeting_id) VALUES (NEW.id); END;
      -- Meetings without a zone of their own are counted in the calendar's.
      CREATE TRIGGER calendars_zone_changed AFTER UPDATE OF timezone ON calendars
        BEGIN INSERT INTO meeting_changes (meeting_id) SELECT id FROM meetings WHERE calendar_id = NEW.id AND timezone IS NULL; END;

      -- One scheduler for a database: the process holding an unexpired lease.
      CREATE TABLE scheduler_lease (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        holder TEXT NOT NULL,
        expires_at INTEGER NOT NULL
      );
    `);
    // Meetings that exist already get their reminders planned on the first beat.
    db.exec('INSERT INTO meeting_changes (meeting_id) SELECT id FROM meetings');
  },
};
