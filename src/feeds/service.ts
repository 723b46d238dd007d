/**
 * Feeds wired together for a front-end: the stores, the guarded fetch, the poller, and the
 * failure notices written into the posts' outbox.
 */
import type { Calendars } from '../app.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { FeedPosts } from '../../db/feed-posts.js';
import { FeedRepository } from '../../db/feed-repository.js';
import type { CalendarScope } from '../calendar/queries.js';
import { guardedFetcher, type GuardedFetch } from './fetch.js';
import { FeedPoller } from './poller.js';

export interface FeedServiceOptions {
  calendars: Calendars;
  clock: Clock;
  logger: Logger;
  allowPrivate: boolean;
  /** Tests give their own (a resolver, a short timeout). */
  fetch?: GuardedFetch;
  /** The app's feed store, when it has one already. */
  feeds?: FeedRepository;
}

export class FeedService {
  readonly feeds: FeedRepository;
  readonly posts: FeedPosts;
  readonly poller: FeedPoller;

  constructor(private readonly options: FeedServiceOptions) {
    const { calendars, clock, logger } = options;
    this.feeds = options.feeds ?? new FeedRepository(calendars.db);
    this.posts = this.feeds.posts;
    this.poller = new FeedPoller({
      feeds: this.feeds,
      posts: this.posts,
      fetch: options.fetch ?? guardedFetcher({ allowPrivate: options.allowPrivate }),
      now: () => clock.now(),
      logger,
      scopeOf: (calendarId) => this.scopeOf(calendarId),
      thresholdOf: (calendarId) => this.feeds.threshold(calendarId),
      failing: (_feed, failure, untold) => {
        for (const sub of untold) {
          this.posts.add(
            {
              subscriptionId: sub.id,
              calendarId: sub.calendarId,
              kind: 'failure',
              sourceId: null,
              positions: [],
              drafts: [],
              added: [],
              headline: null,
              link: null,
              failure,
            },
            clock.now(),
          );
        }
      },
    });
  }

  /** A calendar by its id. */
  scopeOf(calendarId: number): CalendarScope {
    const store = this.options.calendars.repository.forCalendar(calendarId);
    return { store, calendar: store.calendarRef() };
  }
}
