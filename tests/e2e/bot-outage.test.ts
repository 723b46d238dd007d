/**
 * A gateway outage, through the real client: told once when it begins and once, with its
 * length, when it ends (discord.js retries every half second), and no reminder is claimed
 * while the bot cannot post.
 */
import { describe, expect, it } from 'vitest';
import { GatewayWatch } from '../../src/discord/gateway-watch.js';
import { createLogger } from '../../src/logger.js';
import { useBotHarness } from '../helpers/bot-answers.js';

describe('the gateway unreachable for a while', () => {
  const harness = useBotHarness();

  it('is logged once, then once more with its length when it is back; the beat claims nothing meanwhile', async () => {
    const { discord, logs } = harness();
    const seen = logs.length;
    const refused = () => discord.gatewayEvents('connect-refused').length;
    discord.startOutage();
    await discord.waitFor(() => refused() >= 5, { timeoutMs: 15_000, description: 'five reconnect attempts' });
    expect((await harness().beat()).delivered).toBe(false);
    const during = logs.slice(seen).filter((line) => /gateway/.test(line));
    expect(during).toEqual([expect.stringMatching(/WARN gateway connection lost; reconnecting/)]);

    const resumed = discord.nextGatewayEvent('resumed', { timeoutMs: 15_000 });
    discord.endOutage();
    await resumed;
    await discord.waitFor(() => logs.some((line) => /gateway resumed/.test(line)), {
      description: 'the resume to be logged',
    });
    const outage = logs.slice(seen).filter((line) => /gateway/.test(line));
    expect(outage).toHaveLength(2);
    expect(outage[1]).toMatch(/INFO gateway resumed .*"downForS":\d+/);
    expect((await harness().beat()).delivered).toBe(true);
  });

  it('a long outage is recalled at doubling intervals, not at every attempt', async () => {
    const { discord, bot } = harness();
    const lines: string[] = [];
    let now = 0;
    // A second watch on the real client, with a clock the test moves.
    new GatewayWatch(
      bot.client,
      createLogger('debug', [], (line) => lines.push(line)),
      () => now,
    );
    const refused = () => discord.gatewayEvents('connect-refused').length;
    const attemptsAfter = async (count: number) => {
      const target = refused() + count;
      await discord.waitFor(() => refused() >= target, { timeoutMs: 15_000, description: `${count} more attempts` });
    };
    discord.startOutage();
    await attemptsAfter(2);
    now = 10 * 60_000; // ten minutes on: one reminder that it is still down
    await attemptsAfter(3);
    now = 11 * 60_000; // the next is due at twelve minutes
    await attemptsAfter(2);
    const resumed = discord.nextGatewayEvent('resumed', { timeoutMs: 15_000 });
    discord.endOutage();
    await resumed;
    await discord.waitFor(() => lines.some((line) => /gateway resumed/.test(line)), {
      description: 'the resume to be logged',
    });
    expect(lines.map((line) => line.replace(/^\S+ /, ''))).toEqual([
      expect.stringMatching(/^WARN gateway connection lost; reconnecting/),
      expect.stringMatching(/^WARN gateway still unreachable; reconnecting .*"downForS":600/),
      expect.stringMatching(/^INFO gateway resumed .*"downForS":660/),
    ]);
  });
});
