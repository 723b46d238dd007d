/** Local days and wall-clock times: a meeting keeps its own zone's day and time, DST included. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meetingsOn, upcomingMeetings } from '../../../src/calendar/queries.js';
import { listMeetings } from '../../../src/handlers/meetings.js';
import { meetingJson } from '../../../src/replies/meeting-view.js';
import {
  addMeeting,
  handlerContext,
  meetingDraft,
  openTestCalendar,
  replyText,
  titles,
  withTestCalendar,
  type TestCalendar,
} from '../../helpers/calendar.js';

let calendar: TestCalendar;
beforeEach(() => {
  calendar = openTestCalendar({ seed: false });
});
afterEach(() => calendar.close());

const utc = (iso: string) => Date.parse(iso);

describe('a day-only meeting', () => {
  it('in Pacific/Auckland begins at Auckland midnight, not UTC midnight', () => {
    const meeting = addMeeting(
      calendar.scope,
      meetingDraft({ title: 'Wellington talks', date: '2020-06-15', timezone: 'Pacific/Auckland' }),
    );
    expect(meeting.startsAt).toBe(utc('2020-06-14T12:00:00Z'));
    expect(meeting.endsAt).toBe(utc('2020-06-15T12:00:00Z'));
    expect(meetingJson(meeting)).toMatchObject({
      date: '2020-06-15',
      endDate: '2020-06-15',
      time: null,
      startsAt: '2020-06-14T12:00:00.000Z',
    });
  });

  it('in America/Los_Angeles begins at Los Angeles midnight', () => {
    const meeting = addMeeting(
      calendar.scope,
      meetingDraft({ title: 'Los Angeles talks', date: '2020-06-15', timezone: 'America/Los_Angeles' }),
    );
    expect(meeting.startsAt).toBe(utc('2020-06-15T07:00:00Z'));
    expect(meeting.endsAt).toBe(utc('2020-06-16T07:00:00Z'));
  });

  it('stays on its own local day, never on the neighbouring days', () => {
    addMeeting(
      calendar.scope,
      meetingDraft({ title: 'Wellington talks', date: '2020-06-15', timezone: 'Pacific/Auckland' }),
    );
    addMeeting(
      calendar.scope,
      meetingDraft({ title: 'Los Angeles talks', date: '2020-06-15', timezone: 'America/Los_Angeles' }),
    );
    expect(titles(meetingsOn(calendar.scope, '2020-06-15'))).toEqual(['Wellington talks', 'Los Angeles talks']);
    expect(meetingsOn(calendar.scope, '2020-06-14').meetings).toEqual([]);
    expect(meetingsOn(calendar.scope, '2020-06-16').meetings).toEqual([]);
  });

  it('at the ends of the zones (Kiritimati +14, Pago Pago −11) stays on its day', () => {
    addMeeting(
      calendar.scope,
      meetingDraft({ title: 'Line Islands', date: '2020-06-15', timezone: 'Pacific/Kiritimati' }),
    );
    addMeeting(calendar.scope, meetingDraft({ title: 'Samoa', date: '2020-06-15', timezone: 'Pacific/Pago_Pago' }));
    expect(titles(meetingsOn(calendar.scope, '2020-06-15'))).toEqual(['Line Islands', 'Samoa']);
    expect(meetingsOn(calendar.scope, '2020-06-14').meetings).toEqual([]);
    expect(meetingsOn(calendar.scope, '2020-06-16').meetings).toEqual([]);
  });

  it('with no zone of its own is counted in the calendar’s zone', () => {
    const meeting = withTestCalendar({ seed: false, timezone: 'Asia/Damascus' }, (damascus) =>
      addMeeting(damascus.scope, meetingDraft({ title: 'Somewhere', date: '2020-06-15', timezone: null })),
    );
    expect(meeting.startsAt).toBe(utc('2020-06-14T21:00:00Z'));
    expect(meeting.zone).toBe('Asia/Damascus');
  });

  it('is printed as its local day, whatever the reader’s zone', () => {
    addMeeting(
      calendar.scope,
      meetingDraft({ title: 'Wellington talks', date: '2020-06-15', timezone: 'Pacific/Auckland' }),
    );
    const text = replyText(listMeetings(handlerContext(calendar.scope), { kind: 'on', date: '2020-06-15' }));
    expect(text).toMatch(/Wellington talks\nMonday,? 15 June 2020/);
  });
});

/** Timed meetings at 10:00 local on the days the clocks change, and the UTC instant each is. */
const DST_CASES = [
  { zone: 'America/New_York', day: '2020-03-08', change: 'spring', instant: '2020-03-08T14:00:00Z' },
  { zone: 'America/New_York', day: '2020-11-01', change: 'autumn', instant: '2020-11-01T15:00:00Z' },
  { zone: 'Europe/Berlin', day: '2020-03-29', change: 'spring', instant: '2020-03-29T08:00:00Z' },
  { zone: 'Europe/Berlin', day: '2020-10-25', change: 'autumn', instant: '2020-10-25T09:00:00Z' },
] as const;

