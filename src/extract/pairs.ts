/**
 * Pair words: "الرئيسان", "الوزيران", "the two leaders", "both sides", "their talks" name the two
 * people of the meeting in hand without naming them again ("ويعقد الرئيسان جولة محادثات موسعة غداً",
 * "They are set to continue their talks on Friday morning").
 */
import type { Token } from './clauses.js';
import { participantKey, personKeys, type Found, type ParticipantMention } from './mentions.js';
import { nameKey } from '../names/normalize.js';

/** Duals of titles and of "side", in both cases (الرئيسان، الرئيسين). Not المسؤولين: it is also the plural. */
const ARABIC_PAIRS = new Set(
  [
    'الرئيسان',
    'الرئيسين',
    'الوزيران',
    'الوزيرين',
    'الزعيمان',
    'الزعيمين',
    'الجانبان',
    'الجانبين',
    'الطرفان',
    'الطرفين',
    'الملكان',
    'الملكين',
    'الأميران',
    'الأميرين',
    'الوفدان',
    'الوفدين',
  ].map(nameKey),
);
/** "the two leaders", "both sides": the nouns a pair of people is called by. */
const ENGLISH_PAIR_NOUNS = new Set([
  'leaders',
  'presidents',
  'ministers',
  'sides',
  'men',
  'premiers',
  'kings',
  'envoys',
  'diplomats',
  'delegations',
  'counterparts',
]);

/** A meeting word of English: a noun (talks) or a verb (met, meet). */
const meets = (t: Token | undefined) => t !== undefined && (t.englishNoun !== null || t.englishVerb !== null);

/**
 * An English pair word at tokens[i]: "both sides", "the two leaders", "the two foreign ministers",
 * "their talks", "They will meet again" (its subject, at most two words before the meeting word).
 */
function englishPairAt(tokens: readonly Token[], i: number): boolean {
  const noun = (k: number) => ENGLISH_PAIR_NOUNS.has(tokens[k]?.key ?? '');
  const t = tokens[i]!;
  if (t.key === 'both') return noun(i + 1);
  if (t.key === 'the') return tokens[i + 1]?.key === 'two' && (noun(i + 2) || noun(i + 3));
  if (t.key === 'their') return tokens[i + 1]?.englishNoun != null;
  return t.text === 'They' && [1, 2, 3].some((k) => meets(tokens[i + k]));
}

/** The indexes of the words where the clause names a pair of people without their names. */
function pairWords(tokens: readonly Token[], arabic: boolean): number[] {
  const found: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (arabic) {
      // (with a clinging و, ل, ب: "وأكد الجانبان", "بين الجانبين"; a meeting word of theirs: "مباحثاتهما")
      if (t.stems.some((s) => ARABIC_PAIRS.has(s)) || (t.arabicNoun !== null && t.key.endsWith('هما'))) found.push(i);
      continue;
    }
    if (englishPairAt(tokens, i)) found.push(i);
  }
  return found;
}

/** How many words from its meeting word a pair word may stand ("the two leaders are due to hold talks"). */
const PAIR_REACH = 7;

/** The two people a meeting in hand names first (its visitor and host), or fewer. */
function pairOf(meeting: Found): ParticipantMention[] {
  const seen = new Set<string>();
  const pair: ParticipantMention[] = [];
  for (const p of [...meeting.participants, ...meeting.mentions.flatMap((m) => m.participants)]) {
    if (p.kind !== 'person' || seen.has(participantKey(p))) continue;
    seen.add(participantKey(p));
    pair.push(p);
    if (pair.length === 2) break;
  }
  return pair;
}

/**
 * "ويعقد الرئيسان …", "the two leaders will …": the two people of the meeting in hand, at the pair
 * word, when the clause does not name them right after it.
 */
export function pairNamed(
  tokens: readonly Token[],
  people: readonly ParticipantMention[],
  arabic: boolean,
  inHand: Found | null,
  /** The indexes of the clause's meeting words. */
  meetingWords: readonly number[],
): ParticipantMention[] {
  if (meetingWords.length === 0 || !inHand) return [];
  // The pair holds the meeting ("the two leaders will hold talks", "ويعقد الرئيسان جولة"), not a summit they talk about.
  const after = pairWords(tokens, arabic).find((i) =>
    meetingWords.some((k) => k >= i - PAIR_REACH && k <= i + PAIR_REACH),
  );
  if (after === undefined) return [];
  const at = tokens[after]!.start;
  const named = tokens[after + 3]?.start ?? Infinity;
  if (people.some((p) => p.kind === 'person' && p.start > at && p.start <= named)) return [];
  const keys = personKeys(people);
  return pairOf(inHand)
    .filter((p) => !keys.has(participantKey(p)))
    .map((p) => ({ ...p, start: at }));
}
