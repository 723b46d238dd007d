/** The parts every front-end shares: the database, the calendars, the clock. */
import { openDatabase, type Db } from '../db/connection.js';
import { ReminderRepository } from '../db/reminder-repository.js';
import { Calendars } from './calendars.js';
import { RunningClock, systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';

export interface App {
  db: Db;
  calendars: Calendars;
  reminders: ReminderRepository;
  clock: Clock;
  config: Config;
  close(): void;
}

/** Opens the database and makes the calendars; `DIWAN_NOW` starts a running clock there. */
export function createApp(config: Config, clock?: Clock): App {
  const db = openDatabase(config.DATABASE_PATH);
  const appClock = clock ?? (config.DIWAN_NOW !== undefined ? new RunningClock(config.DIWAN_NOW) : systemClock);
  const calendars = new Calendars(db, appClock, { seed: config.SEED_CALENDAR, timezone: config.DEFAULT_TIMEZONE });
  return { db, calendars, reminders: new ReminderRepository(db), clock: appClock, config, close: () => db.close() };
}