describe.each(DST_CASES)('a 10:00 meeting in $zone on $day ($change change)', ({ zone, day, instant }) => {
  const draft = () =>
    meetingDraft({ title: `Talks in ${zone}`, precision: 'minute', date: day, time: '10:00', timezone: zone });

  it(`is at ${instant}`, () => {
    const meeting = addMeeting(calendar.scope, draft());
    expect(meeting.startsAt).toBe(utc(instant));
    expect(meetingJson(meeting)).toMatchObject({
      date: day,
      time: '10:00',
      timezone: zone,
      startsAt: new Date(utc(instant)).toISOString(),
    });
  });

  it('keeps its 10:00 wall-clock time in the terminal', () => {
    addMeeting(calendar.scope, draft());
    const text = replyText(listMeetings(handlerContext(calendar.scope), { kind: 'on', date: day }));
    expect(text).toContain(`10:00 ${zone} (${new Date(utc(instant)).toISOString()})`);
  });

  it('is found by a window that starts the day before, across the change', () => {
    addMeeting(calendar.scope, draft());
    const dayBefore = utc(`${day}T00:00:00Z`) - 86_400_000;
    expect(titles(upcomingMeetings(calendar.scope, dayBefore, { days: 2 }))).toEqual([`Talks in ${zone}`]);
    expect(upcomingMeetings(calendar.scope, utc(instant) + 60_000, { days: 2 }).meetings).toEqual([]);
  });

  it('is on its local day and not the next', () => {
    addMeeting(calendar.scope, draft());
    expect(titles(meetingsOn(calendar.scope, day))).toEqual([`Talks in ${zone}`]);
    const next = new Date(utc(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(meetingsOn(calendar.scope, next).meetings).toEqual([]);
  });
});

describe('a day-only meeting on the day of a clock change', () => {
  it('lasts 23 hours in New York in spring and 25 in autumn', () => {
    const spring = addMeeting(
      calendar.scope,
      meetingDraft({ title: 'spring', date: '2020-03-08', timezone: 'America/New_York' }),
    );
    const autumn = addMeeting(
      calendar.scope,
      meetingDraft({ title: 'autumn', date: '2020-11-01', timezone: 'America/New_York' }),
    );
    expect([spring.startsAt, spring.endsAt]).toEqual([utc('2020-03-08T05:00:00Z'), utc('2020-03-09T04:00:00Z')]);
    expect([autumn.startsAt, autumn.endsAt]).toEqual([utc('2020-11-01T04:00:00Z'), utc('2020-11-02T05:00:00Z')]);
  });

  it('begins at Berlin midnight of that day, before and after the change', () => {
    const spring = addMeeting(
      calendar.scope,
      meetingDraft({ title: 'spring', date: '2020-03-29', timezone: 'Europe/Berlin' }),
    );
    const autumn = addMeeting(
      calendar.scope,
      meetingDraft({ title: 'autumn', date: '2020-10-25', timezone: 'Europe/Berlin' }),
    );
    expect([spring.startsAt, spring.endsAt]).toEqual([utc('2020-03-28T23:00:00Z'), utc('2020-03-29T22:00:00Z')]);
    expect([autumn.startsAt, autumn.endsAt]).toEqual([utc('2020-10-24T22:00:00Z'), utc('2020-10-25T23:00:00Z')]);
  });
});

describe('a timed meeting with an end', () => {
  it('spans the autumn night in Berlin by wall clock (22:00 to 09:00 next day)', () => {
    const meeting = addMeeting(
      calendar.scope,
      meetingDraft({
        title: 'Night session',
        precision: 'minute',
        date: '2020-10-24',
        endDate: '2020-10-25',
        time: '22:00',
        endTime: '09:00',
        timezone: 'Europe/Berlin',
      }),
    );
    expect([meeting.startsAt, meeting.endsAt]).toEqual([utc('2020-10-24T20:00:00Z'), utc('2020-10-25T08:00:00Z')]);
    expect(titles(meetingsOn(calendar.scope, '2020-10-25'))).toEqual(['Night session']);
  });
});

describe('a clock time the change skips or repeats', () => {
  const timed = (zone: string, date: string, time: string) =>
    addMeeting(
      calendar.scope,
      meetingDraft({ title: `${zone} ${date} ${time}`, precision: 'minute', date, time, timezone: zone }),
    );

  it('01:30 on 2020-11-01 in New York happens twice: the meeting is at the first (EDT, 05:30Z)', () => {
    expect(new Date(timed('America/New_York', '2020-11-01', '01:30').startsAt).toISOString()).toBe(
      '2020-11-01T05:30:00.000Z',
    );
  });

  it('02:30 on 2020-10-25 in Berlin happens twice: the meeting is at the first (CEST, 00:30Z)', () => {
    expect(new Date(timed('Europe/Berlin', '2020-10-25', '02:30').startsAt).toISOString()).toBe(
      '2020-10-25T00:30:00.000Z',
    );
  });

  it('02:30 on 2020-03-08 in New York does not exist: the meeting moves on by the hour skipped (03:30 EDT)', () => {
    expect(new Date(timed('America/New_York', '2020-03-08', '02:30').startsAt).toISOString()).toBe(
      '2020-03-08T07:30:00.000Z',
    );
  });

  it('02:30 on 2020-03-29 in Berlin does not exist: the meeting moves on by the hour skipped (03:30 CEST)', () => {
    expect(new Date(timed('Europe/Berlin', '2020-03-29', '02:30').startsAt).toISOString()).toBe(
      '2020-03-29T01:30:00.000Z',
    );
  });
});

describe('a clock time typed without its leading zero', () => {
  it('is stored and shown as HH:mm (9:05 -> 09:05)', () => {
    const meeting = addMeeting(
      calendar.scope,
      meetingDraft({
        title: 'Early talks',
        precision: 'minute',
        date: '2020-06-15',
        time: '9:05',
        endTime: '9:45',
        timezone: 'Asia/Damascus',
      }),
    );
    expect(meetingJson(meeting)).toMatchObject({ time: '09:05', startsAt: '2020-06-15T06:05:00.000Z' });
    expect(meeting.endsAt).toBe(utc('2020-06-15T06:45:00Z'));
  });
});
