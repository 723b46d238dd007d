/** Settings from the environment (and `.env`), every problem listed at once. */
import { z } from 'zod';
import { parseInstant } from './time/instant.js';
import { isValidZone } from './time/zones.js';

/** The same reading as --at and /clock: a real day, and a zone whenever a time is given. */
const isoInstant = z
  .string()
  .refine((text) => {
    try {
      parseInstant(text, 'DIWAN_NOW');
      return true;
    } catch {
      return false;
    }
  }, 'an ISO instant with its zone, e.g. 2020-01-26T12:00:00Z')
  .transform((text) => parseInstant(text, 'DIWAN_NOW'));
const snowflake = z.string().regex(/^\d{17,20}$/, 'a Discord id (17 to 20 digits)');
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'true or false (or 1/0, yes/no)' })
  .transform((text) => ['true', '1', 'yes'].includes(text));
/** An empty variable counts as unset: `.env.example` lists them all with empty values. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const schema = z
  .object({
    DISCORD_TOKEN: optional(z.string().min(1, { error: 'a bot token' })),
    DISCORD_APPLICATION_ID: optional(snowflake),
    DISCORD_GUILD_ID: optional(snowflake),
    DISCORD_API_BASE: optional(z.url({ error: 'a URL such as https://discord.com/api' })),
    DATABASE_PATH: optional(z.string().min(1)).transform((v) => v ?? 'data/diwan.sqlite'),
    SEED_CALENDAR: optional(flag).transform((v) => v ?? true),
    DEFAULT_TIMEZONE: optional(z.string().refine(isValidZone, 'an IANA zone such as Asia/Damascus')).transform(
      (v) => v ?? 'UTC',
    ),
    DIWAN_NOW: optional(isoInstant),
    REMINDER_CHANNEL_ID: optional(snowflake),
    /** Tests only: lets the feed reader fetch from 127.0.0.1 and private networks. */
    FEEDS_ALLOW_PRIVATE: optional(flag).transform((v) => v ?? false),
    LOG_LEVEL: optional(z.enum(['debug', 'info', 'warn', 'error'], { error: 'debug, info, warn or error' })).transform(
      (v) => v ?? 'info',
    ),
    // Calendar feeds (src/ical/feed.ts): served only when FEED_PORT is set.
    FEED_PORT: optional(
      z.coerce.number({ error: 'a port number' }).int({ error: 'a port number' }).min(0).max(65535, 'a port number'),
    ),
    FEED_HOST: optional(z.string().min(1)).transform((v) => v ?? '127.0.0.1'),
    FEED_PUBLIC_URL: optional(
      z
        .url({ protocol: /^https?$/, error: 'an http(s) URL such as https://diwan.example.org' })
        .refine((url) => !/[?#]/.test(url), 'a URL without ? or #')
        .transform((url) => url.replace(/\/+$/, '')),
    ),
  })
  .refine((config) => config.FEED_PUBLIC_URL === undefined || config.FEED_PORT !== undefined, {
    path: ['FEED_PUBLIC_URL'],
    error: 'FEED_PORT set too (the feed server is off without it)',
  });

export type Config = z.output<typeof schema>;

/** Bad settings: the message lists each one with what is expected (never a secret's value). */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`bad settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')}: expected ${issue.message}`));
}
