/**
 * The calendars in SQLite: one per server and one for the terminal, found by key and made on
 * first use. Their meetings are reached through `forCalendar(id)`, a store bound to one
 * calendar, so one server never reads another's rows. The statements are prepared here once
 * per database, in the sections of db/calendar-store.ts, db/meeting-rows.ts,
 * db/meeting-writes.ts, db/meeting-listings.ts and db/name-search.ts.
 */
import type { CalendarStore } from '../src/calendar/store.js';
import {
  BoundCalendarStore,
  CalendarSettings,
  DATE_STYLE_COLUMNS,
  type CalendarSections,
  type DateStyleColumns,
} from './calendar-store.js';
import type { Db } from './connection.js';
import { MeetingListings } from './meeting-listings.js';
import { MeetingRows } from './meeting-rows.js';
import { MeetingWrites, type MeetingWatcher } from './meeting-writes.js';
import { NameSearch } from './name-search.js';

export interface CalendarRow extends DateStyleColumns {
  id: number;
  key: string;
  guildId: string | null;
  timezone: string;
  locale: 'ar' | 'en' | null;
  weekStart: number | null;
  seededAt: number | null;
}

export class CalendarRepository {
  /** Every prepared statement of the calendar by name: for the tests that read their query plans. */
  readonly statements;
  private readonly sections: CalendarSections;

  constructor(db: Db) {
    const rows = new MeetingRows(db);
    this.sections = {
      db,
      settings: new CalendarSettings(db),
      rows,
      writes: new MeetingWrites(db, rows),
      listings: new MeetingListings(db, rows),
      names: new NameSearch(db, rows),
    };
    const calendars = {
      calendarByKey: db.prepare(
        `SELECT id, key, guild_id AS guildId, timezone, locale, week_start AS weekStart, seeded_at AS seededAt,
         ${DATE_STYLE_COLUMNS} FROM calendars WHERE key = ?`,
      ),
      insertCalendar: db.prepare(
        'INSERT INTO calendars (key, guild_id, timezone, created_at) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO NOTHING',
      ),
      guildOf: db.prepare('SELECT guild_id AS guildId FROM calendars WHERE id = ?'),
      markSeeded: db.prepare('UPDATE calendars SET seeded_at = ? WHERE id = ?'),
    };
    const { settings, writes, listings, names } = this.sections;
    this.statements = {
      ...calendars,
      ...settings.statements,
      ...rows.statements,
      ...writes.statements,
      ...listings.statements,
      ...names.statements,
    };
  }

  /** The calendar with this key, or null: reads only. */
  calendarByKey(key: string): CalendarRow | null {
    return (this.statements.calendarByKey.get(key) as CalendarRow | undefined) ?? null;
  }

  /** The calendar with this key, created (empty, in `timezone`) when it does not exist yet. */
  calendar(
    key: string,
    options: { guildId?: string | null; timezone?: string; now: number },
  ): CalendarRow & { created: boolean } {
    const created = this.statements.insertCalendar.run(
      key,
      options.guildId ?? null,
      options.timezone ?? 'UTC',
      options.now,
    );
    return { ...(this.statements.calendarByKey.get(key) as CalendarRow), created: created.changes === 1 };
  }

  /**
   * The store of one calendar: what it reads and writes is that calendar's alone. Cheap (one
   * object; the statements are this repository's), so made for each interaction.
   */
  forCalendar(calendarId: number): CalendarStore {
    return new BoundCalendarStore(this.sections, calendarId);
  }

  /** Tells `watcher` of every meeting added or changed, in any calendar (following people). */
  watchMeetings(watcher: MeetingWatcher): void {
    this.sections.writes.watcher = watcher;
  }

  /** The server a calendar belongs to (null for the terminal's). */
  guildOf(calendarId: number): string | null {
    return (this.statements.guildOf.get(calendarId) as { guildId: string | null } | undefined)?.guildId ?? null;
  }

  markSeeded(calendarId: number, at: number): void {
    this.statements.markSeeded.run(at, calendarId);
  }
}
