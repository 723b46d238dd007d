/**
 * Whether a title in a clause names its holder by the title alone ("الأمين العام للأمم المتحدة",
 * "the Iranian president"), as offices.ts and organisation-offices.ts read them: not someone
 * else's title, not a former holder's, no name given with it.
 */
import { nameKey } from '../../names/normalize.js';
import type { Token } from '../clauses.js';
import type { ParticipantMention } from '../mentions.js';
import { ARABIC_TITLES, ENGLISH_TITLES } from '../meeting-words.js';
import { capitalised } from '../place-words.js';

const folded = (words: readonly string[]) => new Set(words.map(nameKey));

/** Words before a title that make it someone else's: "نائب وزير الخارجية الروسي", "an aide to the Iranian president". */
const NOT_THE_HOLDER = folded([
  'نائب',
  'مساعد',
  'وكيل',
  'مستشار',
  'مستشارة',
  'مبعوث',
  'ممثل',
  'مكتب',
  'ديوان',
  'متحدث',
  'المتحدث',
  'الناطق',
  'باسم',
  'سفير',
  'رسالة',
  'مدير',
  // (and in the feminine: "الممثلة الخاصة للأمين العام للأمم المتحدة")
  'نائبة',
  'مساعدة',
  'وكيلة',
  'مبعوثة',
  'ممثلة',
  'المتحدثة',
  'الناطقة',
  'سفيرة',
  'مديرة',
  'الراحل',
  'deputy',
  'vice',
  'assistant',
  'aide',
  'adviser',
  'advisor',
  'envoy',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'representative',
  'office',
  'former',
  'ex',
  'late',
  'then',
  'acting',
]);

/** Words after a title that make it a past holder's: "وزير الخارجية الروسي السابق". */
const FORMER = folded(['السابق', 'السابقة', 'الأسبق', 'سابقا']);

/** Small words between a title and the word that makes it someone else's: "an aide to the Iranian president". */
const LINKS = folded(['the', 'to', 'of', 'for']);

/**
 * Whether the words before tokens[from] make the title there someone else's: "نائب وزير الخارجية",
 * "المستشار الدبلوماسي لرئيس الإمارات", "an aide to the Iranian president".
 */
function someoneElses(tokens: readonly Token[], from: number): boolean {
  let at = from - 1;
  while (at > 0 && from - at <= 3 && LINKS.has(tokens[at]!.key)) at--;
  const holderless = (t: Token | undefined) =>
    !!t && (NOT_THE_HOLDER.has(t.key) || t.stems.some((s) => NOT_THE_HOLDER.has(s)));
  return holderless(tokens[at]) || (at === from - 1 && holderless(tokens[at - 1]));
}

/**
 * Where a name given with the title would have started by: past the title's own words ("الأمير",
 * "Sheikh", "الوزير الأول") and the word after them. In English a capitalised word right after the
 * title is a name ("Russian President Vladimir Putin's envoy") whether or not it was read as one.
 */
function nameReach(tokens: readonly Token[], last: number, arabic: boolean): number {
  let at = last + 1;
  const titles: ReadonlySet<string> = arabic ? ARABIC_TITLES : ENGLISH_TITLES;
  while (at <= last + 3 && tokens[at] && titles.has(tokens[at]!.key)) at++;
  const lastWord = tokens[last]!;
  if (lastWord.after.includes('.')) return lastWord.end;
  return tokens[Math.min(at + (at > last + 1 ? 1 : 0), tokens.length - 1)]!.end;
}

/** A name follows the title: English capitalises it. */

/**
 * Whether the title at tokens[from..to] (its own words end at `titleEnd`) names its holder by the
 * title alone: not someone else's title ("نائب وزير الخارجية"), not a former holder ("السابق"),
 * no name given with it ("Russian President Vladimir Putin", read or not), no person read there.
 */
export function titleAlone(
  tokens: readonly Token[],
  mention: { from: number; to: number; titleEnd: number },
  people: readonly ParticipantMention[],
  arabic: boolean,
): boolean {
  const after = tokens[mention.to + 1];
  if (someoneElses(tokens, mention.from) || (after && FORMER.has(after.key))) return false;
  const next = tokens[mention.titleEnd + 1];
  if (!arabic && next && !tokens[mention.titleEnd]!.after && capitalised(next)) return false;
  const from = tokens[mention.from]!.start;
  const reach = nameReach(tokens, mention.to, arabic);
  return !people.some((p) => p.kind === 'person' && p.start >= from && p.start < reach);
}
