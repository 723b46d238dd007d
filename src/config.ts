/**
 * Settings from the environment (and `.env`), every problem listed at once. Read by plain
 * checks, one a setting: a schema library cost the terminal 0.1 s and 10 MB at each start
 * (issue 19), for fourteen variables.
 */
import { parseInstant } from './time/instant.js';
import { isValidZone } from './time/zones.js';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
const FLAGS: Record<string, boolean> = { true: true, false: false, '1': true, '0': false, yes: true, no: false };
const SNOWFLAKE = /^\d{17,20}$/;

export interface Config {
  DISCORD_TOKEN?: string;
  DISCORD_APPLICATION_ID?: string;
  DISCORD_GUILD_ID?: string;
  DISCORD_API_BASE?: string;
  DATABASE_PATH: string;
  SEED_CALENDAR: boolean;
  DEFAULT_TIMEZONE: string;
  /** DIWAN_NOW as UTC epoch ms. */
  DIWAN_NOW?: number;
  REMINDER_CHANNEL_ID?: string;
  /** Tests only: lets the feed reader fetch from 127.0.0.1 and private networks. */
  FEEDS_ALLOW_PRIVATE: boolean;
  LOG_LEVEL: (typeof LOG_LEVELS)[number];
  /** Calendar feeds (src/ical/feed.ts): served only when FEED_PORT is set. */
  FEED_PORT?: number;
  FEED_HOST: string;
  /** Without its trailing slashes. */
  FEED_PUBLIC_URL?: string;
}

/** Bad settings: the message lists each one with what is expected (never a secret's value). */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`bad settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** A setting refused: what was expected instead. */
class Refused {
  constructor(readonly expected: string) {}
}

type Reader<T> = (text: string) => T | Refused;

const snowflake: Reader<string> = (text) =>
  SNOWFLAKE.test(text) ? text : new Refused('a Discord id (17 to 20 digits)');

const flag: Reader<boolean> = (text) => FLAGS[text] ?? new Refused('true or false (or 1/0, yes/no)');

/** Spaces around a URL are dropped, tabs and newlines inside it too (as a browser does). */
const trimmedUrl = (text: string) => text.trim().replace(/[\t\n\r]/g, '');

const anyUrl: Reader<string> = (text) =>
  URL.canParse(text.trim()) ? trimmedUrl(text) : new Refused('a URL such as https://discord.com/api');

const publicUrl: Reader<string> = (text) => {
  const trimmed = text.trim();
  if (!/^https?:\/\//i.test(trimmed) || !URL.canParse(trimmed))
    return new Refused('an http(s) URL such as https://diwan.example.org');
  const url = trimmedUrl(text);
  if (/[?#]/.test(url)) return new Refused('a URL without ? or #');
  return url.replace(/\/+$/, '');
};

/** The same reading as --at and /clock: a real day, and a zone whenever a time is given. */
const instant: Reader<number> = (text) => {
  try {
    return parseInstant(text, 'DIWAN_NOW');
  } catch {
    return new Refused('an ISO instant with its zone, e.g. 2020-01-26T12:00:00Z');
  }
};

/** Written as Number() reads it (` 80 `, `0x50`), a whole number from 0 to 65535. */
const port: Reader<number> = (text) => {
  const number = Number(text);
  return Number.isInteger(number) && number >= 0 && number <= 65535 ? number : new Refused('a port number');
};

const zone: Reader<string> = (text) => (isValidZone(text) ? text : new Refused('an IANA zone such as Asia/Damascus'));

const logLevel: Reader<Config['LOG_LEVEL']> = (text) =>
  (LOG_LEVELS as readonly string[]).includes(text)
    ? (text as Config['LOG_LEVEL'])
    : new Refused('debug, info, warn or error');

const text: Reader<string> = (value) => value;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  /** The variable read, or undefined when unset or empty (`.env.example` lists them all with empty values). */
  function read<T>(name: string, reader: Reader<T>): T | undefined {
    const value = env[name];
    if (value === undefined || value === '') return undefined;
    const read = reader(value);
    if (!(read instanceof Refused)) return read;
    problems.push(`${name}: expected ${read.expected}`);
    return undefined;
  }
  const config: Config = {
    DISCORD_TOKEN: read('DISCORD_TOKEN', text),
    DISCORD_APPLICATION_ID: read('DISCORD_APPLICATION_ID', snowflake),
    DISCORD_GUILD_ID: read('DISCORD_GUILD_ID', snowflake),
    DISCORD_API_BASE: read('DISCORD_API_BASE', anyUrl),
    DATABASE_PATH: read('DATABASE_PATH', text) ?? 'data/diwan.sqlite',
    SEED_CALENDAR: read('SEED_CALENDAR', flag) ?? true,
    DEFAULT_TIMEZONE: read('DEFAULT_TIMEZONE', zone) ?? 'UTC',
    DIWAN_NOW: read('DIWAN_NOW', instant),
    REMINDER_CHANNEL_ID: read('REMINDER_CHANNEL_ID', snowflake),
    FEEDS_ALLOW_PRIVATE: read('FEEDS_ALLOW_PRIVATE', flag) ?? false,
    LOG_LEVEL: read('LOG_LEVEL', logLevel) ?? 'info',
    FEED_PORT: read('FEED_PORT', port),
    FEED_HOST: read('FEED_HOST', text) ?? '127.0.0.1',
    FEED_PUBLIC_URL: read('FEED_PUBLIC_URL', publicUrl),
  };
  if ((env.FEED_PUBLIC_URL ?? '') !== '' && (env.FEED_PORT ?? '') === '')
    problems.push('FEED_PUBLIC_URL: expected FEED_PORT set too (the feed server is off without it)');
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
