/**
 * The indexes of migration 0003 are used by the statements they were made for (EXPLAIN QUERY
 * PLAN), so a window page, a participant's meetings and recording a sent batch stay index
 * searches however large the calendar grows. And a page read in listing order from the index
 * is the same as a slice of the whole window sorted.
 */
import type { Statement } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/connection.js';
import type { LimitedStatement } from '../../db/limited-statement.js';
import { ReminderRepository } from '../../db/reminder-repository.js';
import { byListingOrder, SPAN_CLASSES } from '../../src/calendar/meeting-time.js';
import type { Meeting, Precision } from '../../src/calendar/types.js';
import { addMeetings, meetingDraft, withTestCalendar } from '../helpers/calendar.js';

const PARAMS: Record<string, unknown> = {
  calendarId: 1,
  spanClass: 0,
  lookBackFrom: 0,
  keyFrom: 0,
  keyTo: 20,
  from: 5,
  to: 10,
  limit: 5,
  ids: '[1,2]',
  participantIds: '[1,2]',
  placeIds: '[1,2]',
  now: 10,
};

function planOf(db: Db, statement: Statement): string {
  const sql = statement.source;
  const named = Object.fromEntries(Object.entries(PARAMS).filter(([name]) => sql.includes(`@${name}`)));
  const positional = (sql.match(/\?/g) ?? []).map(() => 'x');
  const rows = (
    Object.keys(named).length > 0
      ? db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(named)
      : db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...positional)
  ) as { detail: string }[];
  return rows.map((r) => r.detail).join('\n');
}

function statementsOf(repository: unknown): Record<string, Statement> {
  return (repository as { statements: Record<string, Statement> }).statements;
}

describe('query plans of the calendar', () => {
  it('a window page is read in listing order from meetings_by_listing, without sorting', () => {
    withTestCalendar({}, ({ db, calendars }) => {
      const windowPage = statementsOf(calendars.repository).windowPage as unknown as LimitedStatement;
      const detail = planOf(db, windowPage.statement(10));
      const searches = detail
        .split('\n')
        .filter((line) =>
          line.includes(
            'USING COVERING INDEX meetings_by_listing (calendar_id=? AND span_class=? AND <expr>>? AND <expr><?)',
          ),
        );
      expect(searches).toHaveLength(SPAN_CLASSES.length);
      expect(detail).not.toMatch(/TEMP B-TREE|SCAN meetings/);
    });
  });

  it('a window is counted on meetings_by_start alone', () => {
    withTestCalendar({}, ({ db, calendars }) => {
      const detail = planOf(db, statementsOf(calendars.repository).windowCount!);
      expect(detail).toContain(
        'SEARCH meetings USING COVERING INDEX meetings_by_start (calendar_id=? AND span_class=? AND starts_at>? AND starts_at<?)',
      );
    });
  });

  it("a participant's meetings start from their links, not from every meeting of the calendar", () => {
    withTestCalendar({}, ({ db, calendars }) => {
      const detail = planOf(
        db,
        (statementsOf(calendars.repository).participantRows as unknown as LimitedStatement).statement(10),
      );
      expect(detail).toContain(
        'SEARCH meeting_participants USING COVERING INDEX meeting_participants_by_participant (participant_id=?)',
      );
      expect(detail).toContain('SEARCH m USING INTEGER PRIMARY KEY (rowid=?)');
      expect(detail).not.toMatch(/meetings_by_start|SCAN m\b/);
    });
  });

  it("a place's meetings are searched by place", () => {
    withTestCalendar({}, ({ db, calendars }) => {
      const detail = planOf(
        db,
        (statementsOf(calendars.repository).placeRows as unknown as LimitedStatement).statement(10),
      );
      expect(detail).toContain('SEARCH m USING INDEX meetings_by_place (place_id=?');
      expect(detail).not.toMatch(/meetings_by_start/);
    });
  });
});

