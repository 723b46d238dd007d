/** The bot: the client logged in, interactions routed, each server's calendar made on arrival. */
import { DiscordjsErrorCodes, Events, type Client, type ClientOptions, type Guild } from 'discord.js';
import type { App } from '../app.js';
import type { Logger } from '../logger.js';
import { startCalendarFeeds } from '../ical/feed.js';
import { createClient } from './client.js';
import { ReminderScheduler } from '../reminders/scheduler.js';
import { discordPresenter } from '../replies/presenter.js';
import { beatCompanions } from './beat-companions.js';
import { GatewayWatch } from './gateway-watch.js';
import { DiscordReminderSender } from './reminder-sender.js';
import { InteractionRouter } from './router.js';
import { startFeeds } from './feed-wiring.js';
import type { FeedScheduler } from '../feeds/scheduler.js';

export interface BotSettings {
  token: string;
  apiBase?: string | undefined;
  logger: Logger;
  clientOverrides?: Partial<ClientOptions>;
  /** Beat reminders with node-cron (tests beat by hand). Default true. */
  cron?: boolean;
}

export interface Bot {
  client: Client<true>;
  scheduler: ReminderScheduler;
  /** The news feed beat (tests beat it by hand). */
  newsFeeds: FeedScheduler;
  /** Stops the reminders, logs out and closes the connection. */
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
  // First: a feed port in use stops the start before anything logs in.
  const feeds = await startCalendarFeeds(app, settings.logger);
  const client = createClient({ apiBase: settings.apiBase, overrides: settings.clientOverrides });
  const gateway = new GatewayWatch(client, settings.logger);
  const sender = new DiscordReminderSender(client, app.calendars.repository, gateway);
  const router = new InteractionRouter(app, settings.logger, sender, feeds?.feeds);
  const scheduler = new ReminderScheduler({
    calendars: app.calendars.repository,
    reminders: app.reminders,
    clock: app.clock,
    sender,
    present: discordPresenter,
    logger: settings.logger,
    localeOf: (calendarId) => app.calendars.repository.forCalendar(calendarId).calendarRef().locale ?? 'en',
    dateStyleOf: (calendarId) => app.calendars.repository.forCalendar(calendarId).calendarRef().dateStyle,
    companions: beatCompanions(app, client, gateway, sender, settings.logger),
  });
  const { logger } = settings;

  /** A server's calendar, made (and seeded) on arrival; REMINDER_CHANNEL_ID when it is one of its channels. */
  const openServer = (guild: Guild) => {
    const scope = app.calendars.forGuild(guild.id);
    const defaultChannel = app.config.REMINDER_CHANNEL_ID;
    if (
      defaultChannel &&
      guild.channels.cache.has(defaultChannel) &&
      !app.reminders.settings(scope.calendar.id).channelId
    ) {
      app.reminders.setChannel(scope.calendar.id, defaultChannel, app.clock.now());
    }
  };

  client.on(Events.InteractionCreate, (interaction) => void router.handle(interaction));
  client.on(Events.GuildCreate, (guild) => {
    openServer(guild);
    logger.info('joined a server', { guild: guild.id });
  });
  client.on(Events.Error, (error) => logger.error('discord client error', { error }));
  // Disconnect means the client gave up; a drop it recovers from is GatewayWatch's to tell.
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn('gateway disconnected for good', { code: event.code, shard }),
  );

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(settings.token);
  } catch (error) {
    await client.destroy();
    await feeds?.server.close();
    if (error instanceof Error && 'code' in error && error.code === DiscordjsErrorCodes.TokenInvalid)
      throw new TokenRefusedError();
    throw error;
  }
  const readyClient = await ready;
  for (const guild of readyClient.guilds.cache.values()) openServer(guild);
  logger.info('logged in', { user: readyClient.user.tag, servers: readyClient.guilds.cache.size });
  if (settings.cron !== false) scheduler.start();
  const newsFeeds = startFeeds(app, sender, logger, settings.cron !== false);

  return {
    client: readyClient,
    scheduler,
    newsFeeds,
    stop: async () => {
      // The connection closes whatever the reminders' stop does (a database already gone):
      // otherwise the process would hang on the open socket.
      try {
        await newsFeeds.stop();
        await scheduler.stop();
      } catch (error) {
        logger.error('could not stop the reminders cleanly', { error });
      } finally {
        await feeds?.server.close();
        await readyClient.destroy();
      }
    },
  };
}
