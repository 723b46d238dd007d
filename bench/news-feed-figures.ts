/**
 * The news feed figures (issue 18): reading 1,000 new items of one feed (fetch, parse, read each
 * article, store it with its posts) beside the article reader alone on the same texts, and the
 * CPU of a poll of 50 unchanged feeds (50 conditional GETs answered 304) beside 50 bare
 * http.get calls with the same If-None-Match. The feed server runs in a child process, so its
 * CPU is not counted.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/connection.js';
import { Calendars } from '../src/app.js';
import { extractMeetings } from '../src/extract/index.js';
import { guardedFetcher } from '../src/feeds/fetch.js';
import { FeedService } from '../src/feeds/service.js';
import { silentLogger } from '../src/logger.js';
import { round, type Figure } from './measure.js';

const NOW = Date.parse('2020-03-02T12:00:00Z');
const PLACES = ['Cairo', 'Amman', 'Riyadh', 'Muscat', 'Doha', 'Beirut', 'Baghdad', 'Ankara', 'Tehran', 'Geneva'];
const PEOPLE = ['Ayman Safadi', 'Sameh Shoukry', 'Yusuf bin Alawi', 'Mohammad Javad Zarif', 'Geir Pedersen'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The i-th article: a visit announced, each with its own place, people and day. */
function article(i: number): string {
  const place = PLACES[i % PLACES.length]!;
  const host = PEOPLE[i % PEOPLE.length]!;
  const guest = PEOPLE[(i + 2) % PEOPLE.length]!;
  const day = DAYS[i % DAYS.length]!;
  return `${place.toUpperCase()}, March 2 - ${guest} will travel to ${place} on ${day} to meet ${host}, officials said on Monday in statement number ${i}. The two are expected to discuss regional security and the preparations for the coming summit, according to the ministry.`;
}

function rss(items: number, offset = 0): string {
  const entries = Array.from({ length: items }, (_, k) => {
    const i = k + offset;
    return `<item><title>Visit ${i}</title><link>https://news.example/${i}</link><guid>bench-${i}</guid><pubDate>Mon, 02 Mar 2020 ${String(8 + (i % 3)).padStart(2, '0')}:00:00 GMT</pubDate><content:encoded><![CDATA[<p>${article(i)}</p>]]></content:encoded></item>`;
  });
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench Wire</title>${entries.join('')}</channel></rss>`;
}

async function startServer(folder: string): Promise<{ port: number; stop(): void }> {
  const child = spawn(process.execPath, [new URL('./feed-server-child.mjs', import.meta.url).pathname, folder], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(Number(d))));
  return { port, stop: () => child.kill() };
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

export async function newsFeedFigures(log: (line: string) => void): Promise<Figure[]> {
  const folder = mkdtempSync(join(tmpdir(), 'diwan-bench-feeds-'));
  writeFileSync(join(folder, 'big.xml'), rss(1000));
  for (let f = 0; f < 50; f++) writeFileSync(join(folder, `f${f}.xml`), rss(5, 10_000 + f * 5));
  const server = await startServer(folder);
  const db = openDatabase(join(folder, 'bench.sqlite'));
  const clock = { now: () => NOW };
  const calendars = new Calendars(db, clock, { seed: false, timezone: 'UTC' });
  const service = new FeedService({
    calendars,
    clock,
    logger: silentLogger,
    allowPrivate: true,
    fetch: guardedFetcher({ allowPrivate: true }),
  });
  const follow = (guild: string, name: string) => {
    const scope = calendars.forGuild(guild);
    const url = `http://127.0.0.1:${server.port}/${name}`;
    service.feeds.subscribe(
      { calendarId: scope.calendar.id, url, language: null, channelId: '1', mode: 'review', by: '1' },
      NOW,
    );
    return service.feeds.subscriptionByUrl(scope.calendar.id, url)!;
  };
  try {
    log('feeds: 1,000 new items…');
    // The reader's tables (gazetteer, names) load on its first article: loaded before either timing.
    extractMeetings(article(0), { published: '2020-03-02' });
    const big = follow('800000000000000001', 'big.xml');
    const started = performance.now();
    const report = await service.poller.pollFeed(service.feeds.feed(big.feedId)!);
    const ingestMs = performance.now() - started;
    const readerStarted = performance.now();
    for (let i = 0; i < 1000; i++) extractMeetings(article(i), { published: '2020-03-02' });
    const readerMs = performance.now() - readerStarted;
    log(`  ${report.items} items, ${report.meetings} meetings in ${(ingestMs / 1000).toFixed(2)} s`);

    log('feeds: a poll of 50 unchanged feeds…');
    for (let f = 0; f < 50; f++) follow(`80000000000000010${String(f).padStart(2, '0')}`, `f${f}.xml`);
    await service.poller.pollDue(); // the first poll reads them and keeps their ETags
    const feeds = service.feeds.allFeeds().filter((feed) => feed.url.includes('/f'));
    const polls: number[] = [];
    const bare: number[] = [];
    for (let run = 0; run < 7; run++) {
      db.prepare('UPDATE feeds SET next_poll_at = ?').run(NOW);
      const cpu = process.cpuUsage();
      const unchanged = await service.poller.pollDue();
      polls.push(cpuMs(cpu));
      if (unchanged.unchanged < 50) throw new Error(`only ${unchanged.unchanged} of 50 feeds answered 304`);
      const cpuBare = process.cpuUsage();
      for (const feed of feeds) await bareConditionalGet(feed.url, feed.etag ?? '');
      bare.push(cpuMs(cpuBare));
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const pollCpu = median(polls);
    const bareCpu = median(bare);
    log(`  CPU ${pollCpu.toFixed(1)} ms (bare http.get: ${bareCpu.toFixed(1)} ms)`);
    return [
      {
        name: 'feeds: ingest 1,000 new items',
        size: null,
        p50_ms: round(ingestMs, 1),
        p99_ms: null,
        baseline_p50_ms: round(readerMs, 1),
        ratio: round(ingestMs / readerMs, 2),
        baseline: 'the article reader alone on the same 1,000 texts',
        note: `${report.items} items, ${report.meetings} meetings; fetch, parse, read, store with posts (target: under 20 s)`,
      },
      {
        name: 'feeds: CPU of a poll of 50 unchanged feeds',
        size: null,
        p50_ms: round(pollCpu, 2),
        p99_ms: null,
        baseline_p50_ms: round(bareCpu, 2),
        ratio: round(pollCpu / bareCpu, 2),
        baseline: '50 bare http.get with If-None-Match',
        note: 'CPU ms (user + system), median of 7; 50 answers of 304 (target: under 50 ms)',
      },
    ];
  } finally {
    db.close();
    server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

function bareConditionalGet(url: string, etag: string): Promise<void> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'if-none-match': etag }, agent: false }, (res) => {
        res.resume();
        res.on('end', resolve);
      })
      .on('error', reject);
  });
}
