/**
 * Which meetings an export holds: all of a calendar's, or those of a participant, at a place,
 * on local days from one to another (each meeting's days counted in its own zone). Pure of
 * Discord and of SQLite, as the calendar's queries are.
 */
import { parseDayInput } from '../calendar/day-input.js';
import { resolveParticipants, resolvePlaces, type CalendarScope } from '../calendar/queries.js';
import type { WindowFilter } from '../calendar/store.js';
import type { Meeting } from '../calendar/types.js';
import { UserError } from '../errors.js';
import { addDays } from '../time/local-days.js';

/** What an export was asked for, as typed (names and days in any form the listings take). */
export interface ExportFilter {
  participant?: string | undefined;
  place?: string | undefined;
  /** First local day (2020-01-27, today, غداً …). */
  from?: string | undefined;
  /** Last local day, included. */
  to?: string | undefined;
}

/** The far past and future, for a window open at one end. */
const FAR = 8.64e15;
/** Local days lie within 14 hours of UTC days: the window is widened by this, then each meeting's own days decide. */
const LOCAL_DAY_SLACK = 15 * 3_600_000;

/** The meetings of a calendar an export holds, in full, in calendar order. */
export function meetingsToExport(scope: CalendarScope, filter: ExportFilter, now: number): Meeting[] {
  const zone = scope.calendar.timezone;
  const firstDay = filter.from ? parseDayInput(filter.from, now, zone) : null;
  const lastDay = filter.to ? parseDayInput(filter.to, now, zone) : null;
  if (firstDay && lastDay && lastDay < firstDay) throw new UserError('rangeEndsBeforeBegins', lastDay, firstDay);
  const window: WindowFilter = {
    participantIds: filter.participant ? resolveParticipants(scope, filter.participant).map((p) => p.id) : undefined,
    placeIds: filter.place ? resolvePlaces(scope, filter.place).map((p) => p.id) : undefined,
  };
  const from = firstDay ? Date.parse(`${firstDay}T00:00:00Z`) - LOCAL_DAY_SLACK : -FAR;
  const to = lastDay ? Date.parse(`${addDays(lastDay, 1)}T00:00:00Z`) + LOCAL_DAY_SLACK : FAR;
  const numbers = scope.store
    .meetingsOverlapping(from, to, window)
    .meetings.filter((m) => (!firstDay || m.endDate >= firstDay) && (!lastDay || m.date <= lastDay))
    .map((m) => m.number);
  return scope.store.meetings(numbers);
}
