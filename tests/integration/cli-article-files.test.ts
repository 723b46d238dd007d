/**
 * Files given to `meetings extract|import` as a real process: a device, a pipe with no
 * writer, a huge file and a folder are refused at once, in one line, without reading them;
 * one size limit holds for the file and its text.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/calendar.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let dir: ReturnType<typeof tempDir>;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.remove());

/** `meetings extract FILE`, given 10 s: a read that never ends is killed and fails the test. */
function extract(file: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: dir.file('diwan.sqlite') };
  delete env.DISCORD_TOKEN;
  return spawnSync(process.execPath, ['bin/meetings.js', 'extract', file, '--published', '2020-01-28', '--json'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 10_000,
  });
}

function expectRefused(run: ReturnType<typeof extract>, says: RegExp): void {
  expect(run.signal, 'the process was killed: it never ended').toBeNull();
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(says)]);
}

describe('files that are not articles', () => {
  it('/dev/zero is refused as no regular file, instead of being read for ever', () => {
    expectRefused(extract('/dev/zero'), /\/dev\/zero is not a regular file/);
  });

  it('a pipe with no writer is refused at once, instead of waiting for one', () => {
    const fifo = dir.file('article.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expectRefused(extract(fifo), /article\.fifo is not a regular file/);
  });

  it('a folder is refused the same way', () => {
    mkdirSync(dir.file('folder'));
    expectRefused(extract(dir.file('folder')), /folder is not a regular file/);
  });

  it('a 1.5 GB file is refused from its size, without being read', () => {
    const huge = dir.file('huge.txt');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 1_500_000_000); // sparse: no disk used
    closeSync(fd);
    const started = Date.now();
    const run = extract(huge);
    expectRefused(run, /huge\.txt is \d+ KB; an article may be at most 200 KB/);
    expect(Date.now() - started).toBeLessThan(8_000);
  });
});

describe('one size limit', () => {
  const article = (bytes: number) => {
    const sentence = 'UN envoy Geir Pedersen will visit Damascus next Wednesday to meet the foreign minister. ';
    return sentence.repeat(Math.ceil(bytes / sentence.length)).slice(0, bytes);
  };

  it('an ASCII file of 204,000 bytes, under the file limit, is read (its text passes the same limit)', () => {
    writeFileSync(dir.file('long.txt'), article(204_000));
    const run = extract(dir.file('long.txt'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('one byte over the limit is refused as too large', () => {
    writeFileSync(dir.file('over.txt'), article(200 * 1024 + 1));
    expectRefused(extract(dir.file('over.txt')), /over\.txt is 201 KB; an article may be at most 200 KB/);
  });
});
