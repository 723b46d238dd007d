/**
 * People named by their office alone: a counterpart ("نظيره الروسي", "his Russian counterpart")
 * and a bare office with a country ("وزير الخارجية الروسي", "the Iranian president") are the
 * person who held that office in the article's year, when the leaders lexicon knows exactly one.
 * A name given with the title always wins; a country or office the lexicon does not cover, or a
 * year the office changed hands in, names nobody.
 */
import { nameKey, nameKeyOf } from '../../names/normalize.js';
import { remembered } from '../../remembered.js';
import type { Token } from '../clauses.js';
import { gazetteer } from '../gazetteer/index.js';
import { holderNamedBy, type ParticipantMention } from '../mentions.js';
import { titleAlone } from './title-alone.js';
import { pluralOfficeMentions, type CountryAt } from './plural-offices.js';
import type { Leader, Office, OfficeCode } from './leaders.js';
import { inList, wordList } from '../word-lists.js';
import { withoutClinging } from '../meeting-words.js';

/** What the lexicon says of the offices held in one year (built by knownLeaders). */
export interface OfficeHolders {
  /** The one person who held `office` of `country` in the year, or null (nobody known, or several). */
  holder(country: string, office: OfficeCode): Leader | null;
  /** The offices `leader` held in the year, the main one first. */
  officesOf(leader: Leader): readonly Office[];
  /** The leader a full name (in either script) names. */
  named(name: string): Leader | undefined;
}

/** Indexes the offices `leaders` held in `year`. */
export function officeHolders(
  leaders: readonly Leader[],
  year: number,
  named: (name: string) => Leader | undefined,
): OfficeHolders {
  const held = (o: Office) => o.from <= year && year <= (o.to ?? Infinity);
  const byOffice = new Map<string, Leader[]>();
  for (const leader of leaders)
    for (const office of leader.offices.filter(held)) {
      const key = `${office.country} ${office.code}`;
      const holders = byOffice.get(key) ?? [];
      if (!holders.includes(leader)) byOffice.set(key, [...holders, leader]);
    }
  return {
    holder(country, office) {
      const holders = byOffice.get(`${country} ${office}`);
      return holders?.length === 1 ? holders[0]! : null;
    },
    officesOf: (leader) => leader.offices.filter(held),
    named,
  };
}

/** Offices a bare title names; the ones whose holder is one person a country. */
type NamedOffice = Extract<OfficeCode, 'hos' | 'hog' | 'fm' | 'cp' | 'speaker'>;

const TITLES: Readonly<Record<NamedOffice, readonly string[]>> = {
  fm: [
    'وزير الخارجية',
    'وزيرة الخارجية',
    'وزير الشؤون الخارجية',
    'وزيرة الشؤون الخارجية',
    'foreign minister',
    'foreign secretary',
    'secretary of state',
    'minister of foreign affairs',
    'foreign affairs minister',
  ],
  hos: [
    'الرئيس',
    'الرئيسة',
    'رئيس الجمهورية',
    'رئيس الدولة',
    'رئيس المجلس الرئاسي',
    'رئيس مجلس السيادة',
    'الملك',
    'العاهل',
    'السلطان',
    'أمير',
    'president',
    'king',
    'queen',
    'emir',
    'amir',
    'sultan',
    'monarch',
  ],
  hog: [
    'رئيس الوزراء',
    'رئيسة الوزراء',
    'رئيس الحكومة',
    'رئيسة الحكومة',
    'رئيس مجلس الوزراء',
    'المستشار',
    'المستشارة',
    'prime minister',
    'premier',
    'chancellor',
  ],
  cp: ['ولي العهد', 'crown prince'],
  speaker: ['رئيس البرلمان', 'رئيس مجلس النواب', 'parliament speaker', 'speaker of parliament'],
};

interface Title {
  words: readonly string[];
  office: NamedOffice;
  /** The one country whose office it names ("chancellor": Germany's head of government, not Britain's treasurer). */
  only?: string;
}

/** Titles of one country's office, where the word names another office elsewhere. */
const ONLY: ReadonlyMap<string, string> = new Map([
  ['المستشار', 'DE'],
  ['المستشارة', 'DE'],
  ['chancellor', 'DE'],
]);
const EMIR = nameKey('أمير');

