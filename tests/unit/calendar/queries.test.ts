/** The questions people ask of the seed calendar, each "now" and zone named. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  findMeeting,
  meetingById,
  meetingsAtPlace,
  meetingsBetween,
  meetingsOfParticipant,
  meetingsOn,
  participantList,
  pastMeetings,
  upcomingMeetings,
} from '../../../src/calendar/queries.js';
import { UserError } from '../../../src/errors.js';
import { listMeetings } from '../../../src/handlers/meetings.js';
import {
  ACCEPTANCE_NOW,
  addMeeting,
  handlerContext,
  meetingDraft,
  openTestCalendar,
  places,
  replyText,
  seedFile,
  seedMeeting,
  titles,
  withTestCalendar,
  type TestCalendar,
} from '../../helpers/calendar.js';

let calendar: TestCalendar;
beforeEach(() => {
  calendar = openTestCalendar();
});
afterEach(() => calendar.close());

const at = (iso: string) => Date.parse(iso);
const COMMITTEE = seedMeeting('constitutional-committee-round-3').title;
const WASHINGTON = seedMeeting('coalition-ministerial-washington').title;

describe('upcoming', () => {
  it('lists London, Damascus, Copenhagen and Brussels in order for the 7 days from 2020-01-26T12:00Z', () => {
    const listing = upcomingMeetings(calendar.scope, ACCEPTANCE_NOW, { days: 7 });
    expect(places(listing).slice(0, 4)).toEqual(['London', 'Damascus', 'Copenhagen', 'Brussels']);
    expect(listing.meetings.slice(0, 4).map((m) => m.date)).toEqual([
      '2020-01-27',
      '2020-01-29',
      '2020-01-29',
      '2020-01-30',
    ]);
  });

  it('leaves out the Washington meeting of November 2019', () => {
    const listing = upcomingMeetings(calendar.scope, ACCEPTANCE_NOW, { days: 7 });
    expect(titles(listing)).not.toContain(WASHINGTON);
  });

  it('ends with the February committee round that overlaps the window, expected in February 2020', () => {
    const listing = upcomingMeetings(calendar.scope, ACCEPTANCE_NOW, { days: 7 });
    expect(listing.total).toBe(5);
    expect(titles(listing).at(-1)).toBe(COMMITTEE);
    const text = replyText(listMeetings(handlerContext(calendar.scope), { kind: 'upcoming', days: 7 }));
    expect(text).toMatch(new RegExp(`${COMMITTEE}\\nexpected in February 2020`));
  });

  it('defaults to 7 days', () => {
    expect(titles(upcomingMeetings(calendar.scope, ACCEPTANCE_NOW))).toEqual(
      titles(upcomingMeetings(calendar.scope, ACCEPTANCE_NOW, { days: 7 })),
    );
  });

  it('with one day from 2020-01-26T12:00Z finds only London', () => {
    expect(places(upcomingMeetings(calendar.scope, ACCEPTANCE_NOW, { days: 1 }))).toEqual(['London']);
  });

  it('narrows to a participant and to a place', () => {
    expect(places(upcomingMeetings(calendar.scope, ACCEPTANCE_NOW, { days: 7, participant: 'Jeffrey' }))).toEqual([
      'London',
      'Copenhagen',
      'Brussels',
    ]);
    expect(places(upcomingMeetings(calendar.scope, ACCEPTANCE_NOW, { days: 7, place: 'Copenhagen' }))).toEqual([
      'Copenhagen',
    ]);
    expect(
      upcomingMeetings(calendar.scope, ACCEPTANCE_NOW, { days: 7, participant: 'Jeffrey', place: 'Damascus' }).meetings,
    ).toEqual([]);
  });

  it('refuses 0 days, 367 days and a fraction of a day', () => {
    for (const days of [0, 367, 1.5]) {
      expect(() => upcomingMeetings(calendar.scope, ACCEPTANCE_NOW, { days })).toThrow(UserError);
    }
  });
});

describe('on a day and between days', () => {
  it('finds both meetings of 2020-01-29 (Damascus, then Copenhagen)', () => {
    expect(places(meetingsOn(calendar.scope, '2020-01-29'))).toEqual(['Damascus', 'Copenhagen']);
  });

  it('finds the days 2020-01-28..2020-01-30 inclusive', () => {
    expect(places(meetingsBetween(calendar.scope, '2020-01-28', '2020-01-30'))).toEqual([
      'Damascus',
      'Copenhagen',
      'Brussels',
    ]);
  });

  it('finds a month-long meeting on any of its days', () => {
    expect(titles(meetingsOn(calendar.scope, '2020-02-17'))).toEqual([COMMITTEE]);
    expect(meetingsOn(calendar.scope, '2020-03-01').meetings).toEqual([]);
  });

  it('refuses an impossible day, a range that ends before it begins and one over a year', () => {
    expect(() => meetingsOn(calendar.scope, '2020-02-30')).toThrow(UserError);
    expect(() => meetingsBetween(calendar.scope, '2020-01-30', '2020-01-27')).toThrow(/ends .* before it begins/);
    expect(() => meetingsBetween(calendar.scope, '2020-01-01', '2021-06-01')).toThrow(UserError);
  });
});

describe('past', () => {
  it('lists what has ended, the latest first', () => {
    expect(places(pastMeetings(calendar.scope, at('2020-01-29T12:00:00Z')))).toEqual(['London', 'Washington']);
  });

  it('does not list a meeting that is still going on', () => {
    const listing = pastMeetings(calendar.scope, at('2020-02-15T12:00:00Z'));
    expect(titles(listing)).not.toContain(COMMITTEE);
    expect(listing.total).toBe(5);
  });

  it('pages: page 2 of 2-meeting pages, with the totals', () => {
    const listing = pastMeetings(calendar.scope, at('2020-06-01T00:00:00Z'), { page: 2, size: 2 });
    expect(listing).toMatchObject({ total: 6, page: 2, pageCount: 3 });
    expect(places(listing)).toEqual(['Copenhagen', 'Damascus']);
    expect(titles(pastMeetings(calendar.scope, at('2020-06-01T00:00:00Z'), { page: 1, size: 2 }))).toEqual([
      COMMITTEE,
      seedMeeting('jeffrey-eu-brussels').title,
    ]);
  });
});

describe('paging', () => {
  it('gives page 2 of the upcoming week with the total and the page count', () => {
    const listing = upcomingMeetings(calendar.scope, ACCEPTANCE_NOW, { days: 7 }, { page: 2, size: 2 });
    expect(listing).toMatchObject({ total: 5, page: 2, pageCount: 3 });
    expect(places(listing)).toEqual(['Copenhagen', 'Brussels']);
  });

  it('gives an empty page past the end, still counting the total', () => {
    const listing = upcomingMeetings(calendar.scope, ACCEPTANCE_NOW, { days: 7 }, { page: 4, size: 2 });
    expect(listing.meetings).toEqual([]);
    expect(listing.total).toBe(5);
  });

  it('refuses page 0', () => {
    expect(() => upcomingMeetings(calendar.scope, ACCEPTANCE_NOW, { days: 7 }, { page: 0 })).toThrow(UserError);
  });
});

describe('by participant, by place, one meeting', () => {
  it('lists every meeting of the Global Coalition, past and future, in order', () => {
    expect(places(meetingsOfParticipant(calendar.scope, 'Global Coalition'))).toEqual(['Washington', 'Copenhagen']);
  });

  it('lists the meetings in Brussels', () => {
    expect(titles(meetingsAtPlace(calendar.scope, 'Brussels'))).toEqual([seedMeeting('jeffrey-eu-brussels').title]);
  });

  it('refuses a name nobody has and a place nowhere in the calendar', () => {
    expect(() => meetingsOfParticipant(calendar.scope, 'Nobody Atall')).toThrow(
      /no participant .* matches "Nobody Atall"/,
    );
    expect(() => meetingsAtPlace(calendar.scope, 'Atlantis')).toThrow(/no place .* matches "Atlantis"/);
  });

  it('shows one meeting in full: participants, evidence and source', () => {
    const [damascus] = meetingsOn(calendar.scope, '2020-01-29').meetings;
    const meeting = meetingById(calendar.scope, damascus!.number);
    const seed = seedMeeting('pedersen-damascus');
    expect(meeting).toMatchObject({ title: seed.title, evidence: seed.evidence, timezone: 'Asia/Damascus' });
    expect(meeting.participants.map((p) => p.name)).toEqual(['Geir Pedersen']);
    expect(meeting.sources[0]?.outlet).toBe(seedFile().source.outlet);
  });

  it('refuses a meeting number that does not exist', () => {
    expect(() => meetingById(calendar.scope, 999)).toThrow(/no meeting #999/);
    expect(() => meetingById(calendar.scope, 0)).toThrow(UserError);
  });

  it('finds a meeting by words of its title, in either script', () => {
    expect(findMeeting(calendar.scope, 'Pedersen', ACCEPTANCE_NOW).place.name).toBe('Damascus');
    expect(findMeeting(calendar.scope, 'بيدرسون', ACCEPTANCE_NOW).place.name).toBe('Damascus');
  });
});

describe('participants with counts', () => {
  it('puts James Jeffrey first with 3 meetings, then the Global Coalition with 2', () => {
    const list = participantList(calendar.scope);
    expect(list.slice(0, 2).map((p) => [p.name, p.meetingCount])).toEqual([
      ['James Jeffrey', 3],
      ['Global Coalition to Defeat ISIS', 2],
    ]);
  });

  it('lists every participant of the seed once', () => {
    const names = new Set(seedFile().meetings.flatMap((m) => m.participants.map((p) => p.name)));
    const list = participantList(calendar.scope);
    expect(list.map((p) => p.name).sort()).toEqual([...names].sort());
    expect(list.every((p) => p.meetingCount >= 1)).toBe(true);
  });
});

describe('week and month precision', () => {
  it('widens a week to Monday..Sunday and shows it as expected in that week', () => {
    const week = addMeeting(
      calendar.scope,
      meetingDraft({ title: 'Astana round', precision: 'week', date: '2020-03-11', timezone: 'Asia/Almaty' }),
    );
    expect([week.date, week.endDate]).toEqual(['2020-03-09', '2020-03-15']);
    const text = replyText(listMeetings(handlerContext(calendar.scope), { kind: 'on', date: '2020-03-12' }));
    expect(text).toContain('Astana round\nexpected in the week of 9 March 2020');
  });

  it('sorts a week after the dated meetings of that week, even one on its Sunday', () => {
    addMeeting(
      calendar.scope,
      meetingDraft({ title: 'Week talks', precision: 'week', date: '2020-03-09', timezone: 'Europe/Paris' }),
    );
    addMeeting(
      calendar.scope,
      meetingDraft({
        title: 'Sunday dinner',
        precision: 'minute',
        date: '2020-03-15',
        time: '21:00',
        timezone: 'Europe/Paris',
      }),
    );
    addMeeting(calendar.scope, meetingDraft({ title: 'Tuesday call', date: '2020-03-10', timezone: 'Europe/Paris' }));
    expect(titles(meetingsBetween(calendar.scope, '2020-03-09', '2020-03-15'))).toEqual([
      'Tuesday call',
      'Sunday dinner',
      'Week talks',
    ]);
  });

  it('sorts a month after the dated meetings of that month', () => {
    addMeeting(calendar.scope, meetingDraft({ title: 'Geneva talks', date: '2020-02-27', timezone: 'Europe/Zurich' }));
    expect(titles(meetingsBetween(calendar.scope, '2020-02-01', '2020-02-29'))).toEqual(['Geneva talks', COMMITTEE]);
  });
});

describe('an empty answer', () => {
  it('says what is nearest: the last meeting before and the next known after', () => {
    const reply = listMeetings(handlerContext(calendar.scope, at('2020-01-01T00:00:00Z')), {
      kind: 'upcoming',
      days: 7,
    });
    const text = replyText(reply);
    expect(text).toContain('Nothing in the next 7 days; the last meeting was');
    expect(text).toMatch(new RegExp(`the last meeting was #\\d+ · ${WASHINGTON} on Thursday,? 14 November 2019`));
    expect(text).toMatch(/the next known is #\d+ · Small Group on Syria meeting on Monday,? 27 January 2020\./);
  });

  it('after the last meeting, names it and says none is known after', () => {
    const text = replyText(
      listMeetings(handlerContext(calendar.scope, at('2020-06-01T00:00:00Z')), { kind: 'upcoming', days: 7 }),
    );
    expect(text).toMatch(
      new RegExp(`the last meeting was #\\d+ · ${COMMITTEE} expected in February 2020, none is known after\\.`),
    );
  });

  it('for a day with nothing, points at the meetings before and after it', () => {
    const text = replyText(listMeetings(handlerContext(calendar.scope), { kind: 'on', date: '2020-01-28' }));
    expect(text).toMatch(
      /^Nothing on Tuesday,? 28 January 2020; the last meeting was #\d+ · Small Group on Syria meeting/m,
    );
    expect(text).toMatch(
      /the next known is #\d+ · UN envoy Geir Pedersen visits Damascus on Wednesday,? 29 January 2020\./,
    );
  });

  it('with a participant, names only that participant’s meetings as nearest', () => {
    const text = replyText(
      listMeetings(handlerContext(calendar.scope, at('2020-02-05T00:00:00Z')), {
        kind: 'upcoming',
        days: 7,
        participant: 'Pedersen',
      }),
    );
    expect(text).toMatch(
      /Nothing in the next 7 days with Geir Pedersen; the last meeting was #\d+ · UN envoy Geir Pedersen visits Damascus/,
    );
    expect(text).toContain('none is known after');
  });

  it('of an empty calendar says it has no meetings yet', () => {
    const text = withTestCalendar({ seed: false }, (empty) =>
      replyText(listMeetings(handlerContext(empty.scope), { kind: 'upcoming', days: 7 })),
    );
    expect(text).toContain('This calendar has no meetings yet.');
  });
});

describe('meetings that cannot be', () => {
  it('refuses an impossible date', () => {
    expect(() => addMeeting(calendar.scope, meetingDraft({ title: 'x', date: '2020-02-30' }))).toThrow(UserError);
    expect(() => addMeeting(calendar.scope, meetingDraft({ title: 'x', date: '2021-02-29' }))).toThrow(UserError);
  });

  it('refuses an unknown time zone', () => {
    expect(() => addMeeting(calendar.scope, meetingDraft({ title: 'x', timezone: 'Mars/Olympus_Mons' }))).toThrow(
      /unknown time zone/,
    );
  });

  it('refuses an end before the start, by day and by clock time', () => {
    expect(() =>
      addMeeting(calendar.scope, meetingDraft({ title: 'x', date: '2020-05-02', endDate: '2020-05-01' })),
    ).toThrow(UserError);
    expect(() =>
      addMeeting(
        calendar.scope,
        meetingDraft({ title: 'x', precision: 'minute', date: '2020-05-02', time: '10:00', endTime: '09:00' }),
      ),
    ).toThrow(UserError);
  });

  it('refuses an impossible clock time', () => {
    expect(() =>
      addMeeting(calendar.scope, meetingDraft({ title: 'x', precision: 'minute', date: '2020-05-02', time: '24:30' })),
    ).toThrow(UserError);
  });

  it('adds nothing when one meeting of a batch is refused', () => {
    const before = calendar.scope.store.countMeetings();
    expect(() =>
      calendar.scope.store.addMeetings(
        [meetingDraft({ title: 'fine' }), meetingDraft({ title: 'bad', date: '2020-02-30' })],
        { now: ACCEPTANCE_NOW },
      ),
    ).toThrow(UserError);
    expect(calendar.scope.store.countMeetings()).toBe(before);
  });
});
