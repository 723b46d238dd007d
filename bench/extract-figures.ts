/**
 * Reading articles: extractMeetings over the Arabic and English fixture articles (KB/s and
 * articles/s), and the date parser alone (expressions/s), beside chrono-node on the same
 * English texts.
 */
import * as chrono from 'chrono-node';
import { readdirSync, readFileSync } from 'node:fs';
import { parseTimeExpressions } from '../src/date-parser/index.js';
import { extractMeetings } from '../src/extract/index.js';
import { localInstant } from '../src/time/local-days.js';
import { round, type Figure } from './measure.js';

const FIXTURES = new URL('../tests/fixtures/articles/', import.meta.url);

interface Article {
  file: string;
  text: string;
  language: 'ar' | 'en';
  published: string;
  timezone: string;
  bytes: number;
}

function articles(): Article[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((file) => {
      const meta = JSON.parse(readFileSync(new URL(file.replace(/\.txt$/, '.json'), FIXTURES), 'utf8')) as {
        source?: { language?: string; published?: string; timezone?: string };
      };
      const { language, published, timezone } = meta.source ?? {};
      if ((language !== 'ar' && language !== 'en') || !published) return [];
      const text = readFileSync(new URL(file, FIXTURES), 'utf8');
      return [{ file, text, language, published, timezone: timezone ?? 'UTC', bytes: Buffer.byteLength(text) }];
    });
}

/**
 * Passes per second of each side, measured in turns: after a warm-up as long as the measuring
 * (two passes, as before, left the reader, JavaScript that V8 optimises over hundreds of
 * passes, half-compiled beside chrono-node's native regular expressions, and a bot reading
 * articles all day runs warm), each side runs for a slice of the budget in each of ROUNDS
 * rounds. A machine that slows down for a second slows every side alike, so the ratio holds.
 */
const ROUNDS = 10;

function passesPerSecond<K extends string>(sides: Record<K, () => void>, budgetMs: number): Record<K, number> {
  const entries = Object.entries(sides) as [K, () => void][];
  for (const [, pass] of entries) {
    const warm = performance.now();
    do pass();
    while (performance.now() - warm < budgetMs);
  }
  const passes = new Map<K, number>(entries.map(([name]) => [name, 0]));
  const spent = new Map<K, number>(entries.map(([name]) => [name, 0]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, pass] of entries) {
      const start = performance.now();
      let count = 0;
      do {
        pass();
        count += 1;
      } while (performance.now() - start < budgetMs / ROUNDS);
      passes.set(name, passes.get(name)! + count);
      spent.set(name, spent.get(name)! + performance.now() - start);
    }
  }
  return Object.fromEntries(entries.map(([name]) => [name, passes.get(name)! / (spent.get(name)! / 1000)])) as Record<
    K,
    number
  >;
}

function rateFigure(
  name: string,
  rate: number,
  unit: string,
  baselineRate: number | null,
  baseline: string,
  note?: string,
): Figure {
  return {
    name,
    size: null,
    p50_ms: null,
    p99_ms: null,
    baseline_p50_ms: null,
    ratio: baselineRate ? round(baselineRate / rate, 2) : null,
    rate: round(rate, 1),
    ...(baselineRate ? { baseline_rate: round(baselineRate, 1) } : {}),
    unit,
    baseline,
    ...(note ? { note } : {}),
  };
}

export function extractFigures(budgetMs: number, log: (line: string) => void): Figure[] {
  const all = articles();
  const figures: Figure[] = [];
  for (const language of ['ar', 'en'] as const) {
    const set = all.filter((a) => a.language === language);
    const bytes = set.reduce((sum, a) => sum + a.bytes, 0);
    const references = set.map((a) => ({ at: localInstant(a.published, '12:00', a.timezone), zone: a.timezone }));
    const extract = () => {
      for (const a of set) extractMeetings(a.text, { published: a.published, timezone: a.timezone, language });
    };
    const parse = () => set.forEach((a, i) => parseTimeExpressions(a.text, references[i]!));
    const expressions = set.reduce((sum, a, i) => sum + parseTimeExpressions(a.text, references[i]!).length, 0);
    let chronoKbs: number | null = null;
    let chronoExpressions: number | null = null;
    let extractPasses: number;
    let parsePasses: number;
    if (language === 'en') {
      const dates = set.map((a, i) => new Date(references[i]!.at));
      const chronoParse = () => set.forEach((a, i) => chrono.parse(a.text, dates[i]));
      const found = set.reduce((sum, a, i) => sum + chrono.parse(a.text, dates[i]).length, 0);
      const rates = passesPerSecond({ extract, parse, chrono: chronoParse }, budgetMs);
      ({ extract: extractPasses, parse: parsePasses } = rates);
      chronoKbs = (rates.chrono * bytes) / 1024;
      chronoExpressions = rates.chrono * found;
    } else {
      ({ extract: extractPasses, parse: parsePasses } = passesPerSecond({ extract, parse }, budgetMs));
    }
    const label = language === 'ar' ? 'Arabic' : 'English';
    const baselineText =
      language === 'en' ? 'chrono-node parsing the same texts' : 'none in the same run (target: 1 MB/s)';
    figures.push(
      rateFigure(
        `extract ${label}`,
        (extractPasses * bytes) / 1024,
        'KB/s',
        chronoKbs,
        baselineText,
        `${set.length} articles, ${(bytes / 1024).toFixed(1)} KB`,
      ),
      rateFigure(`extract ${label}`, extractPasses * set.length, 'articles/s', null, baselineText),
      rateFigure(
        `date parser ${label}`,
        parsePasses * expressions,
        'expressions/s',
        chronoExpressions,
        baselineText,
        `${expressions} expressions a pass`,
      ),
      rateFigure(`date parser ${label}`, (parsePasses * bytes) / 1024, 'KB/s', chronoKbs, baselineText),
    );
    log(
      `  extract ${label}: ${((extractPasses * bytes) / 1024).toFixed(0)} KB/s; parser ${((parsePasses * bytes) / 1024).toFixed(0)} KB/s${chronoKbs ? `; chrono ${chronoKbs.toFixed(0)} KB/s` : ''}`,
    );
  }
  return figures;
}
