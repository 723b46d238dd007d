/**
 * Towns the gazetteer does not know, told by the word that says they are one: "في مدينة الرجمة",
 * "بلدة عرسال", "in Ningbo city", "the town of Ghadames". The name is kept as the text writes it
 * (no other script is invented); its clock is that of the country the clause named before it, else
 * the article's.
 */
import type { Token } from './clauses.js';
import { gazetteer, type Place } from './gazetteer/index.js';

/** A town's name as written: Arabic letters; a capitalised word. */
const ARABIC_WORD = /^[\u0621-\u064A]{3,}$/;
const CAPITALISED = /^\p{Lu}\p{Ll}{2,}$/u;

/** Words that are no town's name after a descriptor: "مدينة كبيرة", "the city centre", "مدينة واحدة". */
const NOT_A_TOWN = /^(?:كبير|صغير|واحد|جديد|قديم|ساحلي|حدودي|اخري|عربي|centre|center|hall|council|state|officials?)/;

/**
 * The town named at tokens[i] (unknown to the gazetteer) right after a city descriptor ("مدينة",
 * "city of") or right before one ("Ningbo city"), or null.
 */
export function unknownTown(
  tokens: readonly Token[],
  i: number,
  arabic: boolean,
  zone: string | null,
): { place: Place; end: number } | null {
  // (most words are told at once: no descriptor next to them)
  const before = tokens[i - 1];
  if (arabic) {
    // (a construct, "مدينة X": after "المدينة" comes an adjective, "المدينة ذاتها")
    if (!isCityWord(before) || /^(?:[وفبك]?ال|لل)/.test(before!.text) || /[،,.:؛]/.test(before!.after)) return null;
  } else {
    const cityOf = before?.key === 'of' && isCityWord(tokens[i - 2]);
    const townCity = before?.key === 'in' && isCityWord(tokens[i + 1]) && !/[,.;:]/.test(tokens[i]!.after);
    if (!cityOf && !townCity) return null;
  }
  const t = tokens[i]!;
  if (zone === null || t.nameSpan > 0 || t.title || NOT_A_TOWN.test(t.key)) return null;
  if (!(arabic ? ARABIC_WORD : CAPITALISED).test(t.text)) return null;
  return { place: { name: t.text, nameAr: t.text, zone, country: null }, end: t.end };
}

/** A word that says the name next to it is a town's (مدينة، بلدة، city, town …). */
function isCityWord(t: Token | undefined): boolean {
  if (t === undefined || t.nameSpan === 0) return false;
  return t.stems.some((s) =>
    (gazetteer().entries.get(s) ?? []).some((e) => e.kind === 'descriptor' && e.descriptor === 'city'),
  );
}
