/**
 * The news corpus's one split, kept to show how it was made: written articles go two thirds to
 * tests/fixtures/news/dev and one third to tests/fixtures/news/frozen. The order is a seeded
 * shuffle within each stratum (the writer's batch, named by the id's prefix such as `lev-` or
 * `enw-`, and whether the article has a meeting), so both parts hold every region, both languages
 * and no-meeting articles in the same shares, and a batch split on its own falls exactly as it
 * would in one run over the whole corpus. An article already in a part is never moved: the
 * frozen part is fixed for good.
 *
 *   npx tsx tests/helpers/split-news-corpus.ts <folder of NN.txt + NN.json> [<more folders>]
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticleFixtures, NEWS_DIR, type Fixture } from './extraction-score.js';

/** mulberry32: a small seeded generator, so the split can be rerun to the same result. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stratum's own seed, so its split depends on nothing else in the corpus. */
function seedOf(key: string): number {
  let h = 20261205;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return h;
}

/**
 * Batches written after the split, from pages read while the rules changed: development material
 * only, all of it in `dev/` (the frozen part is never added to from what was seen while developing).
 */
export const DEV_ONLY_BATCHES: ReadonlySet<string> = new Set([
  'ev6',
  'ppl',
  's7',
  's8',
  's9',
  's10',
  's11',
  's12',
  's13',
  's14',
  's15',
  's16',
  's17',
  's18',
  's19',
  's20',
  's21',
  's22',
  's23',
  's24',
  's25',
  's26',
  's27',
  's28',
  's29',
  's30',
  's31',
]);

export function splitCorpus(fixtures: readonly Fixture[]): { dev: Fixture[]; frozen: Fixture[] } {
  const strata = new Map<string, Fixture[]>();
  const dev: Fixture[] = [];
  const frozen: Fixture[] = [];
  for (const f of [...fixtures].sort((a, b) => a.id.localeCompare(b.id))) {
    if (DEV_ONLY_BATCHES.has(f.id.split('-')[0]!)) {
      dev.push(f);
      continue;
    }
    const key = `${f.id.split('-')[0]} ${f.meetings.length > 0 ? 'meetings' : 'none'}`;
    strata.set(key, [...(strata.get(key) ?? []), f]);
  }
  for (const [key, group] of strata) {
    const random = seeded(seedOf(key));
    // Every third article from a random start: a stratum of one or two (a batch's no-meeting
    // articles) is not always kept out of the frozen part.
    const start = Math.floor(random() * 3);
    const shuffled = group.map((f) => ({ f, r: random() })).sort((a, b) => a.r - b.r);
    shuffled.forEach(({ f }, i) => ((i + start) % 3 === 2 ? frozen : dev).push(f));
  }
  return { dev, frozen };
}

if (process.argv[1]?.endsWith('split-news-corpus.ts')) {
  const folders = process.argv.slice(2);
  if (folders.length === 0) throw new Error('usage: split-news-corpus.ts <folder> [<folder> …]');
  const batch = folders.flatMap((folder) => loadArticleFixtures(folder));
  const placed = batch.filter((f) =>
    ['dev', 'frozen'].some((part) => existsSync(join(NEWS_DIR, part, `${f.id}.json`))),
  );
  if (placed.length > 0) throw new Error(`already split, and never moved: ${placed.map((f) => f.id).join(', ')}`);
  const { dev, frozen } = splitCorpus(batch);
  for (const [part, fixtures] of [
    ['dev', dev],
    ['frozen', frozen],
  ] as const) {
    mkdirSync(join(NEWS_DIR, part), { recursive: true });
    for (const f of fixtures) {
      copyFileSync(f.textFile, join(NEWS_DIR, part, `${f.id}.txt`));
      copyFileSync(f.textFile.replace(/\.txt$/, '.json'), join(NEWS_DIR, part, `${f.id}.json`));
    }
  }
  process.stdout.write(`dev ${dev.length}, frozen ${frozen.length}\n`);
}
