/**
 * Listings of a calendar's meetings: windows of instants, local days, the past, each one page
 * in listing order and how many in all. Every window is searched in every span class at once
 * (src/calendar/meeting-time.ts), each class an index range with its own bounds. Inside db/ only.
 */
import { SPAN_CLASSES, byListingOrder, type SpanClass } from '../src/calendar/meeting-time.js';
import type { MeetingPage, PageRequest, WindowFilter } from '../src/calendar/store.js';
import type { MeetingSummary, Precision } from '../src/calendar/types.js';
import type { Db } from './connection.js';
import { LimitedStatement } from './limited-statement.js';
import type { MeetingRows } from './meeting-rows.js';

/** A candidate row of a window search: enough to order and count without loading it. */
interface WindowRow {
  id: number;
  precision: Precision;
  startsAt: number;
  endsAt: number;
}

/** A listing asked without a page: all of it. */
export const EVERYTHING: PageRequest = { offset: 0, limit: Number.MAX_SAFE_INTEGER };

/**
 * What meetings are listed by (`listingOrder` in src/calendar/meeting-time.ts), written as the
 * expression of the index meetings_by_listing (db/migrations/0003): the planner uses the index
 * only for this exact expression.
 */
const LISTING_KEY = `(CASE WHEN precision IN ('week', 'month') THEN ends_at - 1 ELSE starts_at END)`;

/**
 * The first `limit` meetings of a filtered window in listing order, each row with the count of
 * the whole window. `from` names `m`, the meetings that qualify.
 */
function filteredPage(from: string, limit: number): string {
  return `
    SELECT id, precision, startsAt, endsAt, total FROM (
      SELECT m.id, m.precision, m.starts_at AS startsAt, m.ends_at AS endsAt, ${LISTING_KEY} AS listingKey,
        count(*) OVER () AS total
      ${from})
    ORDER BY listingKey, id LIMIT ${limit}`;
}

/** The SQL of every span class's `arm`, joined (` + ` for counts, ` UNION ALL ` for rows). */
function eachSpanClass(arm: (k: number, spanClass: SpanClass) => string, join: ' + ' | ' UNION ALL '): string {
  return SPAN_CLASSES.map((spanClass, k) => arm(k, spanClass)).join(join);
}

export class MeetingListings {
  readonly statements;

  constructor(
    db: Db,
    private readonly rows: MeetingRows,
  ) {
    this.statements = {
      // A window [@from, @to) is searched in every span class at once, each an index range with
      // the class's own bounds (src/calendar/meeting-time.ts): one statement, not one a class.
      windowCount: db.prepare(`
        SELECT ${eachSpanClass(
          (k, c) => `(SELECT count(*) FROM meetings WHERE calendar_id = @calendarId AND span_class = ${k}
            AND starts_at > @from - ${c.longestMs} AND starts_at < @to AND ends_at > @from)`,
          ' + ',
        )} AS n`),
      // The first rows of each class in listing order, read in that order from meetings_by_listing:
      // a dated meeting's key (its start) is within the look-back of @from; a week's or a month's
      // (its end) is at @from or after.
      windowPage: new LimitedStatement(db, (limit) =>
        eachSpanClass(
          (k, c) => `SELECT * FROM (SELECT id, precision, starts_at AS startsAt, ends_at AS endsAt FROM meetings
            WHERE calendar_id = @calendarId AND span_class = ${k}
              AND ${LISTING_KEY} ${c.vague ? `>= @from AND ${LISTING_KEY} < @to + ${c.longestMs}` : `> @from - ${c.longestMs} AND ${LISTING_KEY} < @to`}
              AND starts_at < @to AND ends_at > @from
            ORDER BY ${LISTING_KEY}, id LIMIT ${limit})`,
          ' UNION ALL ',
        ),
      ),
      pastRows: new LimitedStatement(db, (limit) =>
        eachSpanClass(
          (k) => `SELECT * FROM (SELECT id, precision, starts_at AS startsAt, ends_at AS endsAt FROM meetings
            WHERE calendar_id = @calendarId AND span_class = ${k} AND starts_at < @before AND ends_at <= @before
            ORDER BY starts_at DESC LIMIT ${limit})`,
          ' UNION ALL ',
        ),
      ),
      pastCount: db.prepare(`
        SELECT ${eachSpanClass(
          (k) => `(SELECT count(*) FROM meetings WHERE calendar_id = @calendarId AND span_class = ${k}
            AND starts_at < @before AND ends_at <= @before)`,
          ' + ',
        )} AS n`),
      // A filtered window: one page in listing order and how many in all (count(*) OVER (), before
      // the LIMIT), sorted in SQLite rather than as thousands of rows in JavaScript.
      // From the participants' links to their meetings (CROSS JOIN keeps that order): left to
      // itself the planner walked every meeting of the calendar and looked each one's links up.
      participantRows: new LimitedStatement(db, (limit) =>
        filteredPage(
          `FROM (SELECT DISTINCT meeting_id FROM meeting_participants
                 WHERE participant_id IN (SELECT value FROM json_each(@participantIds))) l
           CROSS JOIN meetings m ON m.id = l.meeting_id
           WHERE m.calendar_id = @calendarId AND m.ends_at > @from AND m.starts_at < @to
             AND (@placeIds IS NULL OR m.place_id IN (SELECT value FROM json_each(@placeIds)))`,
          limit,
        ),
      ),
      // By place (meetings_by_place); the unary + keeps the planner off meetings_by_start.
      placeRows: new LimitedStatement(db, (limit) =>
        filteredPage(
          `FROM meetings m
           WHERE m.place_id IN (SELECT value FROM json_each(@placeIds)) AND +m.calendar_id = @calendarId
             AND m.ends_at > @from AND m.starts_at < @to`,
          limit,
        ),
      ),
      dayRows: db.prepare(
        eachSpanClass(
          (k, c) => `SELECT id, precision, starts_at AS startsAt, ends_at AS endsAt FROM meetings
            WHERE calendar_id = @calendarId AND span_class = ${k}
              AND starts_at > @from - ${c.longestMs} AND starts_at < @to AND start_date <= @lastDay AND end_date >= @firstDay`,
          ' UNION ALL ',
        ),
      ),
      countMeetings: db.prepare('SELECT count(*) AS n FROM meetings WHERE calendar_id = ?'),
    };
  }

