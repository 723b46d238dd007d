#!/usr/bin/env node
/**
 * `npm run build` (and `npm install`'s prepare): the sources compiled to dist/ by tsc, without
 * type checking (`npm run typecheck` does that; emitting alone takes a third of the time, and
 * isolatedModules makes each file's output independent of types), the data files the code reads
 * at run time copied beside it, then dist/build-stamp.json, which bin/compiled.js compares with
 * the sources at each start. What the code would compute at each start from the sources alone
 * (the gazetteer's name keys and country names) is computed here and written beside it (writePrebuilt).
 *
 * The terminal (`meetings`) also gets a bundle, dist/cli/ (bin/bundle-terminal.js says how and
 * why). The bot keeps tsc's output: its start is within
 * target.
 */
/* global process, performance, URL */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bundleTerminal } from './bundle-terminal.js';
import { ROOT, SOURCES, sourceState, STAMP } from './compiled.js';

/**
 * What the code would compute at each start, computed here (src/prebuilt.ts) and written beside
 * the code that reads it, in tsc's output and in the terminal bundle: the gazetteer's name keys and
 * its countries' names (Intl.DisplayNames), and the leaders' name keys.
 */
async function writePrebuilt() {
  const prebuilt = [
    ['src/extract/gazetteer/', 'index.js', 'GAZETTEER_KEYS', 'gazetteerKeys'],
    ['src/extract/people/', 'known-leaders.js', 'LEADER_KEYS', 'leaderKeys'],
  ];
  for (const [folder, module, file, answers] of prebuilt) {
    const compiled = new URL(folder + module, dist);
    if (!existsSync(compiled)) continue;
    const exports = await import(compiled.href);
    const text = exports[answers]();
    for (const beside of [folder, 'cli/']) writeFileSync(new URL(beside + exports[file], dist), text);
  }
}

/**
 * The slash command definitions as the real builders make them, read from tsc's output (none in
 * a project without commands/): the terminal bundle replays them rather than build them at
 * every start.
 */
async function commandDefinitions() {
  const index = new URL('commands/index.js', dist);
  if (!existsSync(index)) return [];
  const { COMMANDS } = await import(index.href);
  return COMMANDS.map((command) => command.data);
}

const started = performance.now();
// Read before compiling: a file saved while tsc runs is newer than the stamp, so the build is stale.
const state = sourceState();
const dist = new URL('dist/', ROOT);
rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', new URL('tsconfig.build.json', ROOT).pathname], {
  stdio: 'inherit',
});
if (compiled.status !== 0) {
  process.stderr.write('build: tsc failed; dist/ is left without a stamp, so nothing runs from it\n');
  process.exit(compiled.status ?? 1);
}
for (const folder of SOURCES.filter((source) => !source.endsWith('.json'))) {
  if (!existsSync(new URL(folder, ROOT))) continue;
  cpSync(new URL(folder, ROOT), new URL(folder, dist), {
    recursive: true,
    filter: (source) => !source.endsWith('.ts'),
  });
}
const metafile = await bundleTerminal(ROOT, new URL('cli/', dist), await commandDefinitions());
await writePrebuilt();
// Which sources went into which bundle file, to trace what a subcommand loads back to its sources.
writeFileSync(new URL('cli-metafile.json', dist), JSON.stringify(metafile));
writeFileSync(STAMP, `${JSON.stringify(state)}\n`);
process.stderr.write(`build: dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
