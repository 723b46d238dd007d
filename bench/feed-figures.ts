/**
 * The calendar feed on bench/generate.ts's synthetic calendars: how long its first request
 * takes (the whole .ics made: every meeting read in full and written), how large it is, and
 * what a poll of the unchanged calendar costs (the fingerprint query of src/ical/feed.ts).
 * Not part of `npm run bench` yet:
 *
 *   npx tsx bench/feed-figures.ts                 1,000 and 10,000 meetings
 *   npx tsx bench/feed-figures.ts 2000
 */
import { CalendarRepository } from '../db/calendar-repository.js';
import { FeedTokens } from '../db/feed-tokens.js';
import { FeedCache } from '../src/ical/feed.js';
import { buildCalendar } from './generate.js';

const sizes = process.argv[2] ? process.argv[2].split(',').map(Number) : [1_000, 10_000];
const POLLS = 20;

for (const size of sizes) {
  const calendar = buildCalendar(size);
  try {
    const repository = new CalendarRepository(calendar.db);
    const tokens = new FeedTokens(calendar.db);
    const token = tokens.tokenFor(calendar.calendarId, 0);
    const feeds = new FeedCache({
      tokens,
      storeOf: (id) => repository.forCalendar(id),
      versionOf: (id) => tokens.calendarVersion(id),
    });
    let started = performance.now();
    const feed = feeds.feedOf(token)!;
    const madeMs = performance.now() - started;
    started = performance.now();
    for (let i = 0; i < POLLS; i++) feeds.feedOf(token);
    const pollMs = (performance.now() - started) / POLLS;
    const megabytes = Buffer.byteLength(feed.text) / 1024 / 1024;
    process.stdout.write(
      `${size} meetings: made in ${madeMs.toFixed(0)} ms, ${megabytes.toFixed(1)} MB; a poll of the unchanged calendar ${pollMs.toFixed(1)} ms\n`,
    );
  } finally {
    calendar.remove();
  }
}
