/**
 * The calendar in SQLite: prepared statements, rows to domain types, transactions.
 * Every call names its calendar: one server never reads another's rows.
 */
import { createHash } from 'node:crypto';
import { SPAN_CLASSES, byListingOrder, resolveMeetingTime, type MeetingTimeInput, type SpanClass } from '../src/calendar/meeting-time.js';
import type {
  CalendarRef,
  CalendarStore,
  MeetingPage,
  PageRequest,
  ParticipantSummary,
  PlaceSummary,
  WindowFilter,
} from '../src/calendar/store.js';
import type {
  Meeting,
  MeetingDraft,
  MeetingParticipant,
  MeetingSource,
  MeetingStatus,
  MeetingSummary,
  Participant,
  ParticipantDraft,
  Place,
  Precision,
  SourceDraft,
} from '../src/calendar/types.js';
import { UserError } from '../src/errors.js';
import { nameKey, searchKeys } from '../src/names/normalize.js';
import type { Db, Statement } from './connection.js';
import { LimitedStatement } from './limited-statement.js';

export interface CalendarRow {
  id: number;
  key: string;
  guildId: string | null;
  timezone: string;
  locale: 'ar' | 'en' | null;
  seededAt: number | null;
}

interface SummaryRow {
  /** The row id (the key inside the database); `id` is the meeting's number in its calendar. */
  rowId: number;
  id: number;
  calendar_id: number;
  title: string | null;
  title_ar: string | null;
  precision: Precision;
  start_date: string;
  end_date: string;
  start_time: string | null;
  starts_at: number;
  ends_at: number;
  timezone: string | null;
  calendar_timezone: string;
  place_name: string | null;
  place_name_ar: string | null;
  place_country: string | null;
  status: MeetingStatus;
}

interface MeetingRow extends SummaryRow {
  evidence: string | null;
  created_at: number;
  updated_at: number;
  /** JSON arrays of MeetingParticipant and MeetingSource, built by SQLite. */
  participants: string;
  sources: string;
}

/** A candidate row of a window search: enough to order and count without loading it. */
interface WindowRow {
  id: number;
  precision: Precision;
  startsAt: number;
  endsAt: number;
}

/** What a listing line shows (MeetingSummary): a page of a listing loads no more. */
const SUMMARY_COLUMNS = `
  m.id AS rowId, m.number AS id, m.calendar_id, m.title, m.title_ar, m.precision, m.start_date, m.end_date, m.start_time,
  m.starts_at, m.ends_at, m.timezone, c.timezone AS calendar_timezone,
  p.name AS place_name, p.name_ar AS place_name_ar, p.country AS place_country, m.status`;

/** The rest of a meeting in full, participants and sources as JSON arrays in its own row. */
const DETAIL_COLUMNS = `
  m.evidence, m.created_at, m.updated_at,
  (SELECT json_group_array(json_object('participantId', pp.id, 'name', pp.name, 'nameAr', pp.name_ar,
      'kind', pp.kind, 'role', COALESCE(mp.role, pp.role)) ORDER BY mp.position)
    FROM meeting_participants mp JOIN participants pp ON pp.id = mp.participant_id
    WHERE mp.meeting_id = m.id) AS participants,
  (SELECT json_group_array(json_object('id', s.id, 'title', s.title, 'outlet', s.outlet, 'url', s.url,
      'published', s.published, 'evidence', ms.evidence) ORDER BY s.id)
    FROM meeting_sources ms JOIN sources s ON s.id = ms.source_id
    WHERE ms.meeting_id = m.id) AS sources`;

const MEETINGS_BY_ID = `
  FROM meetings m
  JOIN calendars c ON c.id = m.calendar_id
  LEFT JOIN places p ON p.id = m.place_id
  WHERE m.id IN (SELECT value FROM json_each(?))`;

/**
 * How many names a search returns: Discord's 25 autocomplete choices. A constant in the SQL:
 * a LIMIT given as a parameter made these statements several times slower.
 */
