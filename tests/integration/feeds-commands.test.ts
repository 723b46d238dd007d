/** /calendar feeds add|list|remove|pause, /settings import-threshold and `meetings feeds`. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedRepository } from '../../db/feed-repository.js';
import { addFeed, listFeeds, pauseFeed, removeFeed, setImportThreshold } from '../../src/feeds/commands.js';
import { makeContext } from '../../src/handlers/context.js';
import { MANAGE_EVENTS } from '../../src/handlers/permissions.js';
import { fixedClock } from '../../src/clock.js';
import { terminalPresenter } from '../../src/replies/presenter.js';
import { openTestCalendar, runMeetings, tempDir } from '../helpers/calendar.js';
import { feedFixture, startFeedServer, type FeedServer } from '../helpers/feed-server.js';

const NOW = Date.parse('2020-03-02T12:00:00Z');

function context(permissions: bigint | null, calendar = openTestCalendar({ seed: false, now: NOW })) {
  const feeds = new FeedRepository(calendar.db);
  const ctx = makeContext({
    scope: calendar.calendars.forGuild('100000000000000001'),
    clock: fixedClock(NOW),
    actor: { userId: '200000000000000001', permissions, channelId: '300000000000000001' },
    locale: 'en',
    present: terminalPresenter,
    newsFeeds: feeds,
  });
  return { ctx, feeds, calendar };
}

describe('following feeds from Discord', () => {
  it('adds a feed posting to the channel it was added in, lists, pauses and removes it', () => {
    const { ctx } = context(MANAGE_EVENTS);
    expect(addFeed(ctx, { url: 'https://news.example/rss#top' }).content).toContain(
      'Following https://news.example/rss',
    );
    expect(listFeeds(ctx).embeds?.[0]?.description).toBe(
      '• https://news.example/rss · review · <#300000000000000001> · working',
    );
    expect(pauseFeed(ctx, 'https://news.example/rss').content).toMatch(/^Paused/);
    expect(listFeeds(ctx).embeds?.[0]?.description).toContain('paused');
    expect(pauseFeed(ctx, 'https://news.example/rss').content).toMatch(/^Reading .* again/);
    expect(addFeed(ctx, { url: 'https://news.example/rss', mode: 'auto' }).content).toMatch(/^Already following/);
    expect(listFeeds(ctx).embeds?.[0]?.description).toContain('add at once');
    removeFeed(ctx, 'https://news.example/rss');
    expect(listFeeds(ctx).content).toMatch(/follows no feed/);
  });

  it('refuses members without Manage Events, and anything but http and https', () => {
    const { ctx } = context(0n);
    expect(() => addFeed(ctx, { url: 'https://news.example/rss' })).toThrow(/Manage Events/);
    const manager = context(MANAGE_EVENTS).ctx;
    expect(() => addFeed(manager, { url: 'file:///etc/passwd' })).toThrow(/not an http or https address/);
    expect(() => addFeed(manager, { url: 'javascript:alert(1)' })).toThrow(/not an http or https address/);
    expect(() => removeFeed(manager, 'https://nothing.example/')).toThrow(/follows no feed/);
  });

  it('refuses a 51st feed on one server', () => {
    const { ctx } = context(MANAGE_EVENTS);
    for (let i = 0; i < 50; i++) addFeed(ctx, { url: `https://news.example/feed-${i}` });
    expect(() => addFeed(ctx, { url: 'https://news.example/feed-50' })).toThrow(/follows 50 feeds already/);
    // Changing one already followed is not a new one.
    expect(addFeed(ctx, { url: 'https://news.example/feed-3', mode: 'auto' }).content).toMatch(/^Already following/);
  });

  it('sets the import threshold (Manage Server) between 50 and 100 %', () => {
    const { ctx, feeds } = context(null);
    setImportThreshold(ctx, 90);
    expect(feeds.threshold(ctx.scope.calendar.id)).toBe(0.9);
    expect(() => setImportThreshold(ctx, 30)).toThrow(/from 50 to 100/);
    expect(() => setImportThreshold(context(MANAGE_EVENTS).ctx, 90)).toThrow(/Manage Server/);
  });
});

describe('meetings feeds, in the terminal', () => {
  let server: FeedServer;
  const dir = tempDir();
  beforeAll(async () => {
    server = await startFeedServer();
  });
  afterAll(async () => {
    await server.close();
    dir.remove();
  });

  it('adds, polls (auto mode adds at once), lists and removes', async () => {
    server.route('/agency.xml', { body: feedFixture(server, 'agency.rss.xml'), type: 'application/rss+xml' });
    const db = dir.file('cli.sqlite');
    const env = { FEEDS_ALLOW_PRIVATE: '1', SEED_CALENDAR: 'false', LOG_LEVEL: 'error' };
    const at = ['--at', '2020-03-02T12:00:00Z'];
    const added = await runMeetings(['feeds', 'add', server.url('/agency.xml'), '--mode', 'auto'], db, env);
    expect(added).toMatchObject({ code: 0 });
    const polled = await runMeetings(['feeds', 'poll', ...at, '--json'], db, env);
    expect(polled.code).toBe(0);
    expect(JSON.parse(polled.stdout)).toEqual({
      feeds: 1,
      posts: [
        {
          kind: 'added',
          outlet: 'Levant Wire',
          headline: 'Safadi to visit Cairo for talks with Shoukry',
          link: server.url('/news/safadi-cairo'),
          added: [1],
          failure: null,
        },
      ],
    });
    const shown = await runMeetings(['show', '1', ...at], db, env);
    expect(shown.stdout).toContain('Cairo');
    const refused = await runMeetings(['feeds', 'add', 'http://127.0.0.1:1/x.xml'], db, {
      ...env,
      FEEDS_ALLOW_PRIVATE: '',
    });
    expect(refused.code).toBe(0);
    const failing = await runMeetings(['feeds', 'poll', ...at], db, { ...env, FEEDS_ALLOW_PRIVATE: '' });
    expect(failing.stdout).toContain('its address is on a private or local network');
    expect((await runMeetings(['feeds', 'remove', 'http://127.0.0.1:1/x.xml'], db, env)).code).toBe(0);
    expect((await runMeetings(['feeds', 'list', '--json'], db, env)).stdout).not.toContain('127.0.0.1:1');
    expect(await runMeetings(['upcoming', '--mode', 'auto'], db, env)).toMatchObject({
      code: 2,
      stderr: 'meetings: --mode goes with feeds add\n',
    });
  });
});
