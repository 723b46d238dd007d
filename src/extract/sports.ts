/**
 * Sports pages use the words of diplomacy (لقاء، قمة، يلتقي, meet, summit) for games. An
 * article is a match report when it uses a word only sport uses and, beside it, enough words
 * sport shares with politics (فريق, نقطة, goal).
 */
import { SPORTS_SHARED_WORDS, SPORTS_WORDS } from './lexicon.js';
import type { Clause } from './text.js';

/** Reads the article's words once cut (the clauses' tokens): no second pass over the text. */
export function isSportsReport(clauses: readonly Clause[]): boolean {
  let only = 0;
  let shared = 0;
  for (const clause of clauses) {
    for (const token of clause.tokens) {
      if (anyIn(token.stems, SPORTS_WORDS)) only++;
      else if (anyIn(token.stems, SPORTS_SHARED_WORDS)) shared++;
    }
  }
  return only >= 1 && only + shared >= 3;
}

function anyIn(stems: readonly string[], words: ReadonlySet<string>): boolean {
  for (const stem of stems) if (words.has(stem)) return true;
  return false;
}
