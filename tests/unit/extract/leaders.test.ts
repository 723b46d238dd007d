import { describe, expect, it } from 'vitest';
import { LEADERS, ORGANISATION_CODES, type Leader } from '../../../src/extract/people/leaders.js';
import { nameKey } from '../../../src/names/normalize.js';

const ARABIC = /[\u0600-\u06FF]/;
const LATIN = /[A-Za-z]/;
const ARAB_LEAGUE = 'DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE'.split(' ');

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
/** A region code CLDR knows (an unknown one is given back as it came). */
const isKnownRegion = (code: string) => /^[A-Z]{2}$/.test(code) && regionNames.of(code) !== code;

/** Both in office in some year, except the year one hands over to the other. */
function overlap(a: Leader, b: Leader): boolean {
  const before = (x: Leader, y: Leader) => x.to !== null && x.to <= y.from;
  return !before(a, b) && !before(b, a);
}

const describeLeader = (l: Leader) => `${l.name} (${l.country} ${l.from}-${l.to ?? ''})`;

describe('leaders lexicon', () => {
  it('holds a few hundred people and every Arab League state', () => {
    expect(LEADERS.length).toBeGreaterThanOrEqual(350);
    const countries = new Set(LEADERS.map((l) => l.country));
    expect(ARAB_LEAGUE.filter((code) => !countries.has(code))).toEqual([]);
  });

  it('names every person in both scripts, each form in one script only', () => {
    const wrong = LEADERS.filter(
      (l) =>
        !LATIN.test(l.name) ||
        ARABIC.test(l.name) ||
        !ARABIC.test(l.nameAr) ||
        LATIN.test(l.nameAr) ||
        l.short.some((form) => form === '' || (ARABIC.test(form) && LATIN.test(form))),
    );
    expect(wrong.map(describeLeader)).toEqual([]);
  });

  it('lists each person once, in either script', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const l of LEADERS) {
      for (const key of [nameKey(l.name), nameKey(l.nameAr)]) {
        if (seen.has(key)) twice.push(`${describeLeader(l)} and ${seen.get(key)}`);
        seen.set(key, describeLeader(l));
      }
    }
    expect(twice).toEqual([]);
  });

  it('gives every short form to one person at a time', () => {
    const clashes: string[] = [];
    const holders = new Map<string, Leader[]>();
    for (const l of LEADERS) {
      for (const form of new Set(l.short.map(nameKey))) {
        const earlier = holders.get(form) ?? [];
        for (const other of earlier.filter((e) => overlap(e, l))) {
          clashes.push(`'${form}': ${describeLeader(other)} and ${describeLeader(l)}`);
        }
        holders.set(form, [...earlier, l]);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('never lists a bare surname or the full name itself as a short form', () => {
    const wrong = LEADERS.flatMap((l) => {
      const names = [l.name, l.nameAr].map(nameKey);
      const surnames = names.map((key) => key.split(' ').at(-1));
      return l.short
        .filter((form) => names.includes(nameKey(form)) || surnames.includes(nameKey(form)))
        .map((form) => `'${form}' for ${describeLeader(l)}`);
    });
    expect(wrong).toEqual([]);
  });

  it('uses a known country code or an organisation code', () => {
    const organisations: readonly string[] = ORGANISATION_CODES;
    const unknown = LEADERS.filter((l) => !isKnownRegion(l.country) && !organisations.includes(l.country));
    expect(unknown.map(describeLeader)).toEqual([]);
  });

  it('gives years in order, each entry reaching into 2011–2026', () => {
    const wrong = LEADERS.filter(
      (l) => l.from < 1950 || l.from > 2026 || (l.to !== null && (l.to < l.from || l.to < 2011 || l.to > 2026)),
    );
    expect(wrong.map(describeLeader)).toEqual([]);
  });

  it('tells the Saudi King Abdullah and the Jordanian apart by their short forms', () => {
    // Both reigned in 2011–2015: a bare "King Abdullah" would name either.
    const inOffice = (year: number) => LEADERS.filter((l) => l.from <= year && (l.to === null || l.to >= year));
    const named = (form: string, year: number) => inOffice(year).filter((l) => l.short.includes(form));
    expect(named('King Abdullah', 2013)).toEqual([]);
    expect(named('الملك عبد الله بن عبد العزيز', 2013).map((l) => l.country)).toEqual(['SA']);
    expect(named('King Abdullah II', 2013).map((l) => l.country)).toEqual(['JO']);
    expect(named('خادم الحرمين الشريفين', 2020).map((l) => l.name)).toEqual(['Salman bin Abdulaziz Al Saud']);
  });
});
