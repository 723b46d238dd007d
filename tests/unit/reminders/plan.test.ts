/**
 * The reminder policy (src/reminders/plan.ts), pure: every zone named, instants written with
 * their offsets so the expectations do not lean on the code under test. DST changes:
 * New York springs forward 2020-03-08 02:00 and falls back 2020-11-01 02:00; Berlin springs
 * forward 2020-03-29 02:00 and falls back 2020-10-25 03:00.
 */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import {
  DEFAULT_LEAD_MINUTES,
  formatLead,
  isLate,
  parseLeadTimes,
  planReminders,
  stillUseful,
} from '../../../src/reminders/plan.js';
import type { MeetingTiming } from '../../../src/reminders/types.js';

const NY = 'America/New_York';
const BERLIN = 'Europe/Berlin';
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;

/** A timed meeting starting at `start` (ISO with offset), an hour long. */
function timed(start: string, zone: string, date: string): MeetingTiming {
  return { precision: 'minute', startsAt: at(start), endsAt: at(start) + HOUR, date, zone, status: 'scheduled' };
}

/** A day-, week- or month-only meeting from `start` to `end` (ISO with offsets of the local midnights). */
function vague(
  precision: 'day' | 'week' | 'month',
  date: string,
  start: string,
  end: string,
  zone: string,
): MeetingTiming {
  return { precision, startsAt: at(start), endsAt: at(end), date, zone, status: 'scheduled' };
}

/** kind -> due instant (UTC ISO), for short expectations. */
function dues(meeting: MeetingTiming, leads?: readonly number[]): Record<string, string> {
  return Object.fromEntries(planReminders(meeting, leads).map((r) => [r.kind, iso(r.dueAt)]));
}

describe('a timed meeting: a day and an hour before', () => {
  it('uses 1d and 1h unless the server chose other leads', () => {
    expect(DEFAULT_LEAD_MINUTES).toEqual([1440, 60]);
    expect(dues(timed('2020-01-29T10:00:00+02:00', 'Asia/Damascus', '2020-01-29'))).toEqual({
      'lead:1440': '2020-01-28T08:00:00.000Z',
      'lead:60': '2020-01-29T07:00:00.000Z',
    });
  });

  // The decision (see leadInstant): whole days count on the meeting's local calendar, so "1d"
  // before a 10:00 meeting is 10:00 the day before, 23 or 25 hours when a DST change falls in
  // between; hours and minutes are elapsed time.
  describe('America/New_York', () => {
    it('a meeting on the day clocks spring forward: 1d is 10:00 the day before (23 hours), 1h is 09:00', () => {
      expect(dues(timed('2020-03-08T10:00:00-04:00', NY, '2020-03-08'))).toEqual({
        'lead:1440': '2020-03-07T15:00:00.000Z', // 10:00 EST
        'lead:60': '2020-03-08T13:00:00.000Z', // 09:00 EDT
      });
    });

    it('a meeting the day after spring forward: 1d is 10:00 on the day of the change', () => {
      expect(dues(timed('2020-03-09T10:00:00-04:00', NY, '2020-03-09'))).toEqual({
        'lead:1440': '2020-03-08T14:00:00.000Z', // 10:00 EDT
        'lead:60': '2020-03-09T13:00:00.000Z',
      });
    });

    it('1h before a meeting just after the gap is one elapsed hour (01:30 EST on the clock)', () => {
      expect(dues(timed('2020-03-08T03:30:00-04:00', NY, '2020-03-08'), [60])).toEqual({
        'lead:60': '2020-03-08T06:30:00.000Z',
      });
    });

    it('a meeting on the day clocks fall back: 1d is 10:00 the day before (25 hours)', () => {
      expect(dues(timed('2020-11-01T10:00:00-05:00', NY, '2020-11-01'))).toEqual({
        'lead:1440': '2020-10-31T14:00:00.000Z', // 10:00 EDT
        'lead:60': '2020-11-01T14:00:00.000Z', // 09:00 EST
      });
    });

    it('1h before 01:30 EST (the second 01:30 of the night) is 01:30 EDT, an hour earlier', () => {
      expect(dues(timed('2020-11-01T01:30:00-05:00', NY, '2020-11-01'), [60])).toEqual({
        'lead:60': '2020-11-01T05:30:00.000Z',
      });
    });
  });

  describe('Europe/Berlin', () => {
    it('a meeting on the day clocks spring forward: 1d is 10:00 CET the day before', () => {
      expect(dues(timed('2020-03-29T10:00:00+02:00', BERLIN, '2020-03-29'))).toEqual({
        'lead:1440': '2020-03-28T09:00:00.000Z',
        'lead:60': '2020-03-29T07:00:00.000Z',
      });
    });

    it('a meeting on the day clocks fall back: 1d is 10:00 CEST the day before', () => {
      expect(dues(timed('2020-10-25T10:00:00+01:00', BERLIN, '2020-10-25'))).toEqual({
        'lead:1440': '2020-10-24T08:00:00.000Z',
        'lead:60': '2020-10-25T08:00:00.000Z',
      });
    });

    it('1h before 03:00 CEST on 2020-03-29 is 01:00 CET, one elapsed hour', () => {
      expect(dues(timed('2020-03-29T03:00:00+02:00', BERLIN, '2020-03-29'), [60])).toEqual({
        'lead:60': '2020-03-29T00:00:00.000Z',
      });
    });
  });

  it('counts a week lead in local days and a mixed lead as days then elapsed time', () => {
    // 1w before 10:00 EDT on 2020-03-12 is 10:00 EST on 2020-03-05 (across the change).
    expect(dues(timed('2020-03-12T10:00:00-04:00', NY, '2020-03-12'), [10080, 2160])).toEqual({
      'lead:10080': '2020-03-05T15:00:00.000Z',
      'lead:2160': '2020-03-11T02:00:00.000Z', // 10:00 EDT on 03-11, then 12 hours earlier
    });
  });

  it('plans a repeated lead once', () => {
    expect(planReminders(timed('2020-06-01T10:00:00+02:00', BERLIN, '2020-06-01'), [60, 60])).toHaveLength(1);
  });
});

