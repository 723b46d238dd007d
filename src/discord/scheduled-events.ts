/**
 * Discord's guild scheduled events for the sync: EXTERNAL, server-only events made, edited,
 * cancelled and deleted over REST, each failure told as what it means for the sync; and the
 * gateway's word that an event was deleted or cancelled, which is recorded when the event was
 * a live one of Diwan's (a moderator's doing: it is not made again).
 */
import {
  DiscordAPIError,
  GatewayDispatchEvents,
  HTTPError,
  PermissionFlagsBits,
  RateLimitError,
  Routes,
  Status,
  type Client,
} from 'discord.js';
import {
  GuildScheduledEventEntityType,
  GuildScheduledEventPrivacyLevel,
  GuildScheduledEventStatus,
  type APIGuildScheduledEvent,
  type RESTPatchAPIGuildScheduledEventJSONBody,
  type RESTPostAPIGuildScheduledEventJSONBody,
} from 'discord-api-types/v10';
import {
  EventCallError,
  type EventFields,
  type EventSyncStore,
  type ScheduledEventsPort,
} from '../events-sync/types.js';
import type { Logger } from '../logger.js';

const UNKNOWN_EVENT = 10070;
const TOO_MANY_EVENTS = 30038;
/** Unknown guild, missing access, missing permissions: nothing to do there until someone acts. */
const REFUSING_CODES = new Set([10004, 50001, 50013]);

export class DiscordScheduledEvents implements ScheduledEventsPort {
  constructor(
    private readonly client: Client,
    /** The connection as the bot's events tell it: discord.js says ready while it reconnects. */
    private readonly gateway: { up(): boolean } = { up: () => true },
  ) {}

  ready(): boolean {
    return this.client.isReady() && this.client.ws.status === Status.Ready && this.gateway.up();
  }

  /** Since February 2026 a bot needs Create Events to make an event (Manage Events alone no longer does). */
  missingPermission(guildId: string): string | null {
    const guild = this.client.guilds.cache.get(guildId);
    if (!guild) return 'the bot is not in the server';
    const me = guild.members.me;
    // Not known here: Discord will say.
    if (!me) return null;
    return me.permissions.has(PermissionFlagsBits.CreateEvents) ? null : 'missing the Create Events permission';
  }

  async create(guildId: string, fields: EventFields, image?: string): Promise<string> {
    const body: RESTPostAPIGuildScheduledEventJSONBody = {
      name: fields.name,
      description: fields.description,
      privacy_level: GuildScheduledEventPrivacyLevel.GuildOnly,
      entity_type: GuildScheduledEventEntityType.External,
      entity_metadata: { location: fields.location },
      scheduled_start_time: new Date(fields.startsAt).toISOString(),
      scheduled_end_time: new Date(fields.endsAt).toISOString(),
      ...(image ? { image } : {}),
    };
    const event = (await this.call(() =>
      this.client.rest.post(Routes.guildScheduledEvents(guildId), { body }),
    )) as APIGuildScheduledEvent;
    return event.id;
  }

  /** Only what changed: an unchanged start is never sent (Discord refuses one on an event under way). */
  async edit(guildId: string, eventId: string, changes: Partial<EventFields>, image?: string | null): Promise<void> {
    const body: RESTPatchAPIGuildScheduledEventJSONBody = {
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.location !== undefined ? { entity_metadata: { location: changes.location } } : {}),
      ...(changes.startsAt !== undefined ? { scheduled_start_time: new Date(changes.startsAt).toISOString() } : {}),
      ...(changes.endsAt !== undefined ? { scheduled_end_time: new Date(changes.endsAt).toISOString() } : {}),
      ...(image !== undefined ? { image } : {}),
    };
    await this.call(() => this.client.rest.patch(Routes.guildScheduledEvent(guildId, eventId), { body }));
  }

  async cancel(guildId: string, eventId: string): Promise<void> {
    const body: RESTPatchAPIGuildScheduledEventJSONBody = { status: GuildScheduledEventStatus.Canceled };
    await this.call(() => this.client.rest.patch(Routes.guildScheduledEvent(guildId, eventId), { body }));
  }

  async delete(guildId: string, eventId: string): Promise<void> {
    await this.call(() => this.client.rest.delete(Routes.guildScheduledEvent(guildId, eventId)));
  }

  async listMine(guildId: string): Promise<{ id: string; description: string | null }[]> {
    const events = (await this.call(() =>
      this.client.rest.get(Routes.guildScheduledEvents(guildId)),
    )) as APIGuildScheduledEvent[];
    return events
      .filter(
        (event) =>
          event.creator_id === this.client.user?.id &&
          (event.status === GuildScheduledEventStatus.Scheduled || event.status === GuildScheduledEventStatus.Active),
      )
      .map((event) => ({ id: event.id, description: event.description ?? null }));
  }

  private async call<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw classify(error);
    }
  }
}

/** What a failed request means for the sync. */
export function classify(error: unknown): EventCallError {
  if (error instanceof EventCallError) return error;
  if (error instanceof RateLimitError) {
    const waitMs = Math.max(error.retryAfter, error.timeToReset);
    return new EventCallError(`rate limited for ${Math.ceil(waitMs / 1000)} s`, 'retry', waitMs);
  }
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : Number(error.code);
    const reason = `${error.message.split('\n')[0] ?? ''} (${code})`;
    if (code === UNKNOWN_EVENT) return new EventCallError(reason, 'gone');
    if (code === TOO_MANY_EVENTS) return new EventCallError(reason, 'full');
    if (REFUSING_CODES.has(code) || error.status === 403) return new EventCallError(reason, 'blocked');
    if (error.status >= 500 || error.status === 429) return new EventCallError(reason, 'retry');
    return new EventCallError(`${error.message} (${code})`, 'refused');
  }
  if (error instanceof HTTPError)
    return new EventCallError(`HTTP ${error.status}: ${error.message}`, error.status >= 500 ? 'retry' : 'refused');
  // Network failures, timeouts, aborted requests: worth another try.
  return new EventCallError(error instanceof Error ? error.message : String(error), 'retry');
}

/**
 * Listens for events deleted (or cancelled) in Discord: a live one of Diwan's is recorded as
 * removed by hand, and not made again. Works without caching events (the client caches none).
 */
export function watchEventRemovals(
  client: Client,
  store: Pick<EventSyncStore, 'removedInDiscord'>,
  now: () => number,
  logger: Logger,
): void {
  const removed = (data: unknown) => {
    const event = data as Partial<APIGuildScheduledEvent> | null;
    if (typeof event?.id !== 'string') return;
    try {
      if (store.removedInDiscord(event.id, now()))
        logger.info('event removed in Discord by hand; recorded, not made again', {
          guild: event.guild_id,
          event: event.id,
        });
    } catch (error) {
      logger.error('could not record an event removed in Discord', { event: event.id, error });
    }
  };
  client.ws.on(GatewayDispatchEvents.GuildScheduledEventDelete, removed);
  client.ws.on(GatewayDispatchEvents.GuildScheduledEventUpdate, (data: unknown) => {
    if ((data as Partial<APIGuildScheduledEvent> | null)?.status === GuildScheduledEventStatus.Canceled) removed(data);
  });
}
