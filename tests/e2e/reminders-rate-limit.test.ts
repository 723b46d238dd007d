/**
 * A long rate limit (429, retry_after 600 s) on one server's reminder channel: the beat does
 * not wait it out, the other server's reminder goes out at once, the limited one goes out once
 * after the wait; a stop during a send takes seconds, and leaves its reminder for the next start.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBotHarness, type BotHarness } from '../helpers/bot-harness.js';
import { startBotProcess } from '../helpers/bot-process.js';
import { meetingDraft } from '../helpers/calendar.js';
import { Faults, startLocalDiscord, type LocalDiscord } from '../helpers/local-discord/index.js';

const ALPHA = '810000000000000001';
const ALPHA_CHANNEL = '810000000000000011';
const BETA = '810000000000000002';
const BETA_CHANNEL = '810000000000000012';
const messagesOf = (channelId: string) => ({ method: 'POST', path: `/channels/${channelId}/messages` });

let harness: BotHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function twoServers(): Promise<BotHarness> {
  harness = await startBotHarness({
    discord: {
      guilds: [
        { id: ALPHA, name: 'Alpha', channels: [{ id: ALPHA_CHANNEL, name: 'reminders' }] },
        { id: BETA, name: 'Beta', channels: [{ id: BETA_CHANNEL, name: 'reminders' }] },
      ],
    },
    now: '2020-03-01T12:00:00Z',
    env: { SEED_CALENDAR: 'false' },
  });
  for (const [guild, channel] of [
    [ALPHA, ALPHA_CHANNEL],
    [BETA, BETA_CHANNEL],
  ] as const) {
    const scope = harness.app.calendars.forGuild(guild);
    harness.app.reminders.setChannel(scope.calendar.id, channel, harness.clock.now());
    // Day-only in Berlin: its reminder is due 2020-03-09 at 08:00 UTC.
    scope.store.addMeetings(
      [meetingDraft({ title: `${guild} talks`, date: '2020-03-10', timezone: 'Europe/Berlin' })],
      {
        now: harness.clock.now(),
      },
    );
  }
  return harness;
}

describe('a long rate limit on one channel', () => {
  it('holds neither the beat nor the other server; the limited reminder goes out once, after the wait', async () => {
    const { discord, clock } = await twoServers();
    discord.failNext(messagesOf(ALPHA_CHANNEL), Faults.rateLimited(600));
    clock.set('2020-03-09T08:00:00Z');
    const started = Date.now();
    const report = await harness!.beat();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(report).toMatchObject({ sent: 1, retried: 1 });
    expect(discord.postedMessages(BETA_CHANNEL)).toHaveLength(1);
    expect(discord.postedMessages(ALPHA_CHANNEL)).toEqual([]);
    // Not before the 600 s Discord asked for; then once.
    clock.set('2020-03-09T08:05:00Z');
    await harness!.beat();
    expect(discord.postAttempts(ALPHA_CHANNEL)).toHaveLength(1);
    clock.set('2020-03-09T08:10:30Z');
    await harness!.beat();
    expect(discord.postedMessages(ALPHA_CHANNEL)).toHaveLength(1);
  });

  it('a stop during a send that keeps being rate limited takes seconds and puts its reminder back', async () => {
    const { discord, clock, app } = await twoServers();
    // Short limits, waited out inside the request, again and again: a send that never ends.
    discord.failNext(messagesOf(ALPHA_CHANNEL), Faults.rateLimited(3), 1_000);
    clock.set('2020-03-09T08:00:00Z');
    void harness!.beat();
    await discord.waitFor(() => discord.postAttempts(ALPHA_CHANNEL).length > 0, {
      description: 'the first attempt to post',
    });
    const started = Date.now();
    await harness!.stopBot();
    expect(Date.now() - started).toBeLessThan(10_000);
    const alpha = app.calendars.forGuild(ALPHA);
    expect(app.reminders.forMeeting(alpha.calendar.id, 1)).toEqual([expect.objectContaining({ status: 'pending' })]);
  });
});

describe('SIGTERM while a reminder is being sent', () => {
  let discord: LocalDiscord | undefined;
  let folder: string | undefined;
  afterEach(async () => {
    await discord?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('npm start exits within 10 s, with 0, and the reminder is left pending for the next start', async () => {
    discord = await startLocalDiscord({
      guilds: [{ id: ALPHA, name: 'Alpha', channels: [{ id: ALPHA_CHANNEL, name: 'reminders' }] }],
    });
    folder = mkdtempSync(join(tmpdir(), 'diwan-sigterm-'));
    const databasePath = join(folder, 'diwan.sqlite');
    discord.failNext(messagesOf(ALPHA_CHANNEL), Faults.rateLimited(3), 1_000);
    const bot = startBotProcess({
      DISCORD_TOKEN: discord.token,
      DISCORD_API_BASE: discord.apiBase,
      // The seed's Damascus visit has a reminder due at 07:00 UTC: the first beat claims it.
      DIWAN_NOW: '2020-01-28T07:00:00Z',
      DATABASE_PATH: databasePath,
      REMINDER_CHANNEL_ID: ALPHA_CHANNEL,
    });
    try {
      const local = discord;
      await local.waitFor(() => local.postAttempts(ALPHA_CHANNEL).length > 0, {
        timeoutMs: 45_000,
        description: `a reminder to be sent (stderr: ${bot.stderr()})`,
      });
      const started = Date.now();
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
    }
    const db = new Database(databasePath, { readonly: true });
    try {
      const statuses = db
        .prepare('SELECT status FROM reminders WHERE due_at <= ?')
        .all(Date.parse('2020-01-28T07:00:00Z'));
      expect(statuses).toContainEqual({ status: 'pending' });
      expect(statuses).not.toContainEqual({ status: 'sending' });
    } finally {
      db.close();
    }
  }, 70_000);
});
