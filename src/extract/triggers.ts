/**
 * The meeting words of a clause: the nouns and verbs that make a meeting (اجتماع، قمة، التقى,
 * talks, summit), and whether one points back to a meeting already named (الاجتماع, the meeting).
 */
import type { Token } from './clauses.js';

const DEMONSTRATIVES = new Set(['هذا', 'هذه', 'ذلك', 'تلك', 'the', 'this', 'that']);

/** The meeting words of a clause (اجتماع، قمة, talks, summit …), each with the noun it stands for. */
export function meetingWords(
  tokens: readonly Token[],
  arabic: boolean,
): { token: Token; index: number; noun: string }[] {
  const words: { token: Token; index: number; noun: string }[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    // "بحث مع", "ناقش الوزير، صباح اليوم، مع …": a verb of talks is a meeting word only with مع after it
    const noun = !arabic
      ? (token.englishNoun ?? (CALL.has(token.key) && courtesyCall(tokens, index) ? 'Meeting' : null))
      : (token.arabicNoun ?? (token.talksVerb && withAfter(tokens, index) ? 'محادثات' : null));
    if (noun === null) continue;
    // "لاجتماع وزراء الخارجية، الذي ينعقد في مقر الجامعة": the relative clause goes on about the meeting just named.
    const last = words.at(-1);
    if (last !== undefined && index - last.index <= RELATIVE_REACH && relativeBefore(tokens, index)) continue;
    words.push({ token, index, noun });
  }
  return words;
}

/** Relative pronouns: a meeting word after one is said of the meeting named before it. */
const RELATIVE = new Set(['الذي', 'التي', 'والذي', 'والتي', 'which']);
/** How far (in words) a meeting word may follow the meeting it continues ("the summit, which Egypt hosts"). */
const RELATIVE_REACH = 10;

/** A relative pronoun among the few words before word `index` ("الذي كان مقرراً أن يلتئم"). */
function relativeBefore(tokens: readonly Token[], index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - 4; k--) if (RELATIVE.has(tokens[k]!.key)) return true;
  return false;
}

/** A meeting word that points back (الاجتماع، هذا الاجتماع, the meeting) rather than introducing one. */
export function definite(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  // التقى is a verb whose first letters only look like the article.
  return /^(?:[وفبلك]{0,2})ال(?!تق)/.test(token.text) || (previous !== undefined && DEMONSTRATIVES.has(previous.key));
}

const CALL = new Set(['call', 'calls', 'called', 'calling']);
/** How far a "to" may follow "called on X" and make it an appeal ("called on Syria to halt …"). */
const APPEAL_REACH = 10;

/** "called on President Ghani", "a courtesy call on the premier": a visit; "called on Syria to halt" is an appeal. */
function courtesyCall(tokens: readonly Token[], index: number): boolean {
  if (tokens[index + 1]?.key !== 'on') return false;
  for (let k = index + 2; k < tokens.length && k <= index + APPEAL_REACH; k++)
    if (tokens[k]!.key === 'to') return false;
  return true;
}

/** How far after a verb of talks its مع may come: the subject and a day can stand between ("ناقش وزير الداخلية فتحي باشاغا، صباح اليوم الأحد، مع …"). */
const WITH_REACH = 12;

function withAfter(tokens: readonly Token[], index: number): boolean {
  for (let k = index + 1; k < tokens.length && k <= index + WITH_REACH; k++) if (tokens[k]!.key === 'مع') return true;
  return false;
}
