/**
 * Start-up wiring, shared by every front-end: the database opened, the calendars (one per
 * server, one for the terminal, each made and seeded on first use), the reminders, the clock.
 */
import { CalendarRepository, type CalendarRow } from '../db/calendar-repository.js';
import { dateStyleOf } from '../db/calendar-store.js';
import { checkpoint, openDatabase, writeTransaction, type Db } from '../db/connection.js';
import { FeedRepository } from '../db/feed-repository.js';
import { FollowNotices } from '../db/follow-notices.js';
import { FollowRepository } from '../db/follows.js';
import { HandledInteractions } from '../db/handled-interactions.js';
import { ReminderRepository } from '../db/reminder-repository.js';
import { DigestRepository } from '../db/digest-repository.js';
import { ScheduledEventRepository } from '../db/scheduled-event-repository.js';
import { seedCalendar } from '../db/seed/load-seed.js';
import type { CalendarScope } from './calendar/queries.js';
import { RunningClock, systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';

export interface App {
  db: Db;
  calendars: Calendars;
  reminders: ReminderRepository;
  /** Discord Scheduled Events sync: each server's choice, and the map of meetings to events. */
  events: ScheduledEventRepository;
  /** The weekly digest: each server's choice, and each week's message. */
  digest: DigestRepository;
  /** Discord interactions whose effects are done: each is applied once, whichever process gets it. */
  interactions: HandledInteractions;
  /** Members' follows of people and places; told of every meeting written, in any calendar. */
  follows: FollowRepository;
  /** The direct messages owed to followers. */
  followNotices: FollowNotices;
  clock: Clock;
  config: Config;
  /** The feeds the servers follow; made on first use (a calendar question never needs it). */
  feedStore(): FeedRepository;
  close(): void;
}

/** Opens the database and makes the calendars; `DIWAN_NOW` starts a running clock there. */
export function createApp(config: Config, clock?: Clock): App {
  const db = openDatabase(config.DATABASE_PATH);
  const appClock = clock ?? (config.DIWAN_NOW !== undefined ? new RunningClock(config.DIWAN_NOW) : systemClock);
  const calendars = new Calendars(db, appClock, { seed: config.SEED_CALENDAR, timezone: config.DEFAULT_TIMEZONE });
  let feeds: FeedRepository | undefined;
  const follows = new FollowRepository(db);
  calendars.repository.watchMeetings(follows);
  return {
    db,
    calendars,
    reminders: new ReminderRepository(db),
    events: new ScheduledEventRepository(db),
    digest: new DigestRepository(db),
    interactions: new HandledInteractions(db),
    follows,
    followNotices: new FollowNotices(db),
    clock: appClock,
    config,
    feedStore: () => (feeds ??= new FeedRepository(db)),
    close: () => db.close(),
  };
}

const LOCAL_CALENDAR_KEY = 'local';

export interface CalendarsOptions {
  /** Load the seed article's meetings into each new calendar. */
  seed: boolean;
  /** The zone of a new calendar (for meetings whose place has none). */
  timezone: string;
}

/** Finding a front-end's calendar: one per server, one for the terminal, each made on first use. */
export class Calendars {
  readonly repository: CalendarRepository;

  constructor(
    readonly db: Db,
    private readonly clock: Clock,
    private readonly options: CalendarsOptions,
  ) {
    this.repository = new CalendarRepository(db);
  }

  /** The terminal's own calendar. */
  local(): CalendarScope {
    return this.open(LOCAL_CALENDAR_KEY, null);
  }

  /** A server's calendar: nothing of one server is visible from another. */
  forGuild(guildId: string): CalendarScope {
    return this.open(`guild:${guildId}`, guildId);
  }

  /**
   * A calendar as it is; made and seeded (one transaction: never half-seeded) only when it
   * does not exist yet. Reads never write: a question needs no write lock, and a read-only
   * database file still answers.
   */
  private open(key: string, guildId: string | null): CalendarScope {
    const calendar = this.repository.calendarByKey(key) ?? this.create(key, guildId);
    return {
      store: this.repository.forCalendar(calendar.id),
      calendar: {
        id: calendar.id,
        timezone: calendar.timezone,
        locale: calendar.locale,
        weekStart: calendar.weekStart,
        dateStyle: dateStyleOf(calendar),
      },
    };
  }

  /** Makes a calendar and seeds it, then checkpoints: a new calendar never lives in the WAL alone. */
  private create(key: string, guildId: string | null): CalendarRow {
    const now = this.clock.now();
    const calendar = writeTransaction(this.db, () => {
      const found = this.repository.calendar(key, { guildId, timezone: this.options.timezone, now });
      if (found.created && this.options.seed) seedCalendar(this.repository, found, now);
      return found;
    });
    if (calendar.created) checkpoint(this.db);
    return calendar;
  }
}
