/** The database file: migrations tracked in user_version, pragmas, and indexes the queries rely on. */
import Database, { type Statement } from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/connection.js';
import { DatabaseTooNewError, LATEST_VERSION, migrate } from '../../db/migrate.js';
import type { Migration } from '../../db/migrations/migration.js';
import { MIGRATIONS } from '../../db/migrations/index.js';
import { articleKey } from '../../src/calendar/article-key.js';
import { SPAN_CLASSES, spanClassOf } from '../../src/calendar/meeting-time.js';
import type { Precision } from '../../src/calendar/types.js';
import { openTestCalendar, tempDir, withTestCalendar } from '../helpers/calendar.js';

let dir: ReturnType<typeof tempDir>;
const open: Db[] = [];

beforeEach(() => {
  dir = tempDir();
});
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  dir.remove();
});

function openFile(name = 'diwan.sqlite'): Db {
  const db = openDatabase(dir.file(name));
  open.push(db);
  return db;
}

function rawFile(name = 'diwan.sqlite'): Db {
  const db = new Database(dir.file(name));
  open.push(db);
  return db;
}

const userVersion = (db: Db) => db.pragma('user_version', { simple: true }) as number;
const tables = (db: Db) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (r) => r.name,
  );

describe('a fresh database', () => {
  it('reaches the latest schema version', () => {
    const db = openFile();
    expect(LATEST_VERSION).toBe(MIGRATIONS.at(-1)!.version);
    expect(userVersion(db)).toBe(LATEST_VERSION);
    expect(tables(db)).toEqual(expect.arrayContaining(['calendars', 'meetings', 'participants', 'places', 'sources']));
  });

  it('is opened in WAL mode with foreign keys on and a busy timeout', () => {
    const db = openFile();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
  });

  it('refuses a meeting that points at a calendar that does not exist (foreign keys enforced)', () => {
    const db = openFile();
    expect(() =>
      db
        .prepare(
          `INSERT INTO meetings (calendar_id, title, precision, start_date, end_date, starts_at, ends_at, span_class,
             status, search_key, created_at, updated_at)
           VALUES (999, 'x', 'day', '2020-01-01', '2020-01-01', 0, 1, 0, 'held', 'x', 0, 0)`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('creates the directory the database path names', () => {
    const db = openDatabase(dir.file('nested/deeper/diwan.sqlite'));
    open.push(db);
    expect(userVersion(db)).toBe(LATEST_VERSION);
  });
});

describe('opening again', () => {
  it('applies no migration and keeps the meetings', () => {
    const first = openTestCalendar({ path: dir.file('diwan.sqlite') });
    const count = first.scope.store.countMeetings();
    first.close();

    const db = openFile();
    expect(migrate(db)).toEqual([]);
    expect(userVersion(db)).toBe(LATEST_VERSION);
    expect((db.prepare('SELECT count(*) AS n FROM meetings').get() as { n: number }).n).toBe(count);
    expect(count).toBeGreaterThan(0);
  });
});

describe('a database written by a newer Diwan', () => {
  it('is refused with DatabaseTooNewError naming both versions', () => {
    const raw = rawFile();
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();

    let error: unknown;
    try {
      openFile();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect((error as DatabaseTooNewError).found).toBe(LATEST_VERSION + 1);
    expect((error as DatabaseTooNewError).supported).toBe(LATEST_VERSION);
    expect((error as Error).message).toContain(String(LATEST_VERSION + 1));
  });

  it('is left byte for byte as it was (not even switched to WAL)', () => {
    const raw = rawFile();
    raw.exec('CREATE TABLE future_things (id INTEGER PRIMARY KEY)');
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const before = readFileSync(dir.file('diwan.sqlite'));

    expect(() => openFile()).toThrow(DatabaseTooNewError);

    expect(readFileSync(dir.file('diwan.sqlite')).equals(before)).toBe(true);
    expect(existsSync(dir.file('diwan.sqlite-wal'))).toBe(false);
  });

  it('is left untouched: same version, no tables added', () => {
    const raw = rawFile();
    raw.exec('CREATE TABLE future_things (id INTEGER PRIMARY KEY)');
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.close();

    expect(() => openFile()).toThrow(DatabaseTooNewError);

    const after = rawFile();
    expect(userVersion(after)).toBe(LATEST_VERSION + 5);
    expect(tables(after)).toEqual(['future_things']);
  });
});

describe('a file with tables but no schema version', () => {
  it('is refused in one line naming it, and no schema is built beside its tables', () => {
    const raw = rawFile();
    raw.exec('CREATE TABLE someone_elses (id INTEGER PRIMARY KEY)');
    raw.close();

    expect(() => openFile()).toThrow(/DATABASE_PATH .*diwan\.sqlite holds tables but no Diwan schema version/);

    expect(tables(rawFile())).toEqual(['someone_elses']);
  });
});

describe('migrate with a list of migrations', () => {
  const createA: Migration = { version: 1, name: 'a', up: (db) => db.exec('CREATE TABLE a (id INTEGER PRIMARY KEY)') };
  const createB: Migration = { version: 2, name: 'b', up: (db) => db.exec('CREATE TABLE b (id INTEGER PRIMARY KEY)') };
  const failing: Migration = {
    version: 3,
    name: 'fails halfway',
    up: (db) => {
      db.exec('CREATE TABLE c (id INTEGER PRIMARY KEY)');
      db.exec('INSERT INTO a (id) VALUES (1)');
      throw new Error('migration 3 broke');
    },
  };

  it('applies only the pending ones and reports their versions', () => {
    const db = rawFile();
    expect(migrate(db, [createA])).toEqual([1]);
    expect(migrate(db, [createA, createB])).toEqual([2]);
    expect(userVersion(db)).toBe(2);
    expect(tables(db)).toEqual(['a', 'b']);
  });

  it('leaves the database as it was when one migration of the batch fails', () => {
    const db = rawFile();
    migrate(db, [createA]);
    db.prepare('INSERT INTO a (id) VALUES (7)').run();

    expect(() => migrate(db, [createA, createB, failing])).toThrow('migration 3 broke');

    expect(userVersion(db)).toBe(1);
    expect(tables(db)).toEqual(['a']);
    expect(db.prepare('SELECT id FROM a').all()).toEqual([{ id: 7 }]);
  });

  it('refuses a database newer than the list it is given', () => {
    const db = rawFile();
    migrate(db, [createA, createB]);
    expect(() => migrate(db, [createA])).toThrow(DatabaseTooNewError);
    expect(userVersion(db)).toBe(2);
  });
});

describe('migration 4: meetings numbered in their calendar', () => {
  it('numbers the meetings of each calendar from 1, in the order they were added, and goes on from there', () => {
    const db = rawFile();
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 3),
    );
    db.exec(
      `INSERT INTO calendars (id, key, timezone, created_at) VALUES (1, 'guild:a', 'UTC', 0), (2, 'guild:b', 'UTC', 0)`,
    );
    const insert = db.prepare(`
      INSERT INTO meetings (id, calendar_id, title, precision, start_date, end_date, starts_at, ends_at, span_class,
        status, search_key, created_at, updated_at)
      VALUES (?, ?, ?, 'day', '2020-01-01', '2020-01-01', 0, 1, 0, 'held', 'x', 0, 0)`);
    // Row ids interleaved between the two servers, as they were when ids were shared.
    [
      [1, 1, 'a1'],
      [2, 2, 'b1'],
      [3, 1, 'a2'],
      [5, 2, 'b2'],
      [9, 1, 'a3'],
    ].forEach(([id, calendar, title]) => insert.run(id, calendar, title));

    migrate(db);

    const numbers = db
      .prepare('SELECT calendar_id AS calendar, number, title FROM meetings ORDER BY calendar_id, number')
      .all();
    expect(numbers).toEqual([
      { calendar: 1, number: 1, title: 'a1' },
      { calendar: 1, number: 2, title: 'a2' },
      { calendar: 1, number: 3, title: 'a3' },
      { calendar: 2, number: 1, title: 'b1' },
      { calendar: 2, number: 2, title: 'b2' },
    ]);
    expect(db.prepare('SELECT id, last_meeting_number AS last FROM calendars ORDER BY id').all()).toEqual([
      { id: 1, last: 3 },
      { id: 2, last: 2 },
    ]);
    expect(() => db.prepare('UPDATE meetings SET number = 1 WHERE title = ?').run('a2')).toThrow(/UNIQUE/);
  });
});

describe('migration 5: narrower span classes', () => {
  it('puts every meeting in the span class the code gives it now', () => {
    const db = rawFile();
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 4),
    );
    db.exec(`INSERT INTO calendars (id, key, timezone, created_at) VALUES (1, 'guild:a', 'UTC', 0)`);
    const insert = db.prepare(`
      INSERT INTO meetings (calendar_id, number, title, precision, start_date, end_date, starts_at, ends_at, span_class,
        status, search_key, created_at, updated_at)
      VALUES (1, ?, 'x', ?, '2020-01-01', '2020-01-01', 0, ?, 0, 'held', 'x', 0, 0)`);
    const hour = 3_600_000;
    const shapes: [Precision, number][] = [
      ['minute', 60_000],
      ['minute', 4 * hour],
      ['minute', 4 * hour + 1],
      ['day', 23 * hour],
      ['day', 25 * hour],
      ['day', 26 * hour],
      ['day', 8 * 24 * hour],
      ['day', 20 * 24 * hour],
      ['day', 40 * 24 * hour],
      ['week', 7 * 24 * hour],
      ['week', 14 * 24 * hour],
      ['month', 31 * 24 * hour],
      ['month', 62 * 24 * hour],
    ];
    shapes.forEach(([precision, span], i) => insert.run(i + 1, precision, span));

    migrate(db);

    const rows = db
      .prepare('SELECT precision, ends_at - starts_at AS span, span_class AS spanClass FROM meetings ORDER BY number')
      .all() as { precision: Precision; span: number; spanClass: number }[];
    expect(rows.map((r) => r.spanClass)).toEqual(rows.map((r) => spanClassOf(r.precision, r.span)));
    expect(new Set(rows.map((r) => r.spanClass)).size).toBe(SPAN_CLASSES.length);
  });
});

describe('migration 6: article imports', () => {
  it('keys stored articles by their normalised text and day; of two that now read as one, the first keeps it', () => {
    const db = rawFile();
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 5),
    );
    db.exec(`INSERT INTO calendars (id, key, timezone, created_at) VALUES (1, 'guild:a', 'UTC', 0)`);
    const insert = db.prepare(`
      INSERT INTO sources (calendar_id, published, text, text_hash, created_at) VALUES (1, '2020-01-28', ?, ?, 0)`);
    insert.run('An envoy  visits Damascus.', 'old-1');
    insert.run('An envoy visits Damascus.\n', 'old-2');

    migrate(db);

    const hashes = db.prepare('SELECT text_hash AS hash FROM sources ORDER BY id').all() as { hash: string }[];
    expect(hashes.map((r) => r.hash)).toEqual([articleKey('An envoy visits Damascus.', '2020-01-28'), 'old-2']);
    expect(tables(db)).toEqual(expect.arrayContaining(['article_imports', 'article_meetings']));
  });
});

