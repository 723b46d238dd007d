/**
 * The WAL deleted under a running bot: a fresh database's schema and seed are already in the
 * database file, so another process neither builds the schema again nor loses its writes, and
 * a kill -9 of the bot afterwards loses nothing.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMeetings, tempDir } from '../helpers/calendar.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HOLDER = 'tests/helpers/processes/database-holder.ts';
const ARTICLE = fileURLToPath(new URL('../fixtures/imports/two-meetings.en.txt', import.meta.url));
let dir: ReturnType<typeof tempDir>;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.remove());

describe('a WAL deleted under a running process', () => {
  it('another process sees the seeded calendar, adds to it, and nothing is lost after a kill -9', async () => {
    const path = dir.file('diwan.sqlite');
    const holder = spawn(process.execPath, ['--import', 'tsx', HOLDER, path], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('ready')) resolve();
        });
        holder.once('exit', (code) => reject(new Error(`the holder exited (${code})`)));
      });
      expect(existsSync(`${path}-wal`)).toBe(true);
      rmSync(`${path}-wal`);

      const imported = await runMeetings(
        ['import', ARTICLE, '--published', '2020-03-02', '--at', '2020-03-02T12:00:00Z', '--json'],
        path,
      );
      expect(imported.stderr).toBe('');
      // The seed's six meetings were found: the schema was not built again in an empty file.
      expect((JSON.parse(imported.stdout) as { added: number[] }).added).toEqual([7, 8]);
    } finally {
      holder.kill('SIGKILL');
      await exited;
    }
    // The seed's meetings of 2020 (#1-#5) and the article's two, after the kill -9.
    const after = await runMeetings(['between', '2020-01-01', '2020-12-31', '--json'], path);
    expect(after.stderr).toBe('');
    const numbers = (JSON.parse(after.stdout) as { meetings: { id: number }[] }).meetings.map((m) => m.id);
    expect(numbers.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 7, 8]);
  }, 30_000);
});
