/**
 * Builds given-names.json: given names folded by nameKey, in Arabic and in Latin script, each
 * with its other-script spelling where a source gives one and marked ambiguous where the same
 * key is also an everyday word. Run rarely, by hand; the output is committed, so only this
 * script needs the sources:
 *
 *   npm ci   # @faker-js/faker 10.6.0 (MIT) is a devDependency
 *   npm install --no-save arabic-personal-names@1.0.4 @zxcvbn-ts/language-ar@3.1.0 stopwords-iso@1.1.0 \
 *     @cspell/dict-ar@1.1.7 @cspell/dict-en_us@4.4.43 cspell-trie-lib@9.7.0
 *   npx tsx src/extract/people/build-given-names.ts
 *
 * Sources:
 * - @faker-js/faker 10.6.0 (MIT): person.first_name of its locales: `ar` (Arabic), `fa` (Persian,
 *   written as the Arabic press writes Persian letters), `ru` and `uk` (read off Cyrillic by
 *   cyrillic.ts into Arabic and Latin), and its Latin-script locales (English, French, German,
 *   Spanish, Italian, Portuguese, Dutch, Nordic, Central European, Turkish, Indonesian …).
 * - arabic-personal-names 1.0.4 (ISC, M. F. Orabi): 223 male and 230 female Arabic names.
 * - @zxcvbn-ts/language-ar 3.1.0 (MIT): 400 Arabic given names in Latin script.
 * - typed-given-names.ts: Arabic names the packages miss, with their Latin spellings, and foreign
 *   names as the Arabic press spells them (typed by the project).
 * - Ambiguity: stopwords-iso 1.1.0 (MIT) for function words; Intl's month and weekday names
 *   (Gregorian, Levantine, Maghrebi, Hijri, Persian); the gazetteer's places, countries, country
 *   adjectives and organisations; the title, verb and meeting words of ../meeting-words.ts;
 *   EVERYDAY_WORDS below; and, for names of another language only, the spell-checking
 *   dictionaries @cspell/dict-ar 1.1.7 (LGPL-3.0, Ayaspell) and @cspell/dict-en_us 4.4.43 (MIT),
 *   read with cspell-trie-lib 9.7.0 (MIT): only a yes or no per name is taken from them.
 *
 * Rejected: arabic-name-to-en 1.0.6 (2,515 Iraqi names, but with surnames, misspellings, names
 * run together and plain words such as زباله, لكن, تكليف among them).
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';
import { nameKey } from '../../names/normalize.js';
import {
  ARABIC_NAME_JOINERS,
  ARABIC_NOT_NAMES,
  ARABIC_TITLES,
  ARABIC_TITLES_AFTER_NAME,
  ARABIC_TRIGGERS,
  ARABIC_VERBS,
  ENGLISH_NAME_JOINERS,
  ENGLISH_ROLE_WORDS,
  ENGLISH_TITLES,
  SPORTS_SHARED_WORDS,
  SPORTS_WORDS,
} from '../meeting-words.js';
import { gazetteer } from '../gazetteer/index.js';
import { cyrillicToArabic, cyrillicToLatin } from './cyrillic.js';
import { ABD_COMPOUNDS, ARABIC_GIVEN_NAMES, DIN_COMPOUNDS, FOREIGN_GIVEN_NAMES } from './typed-given-names.js';

const require = createRequire(import.meta.url);
const arabicPersonalNames = require('arabic-personal-names') as { male: string[]; female: string[] };
const zxcvbnArabicNames = require('@zxcvbn-ts/language-ar/src/firstnames.json') as string[];
const stopwords = require('stopwords-iso') as Record<string, string[]>;
/** An installed package's version (read from the file: not every package exports its package.json). */
const version = (name: string) =>
  (
    JSON.parse(readFileSync(new URL(`../../../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version;

/**
 * Given names that are everyday words of news copy too (أمل hope, سلام peace, بيان statement,
 * Will, Grace): a reader takes them for a name only beside another cue (a title, a known
 * surname, a name before or after). Function words, months, weekdays, places and the reader's own
 * title and meeting words are found by the generator; these are the nouns, adjectives and verbs.
 */
const EVERYDAY_WORDS = {
  arabic: (
    'أمل آمال أماني سلام نور عادل كريم جميل سعيد فريد حسن أمين صالح كامل كمال جمال نصر فتح عز مجد شريف ' +
    'رشيد عزيز نبيل حكيم سامي عالي ماهر هادي عامر طاهر مبارك مختار منير بشير بدر أسعد أكبر أكرم أمير ' +
    'سلطان ملك قائد زعيم رائد صادق حامد فائز رابح ثابت جاد حازم صفاء وفاء إيمان أمان سماح رجاء حياة رحمة ' +
    'نجاح فرح فرج عيد ربيع جهاد إسلام نضال كفاح وئام سلامة عطية رزق توفيق تيسير برهان إحسان بركات فضل ' +
    'مجاهد مرشد معين منتصر ممتاز مخلص نافع ناجح راغب رضا رشاد شاكر ضياء طيب عارف فاضل فخري فكري كرم خيري ' +
    'وسام هبة رحاب براءة خلود بشرى إلهام حنان ندى هدى سرور دنيا وحيد ميلاد عرفان نادر جواد غيث رعد صقر ' +
    'سيف شهاب فارس الأخضر بطل إمام آمر حبيب خليل جليل جلال حسام عماد علاء بهاء ثناء سناء غزل نغم وعد ولاء ' +
    'بيان تحية تراث أفكار أرواح أسرار تسامح ذكرى ختام أسوة انتصار أفراح بيضاء تلال تقوى ثراء دعاء ثورة ' +
    'تذكار إنصاف إشراق أشواق أصالة ألحان بصيرة تهاني تسبيح تحفة جلاء روعة محاسن مسرة أمنية وداد ثائرة ' +
    'لقاء سجود سند قاسم مؤيد نذير ثواب تمام جاهد باشر باهر سليم نزيه رفيع رفيق ضيف أسد جوهر جوهري محفوظ ' +
    'مطلق مشعل هلال رسول حداد بدوي منال سحر عزة فرمان هما صباح مساء جو خليفة عقيلة'
  ).split(' '),
  latin: (
    'will may mark bill grant hope grace faith joy rose chance guy art frank major king prince general ' +
    'judge justice junior summer autumn august april june sunny pat sue don said emir sultan sheikh imam ' +
    'ban moon sky page dean chase hunter miles lane park victory carter cooper price ward lee say bob ' +
    'rich penny noble sterling stone ray rod jack ken van del mercy patience harmony ivory amber crystal ' +
    'river forest brook glen reed wade drew cash early young gay nova peace amen salaam fateh fatah jihad ' +
    'islam eid amal iris ivy lily violet hazel olive pearl ruby jade dawn eve holly daisy sharon florence ' +
    'victoria china india georgia israel jordan'
  ).split(' '),
};

type Script = 'arabic' | 'latin';
/**
 * Where a name comes from. An Arabic name is an Arabic word too (سامح forgiving, محمود praised):
 * only the words of news copy make it ambiguous. A foreign name in Arabic letters, or a name of
 * another language in Latin ones, is a word only by chance (بيت Pete is a house, Can is a verb):
 * a dictionary says when.
 */
type Origin = 'own' | 'foreign';
interface Entry {
  other: string[];
  ambiguous: boolean;
  /** Some name's whole key, not only what is left of one once its أل reads as the article. */
  whole: boolean;
  /** Given by a source of the script's own names (Arabic names in Arabic; English, typed or Arabic names in Latin). */
  own: boolean;
  /** The spellings it was given in, before folding (a dictionary holds hamzas and ة). */
  spellings: string[];
}
const names: Record<Script, Map<string, Entry>> = { arabic: new Map(), latin: new Map() };

const LATIN_LETTERS = /^[\p{Script=Latin}'’\s-]+$/u;

/** Adds a name (any spelling nameKey folds) with an other-script spelling if one is known. */
function add(script: Script, name: string, other?: string, origin: Origin = 'own'): void {
  const spelling = name.replace(/\u200C/g, '');
  const key = nameKey(spelling);
  // Two-letter Latin names of other languages (Ib, Ak) are initials in English copy; Wm is an abbreviation.
  if (key.length < 2 || (script === 'latin' && ((origin === 'foreign' && key.length < 3) || !/[aeiouy]/.test(key))))
    return;
  // أليكسي keeps its أل (no article), but typed without the hamza it reads as ال + يكسي: both are keys,
  // as searchKeys (src/names/normalize.ts) does for places. What is left (هام of إلهام, حان of
  // إلحان) is often a word, and always a name only in part: such a key is ambiguous.
  const withoutHamzaArticle = key
    .split(' ')
    .map((word) => (word.startsWith('ال') && word.length >= 5 ? word.slice(2) : word))
    .join(' ');
  const keys: [string, boolean][] = [[key, true]];
  if (withoutHamzaArticle !== key) keys.push([withoutHamzaArticle, false]);
  for (const [each, whole] of keys) {
    const entry = names[script].get(each) ?? { other: [], ambiguous: false, whole, own: false, spellings: [] };
    if (other && !entry.other.includes(other)) entry.other.push(other);
    entry.whole ||= whole;
    entry.own ||= origin === 'own';
    if (whole && !entry.spellings.includes(spelling)) entry.spellings.push(spelling);
    names[script].set(each, entry);
  }
}

/** عبد الله is written عبدالله too; the joined form is its own key. */
function addArabic(name: string, other?: string, origin: Origin = 'own'): void {
  add('arabic', name, other, origin);
  const joined = name.replace(/^(عبد|أبو|ابو) (?=\S)/, '$1');
  if (joined !== name) add('arabic', joined, other, origin);
}

/** Persian letters as the Arabic press writes them: پزشکیان → بزشكيان, گلپایگان → كلبايكان. */
const PERSIAN_LETTERS: Readonly<Record<string, readonly string[]>> = {
  پ: ['ب'],
  چ: ['تش', 'ج', 'ش'],
  ژ: ['ج', 'ز'],
  گ: ['ك', 'غ', 'ج'],
};
function arabicSpellingsOfPersian(name: string): string[] {
  let spellings = [''];
  for (const letter of name) {
    const options = PERSIAN_LETTERS[letter] ?? [letter];
    spellings = spellings.flatMap((head) => options.map((option) => head + option));
  }
  return spellings;
}

/** A foreign name's Arabic spelling and what the press also writes: ج for a hard g written غ, ڤ for v. */
function pressVariants(arabic: string, latin: string): string[] {
  const variants = [arabic];
  if (arabic.includes('غ') && /g/i.test(latin)) variants.push(arabic.replace(/غ/g, 'ج'));
  if (/v|w(?=[aeiou])/i.test(latin) && !/f|ph/i.test(latin) && arabic.includes('ف'))
    variants.push(arabic.replace(/ف/g, 'ڤ'));
  return variants;
}

/** A faker locale's first names, men's, women's and either; [] for a locale faker lacks. */
const firstNames = (locale: string): string[] => {
  const names = (allLocales as Record<string, { person?: { first_name?: Record<string, string[]> } }>)[locale]?.person
    ?.first_name;
  return [...new Set(Object.values(names ?? {}).flat())];
};

// Arabic names.
for (const name of [...firstNames('ar'), ...arabicPersonalNames.male, ...arabicPersonalNames.female]) addArabic(name);
for (const name of firstNames('fa')) {
  for (const spelling of arabicSpellingsOfPersian(name)) add('arabic', spelling, undefined, 'foreign');
}
for (const name of zxcvbnArabicNames) add('latin', name);

// Typed names: Arabic ones first, so that an Arabic name's Latin spelling is its own (محمد is
// Mohammed, not the Turkish Mehmet); foreign ones with the press's variants.
function addTyped(
  lines: readonly string[],
  variants: (arabic: string, latin: string) => string[],
  origin: Origin,
): void {
  for (const line of lines) {
    const [latinSide, arabicSide] = line.split(' = ') as [string, string];
    const latins = latinSide.split('|');
    const arabics = arabicSide.split('|');
    for (const latin of latins) {
      add('latin', latin, arabics[0]);
      for (const arabic of arabics)
        for (const variant of variants(arabic, latin)) addArabic(variant, latins[0], origin);
    }
  }
}
addTyped(ARABIC_GIVEN_NAMES, (arabic) => [arabic], 'own');
for (const name of ABD_COMPOUNDS) addArabic(`عبد ${name}`);
for (const name of DIN_COMPOUNDS) add('arabic', `${name} الدين`);
addTyped(FOREIGN_GIVEN_NAMES, pressVariants, 'foreign');
for (const [locale, language] of [
  ['ru', 'ru'],
  ['uk', 'uk'],
] as const) {
  for (const name of firstNames(locale)) {
    const latin = cyrillicToLatin(name, language);
    const display = latin[0]!.replace(/(^|[\s-])\p{L}/gu, (s) => s.toUpperCase());
    const arabic = cyrillicToArabic(name, language);
    for (const spelling of arabic) add('arabic', spelling, display, 'foreign');
    for (const spelling of latin) add('latin', spelling, arabic[0], 'foreign');
  }
}

// Latin-script names of the languages of news copy (Vietnamese, Chinese, Korean and Japanese
// given names are syllables that English text is full of, so their locales stay out).
const LATIN_LOCALES = (
  'en en_GB en_IE en_AU en_CA en_IN en_NG en_GH en_ZA fr fr_BE fr_CH fr_SN de de_AT de_CH es es_MX it ' +
  'pt_PT pt_BR nl nl_BE sv nb_NO da fi pl cs_CZ sk sl_SI hr sr_RS_latin ro ro_MD hu lv tr az ' +
  'uz_UZ_latin id_ID ku_kmr_latin af_ZA yo_NG zu_ZA'
).split(' ');
for (const locale of LATIN_LOCALES) {
  const origin = locale.startsWith('en') ? 'own' : 'foreign';
  for (const name of firstNames(locale)) if (LATIN_LETTERS.test(name)) add('latin', name, undefined, origin);
}

// Ambiguity: which keys are also words, months, weekdays or places.
const everyday: Record<Script, Set<string>> = { arabic: new Set(), latin: new Set() };
const word = (text: string) => {
  for (const part of [text, ...text.split(/\s+/)]) {
    const key = nameKey(part);
    if (key) everyday[/[\u0600-\u06FF]/.test(part) ? 'arabic' : 'latin'].add(key);
  }
};
EVERYDAY_WORDS.arabic.forEach(word);
EVERYDAY_WORDS.latin.forEach(word);
const STOPWORD_LANGUAGES = 'ar fa en fr de es it pt nl tr sv da no fi pl ro id'.split(' ');
for (const language of STOPWORD_LANGUAGES) {
  (stopwords[language] ?? []).forEach(word);
}
const CALENDAR_LOCALES = (
  'ar ar-EG ar-SY ar-LB ar-IQ ar-JO ar-MA ar-DZ ar-TN ar-u-ca-islamic fa-u-ca-persian ar-u-ca-persian ' +
  'en fr de es it pt nl tr id'
).split(' ');
for (const locale of CALENDAR_LOCALES) {
  for (let month = 0; month < 12; month++) {
    word(new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, month, 15)));
  }
  const islamic = new Intl.DateTimeFormat(locale.includes('-u-ca-') ? locale : `${locale}-u-ca-islamic`, {
    month: 'long',
    timeZone: 'UTC',
  });
  for (let day = 0; day < 360; day += 29) word(islamic.format(Date.UTC(2024, 0, 1) + day * 86_400_000));
  for (let day = 0; day < 7; day++) {
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
      Date.UTC(2024, 0, 1 + day),
    );
    word(weekday);
    word(`ال${weekday}`);
  }
}
// Places, countries, their adjectives (تركي is Turkish and Turki) and organisations, as the reader folds them.
for (const key of gazetteer().entries.keys()) everyday[/[\u0600-\u06FF]/.test(key) ? 'arabic' : 'latin'].add(key);
for (const set of [
  ARABIC_TITLES,
  ARABIC_TITLES_AFTER_NAME,
  ARABIC_NAME_JOINERS,
  ARABIC_NOT_NAMES,
  ARABIC_VERBS,
  SPORTS_WORDS,
  SPORTS_SHARED_WORDS,
]) {
  for (const key of set) everyday.arabic.add(key);
}
for (const trigger of ARABIC_TRIGGERS) everyday.arabic.add(trigger.stem);
for (const set of [ENGLISH_TITLES, ENGLISH_ROLE_WORDS, ENGLISH_NAME_JOINERS])
  for (const key of set) everyday.latin.add(nameKey(key));

// Foreign names that are words of the other language's dictionary: an Arabic word takes the
// article (بيت → البيت, كون → الكون; جيمس and سيرغي take none), an English one is spelled in lower case.
// A specifier in a variable: the package is installed for this script only, so tsc must not look for it.
const trieLibrary = 'cspell-trie-lib';
const { decodeTrie } = (await import(trieLibrary)) as {
  decodeTrie(text: string): { has(word: string): boolean };
};
const dictionary = (name: string, file: string) => {
  const path = require.resolve(`${name}/cspell-ext.json`).replace('cspell-ext.json', file);
  return decodeTrie(gunzipSync(readFileSync(path)).toString('utf8'));
};
const arabicWords = dictionary('@cspell/dict-ar', 'ar.trie.gz');
const englishWords = dictionary('@cspell/dict-en_us', 'en_US.trie.gz');
function isWord(script: Script, key: string, spellings: readonly string[]): boolean {
  if (script === 'latin') return englishWords.has(key);
  return [key, ...spellings].some((spelling) => !spelling.includes(' ') && arabicWords.has(`ال${spelling}`));
}

for (const script of ['arabic', 'latin'] as const) {
  for (const [key, entry] of names[script]) {
    entry.ambiguous = everyday[script].has(key) || !entry.whole || (!entry.own && isWord(script, key, entry.spellings));
  }
}

// Out: each script's keys, one a line; then the other-script spellings and the ambiguous keys.
// Plain strings, not a row per name: JSON.parse and a Set of strings are the cheapest load.
const byKey = ([a]: [string, Entry], [b]: [string, Entry]) => (a < b ? -1 : a > b ? 1 : 0);
const sorted = (script: Script) => [...names[script]].sort(byKey);
const lines = (items: readonly string[]) => items.join(',\n');
const keys = (script: Script) => lines(sorted(script).map(([key]) => JSON.stringify(key)));
const others = lines(
  (['arabic', 'latin'] as const).flatMap((script) =>
    sorted(script).flatMap(([key, entry]) =>
      entry.other[0] ? [`${JSON.stringify(key)}: ${JSON.stringify(entry.other[0])}`] : [],
    ),
  ),
);
const ambiguous = lines(
  (['arabic', 'latin'] as const).flatMap((script) =>
    sorted(script).flatMap(([key, entry]) => (entry.ambiguous ? [JSON.stringify(key)] : [])),
  ),
);
const source =
  `@faker-js/faker ${version('@faker-js/faker')} (MIT) first names of ar, fa, ru, uk and ${LATIN_LOCALES.length} Latin-script locales; ` +
  `arabic-personal-names ${version('arabic-personal-names')} (ISC); @zxcvbn-ts/language-ar ${version('@zxcvbn-ts/language-ar')} (MIT); ` +
  `Arabic and foreign names typed in typed-given-names.ts; ambiguity from stopwords-iso ${version('stopwords-iso')} (MIT), Intl calendars, ` +
  `the gazetteer, meeting-words.ts, and for foreign names @cspell/dict-ar ${version('@cspell/dict-ar')} (LGPL-3.0) and ` +
  `@cspell/dict-en_us ${version('@cspell/dict-en_us')} (MIT) read with cspell-trie-lib ${version('cspell-trie-lib')} (MIT)`;
const target = new URL('./given-names.json', import.meta.url);
const before = (() => {
  try {
    return readFileSync(target, 'utf8');
  } catch {
    return '';
  }
})();
const after =
  `{"source": ${JSON.stringify(source)},\n"arabic": [\n${keys('arabic')}\n],\n"latin": [\n${keys('latin')}\n],\n` +
  `"other": {\n${others}\n},\n"ambiguous": [\n${ambiguous}\n]}\n`;
writeFileSync(target, after);
const count = (script: Script) =>
  `${names[script].size} ${script} (${[...names[script].values()].filter((e) => e.ambiguous).length} ambiguous)`;
process.stdout.write(`${count('arabic')}, ${count('latin')}${before === after ? ' (unchanged)' : ''}\n`);
