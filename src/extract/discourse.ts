/**
 * The parts of a news story: its headline (a short first line) and its lead (the first paragraph
 * of prose). The story's own meeting is named there; the body goes on about it or recalls others.
 */
import type { Clause } from './clauses.js';
import { saysByPhone } from './meeting-words.js';

export interface Discourse {
  /** Indexes of the headline's clauses (none when the first line is long: the lead of a story printed without one). */
  headline: number[];
  /** Indexes of the lead's clauses. */
  lead: number[];
  /** The clauses of the lead and the prose paragraphs right after it: where a story tells its own news. */
  opening: number[];
  /** The lead tells of a phone call ("spoke by telephone today with …"): the headline's talks are that call. */
  leadByPhone: boolean;
}

/** The paragraphs of prose a story's opening holds, the lead first. */
const OPENING_PARAGRAPHS = 3;

/** A headline is a line of at most this many words. */
const HEADLINE_WORDS = 30;
/** A lead is a paragraph of prose: at least this many words (a dateline line or a byline is not). */
const LEAD_WORDS = 12;
/** Lines that caption a photo: about the story, but not its lead. */
const CAPTION = /^\s*[(-]?\s*(?:photo|file photo|picture|صورة|الصورة)/i;

/** The headline and lead among an article's clauses (in text order). */
export function discourseOf(clauses: readonly Clause[]): Discourse {
  const byParagraph = new Map<number, number[]>();
  for (let k = 0; k < clauses.length; k++) {
    const paragraph = clauses[k]!.paragraph;
    const list = byParagraph.get(paragraph);
    if (list) list.push(k);
    else byParagraph.set(paragraph, [k]);
  }
  const paragraphs = [...byParagraph.values()];
  const words = (indexes: readonly number[]) => indexes.reduce((n, k) => n + clauses[k]!.tokens.length, 0);
  const first = paragraphs[0] ?? [];
  const headline = paragraphs.length > 1 && words(first) <= HEADLINE_WORDS ? first : [];
  const prose = paragraphs
    .slice(headline.length > 0 ? 1 : 0)
    .filter((indexes) => words(indexes) >= LEAD_WORDS && !CAPTION.test(clauses[indexes[0]!]!.text));
  const lead = prose[0] ?? [];
  const leadByPhone = lead.some((k) => saysByPhone(clauses[k]!.text));
  return { headline, lead, opening: prose.slice(0, OPENING_PARAGRAPHS).flat(), leadByPhone };
}
