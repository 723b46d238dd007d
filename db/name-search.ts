/**
 * Finding a calendar's participants, places and meetings by name, on folded keys
 * (src/names/normalize.ts) in any script and from any word onwards; and participants and
 * places with their meeting counts. Inside db/ only.
 */
import type { Close, ParticipantSummary, PlaceSummary } from '../src/calendar/store.js';
import type { Meeting, Participant } from '../src/calendar/types.js';
import { editDistance } from '../src/names/edit-distance.js';
import { nameKey } from '../src/names/normalize.js';
import type { Db, Statement } from './connection.js';
import { LimitedStatement } from './limited-statement.js';
import { inOrderOf, type MeetingRows } from './meeting-rows.js';

/**
 * How many names a search returns: Discord's 25 autocomplete choices. A constant in the SQL:
 * a LIMIT given as a parameter made these statements several times slower.
 */
export const NAME_MATCHES = 25;

export class NameSearch {
  readonly statements;

  constructor(
    db: Db,
    private readonly rows: MeetingRows,
  ) {
    const prepare = (sql: string) => db.prepare(sql);
    /**
     * The keys that start with @key (any word onwards), in key order, a whole name before the
     * names it ends: the name typed in full comes first, then the names it begins,
     * alphabetically. Read until enough names are found.
     */
    /** Every key of a calendar whose length is in [@shortest, @longest]: what a typo of a name may be. */
    const keysOfLength = (table: 'participant_keys' | 'place_keys', idColumn: 'participant_id' | 'place_id') =>
      prepare(`
        SELECT key, ${idColumn} AS id FROM ${table}
        WHERE calendar_id = @calendarId AND length(key) BETWEEN @shortest AND @longest`);
    const keysFrom = (table: 'participant_keys' | 'place_keys', idColumn: 'participant_id' | 'place_id') =>
      prepare(`
        SELECT ${idColumn} AS id FROM ${table}
        WHERE calendar_id = @calendarId AND key >= @key AND key < @keyEnd
        ORDER BY key, whole DESC`);
    this.statements = {
      participantKeysFrom: keysFrom('participant_keys', 'participant_id'),
      participantKeysOfLength: keysOfLength('participant_keys', 'participant_id'),
      placeKeysOfLength: keysOfLength('place_keys', 'place_id'),
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
    };
  }

  /** Meetings whose title (either script) holds `query`, those nearest to `near` first. */
  findMeetings(calendarId: number, query: string, near: number, limit = 25): Meeting[] {
    const key = nameKey(query);
    if (!key) return [];
    const rows = this.statements.meetingsByTitle.all(limit, { calendarId, key, near }) as { id: number }[];
    return this.rows.meetings(rows.slice(0, limit).map((r) => r.id));
  }

  /** Participants whose names (any script, any word onwards) start with `query`: the exact name first, then alphabetically. */
  findParticipants(calendarId: number, query: string): Participant[] {
    const ids = this.namesFrom(this.statements.participantKeysFrom, calendarId, query);
    if (ids.length === 0) return [];
    return inOrderOf(
      ids,
      this.statements.participantsById.all(calendarId, JSON.stringify(ids)) as Participant[],
      (p) => p.id,
    );
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
    return this.placesInOrder(
      calendarId,
      (this.byName(this.statements.placesByKey, calendarId, name) as { id: number }[]).map((hit) => hit.id),
    );
  }

  /** Participants whose name (any script, any word onwards) is at most `max` letters from `query`, nearest first. */
  closeParticipants(calendarId: number, query: string, max: number): Close<Participant>[] {
    const close = this.closest(this.statements.participantKeysOfLength, calendarId, query, max);
    const found = this.statements.participantsById.all(calendarId, JSON.stringify([...close.keys()])) as Participant[];
    return withDistances(close, found, (p) => p.id);
  }

  /** Places whose name is at most `max` letters from `query`, nearest first. */
  closePlaces(calendarId: number, query: string, max: number): Close<PlaceSummary>[] {
    const close = this.closest(this.statements.placeKeysOfLength, calendarId, query, max);
    return withDistances(close, this.placesById(calendarId, [...close.keys()]), (p) => p.id);
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
    for (const row of statement.iterate({ calendarId, key, keyEnd: `${key}\uffff` }) as IterableIterator<{
      id: number;
    }>) {
      ids.add(row.id);
      if (ids.size === NAME_MATCHES) break;
    }
    return [...ids];
  }

  /** The ids whose keys are within `max` letters of the typed text's key, each with its nearest distance. */
  private closest(statement: Statement, calendarId: number, typed: string, max: number): Map<number, number> {
    const key = nameKey(typed);
    const close = new Map<number, number>();
    if (!key) return close;
    const rows = statement.iterate({
      calendarId,
      shortest: key.length - max,
      longest: key.length + max,
    }) as IterableIterator<{ key: string; id: number }>;
    for (const row of rows) {
      const distance = editDistance(key, row.key, max);
      if (distance <= max && distance < (close.get(row.id) ?? Infinity)) close.set(row.id, distance);
    }
    return close;
  }

  private placesInOrder(calendarId: number, ids: readonly number[]): PlaceSummary[] {
    return ids.length === 0 ? [] : inOrderOf(ids, this.placesById(calendarId, ids), (place) => place.id);
  }
}

/** Found names with their distance from what was typed, nearest first (then by id: the older name). */
function withDistances<T>(distances: Map<number, number>, found: readonly T[], idOf: (item: T) => number): Close<T>[] {
  return found
    .map((item) => ({ item, distance: distances.get(idOf(item))! }))
    .sort((a, b) => a.distance - b.distance || idOf(a.item) - idOf(b.item));
}
