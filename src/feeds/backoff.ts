/** When a feed is polled next: its interval while it answers, longer while it fails or is slow. */

/** The default interval between polls (FEEDS_POLL_MINUTES). */
export const POLL_EVERY_MS = 15 * 60_000;
/** A feed that took longer than this to answer is polled half as often. */
export const SLOW_MS = 5_000;
/** A failing feed waits at most a day between tries. */
const MAX_WAIT_MS = 24 * 3_600_000;

/** After a poll that worked: the interval, doubled for a slow feed. */
export function nextAfterSuccess(now: number, tookMs: number, every = POLL_EVERY_MS): number {
  return now + (tookMs > SLOW_MS ? 2 * every : every);
}

/** After the `failures`-th failure in a row: the interval doubled each time (15 min, 30, 1 h …), a day at most. */
export function nextAfterFailure(now: number, failures: number, every = POLL_EVERY_MS): number {
  return now + Math.min(every * 2 ** Math.max(0, failures - 1), MAX_WAIT_MS);
}
