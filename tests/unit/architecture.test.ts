/**
 * The shape of the code, held by a test rather than by memory: no import cycle (type-only
 * imports count: a cycle of types is still two files that cannot be read apart), and no source
 * file too long to read at a sitting. Which folder may import which is eslint's rule
 * (eslint.config.js, no-restricted-imports).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/extraction-score.js';

const SOURCE_FOLDERS = ['src', 'db', 'commands'];
const MAX_LINES = 400;
/** Data written as code, read as a list rather than as logic: the length limit is not theirs. */
const DATA_MODULES = new Set([
  'src/extract/people/typed-given-names.ts',
  'src/extract/gazetteer/venues.ts',
  'src/extract/gazetteer/places-supplement.ts',
  'src/extract/gazetteer/world-cities.ts',
  'src/extract/people/leaders-more.ts',
]);

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(folder, f));
}

const files = SOURCE_FOLDERS.flatMap(sourceFiles);
const known = new Set(files);

/** The project files a file imports (static, type-only and dynamic imports and re-exports). */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
  return importedFiles
    .map((i) => i.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => relative(ROOT, resolve(ROOT, dirname(file), name)).replace(/\.js$/, '.ts'))
    .filter((target) => known.has(target));
}

/** Strongly connected components of more than one file (Tarjan), each as a sorted list. */
function importCycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

describe('the shape of the code', () => {
  it('no file of src/, db/ or commands/ imports itself back through others', () => {
    const graph = new Map(files.map((f) => [f, importsOf(f)]));
    expect(importCycles(graph)).toEqual([]);
  });

  it(`no file of src/, db/ or commands/ is over ${MAX_LINES} lines (data modules aside)`, () => {
    const long = files
      .filter((f) => !DATA_MODULES.has(f))
      .map((f) => ({ file: f, lines: readFileSync(join(ROOT, f), 'utf8').split('\n').length }))
      .filter((f) => f.lines > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('the cycle finder finds a cycle of types as well as one of values', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(
      importCycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []],
        ]),
      ),
    ).toEqual([]);
  });
});
