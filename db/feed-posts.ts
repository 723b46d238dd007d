/**
 * The feed posts the bot owes Discord: written in the transaction that read their item, then
 * claimed and sent (with a nonce made from their id, so a post half-sent before a crash is not
 * posted twice), and decided once (add, discard, undo) by whoever presses first.
 */
import type { MeetingDraft } from '../src/calendar/types.js';
import type { FeedPost, FeedPostDecision, MergedMeeting, NewFeedPost } from '../src/feeds/types.js';
import type { Db } from './connection.js';

const POST = `
  SELECT p.id, p.subscription_id AS subscriptionId, p.calendar_id AS calendarId, p.kind, p.source_id AS sourceId,
         p.positions, p.drafts, p.added, p.merged, p.merged_from AS mergedFrom, p.headline, p.link, COALESCE(f.title, f.url) AS outlet, p.failure,
         s.channel_id AS channelId, p.state, p.message_id AS messageId, p.decision, p.decided_by AS decidedBy,
         p.created_at AS createdAt, p.attempts
  FROM feed_posts p JOIN feed_subscriptions s ON s.id = p.subscription_id JOIN feeds f ON f.id = s.feed_id`;

type PostRow = Omit<FeedPost, 'positions' | 'added' | 'drafts' | 'merged' | 'mergedFrom'> & {
  merged: string | null;
  mergedFrom: string | null;
  positions: string | null;
  added: string | null;
  drafts: string | null;
};

function post(row: PostRow | undefined): FeedPost | null {
  if (!row) return null;
  return {
    ...row,
    positions: JSON.parse(row.positions ?? '[]') as number[],
    added: JSON.parse(row.added ?? '[]') as number[],
    merged: JSON.parse(row.merged ?? '[]') as number[],
    mergedFrom: JSON.parse(row.mergedFrom ?? '[]') as MergedMeeting[],
    drafts: JSON.parse(row.drafts ?? '[]') as MeetingDraft[],
  };
}

export class FeedPosts {
  private readonly statements;

  constructor(db: Db) {
    const prepare = (sql: string) => db.prepare(sql);
    this.statements = {
      add: prepare(`
        INSERT INTO feed_posts (subscription_id, calendar_id, kind, source_id, positions, drafts, added, merged, merged_from,
          headline, link, failure, created_at)
        VALUES (@subscriptionId, @calendarId, @kind, @sourceId, @positions, @drafts, @added, @merged, @mergedFrom,
          @headline, @link, @failure, @now)`),
      pending: prepare(`${POST} WHERE p.state = 'pending' AND p.next_attempt_at <= ? ORDER BY p.id LIMIT ?`),
      retry: prepare('UPDATE feed_posts SET attempts = attempts + 1, next_attempt_at = ? WHERE id = ?'),
      tellOnce: prepare('UPDATE feed_subscriptions SET posts_failure_told = 1 WHERE id = ? AND posts_failure_told = 0'),
      untold: prepare(`
        UPDATE feed_subscriptions SET posts_failure_told = 0
        WHERE posts_failure_told = 1 AND id = (SELECT subscription_id FROM feed_posts WHERE id = ?)`),
      byId: prepare(`${POST} WHERE p.id = ?`),
      forCalendar: prepare(`${POST} WHERE p.calendar_id = ? ORDER BY p.id`),
      sent: prepare("UPDATE feed_posts SET state = 'sent', message_id = ? WHERE id = ?"),
      failed: prepare("UPDATE feed_posts SET state = 'failed' WHERE id = ? AND state = 'pending'"),
      decide: prepare('UPDATE feed_posts SET decision = ?, decided_by = ? WHERE id = ? AND decision IS NULL'),
      undo: prepare(
        "UPDATE feed_posts SET decision = 'undone', decided_by = ? WHERE id = ? AND decision IS NULL AND kind = 'added'",
      ),
    };
  }

  /** Adds a post to be sent (called inside the item's transaction). */
  add(newPost: NewFeedPost, now: number): number {
    const row = {
      ...newPost,
      positions: JSON.stringify(newPost.positions),
      drafts: JSON.stringify(newPost.drafts),
      added: JSON.stringify(newPost.added),
      merged: JSON.stringify(newPost.merged ?? []),
      mergedFrom: JSON.stringify(newPost.mergedFrom ?? []),
      now,
    };
    return Number(this.statements.add.run(row).lastInsertRowid);
  }

  /** Posts due to be sent at `now` (a retry waits its time), oldest first. */
  pending(now: number, limit = 50): FeedPost[] {
    return (this.statements.pending.all(now, limit) as PostRow[]).map((r) => post(r)!);
  }

  /** A failed attempt: tried again at `at`. */
  markRetry(id: number, at: number): void {
    this.statements.retry.run(at, id);
  }

  /**
   * Whether the managers are to be told that the subscription's posts are given up: true once,
   * until one of its posts is sent again (`markSent`).
   */
  tellGivenUpOnce(subscriptionId: number): boolean {
    return this.statements.tellOnce.run(subscriptionId).changes === 1;
  }

  post(id: number): FeedPost | null {
    return post(this.statements.byId.get(id) as PostRow | undefined);
  }

  /** A calendar's posts, oldest first (tests and the terminal). */
  forCalendar(calendarId: number): FeedPost[] {
    return (this.statements.forCalendar.all(calendarId) as PostRow[]).map((r) => post(r)!);
  }

  markSent(id: number, messageId: string): void {
    this.statements.sent.run(messageId, id);
    this.statements.untold.run(id);
  }

  /** Discord refused the channel: the post is given up (the managers are told by the sender). */
  markFailed(id: number): void {
    this.statements.failed.run(id);
  }

  /** Records a decision once; false when someone decided first. */
  decide(id: number, decision: FeedPostDecision, by: string): boolean {
    if (decision === 'undone') return this.statements.undo.run(by, id).changes === 1;
    return this.statements.decide.run(decision, by, id).changes === 1;
  }
}
