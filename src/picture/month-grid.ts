/**
 * A month as a calendar grid, before any drawing: weeks as rows beginning on the server's
 * week start, each day's meetings in the order of the day, and the meetings known only to a
 * week or a month set apart (they belong to no day). Columns are counted in reading order;
 * the layout puts the first on the right in Arabic.
 */
import type { MeetingSummary } from '../calendar/types.js';
import { addDays, monthOf } from '../time/local-days.js';

/** 0 Sunday … 6 Saturday, as Date.getUTCDay counts. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface GridDay {
  /** YYYY-MM-DD. */
  day: string;
  /** In the month asked (the grid's first and last weeks reach into the months beside it). */
  inMonth: boolean;
  today: boolean;
  /** Column in reading order: 0 is the week's first day. */
  column: number;
  /** The day's meetings: day-only ones first, then timed ones by their local time. */
  meetings: MeetingSummary[];
}

export interface GridWeek {
  days: GridDay[];
  /** The week holding today. */
  current: boolean;
}

export interface MonthGrid {
  /** YYYY-MM. */
  month: string;
  weekStart: Weekday;
  weeks: GridWeek[];
  /** Meetings known only to a week or a month that touches this one: listed, not put on a day. */
  undated: MeetingSummary[];
  /** Meetings of the month, each counted once. */
  total: number;
}

/** The week's first day when the server has chosen none: Saturday in Arabic (as in Syria), Monday in English. */
export function languageWeekStart(locale: 'ar' | 'en'): Weekday {
  return locale === 'ar' ? 6 : 1;
}

/** The weekdays a server may start its week on, by the name it is chosen with. */
export const WEEK_STARTS = { saturday: 6, sunday: 0, monday: 1 } as const satisfies Record<string, Weekday>;

/** The weekday of a YYYY-MM-DD day. */
export function weekdayOf(day: string): Weekday {
  return new Date(`${day}T00:00:00Z`).getUTCDay() as Weekday;
}

/**
 * The grid of `month` (YYYY-MM): `meetings` (any order; those with no day in the month are
 * left out) placed on their local days, in their own zone. A day-only meeting over several
 * days is on each of them; a timed one on the day it begins.
 */
export function monthGrid(
  month: string,
  meetings: readonly MeetingSummary[],
  weekStart: Weekday,
  today: string,
): MonthGrid {
  const { first, last } = monthOf(`${month}-01`);
  const gridStart = addDays(first, -((weekdayOf(first) - weekStart + 7) % 7));
  const byDay = new Map<string, MeetingSummary[]>();
  const undated: MeetingSummary[] = [];
  const counted = new Set<number>();
  for (const meeting of meetings) {
    if (meeting.endDate < first || meeting.date > last) continue;
    counted.add(meeting.number);
    if (meeting.precision === 'week' || meeting.precision === 'month') {
      undated.push(meeting);
      continue;
    }
    const lastDay = meeting.precision === 'day' ? meeting.endDate : meeting.date;
    for (let day = meeting.date < first ? first : meeting.date; day <= lastDay && day <= last; day = addDays(day, 1)) {
      const list = byDay.get(day);
      if (list) list.push(meeting);
      else byDay.set(day, [meeting]);
    }
  }
  const weeks: GridWeek[] = [];
  for (let start = gridStart; start <= last; start = addDays(start, 7)) {
    const days = Array.from({ length: 7 }, (_, column): GridDay => {
      const day = addDays(start, column);
      const inMonth = day >= first && day <= last;
      return {
        day,
        inMonth,
        today: day === today,
        column,
        meetings: inMonth ? (byDay.get(day) ?? []).sort(dayOrder) : [],
      };
    });
    weeks.push({ days, current: days.some((d) => d.today) });
  }
  undated.sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number);
  return { month, weekStart, weeks, undated, total: counted.size };
}

/** Day-only meetings first (they fill the day), then timed ones by local time, then by number. */
function dayOrder(a: MeetingSummary, b: MeetingSummary): number {
  return (a.time ?? '').localeCompare(b.time ?? '') || a.number - b.number;
}
