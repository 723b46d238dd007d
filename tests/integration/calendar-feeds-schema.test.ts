/**
 * Migration 8 and the feed tokens it keeps: a revision every change of a meeting bumps (what
 * calendar programs read as SEQUENCE), and one secret token per calendar, found by its hash.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate.js';
import { MIGRATIONS } from '../../db/migrations/index.js';
import { FeedTokens } from '../../db/feed-tokens.js';
import { setCalendarZone, setMeetingStatus, updateMeeting } from '../../src/calendar/changes.js';
import { addMeeting, meetingDraft, openTestCalendar, type TestCalendar } from '../helpers/calendar.js';

describe('migration 8 on a calendar that has meetings', () => {
  it('starts them at revision 0, and any later change of their row bumps it by one', () => {
    const db = new Database(':memory:');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 7),
    );
    db.exec(`
      INSERT INTO calendars (id, key, timezone, created_at) VALUES (1, 'guild:a', 'UTC', 0);
      INSERT INTO meetings (calendar_id, number, title, precision, start_date, end_date, starts_at, ends_at,
        span_class, status, search_key, created_at, updated_at)
      VALUES (1, 1, 'x', 'day', '2020-01-01', '2020-01-01', 0, 1, 0, 'held', 'x', 0, 0)`);
    migrate(db);
    const revision = () => (db.prepare('SELECT revision FROM meetings').get() as { revision: number }).revision;
    expect(revision()).toBe(0);
    db.exec(`UPDATE meetings SET status = 'cancelled'`);
    db.exec(`UPDATE meetings SET title = 'y', status = 'held'`);
    expect(revision()).toBe(2);
    db.close();
  });
});

describe('a meeting’s revision', () => {
  let calendar: TestCalendar;
  beforeEach(() => {
    calendar = openTestCalendar({ seed: false });
  });
  afterEach(() => calendar.close());

  it('grows with an edit, a status, and a new calendar zone that retimes it; not with another meeting’s change', () => {
    const draft = meetingDraft({ title: 'Talks', precision: 'minute', time: '10:00', timezone: null });
    const meeting = addMeeting(calendar.scope, draft);
    const other = addMeeting(calendar.scope, meetingDraft({ title: 'Other' }));
    const revision = (number: number) => calendar.scope.store.meeting(number).revision;
    expect(revision(meeting.number)).toBe(0);
    updateMeeting(calendar.scope, meeting.number, { ...draft, time: '11:00' }, 1);
    setMeetingStatus(calendar.scope, meeting.number, 'tentative', 2);
    setCalendarZone(calendar.scope, 'Asia/Damascus');
    expect(revision(meeting.number)).toBe(3);
    expect(revision(other.number)).toBe(0);
  });
});

describe('feed tokens', () => {
  let calendar: TestCalendar;
  let tokens: FeedTokens;
  beforeEach(() => {
    calendar = openTestCalendar({ seed: false });
    tokens = new FeedTokens(calendar.db);
  });
  afterEach(() => calendar.close());

  it('one per calendar, the same on every ask, different between calendars, and stored with its SHA-256', () => {
    const first = calendar.scope.calendar.id;
    const second = calendar.calendars.forGuild('222222222222222222').calendar.id;
    const token = tokens.tokenFor(first, 0);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokens.tokenFor(first, 1)).toBe(token);
    expect(tokens.tokenFor(second, 0)).not.toBe(token);
    expect([tokens.calendarOf(token), tokens.calendarOf(tokens.tokenFor(second, 0))]).toEqual([first, second]);
    const row = calendar.db.prepare('SELECT token_hash AS hash FROM calendar_feeds WHERE calendar_id = ?').get(first);
    expect((row as { hash: string }).hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a rotation makes a new token and the old one opens nothing', () => {
    const id = calendar.scope.calendar.id;
    const old = tokens.tokenFor(id, 0);
    const rotated = tokens.rotate(id, 1);
    expect(rotated).not.toBe(old);
    expect(tokens.calendarOf(old)).toBeNull();
    expect(tokens.calendarOf(rotated)).toBe(id);
    expect(tokens.tokenFor(id, 2)).toBe(rotated);
  });

  it('a malformed or unknown token opens nothing', () => {
    tokens.tokenFor(calendar.scope.calendar.id, 0);
    for (const token of ['', 'short', `${'a'.repeat(43)}`, `${'a'.repeat(42)}/`, "' OR 1=1 --"])
      expect(tokens.calendarOf(token)).toBeNull();
  });
});
