/**
 * One verb of meeting, several meetings: "Kerry will meet Abbas in Ramallah on Friday and
 * Netanyahu in Jerusalem on Saturday", "يلتقي كيري عباس في رام الله الجمعة، ونتنياهو في القدس
 * السبت". The verb is left out of the second part (gapped); each part names its guest and its own
 * day, and is a meeting of its own with the verb's subject. The reader reads each part from a
 * meeting word of its own, standing at the "and" (or the و) that opens it.
 */
import type { TimeExpression } from '../date-parser/index.js';
import { isArabic, type Token } from './clauses.js';
import { meetsSomeone } from './guests.js';
import type { MeetingWord } from './triggers.js';
import { isClockOnly } from './when.js';
import { startingIn } from './phrases.js';
import { capitalised } from './place-words.js';

/** A meeting word standing for the verb in a part after it, at token `index` (the "and" or the word with و); `gappedFrom`: where the verb stands. */
export interface GappedWord extends MeetingWord {
  gappedFrom: number;
}

/** The meeting words of a clause with those of the gapped parts after each verb of meeting. */
export function withGappedParts(
  words: readonly MeetingWord[],
  tokens: readonly Token[],
  dates: readonly TimeExpression[],
  published: string,
): (MeetingWord | GappedWord)[] {
  const isDay = (date: TimeExpression) => !isClockOnly(date, published);
  const result: (MeetingWord | GappedWord)[] = [];
  words.forEach((word, k) => {
    result.push(word);
    // (a verb of meeting someone, whose object a gapped part repeats with another guest and day)
    if (!meetsSomeone(word.token)) return;
    const end = words[k + 1]?.token.start ?? Infinity;
    const days = dates.filter((d) => isDay(d) && d.start > word.token.end && d.start < end);
    if (days.length < 2) return;
    // Each day after the first opens a part at the "and" / و before the words that lead to it.
    for (const day of days.slice(1)) {
      const at = partOpening(tokens, word.index, day.start);
      if (at === null || !days.some((d) => d.start < tokens[at]!.start) || !opensAGuest(tokens, at, dates)) continue;
      result.push({ token: tokens[at]!, index: at, noun: word.noun, gappedFrom: word.token.start });
    }
  });
  return result;
}

/**
 * The part at tokens[at] opens with a guest, not a verb of its own or a day: "and Netanyahu in …",
 * "ونتنياهو في …", not "and return to Washington on Saturday", "ويتوجه إلى عمان السبت", "and Sunday, before …".
 */
function opensAGuest(tokens: readonly Token[], at: number, dates: readonly TimeExpression[]): boolean {
  const opening = tokens[at]!;
  const first = opening.key === 'and' ? tokens[at + 1] : opening;
  if (first === undefined || dates.some((d) => d.start === first.start)) return false;
  if (opening.key === 'and') return capitalised(first) || first.title;
  // (a verb in the present after و: "ويتوجه", "وتلتقي")
  return !/^و[يت]\S{3,}$/.test(first.key) || first.arabicNoun !== null;
}

/** How many words a gapped part takes at least before its day, its opening word aside ("and Netanyahu in …", "ونتنياهو في …"). */
const MIN_PART_WORDS = 2;
/** How many words a gapped part may take before its day ("and Israeli Prime Minister Benjamin Netanyahu in Jerusalem on"). */
const PART_REACH = 12;

/** The "and" (or the word with a clinging و after a comma) that opens the part holding the day at `dayStart`. */
function partOpening(tokens: readonly Token[], verb: number, dayStart: number): number | null {
  let last = tokens.findIndex((t) => t.start >= dayStart);
  if (last < 0) last = tokens.length;
  for (let k = last - 1; k > verb && last - k <= PART_REACH; k--) {
    const t = tokens[k]!;
    // (a guest and a place between it and the day: not "on Saturday and Sunday", "on Friday and on Saturday")
    if (t.key === 'and' || (t.key.startsWith('و') && /[،,]/.test(tokens[k - 1]?.after ?? '')))
      return last - k > MIN_PART_WORDS ? k : null;
    if (/[.;:]/.test(t.after)) return null;
  }
  return null;
}

/** The people of a meeting word's stretch [from, to) (all the clause's when it has one word), with the verb's subject for a gapped part's ("Kerry" of "… and Netanyahu in Jerusalem on Saturday"). */
export function stretchPeopleOf<P extends { kind: string; start: number }>(
  word: MeetingWord | GappedWord,
  words: number,
  clausePeople: readonly P[],
  from: number,
  to: number,
): P[] {
  const own = words === 1 ? [...clausePeople] : startingIn(clausePeople, from, to);
  if (!('gappedFrom' in word)) return own;
  // The subject: who stands before the verb, or (Arabic puts it after: "يلتقي الرئيس السيسي الرئيس عباس") the first after it.
  const persons = clausePeople.filter((p) => p.kind === 'person');
  const before = persons.filter((p) => p.start < word.gappedFrom);
  const arabic = isArabic(word.token.text);
  const subject = before.length > 0 || !arabic ? before : persons.filter((p) => p.start > word.gappedFrom).slice(0, 1);
  return [...subject, ...own];
}
