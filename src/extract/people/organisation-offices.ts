/**
 * An organisation's head named by title alone: "الأمين العام للأمم المتحدة", "UN Secretary-General",
 * "رئيس مفوضية الاتحاد الأفريقي", "الممثل الأعلى للسياسة الخارجية والأمنية للاتحاد الأوروبي", "the
 * Arab League chief". Like a state's office (offices.ts), the title names the one person the
 * leaders lexicon knows in that post in the article's year; a name given with it wins, a deputy's,
 * an envoy's or a former holder's title names nobody.
 */
import { nameKey } from '../../names/normalize.js';
import type { Token } from '../clauses.js';
import { gazetteer } from '../gazetteer/index.js';
import { holderNamedBy, type ParticipantMention } from '../mentions.js';
import type { OfficeCode, ORGANISATION_CODES } from './leaders.js';
import { namedAmong, written, type OfficeHolders } from './offices.js';
import { titleAlone } from './title-alone.js';

type OrganisationCode = (typeof ORGANISATION_CODES)[number];
/** The lexicon's code of each organisation, by the gazetteer's English name for it. */
const CODES: ReadonlyMap<string, OrganisationCode> = new Map([
  ['United Nations', 'UN'],
  ['Arab League', 'AL'],
  ['Gulf Cooperation Council', 'GCC'],
  ['European Union', 'EU'],
  ['African Union', 'AU'],
  ['Organisation of Islamic Cooperation', 'OIC'],
]);

/** An organisation's head (`sg`: its secretary-general, or the AU Commission's chair) or the EU's foreign-policy chief (`fm`). */
interface HeadTitle {
  /** Folded words, one a token ("secretary general" is one token when hyphenated). */
  words: readonly string[];
  office: Extract<OfficeCode, 'sg' | 'fm'>;
  /** How many words may stand between the title and the organisation ("للسياسة الخارجية والأمنية للاتحاد الأوروبي"). */
  reach: number;
}

const title = (words: string, office: HeadTitle['office'], reach = 0): HeadTitle => ({
  words: words.split(' ').map(nameKey),
  office,
  reach,
});
const ARABIC_TITLES: readonly HeadTitle[] = [
  title('الأمين العام', 'sg'),
  title('الأمينة العامة', 'sg'),
  title('السكرتير العام', 'sg'),
  title('رئيس مفوضية', 'sg'),
  title('الممثل الأعلى', 'fm', 4),
  title('مسؤول السياسة الخارجية', 'fm', 1),
  title('منسق السياسة الخارجية', 'fm', 1),
];
const ENGLISH_TITLES: readonly HeadTitle[] = [
  { words: ['secretary general'], office: 'sg', reach: 0 },
  title('secretary general', 'sg'),
  title('chief', 'sg'),
  title('high representative', 'fm'),
  title('foreign policy chief', 'fm'),
];

/** The organisation whose name (its first word read with or without a clinging ل) opens at tokens[i], and how many words it takes. */
function organisationAt(tokens: readonly Token[], i: number): { code: OrganisationCode; words: number } | null {
  const first = tokens[i];
  if (!first || first.nameSpan === 0) return null;
  const { entries } = gazetteer();
  for (const stem of first.stems) {
    let key = stem;
    let found: { code: OrganisationCode; words: number } | null = null;
    for (let n = 1; n <= first.nameSpan && i + n <= tokens.length; n++) {
      if (n > 1) key += ` ${tokens[i + n - 1]!.key}`;
      const bare = key.endsWith(' s') ? key.slice(0, -2) : key;
      const entry = entries.get(bare)?.find((e) => e.kind === 'organization');
      const code = entry?.kind === 'organization' ? CODES.get(entry.organization.name) : undefined;
      if (code) found = { code, words: n };
      if (/[،,.:؛;]/.test(tokens[i + n - 1]!.after)) break;
    }
    if (found) return found;
  }
  return null;
}

