/**
 * N passes over the fixture articles of one language (tests/fixtures/articles): Diwan's reader
 * (`extractMeetings`, compiled in dist/: run `npm run build` first) or chrono-node on the same
 * English texts. For a profiler, or for counting instructions, which the load of a shared machine
 * does not change (the README's speed section):
 *
 *   N=300 valgrind --tool=callgrind node --single-threaded bench/extract-loop.mjs
 *
 * Environment: N passes (300), LANGUAGE en or ar (en), SIDE ours or chrono (ours). The instructions
 * of a pass are the difference between two N (300 and 1300) over 1000: V8's start and its
 * compiling of the reader cancel out.
 */
/* global process, URL */
import * as chrono from 'chrono-node';
import { readdirSync, readFileSync } from 'node:fs';

const FIXTURES = new URL('../tests/fixtures/articles/', import.meta.url);
const language = process.env.LANGUAGE ?? 'en';
const passes = Number(process.env.N ?? 300);
const { extractMeetings } = await import(new URL('../dist/src/extract/index.js', import.meta.url).href);
const { localInstant } = await import(new URL('../dist/src/time/local-days.js', import.meta.url).href);

const articles = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.txt'))
  .flatMap((file) => {
    const { source } = JSON.parse(readFileSync(new URL(file.replace(/\.txt$/, '.json'), FIXTURES), 'utf8'));
    if (source?.language !== language || !source.published) return [];
    const timezone = source.timezone ?? 'UTC';
    const text = readFileSync(new URL(file, FIXTURES), 'utf8');
    return [
      { text, published: source.published, timezone, at: new Date(localInstant(source.published, '12:00', timezone)) },
    ];
  });

const pass =
  process.env.SIDE === 'chrono'
    ? () => articles.forEach((a) => chrono.parse(a.text, a.at))
    : () =>
        articles.forEach((a) => extractMeetings(a.text, { published: a.published, timezone: a.timezone, language }));
for (let i = 0; i < passes; i++) pass();
