/** The settings as src/config.ts reads them from the environment: defaults, readings, and every problem at once. */
import { describe, expect, it } from 'vitest';
import { configProblems as problems } from '../helpers/config-problems.js';
import { loadConfig } from '../../src/config.js';

describe('settings', () => {
  it('fall back to their defaults when unset or empty, as .env.example leaves them', () => {
    const expected = {
      DATABASE_PATH: 'data/diwan.sqlite',
      SEED_CALENDAR: true,
      DEFAULT_TIMEZONE: 'UTC',
      FEEDS_ALLOW_PRIVATE: false,
      LOG_LEVEL: 'info',
      FEED_HOST: '127.0.0.1',
    };
    expect(loadConfig({})).toMatchObject(expected);
    const empty = loadConfig({ DISCORD_TOKEN: '', DATABASE_PATH: '', SEED_CALENDAR: '', DIWAN_NOW: '', FEED_PORT: '' });
    expect(empty).toMatchObject(expected);
    expect([empty.DISCORD_TOKEN, empty.DIWAN_NOW, empty.FEED_PORT]).toEqual([undefined, undefined, undefined]);
  });

  it('are read into what the code uses: flags, an instant, a port, a URL without its trailing slash', () => {
    const config = loadConfig({
      SEED_CALENDAR: 'no',
      FEEDS_ALLOW_PRIVATE: '1',
      DIWAN_NOW: '2020-01-26T14:00:00+02:00',
      FEED_PORT: ' 8080 ',
      FEED_PUBLIC_URL: ' https://diwan.example.org/cal// ',
      DISCORD_API_BASE: ' http://127.0.0.1:3000/api ',
      DEFAULT_TIMEZONE: 'Asia/Damascus',
      LOG_LEVEL: 'warn',
      DISCORD_GUILD_ID: '900000000000000001',
    });
    expect(config).toMatchObject({
      SEED_CALENDAR: false,
      FEEDS_ALLOW_PRIVATE: true,
      DIWAN_NOW: Date.parse('2020-01-26T12:00:00Z'),
      FEED_PORT: 8080,
      FEED_PUBLIC_URL: 'https://diwan.example.org/cal',
      DISCORD_API_BASE: 'http://127.0.0.1:3000/api',
      DEFAULT_TIMEZONE: 'Asia/Damascus',
      LOG_LEVEL: 'warn',
      DISCORD_GUILD_ID: '900000000000000001',
    });
  });

  it('list every problem at once, each with what was expected, never the value', () => {
    const found = problems({
      DISCORD_GUILD_ID: '12345',
      SEED_CALENDAR: 'maybe',
      DEFAULT_TIMEZONE: 'Mars/Olympus',
      DIWAN_NOW: '2020-01-26T12:00',
      LOG_LEVEL: 'TRACE',
      FEED_PUBLIC_URL: 'https://example.org/secret-token?x',
      DISCORD_API_BASE: 'not a url',
    });
    expect(found).toEqual([
      'DISCORD_GUILD_ID: expected a Discord id (17 to 20 digits)',
      'DISCORD_API_BASE: expected a URL such as https://discord.com/api',
      'SEED_CALENDAR: expected true or false (or 1/0, yes/no)',
      'DEFAULT_TIMEZONE: expected an IANA zone such as Asia/Damascus',
      'DIWAN_NOW: expected an ISO instant with its zone, e.g. 2020-01-26T12:00:00Z',
      'LOG_LEVEL: expected debug, info, warn or error',
      'FEED_PUBLIC_URL: expected a URL without ? or #',
      'FEED_PUBLIC_URL: expected FEED_PORT set too (the feed server is off without it)',
    ]);
    expect(found.join('\n')).not.toContain('secret-token');
  });

  it.each([
    ['FEED_PORT', '80.5', 'a port number'],
    ['FEED_PORT', '-1', 'a port number'],
    ['FEEDS_ALLOW_PRIVATE', 'TRUE', 'true or false (or 1/0, yes/no)'],
    ['DIWAN_NOW', '2020-02-30', 'an ISO instant with its zone, e.g. 2020-01-26T12:00:00Z'],
    ['REMINDER_CHANNEL_ID', '1234567890123456789012', 'a Discord id (17 to 20 digits)'],
  ])('refuse %s=%j', (name, value, expected) => {
    expect(problems({ [name]: value })).toEqual([`${name}: expected ${expected}`]);
  });
});
