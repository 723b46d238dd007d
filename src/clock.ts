/** "Now", injected everywhere so tests and `--at` can fix it. */
export interface Clock {
  /** The current instant, UTC epoch ms. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock stopped at one instant. */
export function fixedClock(at: number): Clock {
  return { now: () => at };
}

/**
 * A clock that starts at `at` and runs at the real pace (DIWAN_NOW, the console's `/clock`).
 * `set` moves it; it keeps running from there.
 */
export class RunningClock implements Clock {
  private offset: number;

  constructor(
    at: number = Date.now(),
    private readonly real: () => number = Date.now,
  ) {
    this.offset = at - real();
  }

  now(): number {
    return this.real() + this.offset;
  }

  set(at: number): void {
    this.offset = at - this.real();
  }
}
