/**
 * A local feed server for the tests (127.0.0.1, an ephemeral port): each path answers with a
 * route the test sets, and every request is recorded, so a test can tell a 304 from a full fetch
 * and prove a refused url was never requested.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

export interface FeedRoute {
  body?: string | Buffer;
  type?: string;
  status?: number;
  etag?: string;
  lastModified?: string;
  headers?: Record<string, string>;
  /** Milliseconds before the answer starts. */
  delayMs?: number;
  /** Stream the body in pieces of this many bytes, with no Content-Length. */
  chunked?: number;
}

export interface SeenRequest {
  path: string;
  headers: IncomingMessage['headers'];
}

export interface FeedServer {
  url(path: string): string;
  port: number;
  route(path: string, route: FeedRoute): void;
  requests: SeenRequest[];
  /** The requests of one path. */
  hits(path: string): SeenRequest[];
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, FeedRoute>();
  const requests: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const send = () => answer(req, res, route);
    if (route.delayMs) setTimeout(send, route.delayMs).unref();
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    route: (path, route) => routes.set(path, route),
    requests,
    hits: (path) => requests.filter((r) => r.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function answer(req: IncomingMessage, res: ServerResponse, route: FeedRoute): void {
  const headers: Record<string, string> = { ...route.headers };
  if (route.type) headers['content-type'] = route.type;
  if (route.etag) headers.etag = route.etag;
  if (route.lastModified) headers['last-modified'] = route.lastModified;
  const unchanged =
    (route.etag && req.headers['if-none-match'] === route.etag) ||
    (route.lastModified && !route.etag && req.headers['if-modified-since'] === route.lastModified);
  if (unchanged) {
    res.writeHead(304, headers).end();
    return;
  }
  const body = typeof route.body === 'string' ? Buffer.from(route.body) : (route.body ?? Buffer.alloc(0));
  if (!route.chunked) {
    res.writeHead(route.status ?? 200, { ...headers, 'content-length': String(body.length) }).end(body);
    return;
  }
  res.writeHead(route.status ?? 200, headers);
  const size = route.chunked;
  let offset = 0;
  const next = () => {
    if (res.destroyed) return;
    if (offset >= body.length) return void res.end();
    const piece = body.subarray(offset, offset + size);
    offset += size;
    if (res.write(piece)) setImmediate(next);
    else res.once('drain', next);
  };
  next();
}

/** A fixture of tests/fixtures/feeds with `{{BASE}}` set to the server's address. */
export function feedFixture(server: FeedServer, name: string): string {
  const text = readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8');
  return text.replaceAll('{{BASE}}', `http://127.0.0.1:${server.port}`);
}

/** An RSS item written for a test, with enough of an article to be read as full content. */
export function rssItem(item: { guid: string; title: string; text: string; pubDate: string; link?: string }): string {
  const link = item.link ? `<link>${item.link}</link>` : '';
  return `<item><title>${item.title}</title>${link}<guid isPermaLink="false">${item.guid}</guid><pubDate>${item.pubDate}</pubDate><content:encoded><![CDATA[${item.text}]]></content:encoded></item>`;
}

/** An RSS 2.0 feed of these items. */
export function rssFeed(title: string, items: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${title}</title><link>https://example.org/</link>${items.join('')}</channel></rss>`;
}
