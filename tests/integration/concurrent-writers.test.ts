/** Two processes writing to one database at once: each write waits its turn, none is refused. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestCalendar, tempDir } from '../helpers/calendar.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WRITER = 'tests/helpers/processes/concurrent-writer.ts';
let dir: ReturnType<typeof tempDir>;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.remove());

interface WriterReport {
  name: string;
  added: number;
  failures: string[];
}

function writer(path: string, name: string, startAt: number, forMs: number): Promise<WriterReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, path, name, String(startAt), String(forMs)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`writer ${name} exited ${code}: ${err}`));
      else resolve(JSON.parse(out) as WriterReport);
    });
  });
}

describe('two processes writing at once', () => {
  it('both succeed: every transaction that reads before it writes waits for the lock instead of failing', async () => {
    const path = dir.file('diwan.sqlite');
    const setup = openTestCalendar({ path, seed: false });
    setup.close();
    // Both processes load first (tsx takes a moment), then write together for 1.5 s.
    const startAt = Date.now() + 4_000;
    const reports = await Promise.all([writer(path, 'north', startAt, 1_500), writer(path, 'south', startAt, 1_500)]);
    for (const report of reports) {
      expect(report.failures).toEqual([]);
      expect(report.added).toBeGreaterThan(10);
    }
    const after = openTestCalendar({ path, seed: false });
    try {
      expect(after.scope.store.countMeetings()).toBe(reports[0]!.added + reports[1]!.added);
    } finally {
      after.close();
    }
  }, 30_000);
});
