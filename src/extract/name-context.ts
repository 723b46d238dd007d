/**
 * The words around a name that say what it is doing in the sentence: a post's country after its
 * title (وزير الدفاع في …), a locative before a venue, a party noun after a country's adjective,
 * a country's adjective after an institution. Read by entities.ts.
 */
import type { Country, GazetteerEntry } from './gazetteer/index.js';
import type { Token } from './clauses.js';
import type { Mentions } from './mentions.js';
import { ARABIC_TITLES_AFTER_NAME } from './meeting-words.js';
import { GIVEN } from './people/given-names.js';
import {
  ARABIC_HOSTING_VERB,
  BEFORE_VENUE,
  capitalised,
  LOCATIVE,
  namesParty,
  PARTY_AFTER,
  VENUE_LOCATIVE,
} from './place-words.js';

/** Locatives after a post's title: "وزير الدفاع في …", "السفير لدى …". */
export const POST_LOCATIVE = new Set(['في', 'لدي']);
/**
 * How far before في a post's title may stand: "وزير الدفاع في", "وزير الشؤون الخارجية والتعاون
 * الدولي والتكامل الإقليمي في": the words of one title, each definite (its portfolio, its
 * country's adjective), no comma, no name, no day between.
 */
const POST_REACH = 8;
const DEFINITE_WORD = /^(?:[وف]?ال|[وف]?لل)/;
const DAY_WORDS = new Set(['اليوم', 'امس', 'غدا', 'الليله', 'صباح', 'مساء', 'ظهر']);

/** A title (وزير، سفير …) before word `at`, the words between all of its phrase. */
export function titledBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - POST_REACH; k--) {
    const t = tokens[k]!;
    if (t.stems.some((s) => ARABIC_TITLES_AFTER_NAME.has(s) || s === 'سفير')) return true;
    if (t.after !== '' || !DEFINITE_WORD.test(t.text) || t.stems.some((s) => DAY_WORDS.has(s))) return false;
  }
  return false;
}

/** An English capitalised word right after a title or a given name is a name's ("President Lagos", "Ricardo Lagos"). */
export function namesSomeone(previous: Token | undefined, word: Token): boolean {
  if (previous === undefined || !capitalised(word)) return false;
  return previous.title || (previous.given === GIVEN && previous.after === '');
}

/** A party noun follows at `at`, past "and", commas and other countries' names: "Greek and Turkish diplomats". */
export function partyAfter(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < tokens.length && k - at < 4; k++) {
    const t = tokens[k]!;
    if (PARTY_AFTER.has(t.key)) return true;
    if (t.key !== 'and' && t.nameSpan === 0) return false;
  }
  return false;
}

/**
 * An English country name right before a title or a party noun is its adjective: "adviser to the
 * U.S. president", "to US Secretary of State …", "with the U.S. foreign minister" (one lower-case
 * word may stand between), "to U.S. officials". Not across a comma: "in Egypt, President …".
 */
export function titleAfterCountry(tokens: readonly Token[], last: number): boolean {
  if (/[,،.;:]/.test(tokens[last]!.after)) return false;
  const next = tokens[last + 1];
  if (next === undefined) return false;
  if (namesParty(next)) return true;
  return !capitalised(next) && next.after === '' && (tokens[last + 2]?.title ?? false);
}

/** A locative before word `i` across the words a venue's phrase may open with: "at the headquarters of …", "in the Red Sea resort of …". */
export function placedBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
    const t = tokens[k]!;
    if (/[,،.;:؛]/.test(t.after)) return false;
    if (LOCATIVE.has(t.key) || VENUE_LOCATIVE.has(t.key) || ARABIC_HOSTING_VERB.test(t.key)) return true;
    // A word in a name (Red Sea, Kuwait's) or a country's adjective may stand between; anything else ends the phrase.
    if (!BEFORE_VENUE.has(t.key) && t.nameSpan === 0 && !capitalised(t)) return false;
  }
  return false;
}

/** The country whose adjective is the word at `at` (وزارة الخارجية الكويتية), if it is one. */
export function countryAfter(
  tokens: readonly Token[],
  at: number,
  entries: ReadonlyMap<string, readonly GazetteerEntry[]>,
  /** Its name too, not only its adjective (Arabic سورية is Syria and Syrian). */
  nameToo = false,
): Country | null {
  const token = tokens[at];
  if (!token || token.nameSpan === 0) return null;
  for (const stem of token.stems) {
    const entry = entries.get(stem)?.find((e) => e.kind === 'country');
    if (entry?.kind === 'country' && (entry.adjective || nameToo)) return entry.country;
  }
  return null;
}

/** Words after "capital of" that make it a region's, not a country's ("عاصمة إقليم كردستان العراق"). */
const REGION_WORDS = new Set(['اقليم', 'ولايه', 'محافظه', 'منطقه', 'region', 'province', 'state', 'governorate']);

/**
 * The descriptor at tokens[i, next) says what the place just named is ("أربيل، عاصمة إقليم كردستان
 * العراق", "Erbil, the capital of the Kurdistan region"), or a region's capital: no new place.
 */
export function describesPlaceBefore(tokens: readonly Token[], i: number, next: number, mentions: Mentions): boolean {
  const after = tokens[next]?.key === 'of' ? tokens[next + 1] : tokens[next];
  if (after !== undefined && after.stems.some((s) => REGION_WORDS.has(s))) return true;
  const placed = mentions.places.at(-1);
  const before = tokens[i - 1]?.key === 'the' ? i - 2 : i - 1;
  return placed !== undefined && before >= 0 && placed.end === tokens[before]!.end && /,|،/.test(tokens[before]!.after);
}
