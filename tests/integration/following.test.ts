/**
 * Following people and places, from the command to the direct message: a meeting added or
 * changed by any path writes its followers' notices in the same transaction, one message per
 * follower per article, sent once, kept for the next command when DMs are closed.
 */
import Database, { type Statement } from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/connection.js';
import { FeedPosts } from '../../db/feed-posts.js';
import { migrate } from '../../db/migrate.js';
import { following } from '../../db/migrations/0014-following.js';
import { MIGRATIONS } from '../../db/migrations/index.js';
import { FollowNotices } from '../../db/follow-notices.js';
import { FollowRepository } from '../../db/follows.js';
import { Calendars } from '../../src/app.js';
import type { CalendarScope } from '../../src/calendar/queries.js';
import { importArticle, previewArticle } from '../../src/calendar/import-article.js';
import { addFromPost } from '../../src/feeds/decide.js';
import { guardedFetcher } from '../../src/feeds/fetch.js';
import { FeedService } from '../../src/feeds/service.js';
import { takeClosedNotices } from '../../src/follow/closed-notices.js';
import { follow, followedChoices, listFollows, unfollow } from '../../src/follow/commands.js';
import { FollowNoticeDelivery, MAX_NOTICE_ATTEMPTS, type DirectMessages } from '../../src/follow/deliver.js';
import { makeContext } from '../../src/handlers/context.js';
import { cancelMeeting, editMeeting } from '../../src/handlers/manage.js';
import { MANAGE_EVENTS } from '../../src/handlers/permissions.js';
import { createLogger } from '../../src/logger.js';
import { DeliveryError } from '../../src/reminders/deliver.js';
import { terminalPresenter } from '../../src/replies/presenter.js';
import type { Reply } from '../../src/replies/reply.js';
import { meetingDraft, replyText, seedArticle } from '../helpers/calendar.js';
import { TestClock } from '../helpers/clock.js';
import { feedFixture, startFeedServer, type FeedServer } from '../helpers/feed-server.js';

const FOLLOWER = '300000000000000001';
const OTHER = '300000000000000002';
const EDITOR = '300000000000000009';
const quiet = createLogger('error', [], () => {});

/** A stand-in for Discord's DMs: what each user got, and a refusal to give, per user. */
class RecordedDms implements DirectMessages {
  readonly sent: { userId: string; reply: Reply; nonce: string }[] = [];
  readonly refuse = new Map<string, DeliveryError>();
  ready = () => true;
  serverName = (guildId: string) => `Server ${guildId}`;
  send(userId: string, reply: Reply, nonce: string): Promise<string> {
    const refusal = this.refuse.get(userId);
    if (refusal) return Promise.reject(refusal);
    this.sent.push({ userId, reply, nonce });
    return Promise.resolve(`m${this.sent.length}`);
  }
  to(userId: string): string[] {
    return this.sent.filter((s) => s.userId === userId).map((s) => replyText(s.reply));
  }
}

let db: Db;
let clock: TestClock;
let calendars: Calendars;
let follows: FollowRepository;
let outbox: FollowNotices;
let dms: RecordedDms;
let delivery: FollowNoticeDelivery;

beforeEach(() => {
  db = openDatabase(':memory:');
  clock = new TestClock(Date.parse('2020-01-29T12:00:00Z'));
  calendars = new Calendars(db, clock, { seed: false, timezone: 'UTC' });
  follows = new FollowRepository(db);
  calendars.repository.watchMeetings(follows);
  outbox = new FollowNotices(db);
  dms = new RecordedDms();
  delivery = new FollowNoticeDelivery({
    outbox,
    dms,
    calendars: calendars.repository,
    present: terminalPresenter,
    logger: quiet,
  });
});
afterEach(() => db.close());

function ctx(scope: CalendarScope, userId: string, permissions: bigint = 0n) {
  return makeContext({
    scope,
    clock,
    actor: { userId, permissions },
    locale: 'en',
    present: terminalPresenter,
    follows,
  });
}

const jeffrey = { kind: 'person' as const, name: 'James Jeffrey', nameAr: 'جيمس جيفري' };

/** A server whose calendar knows James Jeffrey (one meeting in Ankara) and the seed's places. */
function server(guild: string): CalendarScope {
  const scope = calendars.forGuild(guild);
  scope.store.addMeetings(
    [
      meetingDraft({
        title: 'Jeffrey in Ankara',
        date: '2020-01-20',
        place: { name: 'Ankara', nameAr: 'أنقرة', country: 'TR' },
        participants: [jeffrey],
      }),
    ],
    { now: clock.now() },
  );
  return scope;
}

