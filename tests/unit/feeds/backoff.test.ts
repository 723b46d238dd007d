import { describe, expect, it } from 'vitest';
import { nextAfterFailure, nextAfterSuccess, POLL_EVERY_MS } from '../../../src/feeds/backoff.js';

describe('when a feed is polled next', () => {
  const now = Date.parse('2020-03-02T12:00:00Z');
  it('every 15 minutes while it answers quickly, every 30 when it takes over 5 s', () => {
    expect(nextAfterSuccess(now, 300) - now).toBe(POLL_EVERY_MS);
    expect(nextAfterSuccess(now, 6_000) - now).toBe(2 * POLL_EVERY_MS);
  });
  it('waits twice as long after each failure in a row, a day at most', () => {
    expect([1, 2, 3, 4].map((n) => (nextAfterFailure(now, n) - now) / 60_000)).toEqual([15, 30, 60, 120]);
    expect(nextAfterFailure(now, 20) - now).toBe(86_400_000);
  });
});
