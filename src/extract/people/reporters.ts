/**
 * Who writes the story is not in it: "وكتب المراسل محمد الغباري في تغريدة", "correspondent
 * John Smith reported", the credit line "المحرر: عمار الكاتب". A person named right after a
 * word of the press takes no part.
 */
import type { Token } from '../clauses.js';
import type { ParticipantMention } from '../mentions.js';
import { nameKey } from '../../names/normalize.js';
import { inList, wordList } from '../word-lists.js';

/** Words of the press before a name (folded; a clinging و, ل, ب taken off). */
const PRESS = new Set(
  [
    'المراسل',
    'مراسل',
    'مراسلنا',
    'الصحفي',
    'الصحافي',
    'صحفي',
    'الإعلامي',
    'الكاتب',
    'المحلل',
    'المحرر',
    'محرر',
    'تحرير',
    'correspondent',
    'reporter',
    'journalist',
    'columnist',
    'analyst',
    'editor',
  ].map(nameKey),
);

const PRESS_WORD = wordList((word) => word.stems.some((s) => PRESS.has(s)) || PRESS.has(word.key));

/** `people` without those a word of the press introduces. */
export function withoutReporters(
  tokens: readonly Token[],
  people: readonly ParticipantMention[],
): ParticipantMention[] {
  if (people.length === 0) return [...people];
  const pressAt = new Set<number>();
  for (let k = 0; k + 1 < tokens.length; k++) if (inList(tokens[k]!, PRESS_WORD)) pressAt.add(tokens[k + 1]!.start);
  return pressAt.size === 0 ? [...people] : people.filter((p) => p.kind !== 'person' || !pressAt.has(p.start));
}
