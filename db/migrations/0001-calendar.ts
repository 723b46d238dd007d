import type { Migration } from './migration.js';

/** Calendars (one per server, one for the terminal), meetings, places, participants, sources. */
export const calendar: Migration = {
  version: 1,
  name: 'calendar',
  up(db) {
    db.exec(`
      CREATE TABLE calendars (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,            -- 'local' or 'guild:<snowflake>'
        guild_id TEXT UNIQUE,                -- Discord ids are TEXT: snowflakes exceed 2^53
        timezone TEXT NOT NULL DEFAULT 'UTC',
        locale TEXT CHECK (locale IN ('ar', 'en')),  -- replies and reminders; NULL: each reader's client
        seeded_at INTEGER,
        created_at INTEGER NOT NULL
      );

      CREATE TABLE places (
        id INTEGER PRIMARY KEY,
        calendar_id INTEGER NOT NULL REFERENCES calendars(id) ON DELETE CASCADE,
        name TEXT,
        name_ar TEXT,
        country TEXT,
        timezone TEXT,
        CHECK (name IS NOT NULL OR name_ar IS NOT NULL)
      );
      CREATE INDEX places_by_calendar ON places(calendar_id);

      CREATE TABLE participants (
        id INTEGER PRIMARY KEY,
        calendar_id INTEGER NOT NULL REFERENCES calendars(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('person', 'country', 'organization')),
        name TEXT,
        name_ar TEXT,
        role TEXT,
        CHECK (name IS NOT NULL OR name_ar IS NOT NULL)
      );
      CREATE INDEX participants_by_calendar ON participants(calendar_id);

      CREATE TABLE participant_aliases (
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        PRIMARY KEY (participant_id, alias)
      ) WITHOUT ROWID;

      -- Search keys (see src/names/normalize.ts): every name and each of its word tails.
      CREATE TABLE participant_keys (
        calendar_id INTEGER NOT NULL,
        key TEXT NOT NULL,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        whole INTEGER NOT NULL,              -- 1: a whole name, 0: a tail of one
        PRIMARY KEY (calendar_id, key, participant_id)
      ) WITHOUT ROWID;
      CREATE INDEX participant_keys_by_participant ON participant_keys(participant_id);

      CREATE TABLE place_keys (
        calendar_id INTEGER NOT NULL,
        key TEXT NOT NULL,
        place_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
        whole INTEGER NOT NULL,
        PRIMARY KEY (calendar_id, key, place_id)
      ) WITHOUT ROWID;
      CREATE INDEX place_keys_by_place ON place_keys(place_id);

      CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        calendar_id INTEGER NOT NULL REFERENCES calendars(id) ON DELETE CASCADE,
        title TEXT,
        outlet TEXT,
        url TEXT,
        language TEXT,
        published TEXT,                      -- YYYY-MM-DD
        timezone TEXT,
        text TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        UNIQUE (calendar_id, text_hash)
      );

      CREATE TABLE meetings (
        id INTEGER PRIMARY KEY,
        calendar_id INTEGER NOT NULL REFERENCES calendars(id) ON DELETE CASCADE,
        external_key TEXT,
        title TEXT,
        title_ar TEXT,
        precision TEXT NOT NULL CHECK (precision IN ('minute', 'day', 'week', 'month')),
        start_date TEXT NOT NULL,            -- local days, YYYY-MM-DD, in the meeting's zone
        end_date TEXT NOT NULL,
        start_time TEXT,                     -- local HH:mm, minute precision only
        end_time TEXT,
        starts_at INTEGER NOT NULL,          -- UTC epoch ms
        ends_at INTEGER NOT NULL,            -- UTC epoch ms, exclusive
        -- How long the meeting spans (0: up to 2 days, 1: 8, 2: 32, 3: longer): lets a time
        -- window be searched by start with a bounded look-back for each class.
        span_class INTEGER NOT NULL,
        timezone TEXT,                       -- IANA zone of the place; NULL: the calendar's
        place_id INTEGER REFERENCES places(id) ON DELETE SET NULL,
        status TEXT NOT NULL CHECK (status IN ('held', 'scheduled', 'tentative', 'cancelled')),
        evidence TEXT,
        search_key TEXT NOT NULL,            -- both titles, folded (src/names/normalize.ts)
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        CHECK (title IS NOT NULL OR title_ar IS NOT NULL),
        CHECK (ends_at >= starts_at),
        UNIQUE (calendar_id, external_key)
      );
      CREATE INDEX meetings_by_start ON meetings(calendar_id, span_class, starts_at, ends_at);
      CREATE INDEX meetings_by_place ON meetings(place_id, starts_at);

      CREATE TABLE meeting_participants (
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        role TEXT,
        PRIMARY KEY (meeting_id, participant_id)
      ) WITHOUT ROWID;
      CREATE INDEX meeting_participants_by_participant ON meeting_participants(participant_id, meeting_id);

      CREATE TABLE meeting_sources (
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        evidence TEXT,
        PRIMARY KEY (meeting_id, source_id)
      ) WITHOUT ROWID;
      CREATE INDEX meeting_sources_by_source ON meeting_sources(source_id);
    `);
  },
};
