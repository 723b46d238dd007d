/**
 * Writing a calendar's meetings and the articles that report them: meetings numbered within
 * their calendar, participants and places found by a whole name or created, sources stored
 * once per calendar. Inside db/ only: the rest of the code writes through a CalendarStore.
 */
import { articleKey } from '../src/calendar/article-key.js';
import { resolveMeetingTime } from '../src/calendar/meeting-time.js';
import type { ArticleImport } from '../src/calendar/store.js';
import type {
  MeetingDraft,
  MeetingStatus,
  Participant,
  ParticipantDraft,
  Place,
  SourceDraft,
} from '../src/calendar/types.js';
import { UserError } from '../src/errors.js';
import { nameKey, searchKeys } from '../src/names/normalize.js';
import { writeTransaction, type Db } from './connection.js';
import { unknownMeeting, type MeetingRows } from './meeting-rows.js';

/**
 * Told of each meeting a write adds or changes, inside the write's transaction (db/follows.ts:
 * the notices owed to those who follow its people and places).
 */
export interface MeetingWatcher {
  /** Whether writes to this calendar are watched (no one follows anything there: no work). */
  watches(calendarId: number): boolean;
  /** What is watched of a meeting, read before a change. */
  before(meetingId: number): unknown;
  /** A meeting was added (`before` undefined) or changed. */
  written(calendarId: number, meetingId: number, before: unknown, now: number): void;
}

export class MeetingWrites {
  readonly statements;
  /** Set once by the app (following people); none in most tests. */
  watcher: MeetingWatcher | null = null;

