/**
 * Who writes the story is not in it: "وكتب المراسل محمد الغباري في تغريدة", "correspondent
 * John Smith reported", the credit lines "المحرر: عمار الكاتب", "(Reporting by …; Editing by
 * …)", a photo's "Salvatore Di Nolfi/Keystone". A person named right after a word of the press,
 * in a credit line or before a photo credit's slash takes no part.
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

/** A credit line's words before "by": "(Reporting by …; Editing by …)", "Writing by", "Compiled by". */
const CREDITS = new Set(['reporting', 'editing', 'writing', 'compiled', 'photo', 'photos', 'photograph', 'picture']);

/**
 * `people` without those a word of the press introduces, those of a credit line ("Reporting by
 * …", from its first word on) and a photographer credited before an agency ("Salvatore Di
 * Nolfi/Keystone").
 */
export function withoutReporters(
  tokens: readonly Token[],
  people: readonly ParticipantMention[],
): ParticipantMention[] {
  if (people.length === 0) return [...people];
  const pressAt = new Set<number>();
  let creditFrom = Infinity;
  /** Where each run of capitalised words that ends in a slash before another begins ("Salvatore Di Nolfi/Keystone"). */
  const creditedFrom = new Set<number>();
  let run = -1;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const token = tokens[k]!;
    if (inList(token, PRESS_WORD)) pressAt.add(tokens[k + 1]!.start);
    // A credit line opens its sentence or follows another's ";" ("(Reporting by …; Editing by …)"), not "according to reporting by".
    const opens = k === 0 || tokens[k - 1]!.after.includes(';') || (k === 1 && tokens[0]!.key === 'additional');
    if (opens && CREDITS.has(token.key) && tokens[k + 1]!.key === 'by') creditFrom = Math.min(creditFrom, token.start);
    // (a Latin name right before a Latin agency: not a date's 2016/10/3, nor "Donald Tusk at the EU/Arab League summit")
    run = CAPITALISED.test(token.text) ? (run < 0 ? k : run) : -1;
    if (run >= 0 && token.after.startsWith('/') && CAPITALISED.test(tokens[k + 1]!.text))
      creditedFrom.add(tokens[run]!.start);
    if (token.after !== '') run = -1;
  }
  return people.filter(
    (p) => p.kind !== 'person' || !(pressAt.has(p.start) || p.start >= creditFrom || creditedFrom.has(p.start)),
  );
}

const CAPITALISED = /^[A-Z]/;
