/** Our news corpus: Arabic date forms as outlets write them, each with a hand-computed value. */
import { describe, expect, it } from 'vitest';
import { parseTimeExpressions } from '../../../src/date-parser/index.js';
import { answer, comparable, loadCorpus, type CorpusExample } from './corpus.js';

interface NewsCorpus {
  reference_time: { iso: string; zone: string };
  count: number;
  examples: CorpusExample[];
}

const corpus = loadCorpus<NewsCorpus>('news-cases.json');

describe('news cases', () => {
  it('has at least 150 cases, as counted', () => {
    expect(corpus.examples.length).toBeGreaterThanOrEqual(150);
    expect(corpus.count).toBe(corpus.examples.length);
  });

  it.each(corpus.examples.map((e) => [e.span ?? e.text, e] as const))('%s', (_label, example) => {
    const ref = example.reference ?? corpus.reference_time;
    const reference = { at: Date.parse(ref.iso), zone: ref.zone };
    const { expr, value } = answer(example, reference, { zone: ref.zone });
    expect(expr?.text).toBe(example.span ?? expr?.text);
    expect(value).toEqual(comparable(example.expected));
    expect(expr?.zone).toBe(example.zone ?? ref.zone);
    if (expr) expect(example.text.slice(expr.start, expr.end)).toBe(expr.text);
  });
});

describe('English', () => {
  const reference = { at: Date.parse('2020-01-28T10:00:00+02:00'), zone: 'Asia/Damascus' };
  const one = (text: string) => {
    const found = parseTimeExpressions(text, reference);
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  it('reads "yesterday" as the day before', () => {
    expect(one('The envoy arrived yesterday').value).toEqual({
      type: 'value',
      point: { local: '2020-01-27T00:00:00', grain: 'day' },
    });
  });

  it('reads "on January 30" as this January 30 with its span', () => {
    const e = one('The talks resume on January 30 in Geneva');
    expect(e.text).toBe('January 30');
    expect(e.value).toEqual({ type: 'value', point: { local: '2020-01-30T00:00:00', grain: 'day' } });
  });

  it('reads "next Wednesday" as chrono-node did: the Wednesday of next week', () => {
    expect(one('next Wednesday').value).toEqual({
      type: 'value',
      point: { local: '2020-02-05T00:00:00', grain: 'day' },
    });
  });

  it('reads "tomorrow at 3pm" at hour precision in the reference zone', () => {
    const e = one('tomorrow at 3pm');
    expect(e.value).toEqual({ type: 'value', point: { local: '2020-01-29T15:00:00', grain: 'hour' } });
    expect(e.zone).toBe('Asia/Damascus');
  });

  it('reads both scripts in one text, each by its own rules', () => {
    const found = parseTimeExpressions('يلتقي الوزيران الخميس المقبل, and again on February 3', reference);
    expect(found.map((e) => [e.text, e.value.type === 'value' ? e.value.point.local : null])).toEqual([
      ['الخميس المقبل', '2020-01-30T00:00:00'],
      ['February 3', '2020-02-03T00:00:00'],
    ]);
  });
});

describe('Arabic words that look like a date and are not one', () => {
  const reference = { at: Date.parse('2020-01-28T10:00:00+02:00'), zone: 'Asia/Damascus' };
  const texts = (text: string) => parseTimeExpressions(text, reference).map((e) => e.text);

  it('"اليوم نفسه", "اليوم ذاته" is the same day as one told before, not today', () => {
    expect(texts('ويتصادف لقاء الرئيسين مع اليوم نفسه الذي يحل فيه الضيف على روما')).toEqual([]);
    expect(texts('وفي اليوم ذاته يلتقي الوزير نظيره')).toEqual([]);
    expect(texts('يلتقي الوزير نظيره اليوم')).toEqual(['اليوم']);
  });

  it('"أقل من شهر" is a length, not a month ago ("من شهر" alone is)', () => {
    expect(texts('جولة بدأها بعد أقل من شهر على اندلاع الحرب')).toEqual([]);
    expect(texts('التقاه من شهر في دمشق')).toEqual(['من شهر']);
  });
});
