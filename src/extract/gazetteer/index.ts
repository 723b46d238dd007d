/**
 * The gazetteer: places (with their IANA zone), countries (with their adjectives) and
 * organisations, in Arabic and Latin script, keyed by their folded names (src/names).
 *
 * Cities come from CLDR's exemplar cities (places.json, built by build-places.ts), the
 * towns and capitals CLDR does not name (places-supplement.ts) and the world's cities that host
 * summits and visits beyond the region (world-cities.ts); countries from
 * Intl.DisplayNames in both languages; venues (palaces, ministries, headquarters) and the
 * institutions every country has from venues.ts. Typed here are only what neither source
 * knows: adjectives that do not follow the rule, and the organisations of diplomacy (more of them
 * in parties.ts and world-organizations.ts).
 */
import { nameKey } from '../../names/normalize.js';
import { recordAnswers, withRecordedAnswers } from '../../prebuilt.js';
import { remembered } from '../../remembered.js';
import placesData from './places.json' with { type: 'json' };
import { CAPITALS, CLDR_RENAMES, PLACE_SUPPLEMENT, type PlaceData } from './places-supplement.js';
import { WORLD_CITIES } from './world-cities.js';
import { WORLD_ORGANIZATIONS } from './world-organizations.js';
import { INSTITUTIONS, VENUES } from './venues.js';
import { aliasesOf, DISPLAY_NAMES } from './official-names.js';
import { ENGLISH_ADJECTIVES, IRREGULAR_ADJECTIVES, PARTIES } from './parties.js';

export interface Place {
  name: string;
  nameAr: string;
  zone: string;
  country: string | null;
}

export interface Country {
  code: string;
  name: string;
  nameAr: string;
  /** The capital's zone: a meeting placed only by its country is counted there. */
  zone: string | null;
  /** The seat of government (CAPITALS), when the gazetteer knows it. */
  capital: Place | null;
}

/** A named building or compound: where in its city a meeting is. */
export interface Venue {
  name: string;
  nameAr: string;
  /** Its city; several when one name is used in several (the likeliest first). */
  places: readonly Place[];
  /** The organisation whose seat it is. */
  organization: Organization | null;
}

/** A kind of building every country has (its foreign ministry, its presidential palace), placed by the country named with it. */
export interface Institution {
  name: string;
  nameAr: string;
  /** Where a country keeps it, by country code, when not in its capital. */
  seats: ReadonlyMap<string, Place>;
}

/** Words that say what kind of place a name is: a capital, a city, a resort. */
export type Descriptor = 'capital' | 'city';

export interface Organization {
  name: string;
  nameAr: string;
  aliases: readonly string[];
  /** The organisation this one is an organ of (the Arab League Council: the Arab League). */
  partOf?: string;
  /** The city it sits in, where a meeting of its own is when the article names no other. */
  seat?: string;
}

/** The organisations of diplomacy the articles name. */
export const ORGANIZATIONS: readonly Organization[] = [
  { name: 'United Nations', nameAr: 'الأمم المتحدة', aliases: ['UN', 'U.N.', 'المنظمة الدولية'], seat: 'New York' },
  {
    name: 'UN Security Council',
    nameAr: 'مجلس الأمن',
    aliases: [
      'Security Council',
      'مجلس الأمن الدولي',
      'United Nations Security Council',
      'مجلس الأمن التابع للأمم المتحدة',
    ],
  },
  { name: 'European Union', nameAr: 'الاتحاد الأوروبي', aliases: ['EU', 'E.U.', 'الاتحاد الأوربي'], seat: 'Brussels' },
  {
    name: 'Arab League',
    nameAr: 'جامعة الدول العربية',
    aliases: ['League of Arab States', 'الجامعة العربية'],
    seat: 'Cairo',
  },
  {
    name: 'Global Coalition to Defeat ISIS',
    nameAr: 'التحالف الدولي',
    aliases: ['Global Coalition', 'US-led coalition', 'التحالف الدولي ضد داعش', 'التحالف', 'the coalition'],
  },
  { name: 'Constitutional Committee', nameAr: 'اللجنة الدستورية', aliases: ['Syrian Constitutional Committee'] },
  {
    name: 'Gulf Cooperation Council',
    nameAr: 'مجلس التعاون الخليجي',
    aliases: [
      'GCC',
      'مجلس التعاون لدول الخليج العربية',
      'Gulf Co-operation Council',
      'Cooperation Council for the Arab States of the Gulf',
    ],
    seat: 'Riyadh',
  },
  {
    name: 'OPCW',
    nameAr: 'منظمة حظر الأسلحة الكيميائية',
    aliases: ['Organisation for the Prohibition of Chemical Weapons'],
    seat: 'The Hague',
  },
  { name: 'NATO', nameAr: 'حلف شمال الأطلسي', aliases: ['الناتو', 'حلف الناتو'], seat: 'Brussels' },
  { name: 'Organisation of Islamic Cooperation', nameAr: 'منظمة التعاون الإسلامي', aliases: ['OIC'], seat: 'Jeddah' },
  { name: 'African Union', nameAr: 'الاتحاد الأفريقي', aliases: ['AU', 'الاتحاد الإفريقي'], seat: 'Addis Ababa' },
  {
    name: 'International Atomic Energy Agency',
    nameAr: 'الوكالة الدولية للطاقة الذرية',
    aliases: ['IAEA'],
    seat: 'Vienna',
  },
  {
    name: 'UNHCR',
    nameAr: 'المفوضية السامية للأمم المتحدة لشؤون اللاجئين',
    aliases: ['UN refugee agency', 'مفوضية اللاجئين'],
  },
  {
    name: 'ICRC',
    nameAr: 'اللجنة الدولية للصليب الأحمر',
    aliases: ['International Committee of the Red Cross', 'Red Cross'],
  },
  { name: 'OPEC', nameAr: 'أوبك', aliases: ['منظمة الدول المصدرة للنفط'], seat: 'Vienna' },
  { name: 'Syrian Negotiation Commission', nameAr: 'هيئة التفاوض', aliases: ['هيئة التفاوض السورية', 'SNC'] },
  ...[...PARTIES, ...WORLD_ORGANIZATIONS].map(([name, nameAr, aliases, partOf]) => ({ name, nameAr, aliases, partOf })),
];

