import type { Migration } from './migration.js';

/**
 * Following people and places: a member's follows in one server, and the direct messages owed
 * them. A meeting added or changed writes, in its own transaction, one line per follower into
 * that follower's open notice (one per server and member while unsent), so an article of five
 * meetings of one person makes one message; the reminders' beat claims a notice, sends it with
 * a nonce made from its id, and records it, so it is never sent twice nor lost on a restart.
 * Feed posts gain bounded retries (attempts, next_attempt_at), a "managers told" mark, and the
 * meetings an auto-add merged into as they were, so its undo restores them.
 * (Number 14: 13 was taken by another branch of the same session.)
 */
export const following: Migration = {
  version: 14,
  name: 'following',
  up(db) {
    db.exec(`
      CREATE TABLE follows (
        id INTEGER PRIMARY KEY,
        calendar_id INTEGER NOT NULL REFERENCES calendars(id) ON DELETE CASCADE,
        user_id TEXT NOT NULL,                 -- a Discord user id (a snowflake)
        participant_id INTEGER REFERENCES participants(id) ON DELETE CASCADE,
        place_id INTEGER REFERENCES places(id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        CHECK ((participant_id IS NULL) <> (place_id IS NULL))
      );
      CREATE UNIQUE INDEX follows_of_participant ON follows(participant_id, user_id) WHERE participant_id IS NOT NULL;
      CREATE UNIQUE INDEX follows_of_place ON follows(place_id, user_id) WHERE place_id IS NOT NULL;
      CREATE INDEX follows_by_member ON follows(calendar_id, user_id);

      CREATE TABLE follow_notices (
        id INTEGER PRIMARY KEY,
        calendar_id INTEGER NOT NULL REFERENCES calendars(id) ON DELETE CASCADE,
        user_id TEXT NOT NULL,
        -- pending: collecting changes; sending: claimed (a crash leaves it so: sent again with its nonce);
        -- sent; closed: the member's DMs are closed (shown once when they next use the bot); shown; failed.
        state TEXT NOT NULL DEFAULT 'pending'
          CHECK (state IN ('pending', 'sending', 'sent', 'closed', 'shown', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL DEFAULT 0,
        message_id TEXT,
        last_error TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE UNIQUE INDEX follow_notices_open ON follow_notices(calendar_id, user_id) WHERE state = 'pending';
      CREATE INDEX follow_notices_due ON follow_notices(next_attempt_at) WHERE state IN ('pending', 'sending');
      CREATE INDEX follow_notices_closed ON follow_notices(calendar_id, user_id) WHERE state = 'closed';

      CREATE TABLE follow_notice_items (
        notice_id INTEGER NOT NULL REFERENCES follow_notices(id) ON DELETE CASCADE,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        change TEXT NOT NULL CHECK (change IN ('added', 'changed')),
        PRIMARY KEY (notice_id, meeting_id)
      ) WITHOUT ROWID;
      CREATE INDEX follow_notice_items_by_meeting ON follow_notice_items(meeting_id);

      -- Feed posts retried with a bound, as reminders are; the managers told once when posts are given up.
      ALTER TABLE feed_posts ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE feed_posts ADD COLUMN next_attempt_at INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE feed_subscriptions ADD COLUMN posts_failure_told INTEGER NOT NULL DEFAULT 0;
      -- JSON: the meetings an auto-add merged into, as they were before and just after, so undo restores them.
      ALTER TABLE feed_posts ADD COLUMN merged_from TEXT;
    `);
  },
};
