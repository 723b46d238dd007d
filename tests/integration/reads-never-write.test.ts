/** Questions never write: they need no write lock, and a read-only database file answers them. */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCalendar, runMeetings, tempDir } from '../helpers/calendar.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const UPCOMING = ['upcoming', '--at', '2020-01-26T12:00:00Z', '--days', '7', '--json'];
let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

/** A database whose terminal calendar exists (seeded), as after a first run. */
function existingDatabase(): string {
  const path = dir.file('diwan.sqlite');
  openTestCalendar({ path }).close();
  return path;
}

describe('reading the calendar', () => {
  it('answers `upcoming` at once while another connection holds the write lock', async () => {
    const path = existingDatabase();
    const writer = new Database(path);
    writer.exec('BEGIN IMMEDIATE');
    try {
      // The lock is held until the end: a run that wanted to write would wait out the busy
      // timeout and then fail with "database is locked", so a clean answer is one that never wrote.
      const run = await runMeetings(UPCOMING, path);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect((JSON.parse(run.stdout) as { meetings: unknown[] }).meetings.length).toBeGreaterThan(0);
      // Reminder settings never chosen read as their defaults, without making their row.
      const reminders = await runMeetings(
        ['reminders', '--from', '2020-01-28T00:00Z', '--to', '2020-02-02T00:00Z', '--at', '2020-01-26T12:00:00Z'],
        path,
      );
      expect(reminders.stderr).toBe('');
      expect(reminders.code).toBe(0);
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
    }
  });

  it('answers `upcoming` from a database file no one may write to', () => {
    const path = existingDatabase();
    chmodSync(path, 0o444);
    // SQLite makes its shared-memory file beside the database, so the folder stays open.
    chmodSync(dir.path, 0o777);
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: path };
    delete env.DISCORD_TOKEN;
    // Root writes whatever the mode says: the terminal then runs as nobody.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = spawnSync(process.execPath, ['bin/meetings.js', ...UPCOMING], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      ...asNobody,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const answer = JSON.parse(run.stdout) as { meetings: { location: string }[] };
    expect(answer.meetings.map((m) => m.location)).toContain('London');
  });
});
