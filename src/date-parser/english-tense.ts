/**
 * The direction an English clause points to, for dates written without a year or a
 * modifier ("met Lavrov on Tuesday", "launched in May", "will meet on Monday"). Past-tense verbs
 * (-ed forms and the irregular ones), was/were, last, ago point back; will/'ll, is/are to,
 * expected to, plans to, next, upcoming, scheduled, and a verb of meeting in the present ("the
 * talks resume in May") point forward. The cue nearest the date in
 * its clause wins (the one before on a tie), as sentenceTense does for Arabic; "that" opens
 * reported speech, which has its own tense (as أن does there).
 */
import { remembered } from '../remembered.js';
import type { Tense } from './tense.js';
import {
  AGREED,
  AHEAD_OF,
  ASIDE_OPENERS,
  BEFORE_NT,
  BEFORE_TO,
  followsAMeeting,
  FUTURE,
  IRREGULAR_PAST,
  LEADS,
  MODALS,
  MODAL_MEETING_VERBS,
  MEETING_PAST,
  MOVED,
  MOVED_PARTICLES,
  MOVED_TO,
  NOT_PAST,
  PAST_BEFORE_COLON,
  PASSIVE,
  PRESENT_AHEAD,
  NOT_PRESENT,
  PAST_NOT_PARTICIPLE,
  DESCRIBED,
  DATELINE,
  RELATIVE_ASIDE,
  PARTICIPLE_OPENS,
  SAYING,
} from './english-tense-words.js';
import { abbreviationDot, REACH, sentenceAfter, sentenceBefore } from './english-sentences.js';

/** Words a clause may hold on each side; a clause is short, and this keeps every text linear. */
const WINDOW = 24;
/** Marks that end a clause: ; : ! ? ( ) " “ ” and a line end (a full stop is told apart where it is met). */
const HARD_BREAKS: ReadonlySet<number> = new Set([...';:!?()"“”\n'].map((mark) => mark.charCodeAt(0)));

interface Word {
  text: string;
  /** Written with a capital: "United" is a name, not a verb in -ed. */
  capital: boolean;
}

/**
 * What a word (lower case) says by itself, remembered, as words recur: future, "is"/"are"/"set"
 * (future before "to"), past, a verb in -ed (past unless capitalised), or nothing.
 */
const ownCue = remembered((w: string): 'future' | 'beforeTo' | 'past' | 'ed' | null => {
  if (FUTURE.has(w) || w.endsWith("'ll") || w === "won't") return 'future';
  if (BEFORE_TO.has(w)) return 'beforeTo';
  if (IRREGULAR_PAST.has(w)) return 'past';
  if (w.endsWith("n't")) return BEFORE_NT.has(w.slice(0, -3)) ? 'past' : null;
  if (w.length >= 4 && w.endsWith('ed') && !NOT_PAST.has(w)) return 'ed';
  return null;
});

/** The cue of `word`, with its neighbours in reading order (none across the date). */
function cueOf(
  word: Word,
  prev: Word | undefined,
  next: Word | undefined,
  beforePrev?: Word,
  /** The word stands right by the date ("the summit held on Monday"): a participle there dates it. */
  byTheDate = true,
): Tense | null {
  // "on Monday put off a meeting": "put" with its particle is past, unless "will"/"to" stands before it.
  if (word.text === 'put' && next !== undefined && MOVED_PARTICLES.has(next.text))
    return prev !== undefined && (FUTURE.has(prev.text) || prev.text === 'to') ? 'future' : 'past';
  // "have been invited to Sunday's talks", "has invited Yoon to … the summit … from May 19": an invitation is to
  // what is to come ("invited him to Moscow" is a deed).
  if (word.text === 'invited' && (prev?.text === 'been' || prev?.text === 'has' || prev?.text === 'have'))
    return 'future';
  // "agreed to go ahead with talks in Lausanne on Tuesday", "decided to meet again on Monday": what was agreed is to come.
  if (AGREED.has(word.text) && next?.text === 'to') return 'future';
  // "the talks could resume on June 20", "may meet on Monday": a modal before a verb of meeting looks ahead (not "could
  // have met", "Theresa May", nor "as both sides may seek a deal", whose modal is not the meeting's).
  if (MODALS.has(word.text) && !word.capital)
    return next !== undefined && MODAL_MEETING_VERBS.has(next.text) ? 'future' : null;
  if (PRESENT_AHEAD.has(word.text)) return prev && NOT_PRESENT.has(prev.text) ? null : 'future';
  const own = ownCue(word.text);
  // "had been scheduled to fly on Sunday": a plan of the past, for a day gone by.
  if (own === 'future') return prev?.text === 'been' && beforePrev?.text === 'had' ? 'past' : 'future';
  if (own === 'beforeTo') return next?.text === 'to' ? 'future' : null;
  if (own === null || (prev && PASSIVE.has(prev.text))) return null;
  // (a participle describing a noun away from the date tells no tense of the clause: "will travel … on Sunday for a
  // visit held …", "the visit, from April 4 to 5, answers an invitation extended …")
  // ("the talks took place in Baghdad in April": a past that is no participle is the noun's own verb)
  if (
    (own === 'past' || own === 'ed') &&
    !byTheDate &&
    prev &&
    DESCRIBED.has(prev.text) &&
    !PAST_NOT_PARTICIPLE.has(word.text)
  )
    return null;
  return own === 'past' || !word.capital ? 'past' : null;
}

