/**
 * The gazetteer: places (with their IANA zone), countries (with their adjectives) and
 * organisations, in Arabic and Latin script, keyed by their folded names (src/names).
 *
 * Cities come from CLDR's exemplar cities (places.json, built by build-places.ts); countries
 * from Intl.DisplayNames in both languages. Typed here are only what neither source knows:
 * capitals and cities that name no time zone, spellings the press uses, adjectives that do
 * not follow the rule, and the organisations of diplomacy.
 */
import { nameKey } from '../../names/normalize.js';
import placesData from './places.json' with { type: 'json' };
import { SEATS_OF_GOVERNMENT } from './seats.js';

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
}

export interface Organization {
  name: string;
  nameAr: string;
  aliases: readonly string[];
}

/** Cities and capitals that name no zone, and the press's own spellings of some that do. */
const PLACE_SUPPLEMENT: readonly (Place & { aliases?: readonly string[] })[] = [
  { name: 'Washington', nameAr: 'واشنطن', zone: 'America/New_York', country: 'US' },
  { name: 'Ankara', nameAr: 'أنقرة', zone: 'Europe/Istanbul', country: 'TR' },
  { name: 'Geneva', nameAr: 'جنيف', zone: 'Europe/Zurich', country: 'CH' },
  { name: 'Davos', nameAr: 'دافوس', zone: 'Europe/Zurich', country: 'CH' },
  { name: 'Doha', nameAr: 'الدوحة', zone: 'Asia/Qatar', country: 'QA' },
  { name: 'Abu Dhabi', nameAr: 'أبوظبي', zone: 'Asia/Dubai', country: 'AE', aliases: ['أبو ظبي'] },
  { name: 'Manama', nameAr: 'المنامة', zone: 'Asia/Bahrain', country: 'BH' },
  { name: 'Kuwait City', nameAr: 'مدينة الكويت', zone: 'Asia/Kuwait', country: 'KW' },
  { name: "Sana'a", nameAr: 'صنعاء', zone: 'Asia/Aden', country: 'YE', aliases: ['Sanaa'] },
  { name: 'Rabat', nameAr: 'الرباط', zone: 'Africa/Casablanca', country: 'MA' },
  // One city, two names: the press wrote Nur-Sultan from 2019 to 2022; a meeting keeps the name it was reported under.
  { name: 'Astana', nameAr: 'أستانا', zone: 'Asia/Almaty', country: 'KZ', aliases: ['آستانة'] },
  { name: 'Nur-Sultan', nameAr: 'نور سلطان', zone: 'Asia/Almaty', country: 'KZ', aliases: ['نور سلطان'] },
  { name: 'Sochi', nameAr: 'سوتشي', zone: 'Europe/Moscow', country: 'RU' },
  { name: 'Jeddah', nameAr: 'جدة', zone: 'Asia/Riyadh', country: 'SA' },
  { name: 'Sharm el-Sheikh', nameAr: 'شرم الشيخ', zone: 'Africa/Cairo', country: 'EG' },
  { name: 'Alexandria', nameAr: 'الإسكندرية', zone: 'Africa/Cairo', country: 'EG' },
  { name: 'Erbil', nameAr: 'أربيل', zone: 'Asia/Baghdad', country: 'IQ' },
  { name: 'Aleppo', nameAr: 'حلب', zone: 'Asia/Damascus', country: 'SY' },
  { name: 'Homs', nameAr: 'حمص', zone: 'Asia/Damascus', country: 'SY' },
  { name: 'Latakia', nameAr: 'اللاذقية', zone: 'Asia/Damascus', country: 'SY' },
  { name: 'Idlib', nameAr: 'إدلب', zone: 'Asia/Damascus', country: 'SY' },
  { name: 'Deir ez-Zor', nameAr: 'دير الزور', zone: 'Asia/Damascus', country: 'SY' },
  { name: 'Munich', nameAr: 'ميونيخ', zone: 'Europe/Berlin', country: 'DE' },
  { name: 'The Hague', nameAr: 'لاهاي', zone: 'Europe/Amsterdam', country: 'NL' },
  { name: 'New York', nameAr: 'نيويورك', zone: 'America/New_York', country: 'US' },
  { name: 'Vienna', nameAr: 'فيينا', zone: 'Europe/Vienna', country: 'AT' },
  { name: 'Moscow', nameAr: 'موسكو', zone: 'Europe/Moscow', country: 'RU' },
  { name: 'Tehran', nameAr: 'طهران', zone: 'Asia/Tehran', country: 'IR' },
  { name: 'Muscat', nameAr: 'مسقط', zone: 'Asia/Muscat', country: 'OM' },
  { name: 'Amman', nameAr: 'عمّان', zone: 'Asia/Amman', country: 'JO' },
  { name: 'Paris', nameAr: 'باريس', zone: 'Europe/Paris', country: 'FR' },
  { name: 'New Delhi', nameAr: 'نيودلهي', zone: 'Asia/Kolkata', country: 'IN', aliases: ['نيو دلهي'] },
  // Towns that are seats of government in their own right (Lebanon's presidential palace, the GCC summit town).
  { name: 'Baabda', nameAr: 'بعبدا', zone: 'Asia/Beirut', country: 'LB', aliases: ['Baabda Palace', 'قصر بعبدا'] },
  { name: 'Al-Ula', nameAr: 'العلا', zone: 'Asia/Riyadh', country: 'SA', aliases: ['AlUla', 'Al Ula'] },
];

