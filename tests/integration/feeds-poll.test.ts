/**
 * Polling followed feeds from a local feed server into server calendars; sending their posts
 * (retried with a bound, the managers told once); undoing an auto-add, merges included.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/connection.js';
import { Calendars } from '../../src/app.js';
import { guardedFetcher } from '../../src/feeds/fetch.js';
import { FeedService } from '../../src/feeds/service.js';
import { addFromPost, discardPost, undoPost } from '../../src/feeds/decide.js';
import { deliverFeedPosts } from '../../src/feeds/deliver.js';
import { makeContext } from '../../src/handlers/context.js';
import { MANAGE_EVENTS } from '../../src/handlers/permissions.js';
import { DeliveryError, MAX_ATTEMPTS, type ReminderSender } from '../../src/reminders/deliver.js';
import { terminalPresenter } from '../../src/replies/presenter.js';
import { createLogger } from '../../src/logger.js';
import { meetingDraft, replyText } from '../helpers/calendar.js';
import { TestClock } from '../helpers/clock.js';
import { feedFixture, rssFeed, rssItem, startFeedServer, type FeedServer } from '../helpers/feed-server.js';

const NOW = '2020-03-02T12:00:00Z';
const quiet = createLogger('error', [], () => {});
const GUILD = '100000000000000042';

let server: FeedServer;
let db: Db;
let clock: TestClock;
let calendars: Calendars;
let service: FeedService;

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
beforeEach(() => {
  db = openDatabase(':memory:');
  clock = new TestClock(Date.parse(NOW));
  calendars = new Calendars(db, clock, { seed: false, timezone: 'UTC' });
  service = new FeedService({
    calendars,
    clock,
    logger: quiet,
    allowPrivate: true,
    fetch: guardedFetcher({ allowPrivate: true, timeoutMs: 1_000 }),
  });
});
afterEach(() => db.close());

function follow(guild: string, path: string, extra: { mode?: 'review' | 'auto'; language?: 'ar' | 'en' } = {}) {
  const scope = calendars.forGuild(guild);
  service.feeds.subscribe(
    {
      calendarId: scope.calendar.id,
      url: server.url(path),
      language: extra.language ?? null,
      channelId: '500000000000000001',
      mode: extra.mode ?? 'review',
      by: '1',
    },
    clock.now(),
  );
  return scope;
}

describe('polling feeds', () => {
  it('reads an RSS item from its full content, with its publication day, into a review post', async () => {
    server.route('/rss-a.xml', { body: feedFixture(server, 'agency.rss.xml'), type: 'application/rss+xml' });
    const scope = follow('100000000000000001', '/rss-a.xml');
    const report = await service.poller.pollDue();
    expect(report).toMatchObject({ feeds: 1, failed: 0, items: 2 });
    const posts = service.posts.forCalendar(scope.calendar.id);
    expect(posts).toHaveLength(1); // the fuel-prices item has no meeting
    expect(posts[0]).toMatchObject({
      kind: 'review',
      headline: 'Safadi to visit Cairo for talks with Shoukry',
      link: server.url('/news/safadi-cairo'),
      outlet: 'Levant Wire',
      positions: [0],
    });
    const source = scope.store.source(posts[0]!.sourceId!);
    expect(source).toMatchObject({ published: '2020-03-02', outlet: 'Levant Wire', language: 'en' });
    expect(source?.text).toContain('Ayman Safadi will travel to Cairo on Thursday');
    // Review mode adds nothing by itself.
    expect(scope.store.countMeetings()).toBe(0);
    // No article page was fetched: the feed carried the full text.
    expect(server.hits('/news/safadi-cairo')).toHaveLength(0);
  });

  it('reads an Arabic Atom entry and detects its language', async () => {
    server.route('/atom.xml', { body: feedFixture(server, 'ministry.atom.xml'), type: 'application/atom+xml' });
    const scope = follow('100000000000000002', '/atom.xml');
    await service.poller.pollDue();
    const [post] = service.posts.forCalendar(scope.calendar.id);
    expect(post).toMatchObject({ kind: 'review', positions: [0, 1], outlet: 'أخبار الوزارة' });
    expect(scope.store.source(post!.sourceId!)).toMatchObject({ language: 'ar', published: '2020-03-02' });
  });

  it("reads a JSON Feed item's linked page for its main text, leaving the site's menus out", async () => {
    server.route('/gulf.json', { body: feedFixture(server, 'gulf.feed.json'), type: 'application/feed+json' });
    server.route('/gulf/page-only', {
      body: feedFixture(server, 'article-with-chrome.html'),
      type: 'text/html; charset=utf-8',
    });
    const scope = follow('100000000000000003', '/gulf.json');
    await service.poller.pollDue();
    const [post] = service.posts.forCalendar(scope.calendar.id);
    const text = scope.store.source(post!.sourceId!)!.text;
    expect(text).toContain('Foreign ministers of the Gulf Cooperation Council will meet in Riyadh on Wednesday');
    expect(text).not.toContain('Most read');
    expect(text).not.toContain('All rights reserved');
  });

  it('fetches a feed two servers follow once, and each server gets its own post', async () => {
    server.route('/shared.xml', { body: feedFixture(server, 'agency.rss.xml'), type: 'application/rss+xml' });
    const one = follow('100000000000000004', '/shared.xml');
    const two = follow('100000000000000005', '/shared.xml', { mode: 'auto' });
    await service.poller.pollDue();
    expect(server.hits('/shared.xml')).toHaveLength(1);
    expect(service.posts.forCalendar(one.calendar.id).map((p) => p.kind)).toEqual(['review']);
    expect(service.posts.forCalendar(two.calendar.id).map((p) => p.kind)).toEqual(['added']);
    expect(one.store.countMeetings()).toBe(0);
    expect(two.store.countMeetings()).toBe(1);
  });

  it('a meeting the calendar has already is merged, not added twice, and cites both articles', async () => {
    server.route('/first.xml', { body: feedFixture(server, 'agency.rss.xml'), type: 'application/rss+xml' });
    const other = rssItem({
      guid: 'cairo-2',
      title: 'Jordanian minister expected in Cairo',
      pubDate: 'Mon, 02 Mar 2020 10:00:00 GMT',
      text: "CAIRO, March 2 - Egypt's Foreign Minister Sameh Shoukry will host his Jordanian counterpart Ayman Safadi in Cairo on Thursday, diplomatic sources said, ahead of the Arab League summit. The talks are to cover Gaza and regional coordination between the two neighbours.",
    });
    server.route('/second.xml', { body: rssFeed('Nile Desk', [other]), type: 'application/rss+xml' });
    const scope = follow('100000000000000008', '/first.xml', { mode: 'auto' });
    follow('100000000000000008', '/second.xml', { mode: 'auto' });
    await service.poller.pollDue();
    expect(scope.store.countMeetings()).toBe(1);
    const meeting = scope.store.meeting(1);
    expect(meeting.sources.map((s) => s.outlet).sort()).toEqual(['Levant Wire', 'Nile Desk']);
    const posts = service.posts.forCalendar(scope.calendar.id);
    expect(posts.map((p) => [p.outlet, p.added, p.merged])).toEqual([
      ['Levant Wire', [1], []],
      ['Nile Desk', [], [1]],
    ]);
  });

  it('costs one 304 when unchanged, and reads only the items new since the last poll', async () => {
    const first = rssItem({
      guid: 'g-1',
      title: 'Talks in Muscat',
      pubDate: 'Mon, 02 Mar 2020 08:00:00 GMT',
      text: "MUSCAT, March 2 - Oman's foreign minister Yusuf bin Alawi will receive his Iranian counterpart Mohammad Javad Zarif in Muscat on Wednesday, the ministry said, for talks on shipping in the Gulf and on regional tensions that have grown over the winter months.",
    });
    server.route('/grow.xml', { body: rssFeed('Gulf Wire', [first]), type: 'application/rss+xml', etag: '"1"' });
    const scope = follow('100000000000000006', '/grow.xml');
    await service.poller.pollDue();
    expect(service.posts.forCalendar(scope.calendar.id)).toHaveLength(1);

    clock.advance(15 * 60_000);
    const unchanged = await service.poller.pollDue();
    expect(unchanged).toMatchObject({ feeds: 1, unchanged: 1, items: 0 });
    expect(server.hits('/grow.xml').at(-1)?.headers['if-none-match']).toBe('"1"');

    const second = rssItem({
      guid: 'g-2',
      title: 'Summit in Kuwait',
      pubDate: 'Mon, 02 Mar 2020 11:00:00 GMT',
      text: 'KUWAIT, March 2 - The emir of Kuwait, Sheikh Sabah al-Ahmad, will host the Qatari emir Sheikh Tamim bin Hamad in Kuwait City on Thursday, the state news agency said, in a visit meant to mend relations between the Gulf neighbours after years of dispute.',
    });
    // Re-ordered, the old item again with a new GUID but its old link, and the new one.
    const repost = rssItem({
      guid: 'g-1-again',
      title: 'Talks in Muscat',
      pubDate: 'Mon, 02 Mar 2020 08:00:00 GMT',
      text: 'x',
      link: 'https://example.org/a',
    });
    server.route('/grow.xml', {
      body: rssFeed('Gulf Wire', [second, first, repost]),
      type: 'application/rss+xml',
      etag: '"2"',
    });
    clock.advance(15 * 60_000);
    const grown = await service.poller.pollDue();
    expect(grown.items).toBe(2); // g-2, and the repost (a new GUID, a new link)
    const headlines = service.posts.forCalendar(scope.calendar.id).map((p) => p.headline);
    expect(headlines).toEqual(['Talks in Muscat', 'Summit in Kuwait']);
  });

  it('remembers an item by its url too: the same link under a new GUID is not read twice', async () => {
    const item = (guid: string) =>
      rssItem({
        guid,
        title: 'Talks in Muscat',
        link: 'https://example.org/muscat',
        pubDate: 'Mon, 02 Mar 2020 08:00:00 GMT',
        text: "MUSCAT, March 2 - Oman's foreign minister Yusuf bin Alawi will receive his Iranian counterpart Mohammad Javad Zarif in Muscat on Wednesday, the ministry said, for talks on shipping in the Gulf and on regional tensions that have grown over the winter months.",
      });
    server.route('/guid.xml', { body: rssFeed('W', [item('a')]), type: 'application/rss+xml' });
    const scope = follow('100000000000000007', '/guid.xml');
    await service.poller.pollDue();
    server.route('/guid.xml', { body: rssFeed('W', [item('b')]), type: 'application/rss+xml' });
    clock.advance(15 * 60_000);
    expect((await service.poller.pollDue()).items).toBe(0);
    expect(service.posts.forCalendar(scope.calendar.id)).toHaveLength(1);
  });
});

describe('deciding on a review post', () => {
  it("discard forgets the article and adds nothing; another server cannot decide on this server's post", async () => {
    server.route('/discard.xml', { body: feedFixture(server, 'agency.rss.xml'), type: 'application/rss+xml' });
    const scope = follow('100000000000000030', '/discard.xml');
    await service.poller.pollDue();
    const [post] = service.posts.forCalendar(scope.calendar.id);
    const as = (guild: string, permissions: bigint) =>
      makeContext({
        scope: calendars.forGuild(guild),
        clock,
        actor: { userId: '200000000000000002', permissions },
        locale: 'en',
        present: terminalPresenter,
        newsFeeds: service.feeds,
      });
    expect(() => discardPost(as('100000000000000031', MANAGE_EVENTS), { p: post!.id })).toThrow(/no longer stored/);
    expect(() => discardPost(as('100000000000000030', 0n), { p: post!.id })).toThrow(/Manage Events/);
    const reply = discardPost(as('100000000000000030', MANAGE_EVENTS), { p: post!.id });
    expect(reply.content).toBe('<@200000000000000002> discarded this article.');
    expect(reply.buttons).toEqual([]);
    expect(scope.store.source(post!.sourceId!)).toBeNull();
    expect(scope.store.countMeetings()).toBe(0);
    expect(() => addFromPost(as('100000000000000030', MANAGE_EVENTS), { p: post!.id })).toThrow(
      /<@200000000000000002> decided on this article already/,
    );
  });
});

describe('a poll cut short', () => {
  it('a stop between items keeps what was read, and the next process reads the rest once', async () => {
    server.route('/cut.xml', {
      body: feedFixture(server, 'gulf.feed.json').replace(
        '"items": [',
        `"items": [${JSON.stringify({ id: 'first', url: server.url('/news/first'), title: 'Talks in Muscat', content_text: "MUSCAT, March 2 - Oman's foreign minister Yusuf bin Alawi will receive his Iranian counterpart Mohammad Javad Zarif in Muscat on Wednesday, the ministry said, for talks on shipping in the Gulf and on regional tensions that have grown over the winter months.", date_published: '2020-03-02T06:00:00Z' })},`,
      ),
      type: 'application/feed+json',
      etag: '"cut"',
    });
    // The second item's page is slow: the stop comes while it is fetched.
    server.route('/gulf/page-only', {
      body: feedFixture(server, 'article-with-chrome.html'),
      type: 'text/html',
      delayMs: 400,
    });
    const scope = follow('100000000000000020', '/cut.xml');
    const polling = service.poller.pollDue();
    setTimeout(() => service.poller.stop(), 150);
    await polling;
    expect(service.posts.forCalendar(scope.calendar.id).map((p) => p.headline)).toEqual(['Talks in Muscat']);
    // A new process on the same database: the feed is fetched in full again (no ETag kept), the first item is known.
    const restarted = new FeedService({
      calendars,
      clock,
      logger: quiet,
      allowPrivate: true,
      fetch: guardedFetcher({ allowPrivate: true }),
    });
    clock.advance(15 * 60_000);
    await restarted.poller.pollDue();
    expect(server.hits('/cut.xml').at(-1)?.headers['if-none-match']).toBeUndefined();
    expect(service.posts.forCalendar(scope.calendar.id).map((p) => p.headline)).toEqual([
      'Talks in Muscat',
      'Gulf ministers to gather in Riyadh',
    ]);
  });
});

describe('feeds that fail', () => {
  it.each([
    ['malformed XML', { body: '<rss><channel><item><title>cut', type: 'application/rss+xml' }, 'malformed'],
    [
      'a web page instead of a feed',
      { body: '<!doctype html><html><body>Home</body></html>', type: 'text/html' },
      'html',
    ],
    ['a 404', { status: 404, body: 'no', type: 'text/plain' }, 'not-found'],
    ['a huge feed', { body: Buffer.alloc(2 * 1024 * 1024 + 10, 'a'), type: 'application/rss+xml' }, 'too-large'],
  ] as const)('%s: marked failing, managers told once, retried later and later', async (_, route, failure) => {
    const path = `/fail-${failure}.xml`;
    server.route(path, route);
    const scope = follow('100000000000000010', path);
    const first = await service.poller.pollDue();
    expect(first.failed).toBe(1);
    const [sub] = service.feeds.subscriptions(scope.calendar.id);
    expect(sub).toMatchObject({ failure, gone: false });
    const waits: number[] = [sub!.nextPollAt - clock.now()];
    for (let i = 0; i < 2; i++) {
      clock.set(service.feeds.subscriptions(scope.calendar.id)[0]!.nextPollAt);
      await service.poller.pollDue();
      waits.push(service.feeds.subscriptions(scope.calendar.id)[0]!.nextPollAt - clock.now());
    }
    expect(waits).toEqual([15 * 60_000, 30 * 60_000, 60 * 60_000]);
    const notices = service.posts.forCalendar(scope.calendar.id).filter((p) => p.kind === 'failure');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ failure });
  });

  it('a 410 stops the feed for good', async () => {
    server.route('/gone.xml', { status: 410, body: 'gone', type: 'text/plain' });
    const scope = follow('100000000000000011', '/gone.xml');
    await service.poller.pollDue();
    expect(service.feeds.subscriptions(scope.calendar.id)[0]).toMatchObject({ failure: 'gone', gone: true });
    clock.advance(30 * 86_400_000);
    expect((await service.poller.pollDue()).feeds).toBe(0);
  });

  it('a slow feed times out, fails, and a feed that answers slowly but in time is polled half as often', async () => {
    server.route('/slow.xml', {
      body: feedFixture(server, 'agency.rss.xml'),
      type: 'application/rss+xml',
      delayMs: 1_500,
    });
    const scope = follow('100000000000000012', '/slow.xml');
    await service.poller.pollDue();
    expect(service.feeds.subscriptions(scope.calendar.id)[0]).toMatchObject({ failure: 'timeout' });
  });

  it('a feed that comes back is read again, and a new failure is told again', async () => {
    server.route('/flaky.xml', { status: 500, body: 'oops', type: 'text/plain' });
    const scope = follow('100000000000000013', '/flaky.xml');
    await service.poller.pollDue();
    server.route('/flaky.xml', { body: feedFixture(server, 'agency.rss.xml'), type: 'application/rss+xml' });
    clock.set(service.feeds.subscriptions(scope.calendar.id)[0]!.nextPollAt);
    expect((await service.poller.pollDue()).items).toBe(2);
    server.route('/flaky.xml', { status: 404, body: 'no', type: 'text/plain' });
    clock.set(service.feeds.subscriptions(scope.calendar.id)[0]!.nextPollAt);
    await service.poller.pollDue();
    const kinds = service.posts.forCalendar(scope.calendar.id).map((p) => `${p.kind}:${p.failure ?? ''}`);
    expect(kinds).toEqual(['failure:server-error', 'review:', 'failure:not-found']);
  });
});

/** A sender whose next answers the test sets: a message id, or a refusal. */
class ScriptedSender implements ReminderSender {
  failure: DeliveryError | null = null;
  sends = 0;
  told: string[] = [];
  ready = () => true;
  send(): Promise<string> {
    this.sends++;
    return this.failure ? Promise.reject(this.failure) : Promise.resolve(`m${this.sends}`);
  }
  tellAdmins(_calendarId: number, text: string): Promise<boolean> {
    this.told.push(text);
    return Promise.resolve(true);
  }
}

