/**
 * A gathering named by its bloc's adjective is that bloc's: "القمة العربية", "اجتماع وزراء الخارجية
 * العرب", "an emergency Arab summit" are the Arab League's; "القمة الخليجية" the GCC's. The bloc
 * takes part, as the article would have said had it named it.
 */
import type { Token } from './clauses.js';
import { ORGANIZATIONS } from './gazetteer/index.js';
import { organizationParticipant, type ParticipantMention } from './mentions.js';
import { inList, wordList } from './word-lists.js';

/** Arabic adjectives of a bloc (folded, without their article), after its meeting noun: the bloc they name. */
const ARABIC_BLOCS: Record<string, string> = {
  عرب: 'Arab League',
  عربيه: 'Arab League',
  عربي: 'Arab League',
  خليجيه: 'Gulf Cooperation Council',
  خليجي: 'Gulf Cooperation Council',
  اسلاميه: 'Organisation of Islamic Cooperation',
  افريقيه: 'African Union',
  افريقي: 'African Union',
};
/** English adjectives of a bloc, before its meeting noun. */
const ENGLISH_BLOCS: Record<string, string> = {
  arab: 'Arab League',
  gulf: 'Gulf Cooperation Council',
  islamic: 'Organisation of Islamic Cooperation',
  african: 'African Union',
};
/** Words that make the adjective a country's, not a bloc's: المملكة العربية, الجمهورية العربية السورية, United Arab Emirates. */
const STATE_NOUNS = new Set(['مملكه', 'امارات', 'جمهوريه', 'مصر', 'دول', 'united', 'saudi', 'emirates', 'republic']);
/** How many words may stand between a meeting noun and its bloc's adjective ("اجتماع مجلس وزراء الخارجية العرب"). */
const REACH = 3;
/** Who a bloc's adjective makes its members in Arabic: "يعقد وزراء الخارجية العرب … اجتماعاً". */
const MEMBERS = new Set(['وزراء', 'قاده', 'زعماء']);

/** The bloc whose gathering the meeting word at tokens[index] names, as a participant, or null. */
export function convenerOf(tokens: readonly Token[], index: number, arabic: boolean): ParticipantMention | null {
  const step = arabic ? 1 : -1;
  for (let k = index + step, n = 0; n <= REACH && k >= 0 && k < tokens.length; k += step, n++) {
    const bloc = blocAt(tokens, k, arabic);
    if (bloc) return bloc;
    // (a phrase ends at a comma, a full stop)
    if (/[،,.:؛;]/.test(arabic ? tokens[k]!.after : (tokens[k - 1]?.after ?? ''))) break;
  }
  // "يعقد وزراء الخارجية العرب غداً في القاهرة اجتماعاً طارئاً": the members before the noun say whose it is.
  if (!arabic) return null;
  for (let k = Math.max(0, index - 8); k < index; k++) {
    const bloc = MEMBERS.has(tokens[k]!.key) ? (blocAt(tokens, k + 1, true) ?? blocAt(tokens, k + 2, true)) : null;
    if (bloc) return bloc;
  }
  return null;
}

/** The adjectives of a bloc, in either language: most words are none. */
const BLOC_WORD = wordList((word) => ARABIC_BLOCS[word.key] !== undefined || ENGLISH_BLOCS[word.key] !== undefined);

/** The bloc the adjective tokens[k] names (not a state's name around it), as a participant. */
function blocAt(tokens: readonly Token[], k: number, arabic: boolean): ParticipantMention | null {
  const t = tokens[k];
  const bloc = t && inList(t, BLOC_WORD) && (arabic ? ARABIC_BLOCS[t.key] : ENGLISH_BLOCS[t.key]);
  if (!bloc || STATE_NOUNS.has(tokens[k - 1]?.key ?? '') || STATE_NOUNS.has(tokens[k + 1]?.key ?? '')) return null;
  const organization = ORGANIZATIONS.find((o) => o.name === bloc);
  return organization ? organizationParticipant(organization, t.start) : null;
}