/** A letter of an English word, or its apostrophe: [A-Za-z'’]. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39 || code === 0x2019;
}

/**
 * The words of the clause on one side of `at`, nearest first, up to its end, read only as far
 * as they are asked for: the nearest cue is most often a word or two away. A date that opens its
 * sentence ("On Tuesday, the minister met…") reads on across the comma after it. Words are
 * sliced from the text where they start and end: no string is built a letter at a time.
 */
export class ClauseSide {
  private readonly words: Word[] = [];
  private readonly limit: number;
  private i: number;
  /** Where the word being read began (in reading order), or -1. */
  private from = -1;
  /** The first word read after the last comma crossed. */
  private phraseFrom = 0;
  private done = false;

  constructor(
    private readonly text: string,
    at: number,
    private readonly step: 1 | -1,
    /** Asked when a comma ends the words read so far (none, or a phrase set off by commas). */
    private readonly acrossComma: () => boolean,
  ) {
    this.i = at;
    this.limit = step > 0 ? Math.min(text.length, at + REACH) : Math.max(0, at - REACH);
  }

  /** The k-th word from `at` (0: the nearest), or undefined past the clause's end. */
  word(k: number): Word | undefined {
    while (this.words.length <= k && !this.done) this.readWord();
    return this.words[k];
  }

  /** Every word of the side. */
  all(): readonly Word[] {
    while (!this.done) this.readWord();
    return this.words;
  }

  /** Reads on until one more word is added or the side ends. */
  private readWord(): void {
    const { text, step, words } = this;
    const count = words.length;
    while (this.i !== this.limit && words.length < WINDOW) {
      const index = step > 0 ? this.i : this.i - 1;
      const code = text.charCodeAt(index);
      if (isWordChar(code)) {
        if (this.from < 0) this.from = this.i;
        this.i += step;
        continue;
      }
      // "said that on Monday the talks will resume": reported speech has its own tense
      if (this.from >= 0 && !addWord(words, this.written())) {
        this.done = true;
        return;
      }
      this.from = -1;
      this.i += step;
      if (code !== 32) {
        // "U.S." and "3.5" keep their dot; a dot before a space ends the sentence
        const ends =
          code === 46
            ? /\s/.test((step > 0 ? text[this.i] : text[this.i + 1]) ?? ' ') && !abbreviationDot(text, index)
            : HARD_BREAKS.has(code);
        if (ends || (code === 44 && !(this.asidePhrase() && this.acrossComma()))) break;
        if (code === 44) this.phraseFrom = words.length;
      }
      if (words.length > count) return;
    }
    if (words.length < WINDOW && this.from >= 0) addWord(words, this.written());
    this.done = true;
  }

  /**
   * Nothing read since the last comma, or a phrase set off by commas that opens with a
   * preposition: "On Monday, on the first leg of the tour, Qureshi met …".
   */
  private asidePhrase(): boolean {
    const first = this.words[this.phraseFrom];
    return first === undefined || (this.step > 0 && ASIDE_OPENERS.has(first.text));
  }

  /** The word read since `from`, as written. */
  private written(): string {
    return this.step > 0 ? this.text.slice(this.from, this.i) : this.text.slice(this.i, this.from);
  }
}