export type GazetteerEntry =
  /** `common`: this spelling is also an ordinary word (العقبة), a place only where a place is expected. */
  | { kind: 'place'; place: Place; common?: true }
  | { kind: 'country'; country: Country; adjective: boolean }
  | { kind: 'organization'; organization: Organization }
  | { kind: 'venue'; venue: Venue }
  | { kind: 'institution'; institution: Institution }
  | { kind: 'descriptor'; descriptor: Descriptor };

/**
 * Descriptor words: "the Egyptian capital", "العاصمة السورية دمشق", "the Saudi city of AlUla",
 * "منتجع شرم الشيخ". A capital names its country's; the others say that the name after them is
 * a place where something is (the city Kuwait, not the country).
 */
const DESCRIPTORS: Readonly<Record<Descriptor, readonly string[]>> = {
  capital: ['capital', 'عاصمة'],
  city: [
    'city',
    'town',
    'resort',
    'port',
    'village',
    'governorate',
    'مدينة',
    'منتجع',
    'ميناء',
    'بلدة',
    'قرية',
    'محافظة',
    'ولاية',
  ],
};

export interface Gazetteer {
  /** Folded names to what they name: a city, a country (قطر is both), an organisation, a venue. */
  entries: ReadonlyMap<string, readonly GazetteerEntry[]>;
  /** Places' spellings that are also ordinary words or given names (العقبة, علا): in `words`, not in `entries`. */
  common: ReadonlyMap<string, readonly GazetteerEntry[]>;
  /** The most words a name has. */
  longest: number;
  /** For each first word of a name, the most words a name starting with it has: most words start none. */
  firstWords: ReadonlyMap<string, number>;
  /** The same names word by word: the text's words are walked down it, no string built per length tried. */
  words: NameWords;
  places: readonly Place[];
  countries: ReadonlyMap<string, Country>;
  /** Places by their English name. */
  placesByName: ReadonlyMap<string, Place>;
}

/** A step in the names: what the words so far name (if a whole name), and the words that may follow. */
export interface NameWords {
  entries: readonly GazetteerEntry[] | undefined;
  next: ReadonlyMap<string, NameWords>;
}

/** The `next` of a step no name goes on from (most are): one Map a step cost the build 10 ms of a start. */
const NO_WORDS: ReadonlyMap<string, NameWords> = new Map();

let built: Gazetteer | undefined;

/** Written by `npm run build` beside the compiled gazetteer: the answers of FROM_NODE it asks for (gazetteerKeys). */
export const GAZETTEER_KEYS = 'gazetteer-keys.json';

/** Intl's region names in a language, made when first asked (the first costs a start 25-40 ms of ICU data). */
const regionNames = remembered((locale: string) => new Intl.DisplayNames([locale], { type: 'region' }));

/** What the gazetteer asks of Node's own Unicode and CLDR data, each a pure function of a string. */
const FROM_NODE = {
  /** A name's folded key. */
  nameKey,
  /** A region's name in a two-letter language, asked as `en FR` (empty when Intl has none). */
  regionName: (question: string) => regionNames(question.slice(0, 2)).of(question.slice(3)) ?? '',
};