/** Adjectives (nisba) that do not follow "drop the ending, add ي". */
const IRREGULAR_ADJECTIVES: Record<string, readonly string[]> = {
  US: ['أمريكي', 'أميركي'],
  GB: ['بريطاني'],
  AE: ['إماراتي'],
  SA: ['سعودي'],
  PS: ['فلسطيني'],
  KP: ['كوري شمالي'],
  KR: ['كوري جنوبي'],
};

/** Short names the press uses for countries whose official name Intl gives. */
const COUNTRY_ALIASES: Record<string, readonly string[]> = {
  US: ['الولايات المتحدة الأميركية', 'الولايات المتحدة الأمريكية', 'أمريكا', 'أميركا', 'USA', 'U.S.', 'America'],
  GB: ['بريطانيا', 'Britain', 'UK', 'U.K.'],
  SA: ['السعودية', 'Saudi'],
  AE: ['الإمارات', 'UAE'],
  PS: ['فلسطين', 'Palestine'],
  SY: ['سورية'],
  RU: ['Russian Federation'],
  TR: ['Türkiye', 'تركية'],
};

/** English adjectives of the region's countries (Intl has no demonyms). */
const ENGLISH_ADJECTIVES: Record<string, readonly string[]> = {
  SY: ['Syrian'], JO: ['Jordanian'], LB: ['Lebanese'], IQ: ['Iraqi'], EG: ['Egyptian'], SA: ['Saudi'],
  AE: ['Emirati'], QA: ['Qatari'], KW: ['Kuwaiti'], OM: ['Omani'], BH: ['Bahraini'], YE: ['Yemeni'],
  IR: ['Iranian'], TR: ['Turkish'], RU: ['Russian'], US: ['American', 'U.S.'], GB: ['British'],
  FR: ['French'], DE: ['German'], CN: ['Chinese'], IL: ['Israeli'], PS: ['Palestinian'], LY: ['Libyan'],
  DZ: ['Algerian'], MA: ['Moroccan'], TN: ['Tunisian'], SD: ['Sudanese'], KZ: ['Kazakh'], IT: ['Italian'],
};

