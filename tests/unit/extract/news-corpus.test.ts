/**
 * The news corpus is what the reader is measured on (`npm run score`), so it is checked like
 * code: every annotation well formed and true to its own text, and the corpus as wide as the
 * measure needs (languages, countries, every failure kind, articles with no meeting). Nothing
 * here runs the reader: the frozen part is scored only for reports.
 */
import { describe, expect, it } from 'vitest';
import { fixtureProblems, loadNewsCorpus, NEWS_PARTS, type Fixture } from '../../helpers/extraction-score.js';
import { splitCorpus } from '../../helpers/split-news-corpus.js';

const parts = Object.fromEntries(NEWS_PARTS.map((part) => [part, loadNewsCorpus(part)])) as Record<
  (typeof NEWS_PARTS)[number],
  Fixture[]
>;
const all = [...parts.dev, ...parts.frozen];
const kindsOf = (f: Fixture) => (f.source.kinds as number[] | undefined) ?? [];
/** Written after the split, once the reader's failures on the development part were known: never held out. */
const devOnly = (f: Fixture) => f.source.split === 'dev-only';

/** What a corpus article says of where it comes from, beyond what every fixture says. */
function provenanceProblems(f: Fixture): string[] {
  const problems: string[] = [];
  const { url, country, kinds } = f.source as { url?: unknown; country?: unknown; kinds?: unknown };
  if (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url)) problems.push(`${f.id}: source.url is not a url`);
  if (typeof country !== 'string' || country === '') problems.push(`${f.id}: source.country is missing`);
  if (!Array.isArray(kinds) || kinds.some((k) => !Number.isInteger(k) || k < 1 || k > 10))
    problems.push(`${f.id}: source.kinds must list 1-10`);
  f.meetings.forEach((m, i) => {
    if (!f.text.includes(m.evidence)) problems.push(`${f.id}: meeting ${i}'s evidence is not in the article`);
  });
  return problems;
}

describe('the news corpus', () => {
  it('every article is well formed, with its source url, and each evidence is a sentence of its own text', () => {
    expect(all.flatMap((f) => [...fixtureProblems(f), ...provenanceProblems(f)])).toEqual([]);
  });

  it('holds at least 100 Arabic articles from outlets of eight countries, 40 English, and 10 with no meeting', () => {
    const arabic = all.filter((f) => f.source.language === 'ar');
    expect(arabic.length).toBeGreaterThanOrEqual(100);
    expect(new Set(arabic.map((f) => f.source.country)).size).toBeGreaterThanOrEqual(8);
    expect(all.filter((f) => f.source.language === 'en').length).toBeGreaterThanOrEqual(40);
    expect(all.filter((f) => f.meetings.length === 0).length).toBeGreaterThanOrEqual(10);
  });

  it('exercises every failure kind of issue 13 at least five times', () => {
    const counts = Array.from({ length: 10 }, (_, i) => all.filter((f) => kindsOf(f).includes(i + 1)).length);
    expect(counts.map((n, i) => ({ kind: i + 1, enough: n >= 5 }))).toEqual(
      counts.map((_, i) => ({ kind: i + 1, enough: true })),
    );
  });

  it('is split once: the frozen third is what the seeded split gives, and no article is in both parts', () => {
    const { dev, frozen } = splitCorpus(all.filter((f) => !devOnly(f)));
    expect(frozen.map((f) => f.id).sort()).toEqual(parts.frozen.map((f) => f.id).sort());
    expect(dev.map((f) => f.id).sort()).toEqual(
      parts.dev
        .filter((f) => !devOnly(f))
        .map((f) => f.id)
        .sort(),
    );
  });

  it('keeps the articles written after the split (source.split "dev-only") in the development part', () => {
    expect(parts.frozen.filter(devOnly).map((f) => f.id)).toEqual([]);
  });
});
