/**
 * Plausible Arabic and Latin names for the synthetic calendars, built from syllables that
 * exist in both scripts, and the variant spellings people type for them.
 */
import { nameKey } from '../src/names/normalize.js';
import type { Random } from './random.js';

/** A syllable in Latin transliteration and in Arabic script. */
type Syllable = readonly [latin: string, arabic: string];

const OPENINGS: readonly Syllable[] = [
  ['Ka', 'كا'],
  ['Sa', 'سا'],
  ['Ma', 'ما'],
  ['Na', 'نا'],
  ['Ha', 'ها'],
  ['Ra', 'را'],
  ['Fa', 'فا'],
  ['Ja', 'جا'],
  ['Ba', 'با'],
  ['Da', 'دا'],
  ['Ta', 'تا'],
  ['Wa', 'وا'],
  ['Ya', 'يا'],
  ['Za', 'زا'],
  ['Kha', 'خا'],
  ['Sha', 'شا'],
  ['Gha', 'غا'],
  ['Qa', 'قا'],
  ['A', 'أ'],
  ['I', 'إ'],
  ['Mu', 'مو'],
  ['Hu', 'حو'],
  ['Su', 'سو'],
  ['Nu', 'نو'],
  ['Ri', 'ري'],
  ['Li', 'لي'],
  ['Mi', 'مي'],
  ['Ta', 'طا'],
];
const MIDDLES: readonly Syllable[] = [
  ['mi', 'مي'],
  ['li', 'لي'],
  ['ri', 'ري'],
  ['di', 'دي'],
  ['si', 'سي'],
  ['hi', 'هي'],
  ['zi', 'زي'],
  ['ma', 'ما'],
  ['la', 'لا'],
  ['ra', 'را'],
  ['da', 'دا'],
  ['sa', 'سا'],
  ['na', 'نا'],
  ['ba', 'با'],
  ['mu', 'مو'],
  ['lu', 'لو'],
  ['ru', 'رو'],
  ['nu', 'نو'],
  ['shi', 'شي'],
  ['ki', 'كي'],
  ['ti', 'تي'],
];
const ENDINGS: readonly Syllable[] = [
  ['d', 'د'],
  ['r', 'ر'],
  ['m', 'م'],
  ['n', 'ن'],
  ['l', 'ل'],
  ['b', 'ب'],
  ['s', 'س'],
  ['f', 'ف'],
  ['q', 'ق'],
  ['k', 'ك'],
  ['h', 'ح'],
  ['a', 'ة'],
  ['i', 'ي'],
  ['a', 'ى'],
  ['', ''],
  ['z', 'ز'],
];
const ROLES = ['Foreign Minister', 'President', 'Ambassador', 'Envoy', 'Prime Minister', 'Secretary-General', null];

function word(random: Random, syllables: number): Syllable {
  const first = random.pick(OPENINGS);
  let latin = first[0];
  let arabic = first[1];
  for (let i = 1; i < syllables; i++) {
    const middle = random.pick(MIDDLES);
    latin += middle[0];
    arabic += middle[1];
  }
  const ending = random.pick(ENDINGS);
  return [latin + ending[0], arabic + ending[1]];
}

export interface GeneratedName {
  name: string;
  nameAr: string;
  role: string | null;
}

/**
 * `count` people with distinct names in both scripts (distinct search keys, so the repository
 * would not have merged two of them): a given name and a family name, often with al-/ال.
 */
export function generatePeople(random: Random, count: number): GeneratedName[] {
  const people: GeneratedName[] = [];
  const seen = new Set<string>();
  while (people.length < count) {
    const given = word(random, random.int(1, 3));
    const family = word(random, random.int(2, 3));
    const article = random.chance(0.45);
    const name = `${given[0]} ${article ? 'al-' : ''}${family[0]}`;
    const nameAr = `${given[1]} ${article ? 'ال' : ''}${family[1]}`;
    const keys = [nameKey(name), nameKey(nameAr)];
    if (keys.some((k) => seen.has(k))) continue;
    for (const k of keys) seen.add(k);
    people.push({ name, nameAr, role: random.pick(ROLES) });
  }
  return people;
}

/** `count` places with distinct names in both scripts. */
export function generatePlaceNames(random: Random, count: number): { name: string; nameAr: string }[] {
  const places: { name: string; nameAr: string }[] = [];
  const seen = new Set<string>();
  while (places.length < count) {
    const [name, nameAr] = word(random, random.int(2, 3));
    const keys = [nameKey(name), nameKey(nameAr)];
    if (keys.some((k) => seen.has(k) || k.length < 3)) continue;
    for (const k of keys) seen.add(k);
    places.push({ name, nameAr });
  }
  return places;
}

const ARABIC_VARIANTS: readonly [RegExp, string][] = [
  [/أ/g, 'ا'],
  [/إ/g, 'ا'],
  [/ة/g, 'ه'],
  [/ى/g, 'ي'],
  [/ي$/g, 'ى'],
];

/**
 * The name as someone types it: Latin in another case, with an accent, the article spaced or
 * spelled el-; Arabic without hamza, ه for ة, ي/ى swapped, a diacritic and a tatweel.
 */
export function variantSpelling(name: string, script: 'latin' | 'arabic'): string {
  if (script === 'latin') {
    return name.replace(/\bal-/g, 'El ').toUpperCase().replace(/A/, 'Á');
  }
  let typed = name;
  for (const [from, to] of ARABIC_VARIANTS) typed = typed.replace(from, to);
  // A fatha after the first letter and a tatweel inside the last word.
  typed = `${typed.slice(0, 1)}\u064E${typed.slice(1)}`;
  const space = typed.lastIndexOf(' ');
  return space > 0 && typed.length > space + 3 ? `${typed.slice(0, space + 2)}\u0640${typed.slice(space + 2)}` : typed;
}