/** Titles by their first folded word, the longest first ("رئيس مجلس الوزراء" before "الرئيس"). */
const TITLES_BY_FIRST = new Map<string, Title[]>();
for (const [office, titles] of Object.entries(TITLES) as [NamedOffice, readonly string[]][])
  for (const title of titles) {
    const words = title.split(' ').map(nameKey);
    const only = ONLY.get(title);
    TITLES_BY_FIRST.set(words[0]!, [
      ...(TITLES_BY_FIRST.get(words[0]!) ?? []),
      { words, office, ...(only ? { only } : {}) },
    ]);
  }
for (const titles of TITLES_BY_FIRST.values()) titles.sort((a, b) => b.words.length - a.words.length);
/** Words a title opens with, as written or without their clinging letters: most words open none. */
const OPENS_A_TITLE = wordList((word) => word.stems.some((s) => TITLES_BY_FIRST.has(s)));

const folded = (words: readonly string[]) => new Set(words.map(nameKey));
/** Words of a foreign ministry's longer name, between the title and the country ("وزير الخارجية والمغتربين السوري"). */
const TITLE_TAIL = folded(['والمغتربين', 'وشؤون', 'المغتربين', 'والتعاون', 'الدولي', 'الإفريقي', 'الأفريقي', 'دولة']);
/** "نظيره", "ونظيرته", "بنظيرها": a counterpart (not "نظيريه", two of them). */
const COUNTERPART_AR = /^[وبل]{0,2}نظير(?:ه|ها|ته)$/;
const COUNTERPART_WORD = nameKey('نظير');
/** English words between a counterpart's adjective and the word: "his visiting Iranian counterpart". */
const COUNTERPART_BETWEEN = folded(['visiting', 'new']);
/**
 * Country names the gazetteer does not fold to a country ("US" is also a pronoun; the gazetteer
 * knows Turkey as Türkiye, and naming it a place there adds meetings the reader cannot yet place).
 */
const COUNTRY_ALIASES: ReadonlyMap<string, string> = new Map([
  ['us', 'US'],
  ['uk', 'GB'],
  ['turkey', 'TR'],
]);

/** The country tokens[from, from + words) name, as adjective or name: "الروسي", "Iran's", "الكوري الجنوبي". */
function countryOf(tokens: readonly Token[], from: number, words: 1 | 2): string | null {
  const first = tokens[from];
  const second = words === 2 ? tokens[from + 1] : undefined;
  if (!first || (words === 2 && (!second || first.after))) return null;
  const key = second ? `${first.key} ${second.key}` : first.key;
  // ("Iran's" folds to "iran s"; "U.S." to "u s", whole)
  const bare = key.endsWith(' s') ? key.slice(0, -2) : key;
  const entries = gazetteer().entries;
  const entry = [...(entries.get(key) ?? []), ...(entries.get(bare) ?? [])].find((e) => e.kind === 'country');
  return entry?.kind === 'country' ? entry.country.code : (COUNTRY_ALIASES.get(bare) ?? null);
}

/** The country opening at tokens[i] (two words first), and how many words it takes. */
function countryAt(tokens: readonly Token[], i: number): { code: string; words: number } | null {
  for (const words of [2, 1] as const) {
    const code = countryOf(tokens, i, words);
    if (code) return { code, words };
  }
  return null;
}

/** The country ending at tokens[i - 1], right before an English title or counterpart: "Russian", "Iran's", "South Korean". */
function countryBefore(tokens: readonly Token[], i: number): { code: string; words: number } | null {
  for (const words of [2, 1] as const) {
    const from = i - words;
    const code = from >= 0 && !tokens[i - 1]!.after ? countryOf(tokens, from, words) : null;
    if (code) return { code, words };
  }
  return null;
}

