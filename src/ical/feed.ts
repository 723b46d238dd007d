/**
 * Calendar feeds, when FEED_PORT is set: the feed server started with the bot, answering each
 * token with its calendar's meetings, and the links `/calendar ical-link` shows.
 */
import { FeedTokens } from '../../db/feed-tokens.js';
import type { App } from '../app.js';
import type { CalendarStore } from '../calendar/store.js';
import { withDateStyle } from '../i18n/date-style.js';
import type { Logger } from '../logger.js';
import { calendarFile } from './calendar-file.js';
import { meetingsToExport } from './export-selection.js';
import type { CalendarFeeds, FeedTokenStore } from './feed-links.js';
import { etagOf, startFeedServer, type FeedBody, type FeedServer } from './feed-server.js';

/** What a subscribed program is told about how often to fetch again (X-PUBLISHED-TTL, REFRESH-INTERVAL). */
const FEED_REFRESH_SECONDS = 3600;

/** What a feed is read from. */
export interface FeedSources {
  tokens: FeedTokenStore;
  storeOf(calendarId: number): CalendarStore;
  /** A fingerprint of what a calendar's feed shows (db/feed-tokens.ts). */
  versionOf(calendarId: number): string;
}

/** How many calendars' last feeds are kept. */
const CACHED_CALENDARS = 32;

/**
 * The feeds made last, by calendar, with the version they were made from. Calendar programs
 * fetch again every hour or so; an unchanged calendar then costs one query, not the making of
 * its whole file (1.3 s for 3,000 meetings on a busy machine).
 */
export class FeedCache {
  private readonly feeds = new Map<number, { version: string; body: FeedBody }>();

  constructor(private readonly sources: FeedSources) {}

  /** The feed of the calendar a token opens, every meeting of it, in its language; null for any other token. */
  feedOf(token: string): FeedBody | null {
    const calendarId = this.sources.tokens.calendarOf(token);
    if (calendarId === null) return null;
    const version = this.sources.versionOf(calendarId);
    const cached = this.feeds.get(calendarId);
    this.feeds.delete(calendarId);
    const body = cached?.version === version ? cached.body : this.make(calendarId);
    this.feeds.set(calendarId, { version, body });
    if (this.feeds.size > CACHED_CALENDARS) this.feeds.delete(this.feeds.keys().next().value!);
    return body;
  }

  private make(calendarId: number): FeedBody {
    const store = this.sources.storeOf(calendarId);
    const calendar = store.calendarRef();
    // All of them, past ones too: a calendar program keeps what it was given, and removes what a feed leaves out.
    const meetings = meetingsToExport({ store, calendar }, {}, 0);
    const text = withDateStyle(calendar.dateStyle, () =>
      calendarFile(meetings, { locale: calendar.locale ?? 'en', refreshSeconds: FEED_REFRESH_SECONDS }),
    );
    return { text, etag: etagOf(text) };
  }
}

/** The running feeds: the server to stop with the bot, and what `/calendar ical-link` needs. */
export interface RunningFeeds {
  server: FeedServer;
  feeds: CalendarFeeds;
}

/** Starts the feed server when FEED_PORT is set (else null), on FEED_HOST; links point at FEED_PUBLIC_URL. */
export async function startCalendarFeeds(app: App, logger: Logger): Promise<RunningFeeds | null> {
  const { FEED_PORT: port, FEED_HOST: host, FEED_PUBLIC_URL: publicUrl } = app.config;
  if (port === undefined) return null;
  const tokens = new FeedTokens(app.db);
  const cache = new FeedCache({
    tokens,
    storeOf: (calendarId) => app.calendars.repository.forCalendar(calendarId),
    versionOf: (calendarId) => tokens.calendarVersion(calendarId),
  });
  const server = await startFeedServer({ host, port, logger, calendarOf: (token) => cache.feedOf(token) });
  logger.info('calendar feeds listening', { at: server.url, links: publicUrl ?? server.url });
  return { server, feeds: { publicUrl: publicUrl ?? server.url, tokens } };
}