describe('a day-only meeting: 09:00 on the day before, in its zone', () => {
  const cases: [string, string, string, string, string][] = [
    // zone, day, its local midnight, the next one, due
    [NY, '2020-03-08', '2020-03-08T00:00:00-05:00', '2020-03-09T00:00:00-04:00', '2020-03-07T14:00:00.000Z'],
    [NY, '2020-03-09', '2020-03-09T00:00:00-04:00', '2020-03-10T00:00:00-04:00', '2020-03-08T13:00:00.000Z'],
    [NY, '2020-11-01', '2020-11-01T00:00:00-04:00', '2020-11-02T00:00:00-05:00', '2020-10-31T13:00:00.000Z'],
    [NY, '2020-11-02', '2020-11-02T00:00:00-05:00', '2020-11-03T00:00:00-05:00', '2020-11-01T14:00:00.000Z'],
    [BERLIN, '2020-03-29', '2020-03-29T00:00:00+01:00', '2020-03-30T00:00:00+02:00', '2020-03-28T08:00:00.000Z'],
    [BERLIN, '2020-03-30', '2020-03-30T00:00:00+02:00', '2020-03-31T00:00:00+02:00', '2020-03-29T07:00:00.000Z'],
    [BERLIN, '2020-10-25', '2020-10-25T00:00:00+02:00', '2020-10-26T00:00:00+01:00', '2020-10-24T07:00:00.000Z'],
    [BERLIN, '2020-10-26', '2020-10-26T00:00:00+01:00', '2020-10-27T00:00:00+01:00', '2020-10-25T08:00:00.000Z'],
    [
      'Asia/Damascus',
      '2020-01-29',
      '2020-01-29T00:00:00+02:00',
      '2020-01-30T00:00:00+02:00',
      '2020-01-28T07:00:00.000Z',
    ],
  ];
  it.each(cases)('%s %s', (zone, day, start, end, due) => {
    expect(dues(vague('day', day, start, end, zone))).toEqual({ 'day-before': due });
  });

  it('ignores the server lead times', () => {
    expect(
      dues(vague('day', '2020-03-09', '2020-03-09T00:00:00-04:00', '2020-03-10T00:00:00-04:00', NY), [30]),
    ).toEqual({
      'day-before': '2020-03-08T13:00:00.000Z',
    });
  });
});

