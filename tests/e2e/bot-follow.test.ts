/**
 * Following people through the real discord.js client and the local Discord: /follow with its
 * autocomplete in both scripts, a meeting added and another moved by a manager, the follower's
 * direct message (one for both, sent once, no pings), and a follower whose DMs are closed told
 * at their next command instead.
 */
import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { embedsOf, expectNoPings, newServer, textOf, useBotHarness } from '../helpers/bot-answers.js';

const EDITOR = String(PermissionFlagsBits.ManageEvents);
const FOLLOWER = '810000000000000001';
const CLOSED = '810000000000000002';

describe('following a person', () => {
  const harness = useBotHarness();

  it('a follower gets one direct message for the changes since the last beat; closed DMs are told at the next command', async () => {
    const { discord } = harness();
    const guildId = await newServer(harness(), {
      name: 'Diplomacy Desk',
      members: [
        { user: { id: FOLLOWER, username: 'follower' } },
        { user: { id: CLOSED, username: 'private', dmsClosed: true } },
      ],
    });

    // Autocomplete finds James Jeffrey typed in Arabic, and a place typed in Latin letters, each in both scripts.
    const offered = (subcommand: string, name: string) =>
      discord.autocomplete({
        command: 'follow',
        subcommand,
        guildId,
        userId: FOLLOWER,
        options: { name },
        focused: 'name',
      });
    const typed = await offered('participant', 'جيفري');
    const choice = typed.choices?.find((c) => /James Jeffrey/.test(c.name));
    expect(choice?.name).toMatch(/جيفري/);
    const places = await offered('place', 'bru');
    expect(places.choices?.map((c) => c.name)).toEqual(['Brussels · بروكسل']);

    for (const userId of [FOLLOWER, CLOSED]) {
      const followed = await discord.command({
        command: 'follow',
        subcommand: 'participant',
        guildId,
        userId,
        permissions: '0',
        options: { name: String(choice!.value) },
      });
      expect(followed.ephemeral).toBe(true);
      expect(followed.content).toMatch(/You follow \*\*James Jeffrey\*\* in this server now/);
    }

    // A manager adds a meeting of his and moves another.
    const manage = (subcommand: string, options: Record<string, string>) =>
      discord.command({ command: 'calendar', subcommand, guildId, permissions: EDITOR, options });
    await manage('add', {
      title: 'Jeffrey in Geneva',
      date: '2020-02-04',
      place: 'Geneva',
      participants: 'James Jeffrey',
    });
    await manage('edit', { meeting: '3', date: '2020-01-31' });
    await harness().beat();
    await harness().beat();

    const dm = discord.dmChannelId(FOLLOWER);
    const messages = discord.postedMessages(dm);
    expect(messages).toHaveLength(1);
    const [embed] = embedsOf(messages[0] as unknown as Record<string, unknown>);
    expect(embed?.title).toBe('Meetings you follow in Diplomacy Desk');
    expect(embed?.description).toMatch(/New: \*\*#7 · Jeffrey in Geneva\*\*\n.*4 February 2020 · Geneva/);
    expect(embed?.description).toMatch(
      /Changed: \*\*#3 · James Jeffrey meets senior EU officials\*\*\n.*31 January 2020 · Brussels/,
    );
    const [attempt] = discord.postAttempts(dm);
    expect(attempt).toMatchObject({ enforceNonce: true, outcome: 'created' });
    expectNoPings(attempt?.body);

    // The closed one: Discord refused with 50007, nothing was posted, and nothing is retried.
    const closedDm = discord.dmChannelId(CLOSED);
    expect(discord.postAttempts(closedDm).map((a) => a.status)).toEqual([403]);
    expect(discord.postedMessages(closedDm)).toEqual([]);

    // Their next command in the server: its answer, then the missed changes, for them alone, once.
    const next = await discord.command({ command: 'follow', subcommand: 'list', guildId, userId: CLOSED });
    expect(textOf(next)).toContain('James Jeffrey');
    const missed = await next.waitForFollowUp();
    expect((missed.flags ?? 0) & 64).toBe(64);
    expect(textOf(missed as unknown as Record<string, unknown>)).toMatch(
      /Your direct messages are closed[\s\S]*Jeffrey in Geneva/,
    );
    const again = await discord.command({ command: 'follow', subcommand: 'list', guildId, userId: CLOSED });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(again.responses()).toHaveLength(1);

    // Unfollowed: the next change sends nothing.
    await discord.command({
      command: 'unfollow',
      subcommand: 'participant',
      guildId,
      userId: FOLLOWER,
      options: { name: 'James Jeffrey' },
    });
    await manage('cancel', { meeting: '3' });
    await harness().beat();
    expect(discord.postedMessages(dm)).toHaveLength(1);
  });
});