/** A word as written, lower-cased (’ as '), with its capital: remembered, as words recur (no object made per word read). */
const wordOf = remembered((written: string): Word => {
  const lower = written.toLowerCase();
  const first = written.charCodeAt(0);
  return { text: lower.includes('’') ? lower.replace('’', "'") : lower, capital: first >= 65 && first <= 90 };
}, 20_000);

/** Adds a word as written; false for "that", which ends the clause's reach. */
function addWord(words: Word[], written: string): boolean {
  const word = wordOf(written);
  if (word.text === 'that') return false;
  words.push(word);
  return true;
}

/** The word of the cue englishTense found last ('' when none): plannedDay asks which it was. */
let cueWord = '';
export const lastCueWord = (): string => cueWord;

/**
 * "was postponed to late December", "pushed back to March 3", "put off until May": a past verb of
 * moving, whose date is the new plan's day, ahead of the report (english.ts's tense of a past
 * clause would place it behind).
 */
function movedTo(before: ClauseSide): boolean {
  if (!MOVED_TO.has(before.word(0)?.text ?? '')) return false;
  const verb = MOVED_PARTICLES.has(before.word(1)?.text ?? '') ? before.word(2) : before.word(1);
  if (verb === undefined || !MOVED.has(verb.text)) return false;
  cueWord = verb.text;
  return true;
}

/** The tense of the English clause around [start, end) of `text`, or undefined. */
export function englishTense(text: string, start: number, end: number): Tense | undefined {
  cueWord = '';
  // "on Wednesday," carries the comma that ends its clause
  const trimmed = start + text.slice(start, end).replace(/[\s,.;]+$/, '').length;
  const before = new ClauseSide(text, start, -1, () => false);
  if (movedTo(before)) return 'future';
  const after = new ClauseSide(text, trimmed, 1, () => before.all().every((w) => LEADS.has(w.text)));
  // Nearest first, the word before the date ahead of the one after it on a tie; neighbours are
  // taken on the word's side of the date only.
  let joined = false;
  for (let d = 0; ; d++) {
    const b = before.word(d);
    // "held talks ahead of the summit in Jeddah on Friday": the day of what is ahead, not of the talks before it.
    if (b && d > 0 && AHEAD_OF.get(b.text) === before.word(d - 1)!.text) {
      cueWord = b.text;
      return 'future';
    }
    const cueBefore =
      b && cueOf(b, before.word(d + 1), d === 0 ? undefined : before.word(d - 1), before.word(d + 2), d === 0);
    if (cueBefore) {
      cueWord = b.text;
      return cueBefore;
    }
    // ("landed in Moscow on Monday evening and will hold talks": past "and", another verb's tense)
    if (after.word(d)?.text === 'and' && b !== undefined) joined = true;
    const a = joined ? undefined : after.word(d);
    const cueAfter = a && cueOf(a, d === 0 ? undefined : after.word(d - 1), after.word(d + 1), undefined, d === 0);
    if (cueAfter) {
      cueWord = a.text;
      return cueAfter;
    }
    if (!b && !a)
      return (
        closingAside(text, start, after) ??
        participleOpening(text, start, trimmed) ??
        participleAside(text, start, trimmed) ??
        pastAList(text, start) ??
        (followsAMeeting(sentenceBefore(text, start), sentenceAfter(text, trimmed)) ? 'past' : undefined)
      );
  }
}

