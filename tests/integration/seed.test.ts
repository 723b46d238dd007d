/** The seed: a new calendar holds the six meetings of db/seed/meetings.json, once, with their article. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meetingsBetween } from '../../src/calendar/queries.js';
import { createApp } from '../../src/app.js';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import {
  ACCEPTANCE_NOW,
  openTestCalendar,
  seedArticle,
  seedFile,
  tempDir,
  withTestCalendar,
  type TestCalendar,
} from '../helpers/calendar.js';

/** Every seed meeting, read back through the queries (the seed spans 2019-11 to 2020-02). */
function everyMeeting(calendar: TestCalendar) {
  const ids = meetingsBetween(calendar.scope, '2019-06-01', '2020-05-31').meetings.map((m) => m.number);
  return calendar.scope.store.meetings(ids);
}

describe('a new calendar', () => {
  let calendar: TestCalendar;
  beforeEach(() => {
    calendar = openTestCalendar();
  });
  afterEach(() => calendar.close());

  it('holds exactly the meetings of meetings.json', () => {
    const seed = seedFile().meetings;
    expect(calendar.scope.store.countMeetings()).toBe(seed.length);
    expect(seed).toHaveLength(6);
    const stored = everyMeeting(calendar);
    expect(stored.map((m) => m.title).sort()).toEqual(seed.map((m) => m.title).sort());
  });

  it('keeps each meeting’s days, place, zone, precision and status as the seed file gives them', () => {
    const stored = new Map(everyMeeting(calendar).map((m) => [m.title, m]));
    for (const expected of seedFile().meetings) {
      const meeting = stored.get(expected.title);
      expect(meeting, expected.title).toBeDefined();
      expect(meeting).toMatchObject({
        titleAr: expected.titleAr,
        date: expected.date,
        endDate: expected.endDate ?? expected.date,
        time: expected.time,
        precision: expected.precision,
        timezone: expected.timezone,
        status: expected.status,
        evidence: expected.evidence,
        place: { name: expected.location, nameAr: expected.locationAr },
      });
    }
  });

  it('keeps each meeting’s participants, in order, with kind and role', () => {
    const seed = seedFile().meetings;
    // Where a meeting names no role, the participant's usual one (the first the seed gives) shows.
    const usualRole = (name: string) =>
      seed.flatMap((m) => m.participants).find((p) => p.name === name && p.role)?.role ?? null;
    const stored = new Map(everyMeeting(calendar).map((m) => [m.title, m]));
    for (const expected of seed) {
      const participants = stored
        .get(expected.title)!
        .participants.map(({ name, nameAr, kind, role }) => ({ name, nameAr, kind, role }));
      expect(participants, expected.title).toEqual(
        expected.participants.map((p) => ({
          name: p.name,
          nameAr: p.nameAr,
          kind: p.kind,
          role: p.role ?? usualRole(p.name),
        })),
      );
    }
  });

  it('names the Al-Watan article as the source of every meeting, stored once', () => {
    const { source } = seedFile();
    for (const meeting of everyMeeting(calendar)) {
      expect(meeting.sources).toHaveLength(1);
      expect(meeting.sources[0]).toMatchObject({
        outlet: source.outlet,
        published: source.published,
        evidence: meeting.evidence,
      });
    }
    const rows = calendar.db.prepare('SELECT text, language, timezone FROM sources').all() as { text: string }[];
    expect(rows).toEqual([{ text: seedArticle(), language: source.language, timezone: source.timezone }]);
  });

  it('makes one participant of James Jeffrey across his three meetings', () => {
    const rows = calendar.db.prepare("SELECT id FROM participants WHERE name = 'James Jeffrey'").all();
    expect(rows).toHaveLength(1);
  });
});

describe('opening the calendar again', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.remove());

  it('does not load the seed a second time', () => {
    const path = dir.file('diwan.sqlite');
    openTestCalendar({ path }).close();
    withTestCalendar({ path }, (again) => {
      expect(again.scope.store.countMeetings()).toBe(seedFile().meetings.length);
      expect((again.db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n).toBe(1);
      expect((again.db.prepare('SELECT count(*) AS n FROM calendars').get() as { n: number }).n).toBe(1);
    });
  });

  it('from two apps open on the same file at once gives one calendar with six meetings', () => {
    const config = loadConfig({ DATABASE_PATH: dir.file('shared.sqlite') });
    const first = createApp(config, fixedClock(ACCEPTANCE_NOW));
    const second = createApp(config, fixedClock(ACCEPTANCE_NOW));
    try {
      const a = first.calendars.local();
      const b = second.calendars.local();
      expect(b.calendar.id).toBe(a.calendar.id);
      expect(second.calendars.repository.forCalendar(b.calendar.id).countMeetings()).toBe(seedFile().meetings.length);
      expect(first.calendars.repository.forCalendar(a.calendar.id).countMeetings()).toBe(seedFile().meetings.length);
    } finally {
      first.close();
      second.close();
    }
  });

  it('keeps a meeting deleted from the seed deleted (the seed is loaded once, not restored)', () => {
    const path = dir.file('diwan.sqlite');
    const first = openTestCalendar({ path });
    const [london] = meetingsBetween(first.scope, '2020-01-27', '2020-01-27').meetings;
    first.scope.store.deleteMeeting(london!.number);
    first.close();

    const count = withTestCalendar({ path }, (again) => again.scope.store.countMeetings());
    expect(count).toBe(seedFile().meetings.length - 1);
  });
});

describe('SEED_CALENDAR=false', () => {
  it('starts the calendar empty', () => {
    withTestCalendar({ seed: false }, (calendar) => {
      expect(calendar.scope.store.countMeetings()).toBe(0);
      expect(everyMeeting(calendar)).toEqual([]);
    });
  });

  it('is read from the environment as the seed: false setting', () => {
    expect(loadConfig({ SEED_CALENDAR: 'false' }).SEED_CALENDAR).toBe(false);
    expect(loadConfig({}).SEED_CALENDAR).toBe(true);
  });

  it('makes an app whose calendar starts empty', () => {
    const app = createApp(
      loadConfig({ DATABASE_PATH: ':memory:', SEED_CALENDAR: 'false' }),
      fixedClock(ACCEPTANCE_NOW),
    );
    try {
      const scope = app.calendars.local();
      expect(scope.store.countMeetings()).toBe(0);
    } finally {
      app.close();
    }
  });
});
