import { describe, expect, it } from 'vitest';
import { ALL_ZONES, clockOffsetMs, intlOffsetMs, utcOffsetMs } from '../../../src/time/zones.js';

const HOUR = 3_600_000;

describe('a zone’s offset at an instant', () => {
  it.each([
    ['Asia/Damascus', '2020-01-28T10:00:00Z', 2],
    ['Asia/Kolkata', '2020-01-28T10:00:00Z', 5.5],
    ['America/New_York', '2020-03-08T06:59:59Z', -5], // a second before the spring change
    ['America/New_York', '2020-03-08T07:00:00Z', -4],
    ['America/New_York', '2020-11-01T05:59:59Z', -4],
    ['America/New_York', '2020-11-01T06:00:00Z', -5],
    ['Europe/Berlin', '2020-03-29T00:59:59.999Z', 1],
    ['Europe/Berlin', '2020-03-29T01:00:00Z', 2],
    ['Pacific/Kiritimati', '2020-06-01T00:00:00Z', 14],
    ['UTC', '2020-06-01T00:00:00.500Z', 0],
  ])('%s at %s is UTC%+d', (zone, at, hours) => {
    expect(utcOffsetMs(Date.parse(at), zone)).toBe(hours * HOUR);
  });
});

describe('a zone’s offset read off the process clock, as a start reads its first ones', () => {
  // Instants in every season from 1850 to 2100, around the 2020 changes in both hemispheres, before the year 100.
  const instants = [
    ...Array.from({ length: 26 }, (_, i) => Date.UTC(1850 + i * 10, (i * 5) % 12, 1 + i, i % 24, (i * 7) % 60, 13)),
    ...['2020-03-08T06:59:59Z', '2020-03-29T01:00:00Z', '2020-04-05T15:59:59Z', '2020-10-04T16:00:00Z'].map(Date.parse),
    Date.UTC(40, 5, 1),
  ];

  it('gives what Intl gives, for every zone Intl lists and through their changes of clocks', () => {
    const differing: string[] = [];
    for (const zone of ALL_ZONES) {
      for (const at of instants) {
        if (clockOffsetMs(at, zone) !== intlOffsetMs(at, zone)) differing.push(`${zone} ${new Date(at).toISOString()}`);
      }
    }
    expect(differing).toEqual([]);
  });

  it('leaves the process’s own zone as it was', () => {
    const before = process.env.TZ;
    const localOffset = new Date(Date.UTC(2020, 0, 28)).getTimezoneOffset();
    expect(clockOffsetMs(Date.UTC(2020, 6, 1), 'America/New_York')).toBe(-4 * HOUR);
    expect(process.env.TZ).toBe(before);
    expect(new Date(Date.UTC(2020, 0, 28)).getTimezoneOffset()).toBe(localOffset);
  });
});
