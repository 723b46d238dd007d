/**
 * The terminal loads what its subcommand needs and nothing else: `node bin/meetings.js …` run
 * with a module recorder (tests/helpers/loaded-modules), which lists every module the process
 * loaded, ES modules and CommonJS ones alike.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/calendar.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RECORDER = './tests/helpers/loaded-modules/record.mjs';
let dir: ReturnType<typeof tempDir>;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.remove());

const DISCORD_JS = /\/node_modules\/discord\.js\//;
const DISCORD_LIBRARIES = /\/node_modules\/(@discordjs\/|discord-api-types\/)/;
const DISCORD_FRONT_END = /\/src\/discord\//;
const SQLITE = /\/node_modules\/better-sqlite3\//;
const READER = /\/src\/extract\/(reader|index)\.[jt]s$/;
const DATE_PARSER = /\/src\/date-parser\//;

let runs = 0;
/** The modules `meetings args…` loaded, after checking it answered. */
function loadedBy(args: string[]): string[] {
  const list = dir.file(`loaded-${runs++}.txt`);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: dir.file('diwan.sqlite'), LOADED_MODULES_FILE: list };
  delete env.DISCORD_TOKEN;
  const run = spawnSync(process.execPath, ['--import', RECORDER, 'bin/meetings.js', ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).not.toBe('');
  return readFileSync(list, 'utf8').split('\n');
}

function expectNone(loaded: string[], pattern: RegExp): void {
  expect(loaded.filter((module) => pattern.test(module))).toEqual([]);
}

describe('what each terminal subcommand loads', () => {
  it('a calendar question: SQLite and the listing, never discord.js or the article reader', () => {
    const loaded = loadedBy(['upcoming', '--at', '2020-01-26T12:00:00Z', '--json']);
    expect(loaded.some((module) => SQLITE.test(module))).toBe(true);
    expect(loaded.some((module) => /\/src\/handlers\/meetings\.[jt]s$/.test(module))).toBe(true);
    expectNone(loaded, DISCORD_JS);
    expectNone(loaded, DISCORD_FRONT_END);
    expectNone(loaded, /\/src\/extract\//);
  });

  it('extract: the reader, and neither the database nor anything of Discord', () => {
    const article = fileURLToPath(new URL('../../db/seed/alwatan-2020-01-28.ar.txt', import.meta.url));
    const loaded = loadedBy(['extract', article, '--published', '2020-01-28', '--json']);
    expect(loaded.some((module) => READER.test(module))).toBe(true);
    expectNone(loaded, SQLITE);
    expectNone(loaded, /\/db\/connection\.[jt]s$/);
    expectNone(loaded, DISCORD_JS);
    expectNone(loaded, DISCORD_LIBRARIES);
    expectNone(loaded, DISCORD_FRONT_END);
  });

  it('when: the date parser alone, no database, no reader, nothing of Discord', () => {
    const loaded = loadedBy(['when', 'tomorrow', '--at', '2020-01-26T12:00:00Z', '--json']);
    expect(loaded.some((module) => DATE_PARSER.test(module))).toBe(true);
    expectNone(loaded, SQLITE);
    expectNone(loaded, /\/src\/extract\//);
    expectNone(loaded, DISCORD_JS);
    expectNone(loaded, DISCORD_LIBRARIES);
  });
});
