/** The bot: the client logged in, interactions routed, each server's calendar made on arrival. */
import { DiscordjsErrorCodes, Events, type Client, type ClientOptions } from 'discord.js';
import type { App } from '../app.js';
import type { Logger } from '../logger.js';
import { createClient } from './client.js';
import { InteractionRouter } from './router.js';

export interface BotSettings {
  token: string;
  apiBase?: string | undefined;
  logger: Logger;
  clientOverrides?: Partial<ClientOptions>;
}

export interface Bot {
  client: Client<true>;
  /** Logs out and closes the connection. */
  stop(): Promise<void>;
}

/** The token was refused: say so in one line, never with the token. */
export class TokenRefusedError extends Error {
  constructor() {
    super('Discord refused DISCORD_TOKEN: copy the bot token again from the developer portal (Bot > Reset Token)');
    this.name = 'TokenRefusedError';
  }
}

/** Logs in and resolves once the client is ready, with every server's calendar opened. */
export async function startBot(app: App, settings: BotSettings): Promise<Bot> {
  const client = createClient({ apiBase: settings.apiBase, overrides: settings.clientOverrides });
  const router = new InteractionRouter(app, settings.logger);
  const { logger } = settings;

  client.on(Events.InteractionCreate, (interaction) => void router.handle(interaction));
  client.on(Events.GuildCreate, (guild) => {
    app.calendars.forGuild(guild.id);
    logger.info('joined a server', { guild: guild.id });
  });
  client.on(Events.Error, (error) => logger.error('discord client error', { error }));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn('gateway disconnected', { code: event.code, shard }));
  client.on(Events.ShardResume, (shard, replayed) => logger.info('gateway resumed', { shard, replayed }));

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(settings.token);
  } catch (error) {
    await client.destroy();
    if (error instanceof Error && 'code' in error && error.code === DiscordjsErrorCodes.TokenInvalid) throw new TokenRefusedError();
    throw error;
  }
  const readyClient = await ready;
  for (const guild of readyClient.guilds.cache.values()) app.calendars.forGuild(guild.id);
  logger.info('logged in', { user: readyClient.user.tag, servers: readyClient.guilds.cache.size });

  return {
    client: readyClient,
    stop: async () => {
      await readyClient.destroy();
    },
  };
}
