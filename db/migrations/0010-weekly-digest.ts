import type { Migration } from './migration.js';

/**
 * The weekly digest: each server's choice (channel, weekday, local time) and one row per week
 * posted, claimed before it is sent (its nonce is the row's), so a week's digest is posted once
 * and then edited as its meetings change, whatever restarts or second processes happen.
 */
export const weeklyDigest: Migration = {
  version: 10,
  name: 'weekly-digest',
  up(db) {
    db.exec(`
      CREATE TABLE digest_settings (
        calendar_id INTEGER PRIMARY KEY REFERENCES calendars(id) ON DELETE CASCADE,
        channel_id TEXT,                          -- NULL: no digest
        weekday INTEGER NOT NULL DEFAULT 1 CHECK (weekday BETWEEN 1 AND 7),  -- ISO: 1 Monday … 7 Sunday
        time TEXT NOT NULL DEFAULT '09:00',       -- local, in the calendar's zone
        chosen_at INTEGER NOT NULL,               -- no digest is due for a week that began before
        next_check_at INTEGER NOT NULL DEFAULT 0, -- 0: at once (a meeting changed)
        blocked_reason TEXT,                      -- the channel refused: nothing until it is chosen again
        blocked_notice_pending INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX digest_due ON digest_settings(next_check_at) WHERE channel_id IS NOT NULL AND blocked_reason IS NULL;

      CREATE TABLE digests (
        calendar_id INTEGER NOT NULL REFERENCES calendars(id) ON DELETE CASCADE,
        week_start TEXT NOT NULL,                 -- YYYY-MM-DD, the local day it is posted
        channel_id TEXT NOT NULL,
        nonce TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('sending', 'posted', 'failed', 'removed')),
        message_id TEXT,
        shown TEXT,                               -- a hash of what the message shows
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER,
        last_error TEXT,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (calendar_id, week_start)
      ) WITHOUT ROWID;

      CREATE TRIGGER meetings_digest_insert AFTER INSERT ON meetings BEGIN
        UPDATE digest_settings SET next_check_at = 0 WHERE calendar_id = NEW.calendar_id AND channel_id IS NOT NULL;
      END;
      CREATE TRIGGER meetings_digest_update AFTER UPDATE ON meetings BEGIN
        UPDATE digest_settings SET next_check_at = 0 WHERE calendar_id = NEW.calendar_id AND channel_id IS NOT NULL;
      END;
      CREATE TRIGGER meetings_digest_delete AFTER DELETE ON meetings BEGIN
        UPDATE digest_settings SET next_check_at = 0 WHERE calendar_id = OLD.calendar_id AND channel_id IS NOT NULL;
      END;
      CREATE TRIGGER calendars_digest_update AFTER UPDATE OF timezone, locale ON calendars BEGIN
        UPDATE digest_settings SET next_check_at = 0 WHERE calendar_id = NEW.id AND channel_id IS NOT NULL;
      END;
    `);
  },
};