  countMeetings(calendarId: number): number {
    return (this.statements.countMeetings.get(calendarId) as { n: number }).n;
  }

  /**
   * Meetings that overlap the instants [from, to), in listing order, one page of them.
   * Optionally only those of some participants or at some places.
   */
  meetingsOverlapping(
    calendarId: number,
    from: number,
    to: number,
    filter: WindowFilter = {},
    page: PageRequest = EVERYTHING,
  ): MeetingPage {
    if (filter.participantIds || filter.placeIds) return this.filteredWindow(calendarId, from, to, filter, page);
    const { n: total } = this.statements.windowCount.get({ calendarId, from, to }) as { n: number };
    return { meetings: total === 0 ? [] : this.meetingsIn(calendarId, from, to, page), total };
  }

  meetingsIn(calendarId: number, from: number, to: number, page: PageRequest): MeetingSummary[] {
    // The first `offset + limit` rows of each span class in listing order: the page is among them, merged.
    const wanted = page.offset + page.limit;
    const rows = this.statements.windowPage.all(wanted, { calendarId, from, to }) as WindowRow[];
    const ids = rows
      .sort(byListingOrder)
      .slice(page.offset, wanted)
      .map((r) => r.id);
    return this.rows.summaries(ids);
  }

  /** Meetings on any local day from `firstDay` to `lastDay` (inclusive), each in its own zone. */
  meetingsOnDays(calendarId: number, firstDay: string, lastDay: string, page: PageRequest = EVERYTHING): MeetingPage {
    // Local days lie within 14 hours of UTC days, earlier or later.
    const from = Date.parse(`${firstDay}T00:00:00Z`) - 15 * 3_600_000;
    const to = Date.parse(`${lastDay}T00:00:00Z`) + 39 * 3_600_000;
    const rows = this.statements.dayRows.all({ calendarId, from, to, firstDay, lastDay }) as WindowRow[];
    return this.page(rows.sort(byListingOrder), page);
  }

  /** Meetings that ended before `before`, the latest first, and how many. */
  pastMeetings(calendarId: number, before: number, page: PageRequest): MeetingPage {
    const { n: total } = this.statements.pastCount.get({ calendarId, before }) as { n: number };
    return { meetings: this.meetingsBefore(calendarId, before, page), total };
  }

  meetingsBefore(calendarId: number, before: number, page: PageRequest): MeetingSummary[] {
    const wanted = page.offset + page.limit;
    const rows = this.statements.pastRows.all(wanted, { calendarId, before }) as WindowRow[];
    rows.sort((a, b) => byListingOrder(b, a));
    return this.rows.summaries(rows.slice(page.offset, wanted).map((r) => r.id));
  }

  /** A window of some participants' meetings or at some places (or both): one statement. */
  private filteredWindow(
    calendarId: number,
    from: number,
    to: number,
    filter: WindowFilter,
    page: PageRequest,
  ): MeetingPage {
    const wanted = page.offset + page.limit;
    const statement = filter.participantIds ? this.statements.participantRows : this.statements.placeRows;
    const rows = statement.all(wanted, {
      calendarId,
      from,
      to,
      participantIds: filter.participantIds ? JSON.stringify(filter.participantIds) : null,
      placeIds: filter.placeIds ? JSON.stringify(filter.placeIds) : null,
    }) as (WindowRow & { total: number })[];
    const ids = rows.slice(page.offset, wanted).map((r) => r.id);
    return { meetings: this.rows.summaries(ids), total: rows[0]?.total ?? 0 };
  }

  private page(sorted: WindowRow[], page: PageRequest): MeetingPage {
    const ids = sorted.slice(page.offset, page.offset + page.limit).map((r) => r.id);
    return { meetings: this.rows.summaries(ids), total: sorted.length };
  }
}
