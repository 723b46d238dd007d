/** A failed fetch or parse, as the reason a feed is marked failing (and the managers are told). */
import { FetchRefused } from './fetch-errors.js';
import { NotAFeed } from './parse.js';
import type { FeedFailure } from './types.js';

/** The reason for a failure; unknown errors are not a feed's fault and are rethrown. */
export function feedFailure(error: unknown): FeedFailure {
  if (error instanceof NotAFeed) return error.reason;
  if (!(error instanceof FetchRefused)) throw error;
  if (error.reason === 'status') {
    if (error.status === 410) return 'gone';
    if (error.status === 404) return 'not-found';
    return (error.status ?? 0) >= 500 ? 'server-error' : 'refused';
  }
  if (error.reason === 'content-type' && /html/.test(error.detail)) return 'html';
  return error.reason;
}
