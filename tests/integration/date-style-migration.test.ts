/** Migration 13: a server's date style (/settings dates) in the calendars table. */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CalendarRepository } from '../../db/calendar-repository.js';
import { migrate } from '../../db/migrate.js';
import { MIGRATIONS } from '../../db/migrations/index.js';
import { tempDir } from '../helpers/calendar.js';

let dir: ReturnType<typeof tempDir>;
let db: Database.Database;

beforeEach(() => {
  dir = tempDir();
  db = new Database(dir.file('diwan.sqlite'));
});
afterEach(() => {
  db.close();
  dir.remove();
});

describe('migration 13: the date style', () => {
  it('gives a calendar made before it the default style, and stores a chosen one', () => {
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 13),
    );
    db.prepare(`INSERT INTO calendars (key, guild_id, timezone, created_at) VALUES ('guild:1', '1', 'UTC', 0)`).run();
    expect(migrate(db)).toEqual(MIGRATIONS.filter((m) => m.version >= 13).map((m) => m.version));
    const calendars = new CalendarRepository(db);
    const id = calendars.calendarByKey('guild:1')!.id;
    const store = calendars.forCalendar(id);
    expect(store.calendarRef().dateStyle).toEqual({ months: 'levantine', hijri: false, digits: 'arabic-indic' });
    store.setCalendarDateStyle({ months: 'maghrebi', hijri: true, digits: 'latin' });
    expect(store.calendarRef().dateStyle).toEqual({ months: 'maghrebi', hijri: true, digits: 'latin' });
  });

  it('refuses a family of month names or a digit system it does not know', () => {
    migrate(db);
    db.prepare(`INSERT INTO calendars (key, guild_id, timezone, created_at) VALUES ('guild:1', '1', 'UTC', 0)`).run();
    expect(() => db.prepare(`UPDATE calendars SET date_months = 'persian'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE calendars SET date_digits = 'devanagari'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE calendars SET date_hijri = 2`).run()).toThrow(/CHECK/);
  });
});
