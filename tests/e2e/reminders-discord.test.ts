/**
 * Reminders end to end: the real bot (real discord.js client) logged into the local Discord,
 * on a temporary database, with a clock the test moves and beats called by hand. What is
 * checked is what a server sees: messages in its channels, their REST bodies, its replies.
 */
import { ApplicationCommandOptionType } from 'discord.js';
import type { APIMessage } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingDraft } from '../../src/calendar/types.js';
import { DiscordReminderSender } from '../../src/discord/reminder-sender.js';
import { silentLogger } from '../../src/logger.js';
import type { ReminderSender } from '../../src/reminders/deliver.js';
import { ReminderScheduler } from '../../src/reminders/scheduler.js';
import { discordPresenter } from '../../src/replies/presenter.js';
import { startBotHarness, type BotHarness, type BotHarnessOptions } from '../helpers/bot-harness.js';
import { meetingDraft } from '../helpers/calendar.js';
import { discordError, Faults } from '../helpers/local-discord/index.js';
import { embedsOf } from '../helpers/bot-answers.js';

const GUILD = '800000000000000001';
const GENERAL = '800000000000000011';
const REMINDERS = '800000000000000012';
const ROLE = '800000000000000021';
const OWNER = '800000000000000031';
const MEMBER = '800000000000000032';
const BERLIN = 'Europe/Berlin';
const MESSAGES = '/channels/:channel_id/messages';

const guildOptions = (): BotHarnessOptions['discord'] => ({
  guilds: [
    {
      id: GUILD,
      name: 'Diplomats',
      ownerId: OWNER,
      channels: [
        { id: GENERAL, name: 'general' },
        { id: REMINDERS, name: 'reminders' },
      ],
      roles: [{ id: ROLE, name: 'Watchers' }],
      members: [{ user: { id: OWNER, username: 'owner' } }, { user: { id: MEMBER, username: 'member' } }],
    },
  ],
});

const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
const harnesses: BotHarness[] = [];

beforeEach(() => {
  rejections.length = 0;
  process.on('unhandledRejection', onRejection);
});

afterEach(async () => {
  // Newest first: a second process on the first one's database closes before the folder goes.
  for (const harness of harnesses.splice(0).reverse()) await harness.close();
  process.off('unhandledRejection', onRejection);
  expect(rejections).toEqual([]);
});

async function start(options: BotHarnessOptions = {}): Promise<BotHarness> {
  const harness = await startBotHarness({
    discord: guildOptions(),
    now: '2020-03-01T12:00:00Z',
    env: { SEED_CALENDAR: 'false' },
    ...options,
  });
  harnesses.push(harness);
  return harness;
}

/** The reminder rows of a meeting of the test server's calendar. */
function remindersOf(harness: BotHarness, id: number) {
  return harness.app.reminders.forMeeting(harness.app.calendars.forGuild(GUILD).calendar.id, id);
}

function addMeetings(harness: BotHarness, ...drafts: (Partial<MeetingDraft> & { title: string })[]): number[] {
  const scope = harness.app.calendars.forGuild(GUILD);
  return scope.store.addMeetings(drafts.map(meetingDraft), { now: harness.clock.now() });
}

async function beatAt(harness: BotHarness, iso: string) {
  harness.clock.set(iso);
  return harness.beat();
}

/** `/reminders channel` by the owner (Manage Server). */
async function chooseChannel(harness: BotHarness, channelId = REMINDERS) {
  return harness.discord.command({
    command: 'reminders',
    subcommand: 'channel',
    userId: OWNER,
    options: { channel: { type: ApplicationCommandOptionType.Channel, value: channelId } },
  });
}

/** A message's text: content, embed titles and descriptions. */
function messageText(message: APIMessage): string {
  return [message.content, ...message.embeds.flatMap((e) => [e.title ?? '', e.description ?? ''])].join('\n');
}

const posted = (harness: BotHarness, channelId = REMINDERS) => harness.discord.postedMessages(channelId);
const postCalls = (harness: BotHarness, channelId = REMINDERS) =>
  harness.discord.calls({ method: 'POST', path: `/channels/${channelId}/messages` });

