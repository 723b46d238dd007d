/** `npm start` with a token: the bot until SIGINT or SIGTERM, then a clean stop. */
import type { App } from '../app.js';
import { createLogger } from '../logger.js';
import { startBot, TokenRefusedError } from './bot.js';

export async function runBot(app: App): Promise<number> {
  const { config } = app;
  const logger = createLogger(config.LOG_LEVEL, [config.DISCORD_TOKEN]);
  let bot;
  try {
    bot = await startBot(app, { token: config.DISCORD_TOKEN ?? '', apiBase: config.DISCORD_API_BASE, logger });
  } catch (error) {
    if (error instanceof TokenRefusedError) {
      process.stderr.write(`diwan: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const running = bot;
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      logger.info('stopping', { signal });
      resolve();
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  await running.stop();
  return 0;
}
