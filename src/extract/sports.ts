/**
 * Sports pages use the words of diplomacy (لقاء، قمة، يلتقي, meet, summit) for games. An
 * article is a match report when it uses a word only sport uses and, beside it, enough words
 * sport shares with politics (فريق, نقطة, goal).
 */
import { SPORTS_SHARED_WORDS, SPORTS_WORDS } from './lexicon.js';
import type { Token } from './text.js';

/** Reads the article's words once cut (the clauses' tokens): no second pass over the text. */
export function isSportsReport(tokens: Iterable<Token>): boolean {
  let only = 0;
  let shared = 0;
  for (const token of tokens) {
    if (token.stems.some((s) => SPORTS_WORDS.has(s))) only++;
    else if (token.stems.some((s) => SPORTS_SHARED_WORDS.has(s))) shared++;
  }
  return only >= 1 && only + shared >= 3;
}
