/**
 * What a meeting's Discord event shows, and what a calendar's events need (src/events-sync/),
 * pure: meetings made by the real calendar (so their instants are the calendar's own), every
 * zone named, expectations written as instants with their offsets. Berlin springs forward on
 * 2020-03-29 at 02:00 (a 23-hour day) and falls back on 2020-10-25 (a 25-hour day).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting, MeetingDraft } from '../../../src/calendar/types.js';
import { EVENT_LIMITS, eventFields, eventMarker } from '../../../src/events-sync/event-fields.js';
import { MAX_EVENTS, planCalendar } from '../../../src/events-sync/plan.js';
import type { EventFields, EventRow } from '../../../src/events-sync/types.js';
import { addMeeting, meetingDraft, openTestCalendar, type TestCalendar } from '../../helpers/calendar.js';

const BERLIN = 'Europe/Berlin';
const at = (iso: string) => Date.parse(iso);
const NOW = at('2020-03-01T12:00:00Z');

let calendar: TestCalendar;
beforeEach(() => {
  calendar = openTestCalendar({ seed: false });
});
afterEach(() => calendar.close());

function meeting(overrides: Partial<MeetingDraft> & { title: string }): Meeting {
  return addMeeting(calendar.scope, meetingDraft({ timezone: BERLIN, ...overrides }));
}

function row(meetingNumber: number, overrides: Partial<EventRow> = {}): EventRow {
  return {
    meetingNumber,
    meetingExists: true,
    eventId: `ev${meetingNumber}`,
    state: 'live',
    sent: null,
    attempts: 0,
    nextAttemptAt: null,
    lastError: null,
    updatedAt: NOW,
    ...overrides,
  };
}

function plan(meetings: Meeting[], rows: EventRow[] = [], now = NOW) {
  return planCalendar({
    now,
    locale: 'en',
    window: meetings.map((m) => m.number),
    meetings: new Map(meetings.map((m) => [m.number, m])),
    rows,
  });
}

describe('an event’s fields', () => {
  it('a timed meeting with no end lasts an hour; one with an end keeps it', () => {
    const open = eventFields(meeting({ title: 'Talks', precision: 'minute', date: '2020-03-05', time: '10:00' }), 'en');
    expect(open).toMatchObject({ startsAt: at('2020-03-05T10:00:00+01:00'), endsAt: at('2020-03-05T11:00:00+01:00') });
    const closed = eventFields(
      meeting({ title: 'Talks', precision: 'minute', date: '2020-03-05', time: '10:00', endTime: '16:30' }),
      'en',
    );
    expect(closed?.endsAt).toBe(at('2020-03-05T16:30:00+01:00'));
  });

  it('a day-only meeting covers its local day in its zone: 23 hours on the day Berlin springs forward', () => {
    const fields = eventFields(meeting({ title: 'Summit', date: '2020-03-29' }), 'en');
    expect(fields).toMatchObject({
      startsAt: at('2020-03-29T00:00:00+01:00'),
      endsAt: at('2020-03-30T00:00:00+02:00'),
    });
    expect(fields!.endsAt - fields!.startsAt).toBe(23 * 3_600_000);
    const tokyo = eventFields(meeting({ title: 'Summit', date: '2020-03-29', timezone: 'Asia/Tokyo' }), 'en');
    expect(tokyo?.startsAt).toBe(at('2020-03-29T00:00:00+09:00'));
  });

  it('a week- or month-only meeting gets no event', () => {
    expect(eventFields(meeting({ title: 'Some week', precision: 'week', date: '2020-03-09' }), 'en')).toBeNull();
    expect(eventFields(meeting({ title: 'Some month', precision: 'month', date: '2020-03-01' }), 'en')).toBeNull();
  });

  it('stays within Discord’s limits however long the title, place, people and sentence, and always ends with its marker', () => {
    const long = 'ا'.repeat(3000);
    const m = meeting({
      title: 'T'.repeat(300),
      date: '2020-03-05',
      place: { name: 'P'.repeat(300), nameAr: null, country: null },
      evidence: long,
      participants: Array.from({ length: 60 }, (_, i) => ({
        name: `Participant number ${i} with a long name`,
        nameAr: null,
        kind: 'person' as const,
      })),
    });
    const fields = eventFields(m, 'en')!;
    expect(fields.name.length).toBeLessThanOrEqual(EVENT_LIMITS.name);
    expect(fields.location.length).toBeLessThanOrEqual(EVENT_LIMITS.location);
    expect(fields.description.length).toBeLessThanOrEqual(EVENT_LIMITS.description);
    expect(fields.description.endsWith(`\n${eventMarker(m.number)}`)).toBe(true);
  });

  it('in Arabic: the Arabic title and place, and a place not given said so; markdown in outside text escaped', () => {
    const m = meeting({
      title: 'Talks',
      titleAr: 'محادثات جنيف',
      date: '2020-03-05',
      place: { name: 'Geneva', nameAr: 'جنيف', country: 'CH' },
      evidence: 'He said **now** @everyone',
    });
    expect(eventFields(m, 'ar')).toMatchObject({ name: 'محادثات جنيف', location: 'جنيف' });
    expect(eventFields(m, 'en')!.description).toContain('He said \\*\\*now\\*\\* @\u200beveryone');
    expect(eventFields(meeting({ title: 'Nowhere', date: '2020-03-05' }), 'en')?.location).toBe('place not given');
  });
});

describe('a calendar’s plan', () => {
  const fieldsOf = (m: Meeting): EventFields => eventFields(m, 'en')!;

  it('creates events for meetings to come, soonest first, none for one begun, cancelled or without a time of its own', () => {
    const soon = meeting({ title: 'Soon', date: '2020-03-03' });
    const begun = meeting({ title: 'Today', date: '2020-03-01' });
    const cancelled = meeting({ title: 'Off', date: '2020-03-04', status: 'cancelled' });
    const week = meeting({ title: 'Week', precision: 'week', date: '2020-03-09' });
    expect(plan([begun, soon, cancelled, week])).toEqual([
      expect.objectContaining({ kind: 'create', meetingNumber: soon.number, lookFirst: false }),
    ]);
  });

  it(`keeps to Discord's ${MAX_EVENTS} events, counting those it has`, () => {
    const meetings = Array.from({ length: 105 }, (_, i) => meeting({ title: `M${i}`, date: '2020-03-05' }));
    const rows = meetings.slice(0, 10).map((m) => row(m.number, { sent: fieldsOf(m) }));
    const creates = plan(meetings, rows).filter((a) => a.kind === 'create');
    expect(creates).toHaveLength(MAX_EVENTS - 10);
    expect(creates[0]?.meetingNumber).toBe(meetings[10]!.number);
  });

  it('sends the cover only when its month’s picture is another; a month not drawn leaves the cover as it is', () => {
    const m = meeting({ title: 'Talks', precision: 'minute', date: '2020-03-05', time: '10:00' });
    const covers = (hash: string | null) => new Map([['2020-03', hash]]);
    const planned = (sent: EventFields, cover?: Map<string, string | null>) =>
      planCalendar({
        now: NOW,
        locale: 'en',
        window: [m.number],
        meetings: new Map([[m.number, m]]),
        rows: [row(m.number, { sent })],
        covers: cover,
      });
    const shown = { ...fieldsOf(m), cover: 'march-1' };
    expect(planned(shown, covers('march-1'))).toEqual([]);
    expect(planned(shown)).toEqual([]);
    expect(planned(shown, new Map([['2020-04', 'april-1']]))).toEqual([]);
    expect(planned(shown, covers('march-2'))).toEqual([
      expect.objectContaining({ kind: 'update', changes: { cover: 'march-2' } }),
    ]);
    // Too large now: the old picture is taken away; an event made before covers gets its first.
    expect(planned(shown, covers(null))).toEqual([expect.objectContaining({ changes: { cover: null } })]);
    expect(planned(fieldsOf(m), covers('march-1'))).toEqual([
      expect.objectContaining({ changes: { cover: 'march-1' } }),
    ]);
    expect(planned(fieldsOf(m), covers(null))).toEqual([]);
  });

  it('sends only what changed; nothing when nothing did', () => {
    const m = meeting({ title: 'Talks', precision: 'minute', date: '2020-03-05', time: '10:00' });
    expect(plan([m], [row(m.number, { sent: fieldsOf(m) })])).toEqual([]);
    const sent = { ...fieldsOf(m), name: 'Old name' };
    expect(plan([m], [row(m.number, { sent })])).toEqual([
      expect.objectContaining({ kind: 'update', changes: { name: 'Talks' } }),
    ]);
  });

  it('cancels the event of a cancelled meeting, deletes that of a deleted one, and of one that became a week', () => {
    const cancelled = meeting({ title: 'Off', date: '2020-03-04', status: 'cancelled' });
    const week = meeting({ title: 'Week', precision: 'week', date: '2020-03-09' });
    const actions = plan(
      [cancelled, week],
      [row(cancelled.number), row(week.number), row(99, { meetingExists: false })],
    );
    expect(actions.map((a) => [a.kind, a.meetingNumber])).toEqual([
      ['cancel', cancelled.number],
      ['remove', week.number],
      ['remove', 99],
    ]);
  });

  it('leaves alone what a moderator removed, a retry still waiting, and a failure until the meeting changes', () => {
    const m = meeting({ title: 'Talks', date: '2020-03-05' });
    expect(plan([m], [row(m.number, { state: 'removed-by-hand' })])).toEqual([]);
    expect(plan([m], [row(m.number, { nextAttemptAt: NOW + 60_000 })])).toEqual([]);
    expect(plan([m], [row(m.number, { state: 'failed', eventId: null, updatedAt: NOW })])).toEqual([]);
    expect(plan([m], [row(m.number, { state: 'failed', eventId: null, updatedAt: m.updatedAt - 1 })])).toEqual([
      expect.objectContaining({ kind: 'create', lookFirst: true }),
    ]);
  });

  it('a claim cut short is taken over and looked for first; a meeting over is forgotten', () => {
    const m = meeting({ title: 'Talks', date: '2020-03-05' });
    expect(plan([m], [row(m.number, { state: 'creating', eventId: null })])).toEqual([
      expect.objectContaining({ kind: 'create', lookFirst: true, marker: eventMarker(m.number) }),
    ]);
    expect(plan([m], [row(m.number)], at('2020-03-07T00:00:00Z'))).toEqual([
      { kind: 'forget', meetingNumber: m.number },
    ]);
  });
});
