/**
 * The README's terminal examples as a new user types them on a fresh clone: the article the
 * `npx meetings extract|import` lines name exists, and `extract` reads meetings out of it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/calendar.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const README = readFileSync(new URL('README.md', `file://${ROOT}`), 'utf8');
let dir: ReturnType<typeof tempDir>;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.remove());

/** Every `npx meetings extract|import FILE …` line of the README, as [command, file, the rest]. */
const articleExamples = [...README.matchAll(/^npx meetings (extract|import) (\S+)([^#\n]*)/gm)].map((m) => ({
  command: m[1]!,
  file: m[2]!,
  rest: m[3]!.trim().split(/\s+/).filter(Boolean),
}));

describe("the README's article examples", () => {
  it('name at least one extract and one import', () => {
    expect(articleExamples.map((e) => e.command).sort()).toEqual(expect.arrayContaining(['extract', 'import']));
  });

  it.each(articleExamples)('npx meetings $command $file: the file is there on a fresh clone', ({ file }) => {
    expect(existsSync(new URL(file, `file://${ROOT}`))).toBe(true);
  });

  it('npx meetings extract, as written, finds the meetings of that article', () => {
    const example = articleExamples.find((e) => e.command === 'extract');
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: dir.file('diwan.sqlite') };
    delete env.DISCORD_TOKEN;
    const run = spawnSync(process.execPath, ['bin/meetings.js', 'extract', example!.file, ...example!.rest], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Damascus|دمشق/);
  });
});
