/**
 * A calendar's secret feed link: `<FEED_PUBLIC_URL>/feed/<token>.ics`. The token is the only
 * key: 32 random bytes, so a link cannot be guessed, and one server's link says nothing of
 * another's. Pure: db/feed-tokens.ts keeps the tokens.
 */

/** Where a calendar's feed token is kept (db/feed-tokens.ts). */
export interface FeedTokenStore {
  /** The calendar's token, made on the first ask. */
  tokenFor(calendarId: number, now: number): string;
  /** A new token for the calendar; the old one stops working in the same write. */
  rotate(calendarId: number, now: number): string;
  /** The calendar whose token this is, or null (an unknown, old or malformed token alike). */
  calendarOf(token: string): number | null;
}

/** Feeds as a front-end offers them: where their links point, and the tokens. */
export interface CalendarFeeds {
  /** The feed server's address as subscribers reach it, without a trailing slash. */
  publicUrl: string;
  tokens: FeedTokenStore;
}

/** A token as made (base64url of 32 bytes): anything else is refused before any lookup. */
export const FEED_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The path a token's feed is served at. */
export function feedPath(token: string): string {
  return `/feed/${token}.ics`;
}

/** The token a request path names, or null when it names none. */
export function tokenOfPath(path: string): string | null {
  const match = /^\/feed\/([^/]+)\.ics$/.exec(path);
  return match && FEED_TOKEN_PATTERN.test(match[1]!) ? match[1]! : null;
}

/** The link a subscriber pastes into Outlook or Google Calendar. */
export function feedUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${feedPath(token)}`;
}
