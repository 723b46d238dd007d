/**
 * An export read back as a calendar program reads it (node-ical): each meeting at its own time
 * in its own zone, whole days for what only the day, week or month is known of, its status,
 * a UID that stays and a SEQUENCE that grows, and its people, place and sentence in both scripts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setCalendarZone, setMeetingStatus, updateMeeting } from '../../../src/calendar/changes.js';
import type { Meeting, MeetingDraft } from '../../../src/calendar/types.js';
import { calendarFile } from '../../../src/ical/calendar-file.js';
import { icsLines, readEvents, type ReadEvent } from '../../helpers/ics.js';
import { addMeeting, meetingDraft, openTestCalendar, type TestCalendar } from '../../helpers/calendar.js';

let calendar: TestCalendar;
beforeEach(() => {
  calendar = openTestCalendar({ seed: false });
});
afterEach(() => calendar.close());

const BERLIN = { name: 'Berlin', nameAr: 'برلين', country: 'DE' };

function timedInBerlin(
  date: string,
  time: string,
  extra: Omit<Partial<MeetingDraft>, 'title'> & { title?: string } = {},
): MeetingDraft {
  return meetingDraft({
    title: 'Berlin talks on Libya',
    titleAr: 'محادثات برلين حول ليبيا',
    precision: 'minute',
    date,
    time,
    endTime: '12:30',
    timezone: 'Europe/Berlin',
    place: BERLIN,
    ...extra,
  });
}

function only(ics: string): ReadEvent {
  const events = readEvents(ics);
  expect(events).toHaveLength(1);
  return events[0]!;
}

const file = (meetings: Meeting[], locale: 'en' | 'ar' = 'en') => calendarFile(meetings, { locale });

describe('a timed meeting', () => {
  it('is written at its clock time in its own zone (TZID with its VTIMEZONE) and read back at the same instant', () => {
    const meeting = addMeeting(calendar.scope, timedInBerlin('2020-01-19', '10:00'));
    const ics = file([meeting]);
    const event = only(ics);
    expect(event.tz).toBe('Europe/Berlin');
    expect(event.start.toISOString()).toBe('2020-01-19T09:00:00.000Z');
    expect(event.end.toISOString()).toBe('2020-01-19T11:30:00.000Z');
    const lines = icsLines(ics);
    expect(lines).toContain('DTSTART;TZID=Europe/Berlin:20200119T100000');
    expect(lines).toContain('DTEND;TZID=Europe/Berlin:20200119T123000');
    expect(lines).toContain('BEGIN:VTIMEZONE');
    expect(lines).toContain('TZID:Europe/Berlin');
  });

  it('on the day Berlin springs forward (2020-03-29) 10:00 is 08:00 UTC, and on the day it falls back 09:00 UTC', () => {
    const spring = addMeeting(calendar.scope, timedInBerlin('2020-03-29', '10:00'));
    const autumn = addMeeting(calendar.scope, timedInBerlin('2020-10-25', '10:00', { title: 'Autumn talks' }));
    const [first, second] = readEvents(file([spring, autumn]));
    expect(first!.start.toISOString()).toBe('2020-03-29T08:00:00.000Z');
    expect(first!.end.toISOString()).toBe('2020-03-29T10:30:00.000Z');
    expect(second!.start.toISOString()).toBe('2020-10-25T09:00:00.000Z');
    expect(icsLines(file([spring, autumn])).filter((l) => l.startsWith('DTSTART;TZID'))).toEqual([
      'DTSTART;TZID=Europe/Berlin:20200329T100000',
      'DTSTART;TZID=Europe/Berlin:20201025T100000',
    ]);
  });

  it('with no place takes the calendar zone, and moves with it when the calendar changes zone', () => {
    const draft = timedInBerlin('2020-01-19', '10:00', {
      timezone: null,
      place: { name: null, nameAr: null, country: null },
    });
    setCalendarZone(calendar.scope, 'Asia/Damascus');
    const meeting = addMeeting(calendar.scope, draft);
    const event = only(file([meeting]));
    expect(event.tz).toBe('Asia/Damascus');
    expect(event.start.toISOString()).toBe('2020-01-19T08:00:00.000Z');
    expect(event.location).toBeUndefined();
  });

  it('without an end is written without DTEND (the calendar keeps no end for it)', () => {
    const meeting = addMeeting(calendar.scope, timedInBerlin('2020-01-19', '10:00', { endTime: null }));
    const ics = file([meeting]);
    expect(icsLines(ics).some((line) => line.startsWith('DTEND'))).toBe(false);
    expect(only(ics).start.toISOString()).toBe('2020-01-19T09:00:00.000Z');
  });
});

describe('a meeting known only by its day, week or month', () => {
  it('a day-only meeting is an all-day event on its local day (VALUE=DATE)', () => {
    const meeting = addMeeting(
      calendar.scope,
      meetingDraft({ title: 'Pedersen in Damascus', date: '2020-01-29', timezone: 'Asia/Damascus' }),
    );
    const ics = file([meeting]);
    expect(only(ics).days).toEqual({ first: '2020-01-29', afterLast: '2020-01-30' });
    expect(icsLines(ics)).toContain('DTSTART;VALUE=DATE:20200129');
    expect(only(ics).description).not.toMatch(/Only the/);
  });

  it('a meeting over several days covers them all', () => {
    const meeting = addMeeting(
      calendar.scope,
      meetingDraft({ title: 'Geneva round', date: '2020-02-24', endDate: '2020-02-28', timezone: 'Europe/Zurich' }),
    );
    expect(only(file([meeting])).days).toEqual({ first: '2020-02-24', afterLast: '2020-02-29' });
  });

  it('a week-only meeting spans its week, and its description says only the week is known', () => {
    const meeting = addMeeting(
      calendar.scope,
      meetingDraft({ title: 'Next week', precision: 'week', date: '2020-02-05' }),
    );
    const event = only(file([meeting]));
    expect(event.days).toEqual({ first: '2020-02-03', afterLast: '2020-02-10' });
    expect(event.description).toContain('Only the week is known (3 February 2020 to 9 February 2020)');
  });

  it('a month-only meeting spans its month, said in the server language', () => {
    const meeting = addMeeting(
      calendar.scope,
      meetingDraft({ title: 'February summit', titleAr: 'قمة شباط', precision: 'month', date: '2020-02-01' }),
    );
    expect(only(file([meeting])).days).toEqual({ first: '2020-02-01', afterLast: '2020-03-01' });
    expect(only(file([meeting])).description).toContain('Only the month is known (February 2020)');
    const arabic = only(file([meeting], 'ar'));
    expect(arabic.summary).toBe('قمة شباط');
    expect(arabic.description).toMatch(/^لا يُعرف إلا الشهر \(شباط ٢٠٢٠\)/);
  });
});

describe('status, identity and changes', () => {
  it('held and scheduled are CONFIRMED, tentative TENTATIVE, cancelled CANCELLED', () => {
    const statuses = ['held', 'scheduled', 'tentative', 'cancelled'] as const;
    const meetings = statuses.map((status) => addMeeting(calendar.scope, meetingDraft({ title: status, status })));
    expect(readEvents(file(meetings)).map((e) => [e.summary, e.status])).toEqual([
      ['held', 'CONFIRMED'],
      ['scheduled', 'CONFIRMED'],
      ['tentative', 'TENTATIVE'],
      ['cancelled', 'CANCELLED'],
    ]);
  });

  it('keeps its UID through changes while SEQUENCE grows with each one', () => {
    const draft = timedInBerlin('2020-01-19', '10:00');
    const made = addMeeting(calendar.scope, draft);
    const before = only(file([made]));
    expect(before.sequence).toBe(0);

    updateMeeting(calendar.scope, made.number, { ...draft, time: '11:00' }, Date.parse('2020-01-20T00:00:00Z'));
    const moved = only(file([calendar.scope.store.meeting(made.number)]));
    setMeetingStatus(calendar.scope, made.number, 'cancelled', Date.parse('2020-01-21T00:00:00Z'));
    const cancelled = only(file([calendar.scope.store.meeting(made.number)]));

    expect([moved.uid, cancelled.uid]).toEqual([before.uid, before.uid]);
    expect([moved.sequence, cancelled.sequence]).toEqual([1, 2]);
    expect(moved.start.toISOString()).toBe('2020-01-19T10:00:00.000Z');
    expect(cancelled.status).toBe('CANCELLED');
  });

  it('gives two meetings two UIDs, and the same meeting number in two calendars two UIDs', () => {
    const [one, two] = [1, 2].map((n) => addMeeting(calendar.scope, meetingDraft({ title: `m${n}` })));
    const other = calendar.calendars.forGuild('111111111111111111');
    const elsewhere = addMeeting(other, meetingDraft({ title: 'm1' }));
    expect(elsewhere.number).toBe(one!.number);
    const uids = [...readEvents(file([one!, two!])), ...readEvents(file([elsewhere]))].map((e) => e.uid);
    expect(new Set(uids).size).toBe(3);
  });

  it('writes the same text for the same meetings (no time of writing in it)', () => {
    const meeting = addMeeting(calendar.scope, timedInBerlin('2020-01-19', '10:00'));
    expect(file([meeting])).toBe(file([calendar.scope.store.meeting(meeting.number)]));
  });
});

describe('what the description holds', () => {
  it('participants and place in both scripts, the status, the source sentence and article, Arabic intact', () => {
    const sentence = 'عقد ممثلون عن الدول الأعضاء فيما يسمى «المجموعة المصغرة» أمس اجتماعاً في لندن، بحضور جيمس جيفري';
    const meeting = addMeeting(
      calendar.scope,
      meetingDraft({
        title: 'Small Group on Syria meeting',
        titleAr: 'اجتماع المجموعة المصغرة حول سورية',
        date: '2020-01-27',
        timezone: 'Europe/London',
        place: { name: 'London', nameAr: 'لندن', country: 'GB' },
        status: 'held',
        evidence: sentence,
        participants: [
          { name: 'James Jeffrey', nameAr: 'جيمس جيفري', kind: 'person', role: 'US envoy' },
          { name: null, nameAr: 'الأردن', kind: 'country' },
        ],
      }),
    );
    const english = only(file([meeting]));
    expect(english.summary).toBe('Small Group on Syria meeting');
    expect(english.location).toBe('London · لندن');
    expect(english.description.split('\n')).toEqual([
      'Participants: James Jeffrey · جيمس جيفري (US envoy); الأردن',
      'Place: London · لندن',
      'Status: held',
      '',
      `Source: «${sentence}»`,
    ]);
    const arabic = only(file([meeting], 'ar'));
    expect(arabic.summary).toBe('اجتماع المجموعة المصغرة حول سورية');
    expect(arabic.description).toContain('المشاركون: James Jeffrey · جيمس جيفري (US envoy); الأردن');
    expect(arabic.description).toContain(`المصدر: «${sentence}»`);
  });
});