/** The gazetteer, built once on first use (FROM_NODE's answers read from GAZETTEER_KEYS when there is one). */
export function gazetteer(): Gazetteer {
  return (built ??= build(withRecordedAnswers(new URL(GAZETTEER_KEYS, import.meta.url), FROM_NODE)));
}

/** The answers of FROM_NODE the gazetteer asks for, as GAZETTEER_KEYS's text (bin/build.js writes it). */
export function gazetteerKeys(): string {
  return recordAnswers(FROM_NODE, (ask) => build(ask));
}

/** `ask` is FROM_NODE, or its answers read back (src/prebuilt.ts). */
function build(ask: typeof FROM_NODE): Gazetteer {
  const keyOf = ask.nameKey;
  const entries = new Map<string, GazetteerEntry[]>();
  // Spellings that are also ordinary words or given names (العلا is علا): found in a text, but no bar to reading a word as a name.
  const commonEntries = new Map<string, GazetteerEntry[]>();
  const add = (name: string, entry: GazetteerEntry) => {
    // "Qasr Al Watan" folds to "qasr watan", but a text's words fold one by one ("al" kept): both are keys.
    const wordByWord = / (?:al|el|Al|El) /.test(name) ? name.split(' ').map(keyOf).filter(Boolean).join(' ') : '';
    if (wordByWord) addKey(wordByWord, entry);
    addKey(keyOf(name), entry);
  };
  const addKey = (key: string, entry: GazetteerEntry) => {
    if (!key || key.length < 2) return;
    const map = entry.kind === 'place' && entry.common ? commonEntries : entries;
    const list = map.get(key) ?? [];
    const sameKind = list.findIndex((e) => e.kind === entry.kind);
    if (sameKind < 0) list.push(entry);
    // A country's own name outranks another's adjective (سورية is Syria, not "Syrian").
    else if (entry.kind === 'country' && !entry.adjective && (list[sameKind] as { adjective: boolean }).adjective)
      list[sameKind] = entry;
    map.set(key, list);
  };

  const places: Place[] = [];
  const byName = new Map<string, Place>();
  const addPlace = (data: PlaceData, names: readonly string[]) => {
    const place: Place = { name: data.name, nameAr: data.nameAr, zone: data.zone, country: data.country };
    if (!byName.has(data.name)) byName.set(data.name, place);
    places.push(place);
    const entry: GazetteerEntry = { kind: 'place', place };
    const common: GazetteerEntry = { kind: 'place', place, common: true };
    // A common word's Arabic spellings need a place to be expected; its Latin ones do not.
    for (const name of names) add(name, data.commonWord && /[\u0600-\u06FF]/.test(name) ? common : entry);
  };
  for (const cldr of placesData.places as PlaceData[]) {
    const renamed = CLDR_RENAMES[cldr.zone];
    if (renamed) addPlace({ ...cldr, ...renamed }, [renamed.name, renamed.nameAr, ...renamed.keep]);
    else addPlace(cldr, [cldr.name, cldr.nameAr, ...spellings(cldr.nameAr)]);
  }
  for (const data of [...PLACE_SUPPLEMENT, ...WORLD_CITIES])
    addPlace(data, [data.name, data.nameAr, ...spellings(data.nameAr), ...(data.aliases ?? [])]);
  const capitalZone = new Map<string, string>();
  for (const place of places)
    if (place.country && !capitalZone.has(place.country)) capitalZone.set(place.country, place.zone);
  const capitals = new Map<string, Place>();
  for (const [code, city] of Object.entries(CAPITALS)) {
    const place = byName.get(city);
    if (place) {
      capitals.set(code, place);
      capitalZone.set(code, place.zone);
    }
  }
  const organizations = new Map(ORGANIZATIONS.map((o) => [o.name, o]));
  for (const data of VENUES) {
    const cities = (typeof data.city === 'string' ? [data.city] : data.city).flatMap((city) => byName.get(city) ?? []);
    if (cities.length === 0) continue;
    const venue: Venue = {
      name: data.name,
      nameAr: data.nameAr,
      places: cities,
      organization: (data.organization && organizations.get(data.organization)) || null,
    };
    for (const name of [data.name, data.nameAr, ...(data.aliases ?? [])]) add(name, { kind: 'venue', venue });
  }
  for (const data of INSTITUTIONS) {
    const seats = new Map<string, Place>();
    for (const [code, city] of Object.entries(data.seats ?? {})) {
      const place = byName.get(city);
      if (place) seats.set(code, place);
    }
    const institution: Institution = { name: data.name, nameAr: data.nameAr, seats };
    for (const name of [data.name, data.nameAr, ...data.aliases]) add(name, { kind: 'institution', institution });
  }
  for (const [descriptor, words] of Object.entries(DESCRIPTORS) as [Descriptor, readonly string[]][]) {
    for (const word of words) add(word, { kind: 'descriptor', descriptor });
  }

  const countries = new Map<string, Country>();
  for (const code of regionCodes()) {
    const name = ask.regionName(`en ${code}`);
    const nameAr = ask.regionName(`ar ${code}`);
    if (!name || !nameAr || name === code) continue;
    const country: Country = {
      code,
      name: DISPLAY_NAMES[code]?.name ?? name,
      nameAr: DISPLAY_NAMES[code]?.nameAr ?? nameAr,
      zone: capitalZone.get(code) ?? null,
      capital: capitals.get(code) ?? null,
    };
    countries.set(code, country);
    for (const alias of [name, nameAr, ...spellings(nameAr), ...aliasesOf(code)]) {
      add(alias, { kind: 'country', country, adjective: false });
    }
    for (const adjective of [...arabicAdjectives(code, nameAr), ...(ENGLISH_ADJECTIVES[code] ?? [])]) {
      add(adjective, { kind: 'country', country, adjective: true });
    }
  }
  for (const organization of ORGANIZATIONS) {
    for (const name of [organization.name, organization.nameAr, ...organization.aliases].flatMap(bothSpellings))
      add(name, { kind: 'organization', organization });
  }
  const firstWords = new Map<string, number>();
  const words: NameWords = { entries: undefined, next: new Map() };
  const addWords = (key: string, found: readonly GazetteerEntry[]) => {
    const parts = key.split(' ');
    firstWords.set(parts[0]!, Math.max(firstWords.get(parts[0]!) ?? 0, parts.length));
    let step = words;
    for (const part of parts) {
      let after = step.next.get(part);
      if (!after) {
        if (step.next === NO_WORDS) step.next = new Map();
        (step.next as Map<string, NameWords>).set(part, (after = { entries: undefined, next: NO_WORDS }));
      }
      step = after;
    }
    step.entries = found;
  };
  for (const [key, found] of entries) {
    const common = commonEntries.get(key);
    // A common word's place joins a name's entries where none of them is a place.
    addWords(key, common && !found.some((e) => e.kind === 'place') ? [...found, ...common] : found);
  }
  for (const [key, found] of commonEntries) if (!entries.has(key)) addWords(key, found);
  const longest = Math.max(...firstWords.values());
  return { entries, common: commonEntries, longest, firstWords, words, places, countries, placesByName: byName };
}

