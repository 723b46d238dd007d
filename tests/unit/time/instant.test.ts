/** An instant typed for --at, /clock and `when --at`. */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { parseInstant, readInstant } from '../../../src/time/instant.js';

const iso = (text: string) => new Date(parseInstant(text, '--at')).toISOString();

describe('parseInstant', () => {
  it.each([
    ['2020-01-26T12:00:00Z', '2020-01-26T12:00:00.000Z'],
    ['2020-01-26T12:00Z', '2020-01-26T12:00:00.000Z'],
    ['2020-01-26 12:00Z', '2020-01-26T12:00:00.000Z'],
    ['2020-01-26T14:00+02:00', '2020-01-26T12:00:00.000Z'],
    ['2020-01-26T07:00:00-05:00', '2020-01-26T12:00:00.000Z'],
    ['2020-01-26', '2020-01-26T00:00:00.000Z'],
  ])('reads %s as %s', (typed, instant) => {
    expect(iso(typed)).toBe(instant);
  });

  it.each([
    ['an impossible day', '2020-02-30T12:00:00Z'],
    ['a clock time with no zone (it would be the machine’s)', '2020-01-26T12:00'],
    ['a word', 'tomorrow'],
    ['an hour out of range', '2020-01-26T25:00Z'],
    ['nothing', ''],
  ])('refuses %s, naming the option', (_what, typed) => {
    expect(() => parseInstant(typed, '--at')).toThrow(UserError);
    expect(() => parseInstant(typed, '--at')).toThrow(/^--at must be an ISO instant/);
  });
});

describe('readInstant', () => {
  it('keeps the offset written, and reads a clock time without one as UTC', () => {
    expect(readInstant('2020-01-28T10:00:00+02:00')).toEqual({
      at: Date.parse('2020-01-28T08:00:00Z'),
      offsetMinutes: 120,
      timed: true,
    });
    expect(readInstant('2020-01-28T10:00:00.25z')).toEqual({
      at: Date.parse('2020-01-28T10:00:00.250Z'),
      offsetMinutes: 0,
      timed: true,
    });
    expect(readInstant('2020-01-28T08:00')).toEqual({
      at: Date.parse('2020-01-28T08:00:00Z'),
      offsetMinutes: null,
      timed: true,
    });
    expect(readInstant(' 2020-01-28 ')).toEqual({
      at: Date.parse('2020-01-28T00:00:00Z'),
      offsetMinutes: null,
      timed: false,
    });
  });

  it.each([
    ['yesterday', 'notIso'],
    ['2020-01-28+02:00', 'notIso'],
    ['2020-02-30T10:00Z', 'noSuchTime'],
    ['2020-01-28T24:00Z', 'noSuchTime'],
    ['2020-01-28T10:00+15:00', 'badOffset'],
    ['2020-01-28T10:00+02:60', 'badOffset'],
  ])('says what is wrong with %s: %s', (typed, problem) => {
    expect(readInstant(typed)).toBe(problem);
  });
});
