import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GAZETTEER_KEYS, gazetteerKeys } from '../../src/extract/gazetteer/index.js';
import { leaderKeys } from '../../src/extract/people/known-leaders.js';
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
        { shout: (word: string) => word.toUpperCase(), whisper: (word: string) => word.toLowerCase() },
        (ask) => {
          ['salam', 'peace', 'salam'].map(ask.shout);
          ask.whisper('SALAM');
        },
      ),
    );
    const shouting = counted((word) => word.toUpperCase());
    const whispering = counted((word) => word.toLowerCase());
    const { shout, whisper } = withRecordedAnswers(pathToFileURL(file), {
      shout: shouting.compute,
      whisper: whispering.compute,
    });
    expect([shout('salam'), shout('peace'), shout('shalom')]).toEqual(['SALAM', 'PEACE', 'SHALOM']);
    expect(shouting.asked).toEqual(['shalom']);
    // Each function's answers are its own: the whisper recorded for SALAM is no shout.
    expect([whisper('SALAM'), shout('SALAM'), whisper('PEACE')]).toEqual(['salam', 'SALAM', 'peace']);
    expect(shouting.asked).toEqual(['shalom', 'SALAM']);
    expect(whispering.asked).toEqual(['PEACE']);
  });

  it('does not read a file another Node wrote (its Unicode data may fold otherwise): everything is computed', () => {
    const file = dir.file('other-node.json');
    const text = recordAnswers({ nameKey }, (ask) => ask.nameKey('Al-Sharaa'));
    writeFileSync(file, text.replace(process.version, 'v0.0.1'));
    const { asked, compute } = counted(nameKey);
    expect(withRecordedAnswers(pathToFileURL(file), { nameKey: compute }).nameKey('Al-Sharaa')).toBe('sharaa');
    expect(asked).toEqual(['Al-Sharaa']);
  });

  it('without a file (the sources in development) is the function itself', () => {
    const computes = { nameKey };
    expect(withRecordedAnswers(pathToFileURL(dir.file('none.json')), computes)).toBe(computes);
  });

  it('records the key of every name the gazetteer folds, each as nameKey gives it, and every country’s names as Intl gives them', () => {
    const file = dir.file(GAZETTEER_KEYS);
    writeFileSync(file, gazetteerKeys());
    type Recorded = { keys: string[]; answers: string[] };
    const recorded = (JSON.parse(readFileSync(file, 'utf8')) as { answers: Record<string, Recorded> }).answers;
    const { keys, answers } = recorded.nameKey!;
    expect(keys.length).toBeGreaterThan(3000);
    expect(keys).toContain('دمشق');
    expect(answers).toEqual(keys.map(nameKey));
    const regions = recorded.regionName!;
    // both languages, each code but the 34 that name no country today (groupings, private use, withdrawn codes)
    expect(regions.keys.length).toBe(2 * 26 * 26 - 2 * 34);
    const named = new Map(regions.keys.map((key, i) => [key, regions.answers[i]]));
    expect([named.get('en SY'), named.get('ar SY'), named.get('en EG')]).toEqual(['Syria', 'سوريا', 'Egypt']);
    // (YD, South Yemen's withdrawn code, is named "Yemen" too, and must not stand for it)
    expect([named.get('en YE'), named.has('en YD')]).toEqual(['Yemen', false]);
  });

  it('records the key of every leader’s names and short forms, each as nameKey gives it', () => {
    type Recorded = { keys: string[]; answers: string[] };
    const { keys, answers } = (JSON.parse(leaderKeys()) as { answers: Record<string, Recorded> }).answers.nameKey!;
    // 'King Salman' is looked up word by word; a full name whole, with and without its house.
    expect(keys).toEqual(
      expect.arrayContaining(['King', 'Salman', 'Salman bin Abdulaziz Al Saud', 'Salman bin Abdulaziz']),
    );
    expect(answers).toEqual(keys.map(nameKey));
  });
});
