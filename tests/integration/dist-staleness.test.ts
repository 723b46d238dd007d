/**
 * `npm start` and the `meetings` bin run dist/, and say in one line when it is missing or older
 * than the sources. Run in a small project of its own (the real bin/ and build, two one-line
 * sources), so the test never builds or touches this checkout's dist/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/calendar.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let project: ReturnType<typeof tempDir>;

function write(path: string, text: string): void {
  mkdirSync(join(project.path, path, '..'), { recursive: true });
  writeFileSync(join(project.path, path), text);
}

beforeAll(() => {
  project = tempDir('diwan-dist-');
  cpSync(join(ROOT, 'bin'), project.file('bin'), { recursive: true });
  cpSync(join(ROOT, 'tsconfig.json'), project.file('tsconfig.json'));
  cpSync(join(ROOT, 'tsconfig.build.json'), project.file('tsconfig.build.json'));
  symlinkSync(join(ROOT, 'node_modules'), project.file('node_modules'));
  write('src/cli/bin.ts', "process.stdout.write('meetings, compiled\\n');\n");
  write('src/index.ts', "process.stdout.write('diwan, compiled\\n');\n");
  write('src/extra.ts', 'export const extra = 1;\n');
  write('db/seed/article.txt', 'read at run time, so copied beside the code\n');
});
afterAll(() => project.remove());

/** Runs a script of the project as production does: without the tests' DIWAN_SOURCES. */
function node(script: string) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DIWAN_SOURCES;
  return spawnSync(process.execPath, [script], { cwd: project.path, env, encoding: 'utf8', timeout: 60_000 });
}

function expectRefused(run: ReturnType<typeof node>, program: string, says: RegExp): void {
  expect(run.status).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(new RegExp(`^${program}: ${says.source}`))]);
}

describe('running the compiled code', () => {
  it('without dist/, meetings and npm start each say so in one line and exit 1', () => {
    expectRefused(node('bin/meetings.js'), 'meetings', /dist\/ is missing: run `npm run build`/);
    expectRefused(node('bin/start.js'), 'diwan', /dist\/ is missing: run `npm run build`/);
  });

  it('after npm run build, both run dist/, with the data files beside the code', () => {
    const build = node('bin/build.js');
    expect(build.status, build.stderr).toBe(0);
    expect(node('bin/meetings.js').stdout).toBe('meetings, compiled\n');
    expect(node('bin/start.js').stdout).toBe('diwan, compiled\n');
    expect(readFileSync(project.file('dist/db/seed/article.txt'), 'utf8')).toMatch(/copied beside/);
    expect(existsSync(project.file('dist/cli/bin.js'))).toBe(true);
  }, 60_000);

  it('a source saved after the build: the file is named, and nothing stale runs', () => {
    const later = new Date(Date.now() + 60_000);
    utimesSync(project.file('src/index.ts'), later, later);
    expectRefused(node('bin/meetings.js'), 'meetings', /dist\/ is older than the sources \(src\/index\.ts changed/);
    expectRefused(node('bin/start.js'), 'diwan', /dist\/ is older than the sources/);
  });

  it('a source deleted after the build is a change too; building again makes dist/ current', () => {
    expect(node('bin/build.js').status).toBe(0);
    rmSync(project.file('src/extra.ts'));
    expectRefused(
      node('bin/meetings.js'),
      'meetings',
      /dist\/ is older than the sources \(5 source files, 6 at the last build\)/,
    );
    expect(node('bin/build.js').status).toBe(0);
    expect(existsSync(project.file('dist/src/extra.js'))).toBe(false);
    expect(node('bin/meetings.js').stdout).toBe('meetings, compiled\n');
    // Two builds (tsc, then esbuild's bundle of the terminal): on a loaded machine, more than the default.
  }, 60_000);
});
