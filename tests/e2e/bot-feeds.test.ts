/**
 * Following news feeds through the real discord.js client, the local Discord and the local
 * feed server: a feed added, a poll, the review post, a partial confirm by another manager,
 * an auto-add with undo, and a restart in the middle of a poll.
 */
import { ApplicationCommandOptionType, PermissionFlagsBits, type APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answered,
  buttonLabelled,
  buttonsOf,
  embedsOf,
  expectNoPings,
  newServer,
  textOf,
  useBotHarness,
} from '../helpers/bot-answers.js';
import { feedFixture, rssFeed, rssItem, startFeedServer, type FeedServer } from '../helpers/feed-server.js';

const EDITOR = String(PermissionFlagsBits.ManageEvents);
const OTHER_EDITOR = '700000000000000002';

let feeds: FeedServer;
beforeAll(async () => {
  feeds = await startFeedServer();
});
afterAll(() => feeds.close());

/** The select menu of a posted message. */
function menuOf(message: APIMessage) {
  const rows = (message.components ?? []) as unknown as {
    components: { type: number; custom_id: string; options: { value: string; label: string }[] }[];
  }[];
  return rows.flatMap((row) => row.components).find((c) => c.type === 3);
}

describe('following a feed', () => {
  const harness = useBotHarness({
    now: '2020-03-02T12:00:00Z',
    env: { FEEDS_ALLOW_PRIVATE: '1', SEED_CALENDAR: 'false' },
  });

  const addFeed = (guildId: string, path: string, options: Record<string, string> = {}) => {
    const { discord } = harness();
    return discord.command({
      command: 'calendar',
      group: 'feeds',
      subcommand: 'add',
      guildId,
      permissions: EDITOR,
      options: {
        url: feeds.url(path),
        ...Object.fromEntries(
          Object.entries(options).map(([k, v]) =>
            k === 'review_channel' ? [k, { type: ApplicationCommandOptionType.Channel, value: v }] : [k, v],
          ),
        ),
      },
    });
  };

  it('review mode: a poll posts the article, another manager adds one of its meetings, a second press is refused', async () => {
    const { discord, app, bot } = harness();
    const guildId = await newServer(harness(), {
      channels: [{ name: 'general' }, { name: 'news-review' }],
      members: [{ user: { id: OTHER_EDITOR, username: 'editor' }, permissions: EDITOR }],
    });
    const review = discord.channelId('news-review', guildId);
    feeds.route('/ministry.xml', { body: feedFixture(feeds, 'ministry.atom.xml'), type: 'application/atom+xml' });

    const added = await addFeed(guildId, '/ministry.xml', { review_channel: review });
    expect(textOf(await answered(added))).toContain(`Following ${feeds.url('/ministry.xml')}`);

    // A member without Manage Events cannot add one.
    const refused = await discord.command({
      command: 'calendar',
      group: 'feeds',
      subcommand: 'add',
      guildId,
      permissions: '0',
      options: { url: feeds.url('/x.xml') },
    });
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toMatch(/Manage Events/);

    await bot.newsFeeds.beat();
    const [post] = discord.postedMessages(review);
    expect(post).toBeDefined();
    const [attempt] = discord.postAttempts(review);
    expectNoPings(attempt?.body);
    expect(attempt).toMatchObject({ enforceNonce: true, outcome: 'created' });
    const embeds = embedsOf(post as unknown as Record<string, unknown>);
    expect(embeds[0]?.title).toBe('From أخبار الوزارة');
    expect(embeds[0]?.description).toContain('الأسد يستقبل ظريف في دمشق');
    expect(embeds[0]?.description).toContain(feeds.url('/ar/assad-zarif'));
    // Each meeting with how sure the reader is and the words it read.
    expect(embeds).toHaveLength(3);
    expect(JSON.stringify(embeds[1])).toMatch(/Confidence|sure/i);
    const buttons = buttonsOf(post as unknown as Record<string, unknown>).flatMap((b) => (b.label ? [b.label] : []));
    expect(buttons).toEqual(['Add all 2', 'Discard']);
    const menu = menuOf(post!);
    const addAll = buttonLabelled(post as unknown as Record<string, unknown>, /Add all/).custom_id;
    expect(menu?.options).toHaveLength(2);
    const calendar = app.calendars.forGuild(guildId);
    expect(calendar.store.countMeetings()).toBe(0);

    // Another manager (not the one who added the feed) picks the second meeting only.
    const picked = await discord.selectMenu({
      customId: menu!.custom_id,
      messageId: post!.id,
      values: ['1'],
      guildId,
      channelId: review,
      userId: OTHER_EDITOR,
      permissions: EDITOR,
      componentType: 'string-select',
    });
    const after = await answered(picked);
    expect(textOf(after)).toMatch(/<@700000000000000002> added #1/);
    expect(buttonsOf(after)).toEqual([]);
    expect(calendar.store.countMeetings()).toBe(1);
    expect(calendar.store.meeting(1).date).toBe('2020-03-03');

    // The post is decided: its old buttons do nothing more.
    const again = await discord.button({
      customId: addAll,
      messageId: post!.id,
      guildId,
      channelId: review,
      permissions: EDITOR,
    });
    // Acknowledged at once (adding reads the article again), refused privately, naming who decided.
    const refusal = await again.waitForFollowUp();
    expect((refusal.flags ?? 0) & 64).toBe(64);
    expect(refusal.content).toMatch(/<@700000000000000002> decided on this article already/);
    expect(calendar.store.countMeetings()).toBe(1);

    // Unchanged feed, next poll: nothing new is posted.
    harness().clock.advance(15 * 60_000);
    await bot.newsFeeds.beat();
    expect(discord.postedMessages(review)).toHaveLength(1);
  });

  it('auto mode: a confident meeting is added at once and posted as "added from", and undo removes it', async () => {
    const { discord, app, bot } = harness();
    const guildId = await newServer(harness());
    const channel = discord.channelId('general', guildId);
    feeds.route('/agency.xml', { body: feedFixture(feeds, 'agency.rss.xml'), type: 'application/rss+xml' });
    await answered(await addFeed(guildId, '/agency.xml', { mode: 'auto' }));
    await bot.newsFeeds.beat();
    const calendar = app.calendars.forGuild(guildId);
    expect(calendar.store.countMeetings()).toBe(1);
    const [post] = discord.postedMessages(channel);
    const embeds = embedsOf(post as unknown as Record<string, unknown>);
    expect(embeds[0]?.title).toBe('Added from Levant Wire');
    expect(embeds[0]?.description).toContain('Added to the calendar: #1.');
    const [undo] = buttonsOf(post as unknown as Record<string, unknown>);
    expect(undo?.label).toBe('Undo');
    const undone = await discord.button({
      customId: undo!.custom_id,
      messageId: post!.id,
      guildId,
      channelId: channel,
      permissions: EDITOR,
    });
    expect(textOf(await answered(undone))).toMatch(/undid this: #1 removed/);
    expect(calendar.store.countMeetings()).toBe(0);
  });

  it('auto mode: undo is refused after 24 hours', async () => {
    const { discord, app, bot } = harness();
    const guildId = await newServer(harness());
    const channel = discord.channelId('general', guildId);
    feeds.route('/agency-late.xml', { body: feedFixture(feeds, 'agency.rss.xml'), type: 'application/rss+xml' });
    await answered(await addFeed(guildId, '/agency-late.xml', { mode: 'auto' }));
    await bot.newsFeeds.beat();
    const [post] = discord.postedMessages(channel);
    harness().clock.advance(25 * 3_600_000);
    const late = await discord.button({
      customId: buttonsOf(post as unknown as Record<string, unknown>)[0]!.custom_id,
      messageId: post!.id,
      guildId,
      channelId: channel,
      permissions: EDITOR,
    });
    expect(late.content).toMatch(/24 hours only/);
    expect(app.calendars.forGuild(guildId).store.countMeetings()).toBe(1);
    harness().clock.advance(-25 * 3_600_000);
  });

  it('a restart in the middle of a poll: what was read is posted once, the rest is read after the restart', async () => {
    const { discord } = harness();
    const guildId = await newServer(harness());
    const channel = discord.channelId('general', guildId);
    const first = rssItem({
      guid: 'r-1',
      title: 'Talks in Muscat',
      pubDate: 'Mon, 02 Mar 2020 08:00:00 GMT',
      text: "MUSCAT, March 2 - Oman's foreign minister Yusuf bin Alawi will receive his Iranian counterpart Mohammad Javad Zarif in Muscat on Wednesday, the ministry said, for talks on shipping in the Gulf and on regional tensions that have grown over the winter months.",
    });
    const second = `<item><title>Gulf ministers to gather in Riyadh</title><link>${feeds.url('/slow-page')}</link><guid>r-2</guid><pubDate>Mon, 02 Mar 2020 09:00:00 GMT</pubDate></item>`;
    feeds.route('/restart.xml', { body: rssFeed('Gulf Wire', [first, second]), type: 'application/rss+xml' });
    // The second item's page is slow: the bot is stopped while it is fetched.
    feeds.route('/slow-page', {
      body: feedFixture(feeds, 'article-with-chrome.html'),
      type: 'text/html',
      delayMs: 1_500,
    });
    await answered(await addFeed(guildId, '/restart.xml'));
    const polling = harness().bot.newsFeeds.beat();
    await discord.waitFor(() => feeds.hits('/slow-page').length > 0, { description: 'the slow page to be asked for' });
    await harness().restartBot();
    await polling;
    await harness().bot.newsFeeds.beat();
    const headlines = discord
      .postedMessages(channel)
      .map((m) => embedsOf(m as unknown as Record<string, unknown>)[0]?.description?.split('\n')[0]);
    expect(headlines).toEqual(['**Talks in Muscat**', '**Gulf ministers to gather in Riyadh**']);
  });
});
