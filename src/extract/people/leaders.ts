/**
 * Prominent political figures of 2011–2026 whom Arabic and English news name in diplomatic
 * stories: heads of state and of government and foreign ministers of the Arab League states, Iran,
 * Turkey, Israel, the US, Russia, China, France, the UK and Germany; the UN secretaries-general and
 * envoys; the secretaries-general of the Arab League, the GCC and the OIC; US envoys to the region.
 *
 * Source: general knowledge, curated by hand in December 2026 (no corpus article was read to
 * build it). Offices that changed after mid-2025 may be missing, and `to: null` means "in office
 * when the list was written", not a fact checked against today's news.
 *
 * It is a lexicon for naming people in both scripts (سيرغي لافروف is Sergei Lavrov; "King
 * Salman" and "خادم الحرمين الشريفين" are Salman bin Abdulaziz in 2015–), not a list the reader
 * trusts blindly: a name in an article is still read from the article, and an entry only helps
 * recognise, join and translate it. A short form is listed only where it names one person in the
 * entry's years; an office title shared by successors ("أمير قطر") is on each holder, and the
 * two meet only in the year of the handover, where the article's date must decide.
 *
 * Each row also names the offices its person held and when (OFFICE_CODES), so that "who was
 * Russia's foreign minister in 2017" has one answer: the reader names the holder for a counterpart
 * ("نظيره الروسي") or a bare office ("the Iranian president") the text gives no name for
 * (offices.ts). Years are whole years: in the year an office changed hands it names nobody.
 *
 * The rows live in leaders-arab.ts and leaders-world.ts as one line a person (a list reads and
 * reviews better than 2,000 lines of formatted object literals); they are parsed once at import.
 */
import { ARAB_LEADER_ROWS } from './leaders-arab.js';
import { WORLD_LEADER_ROWS } from './leaders-world.js';
import { MORE_LEADER_ROWS } from './leaders-more.js';

/** Codes used in `country` for officials of organisations rather than of a state. */
export const ORGANISATION_CODES = ['UN', 'AL', 'GCC', 'EU', 'AU', 'OIC'] as const;

/**
 * The offices a row names: head of state (president, king, emir, sultan), head of government
 * (prime minister, chancellor), foreign minister (for the EU its High Representative), crown
 * prince, vice-president, speaker of parliament, the secretary-general (or president) of an
 * organisation, an envoy, another minister, or another role (a party or militia leader, an adviser).
 */
export const OFFICE_CODES = ['hos', 'hog', 'fm', 'cp', 'vp', 'speaker', 'sg', 'envoy', 'minister', 'other'] as const;
export type OfficeCode = (typeof OFFICE_CODES)[number];

/** One office a person held, for the years given. */
export interface Office {
  readonly code: OfficeCode;
  /** The state or organisation it was of, when not the person's own (`fm@EG` on the Arab League's secretary-general). */
  readonly country: string;
  readonly from: number;
  /** Last year held, or null while still held. */
  readonly to: number | null;
}

/** One political figure, named in both scripts, with the years they held office. */
export interface Leader {
  /** The usual English (wire) spelling: 'Salman bin Abdulaziz Al Saud'. */
  readonly name: string;
  /** The usual Arabic press spelling: 'سلمان بن عبد العزيز آل سعود'. */
  readonly nameAr: string;
  /** ISO 3166-1 alpha-2, or one of ORGANISATION_CODES for an organisation's official. */
  readonly country: string;
  /** Short forms that name this person alone in `from`–`to` ('King Salman', 'الملك سلمان'); never a bare surname. */
  readonly short: readonly string[];
  /** First year of the first office held in these years. */
  readonly from: number;
  /** Last year in office, or null while still in office. */
  readonly to: number | null;
  /** The offices held in `from`–`to`, the main one first (who was X's foreign minister in year Y has one answer). */
  readonly offices: readonly Office[];
  /**
   * Written one way in Latin script (leaders-more.ts: "Fumio Kishida"), unlike the region's names
   * ("Moualem", "Muallem"): found by the name as written, not by its skeleton, which short names
   * share with common Arab ones ("Abiy Ahmed" and "Abu Ahmed").
   */
  readonly spelledOneWay?: true;
  /** An Arab's name, written one way in Arabic letters: found by it as written, not by its skeleton (leaders-arab.ts). */
  readonly arabicSpelledOneWay?: true;
}

// `CC from-to offices | English name | Arabic name | short; short`; `from-` is still in office.
const ROW = /^([A-Z]{2,3}) (\d{4})-(\d{4})? ([^|]+?) \| ([^|]+?) \| ([^|]+?) \|(?: ([^|]*))?$/;
// One office: `code`, `code from-to`, `code@CC from-to` (the years default to the row's).
const OFFICE = /^([a-z]+)(?:@([A-Z]{2,3}))?(?: (\d{4})-(\d{4})?)?$/;

function parseOffices(spec: string, row: Omit<Leader, 'offices' | 'short' | 'name' | 'nameAr'>): Office[] {
  return spec.split(',').map((part) => {
    const match = OFFICE.exec(part.trim());
    const code = match?.[1] as OfficeCode | undefined;
    if (!match || !code || !(OFFICE_CODES as readonly string[]).includes(code))
      throw new Error(`leaders: malformed office: ${part}`);
    const [, , country, from, to] = match;
    return {
      code,
      country: country ?? row.country,
      from: from ? Number(from) : row.from,
      to: from ? (to ? Number(to) : null) : row.to,
    };
  });
}

function parseLeaderRows(rows: string): Leader[] {
  return rows
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const match = ROW.exec(line);
      if (!match) throw new Error(`leaders: malformed row: ${line}`);
      const [, country, from, to, offices, name, nameAr, short] = match;
      const years = { country: country!, from: Number(from), to: to ? Number(to) : null };
      return {
        name: name!,
        nameAr: nameAr!,
        ...years,
        short: short ? short.split(';').map((form) => form.trim()) : [],
        offices: parseOffices(offices!, years),
      };
    });
}

/** Every entry, Arab League states first, then the rest of the world and the organisations. */
export const LEADERS: readonly Leader[] = Object.freeze([
  ...parseLeaderRows(ARAB_LEADER_ROWS).map((leader) => ({ ...leader, arabicSpelledOneWay: true as const })),
  ...parseLeaderRows(WORLD_LEADER_ROWS),
  ...parseLeaderRows(MORE_LEADER_ROWS).map((leader) => ({ ...leader, spelledOneWay: true as const })),
]);
