import type { Migration } from './migration.js';

/**
 * News feeds a server follows. A feed (one url) is fetched once however many servers follow
 * it; each server's subscription has its own mode, review channel and memory of the items it
 * read (by GUID and by url), and the posts it owes Discord (review posts, "added from" posts,
 * failure notices) wait in an outbox written in the same transaction as the item and its article.
 */
export const newsFeeds: Migration = {
  version: 12,
  name: 'news-feeds',
  up(db) {
    db.exec(`
      CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT,
        etag TEXT,
        last_modified TEXT,
        failures INTEGER NOT NULL DEFAULT 0,   -- failed polls in a row
        failure TEXT,                          -- why the last poll failed; NULL when it worked
        gone INTEGER NOT NULL DEFAULT 0,       -- 410: never polled again
        next_poll_at INTEGER NOT NULL,
        polled_at INTEGER,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX feeds_due ON feeds(next_poll_at) WHERE gone = 0;

      CREATE TABLE feed_subscriptions (
        id INTEGER PRIMARY KEY,
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        calendar_id INTEGER NOT NULL REFERENCES calendars(id) ON DELETE CASCADE,
        language TEXT CHECK (language IN ('ar', 'en')),  -- NULL: detected per article
        channel_id TEXT,                       -- where review posts go (a snowflake)
        mode TEXT NOT NULL DEFAULT 'review' CHECK (mode IN ('review', 'auto')),
        paused INTEGER NOT NULL DEFAULT 0,
        failure_told TEXT,                     -- the failure the managers were told of: told once
        read_at INTEGER,                       -- first poll done: older items are not read
        created_by TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        UNIQUE (calendar_id, feed_id)
      );
      CREATE INDEX feed_subscriptions_by_feed ON feed_subscriptions(feed_id);

      CREATE TABLE feed_items (
        subscription_id INTEGER NOT NULL REFERENCES feed_subscriptions(id) ON DELETE CASCADE,
        guid TEXT NOT NULL,
        url TEXT,
        source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
        read_at INTEGER NOT NULL,
        PRIMARY KEY (subscription_id, guid)
      ) WITHOUT ROWID;
      CREATE INDEX feed_items_by_url ON feed_items(subscription_id, url) WHERE url IS NOT NULL;

      CREATE TABLE feed_posts (
        id INTEGER PRIMARY KEY,
        subscription_id INTEGER NOT NULL REFERENCES feed_subscriptions(id) ON DELETE CASCADE,
        calendar_id INTEGER NOT NULL REFERENCES calendars(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('review', 'added', 'failure')),
        source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,  -- a discarded article goes, its post stays
        positions TEXT,                        -- JSON: the article's meetings this post is about
        drafts TEXT,                           -- JSON: those meetings as read, for the post's view
        added TEXT,                            -- JSON: meeting numbers added at once (auto), for undo
        merged TEXT,                           -- JSON: meetings the calendar had, merged with the article's (auto)
        headline TEXT,
        link TEXT,
        failure TEXT,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
        message_id TEXT,
        decision TEXT,                         -- 'added', 'discarded', 'undone'
        decided_by TEXT,
        created_at INTEGER NOT NULL
      );
      -- /settings import-threshold: the confidence at which a feed in auto mode adds a meeting unasked.
      ALTER TABLE calendars ADD COLUMN import_threshold REAL NOT NULL DEFAULT 0.8
        CHECK (import_threshold > 0 AND import_threshold <= 1);
      CREATE INDEX feed_posts_pending ON feed_posts(state) WHERE state = 'pending';
    `);
  },
};
