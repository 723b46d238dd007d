/**
 * What rides on the reminders' beat in the bot: Discord Scheduled Events sync, the weekly
 * digest and followers' direct messages, each wired to Discord, and the gateway's word of
 * events deleted by hand.
 */
import type { Client } from 'discord.js';
import type { App } from '../app.js';
import { DigestSync } from '../digest/sync.js';
import { MonthCovers } from '../events-sync/covers.js';
import { EventsSync } from '../events-sync/sync.js';
import type { Logger } from '../logger.js';
import type { BeatCompanion } from '../reminders/scheduler.js';
import { FollowNoticeDelivery } from '../follow/deliver.js';
import { discordPresenter } from '../replies/presenter.js';
import { DiscordDigestPoster } from './digest-poster.js';
import { DiscordDirectMessages } from './direct-messages.js';
import type { DiscordReminderSender } from './reminder-sender.js';
import { DiscordScheduledEvents, watchEventRemovals } from './scheduled-events.js';

/** Events sync and the weekly digest, their admins told through the reminders' sender. */
export function beatCompanions(
  app: App,
  client: Client,
  gateway: { up(): boolean },
  sender: DiscordReminderSender,
  logger: Logger,
): BeatCompanion[] {
  const now = () => app.clock.now();
  const tellAdmins = (calendarId: number, text: string) => sender.tellAdmins(calendarId, text);
  const calendars = app.calendars.repository;
  watchEventRemovals(client, app.events, now, logger);
  return [
    new EventsSync({
      store: app.events,
      calendars,
      discord: new DiscordScheduledEvents(client, gateway),
      logger,
      now,
      tellAdmins,
      serverName: (guildId) => client.guilds.cache.get(guildId)?.name ?? guildId,
      covers: new MonthCovers({ calendars, logger }),
    }),
    new DigestSync({
      store: app.digest,
      calendars,
      poster: new DiscordDigestPoster(client, sender),
      logger,
      now,
      tellAdmins,
    }),
    new FollowNoticeDelivery({
      outbox: app.followNotices,
      dms: new DiscordDirectMessages(client, sender),
      calendars,
      present: discordPresenter,
      logger,
    }),
  ];
}
