/** Wall-clock times: the readings the date parser computes on, and the instants they name in a zone. */
import { describe, expect, it } from 'vitest';
import {
  addUnits,
  instantOfWall,
  isoDayOf,
  isoLocalOf,
  wallClock,
  wallOfIsoDay,
} from '../../../src/time/wall-clock.js';

const wall = (text: string) => Date.parse(`${text}Z`);

describe('wall-clock times', () => {
  it('reads and writes a day and a reading as the same numbers', () => {
    expect(wallOfIsoDay('2020-02-29')).toBe(Date.UTC(2020, 1, 29));
    expect(isoDayOf(wall('2020-02-29T23:59:59'))).toBe('2020-02-29');
    expect(isoLocalOf(wall('2020-01-28T09:05:07'))).toBe('2020-01-28T09:05:07');
  });

  it('moves by months as dayjs does: 31 January plus a month is the last of February', () => {
    expect(isoDayOf(addUnits(wall('2020-01-31T00:00:00'), 1, 'month'))).toBe('2020-02-29');
  });

  it('shows an instant in Damascus and in a fixed offset', () => {
    const at = Date.parse('2020-01-28T08:00:00Z');
    expect(isoLocalOf(wallClock(at, 'Asia/Damascus'))).toBe('2020-01-28T10:00:00');
    expect(isoLocalOf(wallClock(at, '-05:30'))).toBe('2020-01-28T02:30:00');
  });

  it.each([
    ['America/New_York', '2020-03-08T02:30:00', '2020-03-08T07:30:00.000Z'], // skipped: moves on by the hour
    ['America/New_York', '2020-11-01T01:30:00', '2020-11-01T05:30:00.000Z'], // passed twice: the first
    ['Europe/Berlin', '2020-10-25T02:30:00', '2020-10-25T00:30:00.000Z'], // passed twice: the first
    ['+05:30', '2020-01-28T10:00:00', '2020-01-28T04:30:00.000Z'],
  ])('in %s, %s is the instant %s', (zone, reading, instant) => {
    expect(new Date(instantOfWall(wall(reading), zone)).toISOString()).toBe(instant);
  });
});
