/** A day typed into a command: ISO, relative words in both languages, and what is refused. */
import { describe, expect, it } from 'vitest';
import { parseDayInput } from '../../../src/calendar/day-input.js';
import { UserError } from '../../../src/errors.js';

/** Late on Sunday 26 January in UTC: already Monday 27 in Damascus, still Sunday in New York. */
const NOW = Date.parse('2020-01-26T23:30:00Z');
const read = (text: string, zone = 'UTC') => parseDayInput(text, NOW, zone);

describe('a typed day', () => {
  it('YYYY-MM-DD is that day, in ASCII or Eastern Arabic digits', () => {
    expect(read('2020-01-30')).toBe('2020-01-30');
    expect(read(' ٢٠٢٠-٠١-٣٠ ')).toBe('2020-01-30');
  });

  it('a year-month-day without leading zeros is that day', () => {
    expect(read('2020-1-5')).toBe('2020-01-05');
  });

  it('today and tomorrow are counted in the calendar’s zone', () => {
    expect(read('today', 'Asia/Damascus')).toBe('2020-01-27');
    expect(read('tomorrow', 'Asia/Damascus')).toBe('2020-01-28');
    expect(read('today', 'America/New_York')).toBe('2020-01-26');
    expect(read('yesterday', 'America/New_York')).toBe('2020-01-25');
    expect(read('Tomorrow', 'UTC')).toBe('2020-01-27');
  });

  it.each([
    ['اليوم', '2020-01-26'],
    ['غداً', '2020-01-27'],
    ['غدا', '2020-01-27'],
    ['بكرة', '2020-01-27'],
    ['أمس', '2020-01-25'],
    ['امس', '2020-01-25'],
    ['البارحة', '2020-01-25'],
    ['بعد غد', '2020-01-28'],
    ['أول أمس', '2020-01-24'],
  ])('the Arabic %s is %s (UTC)', (typed, day) => {
    expect(read(typed)).toBe(day);
  });

  it('a day/month that reads only one way, with its year, is that day', () => {
    expect(read('30/01/2020')).toBe('2020-01-30');
    expect(read('01/30/2020')).toBe('2020-01-30');
    expect(read('٣٠/٠١/٢٠٢٠')).toBe('2020-01-30');
    expect(read('05/05/2020')).toBe('2020-05-05');
  });

  it('01/02 could be 1 February or 2 January: refused with a hint', () => {
    expect(() => read('01/02')).toThrow(/could be read two ways.*YYYY-MM-DD/);
    expect(() => read('01/02/2020')).toThrow(/could be read two ways/);
  });

  it('a day/month without a year is refused with a hint, not read as some year', () => {
    expect(() => read('30/01')).toThrow(/YYYY-MM-DD/);
  });

  it('an impossible day is refused as not a date of the calendar', () => {
    expect(() => read('2020-02-30')).toThrow(/"2020-02-30" is not a date of the calendar/);
    expect(() => read('2021-2-29')).toThrow(/not a date of the calendar/);
    expect(() => read('31/02/2020')).toThrow(/not a date of the calendar/);
  });

  it('words it cannot read are refused with the forms it can', () => {
    expect(() => read('next week')).toThrow(UserError);
    expect(() => read('next week')).toThrow(/YYYY-MM-DD, or today, tomorrow/);
  });
});

describe('days typed in the words of the news', () => {
  // Tuesday 28 January 2020, noon in Damascus.
  const now = Date.parse('2020-01-28T10:00:00Z');
  it.each([
    ['الخميس المقبل', '2020-01-30'],
    ['يوم الأربعاء المقبل', '2020-01-29'],
    ['29 الشهر الجاري', '2020-01-29'],
    ['٣ شباط', '2020-02-03'],
    ['next Wednesday', '2020-02-05'],
    ['on January 30', '2020-01-30'],
  ])('"%s" is %s', (typed, day) => {
    expect(parseDayInput(typed, now, 'Asia/Damascus')).toBe(day);
  });

  it('a month alone is not a day', () => {
    expect(() => parseDayInput('الشهر المقبل', now, 'Asia/Damascus')).toThrow(/not a date I can read/);
  });
});
