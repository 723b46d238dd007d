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
 * the day alone ("in the afternoon") is that part of a day.
 */
import { addUnits, civilDate, dateOf, dayStart, mondayOf, monthStart, shift, startOfUnit, wallClock, weekdayOf, weekdayOnOrAfter } from '../time/wall-clock.js';
import type { WallTime } from '../time/wall-time.js';
import { placeBare, type BareDate } from './english-bare-dates.js';
import { englishTense } from './english-tense.js';
import { POD_HOURS, type Pod } from './arabic-words.js';
import type { Resolved } from './resolve.js';
import type { Tense } from './tense.js';
import type { Token } from './tokens.js';
import type { Grain } from './types.js';

export interface EnglishMatch {
  start: number;
  end: number;
  value: Resolved;
  /** The clause's direction, when it placed a bare date. */
  tense?: Tense;
}

const table = <T>(entries: Record<string, T>): ReadonlyMap<string, T> => new Map(Object.entries(entries));

const WEEKDAYS = table({ sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 });
/** Short weekdays count only with their full stop ("Thurs."): "Sun" and "Sat" are words too. */
const SHORT_WEEKDAYS = table({ sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6 });
const MONTHS = table({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
});
const SHORT_MONTHS = table({ jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 });
/** Month names that are also verbs ("talks may resume", "they march on"): a month only when capitalised. */
const MONTHS_NEEDING_CAPITAL = new Set(['may', 'march', 'mar']);
const PODS = table<Pod>({ morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'evening' });
/** The hour a part of the day said alone stands for: one already over is tomorrow's. */
const POD_TYPICAL_HOUR: Partial<Record<Pod, number>> = { morning: 6, afternoon: 15, evening: 20 };
const CASUAL_DAYS = table({ today: 0, tonight: 0, tomorrow: 1, yesterday: -1 });
const MODIFIERS = table<-1 | 0 | 1>({ this: 0, last: -1, past: -1, next: 1 });
const ORDINAL_ENDINGS = new Set(['st', 'nd', 'rd', 'th']);
const RANGE_WORDS = new Set(['to', 'through', 'until', 'till', '-', '–']);
const UNITS = table<'day' | 'week' | 'month' | 'year'>({ day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year' });
const NUMBER_WORDS = table({ a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 });
const CYCLES = new Set(['week', 'month', 'year']);
/** "the same afternoon", "that morning": a day the text named before, not one to place here. */
const SAME = /\b(?:same|that)\s+$/i;

/**
 * The rules a word can begin, as bits: each word tries only those (STARTERS), and a word that
 * begins none is passed over at once.
 */
const DAY = 1;
const CLOCK = 2;
const NOW = 4;
const SLASH = 8;
const MONTH = 16;
const RELATIVE = 32;
const DURATION = 64;
const POD = 128;
/** A number can begin a day ("5 April"), a clock time, a slash date or a stretch of time. */
const NUMBER_STARTS = DAY | CLOCK | SLASH | DURATION;
const STARTERS: ReadonlyMap<string, number> = (() => {
  const starts = new Map<string, number>();
  const add = (words: Iterable<string>, rules: number): void => {
    for (const word of words) starts.set(word, (starts.get(word) ?? 0) | rules);
  };
  add([...WEEKDAYS.keys(), ...SHORT_WEEKDAYS.keys(), ...CASUAL_DAYS.keys(), 'weekend', 'on'], DAY);
  add([...MONTHS.keys(), ...SHORT_MONTHS.keys()], DAY | MONTH);
  add(MODIFIERS.keys(), DAY | RELATIVE);
  add(['this', ...PODS.keys()], POD);
  add(['at', 'noon', 'midday'], CLOCK);
  add(['in'], MONTH | DURATION);
  add(['within', ...NUMBER_WORDS.keys()], DURATION);
  add(['later', 'earlier', 'end'], RELATIVE);
  add(['now'], NOW);
  return starts;
})();

interface Clock {
  hour: number;
  minute: number;
  /** Written with its minutes (10:00): minute precision. */
  minutes: boolean;
  /** Said in GMT/UTC rather than the reference zone. */
  utc: boolean;
}

/** What a date part names: a bare date (placed by the clause), or a day already fixed. */
type DayPart = { bare: BareDate; end?: { month: number; day: number } } | { day: WallTime; end?: { month: number; day: number } };

interface Part {
  /** Token span [from, to). */
  from: number;
  to: number;
}

/** An expression read: what it names (null: nothing, as "later this month" on its last day), and the token after it. */
type Read = { found: EnglishMatch | null; to: number };

/** Reads the English expressions of one tokenized text. */
class EnglishScanner {
  /** The end of the current stretch (no Arabic word, no line end): no rule reads past it. */
  private limit = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly now: WallTime,
    private readonly today: WallTime,
    private readonly zone: string,
  ) {}

  /**
   * Stretch by stretch: only a stretch that holds a Latin word is read (digits amid Arabic are
   * the Arabic rules'), and an Arabic word begins nothing.
   */
  scan(): EnglishMatch[] {
    const found: EnglishMatch[] = [];
    const tokens = this.tokens;
    for (let from = 0; from < tokens.length; ) {
      const { end, latin } = this.stretchAt(from);
      this.limit = end;
      for (let i = from; latin && i < end; ) {
        const token = tokens[i]!;
        const starts = token.kind === 'number' ? NUMBER_STARTS : token.kind === 'latin' ? (STARTERS.get(token.norm) ?? 0) : 0;
        const match = starts !== 0 ? this.expressionAt(i, starts) : null;
        if (match?.found) found.push(match.found);
        i = match ? match.to : i + 1;
      }
      // Past the stretch, and past the Arabic word that ended it
      from = end < tokens.length && tokens[end]!.kind === 'word' ? end + 1 : end;
    }
    return found;
  }

  /** The stretch that begins at token `from`: where it ends, and whether it holds a Latin word. */
  private stretchAt(from: number): { end: number; latin: boolean } {
    const { text, tokens } = this;
    let latin = false;
    for (let i = from; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind === 'word') return { end: i, latin };
      latin ||= token.kind === 'latin';
      if (i + 1 < tokens.length && lineEndBetween(text, token.end, tokens[i + 1]!.start)) return { end: i + 1, latin };
    }
    return { end: tokens.length, latin };
  }

  // Token tests, bounded by the current stretch

  private word(i: number): string | undefined {
    const token = i < this.limit ? this.tokens[i] : undefined;
    return token?.kind === 'latin' ? token.norm : undefined;
  }

  /** Token `i` is the mark `one` (or `other`): two parameters, not a rest array made at every call. */
  private mark(i: number, one: string, other?: string): boolean {
    const token = i < this.limit ? this.tokens[i] : undefined;
    return token?.kind === 'punct' && (token.norm === one || token.norm === other);
  }

  /** A full stop written against the word before it ("Jan.", "a.m."). */
  private tightDot(i: number): boolean {
    return this.mark(i, '.') && !this.tokens[i]!.spaced;
  }

  private number(i: number, maxDigits: number): number | null {
    const token = i < this.limit ? this.tokens[i] : undefined;
    return token?.kind === 'number' && token.norm.length <= maxDigits ? token.value : null;
  }

  private capitalised(i: number): boolean {
    const code = this.text.charCodeAt(this.tokens[i]!.start);
    return code >= 65 && code <= 90;
  }

  private spanText(from: number, to: number): string {
    return this.text.slice(this.tokens[from]!.start, this.tokens[to - 1]!.end);
  }

  // Pieces

  /** A weekday name at `i` ("Tuesday", "Thurs."), or "weekend" (its Saturday). */
  private weekdayName(i: number): { weekday: number; to: number; weekend: boolean } | null {
    const w = this.word(i);
    if (w === undefined) return null;
    const full = WEEKDAYS.get(w);
    if (full !== undefined) return { weekday: full, to: i + 1, weekend: false };
    const short = SHORT_WEEKDAYS.get(w);
    if (short !== undefined && this.tightDot(i + 1)) return { weekday: short, to: i + 2, weekend: false };
    return w === 'weekend' ? { weekday: 6, to: i + 1, weekend: true } : null;
  }

  /** [on] [this|last|past|next] WEEKDAY [,] */
  private weekdayAt(i: number): (Part & { day: DayPart }) | null {
    let j = i;
    if (this.word(j) === 'on') j++;
    const modifier = MODIFIERS.get(this.word(j) ?? '');
    if (modifier !== undefined) j++;
    const name = this.weekdayName(j);
    if (!name) return null;
    let to = name.to;
    if (this.mark(to, ',')) to++;
    const weekday = name.weekend && modifier === -1 ? 0 : name.weekday;
    const today = this.today;
    if (modifier === undefined || modifier === -1) return { from: i, to, day: { bare: { kind: 'weekday', weekday, back: modifier === -1 } } };
    return { from: i, to, day: { day: modifier === 0 ? weekdayOnOrAfter(today, weekday, false) : nextWeekday(today, weekday) } };
  }

  /** A month name at `i`: "March", "Jan.", "Sept". */
  private monthName(i: number, alone: boolean): { month: number; to: number } | null {
    const w = this.word(i);
    if (w === undefined) return null;
    if (MONTHS_NEEDING_CAPITAL.has(w) && !this.capitalised(i)) return null;
    const full = MONTHS.get(w);
    if (full !== undefined) return { month: full, to: i + 1 };
    const short = SHORT_MONTHS.get(w);
    if (short === undefined) return null;
    if (this.tightDot(i + 1)) return { month: short, to: i + 2 };
    return alone ? null : { month: short, to: i + 1 };
  }

  /** A day of the month: 3, 3rd, 30th. */
  private dayNumber(i: number): { day: number; to: number } | null {
    const day = this.number(i, 2);
    if (day === null || day < 1 || day > 31) return null;
    const ending = this.word(i + 1);
    const tight = ending !== undefined && !this.tokens[i + 1]!.spaced && ORDINAL_ENDINGS.has(ending);
    return { day, to: tight ? i + 2 : i + 1 };
  }

  private year(i: number): number | null {
    const token = i < this.limit ? this.tokens[i] : undefined;
    return token?.kind === 'number' && token.norm.length === 4 && token.value >= 1000 ? token.value : null;
  }

  /** The year after a date: ", 2020" or " 2020". */
  private yearAfter(i: number): { year: number; to: number } | null {
    const k = this.mark(i, ',') ? i + 1 : i;
    const year = this.year(k);
    return year === null ? null : { year, to: k + 1 };
  }

  /** Range connector: - – to through until till. */
  private rangeWord(i: number): boolean {
    const token = i < this.limit ? this.tokens[i] : undefined;
    return token !== undefined && token.kind !== 'number' && RANGE_WORDS.has(token.norm);
  }

  /** "March 3", "Jan. 30, 2020", "March 3-4", "March 31-April 2". */
  private middleEndianAt(i: number): (Part & { day: DayPart }) | null {
    const month = this.monthName(i, false);
    if (!month) return null;
    const first = this.dayNumber(month.to);
    if (!first) return null;
    let to = first.to;
    let end: { month: number; day: number } | undefined;
    if (this.rangeWord(to)) {
      const otherMonth = this.monthName(to + 1, false);
      const last = this.dayNumber(otherMonth ? otherMonth.to : to + 1);
      if (last) {
        end = { month: otherMonth?.month ?? month.month, day: last.day };
        to = last.to;
      }
    }
    return this.withYear(i, to, month.month, first.day, end);
  }

  /** "[on] 5 April", "3-4 March", "3rd of March 2020". */
  private littleEndianAt(i: number): (Part & { day: DayPart }) | null {
    const j = this.word(i) === 'on' ? i + 1 : i;
    const first = this.dayNumber(j);
    if (!first) return null;
    let k = first.to;
    let lastDay: number | undefined;
    if (this.rangeWord(k)) {
      const last = this.dayNumber(k + 1);
      if (last) {
        lastDay = last.day;
        k = last.to;
      }
    }
    if (this.word(k) === 'of') k++;
    const month = this.monthName(k, false);
    if (!month) return null;
    return this.withYear(i, month.to, month.month, first.day, lastDay === undefined ? undefined : { month: month.month, day: lastDay });
  }

  private withYear(from: number, to: number, month: number, day: number, end: { month: number; day: number } | undefined): (Part & { day: DayPart }) | null {
    const year = this.yearAfter(to);
    if (!year) return { from, to, day: { bare: { kind: 'dayOfMonth', month, day }, end } };
    const fixed = dateOf(year.year, month, day);
    return fixed !== null ? { from, to: year.to, day: { day: fixed, end } } : null;
  }

  /** "[in] May[,]", "March 2017": a month alone. */
  private monthAt(i: number): (Part & { month: { bare: BareDate } | { at: WallTime } }) | null {
    const after = this.word(i) === 'in';
    const j = after ? i + 1 : i;
    const month = this.monthName(j, !after);
    if (!month) return null;
    let to = month.to;
    const year = this.yearAfter(to) ?? (this.word(to) === 'of' ? this.yearAfter(to + 1) : null);
    if (year) {
      const at = dateOf(year.year, month.month, 1);
      return at !== null ? { from: j, to: year.to, month: { at } } : null;
    }
    // "March 45" is no date at all; "May," keeps its comma, as chrono did
    if (this.number(to, 9) !== null) return null;
    if (this.mark(to, ',', '-')) to++;
    return { from: j, to, month: { bare: { kind: 'month', month: month.month } } };
  }

  /** [at] 10 a.m., 10:30, 3pm, at 13, noon, [GMT]. */
  private clockAt(i: number): (Part & { clock: Clock }) | null {
    const w = this.word(i);
    if (w === 'noon' || w === 'midday') return { from: i, to: i + 1, clock: { hour: 12, minute: 0, minutes: false, utc: false } };
    const at = w === 'at';
    const j = at ? i + 1 : i;
    let hour = this.number(j, 2);
    if (hour === null) return null;
    let k = j + 1;
    let minute = 0;
    let minutes = false;
    if (this.mark(k, ':') && !this.tokens[k]!.spaced) {
      const m = this.number(k + 1, 2);
      const digits = this.tokens[k + 1]?.norm.length;
      if (m === null || digits !== 2 || m > 59) return null;
      minute = m;
      minutes = true;
      k += 2;
    }
    const meridiem = this.meridiem(k);
    if (meridiem) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (meridiem.pm ? 12 : 0);
      k = meridiem.to;
    } else if (!minutes && !at) return null;
    if (hour > 23) return null;
    const zone = this.word(k);
    const utc = zone === 'gmt' || zone === 'utc';
    return { from: i, to: utc ? k + 1 : k, clock: { hour, minute, minutes: minutes || minute !== 0, utc } };
  }

  /** am, pm, a.m., p.m. */
  private meridiem(i: number): { pm: boolean; to: number } | null {
    const w = this.word(i);
    if (w === 'am' || w === 'pm') return { pm: w === 'pm', to: i + 1 };
    if ((w === 'a' || w === 'p') && this.tightDot(i + 1) && this.word(i + 2) === 'm' && !this.tokens[i + 2]!.spaced) {
      return { pm: w === 'p', to: this.tightDot(i + 3) ? i + 4 : i + 3 };
    }
    return null;
  }

  /** today, tonight, tomorrow, yesterday, last night. */
  private casualDayAt(i: number): (Part & { day: DayPart }) | null {
    const w = this.word(i);
    const days = CASUAL_DAYS.get(w ?? '');
    if (days !== undefined) return { from: i, to: i + 1, day: { day: shift(this.today, days, 'day') } };
    if (w === 'last' && this.word(i + 1) === 'night') return { from: i, to: i + 2, day: { day: shift(this.today, -1, 'day') } };
    return null;
  }

  /** A day: a weekday, a day of a month, or today and its kin. */
  private dayAt(i: number): (Part & { day: DayPart }) | null {
    const weekday = this.weekdayAt(i);
    if (weekday) {
      // "Monday, March 2": the date says which day
      const date = this.middleEndianAt(weekday.to) ?? this.littleEndianAt(weekday.to);
      return date ? { from: i, to: date.to, day: date.day } : weekday;
    }
    return this.middleEndianAt(i) ?? this.littleEndianAt(i) ?? this.casualDayAt(i);
  }

  /** The expression at `i`, trying the rules `starts` names (bits of STARTERS), or null. */
  expressionAt(i: number, starts: number): Read | null {
    const day = starts & DAY ? this.dayAt(i) : null;
    if (day) {
      let k = day.to;
      if (this.mark(k, ',')) k++;
      const clock = this.clockAt(k);
      if (clock) return this.dated(day, i, clock.to, clock.clock);
      // "Tuesday morning", "yesterday afternoon": the day is what the calendar keeps
      if (PODS.has(this.word(day.to) ?? '') && !day.day.end) return this.dated(day, i, day.to + 1, null);
      return this.dated(day, i, day.to, null);
    }
    const clock = starts & CLOCK ? this.clockAt(i) : null;
    if (clock) {
      let k = clock.to;
      if (this.mark(k, ',')) k++;
      // "at 10 a.m. on Thursday", "at 3 p.m. on March 3"
      const after = this.dayAt(k) ?? (this.word(k) === 'on' ? this.dayAt(k + 1) : null);
      if (after && !after.day.end) return this.dated(after, i, after.to, clock.clock);
      return this.timed(clock.clock, i, clock.to);
    }
    if (starts & NOW) return this.match(i, i + 1, { type: 'value', at: startOfUnit(this.now, 'second'), grain: 'second' });
    return (
      (starts & SLASH ? this.slashDateAt(i) : null) ??
      (starts & MONTH ? this.monthMatch(i) : null) ??
      (starts & RELATIVE ? this.relativeAt(i) : null) ??
      (starts & DURATION ? this.durationAt(i) : null) ??
      (starts & POD ? this.podAloneAt(i) : null)
    );
  }

  private match(from: number, to: number, value: Resolved, tense?: Tense): Read {
    const found: EnglishMatch = { start: this.tokens[from]!.start, end: this.tokens[to - 1]!.end, value };
    if (tense) found.tense = tense;
    return { found, to };
  }

  private tenseOf(from: number, to: number): Tense | undefined {
    return englishTense(this.text, this.tokens[from]!.start, this.tokens[to - 1]!.end);
  }

  /** A day part, with its clock time if it has one. */
  private dated(part: { day: DayPart }, from: number, to: number, clock: Clock | null): Read | null {
    const spec = part.day;
    const tense = 'bare' in spec ? this.tenseOf(from, to) : undefined;
    const first = 'bare' in spec ? placeBare(spec.bare, this.today, tense) : spec.day;
    if (first === null) return null;
    if (clock) {
      const grain: Grain = clock.minutes || this.spanText(from, to).includes(':') ? 'minute' : 'hour';
      return this.match(from, to, { type: 'value', at: this.clockOn(first, clock), grain }, tense);
    }
    if (!spec.end) return this.match(from, to, { type: 'value', at: first, grain: 'day' }, tense);
    let last = dateOf(civilDate(first).year, spec.end.month, spec.end.day);
    if (last === null) return null;
    if (last < first) last = addUnits(last, 1, 'year');
    return this.match(from, to, { type: 'interval', from: first, to: shift(last, 1, 'day'), grain: 'day' }, tense);
  }

  /** A clock time on `day` (a midnight), as the wall clock of the reference zone. */
  private clockOn(day: WallTime, clock: Clock): WallTime {
    const wall = shift(day, clock.hour * 60 + clock.minute, 'minute');
    return clock.utc ? wallClock(wall, this.zone) : wall;
  }

  /** A clock time alone: today's, or tomorrow's when it is over. */
  private timed(clock: Clock, from: number, to: number): Read {
    const today = this.clockOn(this.today, clock);
    const at = today < this.now ? this.clockOn(shift(this.today, 1, 'day'), clock) : today;
    const grain: Grain = clock.minutes || this.spanText(from, to).includes(':') ? 'minute' : 'hour';
    return this.match(from, to, { type: 'value', at, grain });
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
    if ('at' in month.month) return this.match(month.from, month.to, { type: 'value', at: month.month.at, grain: 'month' });
    const tense = this.tenseOf(month.from, month.to);
    const at = placeBare(month.month.bare, this.today, tense);
    return at !== null ? this.match(month.from, month.to, { type: 'value', at, grain: 'month' }, tense) : null;
  }

  /** [later|earlier] this|last|past|next week|month|year, end of the month. */
  private relativeAt(i: number): Read | null {
    const w = this.word(i);
    if (w === 'end' && this.word(i + 1) === 'of' && (this.word(i + 2) === 'the' || this.word(i + 2) === 'this') && this.word(i + 3) === 'month') {
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
      return from < end ? this.match(i, j + 2, { type: 'interval', from, to: end, grain: unit === 'week' ? 'week' : 'month' }) : { found: null, to: j + 2 };
    }
    const at = unit === 'week' ? mondayOf(shift(today, 7 * offset, 'day')) : unit === 'month' ? monthStart(today, offset) : monthStart(today, 12 * offset - (civilDate(today).month - 1));
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
    const start = this.tokens[j]!.start;
    if (!demonstrative && SAME.test(this.text.slice(Math.max(0, start - 10), start))) return { found: null, to: j + 1 };
    const tense = this.tenseOf(i, j + 1);
    const typical = POD_TYPICAL_HOUR[pod] ?? 12;
    const over = shift(this.today, typical, 'hour') < this.now;
    const day = demonstrative || tense === 'past' || !over ? this.today : shift(this.today, 1, 'day');
    const [a, b] = POD_HOURS[pod];
    return this.match(i, j + 1, { type: 'interval', from: shift(day, a, 'hour'), to: shift(day, b, 'hour'), grain: 'hour' });
  }
}

function lineEndBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** "next Friday" as chrono-node read it: later this week before the weekend, else the one in the week after. */
function nextWeekday(today: WallTime, weekday: number): WallTime {
  const current = weekdayOf(today);
  let days: number;
  if (current === 0) days = weekday === 0 ? 7 : weekday;
  else if (current === 6) days = weekday === 6 ? 7 : weekday === 0 ? 8 : 1 + weekday;
  else {
    const forward = (weekday - current + 7) % 7;
    days = weekday < current && weekday !== 0 ? forward : forward + 7;
  }
  return shift(today, days, 'day');
}

/** English expressions among `tokens` (of `text`), resolved at `at` in `zone`. */
export function parseEnglish(text: string, tokens: readonly Token[], at: number, zone: string): EnglishMatch[] {
  const now = wallClock(at, zone);
  return new EnglishScanner(text, tokens, now, dayStart(now), zone).scan();
}