/** The organisations of diplomacy the articles name. */
export const ORGANIZATIONS: readonly Organization[] = [
  { name: 'United Nations', nameAr: 'الأمم المتحدة', aliases: ['UN', 'U.N.', 'المنظمة الدولية'] },
  { name: 'UN Security Council', nameAr: 'مجلس الأمن', aliases: ['Security Council', 'مجلس الأمن الدولي'] },
  { name: 'European Union', nameAr: 'الاتحاد الأوروبي', aliases: ['EU', 'E.U.', 'الاتحاد الأوربي'] },
  { name: 'Arab League', nameAr: 'جامعة الدول العربية', aliases: ['League of Arab States', 'الجامعة العربية'] },
  { name: 'Global Coalition to Defeat ISIS', nameAr: 'التحالف الدولي', aliases: ['Global Coalition', 'US-led coalition', 'التحالف الدولي ضد داعش', 'التحالف', 'the coalition'] },
  { name: 'Constitutional Committee', nameAr: 'اللجنة الدستورية', aliases: ['Syrian Constitutional Committee'] },
  { name: 'Gulf Cooperation Council', nameAr: 'مجلس التعاون الخليجي', aliases: ['GCC', 'مجلس التعاون لدول الخليج العربية'] },
  { name: 'OPCW', nameAr: 'منظمة حظر الأسلحة الكيميائية', aliases: ['Organisation for the Prohibition of Chemical Weapons'] },
  { name: 'NATO', nameAr: 'حلف شمال الأطلسي', aliases: ['الناتو', 'حلف الناتو'] },
  { name: 'Organisation of Islamic Cooperation', nameAr: 'منظمة التعاون الإسلامي', aliases: ['OIC'] },
  { name: 'African Union', nameAr: 'الاتحاد الأفريقي', aliases: ['AU', 'الاتحاد الإفريقي'] },
  { name: 'International Atomic Energy Agency', nameAr: 'الوكالة الدولية للطاقة الذرية', aliases: ['IAEA'] },
  { name: 'UNHCR', nameAr: 'المفوضية السامية للأمم المتحدة لشؤون اللاجئين', aliases: ['UN refugee agency', 'مفوضية اللاجئين'] },
  { name: 'ICRC', nameAr: 'اللجنة الدولية للصليب الأحمر', aliases: ['International Committee of the Red Cross', 'Red Cross'] },
  { name: 'OPEC', nameAr: 'أوبك', aliases: ['منظمة الدول المصدرة للنفط'] },
  { name: 'Syrian Negotiation Commission', nameAr: 'هيئة التفاوض', aliases: ['هيئة التفاوض السورية', 'SNC'] },
];

export type GazetteerEntry =
  | { kind: 'place'; place: Place }
  | { kind: 'country'; country: Country; adjective: boolean }
  | { kind: 'organization'; organization: Organization };

export interface Gazetteer {
  /** Folded names to what they name: a city, a country (قطر is both) or an organisation. */
  entries: ReadonlyMap<string, readonly GazetteerEntry[]>;
  /** The most words a name has. */
  longest: number;
  /** For each first word of a name, the most words a name starting with it has: most words start none. */
  firstWords: ReadonlyMap<string, number>;
  /** The same names word by word: the text's words are walked down it, no string built per length tried. */
  words: NameWords;
  places: readonly Place[];
  countries: ReadonlyMap<string, Country>;
}

/** A step in the names: what the words so far name (if a whole name), and the words that may follow. */
export interface NameWords {
  entries: readonly GazetteerEntry[] | undefined;
  next: Map<string, NameWords>;
}

let built: Gazetteer | undefined;

/** The gazetteer, built once on first use. */
export function gazetteer(): Gazetteer {
  return (built ??= build());
}

