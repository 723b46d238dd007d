/**
 * The map of meetings to Discord events in SQLite (db/scheduled-event-repository.ts): a claim
 * is taken once, a deleted meeting's row outlives it until its event is gone, a change to a
 * meeting makes the sync due at once, and only a live event of Diwan's counts as removed by hand.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScheduledEventRepository } from '../../db/scheduled-event-repository.js';
import type { EventFields } from '../../src/events-sync/types.js';
import { ACCEPTANCE_NOW, meetingDraft, openTestCalendar, tempDir, type TestCalendar } from '../helpers/calendar.js';

const NOW = ACCEPTANCE_NOW;
const FIELDS: EventFields = { name: 'Talks', description: 'Diwan #1', location: 'Geneva', startsAt: NOW, endsAt: NOW };

let dir: ReturnType<typeof tempDir>;
let calendar: TestCalendar;
let events: ScheduledEventRepository;
let calendarId: number;

beforeEach(() => {
  dir = tempDir();
  calendar = openTestCalendar({ seed: false, path: dir.file('diwan.sqlite') });
  events = new ScheduledEventRepository(calendar.db);
  calendarId = calendar.scope.calendar.id;
  calendar.db.prepare("UPDATE calendars SET guild_id = '1' WHERE id = ?").run(calendarId);
  calendar.scope.store.addMeetings([meetingDraft({ title: 'Talks', date: '2020-03-05' })], { now: NOW });
});
afterEach(() => {
  calendar.close();
  dir.remove();
});

describe('the sync settings', () => {
  it('is off with 14 days until chosen; on, the calendar is due at once', () => {
    expect(events.settings(calendarId)).toMatchObject({ enabled: false, days: 14 });
    expect(events.dueCalendars(NOW)).toEqual([]);
    events.setSync(calendarId, true, 30);
    expect(events.settings(calendarId)).toMatchObject({ enabled: true, days: 30 });
    expect(events.dueCalendars(NOW)).toEqual([{ calendarId, guildId: '1' }]);
  });

  it('a meeting added, changed or deleted makes the sync due at once, whatever the next look was', () => {
    events.setSync(calendarId, true, 14);
    const later = () => events.scheduleNext(calendarId, NOW + 3_600_000, false);
    const due = () => events.dueCalendars(NOW).length === 1;
    later();
    expect(due()).toBe(false);
    calendar.scope.store.setStatus(1, 'tentative', NOW);
    expect(due()).toBe(true);
    later();
    calendar.scope.store.addMeetings([meetingDraft({ title: 'More', date: '2020-03-06' })], { now: NOW });
    expect(due()).toBe(true);
    later();
    calendar.scope.store.deleteMeeting(2);
    expect(due()).toBe(true);
  });

  it('a refusal stops the calendar until the sync is turned on again', () => {
    events.setSync(calendarId, true, 14);
    events.block(calendarId, 'missing the Create Events permission');
    expect(events.dueCalendars(NOW)).toEqual([]);
    expect(events.status(calendarId)).toMatchObject({ blockedReason: 'missing the Create Events permission' });
    events.setSync(calendarId, true, 14);
    expect(events.dueCalendars(NOW)).toHaveLength(1);
  });
});

describe('the map of meetings to events', () => {
  it('a meeting is claimed once; a second claim (another process) is refused unless it recovers a cut-short one', () => {
    expect(events.claim(calendarId, 1, NOW, false)).toBe(true);
    expect(events.claim(calendarId, 1, NOW, false)).toBe(false);
    expect(events.claim(calendarId, 1, NOW, true)).toBe(true);
    events.recordLive(calendarId, 1, '900', FIELDS, NOW);
    expect(events.claim(calendarId, 1, NOW, true)).toBe(false);
    expect(events.claim(calendarId, 404, NOW, false)).toBe(false); // no such meeting
  });

  it("a deleted meeting's row stays, with its event id, until the event is deleted", () => {
    events.claim(calendarId, 1, NOW, false);
    events.recordLive(calendarId, 1, '900', FIELDS, NOW);
    calendar.scope.store.deleteMeeting(1);
    expect(events.rows(calendarId)).toEqual([
      expect.objectContaining({ meetingNumber: 1, meetingExists: false, eventId: '900', sent: FIELDS }),
    ]);
  });

  it("only a live event of Diwan's counts as removed by hand; one Diwan is removing is its own doing", () => {
    events.claim(calendarId, 1, NOW, false);
    events.recordLive(calendarId, 1, '900', FIELDS, NOW);
    events.recordState(calendarId, 1, 'removing', null, NOW);
    expect(events.removedInDiscord('900', NOW)).toBe(false);
    events.recordState(calendarId, 1, 'live', null, NOW);
    expect(events.removedInDiscord('901', NOW)).toBe(false);
    expect(events.removedInDiscord('900', NOW)).toBe(true);
    expect(events.status(calendarId).removedByHand).toEqual([1]);
    expect(events.claim(calendarId, 1, NOW, true)).toBe(false);
  });
});

describe('indexes', () => {
  const plan = (sql: string) =>
    (calendar.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');

  it('a gateway deletion finds its event by id, and the beat its due calendars, through their indexes', () => {
    expect(
      plan("UPDATE scheduled_events SET state = 'removed-by-hand' WHERE event_id = '9' AND state = 'live'"),
    ).toMatch(/scheduled_events_by_event/);
    expect(
      plan(
        'SELECT calendar_id FROM event_sync_settings WHERE enabled = 1 AND blocked_reason IS NULL AND next_sync_at <= 5',
      ),
    ).toMatch(/event_sync_due/);
  });
});
