/**
 * The session-7 round of issue 14 (tests/fixtures/dates/round-cases.json): هذا الشتاء said
 * outside the winter, 29 الجاري and its ranges, الفترة من 3-5, English clock times placed by
 * their part of the day (ten o'clock tonight), and days of the current month without a year in
 * English as in Arabic. Each case has its own reference; span, value and grain are compared.
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

const corpus = loadCorpus<RoundCorpus>('round-cases.json');

function referenceOf(c: Referenced): Reference {
  return { at: Date.parse(c.reference.iso), zone: c.reference.zone };
}

describe('round cases (issue 14, session 7)', () => {
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
