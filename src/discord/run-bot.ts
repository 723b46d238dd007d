/** `npm start` with a token: the bot until SIGINT or SIGTERM, then a clean stop. */
import type { App } from '../app.js';
import { FeedServerError } from '../ical/feed-server.js';
import { createLogger } from '../logger.js';
import { startBot, TokenRefusedError } from './bot.js';

export async function runBot(app: App): Promise<number> {
  const { config } = app;
  const logger = createLogger(config.LOG_LEVEL, [config.DISCORD_TOKEN]);
  // Listened for before the start: a stop asked while the bot logs in (a deploy, a test) is a clean stop right after it.
  const stopAsked = new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  let bot;
  try {
    bot = await startBot(app, { token: config.DISCORD_TOKEN ?? '', apiBase: config.DISCORD_API_BASE, logger });
  } catch (error) {
    if (error instanceof TokenRefusedError || error instanceof FeedServerError) {
      process.stderr.write(`diwan: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const signal = await stopAsked;
  logger.info('stopping', { signal });
  await bot.stop();
  return 0;
}