const deliver = (sender: ScriptedSender) =>
  deliverFeedPosts({
    posts: service.posts,
    sender,
    present: terminalPresenter,
    calendarOf: () => ({ locale: 'en', timezone: 'UTC' }),
    now: () => clock.now(),
    logger: quiet,
  });

const item = (guid: string, city: string) =>
  rssItem({
    guid,
    title: `Talks in ${city}`,
    pubDate: 'Mon, 02 Mar 2020 08:00:00 GMT',
    text: `${city.toUpperCase()}, March 2 - Oman's foreign minister Yusuf bin Alawi will receive his Iranian counterpart Mohammad Javad Zarif in ${city} on Wednesday, the ministry said, for talks on shipping in the Gulf and on regional tensions that have grown over the winter months.`,
  });

describe('sending feed posts: bounded retries (as reminders)', () => {
  it('a 5xx is retried after growing waits, then given up; the managers are told once, and again only after a post went through', async () => {
    server.route('/gulf.xml', {
      body: rssFeed('Gulf Wire', [item('a', 'Muscat'), item('b', 'Salalah')]),
      type: 'application/rss+xml',
    });
    const scope = follow(GUILD, '/gulf.xml');
    await service.poller.pollDue();
    expect(service.posts.forCalendar(scope.calendar.id)).toHaveLength(2);

    const sender = new ScriptedSender();
    sender.failure = new DeliveryError('HTTP 503', 'retry');
    await deliver(sender);
    expect(sender.sends).toBe(2);
    // Not tried again before its wait (30 s) is over.
    clock.advance(10_000);
    await deliver(sender);
    expect(sender.sends).toBe(2);
    for (let i = 0; i < 10; i++) {
      clock.advance(3_600_000);
      await deliver(sender);
    }
    expect(sender.sends).toBe(2 * MAX_ATTEMPTS);
    expect(service.posts.forCalendar(scope.calendar.id).map((p) => p.state)).toEqual(['failed', 'failed']);
    expect(sender.told).toHaveLength(1);
    expect(sender.told[0]).toMatch(
      /Posts of the feed Gulf Wire could not be sent to <#500000000000000001> \(HTTP 503\)/,
    );

    // A later post goes through; the one after it is refused: told again.
    sender.failure = null;
    server.route('/gulf.xml', {
      body: rssFeed('Gulf Wire', [item('c', 'Sohar'), item('a', 'Muscat'), item('b', 'Salalah')]),
      type: 'application/rss+xml',
    });
    clock.advance(3_600_000);
    await service.poller.pollDue();
    expect((await deliver(sender)).sent).toBe(1);
    server.route('/gulf.xml', {
      body: rssFeed('Gulf Wire', [item('d', 'Nizwa'), item('c', 'Sohar')]),
      type: 'application/rss+xml',
    });
    clock.advance(3_600_000);
    await service.poller.pollDue();
    sender.failure = new DeliveryError('Missing Access (50001)', 'blocked');
    await deliver(sender);
    expect(sender.told).toHaveLength(2);
  });
});

