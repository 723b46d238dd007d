/** The calendar text as ical-generator's own toString() writes it, folded the same way, faster. */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { foldLines as generatorFold } from 'ical-generator';
import { describe, expect, it } from 'vitest';
import { calendarFile, calendarFileInSteps } from '../../../src/ical/calendar-file.js';
import { foldLines } from '../../../src/ical/fold-lines.js';
import { meetingEvent } from '../../../src/ical/meeting-event.js';
import { messages } from '../../../src/i18n/index.js';
import { addMeeting, meetingDraft, openTestCalendar, withTestCalendar } from '../../helpers/calendar.js';

describe('folding long lines', () => {
  it.each([
    ['short ASCII', 'SUMMARY:Talks'],
    ['long ASCII', `DESCRIPTION:${'a'.repeat(300)}`],
    ['Arabic (two octets a letter)', `DESCRIPTION:${'المبعوث الأممي الخاص إلى سورية، '.repeat(12)}`],
    ['emoji (four octets, two UTF-16 units)', `SUMMARY:${'📅 ✅ '.repeat(40)}`],
    ['several lines', `A:${'x'.repeat(80)}\r\nB:${'ب'.repeat(80)}\r\nC:c`],
  ])('folds %s where ical-generator does, never splitting a character', (_what, text) => {
    expect(foldLines(text)).toBe(generatorFold(text));
    for (const line of foldLines(text).split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});

describe('the calendar text', () => {
  it('is what ical-generator writes for the same events, zones and all', () => {
    withTestCalendar({}, ({ scope }) => {
      addMeeting(
        scope,
        meetingDraft({
          title: 'Berlin talks',
          titleAr: 'محادثات برلين',
          precision: 'minute',
          date: '2020-03-29',
          time: '10:00',
          endTime: '12:00',
          timezone: 'Europe/Berlin',
        }),
      );
      addMeeting(
        scope,
        meetingDraft({
          title: 'Cairo talks',
          precision: 'minute',
          date: '2020-03-29',
          time: '09:00',
          timezone: 'Africa/Cairo',
        }),
      );
      const meetings = scope.store.meetings(Array.from({ length: 8 }, (_, i) => i + 1));
      for (const locale of ['en', 'ar'] as const) {
        const reference = ical({
          prodId: { company: 'Diwan', product: 'Diwan', language: locale.toUpperCase() },
          name: messages(locale).calendarFiles.calendarName,
          timezone: { name: null, generator: getVtimezoneComponent },
        });
        for (const meeting of meetings) reference.createEvent(meetingEvent(meeting, locale));
        expect(calendarFile(meetings, { locale })).toBe(reference.toString());
      }
    });
  });

  it('is the same written a few meetings at a time, a meeting named twice written once', async () => {
    const { scope, close } = openTestCalendar({});
    try {
      const numbers = Array.from({ length: 8 }, (_, i) => i + 1);
      const meetings = scope.store.meetings(numbers);
      expect(meetings.length).toBeGreaterThan(4);
      const whole = calendarFile(meetings, { locale: 'en' });
      const read = (some: readonly number[]) => scope.store.meetings(some);
      expect((await calendarFileInSteps(numbers, read, { locale: 'en' }, 3)).join('')).toBe(whole);
      const named = [...numbers.slice(0, 4), 3, ...numbers.slice(4)];
      expect((await calendarFileInSteps(named, read, { locale: 'en' }, 3)).join('')).toBe(whole);
    } finally {
      close();
    }
  });
});
