/**
 * Which week's digest is due (src/digest/week.ts), pure: instants written with their offsets.
 * Berlin springs forward on Sunday 2020-03-29 at 02:00.
 */
import { describe, expect, it } from 'vitest';
import { digestWeek } from '../../../src/digest/week.js';

const BERLIN = 'Europe/Berlin';
const at = (iso: string) => Date.parse(iso);

describe('the week whose digest is due', () => {
  it('is the one posted most lately: a Monday 09:00 digest, asked for before and after the time', () => {
    expect(digestWeek(1, '09:00', BERLIN, at('2020-03-02T08:59:00+01:00')).weekStart).toBe('2020-02-24');
    const week = digestWeek(1, '09:00', BERLIN, at('2020-03-02T09:00:00+01:00'));
    expect(week).toEqual({
      weekStart: '2020-03-02',
      postAt: at('2020-03-02T09:00:00+01:00'),
      from: at('2020-03-02T00:00:00+01:00'),
      to: at('2020-03-09T00:00:00+01:00'),
      nextPostAt: at('2020-03-09T09:00:00+01:00'),
    });
    expect(digestWeek(1, '09:00', BERLIN, at('2020-03-08T23:59:00+01:00')).weekStart).toBe('2020-03-02');
  });

  it('a Sunday digest in the week the clocks change: a 167-hour week, posted at 09:00 local on both sides', () => {
    expect(digestWeek(7, '09:00', BERLIN, at('2020-03-29T08:59:00+02:00')).weekStart).toBe('2020-03-22');
    const week = digestWeek(7, '09:00', BERLIN, at('2020-03-29T09:00:00+02:00'));
    expect(week.weekStart).toBe('2020-03-29');
    expect(week.postAt).toBe(at('2020-03-29T09:00:00+02:00'));
    expect(week.to - week.from).toBe(167 * 3_600_000);
  });
});