/** The organisation named right before tokens[i] ("UN Secretary-General", "the Arab League's chief"). */
function organisationBefore(tokens: readonly Token[], i: number): { code: OrganisationCode; from: number } | null {
  for (let words = 3; words >= 1; words--) {
    const from = i - words;
    if (from < 0 || tokens[i - 1]!.after) continue;
    const found = organisationAt(tokens, from);
    if (found?.words === words) return { code: found.code, from };
  }
  return null;
}

/** The first words of the titles: most words of a clause open none, and are passed over with one lookup. */
const ARABIC_FIRST_WORDS: ReadonlySet<string> = new Set(ARABIC_TITLES.map((t) => t.words[0]!));
const ENGLISH_FIRST_WORDS: ReadonlySet<string> = new Set(ENGLISH_TITLES.map((t) => t.words[0]!));

/** The head title opening at tokens[i] (Arabic: with a clinging و or ل), if any. */
function headTitleAt(tokens: readonly Token[], i: number, arabic: boolean): HeadTitle | null {
  const token = tokens[i]!;
  if (arabic ? !token.stems.some((s) => ARABIC_FIRST_WORDS.has(s)) : !ENGLISH_FIRST_WORDS.has(token.key)) return null;
  const titles = arabic ? ARABIC_TITLES : ENGLISH_TITLES;
  return (
    titles.find(
      (t) =>
        (arabic ? token.stems.includes(t.words[0]!) : token.key === t.words[0]) &&
        t.words.every((w, k) => k === 0 || tokens[i + k]?.key === w),
    ) ?? null
  );
}

interface HeadMention {
  from: number;
  to: number;
  code: OrganisationCode;
  office: HeadTitle['office'];
  /** The last word of the title itself (a name given with it follows). */
  titleEnd: number;
}

/** The heads of organisations a clause names by title. */
function headMentions(tokens: readonly Token[], arabic: boolean): HeadMention[] {
  const found: HeadMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = headTitleAt(tokens, i, arabic);
    if (!head) continue;
    const titleEnd = i + head.words.length - 1;
    if (arabic) {
      // (the organisation right after the title, or past the few words of the EU's long one)
      for (let at = titleEnd + 1; at <= titleEnd + 1 + head.reach && at < tokens.length; at++) {
        const organisation = organisationAt(tokens, at);
        if (organisation) {
          found.push({
            from: i,
            to: at + organisation.words - 1,
            code: organisation.code,
            office: head.office,
            titleEnd,
          });
          i = at + organisation.words - 1;
          break;
        }
        if (/[،,.:؛;]/.test(tokens[at]!.after)) break;
      }
      continue;
    }
    const before = organisationBefore(tokens, i);
    if (before) {
      found.push({ from: before.from, to: titleEnd, code: before.code, office: head.office, titleEnd });
      continue;
    }
    // "the secretary-general of the Arab League"
    if (tokens[titleEnd + 1]?.key !== 'of' || tokens[titleEnd]!.after) continue;
    const at = tokens[titleEnd + 2]?.key === 'the' ? titleEnd + 3 : titleEnd + 2;
    const organisation = organisationAt(tokens, at);
    if (organisation)
      found.push({ from: i, to: at + organisation.words - 1, code: organisation.code, office: head.office, titleEnd });
  }
  return found;
}

/** The clause's people with the heads of organisations it names by title alone, as the lexicon knows them for the year. */
export function withOrganisationHeads(
  tokens: readonly Token[],
  people: readonly ParticipantMention[],
  known: OfficeHolders,
  arabic: boolean,
): readonly ParticipantMention[] {
  let result = people;
  for (const mention of headMentions(tokens, arabic)) {
    const first = tokens[mention.from]!;
    // A name given with the title wins: "UN Secretary-General Antonio Guterres", "الأمين العام للأمم المتحدة أنطونيو غوتيريش".
    if (!titleAlone(tokens, mention, result, arabic)) continue;
    const holder = known.holder(mention.code, mention.office);
    if (!holder || namedAmong(result, holder)) continue;
    // (without a clinging و: "والأمين العام" is "الأمين العام")
    const role = written(tokens, mention.from, mention.to);
    result = [...result, holderNamedBy(holder, arabic ? role.replace(/^و(?=ال)/, '') : role, first.start)];
  }
  return result;
}
