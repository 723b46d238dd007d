import { describe, expect, it } from 'vitest';
import { addDays, localClock, localDay, monthOf, startOfWeek } from '../../../src/time/local-days.js';

describe('local days by arithmetic', () => {
  it.each([
    ['2020-01-30', 6, '2020-02-05'],
    ['2020-02-28', 1, '2020-02-29'], // a leap year
    ['2021-02-28', 1, '2021-03-01'],
    ['2020-12-31', 1, '2021-01-01'],
    ['2020-01-01', -1, '2019-12-31'],
    ['2020-03-08', 0, '2020-03-08'],
  ])('%s plus %d days is %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });

  it.each([
    ['2020-01-30', '2020-01-27'], // a Thursday
    ['2020-02-02', '2020-01-27'], // a Sunday ends the ISO week
    ['2020-01-27', '2020-01-27'],
    ['2021-01-01', '2020-12-28'],
  ])('the week of %s begins on %s', (day, monday) => {
    expect(startOfWeek(day)).toBe(monday);
  });

  it.each([
    ['2020-02-10', '2020-02-01', '2020-02-29'],
    ['2021-02-10', '2021-02-01', '2021-02-28'],
    ['2020-12-31', '2020-12-01', '2020-12-31'],
  ])('the month of %s runs %s to %s', (day, first, last) => {
    expect(monthOf(day)).toEqual({ first, last });
  });

  it('reads an instant’s day and clock time in a zone', () => {
    const at = Date.parse('2020-11-01T05:30:00Z');
    expect([localDay(at, 'America/New_York'), localClock(at, 'America/New_York')]).toEqual(['2020-11-01', '01:30']);
    expect([localDay(at, 'Asia/Kolkata'), localClock(at, 'Asia/Kolkata')]).toEqual(['2020-11-01', '11:00']);
    expect([localDay(at, 'Pacific/Pago_Pago'), localClock(at, 'Pacific/Pago_Pago')]).toEqual(['2020-10-31', '18:30']);
  });
});
