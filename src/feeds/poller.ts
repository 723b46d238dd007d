/**
 * A poll: every due feed fetched once (conditional GET), however many servers follow it; each
 * following server reads the items new to it. The feed's validators are saved only after its
 * items are read, so a poll cut short (a crash, a stop) fetches the whole feed again next time
 * and finds the items it recorded already.
 */
import type { Logger } from '../logger.js';
import type { FeedRepository } from '../../db/feed-repository.js';
import { pageMainText, htmlToText } from './article-text.js';
import { nextAfterFailure, nextAfterSuccess, POLL_EVERY_MS } from './backoff.js';
import { feedFailure } from './failures.js';
import type { GuardedFetch } from './fetch.js';
import { ingestItem, type IngestDeps, type ReadItem } from './ingest.js';
import { parseFeed, type FeedItem } from './parse.js';
import type { Feed, FeedFailure, Subscription } from './types.js';

/** Full content shorter than this is a teaser: the linked page is read instead. */
const FULL_TEXT_CHARS = 250;
/** A new subscription reads items of the last two days; older ones are only remembered. */
const BACKLOG_MS = 2 * 86_400_000;

export interface PollerDeps extends IngestDeps {
  feeds: FeedRepository;
  fetch: GuardedFetch;
  now(): number;
  logger: Logger;
  /** The managers of these subscriptions' servers are to be told the feed fails (posts are written). */
  failing?(feed: Feed, failure: FeedFailure, untold: { id: number; calendarId: number }[]): void;
  everyMs?: number;
}

export interface PollReport {
  feeds: number;
  unchanged: number;
  failed: number;
  items: number;
  meetings: number;
}

export class FeedPoller {
  private stopping = false;

  constructor(private readonly deps: PollerDeps) {}

  /** Polls every feed due now, one after another. */
  async pollDue(): Promise<PollReport> {
    const report: PollReport = { feeds: 0, unchanged: 0, failed: 0, items: 0, meetings: 0 };
    for (const feed of this.deps.feeds.dueFeeds(this.deps.now())) {
      if (this.stopping) break;
      await this.pollFeed(feed, report);
    }
    return report;
  }

  /** Stops between items: what was read is committed, the rest waits for the next poll. */
  stop(): void {
    this.stopping = true;
  }

  /** Polls one feed now, whether due or not (`meetings feeds poll`). */
  async pollFeed(feed: Feed, report: PollReport = { feeds: 0, unchanged: 0, failed: 0, items: 0, meetings: 0 }) {
    const { feeds, fetch, now } = this.deps;
    const every = this.deps.everyMs ?? POLL_EVERY_MS;
    report.feeds++;
    const started = performance.now();
    try {
      const result = await fetch(feed.url, 'feed', feed);
      if (result.status === 'not-modified') {
        report.unchanged++;
        feeds.polled(feed.id, feed, nextAfterSuccess(now(), performance.now() - started, every), now());
        return report;
      }
      const parsed = parseFeed(result.body, result.url);
      const pages = new Map<string, Promise<string | null>>();
      for (const sub of feeds.activeSubscriptions(feed.id)) {
        if (this.stopping) return report;
        // A feed's first poll: its title names the outlet from the first post on.
        await this.readItems({ ...sub, title: sub.title ?? parsed.title }, parsed.items, pages, report);
      }
      if (this.stopping) return report; // not every item read: no validators, the next poll fetches it all
      const validators = { etag: result.etag, lastModified: result.lastModified, title: parsed.title };
      feeds.polled(feed.id, validators, nextAfterSuccess(now(), performance.now() - started, every), now());
    } catch (error) {
      const failure = feedFailure(error);
      report.failed++;
      const gone = failure === 'gone';
      const failures = feed.failures + 1;
      const { untold } = feeds.failed(feed.id, failure, gone, nextAfterFailure(now(), failures, every), now());
      this.deps.logger.warn('feed poll failed', { feed: feed.url, failure, failures });
      if (untold.length > 0) this.deps.failing?.(feed, failure, untold);
    }
    return report;
  }

  /** The items a subscription has not read, oldest first; a new subscription skips the backlog. */
  private async readItems(
    sub: Subscription,
    items: FeedItem[],
    pages: Map<string, Promise<string | null>>,
    report: PollReport,
  ): Promise<void> {
    const { feeds, now } = this.deps;
    const fresh = items.filter((item) => !feeds.seen(sub.id, item.guid, item.url));
    const ordered = fresh.sort((a, b) => (a.published ?? 0) - (b.published ?? 0));
    for (const item of ordered) {
      if (this.stopping) return;
      const old = sub.readAt === null && item.published !== null && item.published < now() - BACKLOG_MS;
      const text = old ? null : await this.textOf(item, pages);
      if (this.stopping) return; // stopped while the page was fetched: the item waits for the next poll
      if (text === null) {
        feeds.recordItem(sub.id, item, null, now());
        continue;
      }
      const read: ReadItem = { ...item, text };
      const outcome = ingestItem(this.deps, sub, read, now());
      if (!outcome) continue;
      report.items++;
      report.meetings += outcome.meetings;
    }
    feeds.markRead(sub.id, now());
  }

  /** An item's words: its full content, else its page's main text (fetched once per poll), else its summary. */
  private async textOf(item: FeedItem, pages: Map<string, Promise<string | null>>): Promise<string | null> {
    const content = item.content ? htmlToText(item.content) : '';
    if (item.full && content.length >= FULL_TEXT_CHARS) return content;
    if (item.url) {
      const url = item.url;
      let page = pages.get(url);
      if (!page) {
        page = this.pageText(url);
        pages.set(url, page);
      }
      const text = await page;
      if (text) return text;
    }
    const fallback = [item.title ?? '', content].filter(Boolean).join('\n\n');
    return fallback || null;
  }

  private async pageText(url: string): Promise<string | null> {
    try {
      const page = await this.deps.fetch(url, 'page');
      return page.status === 'ok' ? pageMainText(page.body, page.url) : null;
    } catch (error) {
      this.deps.logger.warn('article page not read', {
        url,
        error: error instanceof Error ? error.message : String(error),
      });
      return null;
    }
  }
}
