/**
 * The calendar feed (src/ical/feed.ts) on bench/generate.ts's synthetic calendars: its first
 * request (every meeting read in full and written, a few hundred at a time with the event loop
 * let run between), the longest the event loop waited meanwhile (what reminders and commands
 * wait), and a poll of the unchanged calendar (the fingerprint query). `npm run bench` runs it
 * on the 10k calendar; alone:
 *
 *   npx tsx bench/feed-figures.ts                 1,000 and 10,000 meetings
 *   npx tsx bench/feed-figures.ts 2000
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { CalendarRepository } from '../db/calendar-repository.js';
import { FeedTokens } from '../db/feed-tokens.js';
import { calendarFile } from '../src/ical/calendar-file.js';
import { FeedCache } from '../src/ical/feed.js';
import { buildCalendar, type SyntheticCalendar } from './generate.js';
import { round, type Figure } from './measure.js';

const POLLS = 20;
/** First builds measured (each on a new cache), the median kept. */
const BUILDS = 3;

interface FeedRun {
  madeMs: number;
  cpuMs: number;
  /** The longest the event loop waited while the feed was made. */
  heldMs: number;
  megabytes: number;
}

/** One first request of the calendar's feed, on a cache of its own. */
async function firstRequest(calendar: SyntheticCalendar): Promise<FeedRun & { feeds: FeedCache; token: string }> {
  const repository = new CalendarRepository(calendar.db);
  const tokens = new FeedTokens(calendar.db);
  const token = tokens.tokenFor(calendar.calendarId, 0);
  const feeds = new FeedCache({
    tokens,
    storeOf: (id) => repository.forCalendar(id),
    versionOf: (id) => tokens.calendarVersion(id),
  });
  const stalls = monitorEventLoopDelay({ resolution: 5 });
  stalls.enable();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const feed = await feeds.feedOf(token)!;
  const madeMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  stalls.disable();
  return {
    madeMs,
    cpuMs: (used.user + used.system) / 1000,
    heldMs: stalls.max / 1e6,
    megabytes: feed.data.length / 1024 / 1024,
    feeds,
    token,
  };
}

/** The figures `npm run bench` reports for the feed of `calendar`. */
export async function calendarFeedFigures(calendar: SyntheticCalendar, log: (line: string) => void): Promise<Figure[]> {
  const runs: FeedRun[] = [];
  for (let i = 0; i < BUILDS; i++) runs.push(await firstRequest(calendar));
  runs.sort((a, b) => a.madeMs - b.madeMs);
  const run = runs[Math.floor(runs.length / 2)]!;
  // The baseline: the same file written at once, as before it was written in steps.
  const store = new CalendarRepository(calendar.db).forCalendar(calendar.calendarId);
  const started = performance.now();
  const numbers = store.meetingsOverlapping(-8.64e15, 8.64e15).meetings.map((m) => m.number);
  calendarFile(store.meetings(numbers), { locale: 'en' });
  const atOnceMs = performance.now() - started;
  const size = calendar.size;
  log(
    `  feed of ${size}: made in ${run.madeMs.toFixed(0)} ms (CPU ${run.cpuMs.toFixed(0)} ms), the event loop held at most ${run.heldMs.toFixed(0)} ms, ${run.megabytes.toFixed(1)} MB; at once ${atOnceMs.toFixed(0)} ms`,
  );
  const figure = (name: string, ours: number, note: string): Figure => ({
    name,
    size,
    p50_ms: round(ours, 1),
    p99_ms: null,
    baseline_p50_ms: round(atOnceMs, 1),
    ratio: round(ours / atOnceMs, 2),
    baseline: 'the same .ics written at once on the event loop (calendarFile after one read of every meeting)',
    note,
  });
  return [
    figure(
      'feed, first request',
      run.madeMs,
      `median of ${BUILDS}; CPU ${run.cpuMs.toFixed(0)} ms; ${run.megabytes.toFixed(1)} MB`,
    ),
    figure('feed, event loop held', run.heldMs, 'the longest wait of the event loop while the feed was made'),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv[2] ? process.argv[2].split(',').map(Number) : [1_000, 10_000];
  for (const size of sizes) {
    const calendar = buildCalendar(size);
    try {
      const { madeMs, cpuMs, heldMs, megabytes, feeds, token } = await firstRequest(calendar);
      const started = performance.now();
      for (let i = 0; i < POLLS; i++) await feeds.feedOf(token);
      const pollMs = (performance.now() - started) / POLLS;
      process.stdout.write(
        `${size} meetings: made in ${madeMs.toFixed(0)} ms (CPU ${cpuMs.toFixed(0)} ms; the event loop held at most ${heldMs.toFixed(0)} ms), ${megabytes.toFixed(1)} MB; a poll of the unchanged calendar ${pollMs.toFixed(1)} ms\n`,
      );
    } finally {
      calendar.remove();
    }
  }
}
