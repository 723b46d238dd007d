/**
 * Calendar feeds, when FEED_PORT is set: the feed server started with the bot, answering each
 * token with its calendar's meetings, and the links `/calendar ical-link` shows.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { FeedTokens } from '../../db/feed-tokens.js';
import type { App } from '../app.js';
import type { CalendarStore } from '../calendar/store.js';
import { withDateStyle } from '../i18n/date-style.js';
import type { Logger } from '../logger.js';
import { calendarFileInSteps } from './calendar-file.js';
import type { CalendarFeeds, FeedTokenStore } from './feed-links.js';
import { feedBodyInSteps, startFeedServer, type FeedBody, type FeedServer } from './feed-server.js';

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
/** The far past and future: a feed holds every meeting. */
const FAR = 8.64e15;
/** Meeting numbers read in one step (each step reads the pages before it again: few and large). */
const NUMBERS_PER_STEP = 1_000;

/**
 * The feeds made last, by calendar, with the version they were made from. Calendar programs
 * fetch again every hour or so; an unchanged calendar then costs one query, not the making of
 * its whole file. A feed is made a page of meetings at a time (calendarFileInSteps), so the
 * bot goes on while a large one is made; requests for a feed being made wait for that one.
 */
export class FeedCache {
  private readonly feeds = new Map<number, { version: string; body: Promise<FeedBody> }>();

  constructor(private readonly sources: FeedSources) {}

  /** The feed of the calendar a token opens, every meeting of it, in its language; null for any other token. */
  feedOf(token: string): Promise<FeedBody> | null {
    const calendarId = this.sources.tokens.calendarOf(token);
    if (calendarId === null) return null;
    const version = this.sources.versionOf(calendarId);
    const cached = this.feeds.get(calendarId);
    this.feeds.delete(calendarId);
    const body = cached?.version === version ? cached.body : this.make(calendarId);
    const kept = { version, body };
    this.feeds.set(calendarId, kept);
    // A feed that could not be made is not kept: the next request tries again.
    body.catch(() => {
      if (this.feeds.get(calendarId) === kept) this.feeds.delete(calendarId);
    });
    if (this.feeds.size > CACHED_CALENDARS) this.feeds.delete(this.feeds.keys().next().value!);
    return body;
  }

  private async make(calendarId: number): Promise<FeedBody> {
    const store = this.sources.storeOf(calendarId);
    const calendar = store.calendarRef();
    const numbers = await allMeetingNumbers(store);
    // The server's date style holds across the steps (AsyncLocalStorage follows the awaits).
    const parts = await withDateStyle(calendar.dateStyle, () =>
      calendarFileInSteps(numbers, (some) => store.meetings(some), {
        locale: calendar.locale ?? 'en',
        refreshSeconds: FEED_REFRESH_SECONDS,
      }),
    );
    return feedBodyInSteps(parts);
  }
}

/**
 * Every meeting of a calendar, past ones too (a calendar program keeps what it was given, and
 * removes what a feed leaves out), in listing order, read a few thousand at a time with the
 * event loop let run between: one read of 10,000 took 0.16 s on a busy machine.
 */
async function allMeetingNumbers(store: CalendarStore): Promise<number[]> {
  const numbers: number[] = [];
  for (let offset = 0; ; offset += NUMBERS_PER_STEP) {
    if (offset > 0) await nextTurn();
    const page = store.meetingsIn(-FAR, FAR, { offset, limit: NUMBERS_PER_STEP });
    for (const meeting of page) numbers.push(meeting.number);
    if (page.length < NUMBERS_PER_STEP) return numbers;
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