describe('a week- or month-only meeting: one note at 09:00 on the first day', () => {
  const cases: ['week' | 'month', string, string, string, string, string][] = [
    ['week', NY, '2020-03-02', '2020-03-02T00:00:00-05:00', '2020-03-09T00:00:00-04:00', '2020-03-02T14:00:00.000Z'],
    ['week', NY, '2020-03-09', '2020-03-09T00:00:00-04:00', '2020-03-16T00:00:00-04:00', '2020-03-09T13:00:00.000Z'],
    [
      'week',
      BERLIN,
      '2020-03-30',
      '2020-03-30T00:00:00+02:00',
      '2020-04-06T00:00:00+02:00',
      '2020-03-30T07:00:00.000Z',
    ],
    [
      'week',
      BERLIN,
      '2020-10-26',
      '2020-10-26T00:00:00+01:00',
      '2020-11-02T00:00:00+01:00',
      '2020-10-26T08:00:00.000Z',
    ],
    ['month', NY, '2020-03-01', '2020-03-01T00:00:00-05:00', '2020-04-01T00:00:00-04:00', '2020-03-01T14:00:00.000Z'],
    // The first of November 2020 is the day New York falls back: 09:00 is after the change.
    ['month', NY, '2020-11-01', '2020-11-01T00:00:00-04:00', '2020-12-01T00:00:00-05:00', '2020-11-01T14:00:00.000Z'],
    [
      'month',
      BERLIN,
      '2020-04-01',
      '2020-04-01T00:00:00+02:00',
      '2020-05-01T00:00:00+02:00',
      '2020-04-01T07:00:00.000Z',
    ],
    [
      'month',
      BERLIN,
      '2020-11-01',
      '2020-11-01T00:00:00+01:00',
      '2020-12-01T00:00:00+01:00',
      '2020-11-01T08:00:00.000Z',
    ],
  ];
  it.each(cases)('%s %s %s', (precision, zone, day, start, end, due) => {
    expect(dues(vague(precision, day, start, end, zone))).toEqual({ 'period-start': due });
  });
});

describe('a cancelled meeting', () => {
  it('gets no reminders, whatever its precision', () => {
    const meetings: MeetingTiming[] = [
      timed('2020-03-08T10:00:00-04:00', NY, '2020-03-08'),
      vague('day', '2020-03-29', '2020-03-29T00:00:00+01:00', '2020-03-30T00:00:00+02:00', BERLIN),
      vague('week', '2020-03-09', '2020-03-09T00:00:00-04:00', '2020-03-16T00:00:00-04:00', NY),
      vague('month', '2020-11-01', '2020-11-01T00:00:00+01:00', '2020-12-01T00:00:00+01:00', BERLIN),
    ];
    for (const meeting of meetings) expect(planReminders({ ...meeting, status: 'cancelled' })).toEqual([]);
  });
});

describe('worth posting at a given instant', () => {
  const meeting = timed('2020-03-08T10:00:00-04:00', NY, '2020-03-08');
  it('until the meeting begins, not after', () => {
    expect(stillUseful(meeting, meeting.startsAt - 1)).toBe(true);
    expect(stillUseful(meeting, meeting.startsAt)).toBe(false);
  });

  it('a week or a month until its period is over', () => {
    const month = vague('month', '2020-11-01', '2020-11-01T00:00:00+01:00', '2020-12-01T00:00:00+01:00', BERLIN);
    expect(stillUseful(month, at('2020-11-15T12:00:00Z'))).toBe(true);
    expect(stillUseful(month, month.endsAt)).toBe(false);
  });

  it('late: more than two minutes after its time', () => {
    const due = at('2020-01-28T07:00:00Z');
    expect(isLate(due, due + 30_000)).toBe(false);
    expect(isLate(due, due + 120_000)).toBe(false);
    expect(isLate(due, due + 120_001)).toBe(true);
  });
});

describe('lead times as typed', () => {
  it.each([
    ['1d,1h', [1440, 60]],
    ['1h 1d', [1440, 60]],
    ['1d،1h', [1440, 60]],
    ['30m', [30]],
    ['90', [90]],
    ['2H, 15M', [120, 15]],
    ['1w', [10080]],
    ['24h', [1440]],
    ['1h,60m', [60]],
    ['4w', [40320]],
    ['١d،٣٠m', [1440, 30]],
    ['۹۰', [90]],
  ] as [string, number[]][])('%s -> %j minutes, longest first', (typed, minutes) => {
    expect(parseLeadTimes(typed)).toEqual(minutes);
  });

  it.each(['', ' , ', 'soon', '1y', '1.5h', '-1h', '0m', '5w', '40321', '1d,1h,30m,15m,5m,1m', '12345h'])(
    'refuses %j with a message',
    (typed) => {
      expect(() => parseLeadTimes(typed)).toThrow(UserError);
    },
  );

  it('says which part is not a lead time', () => {
    expect(() => parseLeadTimes('1d,soon')).toThrow(/"soon" is not a lead time/);
  });

  it('are written back as people write them', () => {
    expect([10080, 1440, 60, 90, 2160].map(formatLead)).toEqual(['1w', '1d', '1h', '90m', '36h']);
  });
});
