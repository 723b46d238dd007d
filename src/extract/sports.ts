/**
 * Sports pages use the words of diplomacy (لقاء، قمة، يلتقي, meet, summit) for games. An
 * article is a match report when it uses a word only sport uses and, beside it, enough words
 * sport shares with politics (فريق, نقطة, goal).
 */
import { SPORTS_SHARED_WORDS, SPORTS_WORDS } from './lexicon.js';
import { tokenize } from './text.js';

export function isSportsReport(text: string): boolean {
  let only = 0;
  let shared = 0;
  for (const token of tokenize(text)) {
    if (token.stems.some((s) => SPORTS_WORDS.has(s))) only++;
    else if (token.stems.some((s) => SPORTS_SHARED_WORDS.has(s))) shared++;
  }
  return only >= 1 && only + shared >= 3;
}
