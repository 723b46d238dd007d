/**
 * An office named in the plural over a list of countries: "وزراء خارجية مصر والأردن والعراق",
 * "وزيري خارجية روسيا وتركيا", "the foreign ministers of China, Japan and the Republic of Korea",
 * "the Saudi, Emirati and Egyptian foreign ministers". Each country's holder of the office in the
 * article's year takes part, when the leaders lexicon knows exactly one (offices.ts); the names
 * the text gives right after the list ("…، سامح شكري وأيمن الصفدي") are read as names instead.
 */
import type { Token } from '../clauses.js';
import { gazetteer } from '../gazetteer/index.js';
import type { ParticipantMention } from '../mentions.js';
import type { OfficeCode } from './leaders.js';
import { COUNTRY_ALIASES, namedAmong, type OfficeHolders } from './offices.js';

type PluralOffice = Extract<OfficeCode, 'fm' | 'hos' | 'hog'>;

/** "خارجية", "الخارجية", folded (the article goes). */
const FOREIGN: ReadonlySet<string> = new Set(['خارجيه']);
/** Arabic plural and dual heads (folded, without a clinging و، ب، ل) and the office they name with the word after them, if any. */
const ARABIC_HEADS: ReadonlyMap<string, { office: PluralOffice; then?: ReadonlySet<string> }> = new Map([
  ['وزراء', { office: 'fm', then: FOREIGN }],
  ['وزيرا', { office: 'fm', then: FOREIGN }],
  ['وزيري', { office: 'fm', then: FOREIGN }],
  ['رؤساء', { office: 'hos' }],
  ['رءساء', { office: 'hos' }],
  ['رئيسا', { office: 'hos' }],
  ['رئيسي', { office: 'hos' }],
  ['قاده', { office: 'hos' }],
  ['زعماء', { office: 'hos' }],
]);
/** English plural titles, each with the words that open it (folded). */
const ENGLISH_TITLES: readonly { words: readonly string[]; office: PluralOffice }[] = [
  { words: ['foreign', 'ministers'], office: 'fm' },
  { words: ['prime', 'ministers'], office: 'hog' },
  { words: ['presidents'], office: 'hos' },
  { words: ['leaders'], office: 'hos' },
];
/** The most words a country's name takes ("المملكة العربية السعودية", "the Republic of Korea"). */
const MAX_COUNTRY_WORDS = 4;

/** The country whose name (or, with `adjectives`, adjective) opens at tokens[i], its first word read without a clinging و: its code and length. */
function countryAt(tokens: readonly Token[], i: number, adjectives: boolean): { code: string; words: number } | null {
  const { entries } = gazetteer();
  const first = tokens[i];
  if (!first) return null;
  for (const stem of new Set([first.key, ...first.stems])) {
    let key = stem;
    let found: { code: string; words: number } | null = null;
    for (let n = 1; n <= MAX_COUNTRY_WORDS && i + n <= tokens.length; n++) {
      if (n > 1) key += ` ${tokens[i + n - 1]!.key}`;
      const entry = entries.get(key)?.find((e) => e.kind === 'country' && (adjectives || !e.adjective));
      const code = entry?.kind === 'country' ? entry.country.code : COUNTRY_ALIASES.get(key);
      if (code) found = { code, words: n };
      if (/[،,.:؛;]/.test(tokens[i + n - 1]!.after)) break;
    }
    if (found) return found;
  }
  return null;
}

/** The countries listed from tokens[from] on ("مصر والأردن والعراق", "China, Japan and the ROK"): their codes and where the list ends. */
function countryList(
  tokens: readonly Token[],
  from: number,
  arabic: boolean,
  adjectives: boolean,
): { codes: string[]; end: number } {
  const codes: string[] = [];
  let at = from;
  for (;;) {
    if (!arabic && tokens[at]?.key === 'the') at++;
    const country = countryAt(tokens, at, adjectives);
    if (!country) break;
    codes.push(country.code);
    at += country.words;
    const next = tokens[at];
    // (the next item: و clinging in Arabic, "," or "and" in English)
    if (!next) break;
    if (arabic) {
      if (!next.key.startsWith('و') && !/[،,]/.test(tokens[at - 1]!.after)) break;
    } else if (next.key === 'and') at++;
    else if (!/,/.test(tokens[at - 1]!.after)) break;
  }
  return { codes, end: at };
}

/** The offices named in the plural over a list of two or more countries: the words they take and each country's office. */
function pluralMentions(
  tokens: readonly Token[],
  arabic: boolean,
): { from: number; end: number; office: PluralOffice; codes: string[] }[] {
  const found: { from: number; end: number; office: PluralOffice; codes: string[] }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (arabic) {
      const head = [token.key, ...token.stems].map((s) => ARABIC_HEADS.get(s)).find((h) => h !== undefined);
      if (!head) continue;
      const at = head.then ? i + 2 : i + 1;
      if (head.then && !head.then.has(tokens[i + 1]?.key ?? '')) continue;
      // "وزراء الخارجية المصري والأردني": after the definite office, its countries' adjectives.
      const list = countryList(tokens, at, true, head.then !== undefined && tokens[i + 1]!.text.startsWith('ال'));
      if (list.codes.length >= 2) found.push({ from: i, end: list.end, office: head.office, codes: list.codes });
      continue;
    }
    const title = ENGLISH_TITLES.find((t) => t.words.every((w, k) => tokens[i + k]?.key === w));
    if (!title) continue;
    const after = i + title.words.length;
    if (tokens[after]?.key === 'of') {
      const list = countryList(tokens, after + 1, false, false);
      if (list.codes.length >= 2) found.push({ from: i, end: list.end, office: title.office, codes: list.codes });
      continue;
    }
    // "the Saudi, Emirati and Egyptian foreign ministers": the adjectives before the title, read backwards.
    const codes: string[] = [];
    let at = i - 1;
    while (at >= 0) {
      const country = countryAt(tokens, at, true);
      if (!country || country.words !== 1) break;
      codes.unshift(country.code);
      const link = tokens[at - 1];
      if (link?.key === 'and') at -= 2;
      else if (link && /,/.test(link.after)) at -= 1;
      else break;
    }
    if (codes.length >= 2) found.push({ from: at, end: after, office: title.office, codes });
  }
  return found;
}

/**
 * The clause's people with the holders of an office its text names in the plural over a list of
 * countries, unless names follow the list (the text's names are read instead).
 */
export function withPluralOffices(
  tokens: readonly Token[],
  people: readonly ParticipantMention[],
  known: OfficeHolders,
  arabic: boolean,
): readonly ParticipantMention[] {
  let result = people;
  for (const mention of pluralMentions(tokens, arabic)) {
    const last = tokens[mention.end - 1]!;
    const following = tokens[mention.end + 1]?.end ?? last.end + 1;
    if (result.some((p) => p.kind === 'person' && p.start > last.start && p.start <= following)) continue;
    const role = tokens
      .slice(Math.max(0, mention.from), mention.end)
      .map((t) => t.text)
      .join(' ');
    for (const code of mention.codes) {
      const holder = known.holder(code, mention.office);
      if (!holder) continue;
      if (namedAmong(result, holder)) continue;
      const start = tokens[Math.max(0, mention.from)]!.start;
      result = [...result, { kind: 'person', name: holder.name, nameAr: holder.nameAr, role, start }];
    }
  }
  return result;
}