/** Codes Intl names that are groupings or private use, not countries. */
const NOT_COUNTRIES = new Set('EU EZ NT QO QU UN XA XB ZZ'.split(' '));

/**
 * Every two-letter region code Intl may name that is a country today. A withdrawn code
 * (YD for South Yemen, VD, RH, UK) is named like the country that replaced it, and would
 * shadow that country's own code: Intl's canonical form tells it.
 */
function regionCodes(): string[] {
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) codes.push(String.fromCharCode(a, b));
  return codes.filter(
    (code) => !NOT_COUNTRIES.has(code) && Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`,
  );
}

/** Spellings the press uses beside CLDR's: Egyptian ج for غ, final ية for يا. */
function spellings(nameAr: string): string[] {
  const variants: string[] = [];
  if (nameAr.includes('غ')) variants.push(nameAr.replace(/غ/g, 'ج'));
  if (nameAr.endsWith('يا')) variants.push(`${nameAr.slice(0, -2)}ية`);
  return variants;
}

/** The nisba of a country: الأردن → أردني (and أردنية), unless it is irregular. */
export function arabicAdjectives(code: string, nameAr: string): string[] {
  const irregular = IRREGULAR_ADJECTIVES[code];
  let stems: readonly string[];
  if (irregular) {
    stems = irregular;
  } else {
    // A nisba is formed from a one-word name; "جمهورية …" would give جمهوري, which names no country.
    if (nameAr.includes(' ')) return [];
    const first = nameAr.replace(/^ال/, '');
    const stem = first.replace(/(?:ية|يا|ا|ة|ات)$/, (ending) => (ending === 'ات' ? 'ات' : ''));
    stems = stem.length >= 2 ? [`${stem}ي`] : [];
  }
  return stems.flatMap((stem) => [stem, `${stem}ة`]);
}

/** A name in British and American spelling: "Shanghai Cooperation Organisation" is written "Organization" as often. */
function bothSpellings(name: string): string[] {
  const other = name.replace(/([iy])s(ations?|ing|ed)\b/g, '$1z$2');
  const back = name.replace(/([iy])z(ations?|ing|ed)\b/g, '$1s$2');
  return [...new Set([name, other, back])];
}
