/**
 * Each server keeps its own calendar: what one adds, edits or deletes is invisible to every
 * other, whichever way it is asked (listing, show by number, title, autocomplete, a button).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { embedsOf, expectEphemeral, newServer, textOf, useBotHarness } from '../helpers/bot-answers.js';

describe('servers do not see each other', () => {
  const harness = useBotHarness({ discord: { guilds: [{ name: 'Alpha' }, { name: 'Beta' }] } });
  let alpha: string;
  let beta: string;
  let secretId: string;
  const SECRET = 'Back-channel talks in Oman';

  beforeAll(async () => {
    [alpha = '', beta = ''] = harness().discord.guildIds();
    const added = await harness().discord.command({
      command: 'calendar',
      subcommand: 'add',
      guildId: alpha,
      options: { title: SECRET, date: '2020-01-28', place: 'Muscat', participants: 'Sultan Qaboos' },
    });
    secretId = /#(\d+)/.exec(added.content ?? '')?.[1] ?? '';
    expect(secretId).not.toBe('');
  });

  const ask = (guildId: string, subcommand: string, options: Record<string, string | number> = {}) =>
    harness().discord.command({ command: 'meetings', subcommand, options, guildId });

  it('the server that added it sees it', async () => {
    expect(textOf(await ask(alpha, 'upcoming'))).toContain(SECRET);
    expect(embedsOf(await ask(alpha, 'show', { meeting: secretId }))[0]?.title).toBe(`#${secretId} · ${SECRET}`);
  });

  it("another server's upcoming, past, on and between do not list it", async () => {
    for (const answer of [
      await ask(beta, 'upcoming', { days: 30 }),
      await ask(beta, 'on', { date: '2020-01-28' }),
      await ask(beta, 'between', { from: '2020-01-01', to: '2020-12-31' }),
      await ask(beta, 'past'),
    ]) {
      expect(textOf(answer)).not.toContain('Oman');
    }
    expect(textOf(await ask(beta, 'upcoming'))).toContain('Brussels');
  });

  it("show #id of the other server's meeting says not found", async () => {
    expectEphemeral(await ask(beta, 'show', { meeting: secretId }), new RegExp(`no meeting #${secretId}`));
    expectEphemeral(await ask(beta, 'show', { meeting: 'Oman' }), /no meeting .*Oman/);
  });

  it("its participants and places are not another server's", async () => {
    expectEphemeral(await ask(beta, 'participant', { name: 'Sultan Qaboos' }), /no participant/);
    expectEphemeral(await ask(beta, 'place', { name: 'Muscat' }), /no place/);
    const list = await harness().discord.command({ command: 'participants', subcommand: 'list', guildId: beta });
    expect(textOf(list)).not.toContain('Qaboos');
  });

  it('autocomplete in another server offers none of it', async () => {
    const complete = (subcommand: string, focused: string, value: string) =>
      harness().discord.autocomplete({
        command: 'meetings',
        subcommand,
        options: { [focused]: value },
        focused,
        guildId: beta,
      });
    expect((await complete('show', 'meeting', 'Oman')).choices).toEqual([]);
    expect((await complete('show', 'meeting', '')).choices?.map((c) => c.value)).not.toContain(secretId);
    expect((await complete('participant', 'name', 'Sultan')).choices).toEqual([]);
    expect((await complete('place', 'name', 'Mus')).choices).toEqual([]);
    const own = await harness().discord.autocomplete({
      command: 'meetings',
      subcommand: 'show',
      options: { meeting: 'Oman' },
      focused: 'meeting',
      guildId: alpha,
    });
    expect(own.choices?.[0]?.value).toBe(secretId);
  });

  it('another server cannot edit, cancel or delete it, even with a made-up button', async () => {
    expectEphemeral(
      await harness().discord.command({
        command: 'calendar',
        subcommand: 'cancel',
        guildId: beta,
        options: { meeting: secretId },
      }),
      /no meeting/,
    );
    expectEphemeral(
      await harness().discord.command({
        command: 'calendar',
        subcommand: 'edit',
        guildId: beta,
        options: { meeting: secretId, title: 'Mine now' },
      }),
      /no meeting/,
    );
    // A Delete button forged in Beta with Alpha's meeting number, pressed by Beta's owner.
    const owner = harness().discord.guild(beta).ownerId;
    const forged = await harness().discord.button({
      guildId: beta,
      customId: `calendar:delete:${JSON.stringify({ id: Number(secretId), u: owner })}`,
    });
    expectEphemeral(forged, new RegExp(`no meeting #${secretId}`));
    const shown = await ask(alpha, 'show', { meeting: secretId });
    expect(embedsOf(shown)[0]?.title).toBe(`#${secretId} · ${SECRET}`);
    expect(embedsOf(shown)[0]?.fields?.find((f) => f.name === 'Status')?.value).toMatch(/scheduled/);
  });

  it('a server the bot joins later starts from the seed calendar alone', async () => {
    const gamma = await newServer(harness(), { name: 'Gamma' });
    const answer = await ask(gamma, 'upcoming');
    expect(textOf(answer)).toContain('Copenhagen');
    expect(textOf(answer)).not.toContain('Oman');
  });
});
