/**
 * Where the local console's clock starts: DIWAN_NOW or a clock given to the app; else, on a
 * calendar holding only the seed (whose meetings are in January 2020), the seed's week, so
 * `echo "/meetings upcoming" | npm start` on a fresh clone finds them; else the real time.
 */
import { seedDrafts } from '../../db/seed/load-seed.js';
import type { CalendarScope } from '../calendar/queries.js';
import { RunningClock, systemClock, type Clock } from '../clock.js';

const DAY_MS = 86_400_000;

/** Noon UTC two days before the seed article: the whole week it describes lies ahead. */
export function seedWeekStart(published: string): number {
  return Date.parse(`${published}T12:00:00Z`) - 2 * DAY_MS;
}

/** The console's running clock, and whether it was put in the seed's week. */
export function consoleClock(appClock: Clock, scope: CalendarScope): { clock: RunningClock; seedWeek: boolean } {
  if (appClock instanceof RunningClock) return { clock: appClock, seedWeek: false };
  if (appClock !== systemClock) return { clock: new RunningClock(appClock.now()), seedWeek: false };
  const seed = seedDrafts();
  if (
    !holdsOnly(
      scope,
      seed.meetings.map((m) => m.title ?? ''),
    )
  )
    return { clock: new RunningClock(), seedWeek: false };
  return { clock: new RunningClock(seedWeekStart(seed.source.published ?? '')), seedWeek: true };
}

/** True when the calendar's meetings are exactly these titles (the seed, unchanged in number). */
function holdsOnly(scope: CalendarScope, titles: readonly string[]): boolean {
  if (titles.length === 0 || scope.store.countMeetings() !== titles.length) return false;
  const page = scope.store.meetingsOverlapping(-8.64e15, 8.64e15, {}, { offset: 0, limit: titles.length });
  const wanted = new Set(titles);
  return page.meetings.every((m) => m.title !== null && wanted.has(m.title));
}
