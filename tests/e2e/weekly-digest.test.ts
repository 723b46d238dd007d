/**
 * The weekly digest end to end: the real bot (real discord.js client) logged into the local
 * Discord, a clock the test moves and beats called by hand. What is checked is what a server
 * sees in its channel: one message a week, edited as the week's meetings change.
 */
import type { APIMessage } from 'discord-api-types/v10';
import { ApplicationCommandOptionType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { MeetingDraft } from '../../src/calendar/types.js';
import { failOnUnhandledRejections } from '../helpers/bot-answers.js';
import type { BotHarness } from '../helpers/bot-harness.js';
import { meetingDraft } from '../helpers/calendar.js';
import { useOneServerHarnesses } from '../helpers/one-server.js';
import { Faults } from '../helpers/local-discord/index.js';

const GUILD = '840000000000000001';
const DIGEST = '840000000000000011';
const OWNER = '840000000000000031';
const BERLIN = 'Europe/Berlin';
const MESSAGE = '/channels/:channel_id/messages/:message_id';

failOnUnhandledRejections();
const servers = useOneServerHarnesses();

/** The server's calendar in Berlin's zone, its digest each Monday at 09:00 in #digest; the clock on a Sunday. */
async function start(): Promise<BotHarness> {
  const harness = await servers.start({ guildId: GUILD, ownerId: OWNER, channel: { id: DIGEST, name: 'digest' } });
  const command = (c: string, subcommand: string, options: Record<string, unknown>) =>
    harness.discord.command({ command: c, subcommand, userId: OWNER, guildId: GUILD, options: options as never });
  await command('settings', 'timezone', { zone: BERLIN });
  const answer = await command('reminders', 'digest', {
    channel: { type: ApplicationCommandOptionType.Channel, value: DIGEST },
    day: 'monday',
    time: '09:00',
  });
  expect(answer.content).toMatch(/Each Monday at 09:00 \(Europe\/Berlin\) the week's meetings will be posted in <#/);
  return harness;
}

function add(harness: BotHarness, ...drafts: (Partial<MeetingDraft> & { title: string })[]): void {
  harness.app.calendars.forGuild(GUILD).store.addMeetings(
    drafts.map((d) => meetingDraft({ timezone: BERLIN, ...d })),
    { now: harness.clock.now() },
  );
}

async function beatAt(harness: BotHarness, iso: string) {
  harness.clock.set(iso);
  return harness.beat();
}

const posted = (harness: BotHarness) => harness.discord.postedMessages(DIGEST);
const text = (message: APIMessage) =>
  message.embeds.map((embed) => [embed.title, embed.description, embed.footer?.text].join('\n')).join('\n');

describe('the weekly digest', () => {
  it("is posted once on its day and time, grouped by day, and edited in place as the week's meetings change", async () => {
    const harness = await start();
    add(
      harness,
      { title: 'Geneva talks', precision: 'minute', date: '2020-03-02', time: '10:00' },
      { title: 'Donors meeting', date: '2020-03-04' },
      { title: 'Some visit this week', precision: 'week', date: '2020-03-02' },
      { title: 'Next week', date: '2020-03-10' },
    );
    await beatAt(harness, '2020-03-01T12:30:00Z');
    await beatAt(harness, '2020-03-02T07:59:00Z'); // 08:59 in Berlin
    expect(posted(harness)).toEqual([]);

    await beatAt(harness, '2020-03-02T08:00:00Z');
    await beatAt(harness, '2020-03-02T08:00:30Z');
    expect(posted(harness)).toHaveLength(1);
    const digest = text(posted(harness)[0]!);
    expect(digest).toMatch(/This week's meetings: 2 March 2020 – 8 March 2020/);
    expect(digest).toMatch(/__Monday, 2 March 2020__\n\*\*#1 · Geneva talks\*\*/);
    expect(digest).toMatch(/__Wednesday, 4 March 2020__\n\*\*#2 · Donors meeting\*\*/);
    expect(digest).toMatch(/__This week, day not known__\n\*\*#3 · Some visit this week\*\*/);
    expect(digest).not.toMatch(/Next week/);
    expect(harness.discord.calls({ method: 'PATCH', path: MESSAGE })).toEqual([]);

    add(harness, { title: 'Brussels conference', date: '2020-03-05' });
    await beatAt(harness, '2020-03-02T09:00:00Z');
    expect(posted(harness)).toHaveLength(1);
    expect(harness.discord.calls({ method: 'PATCH', path: MESSAGE })).toHaveLength(1);
    expect(text(posted(harness)[0]!)).toMatch(/__Thursday, 5 March 2020__\n\*\*#5 · Brussels conference\*\*/);

    // A restart changes nothing; the next week has its own message.
    await harness.restartBot();
    await beatAt(harness, '2020-03-02T10:00:00Z');
    expect(posted(harness)).toHaveLength(1);
    await beatAt(harness, '2020-03-09T08:00:00Z');
    expect(posted(harness)).toHaveLength(2);
    expect(text(posted(harness)[1]!)).toMatch(/9 March 2020 – 15 March 2020[\s\S]*Next week/);
  });

  it('never twice: a post whose answer was lost goes out again with the same nonce, and Discord keeps one', async () => {
    const harness = await start();
    await beatAt(harness, '2020-03-02T08:00:00Z');
    expect(posted(harness)).toHaveLength(1);
    // The process died after Discord took the message and before it was recorded.
    harness.app.db.prepare("UPDATE digests SET state = 'sending', message_id = NULL").run();
    await harness.restartBot();
    await beatAt(harness, '2020-03-02T08:01:00Z');
    expect(posted(harness)).toHaveLength(1);
    expect(harness.discord.postAttempts(DIGEST).map((a) => a.outcome)).toEqual(['created', 'deduplicated']);
    // Past Discord's memory of the nonce, the channel is searched for the week's message first.
    harness.app.db.prepare("UPDATE digests SET state = 'sending', message_id = NULL").run();
    harness.discord.forgetNonces();
    await harness.restartBot();
    await beatAt(harness, '2020-03-02T08:10:00Z');
    expect(posted(harness)).toHaveLength(1);
    expect(harness.discord.postAttempts(DIGEST)).toHaveLength(2);
    expect(harness.app.db.prepare('SELECT state, message_id AS id FROM digests').all()).toEqual([
      { state: 'posted', id: posted(harness)[0]!.id },
    ]);
  });

  it('5xx: retried later and posted once; deleted by a moderator: not posted again that week', async () => {
    const harness = await start();
    harness.discord.failNext({ method: 'POST', path: '/channels/:channel_id/messages' }, Faults.serverError(502), 4);
    await beatAt(harness, '2020-03-02T08:00:00Z');
    expect(posted(harness)).toEqual([]);
    await beatAt(harness, '2020-03-02T08:01:00Z');
    expect(posted(harness)).toHaveLength(1);

    const [message] = posted(harness);
    const attempts = harness.discord.postAttempts(DIGEST).length;
    await fetch(`${harness.discord.apiBase}/v10/channels/${DIGEST}/messages/${message!.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bot ${harness.discord.token}` },
    });
    add(harness, { title: 'Late addition', date: '2020-03-06' });
    await beatAt(harness, '2020-03-02T09:00:00Z');
    await beatAt(harness, '2020-03-02T10:00:00Z');
    expect(posted(harness)).toEqual([]);
    expect(harness.discord.postAttempts(DIGEST)).toHaveLength(attempts);
    expect(harness.discord.calls({ method: 'PATCH', path: MESSAGE }).map((c) => c.status)).toEqual([404]);
  });

  it("is in the server's language", async () => {
    const harness = await start();
    await harness.discord.command({
      command: 'settings',
      subcommand: 'language',
      userId: OWNER,
      guildId: GUILD,
      options: { language: 'ar' },
    });
    add(harness, { title: 'Talks', titleAr: 'محادثات جنيف', date: '2020-03-03' });
    await beatAt(harness, '2020-03-02T08:00:00Z');
    expect(text(posted(harness)[0]!)).toMatch(/اجتماعات هذا الأسبوع[\s\S]*محادثات جنيف/);
  });
});
