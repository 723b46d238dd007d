/** The package's bin, run as a real process: `node bin/meetings.js …`. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/calendar.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let dir: ReturnType<typeof tempDir>;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.remove());

function meetings(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: dir.file('diwan.sqlite') };
  delete env.DISCORD_TOKEN;
  return spawnSync(process.execPath, ['bin/meetings.js', ...args], { cwd: ROOT, env, encoding: 'utf8' });
}

describe('node bin/meetings.js', () => {
  it('answers the acceptance command with London, Damascus, Copenhagen, Brussels', () => {
    const run = meetings(['upcoming', '--at', '2020-01-26T12:00:00Z', '--days', '7', '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const answer = JSON.parse(run.stdout) as { meetings: { location: string; date: string }[] };
    expect(answer.meetings.slice(0, 4).map((m) => `${m.location} ${m.date}`)).toEqual([
      'London 2020-01-27',
      'Damascus 2020-01-29',
      'Copenhagen 2020-01-29',
      'Brussels 2020-01-30',
    ]);
    expect(answer.meetings.map((m) => m.location)).not.toContain('Washington');
  });

  it('exits non-zero with one line on stderr for an impossible date', () => {
    const run = meetings(['on', '2020-02-30']);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining('2020-02-30')]);
  });
});
