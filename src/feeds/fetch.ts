/**
 * Fetching what users name (feeds, and the articles they link to), guarded: http and https only,
 * every address and every redirect's address checked before connecting (at most 3 redirects),
 * 10 s for the whole exchange, a size limit refused from Content-Length and cut while streaming,
 * the content type checked, and a conditional GET so an unchanged feed costs one 304.
 */
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { readLimited } from './fetch-body.js';
import { FetchRefused } from './fetch-errors.js';
import { isPublicAddress } from './addresses.js';
import { checkedLookup, checkLiteral, systemResolver, type AddressPolicy, type Resolver } from './safe-lookup.js';

/** What is fetched decides the size limit and the content types accepted. */
export type FetchKind = 'feed' | 'page';

/** Size limits, in bytes: a feed 2 MB, an article's page 1 MB. */
export const SIZE_LIMITS: Record<FetchKind, number> = { feed: 2 * 1024 * 1024, page: 1024 * 1024 };
const MAX_REDIRECTS = 3;
const TIMEOUT_MS = 10_000;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const FEED_TYPES = /^(application\/(rss\+xml|atom\+xml|rdf\+xml|xml|feed\+json|json)|text\/xml|text\/plain)$/;
const PAGE_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)$/;

export interface FetcherOptions {
  /** `FEEDS_ALLOW_PRIVATE=1`: tests fetch from 127.0.0.1. Never in production. */
  allowPrivate: boolean;
  /** Which addresses may be reached (default: the public internet, or all with allowPrivate). */
  addressAllowed?: AddressPolicy;
  resolver?: Resolver;
  timeoutMs?: number;
}

/** What the last fetch of a feed said, for a conditional GET. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchResult =
  | { status: 'not-modified' }
  | {
      status: 'ok';
      /** The url the body came from, after redirects. */
      url: string;
      body: string;
      /** The media type, without parameters (empty when the server sent none). */
      contentType: string;
      etag: string | null;
      lastModified: string | null;
    };

/** Fetches one url (and its redirects) under the guards above. */
export type GuardedFetch = (url: string, kind: FetchKind, validators?: Validators) => Promise<FetchResult>;

/** A guarded fetch with these options. */
export function guardedFetcher(options: FetcherOptions): GuardedFetch {
  const allowed = options.addressAllowed ?? (options.allowPrivate ? () => true : isPublicAddress);
  const lookup = checkedLookup(options.resolver ?? systemResolver, allowed);
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  return async (url, kind, validators = {}) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new FetchRefused('timeout', `${timeoutMs / 1000} s`)), timeoutMs);
    try {
      let current = new URL(url);
      for (let hop = 0; ; hop++) {
        if (current.protocol !== 'http:' && current.protocol !== 'https:') {
          throw new FetchRefused('scheme', current.protocol);
        }
        checkLiteral(current.hostname, allowed);
        const response = await request(current, kind, validators, lookup, controller.signal);
        const location = response.headers.location;
        if (REDIRECTS.has(response.statusCode ?? 0) && location) {
          response.resume();
          if (hop >= MAX_REDIRECTS) throw new FetchRefused('redirects', String(MAX_REDIRECTS));
          current = new URL(location, current);
          continue;
        }
        return await answer(response, current, kind, controller.signal);
      }
    } finally {
      clearTimeout(timer);
    }
  };
}

function request(
  url: URL,
  kind: FetchKind,
  validators: Validators,
  lookup: ReturnType<typeof checkedLookup>,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const headers: Record<string, string> = {
    'user-agent': 'Diwan (calendar of diplomatic meetings; feed reader)',
    accept:
      kind === 'feed'
        ? 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.1'
        : 'text/html, application/xhtml+xml;q=0.9',
    'accept-encoding': 'identity',
  };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  const get = url.protocol === 'https:' ? https.get : http.get;
  return new Promise((resolve, reject) => {
    const req = get(url, { headers, lookup, signal, agent: false }, resolve);
    req.on('error', (error) => reject(asRefusal(signal, error)));
  });
}

async function answer(response: IncomingMessage, url: URL, kind: FetchKind, signal: AbortSignal) {
  const status = response.statusCode ?? 0;
  if (status === 304) {
    response.resume();
    return { status: 'not-modified' as const };
  }
  if (status < 200 || status >= 300) {
    response.resume();
    throw new FetchRefused('status', String(status), status);
  }
  const [type = '', ...params] = (response.headers['content-type'] ?? '').split(';').map((s) => s.trim());
  const contentType = type.toLowerCase();
  if (contentType && !(kind === 'feed' ? FEED_TYPES : PAGE_TYPES).test(contentType)) {
    response.resume();
    throw new FetchRefused('content-type', contentType);
  }
  const charset = params
    .find((p) => /^charset=/i.test(p))
    ?.slice(8)
    .replace(/"/g, '');
  try {
    const body = await readLimited(response, SIZE_LIMITS[kind], charset);
    const etag = response.headers.etag ?? null;
    const lastModified = response.headers['last-modified'] ?? null;
    return { status: 'ok' as const, url: url.href, body, contentType, etag, lastModified };
  } catch (error) {
    throw asRefusal(signal, error);
  }
}

/** An aborted request is the deadline; a refused address stays itself; the rest is the network. */
function asRefusal(signal: AbortSignal, error: unknown): FetchRefused {
  if (signal.aborted && signal.reason instanceof FetchRefused) return signal.reason;
  if (error instanceof FetchRefused) return error;
  const code = (error as NodeJS.ErrnoException).code;
  return new FetchRefused('network', code ?? (error instanceof Error ? error.message : String(error)));
}
