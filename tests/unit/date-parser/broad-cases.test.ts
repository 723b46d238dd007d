/**
 * Issue 14's broad cases (tests/fixtures/dates/broad-cases.json): every kind of Arabic date
 * expression the issue lists and the clock-time forms news uses, with hand-worked values. Each
 * case is compared on its span, its value and grain, and its zone.
 */
import { describe, expect, it } from 'vitest';
import { parseTimeExpressions, type TimeExpression, type TimeValue } from '../../../src/date-parser/index.js';
import { coveringExpression, loadCorpus } from './corpus.js';

interface BroadCase {
  kind: string;
  text: string;
  span?: string;
  /** Local wall clock, `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm[:ss]`. */
  value: string;
  grain: string;
  to?: string;
  zone?: string;
  held_out?: boolean;
}

interface BroadCorpus {
  reference_time: { iso: string; zone: string };
  count: number;
  examples: BroadCase[];
  negative_examples: string[];
}

const corpus = loadCorpus<BroadCorpus>('broad-cases.json');
const reference = { at: Date.parse(corpus.reference_time.iso), zone: corpus.reference_time.zone };

/** `2019-04-10` and `2019-04-10T10:00` written out as TimePoint's `YYYY-MM-DDTHH:mm:ss`. */
function local(short: string): string {
  if (short.length === 10) return `${short}T00:00:00`;
  return short.length === 16 ? `${short}:00` : short;
}

function expected(c: BroadCase): TimeValue {
  const grain = c.grain as TimeValue extends { type: 'value'; point: { grain: infer G } } ? G : never;
  if (!c.to) return { type: 'value', point: { local: local(c.value), grain } };
  return { type: 'interval', from: { local: local(c.value), grain }, to: { local: local(c.to), grain } };
}

function found(c: BroadCase): TimeExpression | undefined {
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
    expect(expr?.value).toEqual(expected(c));
    expect(expr?.zone).toBe(c.zone ?? reference.zone);
  });

  it.each(corpus.negative_examples)('negative: %s gives nothing', (text) => {
    expect(parseTimeExpressions(text, reference)).toEqual([]);
  });
});
