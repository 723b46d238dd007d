/**
 * Issue 14's broad cases (tests/fixtures/dates/broad-cases.json): every kind of Arabic date
 * expression the issue lists and the clock-time forms news uses, with hand-worked values. Each
 * case is compared on its span, its value and grain, and its zone.
 */
import { describe, expect, it } from 'vitest';
import { parseTimeExpressions, type TimeExpression } from '../../../src/date-parser/index.js';
import { coveringExpression, expectedValue, loadCorpus, type HandCase } from './corpus.js';

interface BroadCorpus {
  reference_time: { iso: string; zone: string };
  count: number;
  examples: Array<HandCase & { held_out?: boolean }>;
  negative_examples: string[];
}

const corpus = loadCorpus<BroadCorpus>('broad-cases.json');
const reference = { at: Date.parse(corpus.reference_time.iso), zone: corpus.reference_time.zone };

function found(c: HandCase): TimeExpression | undefined {
  return coveringExpression(parseTimeExpressions(c.text, reference), c.text, c.span);
}

describe('broad cases (issue 14)', () => {
  it('has at least 300 cases, as counted, over every kind', () => {
    expect(corpus.examples.length).toBeGreaterThanOrEqual(300);
    expect(corpus.count).toBe(corpus.examples.length);
    expect(new Set(corpus.examples.map((c) => c.kind)).size).toBeGreaterThanOrEqual(15);
  });

  it.each(corpus.examples.map((c) => [c.kind, c.span ?? c.text, c] as const))('%s: %s', (_kind, _label, c) => {
    const expr = found(c);
    expect(expr?.text).toBe(c.span ?? expr?.text);
    expect(expr?.value).toEqual(expectedValue(c));
    expect(expr?.zone).toBe(c.zone ?? reference.zone);
  });

  it.each(corpus.negative_examples)('negative: %s gives nothing', (text) => {
    expect(parseTimeExpressions(text, reference)).toEqual([]);
  });
});
