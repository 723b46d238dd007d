/**
 * Calendar feeds, when FEED_PORT is set: the feed server started with the bot, answering each
 * token with its calendar's meetings, and the links `/calendar feed` shows.
 */
import { FeedTokens } from '../../db/feed-tokens.js';
import type { App } from '../app.js';
import type { CalendarStore } from '../calendar/store.js';
import type { Logger } from '../logger.js';
import { calendarFile } from './calendar-file.js';
import { meetingsToExport } from './export-selection.js';
import type { CalendarFeeds, FeedTokenStore } from './feed-links.js';
import { startFeedServer, type FeedServer } from './feed-server.js';

/** What a subscribed program is told about how often to fetch again (X-PUBLISHED-TTL, REFRESH-INTERVAL). */
const FEED_REFRESH_SECONDS = 3600;

/** What a feed is read from. */
export interface FeedSources {
  tokens: FeedTokenStore;
  storeOf(calendarId: number): CalendarStore;
  now(): number;
}

/** The iCalendar text of the calendar a token opens, every meeting of it, in its language; null for any other token. */
export function feedOfToken(token: string, sources: FeedSources): string | null {
  const calendarId = sources.tokens.calendarOf(token);
  if (calendarId === null) return null;
  const store = sources.storeOf(calendarId);
  const calendar = store.calendarRef();
  const meetings = meetingsToExport({ store, calendar }, {}, sources.now());
  return calendarFile(meetings, { locale: calendar.locale ?? 'en', refreshSeconds: FEED_REFRESH_SECONDS });
}

/** The running feeds: the server to stop with the bot, and what `/calendar feed` needs. */
export interface RunningFeeds {
  server: FeedServer;
  feeds: CalendarFeeds;
}

/** Starts the feed server when FEED_PORT is set (else null), on FEED_HOST; links point at FEED_PUBLIC_URL. */
export async function startCalendarFeeds(app: App, logger: Logger): Promise<RunningFeeds | null> {
  const { FEED_PORT: port, FEED_HOST: host, FEED_PUBLIC_URL: publicUrl } = app.config;
  if (port === undefined) return null;
  const tokens = new FeedTokens(app.db);
  const sources: FeedSources = {
    tokens,
    storeOf: (calendarId) => app.calendars.repository.forCalendar(calendarId),
    now: () => app.clock.now(),
  };
  const server = await startFeedServer({ host, port, logger, calendarOf: (token) => feedOfToken(token, sources) });
  logger.info('calendar feeds listening', { at: server.url, links: publicUrl ?? server.url });
  return { server, feeds: { publicUrl: publicUrl ?? server.url, tokens } };
}
