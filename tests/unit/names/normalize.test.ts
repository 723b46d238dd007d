/** Search keys: what people type, in either script, folded to one key. */
import { describe, expect, it } from 'vitest';
import { nameKey, nameKeys, toAsciiDigits } from '../../../src/names/normalize.js';

describe('nameKey folds what people type differently', () => {
  it.each([
    ['hamza above', 'أحمد', 'احمد'],
    ['hamza below', 'إيران', 'ايران'],
    ['madda', 'آمال', 'امال'],
    ['ta marbuta', 'البحرة', 'البحره'],
    ['alif maqsura', 'جيفرى', 'جيفري'],
    ['diacritics', 'جِيفْرِي', 'جيفري'],
    ['tatweel', 'جيـــفري', 'جيفري'],
    ['case', 'JAMES Jeffrey', 'james jeffrey'],
    ['Latin accents', 'Ālī Pérez', 'ali perez'],
  ])('%s: %s is the same as %s', (_what, typed, plain) => {
    expect(nameKey(typed)).toBe(nameKey(plain));
  });

  it('drops the article ال and al-/el-', () => {
    expect(nameKey('الحريري')).toBe(nameKey('حريري'));
    expect(nameKey('al-Hariri')).toBe(nameKey('Hariri'));
    expect(nameKey('El-Baradei')).toBe('baradei');
    expect(nameKey('نصر الحريري')).toBe(nameKey('نصر حريري'));
  });

  it('reads a lone al/el before a name as the article (al Hariri = al-Hariri), but keeps "al" typed alone', () => {
    expect(nameKey('al Hariri')).toBe(nameKey('al-Hariri'));
    expect(nameKey('Nasr Al Hariri')).toBe(nameKey('Nasr al-Hariri'));
    expect(nameKey('Al')).toBe('al');
  });

  it('keeps a word that only begins like the article: ألمانيا is not cut to مانيا', () => {
    expect(nameKey('ألمانيا')).not.toBe('مانيا');
    expect(nameKey('ألمانيا')).toBe('المانيا');
  });

  it('keeps الله whole', () => {
    expect(nameKey('الله')).toBe('الله');
    expect(nameKey('عبد الله')).toBe('عبد الله');
  });

  it('reads Eastern Arabic and Persian digits as ASCII digits', () => {
    expect(toAsciiDigits('٢٠٢٠-٠١-٢٩')).toBe('2020-01-29');
    expect(toAsciiDigits('۲۰۲۰')).toBe('2020');
    expect(nameKey('القرار ٢٢٥٤')).toBe(nameKey('القرار 2254'));
  });

  it('treats punctuation and runs of spaces as one space', () => {
    expect(nameKey('  «التحالف   الدولي»  ')).toBe(nameKey('التحالف الدولي'));
    expect(nameKey('U.N. envoy')).toBe('u n envoy');
  });

  it('gives an empty key for text with no letters', () => {
    expect(nameKey('  ·· ')).toBe('');
  });
});

describe('nameKeys', () => {
  it('gives the whole name first, then each tail from a word on', () => {
    expect(nameKeys('James Jeffrey')).toEqual(['james jeffrey', 'jeffrey']);
    expect(nameKeys('جيمس جيفري')[0]).toBe('جيمس جيفري');
    expect(nameKeys('جيمس جيفري')).toContain('جيفري');
  });

  it('lets a name typed without its hamza find a word that begins with أل (المانيا finds ألمانيا)', () => {
    expect(nameKeys('ألمانيا')).toContain(nameKey('المانيا'));
  });
});