describe('query plans of the reminders', () => {
  it.each(['sent', 'retry', 'failed', 'release', 'batchAttempts'])(
    '%s finds its batch through reminders_by_batch',
    (name) => {
      withTestCalendar({}, ({ db }) => {
        const detail = planOf(db, statementsOf(new ReminderRepository(db))[name]!);
        expect(detail).toContain('USING INDEX reminders_by_batch (batch=?)');
        expect(detail).not.toMatch(/SCAN reminders/);
      });
    },
  );
});

describe('a window page read from the index', () => {
  it('is the same slice as the whole window sorted in listing order', () => {
    withTestCalendar({ seed: false }, ({ calendars }) => {
      const scope = calendars.local();
      const precisions: Precision[] = ['minute', 'day', 'week', 'month'];
      const drafts = Array.from({ length: 120 }, (_, i) => {
        const precision = precisions[i % 4]!;
        const day = `2020-06-${String(1 + (i % 28)).padStart(2, '0')}`;
        return meetingDraft({
          title: `M${i}`,
          precision,
          date: day,
          endDate: precision === 'day' && i % 3 === 0 ? `2020-06-${String(2 + (i % 28)).padStart(2, '0')}` : null,
          time: precision === 'minute' ? `${String(8 + (i % 10)).padStart(2, '0')}:00` : null,
        });
      });
      addMeetings(scope, ...drafts);
      const from = Date.parse('2020-06-05T00:00:00Z');
      const to = Date.parse('2020-06-20T00:00:00Z');
      const all = scope.store.meetingsOverlapping(from, to);
      expect(all.total).toBeGreaterThan(40);
      for (const [offset, limit] of [
        [0, 10],
        [10, 10],
        [35, 10],
        [0, 1],
        [all.total - 3, 10],
      ] as const) {
        const page = scope.store.meetingsOverlapping(from, to, {}, { offset, limit });
        expect(page.total).toBe(all.total);
        expect(page.meetings.map((m) => m.number)).toEqual(
          all.meetings.slice(offset, offset + limit).map((m) => m.number),
        );
      }
    });
  });
});

describe('a window searched by span class', () => {
  /** A small deterministic generator: the same meetings on every run. */
  function random(seed: number): (n: number) => number {
    let state = seed;
    return (n) => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state % n;
    };
  }

  it('finds exactly the meetings that overlap it, of every length, and in listing order', () => {
    withTestCalendar({ seed: false }, ({ db, calendars }) => {
      const scope = calendars.local();
      const pick = random(7);
      const day = (offset: number) => new Date(Date.UTC(2020, 5, 1) + offset * 86_400_000).toISOString().slice(0, 10);
      const zones = ['UTC', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati'];
      const drafts = Array.from({ length: 300 }, (_, i) => {
        const precision = (['minute', 'minute', 'day', 'week', 'month'] as const)[pick(5)];
        const start = pick(90);
        const hour = 6 + pick(14);
        // Timed: no end, an end that day, or an end days later; days: one or several (up to 40).
        const timedEnd = pick(3);
        const endDay =
          precision === 'minute'
            ? timedEnd === 2
              ? start + 1 + pick(4)
              : start
            : precision === 'day'
              ? start + (pick(3) === 0 ? pick(40) : 0)
              : start + pick(2) * 40;
        return meetingDraft({
          title: `M${i}`,
          precision,
          date: day(start),
          endDate: day(endDay),
          time: precision === 'minute' ? `${String(hour).padStart(2, '0')}:00` : null,
          endTime: precision === 'minute' && timedEnd > 0 ? `${String(hour + 1 + pick(3)).padStart(2, '0')}:30` : null,
          timezone: zones[pick(zones.length)]!,
        });
      });
      addMeetings(scope, ...drafts);
      const overlapping = db.prepare(
        'SELECT number FROM meetings WHERE calendar_id = ? AND starts_at < ? AND ends_at > ? ORDER BY number',
      );
      for (let probe = 0; probe < 40; probe++) {
        const from = Date.UTC(2020, 5, 1) + pick(100 * 24) * 3_600_000 - 5 * 86_400_000;
        const to = from + (1 + pick(10 * 24)) * 3_600_000;
        const expected = (overlapping.all(scope.calendar.id, to, from) as { number: number }[]).map((r) => r.number);
        const all = scope.store.meetingsOverlapping(from, to);
        expect(all.total, `window ${new Date(from).toISOString()} + ${(to - from) / 3_600_000} h`).toBe(
          expected.length,
        );
        expect(all.meetings.map((m) => m.number).sort((a, b) => a - b)).toEqual(expected);
        expect(
          all.meetings
            .map((m) => ({ ...m, id: m.number }))
            .sort(byListingOrder)
            .map((m) => m.id),
        ).toEqual(all.meetings.map((m) => m.number));
        const page = scope.store.meetingsOverlapping(from, to, {}, { offset: 3, limit: 5 });
        expect(page.meetings.map((m) => m.number)).toEqual(all.meetings.slice(3, 8).map((m) => m.number));
      }
    });
  });
});

