/**
 * What goes wrong around the terminal and `npm start` is told in one line, naming what to
 * fix, never as a stack trace: a corrupt database, a database path under a file, a negative
 * number for a flag, a reader that stops early.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingDraft, openTestCalendar, tempDir } from '../helpers/calendar.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let dir: ReturnType<typeof tempDir>;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.remove());

function run(command: string[], databasePath: string, more: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: databasePath };
  delete env.DISCORD_TOKEN;
  Object.assign(env, more);
  return spawnSync(command[0]!, command.slice(1), { cwd: ROOT, env, encoding: 'utf8', input: '', timeout: 20_000 });
}
const meetings = (args: string[], databasePath: string) =>
  run([process.execPath, 'bin/meetings.js', ...args], databasePath);
const npmStart = (databasePath: string, more: Record<string, string> = {}) =>
  run([join(ROOT, 'node_modules', '.bin', 'tsx'), 'src/index.ts'], databasePath, more);

function expectOneLine(result: ReturnType<typeof run>, says: RegExp): void {
  expect(result.stdout).not.toMatch(/\n\s+at /);
  expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(says)]);
}

describe('one line for each failure', () => {
  it('npm start with no network (the API host does not resolve): cannot reach Discord, what to check', () => {
    const started = npmStart(dir.file('offline.sqlite'), {
      DISCORD_TOKEN: 'MTIz.not-a-real-token.abc',
      DISCORD_API_BASE: 'http://nowhere.invalid/api',
    });
    expect(started.status).toBe(1);
    expectOneLine(
      started,
      /^diwan: cannot reach Discord \(getaddrinfo (ENOTFOUND|EAI_AGAIN) nowhere\.invalid\): check/,
    );
    expect(started.stderr).not.toContain('not-a-real-token');
  });

  it('a bad SEED_CALENDAR says what it expects, once', () => {
    const started = npmStart(dir.file('seed.sqlite'), { SEED_CALENDAR: 'maybe' });
    expect(started.status).toBe(1);
    expect(started.stderr).toMatch(/SEED_CALENDAR: expected true or false/);
    expect(started.stderr.match(/expected/g)).toHaveLength(1);
  });

  it('--dayz is refused with "did you mean --days?"', () => {
    const result = meetings(['upcoming', '--dayz', '3'], dir.file('dayz.sqlite'));
    expect(result.status).toBe(2);
    expectOneLine(result, /^meetings: Unknown option '--dayz'; did you mean --days\?$/);
  });

  it.each([
    [['upcoming', '--days', '٣', '--at', '2020-01-26T12:00:00Z'], /Meetings in the next 3 days/],
    [['show', '٤'], /#4 · UN envoy Geir Pedersen visits Damascus/],
    [['show', '#۴'], /#4 · UN envoy Geir Pedersen visits Damascus/],
  ])('Arabic-Indic digits are numbers: meetings %j', (args, says) => {
    const result = meetings(args, dir.file('digits.sqlite'));
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(says);
  });

  it('a file that is not a database: its path, in the terminal and from npm start', () => {
    const corrupt = dir.file('corrupt.sqlite');
    writeFileSync(corrupt, Buffer.alloc(8192, 0x5a));
    const terminal = meetings(['upcoming'], corrupt);
    expect(terminal.status).toBe(2);
    expectOneLine(terminal, /^meetings: DATABASE_PATH .*corrupt\.sqlite is not a Diwan database/);
    const started = npmStart(corrupt);
    expect(started.status).toBe(1);
    expectOneLine(started, /^diwan: DATABASE_PATH .*corrupt\.sqlite is not a Diwan database/);
  });

  it('DATABASE_PATH under a regular file: says a file stands where the folder should be', () => {
    writeFileSync(dir.file('plain'), 'x');
    const result = meetings(['upcoming'], join(dir.file('plain'), 'diwan.sqlite'));
    expect(result.status).toBe(2);
    expectOneLine(result, /^meetings: DATABASE_PATH .*plain\/diwan\.sqlite cannot be made: a file stands where/);
  });

  it('--days -5 is checked as a number of days, not refused as an ambiguous argument', () => {
    const result = meetings(['upcoming', '--days', '-5'], dir.file('diwan.sqlite'));
    expect(result.status).toBe(2);
    expectOneLine(result, /^meetings: days must be from 1 to 366$/);
  });

  it('--json output piped into a reader that stops early (head) ends quietly', () => {
    const path = dir.file('many.sqlite');
    const calendar = openTestCalendar({ path });
    // Enough meetings that the answer overflows the pipe's buffer after head has gone.
    calendar.scope.store.addMeetings(
      Array.from({ length: 3000 }, (_, i) => meetingDraft({ title: `Meeting ${i}`, date: '2020-06-01' })),
      { now: 0 },
    );
    calendar.close();
    const result = run(
      [
        'bash',
        '-c',
        `"${process.execPath}" bin/meetings.js between 2020-01-01 2020-12-31 --json | head -c 100 >/dev/null; exit \${PIPESTATUS[0]}`,
      ],
      path,
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