describe('settings', () => {
  it('every /reminders answer speaks Arabic to an Arabic reader, lead times with agreeing nouns', async () => {
    const harness = await start();
    const ask = (subcommand: string, options: Record<string, unknown> = {}) =>
      harness.discord.command({
        command: 'reminders',
        subcommand,
        userId: OWNER,
        locale: 'ar',
        options: options as never,
      });
    const channel = await ask('channel', { channel: { type: ApplicationCommandOptionType.Channel, value: REMINDERS } });
    expect(channel.content).toBe(`⏰ ستُنشر التذكيرات في <#${REMINDERS}>.`);
    const leads = await ask('lead', { times: '1d,2h' });
    expect(leads.content).toBe('⏰ تُرسل تذكيرات الاجتماعات المحددة الوقت قبلها بـيوم واحد، ساعتان.');
    const shown = await ask('show');
    const [embed] = embedsOf(shown);
    expect(embed?.title).toBe('⏰ التذكيرات');
    const fieldText = (embed?.fields ?? []).map((f) => `${f.name} ${f.value}`).join('\n');
    // Nothing English but the channel mention and the command to type
    expect(fieldText.replace(/<#\d+>|\/reminders \w+|\d{2}:\d{2}/g, '')).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('/reminders channel by a member without Manage Server is refused, and nothing is posted there', async () => {
    const harness = await start();
    addMeetings(harness, { title: 'Geneva talks', date: '2020-03-10', timezone: BERLIN });
    const answer = await harness.discord.command({
      command: 'reminders',
      subcommand: 'channel',
      userId: MEMBER,
      permissions: 0n,
      options: { channel: { type: ApplicationCommandOptionType.Channel, value: REMINDERS } },
    });
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toMatch(/Manage Server/);
    await beatAt(harness, '2020-03-09T08:00:00Z');
    expect(harness.discord.calls({ method: 'POST', path: MESSAGES })).toEqual([]);
  });

  it('posts in the chosen channel at the right moments of the clock, and only there', async () => {
    const harness = await start();
    const answer = await chooseChannel(harness);
    expect(answer.content).toContain(`<#${REMINDERS}>`);
    addMeetings(
      harness,
      { title: 'Geneva talks', precision: 'minute', date: '2020-03-10', time: '10:00', timezone: BERLIN }, // 09:00Z
      { title: 'Damascus visit', date: '2020-03-11', timezone: 'Asia/Damascus' }, // due 2020-03-10T07:00Z
    );
    const seen: [string, number][] = [];
    for (const at of [
      '2020-03-09T08:59:30Z',
      '2020-03-09T09:00:00Z',
      '2020-03-09T09:00:30Z',
      '2020-03-10T06:59:30Z',
      '2020-03-10T07:00:00Z',
      '2020-03-10T07:59:30Z',
      '2020-03-10T08:00:00Z',
      '2020-03-10T08:30:00Z',
    ]) {
      await beatAt(harness, at);
      seen.push([at, posted(harness).length]);
    }
    expect(seen).toEqual([
      ['2020-03-09T08:59:30Z', 0],
      ['2020-03-09T09:00:00Z', 1],
      ['2020-03-09T09:00:30Z', 1],
      ['2020-03-10T06:59:30Z', 1],
      ['2020-03-10T07:00:00Z', 2],
      ['2020-03-10T07:59:30Z', 2],
      ['2020-03-10T08:00:00Z', 3],
      ['2020-03-10T08:30:00Z', 3],
    ]);
    expect(posted(harness).map(messageText)).toEqual([
      expect.stringContaining('Geneva talks'),
      expect.stringContaining('Damascus visit'),
      expect.stringContaining('Geneva talks'),
    ]);
    expect(posted(harness, GENERAL)).toEqual([]);
  });

  it('mentions the chosen role, and only it: allowed_mentions is exactly {parse: [], roles: [role]}', async () => {
    const harness = await start();
    await chooseChannel(harness);
    const roleAnswer = await harness.discord.command({
      command: 'reminders',
      subcommand: 'role',
      userId: OWNER,
      options: { role: { type: ApplicationCommandOptionType.Role, value: ROLE } },
    });
    expect(roleAnswer.content).toContain(`<@&${ROLE}>`);
    addMeetings(harness, { title: '@everyone <@&999> <@123> @here **loud**', date: '2020-03-10', timezone: BERLIN });
    await beatAt(harness, '2020-03-09T08:00:00Z');
    const [call] = postCalls(harness);
    const body = call!.body as { content?: string; allowed_mentions?: unknown };
    expect(body.allowed_mentions).toEqual({ parse: [], roles: [ROLE] });
    expect(body.content).toBe(`<@&${ROLE}>`);
    // Every other message the bot sent, replies included, pings nobody.
    const others = harness.discord
      .calls()
      .filter(
        (c) =>
          c !== call &&
          c.body &&
          typeof c.body === 'object' &&
          ('content' in c.body || 'embeds' in c.body || 'data' in c.body),
      );
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) {
      const payload = other.body as {
        allowed_mentions?: { parse?: unknown; roles?: unknown; users?: unknown };
        data?: { allowed_mentions?: { parse?: unknown; roles?: unknown; users?: unknown } };
      };
      const mentions = payload.allowed_mentions ?? payload.data?.allowed_mentions;
      expect(mentions?.parse).toEqual([]);
      expect(mentions?.roles ?? []).toEqual([]);
      expect(mentions?.users ?? []).toEqual([]);
    }
  });
});

describe('never twice, never lost', () => {
  /**
   * A meeting whose reminder is due, and a beat whose process stops dead once Discord took the
   * message, before recording its id: the real sender posts, then the process never comes back.
   */
  async function dieAfterPosting(harness: BotHarness): Promise<number> {
    await chooseChannel(harness);
    const [id] = addMeetings(harness, { title: 'Geneva talks', date: '2020-03-10', timezone: BERLIN });
    harness.clock.set('2020-03-09T08:00:00Z');
    const real = new DiscordReminderSender(harness.bot.client, harness.app.calendars.repository);
    const dying: ReminderSender = {
      ready: () => real.ready(),
      send: async (channelId, message, nonce) => {
        await real.send(channelId, message, nonce);
        return new Promise<string>(() => undefined);
      },
    };
    const doomed = new ReminderScheduler({
      calendars: harness.app.calendars.repository,
      reminders: harness.app.reminders,
      clock: harness.clock,
      sender: dying,
      present: discordPresenter,
      logger: silentLogger,
    });
    void doomed.beat();
    await harness.discord.waitFor(() => posted(harness).length === 1, { description: 'the message to reach Discord' });
    expect(remindersOf(harness, id!).map((r) => r.status)).toEqual(['sending']);
    return id!;
  }

  it('the bot dying between claiming and recording, then restarted, leaves exactly one message (nonce)', async () => {
    const harness = await start();
    const id = await dieAfterPosting(harness);

    await harness.restartBot();
    await beatAt(harness, '2020-03-09T08:01:00Z'); // the dead process's lease still holds
    await beatAt(harness, '2020-03-09T08:03:00Z');
    await beatAt(harness, '2020-03-09T08:05:00Z');
    const attempts = harness.discord.postAttempts(REMINDERS);
    expect(attempts.map((a) => a.outcome)).toEqual(['created', 'deduplicated']);
    expect(new Set(attempts.map((a) => a.nonce)).size).toBe(1);
    expect(attempts.every((a) => a.enforceNonce)).toBe(true);
    expect(posted(harness)).toHaveLength(1);
    expect(remindersOf(harness, id)[0]).toMatchObject({ status: 'sent', messageId: posted(harness)[0]!.id });
  });

  it('back after an outage longer than Discord remembers nonces: the message is found in the channel, not posted again', async () => {
    const harness = await start();
    const id = await dieAfterPosting(harness);
    harness.discord.forgetNonces();

    await harness.restartBot();
    await beatAt(harness, '2020-03-09T09:30:00Z');
    expect(posted(harness)).toHaveLength(1);
    expect(harness.discord.postAttempts(REMINDERS)).toHaveLength(1);
    expect(remindersOf(harness, id)[0]).toMatchObject({ status: 'sent', messageId: posted(harness)[0]!.id });
  });

  it('a run of 500 answers is retried and delivered once', async () => {
    const harness = await start();
    await chooseChannel(harness);
    const [id] = addMeetings(harness, { title: 'Geneva talks', date: '2020-03-10', timezone: BERLIN });
    const fault = harness.discord.failNext(
      { method: 'POST', path: `/channels/${REMINDERS}/messages` },
      Faults.serverError(),
      6,
    );
    const first = await beatAt(harness, '2020-03-09T08:00:00Z');
    expect(first.retried).toBe(1);
    expect(posted(harness)).toEqual([]);
    await beatAt(harness, '2020-03-09T08:00:10Z'); // waits its turn
    await beatAt(harness, '2020-03-09T08:00:30Z');
    await beatAt(harness, '2020-03-09T08:01:00Z');
    expect(fault.hits).toBe(6);
    expect(posted(harness)).toHaveLength(1);
    expect(new Set(postCalls(harness).map((c) => (c.body as { nonce?: string }).nonce)).size).toBe(1);
    expect(remindersOf(harness, id!)[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('a 403 stops that channel after one attempt; the owner is told by DM', async () => {
    const harness = await start();
    await chooseChannel(harness);
    addMeetings(
      harness,
      ...Array.from({ length: 20 }, (_, i) => ({ title: `Meeting ${i}`, date: '2020-03-10', timezone: BERLIN })),
    );
    harness.discord.failNext({ method: 'POST', path: `/channels/${REMINDERS}/messages` }, Faults.missingAccess(), 100);
    const report = await beatAt(harness, '2020-03-09T08:00:00Z');
    expect(report.blocked).toBe(20);
    await beatAt(harness, '2020-03-09T08:30:00Z');
    await beatAt(harness, '2020-03-09T12:00:00Z');
    expect(postCalls(harness)).toHaveLength(1);
    const dm = harness.discord.postedMessages(harness.discord.dmChannelId(OWNER));
    expect(dm.map((m) => m.content)).toEqual([expect.stringContaining(`could not post reminders in <#${REMINDERS}>`)]);
  });

  it('a 403 with the owner unreachable: the next command by an admin gets the notice, ephemeral, once', async () => {
    const harness = await start();
    await chooseChannel(harness);
    addMeetings(harness, { title: 'Geneva talks', date: '2020-03-10', timezone: BERLIN });
    harness.discord.failNext({ method: 'POST', path: `/channels/${REMINDERS}/messages` }, Faults.missingPermissions());
    harness.discord.failNext(
      { method: 'POST', path: `/channels/${harness.discord.dmChannelId(OWNER)}/messages` },
      discordError(403, 50007, 'Cannot send messages to this user'),
    );
    await beatAt(harness, '2020-03-09T08:00:00Z');
    expect(postCalls(harness)).toHaveLength(1);

    const byMember = await harness.discord.command({
      command: 'meetings',
      subcommand: 'upcoming',
      userId: MEMBER,
      permissions: 0n,
    });
    const byAdmin = await harness.discord.command({ command: 'meetings', subcommand: 'upcoming', userId: OWNER });
    const notice = await byAdmin.waitForFollowUp();
    expect(notice.content).toContain(`could not post reminders in <#${REMINDERS}>`);
    expect(notice.flags! & 64).toBe(64);
    const again = await harness.discord.command({ command: 'meetings', subcommand: 'upcoming', userId: OWNER });
    expect(byMember.responses().filter((r) => r.kind === 'follow-up')).toEqual([]);
    expect(again.responses().filter((r) => r.kind === 'follow-up')).toEqual([]);
  });

  it('300 meetings due in the same minute are all announced, once, within Discord limits', async () => {
    const harness = await start();
    await chooseChannel(harness);
    const loud = '**bold** `code` @everyone <@&1> '.repeat(7);
    addMeetings(
      harness,
      ...Array.from({ length: 300 }, (_, i) => ({
        title: `M${String(i).padStart(3, '0')}# ${loud}`,
        date: '2020-03-10',
        timezone: BERLIN,
      })),
    );
    const report = await beatAt(harness, '2020-03-09T08:00:00Z');
    expect(report.sent).toBe(300);
    await beatAt(harness, '2020-03-09T08:00:30Z');
    const messages = posted(harness);
    expect(postCalls(harness)).toHaveLength(messages.length);
    for (const call of postCalls(harness)) {
      const body = call.body as {
        content?: string;
        embeds?: {
          title?: string;
          description?: string;
          fields?: { name: string; value: string }[];
          footer?: { text: string };
        }[];
      };
      expect((body.content ?? '').length).toBeLessThanOrEqual(2000);
      expect((body.embeds ?? []).length).toBeLessThanOrEqual(10);
      let total = 0;
      for (const embed of body.embeds ?? []) {
        expect((embed.description ?? '').length).toBeLessThanOrEqual(4096);
        total += (embed.title ?? '').length + (embed.description ?? '').length + (embed.footer?.text ?? '').length;
        total += (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
      }
      expect(total).toBeLessThanOrEqual(6000);
    }
    const announced = messages.flatMap((m) => [...messageText(m).matchAll(/M(\d{3})#/g)].map((match) => match[1]));
    expect(announced).toHaveLength(300);
    expect(new Set(announced).size).toBe(300);
  });

  it('a second bot process on the same database doubles nothing, and takes over when the first stops', async () => {
    const first = await start();
    await chooseChannel(first);
    addMeetings(
      first,
      ...Array.from({ length: 4 }, (_, i) => ({
        title: `Talks ${i}`,
        precision: 'minute' as const,
        date: '2020-03-10',
        time: `1${i}:00`,
        timezone: BERLIN,
      })),
    );
    const second = await start({ databasePath: first.databasePath });
    const total = () => posted(first).length + posted(second).length;
    const both = async (iso: string) => {
      first.clock.set(iso);
      second.clock.set(iso);
      return Promise.all([first.beat(), second.beat()]);
    };
    for (let t = Date.parse('2020-03-09T08:00:00Z'); t <= Date.parse('2020-03-09T12:00:00Z'); t += 30 * 60_000) {
      const reports = await both(new Date(t).toISOString());
      expect(reports.filter((r) => r.leader)).toHaveLength(1);
    }
    expect(posted(first)).toHaveLength(4); // the 1d reminders, by the first process
    expect(posted(second)).toEqual([]);
    await first.stopBot(); // gives the lease up
    // The stopped one beats no more (a stopped scheduler neither beats nor takes the lease).
    for (const at of ['2020-03-10T08:00:00Z', '2020-03-10T09:00:00Z', '2020-03-10T10:00:00Z', '2020-03-10T11:00:00Z']) {
      const [stopped, running] = await both(at);
      expect([stopped.leader, running.leader]).toEqual([false, true]);
    }
    expect(posted(second)).toHaveLength(4); // the 1h reminders, by the second
    expect(total()).toBe(8);
  });
});

describe('the acceptance scenario: the seed calendar, 2020-01-28T06:59:30Z, the channel set', () => {
  it("posts Geir Pedersen's Damascus reminder at 07:00 UTC, nothing for London, and not again after a restart", async () => {
    const harness = await start({ now: '2020-01-28T06:59:30Z', env: { REMINDER_CHANNEL_ID: REMINDERS } });
    expect((await harness.beat()).leader).toBe(true);
    expect(posted(harness)).toEqual([]);
    await beatAt(harness, '2020-01-28T07:00:00Z');
    const messages = posted(harness);
    expect(messages).toHaveLength(1);
    expect(messageText(messages[0]!)).toContain('Geir Pedersen visits Damascus');
    expect(messageText(messages[0]!)).not.toMatch(/London|Small Group on Syria/);
    expect(messageText(messages[0]!)).not.toContain('posted late');

    await harness.restartBot();
    for (const at of ['2020-01-28T07:00:30Z', '2020-01-28T07:01:00Z', '2020-01-28T07:30:00Z', '2020-01-28T07:59:30Z'])
      await beatAt(harness, at);
    expect(posted(harness)).toHaveLength(1);
    expect(harness.discord.postAttempts(REMINDERS)).toHaveLength(1);
  });
});
