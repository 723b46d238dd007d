import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GAZETTEER_KEYS, gazetteerKeys } from '../../src/extract/gazetteer/index.js';
import { nameKey } from '../../src/names/normalize.js';
import { recordAnswers, withRecordedAnswers } from '../../src/prebuilt.js';
import { tempDir } from '../helpers/calendar.js';

let dir: ReturnType<typeof tempDir>;
beforeAll(() => {
  dir = tempDir('diwan-prebuilt-');
});
afterAll(() => dir.remove());

/** A function that counts its calls. */
function counted(compute: (key: string) => string) {
  const asked: string[] = [];
  return { asked, compute: (key: string) => (asked.push(key), compute(key)) };
}

describe('answers computed at build time and read at start', () => {
  it('gives the recorded answers without computing them, and computes any other', () => {
    const file = dir.file('shout.json');
    writeFileSync(
      file,
      recordAnswers(
        (word) => word.toUpperCase(),
        (shout) => ['salam', 'peace', 'salam'].map(shout),
      ),
    );
    const { asked, compute } = counted((word) => word.toUpperCase());
    const shout = withRecordedAnswers(pathToFileURL(file), compute);
    expect([shout('salam'), shout('peace'), shout('shalom')]).toEqual(['SALAM', 'PEACE', 'SHALOM']);
    expect(asked).toEqual(['shalom']);
  });

  it('does not read a file another Node wrote (its Unicode data may fold otherwise): everything is computed', () => {
    const file = dir.file('other-node.json');
    const text = recordAnswers(nameKey, (keyOf) => keyOf('Al-Sharaa'));
    writeFileSync(file, text.replace(process.version, 'v0.0.1'));
    const { asked, compute } = counted(nameKey);
    expect(withRecordedAnswers(pathToFileURL(file), compute)('Al-Sharaa')).toBe('sharaa');
    expect(asked).toEqual(['Al-Sharaa']);
  });

  it('without a file (the sources in development) is the function itself', () => {
    expect(withRecordedAnswers(pathToFileURL(dir.file('none.json')), nameKey)).toBe(nameKey);
  });

  it('records the key of every name the gazetteer folds, each as nameKey gives it', () => {
    const file = dir.file(GAZETTEER_KEYS);
    writeFileSync(file, gazetteerKeys());
    const { keys, answers } = JSON.parse(readFileSync(file, 'utf8')) as { keys: string[]; answers: string[] };
    expect(keys.length).toBeGreaterThan(3000);
    expect(keys).toContain('دمشق');
    expect(answers).toEqual(keys.map(nameKey));
  });
});
