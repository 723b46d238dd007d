/**
 * Feeds, the servers' subscriptions and the items each has read. Statements prepared once;
 * rows come back as the types of src/feeds/types.ts.
 */
import { UserError } from '../src/errors.js';
import {
  MAX_FEEDS_PER_SERVER,
  type Feed,
  type FeedPost,
  type FeedPostDecision,
  type FeedStore,
  type FeedFailure,
  type Subscription,
  type SubscriptionRequest,
} from '../src/feeds/types.js';
import { writeTransaction, type Db } from './connection.js';
import { FeedPosts } from './feed-posts.js';

const SUBSCRIPTION = `
  SELECT s.id, s.feed_id AS feedId, s.calendar_id AS calendarId, f.url, f.title, s.language,
         s.channel_id AS channelId, s.mode, s.paused, s.failure_told AS failureTold, s.read_at AS readAt,
         f.failure, f.gone, f.next_poll_at AS nextPollAt
  FROM feed_subscriptions s JOIN feeds f ON f.id = s.feed_id`;
const FEED = `
  SELECT id, url, title, etag, last_modified AS lastModified, failures, failure, gone, next_poll_at AS nextPollAt
  FROM feeds`;

type Row<T> = Omit<T, 'paused' | 'gone'> & { paused?: number; gone: number };

function subscription(row: Row<Subscription> | undefined): Subscription | null {
  return row ? { ...row, paused: row.paused === 1, gone: row.gone === 1 } : null;
}

function feed(row: Row<Feed>): Feed {
  return { ...row, gone: row.gone === 1 };
}

export class FeedRepository implements FeedStore {
  private readonly statements;

  /** The posts the feeds owe Discord. */
  readonly posts: FeedPosts;

  constructor(private readonly db: Db) {
    this.posts = new FeedPosts(db);
    const prepare = (sql: string) => db.prepare(sql);
    this.statements = {
      addFeed: prepare(`
        INSERT INTO feeds (url, next_poll_at, created_at) VALUES (?, ?, ?)
        ON CONFLICT (url) DO UPDATE SET gone = 0, failures = 0, failure = NULL, next_poll_at = MIN(next_poll_at, excluded.next_poll_at)
          WHERE gone = 1
        RETURNING id`),
      feedByUrl: prepare('SELECT id FROM feeds WHERE url = ?'),
      countFor: prepare('SELECT count(*) AS n FROM feed_subscriptions WHERE calendar_id = ?'),
      subscribe: prepare(`
        INSERT INTO feed_subscriptions (feed_id, calendar_id, language, channel_id, mode, created_by, created_at)
        VALUES (@feedId, @calendarId, @language, @channelId, @mode, @by, @now)
        ON CONFLICT (calendar_id, feed_id) DO UPDATE SET language = excluded.language,
          channel_id = excluded.channel_id, mode = excluded.mode, paused = 0`),
      subscriptions: prepare(`${SUBSCRIPTION} WHERE s.calendar_id = ? ORDER BY s.id`),
      subscriptionByUrl: prepare(`${SUBSCRIPTION} WHERE s.calendar_id = ? AND f.url = ?`),
      subscriptionById: prepare(`${SUBSCRIPTION} WHERE s.id = ?`),
      active: prepare(`${SUBSCRIPTION} WHERE s.feed_id = ? AND s.paused = 0 ORDER BY s.id`),
      unsubscribe: prepare('DELETE FROM feed_subscriptions WHERE id = ?'),
      dropOrphan: prepare(
        'DELETE FROM feeds WHERE id = ? AND NOT EXISTS (SELECT 1 FROM feed_subscriptions WHERE feed_id = ?)',
      ),
      pause: prepare('UPDATE feed_subscriptions SET paused = ? WHERE id = ?'),
      due: prepare(`${FEED} WHERE gone = 0 AND next_poll_at <= ?
        AND EXISTS (SELECT 1 FROM feed_subscriptions s WHERE s.feed_id = feeds.id AND s.paused = 0)
        ORDER BY next_poll_at LIMIT ?`),
      feedById: prepare(`${FEED} WHERE id = ?`),
      allFeeds: prepare(`${FEED} ORDER BY id`),
      polled: prepare(`
        UPDATE feeds SET etag = @etag, last_modified = @lastModified, title = COALESCE(@title, title), failures = 0,
          failure = NULL, next_poll_at = @next, polled_at = @now WHERE id = @id`),
      recovered: prepare('UPDATE feed_subscriptions SET failure_told = NULL WHERE feed_id = ?'),
      failed: prepare(`
        UPDATE feeds SET failures = failures + 1, failure = @failure, gone = @gone, next_poll_at = @next, polled_at = @now
        WHERE id = @id RETURNING failures`),
      tell: prepare(`
        UPDATE feed_subscriptions SET failure_told = @failure
        WHERE feed_id = @feedId AND paused = 0 AND failure_told IS NULL RETURNING id, calendar_id AS calendarId`),
      seenGuid: prepare('SELECT 1 FROM feed_items WHERE subscription_id = ? AND guid = ?'),
      seenUrl: prepare('SELECT 1 FROM feed_items WHERE subscription_id = ? AND url = ?'),
      recordItem: prepare(`
        INSERT INTO feed_items (subscription_id, guid, url, source_id, read_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT DO NOTHING`),
      threshold: prepare('SELECT import_threshold AS t FROM calendars WHERE id = ?'),
      setThreshold: prepare('UPDATE calendars SET import_threshold = ? WHERE id = ?'),
      markRead: prepare('UPDATE feed_subscriptions SET read_at = ? WHERE id = ? AND read_at IS NULL'),
    };
  }