describe('undoing an auto-add', () => {
  /** A calendar with Safadi's Cairo visit (tentative, no time), and the agency's article about it added at once. */
  async function mergedVisit() {
    server.route('/levant.xml', { body: feedFixture(server, 'agency.rss.xml'), type: 'application/rss+xml' });
    const scope = calendars.forGuild(GUILD);
    const [number] = scope.store.addMeetings(
      [
        meetingDraft({
          title: 'Safadi in Cairo',
          date: '2020-03-05',
          status: 'tentative',
          place: { name: 'Cairo', nameAr: 'القاهرة', country: 'EG' },
          participants: [{ kind: 'person', name: 'Ayman Safadi', nameAr: null }],
        }),
      ],
      { now: clock.now() },
    );
    const before = scope.store.meeting(number!);
    follow(GUILD, '/levant.xml', { mode: 'auto' });
    await service.poller.pollDue();
    const [post] = service.posts.forCalendar(scope.calendar.id).filter((p) => p.kind === 'added');
    expect(post?.merged).toEqual([number]);
    const merged = scope.store.meeting(number!);
    expect(merged.sources.map((s) => s.outlet)).toEqual(['Levant Wire']);
    expect(merged.status).toBe('scheduled');
    expect(merged.participants.map((p) => p.name)).toContain('Sameh Shoukry');
    const ctx = makeContext({
      scope,
      clock,
      actor: { userId: '7', permissions: MANAGE_EVENTS },
      locale: 'en',
      present: terminalPresenter,
      newsFeeds: service.feeds,
    });
    return { scope, number: number!, before, undo: () => replyText(undoPost(ctx, { p: post!.id })) };
  }

  it('puts back a meeting the article was merged into, as it was and without the article', async () => {
    const { scope, number, before, undo } = await mergedVisit();
    expect(undo()).toContain(`<@7> undid this: #${number} back as before, without this article.`);
    const restored = scope.store.meeting(number);
    // As it was (its revision counts the two changes: the merge and its undo).
    expect({ ...restored, sources: [], revision: 0 }).toEqual({ ...before, sources: [], revision: 0 });
    expect(restored.sources).toEqual([]);
    expect(scope.store.countMeetings()).toBe(1);
  });

  it('a merged meeting someone changed since keeps that change, and only stops citing the article', async () => {
    const { scope, number, undo } = await mergedVisit();
    scope.store.setStatus(number, 'held', clock.now());
    undo();
    const kept = scope.store.meeting(number);
    expect(kept.status).toBe('held');
    expect(kept.participants.map((p) => p.name)).toContain('Sameh Shoukry');
    expect(kept.sources).toEqual([]);
  });
});
