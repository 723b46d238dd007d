/** FEED_PORT, FEED_HOST and FEED_PUBLIC_URL as src/config.ts reads them, and the links made from them. */
import { describe, expect, it } from 'vitest';
import { configProblems as problems } from '../../helpers/config-problems.js';
import { loadConfig } from '../../../src/config.js';
import { feedUrl, tokenOfPath } from '../../../src/ical/feed-links.js';

const TOKEN = 'A'.repeat(21) + '_-' + 'z'.repeat(20);

describe('feed settings', () => {
  it('are off when FEED_PORT is unset or empty, and listen on 127.0.0.1 unless told', () => {
    expect(loadConfig({}).FEED_PORT).toBeUndefined();
    expect(loadConfig({ FEED_PORT: '' }).FEED_PORT).toBeUndefined();
    const config = loadConfig({ FEED_PORT: '8080', FEED_PUBLIC_URL: 'https://diwan.example.org/' });
    expect([config.FEED_PORT, config.FEED_HOST, config.FEED_PUBLIC_URL]).toEqual([
      8080,
      '127.0.0.1',
      'https://diwan.example.org',
    ]);
  });

  it.each([
    [{ FEED_PORT: 'eighty' }, 'FEED_PORT: expected a port number'],
    [{ FEED_PORT: '65536' }, 'FEED_PORT: expected a port number'],
    [{ FEED_PORT: '80', FEED_PUBLIC_URL: 'ftp://example.org' }, 'FEED_PUBLIC_URL: expected an http(s) URL'],
    [
      { FEED_PORT: '80', FEED_PUBLIC_URL: 'https://example.org/?a=1' },
      'FEED_PUBLIC_URL: expected a URL without ? or #',
    ],
    [{ FEED_PUBLIC_URL: 'https://example.org' }, 'FEED_PUBLIC_URL: expected FEED_PORT set too'],
  ])('refuses %j', (env, problem) => {
    expect(problems(env)).toEqual([expect.stringContaining(problem)]);
  });
});

describe('feed links', () => {
  it('put the token under /feed/ of the public address, a path under it kept', () => {
    expect(feedUrl('https://example.org/diwan/', TOKEN)).toBe(`https://example.org/diwan/feed/${TOKEN}.ics`);
  });

  it('read a token back only from a well-formed path', () => {
    expect(tokenOfPath(`/feed/${TOKEN}.ics`)).toBe(TOKEN);
    for (const path of [`/feed/${TOKEN}`, `/feed/${TOKEN}.ics/x`, `/feeds/${TOKEN}.ics`, '/feed/abc.ics', '/'])
      expect(tokenOfPath(path)).toBeNull();
  });
});
