/**
 * Where an English sentence ends around a date, for the tense reader (english-tense.ts): at . ! ?
 * or a line break, but not at the dot of an abbreviation ("Mr.", "U.S.", "Sept.").
 */

/** How far from a date its clause is read (characters). */
export const REACH = 200;
const SENTENCE_END = /[.!?\n]/;

/**
 * "U.S.", "a.m.", "Mr.": a dot that ends an abbreviation, not the sentence ("received visiting
 * U.S. officials on Monday"). A title's never ends one; dotted letters do when a sentence's
 * opening word follows ("… on Monday at 4 p.m. He will see …"), as does a lone capital's, an initial ("S.M. Krishna").
 */
const TITLE_ABBREVIATION =
  /(?:^|[^A-Za-z])(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Prof|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)$/;
const DOTTED_LETTERS = /(?:^|[^A-Za-z])(?:[A-Za-z]\.)*[A-Z]$|(?:^|[^A-Za-z])(?:[A-Za-z]\.)+[A-Za-z]$/;
const SENTENCE_OPENER =
  /^\s+(?:He|She|They|It|We|I|The|A|An|On|In|At|But|And|This|That|These|Those|His|Her|Their|Its|After|Before|During|Earlier|Later|Meanwhile|Separately|There)\b/;

export function abbreviationDot(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 8), dot);
  if (TITLE_ABBREVIATION.test(before)) return true;
  return DOTTED_LETTERS.test(before) && !SENTENCE_OPENER.test(text.slice(dot + 1, dot + 16));
}

/** The words of `start`'s sentence before it (within REACH; an abbreviation's dot ends none: "Mr.", "U.S."). */
export function sentenceBefore(text: string, start: number): string {
  let from = start;
  while (from > 0 && !endsSentence(text, from - 1) && start - from < REACH) from--;
  return text.slice(from, start);
}

/** The words of `end`'s sentence after it (within REACH). */
export function sentenceAfter(text: string, end: number): string {
  let to = end;
  while (to < text.length && !endsSentence(text, to) && to - end < REACH) to++;
  return text.slice(end, to);
}
const endsSentence = (text: string, i: number) =>
  SENTENCE_END.test(text[i]!) && !(text[i] === '.' && abbreviationDot(text, i));
