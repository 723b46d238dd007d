/**
 * English (Latin-script) date expressions as wire copy writes them: weekdays ("on Tuesday",
 * "next Wednesday"), days of a month ("March 3-4", "Jan. 30, 2020", "5 April"), months ("in
 * May", "March 2017"), clock times ("at 10 a.m.", "10:30 GMT") with or without their day,
 * parts of the day, "today" and its kin, "last week", "later this month", "in two weeks".
 *
 * One pass over the parser's tokens (tokens.ts), each rule looking a few tokens ahead, so any
 * text costs its length. An expression never crosses a line end or an Arabic word. The
 * readings follow chrono-node's (which this replaced, for speed; the news cases pin them), with
 * the news corrections on top: bare weekdays, months and days of a month follow the clause's
 * tense (english-bare-dates.ts), "later this month" is the rest of the month, and a part of
 * the day alone ("in the afternoon") is that part of a day. The words are english-words.ts's,
 * the pieces (a weekday, a day of a month, a clock time) english-pieces.ts's; this file puts
 * them together into expressions and places them.
 */
import {
  addUnits,
  civilDate,
  dateOf,
  dayStart,
  mondayOf,
  monthStart,
  shift,
  startOfUnit,
  wallClock,
} from '../time/wall-clock.js';
import type { WallTime } from '../time/wall-time.js';
import { POD_HOURS, type Pod } from './arabic-words.js';
import { placeBare } from './english-bare-dates.js';
import type { Clock, DayPart } from './english-pieces.js';
import { EnglishSpans, type SpanPart } from './english-spans.js';
import { aheadOfCue, englishTense } from './english-tense.js';
import { plannedDay, pluperfectPlan, wasTo } from './english-plans.js';
import {
  CLOCK,
  CYCLES,
  DAY,
  DURATION,
  MODIFIERS,
  MONTH,
  NOW,
  NUMBER_STARTS,
  NUMBER_WORDS,
  POD,
  POD_TYPICAL_HOUR,
  PODS,
  RELATIVE,
  SAME,
  SLASH,
  SPAN,
  STARTERS,
  UNITS,
} from './english-words.js';
import { resolveNode, type Resolved } from './resolve.js';
import type { Tense } from './tense.js';
import type { Tokens } from './tokens.js';
import type { Grain } from './types.js';
import { LATIN, NUMBER, WORD } from './tokens.js';

export interface EnglishMatch {
  start: number;
  end: number;
  value: Resolved;
  /** The clause's direction, when it placed a bare date. */
  tense?: Tense;
  /** The zone the text named for its clock time (GMT, "Cairo time"). */
  zone?: string;
}

/** An expression read: what it names (null: nothing, as "later this month" on its last day), and the token after it. */
type Read = { found: EnglishMatch | null; to: number };

/**
 * STARTERS's answers for the words met lately, in slots chosen by their first and last letters and
 * length. The tokenizer hands a recurring word the same string each time, so a word found here is
 * told by comparing references, where the Map compared its letters with its own key's.
 */
const STARTERS_SLOTS = 512;
const startersWords = new Array<string>(STARTERS_SLOTS).fill('');
const startersBits = new Uint16Array(STARTERS_SLOTS);

/** The rules a Latin word (folded) can begin: STARTERS's bits, 0 for none. */
function startersOf(word: string): number {
  const slot = (word.charCodeAt(0) * 31 + word.charCodeAt(word.length - 1) * 7 + word.length) & (STARTERS_SLOTS - 1);
  if (startersWords[slot] === word) return startersBits[slot]!;
  const bits = STARTERS.get(word) ?? 0;
  startersWords[slot] = word;
  startersBits[slot] = bits;
  return bits;
}

/** How far ahead the nearer day of a plan told in the pluperfect may be: two months ("Last year's forum, which had been set for November 27", written in June, was last November's). */
const PLAN_AHEAD_MS = 60 * 24 * 3600 * 1000;

/** Reads the English expressions of one tokenized text. */
class EnglishScanner extends EnglishSpans {
  /**
   * Stretch by stretch: only a stretch that holds a Latin word is read (digits amid Arabic are
   * the Arabic rules'), and an Arabic word begins nothing.
   */
  scan(): EnglishMatch[] {
    const found: EnglishMatch[] = [];
    const tokens = this.tokens;
    for (let from = 0; from < tokens.length;) {
      const { end, latin } = this.stretchAt(from);
      this.limit = end;
      for (let i = from; latin && i < end;) {
        const kind = tokens.kind[i];
        const starts = kind === NUMBER ? NUMBER_STARTS : kind === LATIN ? startersOf(tokens.norm[i]!) : 0;
        const match = starts !== 0 ? this.expressionAt(i, starts) : null;
        if (match?.found) found.push(match.found);
        i = match ? match.to : i + 1;
      }
      // Past the stretch, and past the Arabic word that ended it
      from = end < tokens.length && tokens.kind[end] === WORD ? end + 1 : end;
    }
    return found;
  }

