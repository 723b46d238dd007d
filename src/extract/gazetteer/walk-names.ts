/** Walking a text's folded words down the gazetteer's names (index.ts's `words`), one word a step. */
import type { NameWords } from './index.js';

/** The step after a folded word (a key may hold several words: "al-Assad" folds to two). */
export function walkNames(step: NameWords, key: string): NameWords | undefined {
  const at = wordByWord(step, key);
  // "Arabia's" folds to "arabia s": unless a name goes on with the s (People's Palace), the name is the word before it.
  if (at === undefined && key.endsWith(' s')) return walkNames(step, key.slice(0, -2));
  return at;
}

/** The step after each word of `key` as it is, "arabia s" read as two words only. */
export function wordByWord(step: NameWords, key: string): NameWords | undefined {
  // No step is named by several words: a key without a space (most keys) is one step.
  if (!key.includes(' ')) return step.next.get(key);
  let at: NameWords | undefined = step;
  for (const part of key.split(' ')) at = at?.next.get(part);
  return at;
}