export const NAME_MATCHES = 25;

const EVERYTHING: PageRequest = { offset: 0, limit: Number.MAX_SAFE_INTEGER };

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

export class CalendarRepository implements CalendarStore {
  private readonly statements;

  constructor(private readonly db: Db) {
    const prepare = (sql: string) => db.prepare(sql);
    /**
     * The keys that start with @key (any word onwards), in key order, a whole name before the
     * names it ends: the name typed in full comes first, then the names it begins,
     * alphabetically. Read until enough names are found.
     */
    const keysFrom = (table: 'participant_keys' | 'place_keys', idColumn: 'participant_id' | 'place_id') =>
      prepare(`
        SELECT ${idColumn} AS id FROM ${table}
        WHERE calendar_id = @calendarId AND key >= @key AND key < @keyEnd
        ORDER BY key, whole DESC`);
    this.statements = {
      calendarByKey: prepare(
        'SELECT id, key, guild_id AS guildId, timezone, locale, seeded_at AS seededAt FROM calendars WHERE key = ?',
      ),
      insertCalendar: prepare(
        'INSERT INTO calendars (key, guild_id, timezone, created_at) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO NOTHING',
      ),
      guildOf: prepare('SELECT guild_id AS guildId FROM calendars WHERE id = ?'),
      markSeeded: prepare('UPDATE calendars SET seeded_at = ? WHERE id = ?'),
      setCalendarZone: prepare('UPDATE calendars SET timezone = ? WHERE id = ?'),
      setCalendarLocale: prepare('UPDATE calendars SET locale = ? WHERE id = ?'),
      calendarById: prepare('SELECT id, timezone, locale FROM calendars WHERE id = ?'),
      zonelessMeetings: prepare(`
        SELECT id, precision, start_date AS date, end_date AS endDate, start_time AS time, end_time AS endTime
        FROM meetings WHERE calendar_id = ? AND timezone IS NULL`),
      retime: prepare('UPDATE meetings SET starts_at = @startsAt, ends_at = @endsAt, span_class = @spanClass WHERE id = @id'),

      sourceById: prepare(`
        SELECT id, title, outlet, url, language, published, timezone, text FROM sources WHERE id = ? AND calendar_id = ?`),
      deleteUnusedSource: prepare(`
        DELETE FROM sources WHERE id = ? AND calendar_id = ?
          AND NOT EXISTS (SELECT 1 FROM meeting_sources WHERE source_id = sources.id)`),
      sourceByHash: prepare('SELECT id FROM sources WHERE calendar_id = ? AND text_hash = ?'),
      insertSource: prepare(`
        INSERT INTO sources (calendar_id, title, outlet, url, language, published, timezone, text, text_hash, created_at)
        VALUES (@calendarId, @title, @outlet, @url, @language, @published, @timezone, @text, @hash, @now)`),

      meetingByExternalKey: prepare('SELECT number FROM meetings WHERE calendar_id = ? AND external_key = ?'),
      // Meetings are numbered within their calendar; a number is never given twice (migration 0004).
      nextMeetingNumber: prepare(
        'UPDATE calendars SET last_meeting_number = last_meeting_number + 1 WHERE id = ? RETURNING last_meeting_number AS number',
      ),
      rowIdsOfNumbers: prepare(
        'SELECT id, number FROM meetings WHERE calendar_id = ? AND number IN (SELECT value FROM json_each(?))',
      ),
      insertMeeting: prepare(`
        INSERT INTO meetings (calendar_id, number, external_key, title, title_ar, precision, start_date, end_date,
          start_time, end_time, starts_at, ends_at, span_class, timezone, place_id, status, evidence,
          search_key, created_at, updated_at)
        VALUES (@calendarId, @number, @externalKey, @title, @titleAr, @precision, @date, @endDate, @time, @endTime,
          @startsAt, @endsAt, @spanClass, @timezone, @placeId, @status, @evidence, @searchKey, @now, @now)`),
      updateMeeting: prepare(`
        UPDATE meetings SET title = @title, title_ar = @titleAr, precision = @precision, start_date = @date,
          end_date = @endDate, start_time = @time, end_time = @endTime, starts_at = @startsAt, ends_at = @endsAt,
          span_class = @spanClass, timezone = @timezone, place_id = @placeId, status = @status,
          evidence = @evidence, search_key = @searchKey, updated_at = @now
        WHERE number = @number AND calendar_id = @calendarId
        RETURNING id`),
      setStatus: prepare('UPDATE meetings SET status = ?, updated_at = ? WHERE number = ? AND calendar_id = ?'),
      deleteMeeting: prepare('DELETE FROM meetings WHERE number = ? AND calendar_id = ?'),
      clearMeetingParticipants: prepare('DELETE FROM meeting_participants WHERE meeting_id = ?'),
      linkParticipant: prepare(`
        INSERT INTO meeting_participants (meeting_id, participant_id, position, role) VALUES (?, ?, ?, ?)
        ON CONFLICT (meeting_id, participant_id) DO UPDATE SET role = COALESCE(excluded.role, role)`),
      linkSource: prepare(`
        INSERT INTO meeting_sources (meeting_id, source_id, evidence) VALUES (?, ?, ?)
        ON CONFLICT (meeting_id, source_id) DO NOTHING`),

      wholeParticipantByKey: prepare(`
        SELECT p.id, p.name, p.name_ar AS nameAr, p.kind, p.role FROM participant_keys k
        JOIN participants p ON p.id = k.participant_id
        WHERE k.calendar_id = ? AND k.key = ? AND k.whole = 1 ORDER BY p.kind = ? DESC, p.id LIMIT 1`),
      insertParticipant: prepare(
        'INSERT INTO participants (calendar_id, kind, name, name_ar, role) VALUES (?, ?, ?, ?, ?)',
      ),
      fillParticipant: prepare(`
        UPDATE participants SET name = COALESCE(name, ?), name_ar = COALESCE(name_ar, ?), role = COALESCE(role, ?)
        WHERE id = ?`),
      insertParticipantKey: prepare(
        'INSERT INTO participant_keys (calendar_id, key, participant_id, whole) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET whole = MAX(whole, excluded.whole)',
      ),
      insertAlias: prepare('INSERT INTO participant_aliases (participant_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING'),

      wholePlaceByKey: prepare(`
        SELECT p.id FROM place_keys k JOIN places p ON p.id = k.place_id
        WHERE k.calendar_id = ? AND k.key = ? AND k.whole = 1 ORDER BY p.id LIMIT 1`),
      insertPlace: prepare('INSERT INTO places (calendar_id, name, name_ar, country, timezone) VALUES (?, ?, ?, ?, ?)'),
      fillPlace: prepare(`
        UPDATE places SET name = COALESCE(name, ?), name_ar = COALESCE(name_ar, ?), country = COALESCE(country, ?),
          timezone = COALESCE(timezone, ?) WHERE id = ?`),
      insertPlaceKey: prepare(
        'INSERT INTO place_keys (calendar_id, key, place_id, whole) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET whole = MAX(whole, excluded.whole)',
      ),

      // A window [@from, @to) is searched in every span class at once, each an index range with
      // the class's own bounds (src/calendar/meeting-time.ts): one statement, not one a class.
      windowCount: prepare(`
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
      pastCount: prepare(`
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
      dayRows: prepare(
        eachSpanClass(
          (k, c) => `SELECT id, precision, starts_at AS startsAt, ends_at AS endsAt FROM meetings
            WHERE calendar_id = @calendarId AND span_class = ${k}
              AND starts_at > @from - ${c.longestMs} AND starts_at < @to AND start_date <= @lastDay AND end_date >= @firstDay`,
          ' UNION ALL ',
        ),
      ),
      summaryRows: prepare(`SELECT ${SUMMARY_COLUMNS} ${MEETINGS_BY_ID}`),
      meetingRows: prepare(`SELECT ${SUMMARY_COLUMNS}, ${DETAIL_COLUMNS} ${MEETINGS_BY_ID}`),

      participantKeysFrom: keysFrom('participant_keys', 'participant_id'),
      participantsById: prepare(`
        SELECT id, name, name_ar AS nameAr, kind, role FROM participants
        WHERE calendar_id = ? AND id IN (SELECT value FROM json_each(?))`),
      // A name typed in full: one probe of the key (no subquery: its sorts cost more than the probe).
      participantsByKey: prepare(`
        SELECT p.id, p.name, p.name_ar AS nameAr, p.kind, p.role
        FROM participant_keys k JOIN participants p ON p.id = k.participant_id
        WHERE k.calendar_id = @calendarId AND k.key = @key
        ORDER BY k.whole DESC, p.id LIMIT ${NAME_MATCHES}`),
      participantSummaries: prepare(`
        SELECT p.id, p.name, p.name_ar AS nameAr, p.kind, p.role, count(mp.meeting_id) AS meetingCount,
          (SELECT json_group_array(alias) FROM participant_aliases a WHERE a.participant_id = p.id) AS aliases
        FROM participants p LEFT JOIN meeting_participants mp ON mp.participant_id = p.id
        WHERE p.calendar_id = @calendarId AND (@ids IS NULL OR p.id IN (SELECT value FROM json_each(@ids)))
        GROUP BY p.id
        ORDER BY meetingCount DESC, COALESCE(p.name, p.name_ar)`),
      placeKeysFrom: keysFrom('place_keys', 'place_id'),
      placesByKey: prepare(`
        SELECT place_id AS id FROM place_keys WHERE calendar_id = @calendarId AND key = @key
        ORDER BY whole DESC, place_id LIMIT ${NAME_MATCHES}`),
      placeSummaries: prepare(`
        SELECT p.id, p.name, p.name_ar AS nameAr, p.country, p.timezone, count(m.id) AS meetingCount
        FROM places p LEFT JOIN meetings m ON m.place_id = p.id
        WHERE p.calendar_id = @calendarId AND p.id IN (SELECT value FROM json_each(@ids))
        GROUP BY p.id`),
      placeList: prepare(`
        SELECT p.id, p.name, p.name_ar AS nameAr, p.country, p.timezone, count(m.id) AS meetingCount
        FROM places p LEFT JOIN meetings m ON m.place_id = p.id
        WHERE p.calendar_id = @calendarId
        GROUP BY p.id
        ORDER BY meetingCount DESC, COALESCE(p.name, p.name_ar)
        LIMIT @limit`),
      meetingsByTitle: new LimitedStatement(
        db,
        (limit) => `
          SELECT id FROM meetings WHERE calendar_id = @calendarId AND instr(search_key, @key) > 0
          ORDER BY abs(starts_at - @near) LIMIT ${limit}`,
      ),
      countMeetings: prepare('SELECT count(*) AS n FROM meetings WHERE calendar_id = ?'),
    };
  }

  // ---- calendars -------------------------------------------------------------------------

  /** The calendar with this key, created (empty, in `timezone`) when it does not exist yet. */
  calendar(
    key: string,
    options: { guildId?: string | null; timezone?: string; now: number },
  ): CalendarRow & { created: boolean } {
    const created = this.statements.insertCalendar.run(key, options.guildId ?? null, options.timezone ?? 'UTC', options.now);
    return { ...(this.statements.calendarByKey.get(key) as CalendarRow), created: created.changes === 1 };
  }

  /** The server a calendar belongs to (null for the terminal's). */
  guildOf(calendarId: number): string | null {
    return (this.statements.guildOf.get(calendarId) as { guildId: string | null } | undefined)?.guildId ?? null;
  }

  markSeeded(calendarId: number, at: number): void {
    this.statements.markSeeded.run(at, calendarId);
  }

  /**
   * Sets the calendar's own zone. Meetings whose place gives no zone keep their local days and
   * clock times, so their instants move with it; one transaction.
   */
  setCalendarZone(calendarId: number, zone: string): void {
    this.db.transaction(() => {
      this.statements.setCalendarZone.run(zone, calendarId);
      const meetings = this.statements.zonelessMeetings.all(calendarId) as (MeetingTimeInput & { id: number })[];
      for (const meeting of meetings) {
        const { startsAt, endsAt, spanClass } = resolveMeetingTime(meeting, zone);
        this.statements.retime.run({ id: meeting.id, startsAt, endsAt, spanClass });
      }
    })();
  }

  /** The language a calendar answers in (null: each reader's Discord client decides). */
  setCalendarLocale(calendarId: number, locale: 'ar' | 'en' | null): void {
    this.statements.setCalendarLocale.run(locale, calendarId);
  }

  /** A calendar's settings as the queries need them. */
  calendarRef(calendarId: number): CalendarRef {
    return this.statements.calendarById.get(calendarId) as CalendarRef;
  }

  countMeetings(calendarId: number): number {
    return (this.statements.countMeetings.get(calendarId) as { n: number }).n;
  }

  // ---- writing ---------------------------------------------------------------------------

  /** Stores an article once per calendar (the same text again returns the same id). */
  addSource(calendarId: number, source: SourceDraft, now: number): number {
    const hash = createHash('sha256').update(source.text.trim()).digest('hex');
    const existing = this.statements.sourceByHash.get(calendarId, hash) as { id: number } | undefined;
    if (existing) return existing.id;
    return Number(this.statements.insertSource.run({ ...source, calendarId, hash, now }).lastInsertRowid);
  }

  /**
   * Adds meetings in one transaction: all of them or none. A draft whose `externalKey` is
   * already in the calendar is left as it is. Returns their numbers, in the drafts' order.
   */
  addMeetings(
    calendar: Pick<CalendarRow, 'id' | 'timezone'>,
    drafts: readonly MeetingDraft[],
    options: { now: number; sourceId?: number | null },
  ): number[] {
    return this.db.transaction(() =>
      drafts.map((draft) => {
        if (draft.externalKey) {
          const existing = this.statements.meetingByExternalKey.get(calendar.id, draft.externalKey) as
            | { number: number }
            | undefined;
          if (existing) return existing.number;
        }
        const { number } = this.statements.nextMeetingNumber.get(calendar.id) as { number: number };
        const rowId = Number(
          this.statements.insertMeeting.run({ ...this.meetingParameters(calendar, draft, options.now), number }).lastInsertRowid,
        );
        this.linkParticipants(calendar.id, rowId, draft.participants);
        if (options.sourceId != null) this.statements.linkSource.run(rowId, options.sourceId, draft.evidence);
        return number;
      }),
    )();
  }

  /** Replaces a meeting's fields and participants. Throws a `UserError` for an unknown id. */
  updateMeeting(calendar: Pick<CalendarRow, 'id' | 'timezone'>, id: number, draft: MeetingDraft, now: number): void {
    this.db.transaction(() => {
      const row = this.statements.updateMeeting.get({ ...this.meetingParameters(calendar, draft, now), number: id }) as
        | { id: number }
        | undefined;
      if (!row) throw unknownMeeting(id);
      this.statements.clearMeetingParticipants.run(row.id);
      this.linkParticipants(calendar.id, row.id, draft.participants);
    })();
  }

  source(calendarId: number, id: number): (SourceDraft & { id: number }) | null {
    return (this.statements.sourceById.get(id, calendarId) as (SourceDraft & { id: number }) | undefined) ?? null;
  }

  deleteUnusedSource(calendarId: number, id: number): boolean {
    return this.statements.deleteUnusedSource.run(id, calendarId).changes === 1;
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /** Links one more source article to a meeting (an article that reports it again). */
  addMeetingSource(calendarId: number, id: number, sourceId: number, evidence: string | null): void {
    const [rowId] = this.rowIds(calendarId, [id]);
    if (rowId === undefined) throw unknownMeeting(id);
    this.statements.linkSource.run(rowId, sourceId, evidence);
  }

  setStatus(calendarId: number, id: number, status: MeetingStatus, now: number): void {
    if (this.statements.setStatus.run(status, now, id, calendarId).changes === 0) throw unknownMeeting(id);
  }

  deleteMeeting(calendarId: number, id: number): void {
    if (this.statements.deleteMeeting.run(id, calendarId).changes === 0) throw unknownMeeting(id);
  }

  private meetingParameters(calendar: Pick<CalendarRow, 'id' | 'timezone'>, draft: MeetingDraft, now: number) {
    const time = resolveMeetingTime(draft, draft.timezone ?? calendar.timezone);
    if (!draft.title?.trim() && !draft.titleAr?.trim()) throw new UserError('meetingNeedsTitle');
    return {
      calendarId: calendar.id,
      externalKey: draft.externalKey ?? null,
      title: draft.title?.trim() || null,
      titleAr: draft.titleAr?.trim() || null,
      precision: draft.precision,
      ...time,
      timezone: draft.timezone,
      placeId: this.placeId(calendar.id, draft.place, draft.timezone),
      status: draft.status,
      evidence: draft.evidence,
      searchKey: [draft.title, draft.titleAr].map((t) => nameKey(t ?? '')).join(' | '),
      now,
    };
  }

  private linkParticipants(calendarId: number, meetingId: number, participants: readonly ParticipantDraft[]): void {
    participants.forEach((participant, position) => {
      const participantId = this.participantId(calendarId, participant);
      this.statements.linkParticipant.run(meetingId, participantId, position, participant.role ?? null);
    });
  }

  /** The participant a draft names: found by a whole name in either script, else created. */
  private participantId(calendarId: number, draft: ParticipantDraft): number {
    const names = [draft.name, draft.nameAr, ...(draft.aliases ?? [])].filter((n): n is string => !!n?.trim());
    if (names.length === 0) throw new UserError('participantNeedsName');
    let found: Participant | undefined;
    for (const name of names) {
      found = this.statements.wholeParticipantByKey.get(calendarId, nameKey(name), draft.kind) as Participant | undefined;
      if (found) break;
    }
    let id: number;
    if (found) {
      id = found.id;
      this.statements.fillParticipant.run(draft.name ?? null, draft.nameAr ?? null, draft.role ?? null, id);
    } else {
      id = Number(
        this.statements.insertParticipant.run(calendarId, draft.kind, draft.name ?? null, draft.nameAr ?? null, draft.role ?? null)
          .lastInsertRowid,
      );
    }
    for (const alias of draft.aliases ?? []) this.statements.insertAlias.run(id, alias);
    for (const name of names) this.addKeys(this.statements.insertParticipantKey, calendarId, name, id);
    return id;
  }

  private placeId(calendarId: number, place: Place, timezone: string | null): number | null {
    const names = [place.name, place.nameAr].filter((n): n is string => !!n?.trim());
    if (names.length === 0) return null;
    let id: number | undefined;
    for (const name of names) {
      id = (this.statements.wholePlaceByKey.get(calendarId, nameKey(name)) as { id: number } | undefined)?.id;
      if (id !== undefined) break;
    }
    if (id === undefined) {
      id = Number(
        this.statements.insertPlace.run(calendarId, place.name, place.nameAr, place.country, timezone).lastInsertRowid,
      );
    } else {
      this.statements.fillPlace.run(place.name, place.nameAr, place.country, timezone, id);
    }
    for (const name of names) this.addKeys(this.statements.insertPlaceKey, calendarId, name, id);
    return id;
  }

  private addKeys(statement: { run(...args: unknown[]): unknown }, calendarId: number, name: string, id: number): void {
    for (const { key, whole } of searchKeys(name)) statement.run(calendarId, key, id, whole ? 1 : 0);
  }

  // ---- reading ---------------------------------------------------------------------------

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
    return this.summaries(ids);
  }

  /** Meetings on any local day from `firstDay` to `lastDay` (inclusive), each in its own zone. */
  meetingsOnDays(
    calendarId: number,
    firstDay: string,
    lastDay: string,
    page: PageRequest = EVERYTHING,
  ): MeetingPage {
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
    return this.summaries(rows.slice(page.offset, wanted).map((r) => r.id));
  }

  /** One meeting of this calendar, or a `UserError` saying there is none. */
  meeting(calendarId: number, id: number): Meeting {
    const [meeting] = this.meetings(calendarId, [id]);
    if (!meeting) throw unknownMeeting(id);
    return meeting;
  }

  meetings(calendarId: number, ids: readonly number[]): Meeting[] {
    return inOrder(this.rowIds(calendarId, ids), this.statements.meetingRows, toMeeting);
  }

  /** These meetings of the calendar as their lines show them, in the order of `ids` (others' left out). */
  meetingSummaries(calendarId: number, ids: readonly number[]): MeetingSummary[] {
    return this.summaries(this.rowIds(calendarId, ids));
  }

  /** The row ids of meetings of this calendar by their numbers, in that order (unknown ones left out). */
  private rowIds(calendarId: number, numbers: readonly number[]): number[] {
    if (numbers.length === 0) return [];
    const rows = this.statements.rowIdsOfNumbers.all(calendarId, JSON.stringify(numbers)) as { id: number; number: number }[];
    return inOrderOf(numbers, rows, (row) => row.number).map((row) => row.id);
  }

  /** Meetings whose title (either script) holds `query`, those nearest to `near` first. */
  findMeetings(calendarId: number, query: string, near: number, limit = 25): Meeting[] {
    const key = nameKey(query);
    if (!key) return [];
    const rows = this.statements.meetingsByTitle.all(limit, { calendarId, key, near }) as { id: number }[];
    return inOrder(rows.slice(0, limit).map((r) => r.id), this.statements.meetingRows, toMeeting);
  }

  /** Participants whose names (any script, any word onwards) start with `query`: the exact name first, then alphabetically. */
  findParticipants(calendarId: number, query: string): Participant[] {
    const ids = this.namesFrom(this.statements.participantKeysFrom, calendarId, query);
    if (ids.length === 0) return [];
    return inOrderOf(ids, this.statements.participantsById.all(calendarId, JSON.stringify(ids)) as Participant[], (p) => p.id);
  }

  /** Participants `name` names exactly (any script, any word onwards), whole names first. */
  participantsNamed(calendarId: number, name: string): Participant[] {
    return this.byName(this.statements.participantsByKey, calendarId, name) as Participant[];
  }

  /** Places whose names start with `query`: the exact name first, then alphabetically. */
  findPlaces(calendarId: number, query: string): PlaceSummary[] {
    return this.placesInOrder(calendarId, this.namesFrom(this.statements.placeKeysFrom, calendarId, query));
  }

  /** Places `name` names exactly, whole names first. */
  placesNamed(calendarId: number, name: string): PlaceSummary[] {
    return this.placesInOrder(calendarId, (this.byName(this.statements.placesByKey, calendarId, name) as { id: number }[]).map((hit) => hit.id));
  }

  /** Runs a name search on the typed text's folded key; nothing for text with no letters or digits. */
  private byName(statement: Statement, calendarId: number, typed: string): unknown[] {
    const key = nameKey(typed);
    return key ? statement.all({ calendarId, key, keyEnd: `${key}\uffff` }) : [];
  }

  /**
   * The first NAME_MATCHES distinct ids of a key-ordered search from the typed text's key. It
   * stops reading there: a three-letter prefix can begin thousands of keys.
   */
  private namesFrom(statement: Statement, calendarId: number, typed: string): number[] {
    const key = nameKey(typed);
    if (!key) return [];
    const ids = new Set<number>();
    for (const row of statement.iterate({ calendarId, key, keyEnd: `${key}\uffff` }) as IterableIterator<{ id: number }>) {
      ids.add(row.id);
      if (ids.size === NAME_MATCHES) break;
    }
    return [...ids];
  }

  private placesInOrder(calendarId: number, ids: readonly number[]): PlaceSummary[] {
    return ids.length === 0 ? [] : inOrderOf(ids, this.placesById(calendarId, ids), (place) => place.id);
  }

  /** Places of this calendar by id, with their meeting counts. */
  placesById(calendarId: number, ids: readonly number[]): PlaceSummary[] {
    return this.statements.placeSummaries.all({ calendarId, ids: JSON.stringify(ids) }) as PlaceSummary[];
  }

  /** The calendar's places with their meeting counts, most meetings first. */
  placeList(calendarId: number, limit = Number.MAX_SAFE_INTEGER): PlaceSummary[] {
    return this.statements.placeList.all({ calendarId, limit }) as PlaceSummary[];
  }

  /** Participants with their meeting counts, most meetings first; only `ids` when given. */
  participantSummaries(calendarId: number, ids?: readonly number[]): ParticipantSummary[] {
    const rows = this.statements.participantSummaries.all({
      calendarId,
      ids: ids ? JSON.stringify(ids) : null,
    }) as (Omit<ParticipantSummary, 'aliases'> & { aliases: string })[];
    return rows.map((row) => ({ ...row, aliases: JSON.parse(row.aliases) as string[] }));
  }

  /** A window of some participants' meetings or at some places (or both): one statement. */
  private filteredWindow(calendarId: number, from: number, to: number, filter: WindowFilter, page: PageRequest): MeetingPage {
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
    return { meetings: this.summaries(ids), total: rows[0]?.total ?? 0 };
  }

  private page(sorted: WindowRow[], page: PageRequest): MeetingPage {
    const ids = sorted.slice(page.offset, page.offset + page.limit).map((r) => r.id);
    return { meetings: this.summaries(ids), total: sorted.length };
  }

  /** Meetings as their listing lines show them, by row id, in that order (of the calendar asked: callers found them in it). */
  private summaries(rowIds: readonly number[]): MeetingSummary[] {
    return inOrder(rowIds, this.statements.summaryRows, toSummary);
  }
}

/** `rows` put in the order of `keys` (SQL's `IN` list gives no order); keys with no row are left out. */
function inOrderOf<T>(keys: readonly number[], rows: readonly T[], keyOf: (row: T) => number): T[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.flatMap((key) => byKey.get(key) ?? []);
}

/** The rows of `rowIds` (read with one statement), converted, in the order of `rowIds`. */
function inOrder<Row extends { rowId: number }, T>(rowIds: readonly number[], statement: Statement, convert: (row: Row) => T): T[] {
  if (rowIds.length === 0) return [];
  return inOrderOf(rowIds, statement.all(JSON.stringify(rowIds)) as Row[], (row) => row.rowId).map(convert);
}

function toSummary(row: SummaryRow): MeetingSummary {
  return {
    id: row.id,
    calendarId: row.calendar_id,
    title: row.title,
    titleAr: row.title_ar,
    precision: row.precision,
    date: row.start_date,
    endDate: row.end_date,
    time: row.start_time,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timezone: row.timezone,
    zone: row.timezone ?? row.calendar_timezone,
    place: { name: row.place_name, nameAr: row.place_name_ar, country: row.place_country },
    status: row.status,
  };
}

function toMeeting(row: MeetingRow): Meeting {
  return {
    ...toSummary(row),
    evidence: row.evidence,
    participants: JSON.parse(row.participants) as MeetingParticipant[],
    sources: JSON.parse(row.sources) as MeetingSource[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function unknownMeeting(id: number): UserError {
  return new UserError('noMeeting', id);
}