describe('a window of some participants or places', () => {
  it('is the unfiltered window with only their meetings, paged the same way, with its own total', () => {
    withTestCalendar({ seed: false }, ({ calendars }) => {
      const scope = calendars.local();
      const people = ['Ann Aaa', 'Bob Bbb', 'Cem Ccc', 'Dan Ddd'];
      const cities = ['Geneva', 'Vienna', 'Doha'];
      addMeetings(
        scope,
        ...Array.from({ length: 90 }, (_, i) =>
          meetingDraft({
            title: `F${i}`,
            precision: (['minute', 'day', 'week', 'month'] as const)[i % 4],
            date: `2020-07-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`,
            time: i % 4 === 0 ? '10:00' : null,
            place: { name: cities[i % 3]!, nameAr: null, country: null },
            participants: people
              .filter((_, p) => (i + p) % 3 === 0)
              .map((name) => ({ name, nameAr: null, kind: 'person' as const })),
          }),
        ),
      );
      const [from, to] = [Date.parse('2020-07-05T00:00:00Z'), Date.parse('2020-07-25T00:00:00Z')];
      const everyone = scope.store.meetingsOverlapping(from, to);
      const full = scope.store.meetings(everyone.meetings.map((m) => m.number));
      const ann = scope.store.participantsNamed('Ann Aaa').map((p) => p.id);
      const bob = scope.store.participantsNamed('Bob Bbb').map((p) => p.id);
      const geneva = scope.store.placesNamed('Geneva').map((p) => p.id);
      const cases = [
        {
          filter: { participantIds: [...ann, ...bob] },
          keep: (m: Meeting) => m.participants.some((p) => ['Ann Aaa', 'Bob Bbb'].includes(p.name!)),
        },
        { filter: { placeIds: geneva }, keep: (m: Meeting) => m.place.name === 'Geneva' },
        {
          filter: { participantIds: ann, placeIds: geneva },
          keep: (m: Meeting) => m.place.name === 'Geneva' && m.participants.some((p) => p.name === 'Ann Aaa'),
        },
      ];
      for (const { filter, keep } of cases) {
        const expected = full.filter(keep).map((m) => m.number);
        expect(expected.length).toBeGreaterThan(3);
        const all = scope.store.meetingsOverlapping(from, to, filter);
        expect(all.meetings.map((m) => m.number)).toEqual(expected);
        expect(all.total).toBe(expected.length);
        const page = scope.store.meetingsOverlapping(from, to, filter, { offset: 2, limit: 3 });
        expect(page.meetings.map((m) => m.number)).toEqual(expected.slice(2, 5));
        expect(page.total).toBe(expected.length);
      }
    });
  });
});
