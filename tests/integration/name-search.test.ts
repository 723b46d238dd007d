/** Participant and place search across scripts, on the seed calendar. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  meetingById,
  meetingsAtPlace,
  meetingsOfParticipant,
  resolveParticipants,
  suggestParticipants,
  suggestPlaces,
} from '../../src/calendar/queries.js';
import type { ParticipantDraft } from '../../src/calendar/types.js';
import {
  addMeeting,
  meetingDraft,
  openTestCalendar,
  places,
  withTestCalendar,
  type TestCalendar,
} from '../helpers/calendar.js';

let calendar: TestCalendar;
beforeAll(() => {
  calendar = openTestCalendar();
});
afterAll(() => calendar.close());

const participantsFound = (name: string) => resolveParticipants(calendar.scope, name).map((p) => p.name);

describe('James Jeffrey', () => {
  it.each([
    'جيفري',
    'جيفرى',
    'Jeffrey',
    'james jeffrey',
    'JAMES JEFFREY',
    'Jeff',
    'جِيفْرِي',
    'جيـــفري',
    'جيمس جيفري',
    'jeffrey ',
  ])('"%s" finds his three meetings: London, Copenhagen, Brussels', (typed) => {
    expect(places(meetingsOfParticipant(calendar.scope, typed))).toEqual(['London', 'Copenhagen', 'Brussels']);
  });

  it('is one participant whichever script is typed', () => {
    expect(participantsFound('جيفري')).toEqual(['James Jeffrey']);
    expect(participantsFound('Jeffrey')).toEqual(['James Jeffrey']);
  });
});

describe('the article ال / al-', () => {
  it.each(['الحريري', 'al-Hariri', 'Hariri', 'حريري', 'نصر الحريري', 'Nasr al-Hariri', 'al Hariri', 'Nasr Al Hariri'])(
    '"%s" finds Nasr al-Hariri',
    (typed) => {
      expect(participantsFound(typed)).toEqual(['Nasr al-Hariri']);
    },
  );

  it('ta marbuta typed as ha: البحره finds Hadi al-Bahra', () => {
    expect(participantsFound('البحره')).toEqual(['Hadi al-Bahra']);
  });

  it('hamza forms: الاردن, الأردن and Jordan find Jordan', () => {
    for (const typed of ['الأردن', 'الاردن', 'Jordan']) expect(participantsFound(typed)).toEqual(['Jordan']);
  });

  it('ألمانيا, المانيا and Germany all find Germany (not cut to مانيا)', () => {
    for (const typed of ['ألمانيا', 'المانيا', 'Germany']) expect(participantsFound(typed)).toEqual(['Germany']);
  });
});

describe('a later article naming a seed participant', () => {
  it('that writes المانيا without the hamza adds its meeting to the same Germany', () => {
    withTestCalendar({}, (scratch) => {
      addMeeting(
        scratch.scope,
        meetingDraft({ title: 'Berlin talks', participants: [{ name: null, nameAr: 'المانيا', kind: 'country' }] }),
      );
      expect(resolveParticipants(scratch.scope, 'Germany').map((p) => p.name)).toEqual(['Germany']);
      expect(meetingsOfParticipant(scratch.scope, 'Germany').total).toBe(2);
    });
  });
});

/** Who each typed name finds in a new calendar whose one meeting has these participants. */
function foundAmong(participants: ParticipantDraft[], ...typed: string[]): (string | null)[][] {
  return withTestCalendar({ seed: false }, (scratch) => {
    addMeeting(scratch.scope, meetingDraft({ title: 'Talks', participants }));
    return typed.map((name) => resolveParticipants(scratch.scope, name).map((p) => p.name));
  });
}

describe('names the seed does not hold', () => {
  it('الله is kept whole: it finds a participant named عبد الله, and not one whose name merely begins with له', () => {
    const abdullah = { name: 'Abdullah II', nameAr: 'عبد الله الثاني', kind: 'person' } as const;
    const lahham = { name: 'Lahham', nameAr: 'لهام', kind: 'person' } as const;
    expect(foundAmong([abdullah, lahham], 'الله')).toEqual([['Abdullah II']]);
  });

  it('a name typed in full finds that participant only, whole names before tails; a part of a name finds every name it begins, alphabetically', () => {
    const participants = [
      { name: 'Nawaf Salam', nameAr: 'نواف سلام', kind: 'person' },
      { name: 'Salameh', nameAr: 'سلامة', kind: 'person' },
      { name: 'Salam', nameAr: 'سلام', kind: 'person' },
    ] as const;
    expect(foundAmong([...participants], 'Salam', 'سلام', 'Sala')).toEqual([
      ['Salam', 'Nawaf Salam'],
      ['Salam', 'Nawaf Salam'],
      ['Salam', 'Nawaf Salam', 'Salameh'],
    ]);
  });

  it('Eastern Arabic digits in a name find the name written with ASCII digits', () => {
    const g20 = { name: 'Group of 20', nameAr: 'مجموعة 20', kind: 'organization' } as const;
    expect(foundAmong([g20], 'مجموعة ٢٠')).toEqual([['Group of 20']]);
  });
});

describe('places', () => {
  it.each(['لندن', 'london', 'London', 'LONDON', 'Lon'])('"%s" finds the London meeting', (typed) => {
    expect(places(meetingsAtPlace(calendar.scope, typed))).toEqual(['London']);
  });

  it.each(['دمشق', 'Damascus'])('"%s" finds Pedersen’s visit to Damascus', (typed) => {
    const [meeting] = meetingsAtPlace(calendar.scope, typed).meetings;
    expect(meetingById(calendar.scope, meeting!.number).participants.map((p) => p.name)).toEqual(['Geir Pedersen']);
  });
});

describe('forgiving search (issue 15 item 12)', () => {
  it.each(['Jeffery', 'Jefrey', 'جفري', 'جيفيري'])('"%s", a letter off, still finds James Jeffrey', (typed) => {
    expect(participantsFound(typed)).toEqual(['James Jeffrey']);
  });

  it('a name too far to be sure of is refused with "did you mean"', () => {
    expect(() => resolveParticipants(calendar.scope, 'Pdersn')).toThrow(
      'no participant in this calendar matches "Pdersn"; did you mean Geir Pedersen?',
    );
  });

  it('a short name is never guessed: Iran is not taken for Oman', () => {
    expect(() => resolveParticipants(calendar.scope, 'Egipt')).not.toThrow();
    expect(() => resolveParticipants(calendar.scope, 'Iran')).toThrow(/no participant in this calendar matches "Iran"/);
  });

  it.each(['Londres', 'Londra', 'Лондон', 'Kopenhagen', 'Bruxelles'])(
    '"%s", the city in another language, finds its meetings',
    (typed) => {
      expect(places(meetingsAtPlace(calendar.scope, typed)).length).toBeGreaterThan(0);
    },
  );

  it('a typo of a place finds it too', () => {
    expect(places(meetingsAtPlace(calendar.scope, 'Copenhagn'))).toEqual(['Copenhagen']);
  });

  it('autocomplete offers the nearest names when none begins with what was typed', () => {
    expect(suggestParticipants(calendar.scope, 'Jeffery', 25).map((p) => p.name)).toEqual(['James Jeffrey']);
    expect(suggestPlaces(calendar.scope, 'Copenhagn', 25).map((p) => p.name)).toEqual(['Copenhagen']);
  });

  it('nothing near at all says only that nothing matches', () => {
    expect(() => resolveParticipants(calendar.scope, 'Zzyzx Qwerty')).toThrow(
      /^no participant in this calendar matches "Zzyzx Qwerty"$/,
    );
  });
});
