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
/** Words that hold a phone call as the way a verb was done: "في اتصال هاتفي", "by phone", "during a phone call". */
const PHONE_IN: ReadonlySet<string> = new Set(['في', 'خلال', 'عبر', 'by', 'in', 'during', 'via', 'over'].map(nameKey));
/**
 * Words that open another clause, its verb the call's: "بعد أن بحث الزعيمان في اتصال هاتفي", "ما اتفق عليه في
 * اتصال هاتفي", "after the two leaders spoke by phone", "to discuss the deal agreed in a phone call".
 */
const OTHER_CLAUSE: ReadonlySet<string> = new Set(
  [
    ...['بعد', 'قبل', 'عقب', 'الذي', 'التي', 'حيث', 'منذ', 'بعدما', 'ما', 'ان', 'كما'],
    ...['after', 'before', 'when', 'while', 'since', 'who', 'which', 'that', 'to', 'as', 'following'],
  ].map(nameKey),
);
/**
 * An English verb in the past (written in lower case: not "United") between the meeting word and a
 * call: the call is that verb's ("proposals Washington made in a phone call").
 */
const ENGLISH_PAST = /^[a-z]{2,}ed$|^(?:made|said|told|held|met|spoke|agreed|gave|took|sent|had|was|were)$/;
/** How many words around a meeting word its phone call may be told in. */
const PHONE_REACH = 5;
/** How far after a verb of talks the call it was held in may be told, past the long names of both sides. */
const PHONE_FAR = 18;

/**
 * A phone word within a few words of tokens[index], in its phrase (no comma or full stop between);
 * past one comma or further on, a call the verb was held in, when no other clause opens between
 * ("بحث مساء أمس، في اتصال هاتفي مع …", "بحث وزير الخارجية السعودي الأمير فيصل بن فرحان مع نظيره
 * الإيراني حسين أمير عبداللهيان في اتصال هاتفي", "held talks with … on Tuesday in a phone call").
 */
export function byPhone(tokens: readonly Token[], index: number, arabic: boolean): boolean {
  for (let k = index; k >= 0 && index - k <= PHONE_REACH; k--) {
    if (k < index && /[,،.;؛]/.test(tokens[k]!.after)) break;
    if (PHONE_WORDS.has(tokens[k]!.key)) return true;
  }
  let commas = 0;
  let otherClause = false;
  for (let k = index + 1; k < tokens.length && k - index <= PHONE_FAR; k++) {
    if (/[.;؛]/.test(tokens[k - 1]!.after) || (/[,،]/.test(tokens[k - 1]!.after) && ++commas > 1)) break;
    const key = tokens[k]!.key;
    if (OTHER_CLAUSE.has(key) || (!arabic && ENGLISH_PAST.test(tokens[k]!.text))) otherClause = true;
    const near = commas === 0 && k - index <= PHONE_REACH;
    if (!PHONE_WORDS.has(key) || (!near && otherClause)) continue;
    if (near || [tokens[k - 1], tokens[k - 2]].some((t) => t && PHONE_IN.has(t.key))) return true;
  }
  return false;
}