/** The title opening at tokens[i] (the word may carry a clinging و, ب or ل), and how many words it takes. */
function titleAt(tokens: readonly Token[], i: number): Title | null {
  const token = tokens[i]!;
  if (!inList(token, OPENS_A_TITLE)) return null;
  let titles = TITLES_BY_FIRST.get(token.key);
  // (stems[0] is the key itself, asked already)
  for (let k = 1; !titles && k < token.stems.length; k++) titles = TITLES_BY_FIRST.get(token.stems[k]!);
  // "أمير قطر" is the emir; "الأمير السعودي" is a prince.
  if (!titles || (titles[0]!.words[0] === EMIR && /^[وبل]?ال/.test(token.text))) return null;
  return titles.find((t) => t.words.every((w, k) => k === 0 || tokens[i + k]?.key === w)) ?? null;
}

/** A title's words as the text wrote them, tokens[from, to]. */
export const written = (tokens: readonly Token[], from: number, to: number) =>
  tokens
    .slice(from, to + 1)
    .map((t) => t.text)
    .join(' ');

/** A person named by office: its words (tokens[from, to]), the country, and the office or the counterpart's. */
interface OfficeMention {
  from: number;
  to: number;
  country: string;
  office: NamedOffice | 'counterpart';
  /** A holder's role where the text's words are not one (a plural title's: "Iranian foreign minister"). */
  role?: string;
  /** A plural title's last country (a token's index). */
  listEnd?: number;
}

/** The country at tokens[i], or after its clinging و ("الأمريكي والإيراني"). */
const countryOrAnd: CountryAt = (tokens, i) => {
  const found = countryAt(tokens, i);
  const token = tokens[i];
  if (found || !token?.key.startsWith('و')) return found;
  const bare = [...tokens];
  for (const stem of token.stems.slice(1)) {
    bare[i] = { ...token, key: stem };
    const country = countryAt(bare, i);
    if (country) return country;
  }
  return null;
};

/** The offices and counterparts a clause names without a name. */
function officeMentions(tokens: readonly Token[], arabic: boolean): OfficeMention[] {
  const found: OfficeMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (arabic && COUNTERPART_AR.test(token.key)) {
      const country = countryAt(tokens, i + 1);
      if (country) found.push({ from: i, to: i + country.words, country: country.code, office: 'counterpart' });
    } else if (!arabic && token.key === 'counterpart') {
      // "his Iranian counterpart", "his South Korean counterpart", "his visiting Iranian counterpart"
      const visiting = i > 0 && COUNTERPART_BETWEEN.has(tokens[i - 1]!.key) ? 1 : 0;
      const country = countryBefore(tokens, i - visiting);
      if (country)
        found.push({ from: i - visiting - country.words, to: i, country: country.code, office: 'counterpart' });
    } else if (arabic) {
      const title = titleAt(tokens, i);
      if (!title) continue;
      let at = i + title.words.length;
      while (at < i + title.words.length + 2 && tokens[at] && TITLE_TAIL.has(tokens[at]!.key)) at++;
      const country = countryAt(tokens, at);
      if (!country || (title.only && title.only !== country.code)) continue;
      const to = at + country.words - 1;
      found.push({ from: i, to, country: country.code, office: title.office });
      i = to;
    } else {
      const title = titleAt(tokens, i);
      const country = title && countryBefore(tokens, i);
      if (!title || !country || (title.only && title.only !== country.code)) continue;
      const to = i + title.words.length - 1;
      found.push({ from: i - country.words, to, country: country.code, office: title.office });
      i = to;
    }
  }
  return [...found, ...pluralOfficeMentions(tokens, arabic, countryOrAnd)];
}

/** How far after a plural title's list its names may begin ("، ناصر الصباح …"). */
const NAMES_AFTER_LIST = 12;

/** Someone named right after a plural title's list of countries. */
function namedAfterList(person: ParticipantMention, tokens: readonly Token[], mention: OfficeMention): boolean {
  const end = tokens[mention.listEnd!]!.end;
  return person.start >= end && person.start <= end + NAMES_AFTER_LIST;
}

/** The office a title (a role as written) names, when it names one of these. */
export function officeOfTitle(role: string | null): NamedOffice | null {
  return role ? titledOffice(role) : null;
}

