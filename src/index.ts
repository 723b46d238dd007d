/**
 * `npm start`: settings, then the database, then the front-end: the Discord bot when a token
 * is set, else the local console on the embedded calendar.
 */
import { existsSync } from 'node:fs';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { networkFailureLine } from './discord/network-failure.js';
import { DatabaseFileError } from '../db/database-errors.js';

async function main(): Promise<number> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  const app = createApp(config);
  try {
    // Each front-end imports its own modules: the bot never loads the console, the console never discord.js.
    if (config.DISCORD_TOKEN) {
      const { runBot } = await import('./discord/run-bot.js');
      return await runBot(app);
    }
    const { runLocalConsole } = await import('./console/local-console.js');
    const { historyFileFor } = await import('./console/history.js');
    return await runLocalConsole(app, {
      input: process.stdin,
      output: process.stdout,
      errors: process.stderr,
      interactive: process.stdin.isTTY === true,
      historyFile: historyFileFor(config.DATABASE_PATH),
    });
  } finally {
    app.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
    // Stopped cleanly, the process ends when nothing is left to run; a request still waiting
    // on Discord (a rate limit sat out inside discord.js) must not hold it, so it ends anyway.
    setTimeout(() => process.exit(), 2_000).unref();
  },
  (error: unknown) => {
    const offline = networkFailureLine(error, process.env.DISCORD_API_BASE || undefined);
    if (error instanceof ConfigError || error instanceof DatabaseFileError) {
      process.stderr.write(`diwan: ${error.message}\n`);
    } else if (offline) {
      process.stderr.write(`diwan: ${offline}\n`);
    } else {
      process.stderr.write(
        `diwan: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    }
    process.exitCode = 1;
  },
);
