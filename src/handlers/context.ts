/** What every handler is given: one calendar, "now", and how its answer will be read. */
import type { CalendarScope } from '../calendar/queries.js';
import type { Clock } from '../clock.js';
import type { View } from '../replies/meeting-view.js';

export interface HandlerContext {
  scope: CalendarScope;
  clock: Clock;
  view: View;
  /** Meetings on one page: 10 in Discord, all of them in the terminal. */
  pageSize?: number;
}
