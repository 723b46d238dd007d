/** The discord.js client as Diwan uses it: Guilds and scheduled-event intents, no mentions, small caches. */
import { Client, GatewayIntentBits, Options, type ClientOptions } from 'discord.js';

export interface ClientSettings {
  /** The REST base (`http://127.0.0.1:PORT/api` for a local Discord); unset in production. */
  apiBase?: string | undefined;
  /** Extra options (tests remove the identify throttle). */
  overrides?: Partial<ClientOptions>;
}

/** The longest rate-limit wait a request sits out; longer ones fail with a RateLimitError. */
export const LONGEST_RATE_LIMIT_WAIT_MS = 5_000;

export function createClient(settings: ClientSettings = {}): Client {
  return new Client({
    // Scheduled events: to hear of an event a moderator deleted (neither intent is privileged).
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildScheduledEvents],
    // Text from articles and people is hostile: nothing the bot sends pings anyone unless a
    // message names its mentions explicitly (a reminder's role).
    allowedMentions: { parse: [], repliedUser: false },
    // The bot reads no messages, members or presences: keep those caches empty.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      GuildMemberManager: { maxSize: 1, keepOverLimit: (member) => member.id === member.client.user.id },
      UserManager: 0,
      PresenceManager: 0,
      ReactionManager: 0,
      GuildEmojiManager: 0,
      GuildStickerManager: 0,
      VoiceStateManager: 0,
      ThreadMemberManager: 0,
      GuildScheduledEventManager: 0,
      StageInstanceManager: 0,
    }),
    rest: {
      ...(settings.apiBase ? { api: settings.apiBase } : {}),
      // A long rate limit is not waited out in the request: the reminder is put back for its
      // own next attempt, so one channel's limit never holds the others or a shutdown.
      rejectOnRateLimit: (limit) => Math.max(limit.retryAfter, limit.timeToReset) > LONGEST_RATE_LIMIT_WAIT_MS,
    },
    ...settings.overrides,
  });
}
