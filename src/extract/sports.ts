/**
 * Sports pages use the words of diplomacy (لقاء، قمة، يلتقي, meet, summit) for games. An
 * article is a match report when it uses a word only sport uses and, beside it, enough words
 * sport shares with politics (فريق, نقطة, goal).
 */
import type { Clause } from './clauses.js';

/** Reads the article's words once cut (the clauses' tokens, which know their sport words): no second pass over the text. */
export function isSportsReport(clauses: readonly Clause[]): boolean {
  let only = 0;
  let shared = 0;
  for (const clause of clauses) {
    for (const token of clause.tokens) {
      if (token.sport === 'only') only++;
      else if (token.sport === 'shared') shared++;
    }
  }
  return only >= 1 && only + shared >= 3;
}
