/**
 * The gazetteer's data as the reader relies on it: every venue in a city with a zone, found by
 * each of its names; every capital and supplemented place resolvable; a city and a country of
 * one name kept apart.
 */
import { describe, expect, it } from 'vitest';
import { gazetteerMentions } from '../../../src/extract/entities.js';
import { gazetteer } from '../../../src/extract/gazetteer/index.js';
import { CAPITALS, PLACE_SUPPLEMENT } from '../../../src/extract/gazetteer/places-supplement.js';
import { VENUES } from '../../../src/extract/gazetteer/venues.js';
import { clauses } from '../../../src/extract/clauses.js';

/** The words of a text, clause after clause, as the reader sees them. */
const tokenize = (text: string) => clauses(text).flatMap((clause) => clause.tokens);

const isZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

describe('the venue gazetteer', () => {
  it('holds at least 150 venues, each in a city the gazetteer knows, with a zone', () => {
    expect(VENUES.length).toBeGreaterThanOrEqual(150);
    const { placesByName } = gazetteer();
    const lost = VENUES.flatMap((v) =>
      (typeof v.city === 'string' ? [v.city] : v.city)
        .filter((city) => !placesByName.get(city) || !isZone(placesByName.get(city)!.zone))
        .map((city) => `${v.name}: ${city}`),
    );
    expect(lost).toEqual([]);
  });

  it('finds each venue by each of its names, Arabic and Latin, after في or at', () => {
    const missed: string[] = [];
    for (const venue of VENUES) {
      for (const name of [venue.name, venue.nameAr, ...(venue.aliases ?? [])]) {
        const arabic = /[\u0600-\u06FF]/.test(name);
        const mentions = gazetteerMentions(tokenize(`${arabic ? 'في' : 'at'} ${name} اليوم`), arabic);
        if (!mentions.places.some((p) => p.venue?.name === venue.name)) missed.push(name);
      }
    }
    expect(missed).toEqual([]);
  });

  it('names every venue once: no two venues share a spelling', () => {
    const seen = new Map<string, string>();
    const shared: string[] = [];
    for (const venue of VENUES) {
      for (const name of new Set([venue.name, venue.nameAr, ...(venue.aliases ?? [])])) {
        const key = name.toLowerCase();
        if (seen.has(key) && seen.get(key) !== venue.name) shared.push(`${name}: ${seen.get(key)} and ${venue.name}`);
        seen.set(key, venue.name);
      }
    }
    expect(shared).toEqual([]);
  });
});

describe('places and capitals', () => {
  it('every supplemented place has an IANA zone', () => {
    expect(PLACE_SUPPLEMENT.filter((p) => !isZone(p.zone)).map((p) => p.name)).toEqual([]);
  });

  it('every capital is a place of its own country', () => {
    const { placesByName, countries } = gazetteer();
    const wrong = Object.entries(CAPITALS).filter(
      ([code, city]) => placesByName.get(city)?.country !== code || countries.get(code)?.capital?.name !== city,
    );
    expect(wrong).toEqual([]);
  });

  it("the news's towns are there in both scripts (AlUla, Sharm el-Sheikh, Naqoura, Erbil, Benghazi, Tangier …)", () => {
    const { entries, common } = gazetteer();
    const named = (name: string) =>
      [...(entries.get(name) ?? []), ...(common.get(name) ?? [])].find((e) => e.kind === 'place');
    const towns = [
      'AlUla',
      'العلا',
      'Sharm el-Sheikh',
      'شرم الشيخ',
      'New Alamein',
      'العلمين الجديدة',
      'Naqoura',
      'الناقورة',
      'Baabda',
      'بعبدا',
      'Sochi',
      'سوتشي',
      'Astana',
      'أستانا',
      'Nur-Sultan',
      'Jeddah',
      'جدة',
      'Dhahran',
      'الظهران',
      'Neom',
      'نيوم',
      'Aqaba',
      'العقبة',
      'Erbil',
      'أربيل',
      'Sulaymaniyah',
      'السليمانية',
      'Benghazi',
      'بنغازي',
      'Sirte',
      'سرت',
      'Marrakech',
      'مراكش',
      'Tangier',
      'طنجة',
    ];
    const keys = towns.map((name) => gazetteerKey(name));
    expect(towns.filter((_, k) => !named(keys[k]!))).toEqual([]);
  });

  it('الكويت, Kuwait, الجزائر and تونس name both a city and its country; Qatar and البحرين only the country', () => {
    const { entries } = gazetteer();
    const kinds = (name: string) =>
      (entries.get(gazetteerKey(name)) ?? [])
        .map((e) =>
          e.kind === 'place' ? `place ${e.place.name}` : e.kind === 'country' ? `country ${e.country.code}` : e.kind,
        )
        .sort();
    expect(kinds('الكويت')).toEqual(['country KW', 'place Kuwait City']);
    expect(kinds('Kuwait')).toEqual(['country KW', 'place Kuwait City']);
    expect(kinds('الجزائر')).toEqual(['country DZ', 'place Algiers']);
    expect(kinds('تونس')).toEqual(['country TN', 'place Tunis']);
    expect(kinds('Qatar')).toEqual(['country QA']);
    expect(kinds('البحرين')).toEqual(['country BH']);
  });
});

function gazetteerKey(name: string): string {
  return tokenize(name)
    .map((t) => t.key)
    .join(' ');
}