describe('indexes the queries rely on', () => {
  /** The query plan of one of the repository's own prepared statements. */
  function planOf(statement: string): string {
    return withTestCalendar({}, ({ db, calendars }) => {
      const statements = (calendars.repository as unknown as { statements: Record<string, Statement> }).statements;
      const sql = statements[statement]!.source;
      const params = {
        calendarId: 1,
        spanClass: 0,
        lookBackFrom: 0,
        from: 5,
        to: 10,
        before: 10,
        key: 'jeff',
        keyEnd: 'jeff\uffff',
        limit: 5,
        firstDay: '2020-01-01',
        lastDay: '2020-01-02',
      };
      const used = Object.fromEntries(Object.entries(params).filter(([name]) => sql.includes(`@${name}`)));
      return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(used) as { detail: string }[])
        .map((r) => r.detail)
        .join('\n');
    });
  }

  it('the time-window count searches meetings_by_start by calendar, span class and start, in every span class', () => {
    const detail = planOf('windowCount');
    const searches = detail
      .split('\n')
      .filter((line) =>
        line.includes(
          'USING COVERING INDEX meetings_by_start (calendar_id=? AND span_class=? AND starts_at>? AND starts_at<?)',
        ),
      );
    expect(searches).toHaveLength(SPAN_CLASSES.length);
    expect(detail).not.toMatch(/SCAN meetings/);
  });

  it('the day query searches meetings_by_start too', () => {
    const detail = planOf('dayRows');
    expect(detail).toContain(
      'USING INDEX meetings_by_start (calendar_id=? AND span_class=? AND starts_at>? AND starts_at<?)',
    );
    expect(detail).not.toMatch(/SCAN meetings/);
  });

  it('the participant name search reads the participant_keys key in order from the typed prefix, without sorting', () => {
    const detail = planOf('participantKeysFrom');
    expect(detail).toContain('SEARCH participant_keys USING PRIMARY KEY (calendar_id=? AND key>? AND key<?)');
    // Sorted only within one key (whole names first), so reading can stop after a few keys.
    expect(detail).not.toMatch(/SCAN|TEMP B-TREE FOR ORDER BY/);
  });

  it('a name typed in full is one probe of the participant_keys key', () => {
    const detail = planOf('participantsByKey');
    expect(detail).toContain('SEARCH k USING PRIMARY KEY (calendar_id=? AND key=?)');
    expect(detail).not.toMatch(/SCAN (?!h$)/m);
  });

  it('a place typed in full is one probe of the place_keys key', () => {
    const detail = planOf('placesByKey');
    expect(detail).toContain('SEARCH place_keys USING PRIMARY KEY (calendar_id=? AND key=?)');
    expect(detail).not.toMatch(/SCAN/);
  });

  it('the place name search reads the place_keys key in order from the typed prefix, without sorting', () => {
    const detail = planOf('placeKeysFrom');
    expect(detail).toContain('SEARCH place_keys USING PRIMARY KEY (calendar_id=? AND key>? AND key<?)');
    expect(detail).not.toMatch(/SCAN|TEMP B-TREE FOR ORDER BY/);
  });
});
