/**
 * Where a meeting is, as a listing or a meeting's card writes it: its city, else the country the
 * article named alone ("will visit Sri Lanka"), in the reader's language, else "no place".
 */
import { describe, expect, it } from 'vitest';
import type { MeetingSummary } from '../../../src/calendar/types.js';
import { messages } from '../../../src/i18n/index.js';
import { placeText } from '../../../src/replies/meeting-view.js';
import { terminalPresenter } from '../../../src/replies/presenter.js';

const at = (place: MeetingSummary['place']) => ({ place }) as MeetingSummary;
const en = { locale: 'en' as const, present: terminalPresenter };
const ar = { locale: 'ar' as const, present: terminalPresenter };

describe('the place of a meeting', () => {
  it("a city in the reader's language", () => {
    const damascus = at({ name: 'Damascus', nameAr: 'دمشق', country: 'SY' });
    expect([placeText(damascus, en), placeText(damascus, ar)]).toEqual(['Damascus', 'دمشق']);
  });

  it('a country named alone, by its name in either language, not "no place"', () => {
    const sriLanka = at({ name: null, nameAr: null, country: 'LK' });
    expect(placeText(sriLanka, en)).toBe('Sri Lanka');
    expect(placeText(sriLanka, ar)).not.toBe(messages('ar').noPlace);
    expect(placeText(sriLanka, ar)).toMatch(/[\u0600-\u06FF]/);
  });

  it('nothing known: the words for no place', () => {
    expect(placeText(at({ name: null, nameAr: null, country: null }), en)).toBe(messages('en').noPlace);
  });
});