  /** The stretch that begins at token `from`: where it ends, and whether it holds a Latin word. */
  private stretchAt(from: number): { end: number; latin: boolean } {
    const { text, tokens } = this;
    let latin = false;
    for (let i = from; i < tokens.length; i++) {
      const kind = tokens.kind[i];
      if (kind === WORD) return { end: i, latin };
      latin ||= kind === LATIN;
      if (i + 1 < tokens.length && lineEndBetween(text, tokens.end[i]!, tokens.start[i + 1]!))
        return { end: i + 1, latin };
    }
    return { end: tokens.length, latin };
  }

  /** The expression at `i`, trying the rules `starts` names (bits of STARTERS), or null. */
  expressionAt(i: number, starts: number): Read | null {
    // Before the others: "the last week of May" is not "last week", nor "mid-May" May
    const span = starts & SPAN ? this.spanAt(i) : null;
    if (span) return this.spanned(span);
    const day = starts & DAY ? this.dayAt(i) : null;
    if (day) {
      // "Tuesday evening at 8", "tomorrow morning at 9", "tonight at 10": the part of the day says the clock's half
      const pod = day.day.end ? undefined : PODS.get(this.word(day.to) ?? '');
      let k = pod ? day.to + 1 : day.to;
      if (this.mark(k, ',')) k++;
      const clock = this.clockAt(k);
      if (clock) return this.dated(day, i, clock.to, inHalf(clock.clock, pod ?? (day.evening ? 'evening' : undefined)));
      // "Tuesday morning", "yesterday afternoon": the day is what the calendar keeps
      return this.dated(day, i, pod ? day.to + 1 : day.to, null);
    }
    const clock = starts & CLOCK ? this.clockAt(i) : null;
    if (clock) {
      let k = clock.to;
      if (this.mark(k, ',')) k++;
      // "at 10 a.m. on Thursday", "at 3 p.m. on March 3", "ten o'clock tonight", "at 8 Tuesday evening"
      const after = this.dayAt(k) ?? (this.word(k) === 'on' ? this.dayAt(k + 1) : null);
      if (after && !after.day.end) {
        const pod = PODS.get(this.word(after.to) ?? '');
        const half = pod ?? (after.evening ? 'evening' : undefined);
        return this.dated(after, i, pod ? after.to + 1 : after.to, inHalf(clock.clock, half));
      }
      // "at 8 this evening", "at 8 in the evening"
      const lead =
        this.word(clock.to) === 'this' ? 1 : this.word(clock.to) === 'in' && this.word(clock.to + 1) === 'the' ? 2 : 0;
      const pod = lead > 0 ? PODS.get(this.word(clock.to + lead) ?? '') : undefined;
      if (pod) return this.timed(inHalf(clock.clock, pod), i, clock.to + lead + 1);
      return this.timed(clock.clock, i, clock.to);
    }
    if (starts & NOW)
      return this.match(i, i + 1, { type: 'value', at: startOfUnit(this.now, 'second'), grain: 'second' });
    return (
      (starts & SLASH ? this.slashDateAt(i) : null) ??
      (starts & MONTH ? this.monthMatch(i) : null) ??
      (starts & RELATIVE ? this.relativeAt(i) : null) ??
      (starts & DURATION ? this.durationAt(i) : null) ??
      (starts & POD ? this.podAloneAt(i) : null)
    );
  }

  private match(from: number, to: number, value: Resolved, tense?: Tense, zone?: string | null): Read {
    const found: EnglishMatch = { start: this.tokens.start[from]!, end: this.tokens.end[to - 1]!, value };
    if (tense) found.tense = tense;
    if (zone) found.zone = zone;
    return { found, to };
  }

  /** A stretch of english-spans.ts, placed as the Arabic rules place its node. */
  private spanned(span: SpanPart): Read {
    const tense = span.bare ? this.tenseOf(span.from, span.to) : undefined;
    const value = resolveNode(span.node, tense ? { now: this.now, tense } : { now: this.now });
    return value ? this.match(span.from, span.to, value, tense) : { found: null, to: span.to };
  }

