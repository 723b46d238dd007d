/** A clock for any suite: it stands still until the test moves it, so no test needs fake timers. */
import type { Clock } from '../../src/clock.js';

export class TestClock implements Clock {
  constructor(private at: number) {}
  now(): number {
    return this.at;
  }
  set(at: number | string): void {
    this.at = typeof at === 'string' ? Date.parse(at) : at;
  }
  advance(ms: number): void {
    this.at += ms;
  }
}
