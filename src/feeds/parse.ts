/**
 * A feed's body as items (RSS 2.0, Atom, JSON Feed) through @extractus/feed-extractor: no XML
 * code of our own. Each item keeps what reading it needs: a stable id, its link, its headline,
 * its publication instant and its full content when the feed carries it.
 */
import { extractFromJson, extractFromXml, type FeedData } from '@extractus/feed-extractor';

export interface FeedItem {
  /** The item's GUID (Atom id, JSON Feed id), else its link. */
  guid: string;
  url: string | null;
  title: string | null;
  /** Epoch ms; null when the feed gives no readable date. */
  published: number | null;
  /** The item's content as HTML or text (content:encoded, Atom content, content_html/_text), else its summary. */
  content: string | null;
  /** Whether `content` is the item's full content rather than its summary. */
  full: boolean;
}

export interface ParsedFeed {
  title: string | null;
  /** The language the feed declares (`ar`, `en`), if any. */
  language: string | null;
  items: FeedItem[];
}

/** Why a body is not a feed: it does not parse, or it is a web page. */
export class NotAFeed extends Error {
  constructor(readonly reason: 'malformed' | 'html') {
    super(reason === 'html' ? 'a web page, not a feed' : 'not a well-formed feed');
    this.name = 'NotAFeed';
  }
}

type Raw = Record<string, unknown>;

/** Parses a feed's body; a `NotAFeed` for malformed XML or a page where a feed was expected. */
export function parseFeed(body: string, baseUrl: string): ParsedFeed {
  const start = body.trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) throw new NotAFeed('html');
  const options = {
    descriptionMaxLen: 0,
    baseUrl,
    getExtraEntryFields: (entry: Raw) => ({ raw: entry }),
  };
  let data: FeedData;
  try {
    data = start.startsWith('{') ? extractFromJson(body, options) : extractFromXml(body, options);
  } catch {
    throw new NotAFeed('malformed');
  }
  return {
    title: text(data.title),
    language: text(data.language)?.slice(0, 2).toLowerCase() ?? null,
    items: (data.entries ?? []).map((entry) => item(entry, (entry.raw ?? {}) as Raw)),
  };
}

function item(
  entry: { id: string; link?: string; title?: string; description?: string; published?: string },
  raw: Raw,
) {
  const url = text(entry.link);
  // Without a GUID of its own the library makes up an id that changes: the link names the item instead.
  const hasId = raw.guid !== undefined || raw.id !== undefined;
  const full = fullContent(raw);
  return {
    guid: (hasId ? text(entry.id) : null) ?? url ?? text(entry.title) ?? '',
    url,
    title: text(entry.title),
    published: instant(raw.pubDate ?? raw.published ?? raw.date_published ?? raw['dc:date'] ?? entry.published),
    content: full ?? text(entry.description),
    full: full !== null,
  };
}

/** The full content an item carries, in whichever element its format puts it. */
function fullContent(raw: Raw): string | null {
  for (const key of ['content:encoded', 'content', 'content_html', 'content_text']) {
    const value = raw[key];
    const found = typeof value === 'object' && value !== null ? (value as Raw)['#text'] : value;
    const content = text(found);
    if (content) return content;
  }
  return null;
}

function instant(value: unknown): number | null {
  const written = text(value);
  if (!written) return null;
  const ms = Date.parse(written);
  return Number.isFinite(ms) ? ms : null;
}

function text(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const trimmed = String(value).trim();
  return trimmed === '' ? null : trimmed;
}