  private tenseOf(from: number, to: number): Tense | undefined {
    return englishTense(this.text, this.tokens.start[from]!, this.tokens.end[to - 1]!);
  }

  /** A day part, with its clock time if it has one. */
  private dated(part: { day: DayPart }, from: number, to: number, clock: Clock | null): Read | null {
    const spec = part.day;
    const tense = 'bare' in spec ? this.tenseOf(from, to) : undefined;
    // (a weekday after "ahead of" is a plan's too: "held talks ahead of the summit on Friday" is tomorrow's
    // summit when written on Thursday, last Tuesday's when written the Thursday after it)
    const plan =
      'bare' in spec &&
      spec.bare.kind === 'weekday' &&
      ((tense === 'past' &&
        (pluperfectPlan(this.text, this.tokens.start[from]!) || wasTo(this.text, this.tokens.start[from]!))) ||
        (tense === 'future' && aheadOfCue()));
    let first = 'bare' in spec ? placeBare(spec.bare, this.today, tense, plan) : spec.day;
    // A day put behind by a past clause that tells a plan: a day of this month still to come when
    // the clause tells a plan or what was said ("was to hold talks on January 17" written on
    // January 16); the nearer of the two when a plan is told in the pluperfect ("had been due to
    // open on April 24", written on April 20 or on May 2; "had been scheduled for January 5",
    // written on December 28).
    if ('bare' in spec && spec.bare.kind === 'dayOfMonth' && first !== null && tense === 'past') {
      const today = civilDate(this.today);
      const placed = civilDate(first);
      const ahead = placeBare(spec.bare, this.today, undefined);
      const start = this.tokens.start[from]!;
      if (
        ahead !== null &&
        (pluperfectPlan(this.text, start)
          ? ahead - this.today < this.today - first && ahead - this.today <= PLAN_AHEAD_MS
          : placed.year < today.year &&
            placed.month === today.month &&
            plannedDay(this.text, start, this.tokens.end[to - 1]!))
      )
        first = ahead;
    }
    if (first === null) return null;
    if (clock) {
      const grain: Grain = clock.minutes || this.spanText(from, to).includes(':') ? 'minute' : 'hour';
      return this.match(from, to, { type: 'value', at: this.clockOn(first, clock), grain }, tense, clock.zone);
    }
    if (!spec.end) return this.match(from, to, { type: 'value', at: first, grain: 'day' }, tense);
    let last = dateOf(civilDate(first).year, spec.end.month, spec.end.day);
    if (last === null) return null;
    if (last < first) last = addUnits(last, 1, 'year');
    return this.match(from, to, { type: 'interval', from: first, to: shift(last, 1, 'day'), grain: 'day' }, tense);
  }

  /** A clock time on `day` (a midnight), as the wall clock of the zone it was said in. */
  private clockOn(day: WallTime, clock: Clock): WallTime {
    return shift(day, clock.hour * 60 + clock.minute, 'minute');
  }

  /**
   * A clock time alone: on the reference day, as the Arabic rules read it (the text names the
   * day elsewhere), never tomorrow because the hour is over.
   */
  private timed(clock: Clock, from: number, to: number): Read {
    const grain: Grain = clock.minutes || this.spanText(from, to).includes(':') ? 'minute' : 'hour';
    return this.match(from, to, { type: 'value', at: this.clockOn(this.today, clock), grain }, undefined, clock.zone);
  }

  /** 1/30/2020: month first, as American copy writes it (a day-first reading is the Arabic rules', which run first). */
  private slashDateAt(i: number): Read | null {
    const month = this.number(i, 2);
    if (month === null || !this.mark(i + 1, '/') || !this.mark(i + 3, '/')) return null;
    const day = this.number(i + 2, 2);
    const year = this.year(i + 4);
    const at = day !== null && year !== null ? dateOf(year, month, day) : null;
    return at !== null ? this.match(i, i + 5, { type: 'value', at, grain: 'day' }) : null;
  }

  private monthMatch(i: number): Read | null {
    const month = this.monthAt(i);
    if (!month) return null;
    if ('at' in month.month)
      return this.match(month.from, month.to, { type: 'value', at: month.month.at, grain: 'month' });
    const tense = this.tenseOf(month.from, month.to);
    const at = placeBare(month.month.bare, this.today, tense);
    return at !== null ? this.match(month.from, month.to, { type: 'value', at, grain: 'month' }, tense) : null;
  }