/** How many words may stand between a comma and the date of a phrase closing its sentence: ", in January.". */
const CLOSING_ASIDE = /,\s*(?:[A-Za-z'’]+\s+){0,2}$/;

/**
 * "Kiir and Bashir last held talks at the previous AU summit, in January.": a date in a phrase
 * that closes its sentence after a comma takes the tense of the words before the comma, when they
 * tell a meeting gone by or one to come (asked only when its own phrase gave no cue). A past verb
 * of saying or deciding tells neither ("announced a state visit by Modi, in June"), nor does an
 * infinitive ("agreed to meet again, in January", "accepted an invitation to visit Pyongyang").
 */
function closingAside(text: string, start: number, after: ClauseSide): Tense | undefined {
  if (after.word(0) !== undefined) return undefined;
  const aside = CLOSING_ASIDE.exec(text.slice(Math.max(0, start - 40), start));
  if (!aside) return undefined;
  const before = new ClauseSide(text, start - aside[0].length, -1, () => false);
  for (let d = 0; ; d++) {
    const b = before.word(d);
    if (!b || b.text === 'to') return undefined;
    const cue = cueOf(b, before.word(d + 1), d === 0 ? undefined : before.word(d - 1), before.word(d + 2));
    if (!cue) continue;
    if (cue === 'past' && !MEETING_PAST.has(b.text)) return undefined;
    cueWord = b.text;
    return cue;
  }
}

/**
 * "Meeting in Muscat, Oman, on Friday, the two ministers reviewed …": a date in a participle's
 * phrase that opens the sentence takes the tense of the sentence's own verb, past the commas
 * (asked only when the clause around the date gave no cue).
 */
function participleOpening(text: string, start: number, end: number): Tense | undefined {
  // ("On Friday, ahead of Saturday's meeting with Ms. Khar, Mr. Krishna called on …": a date that opens the sentence
  // too, after a dateline or not; a relative clause in it, ", who led the U.S. side,", has a verb of its own)
  // ("RIYADH: On the sidelines of … on Tuesday, …": the phrase opens the sentence after its dateline)
  const before = sentenceBefore(text, start).replace(DATELINE, '');
  if (!PARTICIPLE_OPENS.test(before) && before.trim() !== '') return undefined;
  return firstCue(sentenceAfter(text, end).replace(RELATIVE_ASIDE, ','));
}

/** The tense the first cue of `words` tells (a verb of report with a day of its own tells none, when `saying` is false). */
function firstCue(words: string, saying = true): Tense | undefined {
  const read = [...words.matchAll(/[A-Za-z'’]+/g)].map((m) => wordOf(m[0]));
  for (let k = 0; k < read.length; k++) {
    const cue = cueOf(read[k]!, read[k - 1], read[k + 1]);
    if (!cue) continue;
    if (!saying && SAYING.has(read[k]!.text)) return undefined;
    cueWord = read[k]!.text;
    return cue;
  }
  return undefined;
}

/**
 * "Kerry, Jubeir and Lavrov, meeting in Qatar on Monday, had recognised …": a date in a participle's
 * aside, set off by commas, takes the tense of the verb after the aside.
 */
function participleAside(text: string, start: number, end: number): Tense | undefined {
  if (!PARTICIPLE_ASIDE.test(sentenceBefore(text, start))) return undefined;
  const rest = /^\s*,([^,]*)/.exec(sentenceAfter(text, end));
  // ("…, meeting Hamas leaders in Doha on Monday, told Reuters on Saturday …": a report has a day of its own)
  return rest ? firstCue(rest[1]!, false) : undefined;
}
const PARTICIPLE_ASIDE = /,\s*[a-z]+ing\b[^,]*$/;

/** The last englishTense was told by "ahead of" or "on the eve of": a plan's day, the nearer of its weekdays (english.ts). */
export function aheadOfCue(): boolean {
  return AHEAD_OF.has(cueWord);
}

/** Marks of a list between a verb and its date: commas, or the colon that opens it ("have met twice before: first in April, then …"). */
const LIST_COMMA = /[,:]/;

/**
 * "held talks with German Chancellor Angela Merkel, … and Boris Johnson on Monday", "have met twice before: first
 * in April": a clause stopped at a list's commas or colon takes the past verb opening the list (not across "that").
 */
function pastAList(text: string, start: number): Tense | undefined {
  const before = sentenceBefore(text, start);
  // (a date closing its sentence after a comma is closingAside's: "announced a state visit …, in June")
  if (!LIST_COMMA.test(before) || CLOSING_ASIDE.test(before)) return undefined;
  // The verb opens the list, before its first comma: "The summit, hosted by Saudi Arabia, opens …" is no list.
  const cut = before.search(LIST_COMMA);
  const opening = before.slice(0, cut);
  // (a colon opens a list of meetings gone by only after "have met … before": "set out a timetable: talks in Geneva in January" is to come)
  if (before[cut] === ':' && !PAST_BEFORE_COLON.test(opening)) return undefined;
  const words = [...opening.matchAll(/[A-Za-z'’]+/g)].map((m) => wordOf(m[0]));
  for (let k = words.length - 1; k >= 0; k--) {
    if (words[k]!.text === 'that') return undefined;
    if (MEETING_PAST.has(words[k]!.text) && cueOf(words[k]!, words[k - 1], words[k + 1], words[k - 2]) === 'past') {
      cueWord = words[k]!.text;
      return 'past';
    }
  }
  return undefined;
}
