/**
 * The feed server: `GET /feed/<token>.ics` answers the calendar that token opens, for Outlook,
 * Google Calendar and the like to subscribe to. node:http alone: one route, no framework.
 *
 * Every unknown path, malformed token, rotated token and token of no calendar gets the same 404
 * with the same body, so a prober learns nothing. Bodies carry an ETag (their SHA-256), and a
 * client that sends it back in If-None-Match gets a 304 without the calendar.
 */
import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logger.js';
import { ICS_CONTENT_TYPE } from './calendar-file.js';
import { tokenOfPath } from './feed-links.js';

export interface FeedServerOptions {
  host: string;
  /** 0: any free port (tests). */
  port: number;
  logger: Logger;
  /** The feed of the calendar a token opens (made, or being made), or null for any token that opens none. */
  calendarOf(token: string): FeedBody | Promise<FeedBody> | null;
}

/** A feed's bytes (UTF-8 text, encoded once) and its ETag (a hash of them, so equal feeds have equal tags). */
export interface FeedBody {
  data: Buffer;
  etag: string;
}

/** The ETag of a feed's text or bytes. */
export function etagOf(data: string | Buffer): string {
  return `"${createHash('sha256').update(data).digest('base64url')}"`;
}

/**
 * A feed's body from its text in parts, each encoded and hashed with the event loop let run
 * between (a large feed is megabytes); the same bytes and ETag as from the parts joined.
 */
export async function feedBodyInSteps(parts: readonly string[]): Promise<FeedBody> {
  const hash = createHash('sha256');
  const encoded: Buffer[] = [];
  for (const part of parts) {
    if (encoded.length > 0) await nextTurn();
    const bytes = Buffer.from(part);
    hash.update(bytes);
    encoded.push(bytes);
  }
  return { data: Buffer.concat(encoded), etag: `"${hash.digest('base64url')}"` };
}

export interface FeedServer {
  /** Where it listens, e.g. http://127.0.0.1:8080 (the port it got when asked for 0). */
  url: string;
  /** Stops listening and ends open connections. */
  close(): Promise<void>;
}

/** The feed server could not start (a port in use, a host not on this machine): said in one line. */
export class FeedServerError extends Error {
  constructor(host: string, port: number, cause: unknown) {
    const code = cause instanceof Error && 'code' in cause ? String(cause.code) : String(cause);
    super(
      `the calendar feed server cannot listen on ${host}:${port} (${code}): free the port or change FEED_PORT / FEED_HOST`,
    );
    this.name = 'FeedServerError';
  }
}

/**
 * How long a client may keep a copy before asking again (with its ETag: then a 304). Private:
 * the link is a secret, so no shared cache should keep what it answers.
 */
const CACHE_CONTROL = 'private, max-age=300, must-revalidate';
const NOT_FOUND = 'Not found\n';

export async function startFeedServer(options: FeedServerOptions): Promise<FeedServer> {
  const server = createServer((request, response) => void answer(request, response, options));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => reject(new FeedServerError(options.host, options.port, error)));
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return { url: `http://${host}:${port}`, close: () => closeServer(server) };
}

async function answer(request: IncomingMessage, response: ServerResponse, options: FeedServerOptions): Promise<void> {
  // The path holds the secret: it is never logged, and no page this answers links elsewhere.
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  const method = request.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Method not allowed\n');
    return;
  }
  let body: FeedBody | null;
  try {
    const path = new URL(request.url ?? '/', 'http://feed').pathname;
    const token = tokenOfPath(path);
    body = token ? await options.calendarOf(token) : null;
  } catch (error) {
    options.logger.error('calendar feed failed', { error });
    response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Server error\n');
    return;
  }
  if (body === null) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(method === 'HEAD' ? undefined : NOT_FOUND);
    return;
  }
  const { etag } = body;
  const headers = { ETag: etag, 'Cache-Control': CACHE_CONTROL };
  if (matches(request.headers['if-none-match'], etag)) {
    response.writeHead(304, headers).end();
    return;
  }
  response.writeHead(200, {
    ...headers,
    'Content-Type': ICS_CONTENT_TYPE,
    'Content-Length': body.data.length,
    'Content-Disposition': 'inline; filename="diwan.ics"',
  });
  response.end(method === 'HEAD' ? undefined : body.data);
}

/** If-None-Match holds this ETag (weak or strong, RFC 9110's weak comparison), or `*`. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Calendar programs keep connections alive: without this, close() would wait for them.
    server.closeAllConnections();
  });
}
