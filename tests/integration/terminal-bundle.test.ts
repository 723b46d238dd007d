/**
 * The terminal as it ships: the esbuild bundle (bin/bundle-terminal.js, what `npm run build`
 * writes to dist/cli/), made here into a folder of its own from the sources. It answers as the
 * sources do, and a calendar question loads none of what it does not need (issue 19): each
 * bundle file the process loaded is traced back, through esbuild's metafile, to its sources.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { GAZETTEER_KEYS, gazetteerKeys } from '../../src/extract/gazetteer/index.js';
import { LEADER_KEYS, leaderKeys } from '../../src/extract/people/known-leaders.js';
import { tempDir } from '../helpers/calendar.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RECORDER = join(ROOT, 'tests/helpers/loaded-modules/record.mjs');
const AT = ['--at', '2020-01-26T12:00:00Z'];

interface Metafile {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}
interface Bundler {
  bundleTerminal(root: URL, outdir: URL, definitions: unknown[]): Promise<Metafile>;
}

let dir: ReturnType<typeof tempDir>;
/** Each bundle file (its path) and the sources in it, relative to the project (`node_modules/zod/…`, `src/…`). */
let sourcesOf: Map<string, string[]>;

beforeAll(async () => {
  dir = tempDir('diwan-bundle-');
  // The bundle leaves better-sqlite3 to node_modules, found from the bundle's folder up.
  symlinkSync(join(ROOT, 'node_modules'), dir.file('node_modules'));
  const { bundleTerminal } = (await import(pathToFileURL(join(ROOT, 'bin/bundle-terminal.js')).href)) as Bundler;
  const metafile = await bundleTerminal(
    pathToFileURL(ROOT),
    pathToFileURL(dir.file('cli/')),
    COMMANDS.map((command) => command.data),
  );
  // What bin/build.js writes beside the bundle: the gazetteer's and the leaders' name keys, read at start.
  writeFileSync(dir.file(`cli/${GAZETTEER_KEYS}`), gazetteerKeys());
  writeFileSync(dir.file(`cli/${LEADER_KEYS}`), leaderKeys());
  sourcesOf = new Map(
    Object.entries(metafile.outputs).map(([output, { inputs }]) => [
      join(ROOT, output),
      Object.keys(inputs).map((input) => relative(ROOT, join(ROOT, input)).replace(/^(\.\.\/)+main\//, '')),
    ]),
  );
}, 120_000);
afterAll(() => dir.remove());

let runs = 0;
/**
 * Counts the date, number and plural formatters and region namers made, told on stderr at exit: a
 * start's first costs 50 to 90 ms and 9 MB (ICU's data), more than anything else a calendar
 * question does.
 */
const FORMATTERS_MADE = `data:text/javascript,let made = 0;
for (const name of ['DateTimeFormat', 'NumberFormat', 'PluralRules', 'DisplayNames'])
  Intl[name] = new Proxy(Intl[name], { construct: (real, args) => (made++, Reflect.construct(real, args)) });
process.on('exit', () => process.stderr.write('formatters made: ' + made));`;

/** `meetings args…` run from the bundle: its answer, and the sources of every module it loaded. */
function fromBundle(args: string[], preload: string[] = []) {
  const list = dir.file(`loaded-${runs++}.txt`);
  const imports = [RECORDER, ...preload].flatMap((module) => ['--import', module]);
  const run = spawnSync(process.execPath, [...imports, dir.file('cli/bin.js'), ...args], {
    cwd: dir.path,
    env: { ...process.env, DATABASE_PATH: dir.file('diwan.sqlite'), LOADED_MODULES_FILE: list, DISCORD_TOKEN: '' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  const loaded = readFileSync(list, 'utf8').split('\n');
  const sources = loaded.flatMap((url) => {
    const path = url.startsWith('file:') ? fileURLToPath(url) : url;
    return sourcesOf.get(path) ?? [path.replace(/^.*\/node_modules\//, 'node_modules/')];
  });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status, sources };
}

/** The same from the sources (tsx), on the same calendar. */
function fromSources(args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/meetings.js'), ...args], {
    cwd: dir.path,
    env: { ...process.env, DATABASE_PATH: dir.file('diwan.sqlite'), DIWAN_SOURCES: '1', DISCORD_TOKEN: '' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

const UNNEEDED_BY_A_CALENDAR_QUESTION: [string, RegExp][] = [
  ['discord.js', /node_modules\/discord\.js\//],
  ['@discordjs/builders', /node_modules\/@discordjs\//],
  ['discord-api-types', /node_modules\/discord-api-types\//],
  ['the date parser', /^src\/date-parser\//],
  ['the article reader', /^src\/extract\//],
  // 7-10 ms of a start, for hashes only an import makes.
  ['node:crypto', /^node:crypto$/],
];

describe('the terminal bundle', () => {
  it('answers a calendar question as the sources do, loading SQLite and the listing and nothing of Discord, the date parser or the reader', () => {
    const args = ['upcoming', ...AT, '--json'];
    const sources = fromSources(args);
    const bundle = fromBundle(args);
    expect(bundle.stderr).toBe('');
    expect(bundle.status).toBe(0);
    expect(JSON.parse(bundle.stdout)).toMatchObject({ total: expect.any(Number) as number, page: 1 });
    expect(bundle.stdout).toBe(sources.stdout);
    expect(bundle.sources).toContain('src/handlers/meetings.ts');
    expect(bundle.sources.some((source) => source.startsWith('node_modules/better-sqlite3/'))).toBe(true);
    for (const [name, pattern] of UNNEEDED_BY_A_CALENDAR_QUESTION) {
      expect(
        bundle.sources.filter((source) => pattern.test(source)),
        name,
      ).toEqual([]);
    }
  });

  it('prints upcoming --json without making a date or number formatter, and the same listing as text with them', () => {
    const json = fromBundle(['upcoming', ...AT, '--json'], [FORMATTERS_MADE]);
    expect(json.stderr).toBe('formatters made: 0');
    const text = fromBundle(['upcoming', ...AT], [FORMATTERS_MADE]);
    expect(text.stdout).toMatch(/January 2020/);
    expect(text.stderr).toMatch(/^formatters made: [1-9]/);
  });

  it('reads a free-form day with the date parser, loaded when one is typed', () => {
    for (const day of ['next Wednesday', 'الأربعاء المقبل']) {
      const args = ['on', day, ...AT];
      const bundle = fromBundle(args);
      expect(bundle.stderr).toBe('');
      expect(bundle.stdout).toMatch(/2020|٢٠٢٠/);
      expect(bundle.stdout).toBe(fromSources(args).stdout);
    }
  });

  it('reads an article as the sources do, its places found with the name keys the build computed, without node:crypto or a formatter', () => {
    const article = fileURLToPath(new URL('../../db/seed/alwatan-2020-01-28.ar.txt', import.meta.url));
    const args = ['extract', article, '--published', '2020-01-28', '--json'];
    const bundle = fromBundle(args, [FORMATTERS_MADE]);
    // Its dates are read in Damascus and London: their offsets come off the process clock, and its
    // countries' names from what the build recorded, not ICU's first formatter.
    expect(bundle.stderr).toBe('formatters made: 0');
    const { meetings } = JSON.parse(bundle.stdout) as { meetings: { location: string | null }[] };
    expect(meetings.map((meeting) => meeting.location)).toContain('Damascus');
    expect(bundle.stdout).toBe(fromSources(args).stdout);
    expect(bundle.sources).toContain('src/extract/gazetteer/index.ts');
    expect(bundle.sources).not.toContain('node:crypto');
  });

  it('exports the calendar as the sources do, time zones included (ical-timezones reads its files beside itself)', () => {
    // A meeting at 10:00 in Beirut, whose zone the file describes.
    const article = fileURLToPath(new URL('../fixtures/articles/06-lorient-ledrian-beirut.txt', import.meta.url));
    expect(
      fromSources([
        'import',
        article,
        '--published',
        '2020-07-21',
        '--tz',
        'Asia/Beirut',
        '--at',
        '2020-07-21T12:00:00Z',
      ]).status,
    ).toBe(0);
    const args = ['export', ...AT];
    const bundle = fromBundle(args);
    expect(bundle.stderr).toBe('');
    expect(bundle.stdout).toMatch(/BEGIN:VTIMEZONE\r?\nTZID:Asia\/Beirut/);
    expect(bundle.stdout).toBe(fromSources(args).stdout);
  });

  it('takes its options from the slash command definitions as the real builders made them', () => {
    expect(fromBundle(['--help']).stdout).toBe(fromSources(['--help']).stdout);
    const refused = ['upcoming', '--days', '400', ...AT];
    const bundle = fromBundle(refused);
    expect(bundle.status).toBe(2);
    expect(bundle.stderr).toMatch(/days/);
    expect(bundle.stderr).toBe(fromSources(refused).stderr);
  });
});