  /** [later|earlier] this|last|past|next week|month|year, end of the month. */
  private relativeAt(i: number): Read | null {
    const w = this.word(i);
    if (
      w === 'end' &&
      this.word(i + 1) === 'of' &&
      (this.word(i + 2) === 'the' || this.word(i + 2) === 'this') &&
      this.word(i + 3) === 'month'
    ) {
      // The text names the month, not a day in it
      return this.match(i, i + 4, { type: 'value', at: monthStart(this.today), grain: 'month' });
    }
    const later = w === 'later';
    const j = later || w === 'earlier' ? i + 1 : i;
    const offset = MODIFIERS.get(this.word(j) ?? '');
    const unit = this.word(j + 1);
    if (offset === undefined || unit === undefined || !CYCLES.has(unit)) return null;
    const today = this.today;
    if (later && offset === 0 && unit !== 'year') {
      // "later this month": from tomorrow to the period's end, nothing when none is left
      const from = shift(today, 1, 'day');
      const end = unit === 'week' ? shift(mondayOf(today), 7, 'day') : monthStart(today, 1);
      return from < end
        ? this.match(i, j + 2, { type: 'interval', from, to: end, grain: unit === 'week' ? 'week' : 'month' })
        : { found: null, to: j + 2 };
    }
    const at =
      unit === 'week'
        ? mondayOf(shift(today, 7 * offset, 'day'))
        : unit === 'month'
          ? monthStart(today, offset)
          : monthStart(today, 12 * offset - (civilDate(today).month - 1));
    return this.match(j, j + 2, { type: 'value', at, grain: unit as Grain });
  }

  /** "in two weeks", "within a week", "three days ago", "a week later". */
  private durationAt(i: number): Read | null {
    const w = this.word(i);
    const ahead = w === 'in' || w === 'within';
    const j = ahead ? i + 1 : i;
    const digits = this.number(j, 4);
    const amount = digits ?? NUMBER_WORDS.get(this.word(j) ?? '');
    const unit = UNITS.get(this.word(j + 1) ?? '');
    if (amount === undefined || unit === undefined) return null;
    let sign = 1;
    let to = j + 2;
    if (!ahead) {
      const after = this.word(to);
      if (after !== 'ago' && after !== 'later') return null;
      sign = after === 'ago' ? -1 : 1;
      to++;
    }
    const moved = addUnits(this.now, sign * amount, unit);
    // "within a week", "in a month" name that week or month; "in two weeks", "in 3 months" a day
    const singular = digits === null && this.word(j + 1) === unit;
    const grain: Grain = unit === 'year' ? 'year' : unit !== 'day' && singular ? unit : 'day';
    const at = grain === 'week' ? mondayOf(moved) : startOfUnit(moved, grain as 'day' | 'month' | 'year');
    return this.match(i, to, { type: 'value', at, grain });
  }

  /** [this] morning / afternoon / evening / night, alone: that part of a day. */
  private podAloneAt(i: number): Read | null {
    const demonstrative = this.word(i) === 'this';
    const j = demonstrative ? i + 1 : i;
    const pod = PODS.get(this.word(j) ?? '');
    if (!pod) return null;
    const start = this.tokens.start[j]!;
    if (!demonstrative && SAME.test(this.text.slice(Math.max(0, start - 10), start))) return { found: null, to: j + 1 };
    const tense = this.tenseOf(i, j + 1);
    const typical = POD_TYPICAL_HOUR[pod] ?? 12;
    const over = shift(this.today, typical, 'hour') < this.now;
    const day = demonstrative || tense === 'past' || !over ? this.today : shift(this.today, 1, 'day');
    const [a, b] = POD_HOURS[pod];
    return this.match(i, j + 1, {
      type: 'interval',
      from: shift(day, a, 'hour'),
      to: shift(day, b, 'hour'),
      grain: 'hour',
    });
  }
}

/** A clock time said without its half of the day, put in the half `pod` names ("at 8 in the evening": 20:00). */
function inHalf(clock: Clock, pod: Pod | undefined): Clock {
  const later = pod === 'afternoon' || pod === 'evening';
  return later && clock.open && clock.hour < 12 ? { ...clock, hour: clock.hour + 12, open: false } : clock;
}

function lineEndBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** English expressions among `tokens` (of `text`), resolved at `at` in `zone`. */
export function parseEnglish(text: string, tokens: Tokens, at: number, zone: string): EnglishMatch[] {
  const now = wallClock(at, zone);
  return new EnglishScanner(text, tokens, now, dayStart(now), zone).scan();
}
