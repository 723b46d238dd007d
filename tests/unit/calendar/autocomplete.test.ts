/** What Discord offers while a name or a meeting is typed, on the seed calendar. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingsAtPlace, meetingsOfParticipant } from '../../../src/calendar/queries.js';
import { meetingChoices, participantChoices, placeChoices } from '../../../src/handlers/autocomplete.js';
import { ACCEPTANCE_NOW, openTestCalendar, places, seedFile, type TestCalendar } from '../../helpers/calendar.js';

let calendar: TestCalendar;
beforeAll(() => {
  calendar = openTestCalendar();
});
afterAll(() => calendar.close());

describe('participant choices', () => {
  it('offer James Jeffrey in both scripts for "جيف", and the choice finds his meetings', () => {
    const [choice] = participantChoices(calendar.scope, 'جيف', 'en');
    expect(choice?.name).toBe('James Jeffrey · جيمس جيفري');
    expect(places(meetingsOfParticipant(calendar.scope, choice!.value))).toEqual(['London', 'Copenhagen', 'Brussels']);
  });

  it('put the Arabic name first for an Arabic reader', () => {
    expect(participantChoices(calendar.scope, 'Jeffrey', 'ar')[0]?.name).toBe('جيمس جيفري · James Jeffrey');
  });

  it('with nothing typed, offer the participants with most meetings first', () => {
    const choices = participantChoices(calendar.scope, '', 'en');
    expect(choices[0]?.name).toContain('James Jeffrey');
    expect(choices.length).toBeLessThanOrEqual(25);
  });

  it('offer nothing for a name nobody has', () => {
    expect(participantChoices(calendar.scope, 'Zzyzx', 'en')).toEqual([]);
  });
});

describe('place choices', () => {
  it('offer London for "لن" and the choice finds the London meeting', () => {
    const [choice] = placeChoices(calendar.scope, 'لن', 'en');
    expect(choice?.name).toBe('London · لندن');
    expect(places(meetingsAtPlace(calendar.scope, choice!.value))).toEqual(['London']);
  });

  it('with nothing typed, offer the calendar’s places', () => {
    const names = placeChoices(calendar.scope, '', 'en').map((c) => c.name.split(' · ')[0]);
    const expected = new Set(
      seedFile()
        .meetings.map((m) => m.location)
        .filter((name): name is string => name !== null),
    );
    expect(names.sort()).toEqual([...expected].sort());
  });
});

describe('meeting choices', () => {
  it('offer the meetings whose title holds the words typed, with number and day', () => {
    const [choice] = meetingChoices(calendar.scope, 'Pedersen', ACCEPTANCE_NOW, 'en');
    expect(choice?.name).toMatch(/^#\d+ · 2020-01-29 · UN envoy Geir Pedersen visits Damascus$/);
    expect(choice?.value).toMatch(/^\d+$/);
  });

  it('with nothing typed, offer the meetings from now on, the soonest first', () => {
    const days = meetingChoices(calendar.scope, '', ACCEPTANCE_NOW, 'en').map((c) => c.name.split(' · ')[1]);
    expect(days).toEqual(['2020-01-27', '2020-01-29', '2020-01-29', '2020-01-30', '2020-02-01']);
  });
});
