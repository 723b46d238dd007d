/**
 * Offices named in the plural, one holder a country: "the U.S. and Iranian foreign ministers",
 * "the foreign ministers of Egypt and Jordan", "وزيرا الخارجية الأمريكي والإيراني", "وزراء خارجية
 * مصر والأردن والعراق". Each country of the list gives one office (offices.ts names its holder in
 * the article's year), its role the singular title with that country.
 */
import { nameKey } from '../../names/normalize.js';
import type { Token } from '../clauses.js';
import type { OfficeCode } from './leaders.js';

type PluralOffice = Extract<OfficeCode, 'fm' | 'hos' | 'hog'>;

/** A plural title: its folded words, the office, and the singular a holder's role is written with. */
interface PluralTitle {
  words: readonly string[];
  office: PluralOffice;
  singular: string;
}

// prettier-ignore
const PLURALS: readonly (readonly [string, PluralOffice, string])[] = [
  ['foreign ministers', 'fm', 'foreign minister'], ['presidents', 'hos', 'president'], ['prime ministers', 'hog', 'prime minister'],
  ['وزيرا الخارجية', 'fm', 'وزير الخارجية'], ['وزيري الخارجية', 'fm', 'وزير الخارجية'], ['وزراء الخارجية', 'fm', 'وزير الخارجية'],
  ['وزيرا خارجية', 'fm', 'وزير خارجية'], ['وزيري خارجية', 'fm', 'وزير خارجية'], ['وزراء خارجية', 'fm', 'وزير خارجية'],
  ['الرئيسان', 'hos', 'الرئيس'], ['الرئيسين', 'hos', 'الرئيس'],
  ['رئيسا الوزراء', 'hog', 'رئيس الوزراء'], ['رئيسي الوزراء', 'hog', 'رئيس الوزراء'],
];
const TITLES: readonly PluralTitle[] = PLURALS.map(([title, office, singular]) => ({
  words: title.split(' ').map(nameKey),
  office,
  singular,
}));

/** The first words of the titles: most words open none, and are not matched against each title. */
const FIRST_WORDS: ReadonlySet<string> = new Set(TITLES.map((t) => t.words[0]!));

/** One office of a plural title: tokens[from, to] name it (the country's words and the title's), `role` as a holder's. */
export interface PluralOfficeMention {
  from: number;
  to: number;
  country: string;
  office: PluralOffice;
  role: string;
  /** The list's last word (tokens[listEnd]): names right after it are the holders' ("وزراء خارجية الكويت وقطر، ناصر الصباح وخالد العطية"). */
  listEnd: number;
}

/** The country a word (or two) opening at tokens[i] names, with a clinging و taken off: its code and how many words. */
export type CountryAt = (tokens: readonly Token[], i: number) => { code: string; words: number } | null;

/** Words before a plural title that make its people others than the office holders. */
// prettier-ignore
const NOT_THE_HOLDERS = new Set(
  ['deputy', 'vice', 'former', 'ex', 'assistant', 'acting', 'نواب', 'نائبا', 'نائبي', 'نائب', 'مساعدو', 'مساعدا', 'مساعدي'].map(nameKey),
);
/** "وزيرا الخارجية السابقان": former holders. */
const FORMER_AFTER = /^(?:سابق|former)/;

/** How many countries a plural title may list. */
const MOST = 8;

export function pluralOfficeMentions(
  tokens: readonly Token[],
  arabic: boolean,
  countryAt: CountryAt,
): PluralOfficeMention[] {
  const found: PluralOfficeMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.stems.some((s) => FIRST_WORDS.has(s))) continue;
    const title = TITLES.find((t) => t.words.every((w, k) => tokens[i + k]?.stems.includes(w)));
    if (!title) continue;
    const end = i + title.words.length - 1;
    // "the deputy foreign ministers of …", "نواب وزراء خارجية …", "the former presidents of …": not the holders
    if (NOT_THE_HOLDERS.has(tokens[i - 1]?.key ?? '') || FORMER_AFTER.test(tokens[end + 1]?.key ?? '')) continue;
    const countries = arabic ? listAfter(tokens, end + 1, countryAt) : englishList(tokens, i, end, countryAt);
    // (two at least: "the two foreign ministers", "foreign ministers from the region" name no one here)
    if (countries.length < 2) continue;
    const before = countries[0]!.from < i;
    const listEnd = Math.max(...countries.map((l) => l.from + l.words - 1));
    // ("وزراء خارجية" is "وزير خارجية", "وزراء الخارجية" "وزير الخارجية": the folded words are one)
    const singular =
      arabic && title.words.length > 1 && !tokens[i + 1]!.text.startsWith('ال')
        ? title.singular.replace(/ ال/, ' ')
        : title.singular;
    for (const c of countries) {
      // (without the list's و: "وزير خارجية مصر", "وزير الخارجية الإيراني"; no state's name opens with و)
      const words = tokens.slice(c.from, c.from + c.words).map((t, k) => (k === 0 ? t.text.replace(/^و/, '') : t.text));
      const role = arabic ? `${singular} ${words.join(' ')}` : `${words.join(' ')} ${singular}`;
      found.push({
        // (each holder is named where their country is: a list of guests, one after another)
        from: c.from,
        to: before ? end : c.from + c.words - 1,
        country: c.code,
        office: title.office,
        role,
        listEnd,
      });
    }
    i = end;
  }
  return found;
}

type Listed = { code: string; from: number; words: number };

/** Countries one after another from tokens[at]: "الأمريكي والإيراني", "مصر والأردن، والعراق", "Egypt, Jordan and Iraq". */
function listAfter(tokens: readonly Token[], at: number, countryAt: CountryAt): Listed[] {
  const listed: Listed[] = [];
  while (listed.length < MOST && at < tokens.length) {
    if (tokens[at]!.key === 'and' && listed.length > 0) at++;
    const country = countryAt(tokens, at);
    if (!country) break;
    listed.push({ code: country.code, from: at, words: country.words });
    at += country.words;
    // (a list goes on after a comma or "and" / و, not past a full stop or another phrase)
    if (/[.;:]/.test(tokens[at - 1]!.after)) break;
  }
  return listed;
}

/** "the U.S. and Iranian foreign ministers" (the countries before the title), "the foreign ministers of Egypt and Jordan" (after "of"). */
function englishList(tokens: readonly Token[], start: number, end: number, countryAt: CountryAt): Listed[] {
  if (tokens[end + 1]?.key === 'of' && !tokens[end]!.after) {
    const at = tokens[end + 2]?.key === 'the' ? end + 3 : end + 2;
    return listAfter(tokens, at, countryAt);
  }
  const listed: Listed[] = [];
  let at = start;
  while (listed.length < MOST && at > 0) {
    const country = [2, 1]
      .map((words) => ({ words, c: at - words >= 0 ? countryAt(tokens, at - words) : null }))
      .find(({ words, c }) => c !== null && c.words === words);
    if (!country?.c) break;
    listed.unshift({ code: country.c.code, from: at - country.words, words: country.words });
    at -= country.words;
    const before = tokens[at - 1];
    if (before?.key === 'and') at--;
    else if (!before || !/,/.test(before.after)) break;
  }
  return listed;
}
