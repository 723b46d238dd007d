/**
 * A meeting word told as a phone call ("اتصال هاتفي", "by phone", "in a phone call"): no meeting
 * (triggers.ts asks it of every meeting word but a visit's).
 */
import type { Token } from './clauses.js';
import { nameKey } from '../names/normalize.js';

/** Words of a phone call (folded). */
const PHONE_WORDS: ReadonlySet<string> = new Set(
  ['telephone', 'phone', 'هاتفيا', 'هاتفي', 'هاتفية', 'مكالمه', 'مكالمة'].map(nameKey),
);
/** Words that open another clause, with a verb of its own, before a call told far from the meeting word. */
const OTHER_CLAUSE: ReadonlySet<string> = new Set(
  [
    'after',
    'before',
    'when',
    'while',
    'since',
    'who',
    'which',
    'that',
    'بعد',
    'قبل',
    'عقب',
    'الذي',
    'التي',
    'حيث',
    'منذ',
    'بعدما',
  ].map(nameKey),
);

/** How many words around a meeting word its phone call may be told in. */
const PHONE_REACH = 5;

/** A phone word within a few words of tokens[index], in its phrase (no comma or full stop between). */
export function byPhone(tokens: readonly Token[], index: number): boolean {
  for (let k = index; k >= 0 && index - k <= PHONE_REACH; k--) {
    if (k < index && /[,،.;؛]/.test(tokens[k]!.after)) break;
    if (PHONE_WORDS.has(tokens[k]!.key)) return true;
  }
  // ("بحث مساء أمس، في اتصال هاتفي مع …": past one comma, a phone call the verb was held in; "بحث وزير الخارجية
  // السعودي الأمير فيصل بن فرحان مع نظيره الإيراني حسين أمير عبداللهيان في اتصال هاتفي": past the long names of
  // both, the call the verb was held in)
  let commas = 0;
  for (let k = index + 1; k < tokens.length && k - index <= PHONE_FAR; k++) {
    if (/[.;؛]/.test(tokens[k - 1]!.after) || (/[,،]/.test(tokens[k - 1]!.after) && ++commas > 1)) break;
    // ("after the two men exchanged views by phone": the call of another verb, a clause of its own)
    if (k - index > PHONE_REACH && OTHER_CLAUSE.has(tokens[k]!.key)) break;
    if (!PHONE_WORDS.has(tokens[k]!.key)) continue;
    const heldIn = [tokens[k - 1], tokens[k - 2]].some((t) => t && PHONE_IN.has(t.key));
    if (heldIn || (commas === 0 && k - index <= PHONE_REACH)) return true;
  }
  return false;
}
/** How far after a verb of talks the phone call it was held in may be told ("في اتصال هاتفي"). */
const PHONE_FAR = 18;
/** Words that hold a phone call as the way a verb was done: "في اتصال هاتفي", "by phone", "during a phone call". */
const PHONE_IN = new Set(['في', 'خلال', 'عبر', 'by', 'in', 'during', 'via', 'over'].map(nameKey));
