/**
 * One fresh process for the memory figure: logs into the local Discord given on the command line,
 * as the bot (startBot, its own database) or as a bare discord.js client with the same intents,
 * then prints its RSS after a GC as one JSON line and exits.
 *
 * node --expose-gc --import tsx bench/memory-child.ts <bot|bare> <apiBase> <token> [databasePath]
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { startBot } from '../src/discord/bot.js';
import { silentLogger } from '../src/logger.js';

const [mode, apiBase, token, databasePath] = process.argv.slice(2);
if ((mode !== 'bot' && mode !== 'bare') || !apiBase || !token)
  throw new Error('usage: memory-child <bot|bare> <apiBase> <token> [databasePath]');
// As the local Discord's clientOptions(): no identify throttle.
const ws = { buildIdentifyThrottler: async () => ({ waitForIdentify: async () => undefined }) };

async function settle(): Promise<{ rss: number; heapUsed: number }> {
  await sleep(1000);
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) {
    gc?.();
    await sleep(50);
  }
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

let guilds: number;
let memory: { rss: number; heapUsed: number };
if (mode === 'bot') {
  const app = createApp(loadConfig({ DATABASE_PATH: databasePath ?? ':memory:', LOG_LEVEL: 'error' }));
  const bot = await startBot(app, { token, apiBase, logger: silentLogger, clientOverrides: { ws }, cron: false });
  guilds = bot.client.guilds.cache.size;
  memory = await settle();
  await bot.stop();
  app.close();
} else {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: apiBase }, ws });
  const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
  await client.login(token);
  await ready;
  guilds = client.guilds.cache.size;
  memory = await settle();
  await client.destroy();
}
process.stdout.write(
  `${JSON.stringify({ mode, guilds, ...memory, gc: typeof (globalThis as { gc?: unknown }).gc === 'function' })}\n`,
);
process.exit(0);
