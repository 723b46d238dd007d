/** What every handler is given: one calendar, "now", and how its answer will be read. */
import type { CalendarScope } from '../calendar/queries.js';
import type { Clock } from '../clock.js';
import type { DigestSettingsStore } from '../digest/types.js';
import type { EventSyncStore } from '../events-sync/types.js';
import type { CalendarFeeds } from '../ical/feed-links.js';
import type { FeedStore } from '../feeds/types.js';
import type { FollowStore } from '../follow/types.js';
import type { Locale } from '../i18n/index.js';
import type { ReminderSender } from '../reminders/deliver.js';
import type { ReminderSettingsStore } from '../reminders/types.js';
import type { View } from '../replies/meeting-view.js';
import type { Presenter } from '../replies/presenter.js';

/** Who is asking, and what they may do. The local console and the terminal may do all. */
export interface Actor {
  userId: string;
  /** Discord permission bits of the member in that channel; `null` where all is allowed. */
  permissions: bigint | null;
  /** The channel the command was given in (Discord), where a followed feed's posts go by default. */
  channelId?: string | undefined;
}

/** Reminders, where a front-end posts them: their settings, and where a test message goes. */
export interface HandlerReminders {
  store: ReminderSettingsStore;
  sender: ReminderSender;
}

export interface HandlerContext {
  actor: Actor;
  scope: CalendarScope;
  clock: Clock;
  view: View;
  /** Meetings on one page: 10 in Discord, all of them in the terminal. */
  pageSize?: number;
  /** Reminders, where this front-end posts them (the bot, the console; not the terminal). */
  reminders?: HandlerReminders | undefined;
  /** Discord Scheduled Events sync settings (the bot only). */
  events?: EventSyncStore | undefined;
  /** The weekly digest's settings (the bot only). */
  digest?: DigestSettingsStore | undefined;
  /** Calendar feeds, where the bot serves them (FEED_PORT set). */
  feeds?: CalendarFeeds | undefined;
  /** The news feeds the servers follow (where this front-end has them). */
  newsFeeds?: FeedStore | undefined;
  /** Members' follows of people and places (the bot only: they are told by direct message). */
  follows?: FollowStore | undefined;
}

/** What a front-end knows when a command comes in; the rest of a context follows from it. */
export interface ContextParts {
  scope: CalendarScope;
  clock: Clock;
  actor: Actor;
  /** The reader's language. */
  locale: Locale;
  /** How this front-end shows moments and outside text. */
  present: Presenter;
  reminders?: HandlerReminders | undefined;
  events?: EventSyncStore | undefined;
  digest?: DigestSettingsStore | undefined;
  feeds?: CalendarFeeds | undefined;
  pageSize?: number | undefined;
  newsFeeds?: FeedStore | undefined;
  follows?: FollowStore | undefined;
}

/**
 * The one way a front-end (the Discord router, the terminal, the local console) makes the
 * context its handlers run in.
 */
export function makeContext(parts: ContextParts): HandlerContext {
  const { scope, clock, actor, locale, present, reminders, events, digest, feeds, newsFeeds, follows, pageSize } =
    parts;
  return {
    scope,
    clock,
    view: { locale, present, now: clock.now() },
    actor,
    ...(reminders ? { reminders } : {}),
    ...(events ? { events } : {}),
    ...(digest ? { digest } : {}),
    ...(feeds ? { feeds } : {}),
    ...(newsFeeds ? { newsFeeds } : {}),
    ...(follows ? { follows } : {}),
    ...(pageSize !== undefined ? { pageSize } : {}),
  };
}

/** The actor off Discord (the terminal, the local console): whoever runs it may do all. */
export function localActor(userId: string): Actor {
  return { userId, permissions: null };
}
