/**
 * The rounds of issue 14 with a reference per case. Session 7 (round-cases.json): هذا الشتاء
 * said outside the winter, 29 الجاري and its ranges, الفترة من 3-5, English clock times placed by
 * their part of the day (ten o'clock tonight), and days of the current month without a year in
 * English as in Arabic. Session 8 (round-cases-s8.json): between May 5 and 8, the first week of
 * May, mid-May, early / late in a month or a week, the week after next, the coming days, and a
 * day of a month in a past sentence. Session 9 (round-cases-s9.json): verbs of moving a meeting,
 * the coming weeks, two weekdays of a week, plans told in the past, parts of a decade, the week
 * before last, and forms seen in news pages. Span, value and grain are compared.
 */
import { describe, expect, it } from 'vitest';
import { parseTimeExpressions, type Reference } from '../../../src/date-parser/index.js';
import { coveringExpression, expectedValue, loadCorpus, type HandCase } from './corpus.js';

interface Referenced {
  reference: { iso: string; zone: string };
}

interface RoundCorpus {
  count: number;
  examples: Array<HandCase & Referenced>;
  negative_examples: Array<{ text: string } & Referenced>;
}

const ROUNDS = [
  ['session 7', 'round-cases.json'],
  ['session 8', 'round-cases-s8.json'],
  ['session 9', 'round-cases-s9.json'],
] as const;

function referenceOf(c: Referenced): Reference {
  return { at: Date.parse(c.reference.iso), zone: c.reference.zone };
}

describe.each(ROUNDS)('round cases (issue 14, %s)', (_session, file) => {
  const corpus = loadCorpus<RoundCorpus>(file);

  it('has the cases it counts, over every kind of the round', () => {
    expect(corpus.count).toBe(corpus.examples.length);
    expect(new Set(corpus.examples.map((c) => c.kind)).size).toBeGreaterThanOrEqual(6);
  });

  it.each(corpus.examples.map((c) => [c.kind, c.span ?? c.text, c.reference.iso, c] as const))(
    '%s: %s said at %s',
    (_kind, _label, _at, c) => {
      const reference = referenceOf(c);
      const expr = coveringExpression(parseTimeExpressions(c.text, reference), c.text, c.span);
      expect(expr?.text).toBe(c.span ?? expr?.text);
      expect(expr?.value).toEqual(expectedValue(c));
      expect(expr?.zone).toBe(c.zone ?? reference.zone);
    },
  );

  it.each(corpus.negative_examples.map((c) => [c.text, c] as const))('negative: %s gives nothing', (_text, c) => {
    expect(parseTimeExpressions(c.text, referenceOf(c))).toEqual([]);
  });
});
