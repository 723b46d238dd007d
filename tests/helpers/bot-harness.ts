/**
 * The real bot (src/discord/bot.ts, the real discord.js client) logged into the local Discord,
 * on a fresh database in a temporary folder, with a clock the test moves. Reminders beat only
 * when the test calls `harness.beat()` (node-cron is not started), so nothing depends on time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Status } from 'discord.js';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { startBot, type Bot } from '../../src/discord/bot.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { TestClock } from './clock.js';
import { startLocalDiscord, type LocalDiscord } from './local-discord/index.js';

type LocalDiscordOptions = NonNullable<Parameters<typeof startLocalDiscord>[0]>;

export interface BotHarness {
  discord: LocalDiscord;
  app: App;
  bot: Bot;
  clock: TestClock;
  databasePath: string;
  /** Everything the bot logged, one line each (the token must never be among them). */
  logs: string[];
  /** One reminder beat at the clock's current time. */
  beat: Bot['scheduler']['beat'];
  /** Stops the bot only (the local Discord and the database stay), for restart tests. */
  stopBot(): Promise<void>;
  /** Starts the bot again on the same database and local Discord. */
  restartBot(): Promise<Bot>;
  close(): Promise<void>;
}

export interface BotHarnessOptions {
  discord?: LocalDiscordOptions;
  /** Extra settings, as environment variables (SEED_CALENDAR, REMINDER_CHANNEL_ID, …). */
  env?: Record<string, string>;
  /** Where the clock starts (default 2020-01-26T12:00:00Z, two days before the seed article). */
  now?: string;
  /** Reuse a database file (a second process on the same database). */
  databasePath?: string;
}

export async function startBotHarness(options: BotHarnessOptions = {}): Promise<BotHarness> {
  const clock = new TestClock(Date.parse(options.now ?? '2020-01-26T12:00:00Z'));
  // Discord's scheduled events run on the test's clock (a start "in the past" is the test's past).
  const discord = await startLocalDiscord({ now: () => clock.now(), ...options.discord });
  const folder = options.databasePath ? null : mkdtempSync(join(tmpdir(), 'diwan-e2e-'));
  const databasePath = options.databasePath ?? join(folder!, 'diwan.sqlite');
  const config = loadConfig({ DATABASE_PATH: databasePath, ...options.env });
  const app = createApp(config, clock);
  const logs: string[] = [];
  const logger: Logger = createLogger('debug', [discord.token], (line) => logs.push(line));

  const start = () =>
    startBot(app, {
      token: discord.token,
      apiBase: discord.apiBase,
      logger,
      clientOverrides: { ws: discord.clientOptions().ws },
      cron: false,
    });
  let bot = await start();
  let running = true;

  const stopBot = async () => {
    if (!running) return;
    running = false;
    // Destroying a client mid-identify makes it reconnect for ever: wait for Ready first.
    await discord.waitFor(() => bot.client.ws.shards.every((shard) => shard.status === Status.Ready), {
      description: 'the shard to be ready before stopping',
    });
    await bot.stop();
  };

  const harness: BotHarness = {
    discord,
    app,
    get bot() {
      return bot;
    },
    clock,
    databasePath,
    logs,
    beat: () => bot.scheduler.beat(),
    stopBot,
    restartBot: async () => {
      await stopBot();
      bot = await start();
      running = true;
      return bot;
    },
    close: async () => {
      await stopBot();
      app.close();
      await discord.close();
      if (folder) rmSync(folder, { recursive: true, force: true });
    },
  };
  return harness;
}
