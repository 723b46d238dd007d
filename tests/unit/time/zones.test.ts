import { describe, expect, it } from 'vitest';
import { utcOffsetMs } from '../../../src/time/zones.js';

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
