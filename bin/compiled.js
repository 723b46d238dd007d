/**
 * Running the compiled code (dist/, made by `npm run build`), and telling when it is missing or
 * older than the sources. DIWAN_SOURCES=1 runs the TypeScript sources through tsx instead (the
 * tests, and anyone developing without a build).
 */
/* global process, URL */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The project: the folder above bin/. */
export const ROOT = new URL('../', import.meta.url);

/** What dist/ is compiled from: a change to any file here makes dist/ stale. */
export const SOURCES = ['src', 'commands', 'db', 'tsconfig.json', 'tsconfig.build.json'];

/** Written by `npm run build` after the compiler: the sources as they were when it began. */
export const STAMP = new URL('dist/build-stamp.json', ROOT);

/**
 * The newest modification time among the sources, which file it is, and how many there are
 * (a deleted file changes the count). One stat a file, about 160 files: 4-8 ms in a fresh
 * process on the loaded 2-core machine (readdir's own `recursive` option took twice as long),
 * so it is done at every start rather than trusted to a watcher.
 */
export function sourceState(root = ROOT) {
  const base = fileURLToPath(root);
  let newestMs = 0;
  let newestFile = '';
  let files = 0;
  const see = (path) => {
    const { mtimeMs } = statSync(base + path);
    files++;
    if (mtimeMs > newestMs) {
      newestMs = mtimeMs;
      newestFile = path;
    }
  };
  const walk = (folder) => {
    for (const entry of readdirSync(base + folder, { withFileTypes: true })) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) see(path);
    }
  };
  for (const source of SOURCES) {
    try {
      walk(source);
    } catch (error) {
      if (error.code === 'ENOTDIR') see(source);
      else if (error.code !== 'ENOENT') throw error;
    }
  }
  return { newestMs, newestFile, files };
}

/** Why dist/ cannot be run as it is (one line, saying what to do), or null when it is current. */
export function distProblem(root = ROOT) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(new URL('dist/build-stamp.json', root), 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') return 'dist/ is missing: run `npm run build` (npm install runs it too)';
    return `dist/build-stamp.json cannot be read (${error.message}): run \`npm run build\``;
  }
  const now = sourceState(root);
  if (now.newestMs > stamp.newestMs)
    return `dist/ is older than the sources (${now.newestFile} changed since the last build): run \`npm run build\``;
  if (now.files !== stamp.files)
    return `dist/ is older than the sources (${now.files} source files, ${stamp.files} at the last build): run \`npm run build\``;
  return null;
}

/**
 * Imports `entry` (a path under the project without extension, e.g. `src/cli/bin`): from dist/
 * (`built`, under dist/, when its build is not at the same path) when it is current, else one
 * line on stderr naming `program`, exit code 1.
 */
export async function runCompiled(entry, program, built = entry) {
  if (process.env.DIWAN_SOURCES === '1') {
    const { register } = await import('tsx/esm/api');
    register();
    await import(new URL(`${entry}.ts`, ROOT).href);
    return;
  }
  const problem = distProblem();
  if (problem !== null) {
    process.stderr.write(`${program}: ${problem}\n`);
    process.exitCode = 1;
    return;
  }
  await import(new URL(`dist/${built}.js`, ROOT).href);
}
