/**
 * The ways one leader's name is written: "عبد الله" or "عبدالله", a father's name given or left
 * out ("عادل بن أحمد الجبير"), Latin and Arabic spellings that differ in their vowels. The leaders
 * lexicon (known-leaders.ts) finds a name by any of them.
 */

/** The words a father's name follows ("bin", بن, folded): "Hamdan bin Mohammed bin Rashid" names his father after bin. */
export const FATHER_WORDS: ReadonlySet<string> = new Set(['bin', 'ibn', 'ben', 'bint', 'بن', 'ابن', 'بنت']);

/** "عبد الله بن زايد" is written "عبدالله بن زايد" as often (and "عبدالفتاح" "عبد الفتاح"): both spellings. */
export function abdSpellings(nameAr: string): string[] {
  const joined = nameAr.replace(ABD_APART, '$1عبد');
  const apart = nameAr.replace(ABD_JOINED, '$1عبد ');
  return [...new Set([nameAr, joined, apart])];
}
const ABD_APART = /(^|\s)عبد\s+(?=\S)/g;
const ABD_JOINED = /(^|\s)عبد(?=\S)/g;

/** A father's name inside a full name, with a family name after it (folded): "عادل بن احمد الجبير". */
const INNER_FATHER = /(?<= )(?:bin|ibn|بن) \S+ (?=\S)/g;
/** A father or a house still in a name (folded): "سلطان بن عبدالعزيز", "خالد ال خليفة". */
const FATHER_OR_HOUSE = /(?:^| )(?:bin|ibn|بن|al|ال)(?: |$)/;

/**
 * "عادل بن أحمد الجبير" is عادل الجبير, "بدر بن حمد بن حمود البوسعيدي" بدر البوسعيدي: the key (folded)
 * without the fathers it names before a family name. Null when it names none, or when a father or a
 * house is left ("سلطان بن سلمان بن عبدالعزيز" is not سلطان بن عبدالعزيز, his grandfather's namesake).
 */
export function withoutFathers(key: string): string | null {
  const without = key.replace(INNER_FATHER, '');
  return without !== key && !FATHER_OR_HOUSE.test(without) ? without : null;
}

const VOWELS = /[aeiouy]/g;
/** Combining marks, once NFD has taken them off their letters ("é" is "e" and a mark). */
const MARKS = /\p{M}/gu;
/** Words of a name that spellings keep or drop at will ("al-Sabah", "Sabah"). */
const ARTICLES = new Set(['al', 'el']);

/**
 * A Latin name without its vowels, doubled letters, articles and the breaks between its words:
 * "Walid al-Moualem" and "Walid al-Muallem" are both "wldmlm", "Hossein Amirabdollahian" and
 * "Hossein Amir-Abdollahian" both "hsnmrbdlhn", "Abbas Araqchi" and "Abbas Araghchi" both
 * "bbsrqch" (ق and غ are q or gh as the outlet pleases). Null for a one-word name (too little to go on).
 */
export function latinSkeleton(name: string): string | null {
  const words = name
    .normalize('NFD')
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w && !ARTICLES.has(w))
    .map((w) =>
      w
        .replace(MARKS, '')
        .replace(/gh/g, 'q')
        .replace(VOWELS, '')
        .replace(/(.)\1+/g, '$1'),
    )
    .filter(Boolean);
  return words.length > 1 ? words.join('') : null;
}

/**
 * A foreign name in Arabic letters (folded by nameKey) without its long vowels inside words, its
 * doubled letters and the breaks between its words, غ written ج and تش written ش: "زيغمار غابرييل"
 * and "زيجمار جابرييل" are one. The first letters of its first two words go ahead of it: "كريستوفر
 * لاندو" and "كريستيا فريلاند" share their letters, not their words, while "شي جينبينغ" is still "شي جين
 * بينغ". Null for one word or a short skeleton (too little to go on).
 */
export function arabicSkeleton(key: string): string | null {
  const words = key.split(' ').filter(Boolean);
  if (words.length < 2) return null;
  const skeleton = words
    .map((w) => w[0] + w.slice(1).replace(/[اويى]/g, ''))
    .join('')
    .replace(/غ/g, 'ج')
    .replace(/تش/g, 'ش')
    .replace(/(.)\1+/g, '$1');
  const opening = words
    .slice(0, 2)
    .map((w) => (w[0] === 'غ' ? 'ج' : w[0]))
    .join('');
  return skeleton.length >= MIN_ARABIC_SKELETON ? `${opening}:${skeleton}` : null;
}
const MIN_ARABIC_SKELETON = 6;
