import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotHarness, type BotHarness } from '../helpers/bot-harness.js';

describe('the bot in a local Discord', () => {
  let harness: BotHarness;
  beforeAll(async () => {
    harness = await startBotHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('answers /meetings upcoming with the seed meetings of the next 7 days, in order', async () => {
    const answer = await harness.discord.command({ command: 'meetings', subcommand: 'upcoming', options: { days: 7 } });
    const description = String(
      answer.payload && (answer.callback?.data as { embeds?: { description?: string }[] })?.embeds?.[0]?.description,
    );
    const order = ['London', 'Damascus', 'Copenhagen', 'Brussels'].map((place) => description.indexOf(place));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(description).not.toContain('Washington');
  });
});
