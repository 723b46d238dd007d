/**
 * The gateway goes away in the middle of a conversation: what a member did meanwhile is still
 * answered once the bot is back (resume and replay), and a refused resume (a new session)
 * leaves a bot that still answers.
 */
import { Status } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { buttonLabelled, embedsOf, press, textOf, useBotHarness } from '../helpers/bot-answers.js';

describe('the gateway drops and comes back', () => {
  const harness = useBotHarness();

  const ready = () =>
    harness().discord.waitFor(
      () =>
        harness().bot.client.ws.shards.every((shard) => shard.status === Status.Ready) &&
        harness().discord.gatewayStatus().liveSessions === 1,
      {
        description: 'the bot to be connected again',
      },
    );

  it('a button pressed while the bot is disconnected (4000) is answered after the resume', async () => {
    await ready();
    const preview = await harness().discord.command({
      command: 'calendar',
      subcommand: 'delete',
      options: { meeting: 'Pedersen' },
    });
    expect(preview.ephemeral).toBe(true);

    const resumed = harness().discord.nextGatewayEvent('resumed');
    harness().discord.dropConnection(4000);
    const pressed = press(harness().discord, preview, buttonLabelled(preview, /Keep/));
    // The interaction went out while the socket was closed: buffered, not delivered.
    const dispatches = harness()
      .discord.gatewayEvents('dispatch')
      .filter((event) => event.t === 'INTERACTION_CREATE');
    expect(dispatches.at(-1)?.delivered).toBe(false);

    const kept = await pressed;
    const resume = await resumed;
    expect(kept.callback.type).toBe(7);
    expect(kept.content).toMatch(/kept/);
    expect(kept.responses()[0]?.at).toBeGreaterThanOrEqual(resume.at);
    expect(harness().discord.gatewayEvents('identify')).toHaveLength(1);
  });

  it('a command sent while the bot is disconnected is answered after the resume', async () => {
    await ready();
    harness().discord.dropConnection(4000);
    const answer = await harness().discord.command({ command: 'meetings', subcommand: 'upcoming' });
    expect(textOf(answer)).toContain('Copenhagen');
    expect(harness().discord.gatewayEvents('resume').length).toBeGreaterThanOrEqual(2);
  });

  it('after op 7 RECONNECT the bot answers', async () => {
    await ready();
    const resumed = harness().discord.nextGatewayEvent('resumed');
    harness().discord.sendReconnect();
    await resumed;
    const answer = await harness().discord.command({
      command: 'meetings',
      subcommand: 'show',
      options: { meeting: 'Pedersen' },
    });
    expect(embedsOf(answer)[0]?.title).toContain('Pedersen');
  });

  it('a refused resume makes the bot identify again, and it still answers', async () => {
    await ready();
    const identifies = harness().discord.gatewayEvents('identify').length;
    const readyAgain = harness().discord.nextGatewayEvent('ready');
    harness().discord.refuseNextResume();
    harness().discord.dropConnection(4000);
    await harness().discord.nextGatewayEvent('invalid-session');
    await readyAgain;
    expect(harness().discord.gatewayEvents('identify')).toHaveLength(identifies + 1);
    await ready();
    const answer = await harness().discord.command({ command: 'meetings', subcommand: 'upcoming' });
    expect(textOf(answer)).toContain('Brussels');
    // The server's calendar is still the same one (nothing seeded twice).
    const list = await harness().discord.command({
      command: 'meetings',
      subcommand: 'between',
      options: { from: '2019-11-01', to: '2020-03-01' },
    });
    expect(embedsOf(list)[0]?.footer?.text).toMatch(/6 meetings/);
  });

  it('logged the disconnections without the token', () => {
    const logs = harness().logs.join('\n');
    expect(logs).toContain('gateway connection lost; reconnecting');
    expect(logs).toContain('gateway resumed');
    expect(logs).toContain('gateway session started again');
    expect(logs.match(/gateway session started again/g)).toHaveLength(1);
    expect(logs).not.toContain(harness().discord.token);
  });
});
