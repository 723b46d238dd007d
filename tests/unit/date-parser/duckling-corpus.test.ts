/**
 * Duckling's own Arabic time corpus (facebook/duckling, Duckling/Time/AR/Corpus.hs, BSD licence):
 * one test per example, value and grain compared on the expression covering the example.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { parseTimeExpressions, type DucklingValue } from '../../../src/date-parser/index.js';
import { answer, comparable, loadCorpus, type CorpusExample } from './corpus.js';

interface DucklingCorpus {
  reference_time: { iso: string; utc_offset_hours: number };
  count: number;
  examples: CorpusExample[];
  negative_examples: { texts: string[] };
}

const corpus = loadCorpus<DucklingCorpus>('duckling-ar-time.json');
const offsetMinutes = corpus.reference_time.utc_offset_hours * 60;
// Duckling's reference is a fixed offset (-02:00), so we resolve in that fixed-offset zone
const reference = { at: Date.parse(corpus.reference_time.iso), zone: '-02:00' };

const days = (from: string, to: string): DucklingValue => ({
  type: 'interval',
  from: { value: `${from}T00:00:00.000-02:00`, grain: 'day' },
  to: { value: `${to}T00:00:00.000-02:00`, grain: 'day' },
});

/**
 * Where we answer otherwise on purpose: text -> our value, and why. These are asserted (never
 * skipped) and counted as not matching Duckling.
 */
const DELIBERATE_DIFFERENCES: Record<string, { ours: DucklingValue; reason: string }> = {
  '2/2013': {
    ours: { type: 'value', value: '2013-02-01T00:00:00.000-02:00', grain: 'month' },
    reason: 'A month and a year name a month: grain month, not a day (Duckling keeps day grain for mm/yyyy).',
  },
  'نص شهر ثلاث': {
    ours: days('2013-03-11', '2013-03-21'),
    reason:
      'منتصف / نص of a month is a stretch of days in news ("منتصف آذار"), kept as an interval like أوائل and أواخر, not the 15th.',
  },
  'منتصف اذار': {
    ours: days('2013-03-11', '2013-03-21'),
    reason: 'Same as above: the middle third of March, consistent with أوائل (1-10) and أواخر (21-end).',
  },
  'في نصف شهر مارس': {
    ours: days('2013-03-11', '2013-03-21'),
    reason: 'Same as above.',
  },
};

let matched = 0;

describe('Duckling Arabic time corpus', () => {
  it('holds the 177 examples and 3 negatives it claims', () => {
    expect(corpus.examples).toHaveLength(177);
    expect(corpus.count).toBe(177);
    expect(corpus.negative_examples.texts).toHaveLength(3);
  });

  it.each(corpus.examples.map((e, i) => [i + 1, e.text, e] as const))('#%i %s', (_n, text, example) => {
    const { value } = answer(example, reference, { offsetMinutes });
    const deliberate = DELIBERATE_DIFFERENCES[text];
    if (deliberate) {
      expect(value).toEqual(deliberate.ours);
      expect(value).not.toEqual(comparable(example.expected));
      return;
    }
    expect(value).toEqual(comparable(example.expected));
    matched++;
  });

  it.each(corpus.negative_examples.texts)('negative: %s gives nothing', (text) => {
    expect(parseTimeExpressions(text, reference)).toEqual([]);
  });

  it('every deliberate difference names an example of the corpus', () => {
    const texts = new Set(corpus.examples.map((e) => e.text));
    for (const text of Object.keys(DELIBERATE_DIFFERENCES)) expect(texts.has(text)).toBe(true);
  });

  it('matches Duckling on at least 95% of the examples', () => {
    const missed = corpus.examples.filter((e) => {
      if (DELIBERATE_DIFFERENCES[e.text]) return true;
      return JSON.stringify(answer(e, reference, { offsetMinutes }).value) !== JSON.stringify(comparable(e.expected));
    }).length;
    const share = (corpus.examples.length - missed) / corpus.examples.length;
    console.info(
      `Duckling AR corpus: ${corpus.examples.length - missed}/${corpus.examples.length} matched (${(share * 100).toFixed(1)}%), ${Object.keys(DELIBERATE_DIFFERENCES).length} deliberate differences`,
    );
    expect(share).toBeGreaterThanOrEqual(0.95);
  });
});

afterAll(() => {
  if (matched > 0) console.info(`Duckling AR corpus (per-example tests): ${matched} passed as Duckling answers`);
});
