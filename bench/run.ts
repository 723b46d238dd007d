/**
 * `npm run bench`: Diwan's speed and memory beside what SQLite, Node and discord.js allow.
 * Figures, never pass/fail. Writes bench/out/results.json; a full run also writes bench/out/RESULTS.md.
 * Both are untracked (a run is not a change to the project): the README's table is the record.
 *
 *   npm run bench                 10k, 100k and 1M meetings
 *   npm run bench -- --quick      10k only, shorter measurements (under a minute)
 *   npm run bench -- --sizes 10000,100000
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { calendarFigures } from './calendar-figures.js';
import { extractFigures } from './extract-figures.js';
import { calendarFeedFigures } from './feed-figures.js';
import { newsFeedFigures } from './news-feed-figures.js';
import { hostileDateFigures } from './hostile-dates.js';
import { buildCalendar } from './generate.js';
import { BENCH_OUT as OUT, settings, type Figure } from './measure.js';
import { memoryFigures } from './memory.js';
import { pictureFigures } from './picture-figures.js';
import { startFigures } from './start-figures.js';
import { growthRows, markdownReport, table } from './report.js';
import { confidenceTable, qualityTable, scoreParts } from './quality.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const sizesArg = args[args.indexOf('--sizes') + 1];
const sizes =
  args.includes('--sizes') && sizesArg
    ? sizesArg.split(',').map(Number)
    : quick
      ? [10_000]
      : [10_000, 100_000, 1_000_000];
settings.budgetMs = quick ? 400 : 1500;
const log = (line: string) => process.stderr.write(`${line}\n`);

const started = performance.now();
const figures: Figure[] = [];
for (const size of sizes) {
  log(`building a calendar of ${size} meetings…`);
  const calendar = buildCalendar(size, log);
  log(`  ${size}: built in ${(calendar.buildMs / 1000).toFixed(1)} s ${JSON.stringify(calendar.counts)}`);
  try {
    figures.push(...(await calendarFigures(calendar, log)));
    if (size === 10_000) {
      figures.push(...(await startFigures(calendar, quick ? 5 : 10, log)));
      figures.push(...(await calendarFeedFigures(calendar, log)));
    }
  } finally {
    calendar.remove();
  }
}
log('reading articles…');
figures.push(...extractFigures(quick ? 400 : 2000, log));
log('following feeds: 1,000 new items, and a poll of 50 unchanged feeds…');
figures.push(...(await newsFeedFigures(log)));
log('the date parser on hostile runs, 1 MB and 2 MB…');
figures.push(...(await hostileDateFigures(quick ? 1 : 3, log)));
log('the month picture, 200 meetings…');
figures.push(...(await pictureFigures(quick, log)));
log('scoring the article reader on the fixtures and the news corpus…');
const quality = scoreParts();
log('memory: the bot and a bare client, 100 servers…');
figures.push(...(await memoryFigures(100, quick ? 1 : 2, log)));

const machine = {
  nproc: availableParallelism(),
  cpu: cpus()[0]?.model ?? 'unknown',
  node: process.version,
};
const command = `npm run bench${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`;
const date = new Date().toISOString();
const results = {
  date,
  command,
  machine,
  sizes,
  figures,
  growth: growthRows(figures, sizes),
  extractionQuality: Object.fromEntries(quality.map((p) => [p.name, p.score.overall])),
};
mkdirSync(OUT, { recursive: true });
writeFileSync(new URL('results.json', OUT), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`${table(figures, sizes)}\n`);
const qualityText =
  `\nHow well it reads (\`npm run score\` for the tables article by article):\n\n${qualityTable(quality)}\n` +
  `\nHow often a draft of each confidence level is right:\n\n${confidenceTable(quality)}\n`;
process.stdout.write(qualityText);
if (!quick && !args.includes('--sizes')) {
  writeFileSync(new URL('RESULTS.md', OUT), markdownReport({ date, command, machine, figures, sizes }) + qualityText);
  log('wrote bench/out/results.json and bench/out/RESULTS.md');
} else {
  log('wrote bench/out/results.json');
}
log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
