/**
 * English verbs that make a meeting only with the words after them: "called on President Ghani",
 * "sat down in Paris with", "talked with Djibouti's President", "welcomed Iranian President …"
 * (meeting-words.ts lists the verbs; triggers.ts asks these).
 */
import type { Token } from './clauses.js';
import { ENGLISH_TITLES } from './meeting-words.js';
import { capitalised } from './place-words.js';

/**
 * "sat down with", "sat down in Paris with" (a place or a day may come between), "sit down together"; not "sit down for talks with",
 * whose meeting word is its own.
 */
export function satDownWith(tokens: readonly Token[], index: number): boolean {
  if (tokens[index + 1]?.key !== 'down') return false;
  for (let k = index + 2; k < tokens.length && k <= index + SIT_REACH; k++) {
    if (tokens[k]!.key === 'with') return !MEDIA.has(tokens[k + 1]?.key ?? '');
    // ("the two leaders will sit down together once more": those who sit are its people)
    if (tokens[k]!.key === 'together') return true;
    // ("sat down for an interview with CNN")
    if (tokens[k]!.englishNoun || tokens[k]!.key === 'for') return false;
  }
  return false;
}
const SIT_REACH = 6;

/**
 * "Abiy also talked with Djibouti's President …", "held discussions on Monday with South Sudan's President …":
 * someone named or titled among the three words after a 'with' close by; not "there had been no discussions with
 * Washington", "is not talking with the United States", "talked with Sky News".
 */
export function talkedWithSomeone(tokens: readonly Token[], index: number): boolean {
  if (NEGATION.has(tokens[index - 1]?.key ?? '') || NEGATION.has(tokens[index - 2]?.key ?? '')) return false;
  for (let k = index + 1; k < tokens.length && k <= index + TALK_WITH_REACH; k++) {
    if (tokens[k]!.key !== 'with') continue;
    // someone named or titled among the next words ("with his Sri Lankan counterpart", "with senior Polish officials")
    // (up to a preposition: not "talked with them on Thursday", "with farmers in Tigray")
    const next = tokens.slice(k + 1, k + 1 + NAMED_REACH).filter((t) => !DETERMINERS.has(t.key));
    const stop = next.findIndex((t) => PREPOSITIONS.has(t.key));
    const after = stop < 0 ? next : next.slice(0, stop);
    if (MEDIA.has(after[0]?.key ?? '')) return false;
    return after.some((t) => capitalised(t) || t.title || ENGLISH_TITLES.has(t.key.replace(/s$/, '')));
  }
  return false;
}
const PREPOSITIONS = new Set(['on', 'in', 'at', 'about', 'for', 'to', 'if', 'over', 'during']);
/** Words before the one named after 'with': "with his Sri Lankan counterpart", "with the leaders of …". */
const DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its']);
/** How many words after 'with' name whom the talks are with: "with senior Polish officials". */
const NAMED_REACH = 3;
/** How far "with" may follow talked or discussions: "held discussions on Monday with …". */
const TALK_WITH_REACH = 5;
const NEGATION = new Set(['no', 'not', 'never', 'any', "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't"]);
/** Who an interview is given to: no party to a meeting. */
// prettier-ignore
const MEDIA = new Set(['reporters', 'journalists', 'press', 'media', 'sky', 'cnn', 'bbc', 'reuters', 'afp', 'fox', 'nbc', 'cbs', 'abc', 'al']);

/** How far a title may follow the verb: "welcomed Iranian President", "greeted Saudi Arabia's King". */
const TITLE_REACH = 4;

/** A capitalised title or name right after the verb: "welcomed Iranian President Hassan Rouhani", not "welcomed the decision". */
export function someoneNamedAfter(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  if (!next || !capitalised(next)) return false;
  for (let k = index + 1; k < tokens.length && k <= index + TITLE_REACH; k++) if (tokens[k]!.title) return true;
  return next.nameWord;
}

/** How far a "to" may follow "called on X" and make it an appeal ("called on Syria to halt …"). */
const APPEAL_REACH = 10;

/** "called on President Ghani", "a courtesy call on the premier": a visit; "called on Syria to halt" is an appeal. */
export function courtesyCall(tokens: readonly Token[], index: number): boolean {
  if (tokens[index + 1]?.key !== 'on') return false;
  for (let k = index + 2; k < tokens.length && k <= index + APPEAL_REACH; k++)
    if (tokens[k]!.key === 'to') return false;
  return true;
}
