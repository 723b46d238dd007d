/** The month grid: which meetings fall on which day, in the zone of their place, and how weeks are cut. */
import { describe, expect, it } from 'vitest';
import { monthGrid, type MonthGrid } from '../../../src/picture/month-grid.js';
import { summary } from '../../helpers/month-meetings.js';

const numbersOn = (grid: MonthGrid, day: string) =>
  grid.weeks
    .flatMap((week) => week.days)
    .find((d) => d.day === day)
    ?.meetings.map((m) => m.number);

describe('the month grid', () => {
  it('puts a timed meeting on the day it begins in its own zone (01:30 in Damascus is the 28th in UTC)', () => {
    const early = summary({ number: 1, date: '2020-01-29', time: '01:30', timezone: 'Asia/Damascus' });
    expect(new Date(early.startsAt).toISOString().slice(0, 10)).toBe('2020-01-28');
    const grid = monthGrid('2020-01', [early], 1, '2020-01-15');
    expect(numbersOn(grid, '2020-01-29')).toEqual([1]);
    expect(numbersOn(grid, '2020-01-28')).toEqual([]);
  });

  it('puts a day-only meeting over three days on each of them, and orders a day: day-only first, then by time', () => {
    const grid = monthGrid(
      '2020-01',
      [
        summary({ number: 1, date: '2020-01-10', time: '15:00' }),
        summary({ number: 2, date: '2020-01-09', endDate: '2020-01-11' }),
        summary({ number: 3, date: '2020-01-10', time: '09:30' }),
      ],
      1,
      '2020-01-15',
    );
    expect(numbersOn(grid, '2020-01-09')).toEqual([2]);
    expect(numbersOn(grid, '2020-01-10')).toEqual([2, 3, 1]);
    expect(numbersOn(grid, '2020-01-11')).toEqual([2]);
    expect(numbersOn(grid, '2020-01-12')).toEqual([]);
    expect(grid.total).toBe(3);
  });

  it('lists week- and month-only meetings apart, on no day, and leaves out other months', () => {
    const grid = monthGrid(
      '2020-01',
      [
        summary({ number: 1, date: '2020-01-01', endDate: '2020-01-31', precision: 'month' }),
        summary({ number: 2, date: '2020-01-27', endDate: '2020-02-02', precision: 'week' }),
        summary({ number: 3, date: '2020-02-03' }),
        summary({ number: 4, date: '2019-12-31', time: '10:00' }),
      ],
      1,
      '2020-01-15',
    );
    expect(grid.undated.map((m) => m.number)).toEqual([1, 2]);
    expect(grid.weeks.flatMap((w) => w.days).flatMap((d) => d.meetings)).toEqual([]);
    expect(grid.total).toBe(2);
  });

  it('starts its rows on the week start: Saturday for January 2020 begins on 28 December', () => {
    const saturday = monthGrid('2020-01', [], 6, '2020-01-15');
    expect(saturday.weeks[0]!.days.map((d) => d.day)).toEqual([
      '2019-12-28',
      '2019-12-29',
      '2019-12-30',
      '2019-12-31',
      '2020-01-01',
      '2020-01-02',
      '2020-01-03',
    ]);
    expect(saturday.weeks).toHaveLength(5);
    const monday = monthGrid('2020-01', [], 1, '2020-01-15');
    expect(monday.weeks[0]!.days[0]!.day).toBe('2019-12-30');
    const sunday = monthGrid('2020-01', [], 0, '2020-01-15');
    expect(sunday.weeks[0]!.days[0]!.day).toBe('2019-12-29');
    // February 2021 begins on a Monday and has 28 days: four rows from Monday, five from Sunday.
    expect(monthGrid('2021-02', [], 1, '2021-02-10').weeks).toHaveLength(4);
    expect(monthGrid('2021-02', [], 0, '2021-02-10').weeks).toHaveLength(5);
  });

  it('marks today and the week that holds it, and days of the months beside it as outside', () => {
    const grid = monthGrid('2020-01', [summary({ number: 1, date: '2020-02-01' })], 1, '2020-01-15');
    const current = grid.weeks.filter((w) => w.current);
    expect(current).toHaveLength(1);
    expect(current[0]!.days.map((d) => d.day)).toContain('2020-01-15');
    expect(
      grid.weeks
        .flatMap((w) => w.days)
        .filter((d) => d.today)
        .map((d) => d.day),
    ).toEqual(['2020-01-15']);
    const last = grid.weeks.at(-1)!.days;
    expect(last.find((d) => d.day === '2020-02-01')).toMatchObject({ inMonth: false, meetings: [] });
    expect(monthGrid('2020-01', [], 1, '2020-03-01').weeks.some((w) => w.current)).toBe(false);
  });
});
