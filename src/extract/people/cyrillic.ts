/**
 * Russian and Ukrainian given names written as the Arabic and the English press write them.
 *
 * Cyrillic spells a name as it sounds, so a letter-by-letter reading gets the press's spelling
 * for most names (Сергей → سيرغي / Sergei, Владимир → فلاديمير / Vladimir, Михаил → ميخائيل /
 * Mikhail). Where the press has more than one habit, every one is given: г as غ or ج (Levantine
 * and Egyptian copy), -ей as ي or يه (سيرغي, أندريه), й as y or i (Sergey, Sergei). What a
 * reading cannot know (a vowel the press drops: Павел → بافل) is left to the curated list in
 * typed-given-names.ts. Used by build-given-names.ts only.
 */

type Language = 'ru' | 'uk';

const VOWELS = new Set('аеёиоуыэюяіїє');

/** Arabic for each letter inside a word; a letter missing here is dropped (ъ ь and the apostrophe). */
const ARABIC: Readonly<Record<string, readonly string[]>> = {
  а: ['ا'],
  б: ['ب'],
  в: ['ف'],
  г: ['غ', 'ج'],
  ґ: ['غ'],
  д: ['د'],
  е: ['ي'],
  ё: ['يو'],
  ж: ['ج'],
  з: ['ز'],
  и: ['ي'],
  і: ['ي'],
  ї: ['يي'],
  й: ['ي'],
  к: ['ك'],
  л: ['ل'],
  м: ['م'],
  н: ['ن'],
  о: ['و'],
  п: ['ب'],
  р: ['ر'],
  с: ['س'],
  т: ['ت'],
  у: ['و'],
  ф: ['ف'],
  х: ['خ'],
  ц: ['تس'],
  ч: ['تش'],
  ш: ['ش'],
  щ: ['تش'],
  ы: ['ي'],
  э: ['ي'],
  ю: ['يو'],
  я: ['يا'],
  є: ['ي'],
};
/** A word's first letter, where the press writes it with a hamza or a glide. */
const ARABIC_INITIAL: Readonly<Record<string, readonly string[]>> = {
  а: ['أ'],
  и: ['إي'],
  і: ['إي'],
  о: ['أو'],
  у: ['أو'],
  э: ['إ'],
  е: ['ي', 'إي'],
  є: ['ي'],
  ю: ['يو'],
  я: ['يا'],
  ї: ['يي'],
};
/** Ukrainian г is an h: Григорій is هريهوري in careful copy, غريغوري in most. */
const UKRAINIAN_ARABIC: Readonly<Record<string, readonly string[]>> = { г: ['ه', 'غ'] };

const LATIN: Readonly<Record<string, readonly string[]>> = {
  а: ['a'],
  б: ['b'],
  в: ['v'],
  г: ['g'],
  ґ: ['g'],
  д: ['d'],
  е: ['e'],
  ё: ['yo'],
  ж: ['zh'],
  з: ['z'],
  и: ['i'],
  і: ['i'],
  ї: ['yi'],
  й: ['y', 'i'],
  к: ['k'],
  л: ['l'],
  м: ['m'],
  н: ['n'],
  о: ['o'],
  п: ['p'],
  р: ['r'],
  с: ['s'],
  т: ['t'],
  у: ['u'],
  ф: ['f'],
  х: ['kh'],
  ц: ['ts'],
  ч: ['ch'],
  ш: ['sh'],
  щ: ['shch'],
  ы: ['y'],
  э: ['e'],
  ю: ['yu'],
  я: ['ya'],
  є: ['ye'],
};
const LATIN_INITIAL: Readonly<Record<string, readonly string[]>> = { е: ['ye', 'e'] };
const UKRAINIAN_LATIN: Readonly<Record<string, readonly string[]>> = { г: ['h'], и: ['y'] };

/** Every combination of the choices, in order: [[a, b], [c]] → [ac, bc]. */
function combine(choices: readonly (readonly string[])[]): string[] {
  let spellings = [''];
  for (const options of choices) spellings = spellings.flatMap((head) => options.map((option) => head + option));
  return spellings;
}

/** The Arabic spellings of one Cyrillic word, the commonest first. */
function arabicWord(word: string, language: Language): string[] {
  const letters = [...word];
  const choices = letters.map((letter, i): readonly string[] => {
    const before = letters[i - 1];
    const last = i === letters.length - 1;
    // -ий and -ый end in one ي (Дмитрий → دميتري); -ей in ي or يه (سيرغي, أندريه).
    if (letter === 'й' && last && (before === 'и' || before === 'ы' || before === 'і')) return [''];
    // -ия is يا: Мария → ماريا.
    if ((letter === 'и' || letter === 'і') && letters[i + 1] === 'я' && i > 0) return [''];
    if (letter === 'й' && last && before === 'е') return ['', 'ه'];
    // A vowel after a vowel carries a hamza: Михаил → ميخائيل.
    if ((letter === 'и' || letter === 'і') && before !== undefined && VOWELS.has(before) && before !== 'и')
      return ['ئي'];
    if (i === 0 && ARABIC_INITIAL[letter]) return ARABIC_INITIAL[letter];
    if (language === 'uk' && UKRAINIAN_ARABIC[letter]) return UKRAINIAN_ARABIC[letter];
    return ARABIC[letter] ?? [''];
  });
  return combine(choices);
}

/** The Latin spellings of one Cyrillic word, the commonest first. */
function latinWord(word: string, language: Language): string[] {
  const letters = [...word];
  const choices = letters.map((letter, i): readonly string[] => {
    const before = letters[i - 1];
    const last = i === letters.length - 1;
    // -ий: Dmitry, Dmitriy, Dmitri; -ій (Ukrainian) the same.
    if (letter === 'и' && letters[i + 1] === 'й' && i + 2 === letters.length) return ['', 'i'];
    if (letter === 'і' && letters[i + 1] === 'й' && i + 2 === letters.length) return ['i'];
    // -ия: Maria, Mariya.
    if (letter === 'я' && (before === 'и' || before === 'і')) return ['a', 'ya'];
    if (letter === 'й' && last && (before === 'и' || before === 'і')) return ['y', 'i'];
    if (i === 0 && LATIN_INITIAL[letter]) return LATIN_INITIAL[letter];
    if (language === 'uk' && UKRAINIAN_LATIN[letter]) return UKRAINIAN_LATIN[letter];
    return LATIN[letter] ?? [''];
  });
  return combine(choices).filter((spelling) => spelling !== '');
}

/** A name's spellings, word by word: a compound (Жан-Поль, Анна Мария) keeps its joiner. */
function spellings(name: string, language: Language, word: (w: string, l: Language) => string[]): string[] {
  const joiner = name.includes('-') ? '-' : ' ';
  let names = [''];
  name
    .toLowerCase()
    .replace(/['’ʼ]/g, '')
    .split(/[\s-]+/)
    .filter(Boolean)
    .forEach((w, i) => {
      const options = word(w, language);
      names = names.flatMap((head) => options.map((option) => (i === 0 ? option : head + joiner + option)));
    });
  return [...new Set(names)].filter((n) => n !== '');
}

/** The Arabic press's spellings of a Russian or Ukrainian given name, the commonest first. */
export function cyrillicToArabic(name: string, language: Language = 'ru'): string[] {
  return spellings(name, language, arabicWord);
}

/** The English press's spellings of a Russian or Ukrainian given name, the commonest first (lower case). */
export function cyrillicToLatin(name: string, language: Language = 'ru'): string[] {
  return spellings(name, language, latinWord);
}