/** Remembered: each clause's titles, and each draft's roles, ask again for the same few titles. */
const titledOffice = remembered((role: string): NamedOffice | null => {
  const tokens = role.split(/[\s,،]+/).map(nameKey);
  for (let i = 0; i < tokens.length; i++) {
    const title = TITLES_BY_FIRST.get(tokens[i]!)?.find((t) => t.words.every((w, k) => tokens[i + k] === w));
    if (title) return title.office;
  }
  return null;
}, 10_000);

/** The office the person a counterpart is of holds: the lexicon's (the one their title names, or the main one), else their title's. */
function subjectOffice(person: ParticipantMention, known: OfficeHolders): OfficeCode | null {
  const titled = officeOfTitle(person.role);
  const leader = known.named(person.name ?? '') ?? known.named(person.nameAr ?? '');
  const offices = leader ? known.officesOf(leader) : [];
  return offices.find((o) => o.code === titled)?.code ?? offices[0]?.code ?? titled;
}

/** `leader` is among `people` already, by either name. */
export function namedAmong(people: readonly ParticipantMention[], leader: Leader): boolean {
  const keys = new Set([nameKeyOf(leader.name), nameKeyOf(leader.nameAr)]);
  return people.some((p) => [p.name, p.nameAr].some((n) => n && keys.has(nameKeyOf(n))));
}

/**
 * The clause's people with those it names by office alone: the holder, in the lexicon's year, of
 * the office a counterpart's person holds or a bare title names, in the country it gives.
 */
export function withOfficeHolders(
  tokens: readonly Token[],
  people: readonly ParticipantMention[],
  known: OfficeHolders,
  arabic: boolean,
): readonly ParticipantMention[] {
  let result = people;
  for (const mention of officeMentions(tokens, arabic)) {
    const first = tokens[mention.from]!;
    const last = tokens[mention.to]!;
    // A plural title names no holder after someone (their guests' list: "held talks with the foreign ministers of
    // France and Italy", the countries tell those meetings apart), nor when names follow its list ("وزراء خارجية
    // الكويت وقطر وعُمان، ناصر الصباح وخالد العطية …"); one that opens the clause names who meet.
    if (
      mention.listEnd !== undefined &&
      people.some((p) => p.kind === 'person' && (p.start < first.start || namedAfterList(p, tokens, mention)))
    )
      continue;
    // A name given with the title ("نظيره الروسي سيرغي لافروف", "محمد علي الحكيم وزير الخارجية العراقي") wins,
    // as does one whose title holds this one (a plural title's holders are read one by one: the one added before is none).
    const named = mention.role ? people : result;
    if (!titleAlone(tokens, { ...mention, titleEnd: mention.to }, named, arabic)) continue;
    const inTitle = named.some(
      (p) =>
        p.kind === 'person' &&
        p.titleStart !== undefined &&
        p.titleStart <= first.start &&
        p.titleStart + (p.role?.length ?? 0) >= last.end,
    );
    if (inTitle) continue;
    let office: OfficeCode | null = mention.office === 'counterpart' ? null : mention.office;
    if (mention.office === 'counterpart') {
      const of = result
        .filter((p) => p.kind === 'person' && p.start < first.start)
        .reduce<ParticipantMention | null>((a, b) => (a && a.start > b.start ? a : b), null);
      office = of ? subjectOffice(of, known) : null;
    }
    if (office !== 'hos' && office !== 'hog' && office !== 'fm' && office !== 'cp' && office !== 'speaker') continue;
    const holder = known.holder(mention.country, office);
    if (!holder) continue;
    if (namedAmong(result, holder)) continue;
    // (without a clinging و, ب or ل: "والرئيس الفلسطيني" is "الرئيس الفلسطيني")
    // (a plural title's role is written by plural-offices.ts, clean already)
    const clings =
      arabic && !mention.role && !TITLES_BY_FIRST.has(first.key) && !first.key.startsWith(COUNTERPART_WORD);
    const role = mention.role ?? written(tokens, mention.from, mention.to);
    const person = holderNamedBy(holder, clings ? withoutClinging(role) : role, first.start);
    result = [...result, mention.role ? { ...person, listed: true as const } : person];
  }
  return result;
}
