/**
 * Meetings read by row id, in the order asked, as their lines show them or in full: what every
 * listing, search and write of the calendar ends in. Inside db/ only.
 */
import type {
  Meeting,
  MeetingParticipant,
  MeetingSource,
  MeetingStatus,
  MeetingSummary,
  Precision,
} from '../src/calendar/types.js';
import { UserError } from '../src/errors.js';
import type { Db, Statement } from './connection.js';

interface SummaryRow {
  /** The row id: the key inside the database, never shown (people see `number`). */
  rowId: number;
  number: number;
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
  revision: number;
  /** JSON arrays of MeetingParticipant and MeetingSource, built by SQLite. */
  participants: string;
  sources: string;
}

/** What a listing line shows (MeetingSummary): a page of a listing loads no more. */
const SUMMARY_COLUMNS = `
  m.id AS rowId, m.number, m.calendar_id, m.title, m.title_ar, m.precision, m.start_date, m.end_date, m.start_time,
  m.starts_at, m.ends_at, m.timezone, c.timezone AS calendar_timezone,
  p.name AS place_name, p.name_ar AS place_name_ar, p.country AS place_country, m.status`;

/** The rest of a meeting in full, participants and sources as JSON arrays in its own row. */
const DETAIL_COLUMNS = `
  m.evidence, m.created_at, m.updated_at, m.revision,
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

export class MeetingRows {
  readonly statements;

  constructor(db: Db) {
    this.statements = {
      rowIdsOfNumbers: db.prepare(
        'SELECT id, number FROM meetings WHERE calendar_id = ? AND number IN (SELECT value FROM json_each(?))',
      ),
      summaryRows: db.prepare(`SELECT ${SUMMARY_COLUMNS} ${MEETINGS_BY_ID}`),
      meetingRows: db.prepare(`SELECT ${SUMMARY_COLUMNS}, ${DETAIL_COLUMNS} ${MEETINGS_BY_ID}`),
    };
  }

  /** The row ids of meetings of this calendar by their numbers, in that order (unknown ones left out). */
  rowIds(calendarId: number, numbers: readonly number[]): number[] {
    if (numbers.length === 0) return [];
    const rows = this.statements.rowIdsOfNumbers.all(calendarId, JSON.stringify(numbers)) as {
      id: number;
      number: number;
    }[];
    return inOrderOf(numbers, rows, (row) => row.number).map((row) => row.id);
  }

  /** Meetings as their listing lines show them, by row id, in that order (of the calendar asked: callers found them in it). */
  summaries(rowIds: readonly number[]): MeetingSummary[] {
    return inOrder(rowIds, this.statements.summaryRows, toSummary);
  }

  /** Meetings in full, by row id, in that order (callers found them in their calendar). */
  meetings(rowIds: readonly number[]): Meeting[] {
    return inOrder(rowIds, this.statements.meetingRows, toMeeting);
  }
}

/** `rows` put in the order of `keys` (SQL's `IN` list gives no order); keys with no row are left out. */
export function inOrderOf<T>(keys: readonly number[], rows: readonly T[], keyOf: (row: T) => number): T[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.flatMap((key) => byKey.get(key) ?? []);
}

/** The rows of `rowIds` (read with one statement), converted, in the order of `rowIds`. */
function inOrder<Row extends { rowId: number }, T>(
  rowIds: readonly number[],
  statement: Statement,
  convert: (row: Row) => T,
): T[] {
  if (rowIds.length === 0) return [];
  return inOrderOf(rowIds, statement.all(JSON.stringify(rowIds)) as Row[], (row) => row.rowId).map(convert);
}

function toSummary(row: SummaryRow): MeetingSummary {
  return {
    number: row.number,
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
    revision: row.revision,
  };
}

/** What a write or a read of a meeting number the calendar does not have says. */
export function unknownMeeting(number: number): UserError {
  return new UserError('noMeeting', number);
}
