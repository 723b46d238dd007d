import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BENCH_OUT } from '../../../bench/measure.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The paths of `paths` that git ignores (git check-ignore exits 1 when it ignores none). */
function ignored(paths: string[]): string[] {
  try {
    return execFileSync('git', ['check-ignore', ...paths], { cwd: root, encoding: 'utf8' })
      .trim()
      .split('\n');
  } catch {
    return [];
  }
}

describe('npm run bench', () => {
  it('writes its runs where git does not track them, so a run leaves the work tree clean', () => {
    const out = fileURLToPath(BENCH_OUT);
    const files = [`${out}results.json`, `${out}RESULTS.md`];
    expect(ignored(files)).toEqual(files);
    const tracked = execFileSync('git', ['ls-files', '--', out], { cwd: root, encoding: 'utf8' });
    expect(tracked).toBe('');
  });
});