function importSeed(scope: CalendarScope): number[] {
  const preview = previewArticle(scope, { text: seedArticle(), published: '2020-01-28' }, clock.now());
  return importArticle(scope, preview.sourceId, clock.now(), { preview: 'p', by: EDITOR }).added;
}

describe('following people and places', () => {
  it('an article with three meetings of a followed person: one direct message listing the three, sent once', async () => {
    const scope = server('g1');
    expect(replyText(follow(ctx(scope, FOLLOWER), 'participant', 'جيفري'))).toContain(
      'You follow James Jeffrey in this server',
    );
    const added = importSeed(scope);
    expect(added.length).toBeGreaterThanOrEqual(3);

    const report = await delivery.beat(clock.now());
    expect(report.sent).toBe(1);
    const [message] = dms.to(FOLLOWER);
    expect(message).toContain('Meetings you follow in Server g1');
    expect(message?.match(/^New: /gm)).toHaveLength(3);
    expect(message).toContain('Brussels');
    expect(dms.sent[0]?.nonce).toMatch(/^follow-\d+$/);

    // Nothing new: nothing more is sent.
    expect((await delivery.beat(clock.now())).sent).toBe(0);
    expect(dms.sent).toHaveLength(1);
  });

  it('a change of day or status is told, a change of title alone is not; a follower of another server hears nothing', async () => {
    const scope = server('g1');
    const elsewhere = server('g2');
    follow(ctx(scope, FOLLOWER), 'participant', 'James Jeffrey');
    follow(ctx(elsewhere, OTHER), 'participant', 'James Jeffrey');
    const editor = ctx(scope, EDITOR, MANAGE_EVENTS);

    editMeeting(editor, '1', { title: 'Jeffrey meets Turkish officials' });
    await delivery.beat(clock.now());
    expect(dms.sent).toHaveLength(0);

    editMeeting(editor, '1', { date: '2020-01-21' });
    cancelMeeting(editor, '1');
    await delivery.beat(clock.now());
    expect(dms.to(OTHER)).toEqual([]);
    const [message] = dms.to(FOLLOWER);
    // The two changes before the beat make one message, the meeting as it stands now.
    expect(message?.match(/^Changed: /gm)).toHaveLength(1);
    expect(message).toMatch(/21 January 2020.*cancelled/s);
  });

  it('a meeting deleted before the beat is left out, and a notice left with none sends nothing', async () => {
    const scope = server('g1');
    follow(ctx(scope, FOLLOWER), 'participant', 'James Jeffrey');
    cancelMeeting(ctx(scope, EDITOR, MANAGE_EVENTS), '1');
    scope.store.deleteMeeting(1);
    expect(await delivery.beat(clock.now())).toMatchObject({ sent: 0, failed: 0 });
    expect(dms.sent).toEqual([]);
    expect(await delivery.beat(clock.now())).toMatchObject({ sent: 0 });
  });

  it('a server that reads Arabic sends its followers Arabic messages', async () => {
    const scope = server('g1');
    scope.store.setCalendarLocale('ar');
    follow(ctx(scope, FOLLOWER), 'place', 'Ankara');
    editMeeting(ctx(scope, EDITOR, MANAGE_EVENTS), '1', { status: 'held' });
    await delivery.beat(clock.now());
    expect(dms.to(FOLLOWER)[0]).toMatch(/^اجتماعات تتابعها في Server g1\n[\s\S]*^تغيّر: #1/m);
    // In the server's date style: Egyptian months, Latin digits.
    scope.store.setCalendarDateStyle({ months: 'egyptian-gulf', hijri: false, digits: 'latin' });
    editMeeting(ctx(scope, EDITOR, MANAGE_EVENTS), '1', { date: '2020-01-21' });
    await delivery.beat(clock.now());
    expect(dms.to(FOLLOWER)[1]).toContain('21 يناير 2020');
  });

  it('a meeting moved to a followed place is new to its follower; moved away, it is a change', async () => {
    const scope = server('g1');
    scope.store.addMeetings(
      [meetingDraft({ title: 'Talks', date: '2020-02-03', place: { name: 'Geneva', nameAr: 'جنيف', country: 'CH' } })],
      { now: clock.now() },
    );
    follow(ctx(scope, FOLLOWER), 'place', 'Geneva');
    const editor = ctx(scope, EDITOR, MANAGE_EVENTS);
    editMeeting(editor, '1', { place: 'Geneva' });
    await delivery.beat(clock.now());
    expect(dms.to(FOLLOWER)[0]).toMatch(/^New: #1 · Jeffrey in Ankara\n.*Geneva/m);

    editMeeting(editor, '2', { place: 'Ankara' });
    await delivery.beat(clock.now());
    expect(dms.to(FOLLOWER)[1]).toMatch(/^Changed: #2 · Talks\n.*Ankara/m);
  });

  it('closed direct messages: kept, then shown once at the next command in that server', async () => {
    const scope = server('g1');
    follow(ctx(scope, FOLLOWER), 'participant', 'James Jeffrey');
    dms.refuse.set(FOLLOWER, new DeliveryError('Cannot send messages to this user (50007)', 'blocked'));
    importSeed(scope);
    expect((await delivery.beat(clock.now())).closed).toBe(1);

    const view = { locale: 'en' as const, present: terminalPresenter, now: clock.now() };
    expect(takeClosedNotices(outbox, calendars.forGuild('g2'), FOLLOWER, view, 'Other')).toBeNull();
    const shown = takeClosedNotices(outbox, scope, FOLLOWER, view, 'Alpha');
    expect(shown?.ephemeral).toBe(true);
    expect(replyText(shown!)).toContain('Your direct messages are closed');
    expect(replyText(shown!).match(/^New: /gm)).toHaveLength(3);
    expect(takeClosedNotices(outbox, scope, FOLLOWER, view, 'Alpha')).toBeNull();
  });

  it('a notice claimed by a process that stopped is sent again with the same nonce; retries end after a bound', async () => {
    const scope = server('g1');
    follow(ctx(scope, FOLLOWER), 'participant', 'James Jeffrey');
    follow(ctx(scope, OTHER), 'participant', 'James Jeffrey');
    editMeeting(ctx(scope, EDITOR, MANAGE_EVENTS), '1', { date: '2020-01-22' });

    // A process claims both and stops before sending: both are released, unsent.
    await delivery.beat(clock.now(), () => true);
    expect(dms.sent).toHaveLength(0);
    dms.refuse.set(OTHER, new DeliveryError('HTTP 503', 'retry'));
    await delivery.beat(clock.now());
    const nonce = dms.sent[0]?.nonce;
    expect(dms.to(FOLLOWER)).toHaveLength(1);

    for (let i = 0; i < MAX_NOTICE_ATTEMPTS + 2; i++) {
      clock.advance(3_600_000);
      await delivery.beat(clock.now());
    }
    const row = db.prepare('SELECT state, attempts FROM follow_notices WHERE user_id = ?').get(OTHER);
    expect(row).toEqual({ state: 'failed', attempts: MAX_NOTICE_ATTEMPTS });
    expect(dms.sent.map((s) => s.nonce)).toEqual([nonce]);
  });

  it('/follow list, /unfollow with its autocomplete of what one follows, and a name nobody has', () => {
    const scope = server('g1');
    const mine = ctx(scope, FOLLOWER);
    follow(mine, 'participant', 'James Jeffrey');
    follow(mine, 'place', 'أنقرة');
    expect(replyText(follow(mine, 'participant', 'James Jeffrey'))).toContain('You follow James Jeffrey already');
    expect(replyText(listFollows(mine))).toMatch(/James Jeffrey · جيمس جيفري · person[\s\S]*Ankara · أنقرة · place/);
    expect(replyText(listFollows(ctx(scope, OTHER)))).toContain('You follow nobody');
    expect(followedChoices(mine, 'place', 'ank').map((c) => c.name)).toEqual(['Ankara · أنقرة']);
    expect(followedChoices(mine, 'place', 'Jeff')).toEqual([]);
    const [choice] = followedChoices(mine, 'participant', '');
    expect(replyText(unfollow(mine, 'participant', choice!.value))).toContain('You no longer follow James Jeffrey');
    expect(() => unfollow(mine, 'participant', 'James Jeffrey')).toThrow(/you do not follow James Jeffrey/);
    expect(() => follow(mine, 'participant', 'Zzyzx Qwerty')).toThrow(/no participant/i);
  });
});

describe('meetings from followed news feeds', () => {
  let feeds: FeedServer;
  beforeAll(async () => {
    feeds = await startFeedServer();
  });
  afterAll(() => feeds.close());

  it('an auto-add and a review confirmed by a manager each tell the follower of the person they concern', async () => {
    clock.set(Date.parse('2020-03-02T12:00:00Z'));
    const service = new FeedService({
      calendars,
      clock,
      logger: quiet,
      allowPrivate: true,
      fetch: guardedFetcher({ allowPrivate: true, timeoutMs: 1_000 }),
    });
    feeds.route('/levant.xml', { body: feedFixture(feeds, 'agency.rss.xml'), type: 'application/rss+xml' });
    const auto = calendars.forGuild('g1');
    const review = calendars.forGuild('g2');
    for (const scope of [auto, review]) {
      const safadi = { kind: 'person' as const, name: 'Ayman Safadi', nameAr: 'أيمن الصفدي' };
      scope.store.addMeetings(
        [meetingDraft({ title: 'Safadi in Amman', date: '2020-02-01', participants: [safadi] })],
        {
          now: clock.now(),
        },
      );
      follow(ctx(scope, FOLLOWER), 'participant', 'الصفدي');
      const mode = scope === auto ? 'auto' : 'review';
      const subscription = {
        url: feeds.url('/levant.xml'),
        language: null,
        channelId: '5001',
        mode,
        by: EDITOR,
      } as const;
      service.feeds.subscribe({ ...subscription, calendarId: scope.calendar.id }, clock.now());
    }
    await service.poller.pollDue();
    await delivery.beat(clock.now());
    expect(dms.to(FOLLOWER)).toHaveLength(1);
    expect(dms.to(FOLLOWER)[0]).toMatch(
      /^Meetings you follow in Server g1\n[\s\S]*^New: #2 · .*\n.*5 March 2020 · Cairo/m,
    );

    const [post] = service.posts.forCalendar(review.calendar.id);
    addFromPost({ ...ctx(review, EDITOR, MANAGE_EVENTS), newsFeeds: service.feeds }, { p: post!.id });
    await delivery.beat(clock.now());
    expect(dms.to(FOLLOWER)[1]).toMatch(/^Meetings you follow in Server g2\n[\s\S]*^New: #2 · /m);
  });
});

describe('the following migration on a database with a feed post waiting', () => {
  it('keeps the post due at once, with no attempt counted', () => {
    const raw = new Database(':memory:');
    migrate(
      raw,
      MIGRATIONS.filter((m) => m.version < following.version),
    );
    raw.exec(`
      INSERT INTO calendars (id, key, guild_id, timezone, created_at) VALUES (1, 'guild:g', 'g', 'UTC', 0);
      INSERT INTO feeds (id, url, next_poll_at, created_at) VALUES (1, 'https://example.org/rss', 0, 0);
      INSERT INTO feed_subscriptions (id, feed_id, calendar_id, channel_id, created_by, created_at)
        VALUES (1, 1, 1, '5001', 'u', 0);
      INSERT INTO feed_posts (subscription_id, calendar_id, kind, failure, created_at) VALUES (1, 1, 'failure', 'gone', 0);`);
    expect(migrate(raw)).toEqual([following.version]);
    const [post] = new FeedPosts(raw).pending(1);
    expect(post).toMatchObject({ kind: 'failure', attempts: 0, mergedFrom: [], channelId: '5001' });
    raw.close();
  });
});

describe('the lookups on hot paths', () => {
  /** The plan of one of a repository's own prepared statements. */
  const plan = (repository: unknown, name: string, ...args: unknown[]) => {
    const { source } = (repository as { statements: Record<string, Statement> }).statements[name]!;
    const rows = db.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...args) as { detail: string }[];
    return rows.map((r) => r.detail).join('\n');
  };

  it('use their indexes: a write asks whether its calendar has follows, the beat reads the notices due, a command the closed ones', () => {
    expect(plan(follows, 'anyInCalendar', 1)).toBe(
      'SEARCH follows USING COVERING INDEX follows_by_member (calendar_id=?)',
    );
    expect(plan(outbox, 'due', 1, 20)).toBe('SEARCH follow_notices USING INDEX follow_notices_due (next_attempt_at<?)');
    expect(plan(outbox, 'closed', 1, 'u')).toContain('USING INDEX follow_notices_closed (calendar_id=? AND user_id=?)');
  });
});