  constructor(
    private readonly db: Db,
    private readonly rows: MeetingRows,
  ) {
    const prepare = (sql: string) => db.prepare(sql);
    this.statements = {
      sourceById: prepare(`
        SELECT id, title, outlet, url, language, published, timezone, text FROM sources WHERE id = ? AND calendar_id = ?`),
      deleteUnusedSource: prepare(`
        DELETE FROM sources WHERE id = ? AND calendar_id = ?
          AND NOT EXISTS (SELECT 1 FROM meeting_sources WHERE source_id = sources.id)`),
      sourceByHash: prepare('SELECT id FROM sources WHERE calendar_id = ? AND text_hash = ?'),
      insertSource: prepare(`
        INSERT INTO sources (calendar_id, title, outlet, url, language, published, timezone, text, text_hash, created_at)
        VALUES (@calendarId, @title, @outlet, @url, @language, @published, @timezone, @text, @hash, @now)`),
      articleMeetings: prepare(`
        SELECT a.position, m.number FROM article_meetings a
        JOIN sources s ON s.id = a.source_id AND s.calendar_id = ?
        LEFT JOIN meetings m ON m.id = a.meeting_id
        WHERE a.source_id = ?`),
      recordArticleMeeting: prepare(`
        INSERT INTO article_meetings (source_id, position, meeting_id)
        SELECT ?, ?, id FROM meetings WHERE calendar_id = ? AND number = ?
        ON CONFLICT (source_id, position) DO UPDATE SET meeting_id = excluded.meeting_id`),
      articleImport: prepare(`
        SELECT a.imported_by AS by, a.imported_at AS at FROM article_imports a
        JOIN sources s ON s.id = a.source_id AND s.calendar_id = ?
        WHERE a.source_id = ? AND a.preview = ?`),
      recordArticleImport: prepare(`
        INSERT INTO article_imports (source_id, preview, imported_by, imported_at)
        SELECT id, ?, ?, ? FROM sources WHERE id = ? AND calendar_id = ?`),

      // The zone of meetings whose place has none, read in the write's own transaction.
      calendarZone: prepare('SELECT timezone FROM calendars WHERE id = ?'),
      meetingByExternalKey: prepare('SELECT number FROM meetings WHERE calendar_id = ? AND external_key = ?'),
      // Meetings are numbered within their calendar; a number is never given twice (migration 0004).
      nextMeetingNumber: prepare(
        'UPDATE calendars SET last_meeting_number = last_meeting_number + 1 WHERE id = ? RETURNING last_meeting_number AS number',
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
      unlinkSource: prepare('DELETE FROM meeting_sources WHERE meeting_id = ? AND source_id = ?'),
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
      insertAlias: prepare(
        'INSERT INTO participant_aliases (participant_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING',
      ),

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
    };
  }

  // ---- sources ---------------------------------------------------------------------------

  /** Stores an article once per calendar (the same article again returns the same id: see articleKey). */
  addSource(calendarId: number, source: SourceDraft, now: number): number {
    const hash = articleKey(source.text, source.published);
    const existing = this.statements.sourceByHash.get(calendarId, hash) as { id: number } | undefined;
    if (existing) return existing.id;
    return Number(this.statements.insertSource.run({ ...source, calendarId, hash, now }).lastInsertRowid);
  }

  source(calendarId: number, id: number): (SourceDraft & { id: number }) | null {
    return (this.statements.sourceById.get(id, calendarId) as (SourceDraft & { id: number }) | undefined) ?? null;
  }

  deleteUnusedSource(calendarId: number, id: number): boolean {
    return this.statements.deleteUnusedSource.run(id, calendarId).changes === 1;
  }

  /** The meetings an article made, by their position in it (null: deleted since). */
  articleMeetings(calendarId: number, sourceId: number): Map<number, number | null> {
    const rows = this.statements.articleMeetings.all(calendarId, sourceId) as {
      position: number;
      number: number | null;
    }[];
    return new Map(rows.map((row) => [row.position, row.number]));
  }

  recordArticleMeeting(calendarId: number, sourceId: number, position: number, number: number): void {
    this.statements.recordArticleMeeting.run(sourceId, position, calendarId, number);
  }

  /** Who confirmed this preview of an article, and when; null when it never was. */
  articleImport(calendarId: number, sourceId: number, preview: string): ArticleImport | null {
    return (this.statements.articleImport.get(calendarId, sourceId, preview) as ArticleImport | undefined) ?? null;
  }

  recordArticleImport(calendarId: number, sourceId: number, preview: string, by: string, at: number): void {
    this.statements.recordArticleImport.run(preview, by, at, sourceId, calendarId);
  }

  /** Links one more source article to a meeting (an article that reports it again). */
  addMeetingSource(calendarId: number, number: number, sourceId: number, evidence: string | null): void {
    const [rowId] = this.rows.rowIds(calendarId, [number]);
    if (rowId === undefined) throw unknownMeeting(number);
    this.statements.linkSource.run(rowId, sourceId, evidence);
  }

  /** No longer cites the source for the meeting (an undone merge). */
  removeMeetingSource(calendarId: number, number: number, sourceId: number): void {
    const [rowId] = this.rows.rowIds(calendarId, [number]);
    if (rowId !== undefined) this.statements.unlinkSource.run(rowId, sourceId);
  }

  // ---- meetings --------------------------------------------------------------------------

  /**
   * Adds meetings in one transaction: all of them or none. A draft whose `externalKey` is
   * already in the calendar is left as it is. Returns their numbers, in the drafts' order.
   */
  addMeetings(
    calendarId: number,
    drafts: readonly MeetingDraft[],
    options: { now: number; sourceId?: number | null | undefined },
  ): number[] {
    return writeTransaction(this.db, () => {
      const calendar = this.calendar(calendarId);
      const watcher = this.watcher?.watches(calendarId) ? this.watcher : null;
      return drafts.map((draft) => {
        if (draft.externalKey) {
          const existing = this.statements.meetingByExternalKey.get(calendar.id, draft.externalKey) as
            { number: number } | undefined;
          if (existing) return existing.number;
        }
        const { number } = this.statements.nextMeetingNumber.get(calendar.id) as { number: number };
        const rowId = Number(
          this.statements.insertMeeting.run({ ...this.meetingParameters(calendar, draft, options.now), number })
            .lastInsertRowid,
        );
        this.linkParticipants(calendar.id, rowId, draft.participants);
        if (options.sourceId != null) this.statements.linkSource.run(rowId, options.sourceId, draft.evidence);
        watcher?.written(calendar.id, rowId, undefined, options.now);
        return number;
      });
    });
  }

  /** Replaces a meeting's fields and participants. Throws a `UserError` for an unknown number. */
  updateMeeting(calendarId: number, number: number, draft: MeetingDraft, now: number): void {
    writeTransaction(this.db, () => {
      const calendar = this.calendar(calendarId);
      const watched = this.watchedBefore(calendarId, number);
      const row = this.statements.updateMeeting.get({ ...this.meetingParameters(calendar, draft, now), number }) as
        { id: number } | undefined;
      if (!row) throw unknownMeeting(number);
      this.statements.clearMeetingParticipants.run(row.id);
      this.linkParticipants(calendar.id, row.id, draft.participants);
      if (watched) this.watcher?.written(calendarId, watched.rowId, watched.before, now);
    });
  }

  setStatus(calendarId: number, number: number, status: MeetingStatus, now: number): void {
    writeTransaction(this.db, () => {
      const watched = this.watchedBefore(calendarId, number);
      if (this.statements.setStatus.run(status, now, number, calendarId).changes === 0) throw unknownMeeting(number);
      if (watched) this.watcher?.written(calendarId, watched.rowId, watched.before, now);
    });
  }

  /** A watched meeting's row and state before a change; null when the calendar is not watched. */
  private watchedBefore(calendarId: number, number: number): { rowId: number; before: unknown } | null {
    if (!this.watcher?.watches(calendarId)) return null;
    const [rowId] = this.rows.rowIds(calendarId, [number]);
    return rowId === undefined ? null : { rowId, before: this.watcher.before(rowId) };
  }

  deleteMeeting(calendarId: number, number: number): void {
    if (this.statements.deleteMeeting.run(number, calendarId).changes === 0) throw unknownMeeting(number);
  }

  /** The calendar a write goes into: its id, and the zone of meetings whose place gives none. */
  private calendar(calendarId: number): { id: number; timezone: string } {
    const { timezone } = this.statements.calendarZone.get(calendarId) as { timezone: string };
    return { id: calendarId, timezone };
  }

  private meetingParameters(calendar: { id: number; timezone: string }, draft: MeetingDraft, now: number) {
    const time = resolveMeetingTime(draft, draft.timezone ?? calendar.timezone);
    if (!isVisible(draft.title) && !isVisible(draft.titleAr)) throw new UserError('meetingNeedsTitle');
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

  // ---- participants and places -----------------------------------------------------------

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
      found = this.statements.wholeParticipantByKey.get(calendarId, nameKey(name), draft.kind) as
        Participant | undefined;
      if (found) break;
    }
    let id: number;
    if (found) {
      id = found.id;
      this.statements.fillParticipant.run(draft.name ?? null, draft.nameAr ?? null, draft.role ?? null, id);
    } else {
      id = Number(
        this.statements.insertParticipant.run(
          calendarId,
          draft.kind,
          draft.name ?? null,
          draft.nameAr ?? null,
          draft.role ?? null,
        ).lastInsertRowid,
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
}

/**
 * Whether a title shows anything: not only spaces, controls, format characters (zero-width
 * ones, direction overrides and isolates) or the blank fillers some scripts have. A title made
 * of those reads as no title, and direction overrides alone can garble the lines around it.
 */
function isVisible(title: string | null | undefined): boolean {
  return !!title && VISIBLE.test(title);
}

const VISIBLE = /[^\s\p{Cc}\p{Cf}\u115f\u1160\u2800\u3164\uffa0]/u;
