import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAddress } from '../../../src/feeds/addresses.js';
import { guardedFetcher, SIZE_LIMITS } from '../../../src/feeds/fetch.js';
import { FetchRefused } from '../../../src/feeds/fetch-errors.js';
import { startFeedServer, type FeedServer } from '../../helpers/feed-server.js';

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>';

/** Like production, except that 127.0.0.1 (the test server) counts as public. */
const testPolicy = (address: string) => address === '127.0.0.1' || isPublicAddress(address);

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

async function refusal(promise: Promise<unknown>): Promise<FetchRefused> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchRefused);
  return error as FetchRefused;
}

describe('addresses the bot refuses to fetch from', () => {
  it.each([
    '127.0.0.1',
    '10.2.3.4',
    '172.20.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '100.100.100.200',
    '224.0.0.251',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd00:ec2::254',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:a9fe:a9fe',
    '64:ff9b::a00:1',
  ])('%s is not public', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['8.8.8.8', '151.101.1.69', '2a00:1450:4001:80b::200e', '::ffff:8.8.8.8'])('%s is public', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe('the guarded fetch', () => {
  it('refuses 127.0.0.1 when FEEDS_ALLOW_PRIVATE is unset, without connecting', async () => {
    server.route('/private.xml', { body: RSS, type: 'application/rss+xml' });
    const fetch = guardedFetcher({ allowPrivate: false });
    const error = await refusal(fetch(server.url('/private.xml'), 'feed'));
    expect(error.reason).toBe('address');
    expect(server.hits('/private.xml')).toHaveLength(0);
  });

  it('refuses a name that resolves to a private address, and connects to the checked address of a good one', async () => {
    server.route('/named.xml', { body: RSS, type: 'application/rss+xml' });
    const resolver = async (host: string) =>
      host === 'intranet.example' ? [{ address: '10.0.0.7', family: 4 }] : [{ address: '127.0.0.1', family: 4 }];
    const fetch = guardedFetcher({ allowPrivate: false, addressAllowed: testPolicy, resolver });
    const refused = await refusal(fetch(`http://intranet.example:${server.port}/named.xml`, 'feed'));
    expect(refused).toMatchObject({ reason: 'address', detail: '10.0.0.7' });
    // feeds.example exists in no DNS: the body can only come from the address the resolver gave and the policy checked.
    const ok = await fetch(`http://feeds.example:${server.port}/named.xml`, 'feed');
    expect(ok).toMatchObject({ status: 'ok', body: RSS });
    expect(server.hits('/named.xml')[0]?.headers.host).toBe(`feeds.example:${server.port}`);
  });

  it('refuses anything but http and https', async () => {
    const fetch = guardedFetcher({ allowPrivate: true });
    for (const url of ['file:///etc/passwd', 'ftp://example.com/feed.xml', 'gopher://example.com/']) {
      expect((await refusal(fetch(url, 'feed'))).reason).toBe('scheme');
    }
  });

  it.each([
    ['a loopback alias', 'http://127.0.0.2/'],
    ['the metadata service', 'http://169.254.169.254/latest/meta-data/'],
    ['an IPv4-mapped private address', 'http://[::ffff:10.0.0.1]/'],
    ['IPv6 loopback', 'http://[::1]/'],
  ])('refuses a redirect to %s', async (_, target) => {
    const path = `/redirect-${encodeURIComponent(target)}`;
    server.route(path, { status: 302, headers: { location: target } });
    const fetch = guardedFetcher({ allowPrivate: false, addressAllowed: testPolicy });
    expect((await refusal(fetch(server.url(path), 'feed'))).reason).toBe('address');
  });

  it('follows up to 3 redirects and refuses a fourth', async () => {
    server.route('/r3', { status: 301, headers: { location: '/r2' } });
    server.route('/r2', { status: 302, headers: { location: '/r1' } });
    server.route('/r1', { status: 307, headers: { location: '/final.xml' } });
    server.route('/final.xml', { body: RSS, type: 'application/rss+xml' });
    server.route('/r4', { status: 308, headers: { location: '/r3' } });
    const fetch = guardedFetcher({ allowPrivate: true });
    expect(await fetch(server.url('/r3'), 'feed')).toMatchObject({ status: 'ok', url: server.url('/final.xml') });
    expect((await refusal(fetch(server.url('/r4'), 'feed'))).reason).toBe('redirects');
  });

  it('sends the ETag and Last-Modified back, and an unchanged feed costs one 304', async () => {
    server.route('/etag.xml', {
      body: RSS,
      type: 'application/rss+xml',
      etag: '"v1"',
      lastModified: 'Tue, 28 Jan 2020 10:00:00 GMT',
    });
    const fetch = guardedFetcher({ allowPrivate: true });
    const first = await fetch(server.url('/etag.xml'), 'feed');
    expect(first).toMatchObject({ status: 'ok', etag: '"v1"', lastModified: 'Tue, 28 Jan 2020 10:00:00 GMT' });
    const before = server.hits('/etag.xml').length;
    const second = await fetch(server.url('/etag.xml'), 'feed', first.status === 'ok' ? first : {});
    expect(second).toEqual({ status: 'not-modified' });
    const hits = server.hits('/etag.xml');
    expect(hits.length - before).toBe(1);
    expect(hits.at(-1)?.headers['if-none-match']).toBe('"v1"');
    expect(hits.at(-1)?.headers['if-modified-since']).toBe('Tue, 28 Jan 2020 10:00:00 GMT');
  });

  it('gives up on a slow feed at the deadline', async () => {
    server.route('/slow.xml', { body: RSS, type: 'application/rss+xml', delayMs: 2_000 });
    const fetch = guardedFetcher({ allowPrivate: true, timeoutMs: 300 });
    const started = Date.now();
    expect((await refusal(fetch(server.url('/slow.xml'), 'feed'))).reason).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('refuses a huge feed from its Content-Length, and cuts one with no length while streaming', async () => {
    const huge = Buffer.alloc(SIZE_LIMITS.feed + 1, 'a');
    server.route('/huge.xml', { body: huge, type: 'application/rss+xml' });
    server.route('/huge-stream.xml', { body: huge, type: 'application/rss+xml', chunked: 64 * 1024 });
    server.route('/big-page.html', {
      body: Buffer.alloc(SIZE_LIMITS.page + 1, 'a'),
      type: 'text/html',
      chunked: 65536,
    });
    const fetch = guardedFetcher({ allowPrivate: true });
    expect(await refusal(fetch(server.url('/huge.xml'), 'feed'))).toMatchObject({ reason: 'too-large' });
    expect(await refusal(fetch(server.url('/huge-stream.xml'), 'feed'))).toMatchObject({
      reason: 'too-large',
      detail: `over ${SIZE_LIMITS.feed} bytes`,
    });
    expect(await refusal(fetch(server.url('/big-page.html'), 'page'))).toMatchObject({ reason: 'too-large' });
  });

  it('refuses HTML where a feed was expected, and an image where a page was', async () => {
    server.route('/home.html', { body: '<html><body>News</body></html>', type: 'text/html; charset=utf-8' });
    server.route('/photo.jpg', { body: 'x', type: 'image/jpeg' });
    const fetch = guardedFetcher({ allowPrivate: true });
    expect(await refusal(fetch(server.url('/home.html'), 'feed'))).toMatchObject({
      reason: 'content-type',
      detail: 'text/html',
    });
    expect(await refusal(fetch(server.url('/photo.jpg'), 'page'))).toMatchObject({ reason: 'content-type' });
  });

  it('reports a 404 and a 410 with their status', async () => {
    server.route('/gone.xml', { status: 410, body: 'gone', type: 'text/plain' });
    const fetch = guardedFetcher({ allowPrivate: true });
    expect(await refusal(fetch(server.url('/missing.xml'), 'feed'))).toMatchObject({ reason: 'status', status: 404 });
    expect(await refusal(fetch(server.url('/gone.xml'), 'feed'))).toMatchObject({ reason: 'status', status: 410 });
  });

  it('reads a page in its declared charset (windows-1256 Arabic)', async () => {
    // "سوريا" in windows-1256.
    server.route('/ar.html', {
      body: Buffer.from([0xd3, 0xe6, 0xd1, 0xed, 0xc7]),
      type: 'text/html; charset=windows-1256',
    });
    const fetch = guardedFetcher({ allowPrivate: true });
    expect(await fetch(server.url('/ar.html'), 'page')).toMatchObject({ body: 'سوريا' });
  });
});
