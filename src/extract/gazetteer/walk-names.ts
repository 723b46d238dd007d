/** Walking a text's folded words down the gazetteer's names (index.ts's `words`), one word a step. */
import type { NameWords } from './index.js';

/** The step after a folded word (a key may hold several words: "al-Assad" folds to two). */
export function walkNames(step: NameWords, key: string): NameWords | undefined {
  // No step is named by several words: a key found as it is holds one (most keys, so they are not searched for a space).
  const next = step.next.get(key);
  if (next !== undefined || !key.includes(' ')) return next;
  let at: NameWords | undefined = step;
  for (const part of key.split(' ')) at = at?.next.get(part);
  // "Arabia's" folds to "arabia s": unless a name goes on with the s (People's Palace), the name is the word before it.
  if (at === undefined && key.endsWith(' s')) return walkNames(step, key.slice(0, -2));
  return at;
}
