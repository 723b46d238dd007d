/** An instant typed for --at and /clock. */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { parseInstant } from '../../../src/time/instant.js';

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
