/** Every server has its own calendar: nothing added to one is visible from another. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findMeeting,
  meetingById,
  meetingsAtPlace,
  meetingsBetween,
  meetingsOfParticipant,
  meetingsOn,
  participantList,
  pastMeetings,
  resolvePlaces,
  upcomingMeetings,
  type CalendarScope,
} from '../../src/calendar/queries.js';
import type { Meeting } from '../../src/calendar/types.js';
import { meetingChoices, participantChoices, placeChoices } from '../../src/handlers/autocomplete.js';
import { UserError } from '../../src/errors.js';
import {
  ACCEPTANCE_NOW,
  addMeeting,
  meetingDraft,
  openTestCalendar,
  seedFile,
  titles,
  type TestCalendar,
} from '../helpers/calendar.js';

let calendar: TestCalendar;
let guildA: CalendarScope;
let guildB: CalendarScope;
let onlyInA: Meeting;

beforeAll(() => {
  calendar = openTestCalendar();
  guildA = calendar.calendars.forGuild('111111111111111111');
  guildB = calendar.calendars.forGuild('222222222222222222');
  onlyInA = addMeeting(
    guildA,
    meetingDraft({
      title: 'Zanzibar talks',
      date: '2020-01-28',
      timezone: 'Africa/Dar_es_Salaam',
      place: { name: 'Zanzibar', nameAr: 'زنجبار', country: 'TZ' },
      participants: [
        { name: 'Quentin Quarry', nameAr: 'كوينتن كواري', kind: 'person' },
        { name: 'James Jeffrey', nameAr: 'جيمس جيفري', kind: 'person' },
      ],
    }),
  );
});
afterAll(() => calendar.close());

describe('two servers’ calendars', () => {
  it('are different calendars, each with the seed of its own', () => {
    expect(guildA.calendar.id).not.toBe(guildB.calendar.id);
    expect(guildA.store.countMeetings()).toBe(seedFile().meetings.length + 1);
    expect(guildB.store.countMeetings()).toBe(seedFile().meetings.length);
  });

  it('keep the terminal’s own calendar apart as well', () => {
    const local = calendar.scope;
    expect(local.calendar.id).not.toBe(guildA.calendar.id);
    expect(titles(meetingsOn(local, '2020-01-28'))).not.toContain('Zanzibar talks');
  });

  it('show a meeting of A in A’s upcoming, on, between and past answers', () => {
    expect(titles(upcomingMeetings(guildA, ACCEPTANCE_NOW))).toContain('Zanzibar talks');
    expect(titles(meetingsOn(guildA, '2020-01-28'))).toContain('Zanzibar talks');
    expect(titles(meetingsBetween(guildA, '2020-01-27', '2020-01-31'))).toContain('Zanzibar talks');
    expect(titles(pastMeetings(guildA, Date.parse('2020-03-01T00:00:00Z')))).toContain('Zanzibar talks');
  });

  it('hide it from B’s upcoming, on, between and past answers', () => {
    expect(titles(upcomingMeetings(guildB, ACCEPTANCE_NOW))).not.toContain('Zanzibar talks');
    expect(meetingsOn(guildB, '2020-01-28').meetings).toEqual([]);
    expect(titles(meetingsBetween(guildB, '2020-01-27', '2020-01-31'))).not.toContain('Zanzibar talks');
    expect(titles(pastMeetings(guildB, Date.parse('2020-03-01T00:00:00Z')))).not.toContain('Zanzibar talks');
  });

  it('refuse to show A’s meeting by its number in B', () => {
    expect(meetingById(guildA, onlyInA.number).title).toBe('Zanzibar talks');
    expect(() => meetingById(guildB, onlyInA.number)).toThrow(UserError);
    expect(() => findMeeting(guildB, 'Zanzibar', ACCEPTANCE_NOW)).toThrow(UserError);
  });

  it('number their meetings each from #1: the numbers one server sees say nothing of another’s', () => {
    const numbers = (scope: CalendarScope) =>
      meetingsBetween(scope, '2019-06-01', '2020-05-31')
        .meetings.map((m) => m.number)
        .sort((a, b) => a - b);
    const seed = seedFile().meetings.map((_, i) => i + 1);
    expect(numbers(guildB)).toEqual(seed);
    expect(numbers(guildA)).toEqual([...seed, seed.length + 1]);
    expect(onlyInA.number).toBe(seed.length + 1);
  });

  it('never give a deleted meeting’s number to another meeting', () => {
    const scope = calendar.calendars.forGuild('333333333333333333');
    const first = addMeeting(scope, meetingDraft({ title: 'First', date: '2020-02-10' }));
    scope.store.deleteMeeting(first.number);
    const second = addMeeting(scope, meetingDraft({ title: 'Second', date: '2020-02-11' }));
    expect(second.number).toBe(first.number + 1);
    expect(() => meetingById(scope, first.number)).toThrow(UserError);
  });

  it('do not know A’s new participant or place in B', () => {
    expect(titles(meetingsOfParticipant(guildA, 'Quentin'))).toEqual(['Zanzibar talks']);
    expect(() => meetingsOfParticipant(guildB, 'Quentin')).toThrow(UserError);
    expect(titles(meetingsAtPlace(guildA, 'زنجبار'))).toEqual(['Zanzibar talks']);
    expect(() => meetingsAtPlace(guildB, 'Zanzibar')).toThrow(UserError);
  });

  it('do not answer B’s question with A’s participant or place ids', () => {
    const quentinInA = participantList(guildA).find((p) => p.name === 'Quentin Quarry')!;
    const zanzibarInA = resolvePlaces(guildA, 'Zanzibar')[0]!;
    expect(() => meetingsOfParticipant(guildB, `#${quentinInA.id}`)).toThrow(UserError);
    expect(() => meetingsAtPlace(guildB, `#${zanzibarInA.id}`)).toThrow(UserError);
  });

  it('count a shared name’s meetings per calendar', () => {
    const jeffreyIn = (scope: CalendarScope) =>
      participantList(scope).find((p) => p.name === 'James Jeffrey')!.meetingCount;
    expect(jeffreyIn(guildA)).toBe(4);
    expect(jeffreyIn(guildB)).toBe(3);
    expect(participantList(guildB).map((p) => p.name)).not.toContain('Quentin Quarry');
  });

  it('keep A’s names out of B’s autocomplete', () => {
    const names = (choices: { name: string }[]) => choices.map((c) => c.name).join(' | ');
    expect(names(participantChoices(guildA, 'Quen', 'en'))).toContain('Quentin Quarry');
    expect(participantChoices(guildB, 'Quen', 'en')).toEqual([]);
    expect(names(participantChoices(guildB, '', 'en'))).not.toContain('Quentin');
    expect(names(placeChoices(guildA, 'Zan', 'en'))).toContain('Zanzibar');
    expect(placeChoices(guildB, 'Zan', 'en')).toEqual([]);
    expect(names(meetingChoices(guildA, 'Zanzibar', ACCEPTANCE_NOW, 'en'))).toContain('Zanzibar talks');
    expect(meetingChoices(guildB, 'Zanzibar', ACCEPTANCE_NOW, 'en')).toEqual([]);
    expect(names(meetingChoices(guildB, '', ACCEPTANCE_NOW, 'en'))).not.toContain('Zanzibar');
  });

  it('autocomplete offers the ids of the asking calendar’s own rows', () => {
    const [jeffreyInB] = participantChoices(guildB, 'Jeffrey', 'en');
    expect(jeffreyInB).toBeDefined();
    expect(titles(meetingsOfParticipant(guildB, jeffreyInB!.value))).toHaveLength(3);
    const [londonInB] = placeChoices(guildB, 'Lon', 'en');
    expect(titles(meetingsAtPlace(guildB, londonInB!.value))).toEqual(['Small Group on Syria meeting']);
  });
});