function build(): Gazetteer {
  const entries = new Map<string, GazetteerEntry[]>();
  const add = (name: string, entry: GazetteerEntry) => {
    const key = nameKey(name);
    if (!key || key.length < 2) return;
    const list = entries.get(key) ?? [];
    const sameKind = list.findIndex((e) => e.kind === entry.kind);
    if (sameKind < 0) list.push(entry);
    // A country's own name outranks another's adjective (سورية is Syria, not "Syrian").
    else if (entry.kind === 'country' && !entry.adjective && (list[sameKind] as { adjective: boolean }).adjective) list[sameKind] = entry;
    entries.set(key, list);
  };

  const places: Place[] = [...(placesData.places as Place[]), ...PLACE_SUPPLEMENT];
  const capitalZone = new Map<string, string>();
  for (const place of places) {
    const entry: GazetteerEntry = { kind: 'place', place: { name: place.name, nameAr: place.nameAr, zone: place.zone, country: place.country } };
    for (const name of [place.name, place.nameAr, ...spellings(place.nameAr), ...((place as { aliases?: string[] }).aliases ?? [])]) {
      add(name, entry);
    }
    if (place.country && !capitalZone.has(place.country)) capitalZone.set(place.country, place.zone);
  }
  for (const place of PLACE_SUPPLEMENT) if (place.country) capitalZone.set(place.country, place.zone);
  for (const [city, seats] of Object.entries(SEATS_OF_GOVERNMENT)) {
    const place = places.find((p) => p.name === city);
    if (place) for (const seat of seats) add(seat, { kind: 'place', place: { name: place.name, nameAr: place.nameAr, zone: place.zone, country: place.country } });
  }

  const english = new Intl.DisplayNames(['en'], { type: 'region' });
  const arabic = new Intl.DisplayNames(['ar'], { type: 'region' });
  const countries = new Map<string, Country>();
  for (const code of regionCodes()) {
    const name = english.of(code);
    const nameAr = arabic.of(code);
    if (!name || !nameAr || name === code) continue;
    const country: Country = { code, name, nameAr, zone: capitalZone.get(code) ?? null };
    countries.set(code, country);
    for (const alias of [name, nameAr, ...spellings(nameAr), ...(COUNTRY_ALIASES[code] ?? [])]) {
      add(alias, { kind: 'country', country, adjective: false });
    }
    for (const adjective of [...arabicAdjectives(code, nameAr), ...(ENGLISH_ADJECTIVES[code] ?? [])]) {
      add(adjective, { kind: 'country', country, adjective: true });
    }
  }
  for (const organization of ORGANIZATIONS) {
    for (const name of [organization.name, organization.nameAr, ...organization.aliases]) add(name, { kind: 'organization', organization });
  }
  const firstWords = new Map<string, number>();
  const words: NameWords = { entries: undefined, next: new Map() };
  for (const [key, found] of entries) {
    const parts = key.split(' ');
    firstWords.set(parts[0]!, Math.max(firstWords.get(parts[0]!) ?? 0, parts.length));
    let step = words;
    for (const part of parts) {
      let after = step.next.get(part);
      if (!after) step.next.set(part, (after = { entries: undefined, next: new Map() }));
      step = after;
    }
    step.entries = found;
  }
  const longest = Math.max(...firstWords.values());
  return { entries, longest, firstWords, words, places, countries };
}

/** Codes Intl names that are not countries today (withdrawn, groupings, private use). */
const NOT_COUNTRIES = new Set(['AN', 'BU', 'CS', 'DD', 'EU', 'EZ', 'FX', 'NT', 'QO', 'QU', 'SU', 'TP', 'UN', 'XA', 'XB', 'YU', 'ZR', 'ZZ']);

/** Every two-letter region code Intl may name that is a country. */
function regionCodes(): string[] {
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) codes.push(String.fromCharCode(a, b));
  return codes.filter((code) => !NOT_COUNTRIES.has(code));
}

/** Spellings the press uses beside CLDR's: Egyptian ج for غ, final ية for يا. */
function spellings(nameAr: string): string[] {
  const variants: string[] = [];
  if (nameAr.includes('غ')) variants.push(nameAr.replace(/غ/g, 'ج'));
  if (nameAr.endsWith('يا')) variants.push(`${nameAr.slice(0, -2)}ية`);
  return variants;
}

/** The nisba of a country: الأردن → أردني (and أردنية), unless it is irregular. */
function arabicAdjectives(code: string, nameAr: string): string[] {
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