  /**
   * A server follows a feed (or changes how it does); refused past 50 feeds per server.
   * One transaction: two managers adding at once never take a server past the limit.
   */
  subscribe(request: SubscriptionRequest, now: number): { subscription: Subscription; created: boolean } {
    return writeTransaction(this.db, () => {
      const before = this.subscriptionByUrl(request.calendarId, request.url);
      if (!before && (this.statements.countFor.get(request.calendarId) as { n: number }).n >= MAX_FEEDS_PER_SERVER)
        throw new UserError('tooManyFeeds', MAX_FEEDS_PER_SERVER);
      const added = this.statements.addFeed.get(request.url, now, now) as { id: number } | undefined;
      const feedId = added?.id ?? (this.statements.feedByUrl.get(request.url) as { id: number }).id;
      this.statements.subscribe.run({ ...request, feedId, now });
      return { subscription: this.subscriptionByUrl(request.calendarId, request.url)!, created: !before };
    });
  }

  subscriptions(calendarId: number): Subscription[] {
    return (this.statements.subscriptions.all(calendarId) as Row<Subscription>[]).map((r) => subscription(r)!);
  }

  subscriptionByUrl(calendarId: number, url: string): Subscription | null {
    return subscription(this.statements.subscriptionByUrl.get(calendarId, url) as Row<Subscription> | undefined);
  }

  subscriptionById(id: number): Subscription | null {
    return subscription(this.statements.subscriptionById.get(id) as Row<Subscription> | undefined);
  }

  /** A server stops following a feed; the feed goes when no server follows it. */
  unsubscribe(sub: Subscription): void {
    writeTransaction(this.db, () => {
      this.statements.unsubscribe.run(sub.id);
      this.statements.dropOrphan.run(sub.feedId, sub.feedId);
    });
  }

  setPaused(sub: Subscription, paused: boolean): void {
    this.statements.pause.run(paused ? 1 : 0, sub.id);
  }

  /** Feeds due for a poll that at least one server follows and has not paused, the longest waiting first. */
  dueFeeds(now: number, limit = 200): Feed[] {
    return (this.statements.due.all(now, limit) as Row<Feed>[]).map(feed);
  }

  feed(id: number): Feed | null {
    const row = this.statements.feedById.get(id) as Row<Feed> | undefined;
    return row ? feed(row) : null;
  }

  allFeeds(): Feed[] {
    return (this.statements.allFeeds.all() as Row<Feed>[]).map(feed);
  }

  /** The subscriptions of a feed that are not paused. */
  activeSubscriptions(feedId: number): Subscription[] {
    return (this.statements.active.all(feedId) as Row<Subscription>[]).map((r) => subscription(r)!);
  }

  /** A poll that worked: the validators for the next conditional GET, the failures forgotten. */
  polled(
    feedId: number,
    fields: { etag: string | null; lastModified: string | null; title: string | null },
    next: number,
    now: number,
  ): void {
    writeTransaction(this.db, () => {
      this.statements.polled.run({ ...fields, id: feedId, next, now });
      this.statements.recovered.run(feedId);
    });
  }

  /**
   * A poll that failed: counted, next poll at `next` (never, for a gone feed); the
   * subscriptions whose managers were not told of this failure yet (they are now marked told).
   */
  failed(
    feedId: number,
    failure: FeedFailure,
    gone: boolean,
    next: number,
    now: number,
  ): { failures: number; untold: { id: number; calendarId: number }[] } {
    return writeTransaction(this.db, () => {
      const { failures } = this.statements.failed.get({ id: feedId, failure, gone: gone ? 1 : 0, next, now }) as {
        failures: number;
      };
      const untold = this.statements.tell.all({ feedId, failure }) as { id: number; calendarId: number }[];
      return { failures, untold };
    });
  }

  /** Whether a subscription has read this item before, by its GUID or by its url. */
  seen(subscriptionId: number, guid: string, url: string | null): boolean {
    return (
      this.statements.seenGuid.get(subscriptionId, guid) !== undefined ||
      (url !== null && this.statements.seenUrl.get(subscriptionId, url) !== undefined)
    );
  }

  /** Remembers an item as read (inside the transaction that stores its article and posts). */
  recordItem(
    subscriptionId: number,
    item: { guid: string; url: string | null },
    sourceId: number | null,
    now: number,
  ): void {
    this.statements.recordItem.run(subscriptionId, item.guid, item.url, sourceId, now);
  }

  /** The subscription's first poll is done: from now on every new item is read. */
  markRead(subscriptionId: number, now: number): void {
    this.statements.markRead.run(now, subscriptionId);
  }

  /** The confidence at or above which a feed in auto mode adds a meeting without asking (`/settings import-threshold`). */
  threshold(calendarId: number): number {
    return (this.statements.threshold.get(calendarId) as { t: number } | undefined)?.t ?? 0.8;
  }

  setThreshold(calendarId: number, threshold: number): void {
    this.statements.setThreshold.run(threshold, calendarId);
  }

  post(id: number): FeedPost | null {
    return this.posts.post(id);
  }

  decide(id: number, decision: FeedPostDecision, by: string): boolean {
    return this.posts.decide(id, decision, by);
  }
}
