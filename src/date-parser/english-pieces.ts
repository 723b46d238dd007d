/**
 * The pieces of English date expressions (english.ts puts them together): weekdays, days of a
 * month in either order, months alone, clock times, today and its kin, each read from a token
 * index a few tokens ahead, never past the end of the current stretch of Latin text.
 */
import { civilDate, dateOf, shift, weekdayOf, weekdayOnOrAfter } from '../time/wall-clock.js';
import type { WallTime } from '../time/wall-time.js';
import type { BareDate } from './english-bare-dates.js';
import { UTC } from './arabic-words.js';
import {
  APPROXIMATELY,
  CASUAL_DAYS,
  ZONE_NAMES,
  MODIFIERS,
  MONTHS,
  MONTHS_NEEDING_CAPITAL,
  NUMBER_WORDS,
  ORDINAL_ENDINGS,
  RANGE_WORDS,
  SHORT_MONTHS,
  SHORT_WEEKDAYS,
  UTC_WORDS,
  WEEKDAYS,
  ZONE_ABBREVIATIONS,
} from './english-words.js';
import type { Tokens } from './tokens.js';
import { LATIN, NUMBER, PUNCT } from './tokens.js';

export interface Clock {
  hour: number;
  minute: number;
  /** Written with its minutes (10:00): minute precision. */
  minutes: boolean;
  /** The zone it was said in (GMT, "Cairo time"), or null: the reference zone. */
  zone: string | null;
  /** Said without a.m. or p.m. where both fit (at 10, ten o'clock, 8:30): a part of the day may say which. */
  open: boolean;
}

/** "March this year", "May 5 last year": the year told from the one of the article. */
const YEAR_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['this', 0],
  ['last', -1],
  ['next', 1],
]);
/** What a date part names: a bare date (placed by the clause), or a day already fixed. */
export type DayPart =
  { bare: BareDate; end?: { month: number; day: number } } | { day: WallTime; end?: { month: number; day: number } };

export interface Part {
  /** Token span [from, to). */
  from: number;
  to: number;
}

/** Token tests and pieces over one tokenized text; the scanner (english.ts) builds expressions of them. */
export class EnglishPieces {
  /** The end of the current stretch (no Arabic word, no line end): no rule reads past it. */
  protected limit = 0;

  constructor(
    protected readonly text: string,
    protected readonly tokens: Tokens,
    protected readonly now: WallTime,
    protected readonly today: WallTime,
    protected readonly zone: string,
  ) {}

  // Token tests, bounded by the current stretch

  protected word(i: number): string | undefined {
    return i < this.limit && this.tokens.kind[i] === LATIN ? this.tokens.norm[i] : undefined;
  }

  /** Token `i` is the mark `one` (or `other`): two parameters, not a rest array made at every call. */
  protected mark(i: number, one: string, other?: string): boolean {
    if (i >= this.limit || this.tokens.kind[i] !== PUNCT) return false;
    const norm = this.tokens.norm[i];
    return norm === one || norm === other;
  }

  /** A full stop written against the word before it ("Jan.", "a.m."). */
  private tightDot(i: number): boolean {
    return this.mark(i, '.') && this.tokens.spaced[i] === 0;
  }

  protected number(i: number, maxDigits: number): number | null {
    return i < this.limit && this.tokens.kind[i] === NUMBER && this.tokens.norm[i]!.length <= maxDigits
      ? this.tokens.value[i]!
      : null;
  }

  private capitalised(i: number): boolean {
    const code = this.text.charCodeAt(this.tokens.start[i]!);
    return code >= 65 && code <= 90;
  }

  protected spanText(from: number, to: number): string {
    return this.text.slice(this.tokens.start[from]!, this.tokens.end[to - 1]!);
  }

  // Pieces

  /** A weekday name at `i` ("Tuesday", "Thurs."), or "weekend" (its Saturday). */
  protected weekdayName(i: number): { weekday: number; to: number; weekend: boolean } | null {
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
    if (modifier === undefined || modifier === -1)
      return { from: i, to, day: { bare: { kind: 'weekday', weekday, back: modifier === -1 } } };
    return {
      from: i,
      to,
      day: { day: modifier === 0 ? weekdayOnOrAfter(today, weekday, false) : nextWeekday(today, weekday) },
    };
  }

  /** A month name at `i`: "March", "Jan.", "Sept". */
  protected monthName(i: number, alone: boolean): { month: number; to: number } | null {
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
  protected dayNumber(i: number): { day: number; to: number } | null {
    const day = this.number(i, 2);
    if (day === null || day < 1 || day > 31) return null;
    const ending = this.word(i + 1);
    const tight = ending !== undefined && this.tokens.spaced[i + 1] === 0 && ORDINAL_ENDINGS.has(ending);
    return { day, to: tight ? i + 2 : i + 1 };
  }

  protected year(i: number): number | null {
    if (i >= this.limit || this.tokens.kind[i] !== NUMBER || this.tokens.norm[i]!.length !== 4) return null;
    const value = this.tokens.value[i]!;
    return value >= 1000 ? value : null;
  }

  /** The year after a date: ", 2020" or " 2020", or told from this one: "[of] this / last / next year". */
  protected yearAfter(i: number): { year: number; to: number } | null {
    const k = this.mark(i, ',') ? i + 1 : i;
    const year = this.year(k);
    if (year !== null) return { year, to: k + 1 };
    const w = this.word(k) === 'of' ? k + 1 : k;
    const offset = YEAR_OFFSETS.get(this.word(w) ?? '');
    return offset !== undefined && this.word(w + 1) === 'year'
      ? { year: civilDate(this.today).year + offset, to: w + 2 }
      : null;
  }

  /** Range connector: - – to through until till. */
  private rangeWord(i: number): boolean {
    const kind = i < this.limit ? this.tokens.kind[i] : undefined;
    return kind !== undefined && kind !== NUMBER && RANGE_WORDS.has(this.tokens.norm[i]!);
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
    return this.withYear(
      i,
      month.to,
      month.month,
      first.day,
      lastDay === undefined ? undefined : { month: month.month, day: lastDay },
    );
  }

  protected withYear(
    from: number,
    to: number,
    month: number,
    day: number,
    end: { month: number; day: number } | undefined,
  ): (Part & { day: DayPart }) | null {
    const year = this.yearAfter(to);
    if (!year) return { from, to, day: { bare: { kind: 'dayOfMonth', month, day }, end } };
    const fixed = dateOf(year.year, month, day);
    return fixed !== null ? { from, to: year.to, day: { day: fixed, end } } : null;
  }

  /** "[in] May[,]", "March 2017": a month alone. */
  protected monthAt(i: number): (Part & { month: { bare: BareDate } | { at: WallTime } }) | null {
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

  /**
   * [at [around]] 10 a.m., 10:30, 5.30pm, 3pm, at 13, noon, 1500 GMT, then the zone it was said
   * in: GMT / UTC, "local time" (the reference zone: the place's), "Cairo time".
   */
  protected clockAt(i: number): (Part & { clock: Clock }) | null {
    let j = i;
    const at = this.word(j) === 'at';
    if (at) j++;
    if (at && APPROXIMATELY.has(this.word(j) ?? '')) j++;
    const w = this.word(j);
    if (w === 'noon' || w === 'midday')
      return this.zoned(i, j + 1, { hour: 12, minute: 0, minutes: false, zone: null, open: false });
    if (w === 'midnight') return this.zoned(i, j + 1, { hour: 0, minute: 0, minutes: false, zone: null, open: false });
    // ten o'clock, 10 o'clock: the hour in words or digits, a clock time for sure
    const spelled = w !== undefined ? NUMBER_WORDS.get(w) : undefined;
    if ((spelled !== undefined || this.number(j, 2) !== null) && this.oClock(j + 1)) {
      const said = spelled ?? this.number(j, 2)!;
      const meridiem = this.meridiem(j + 4);
      if (said < 1 || said > 12) return null;
      const hour = meridiem ? (said % 12) + (meridiem.pm ? 12 : 0) : said;
      const to = meridiem ? meridiem.to : j + 4;
      return this.zoned(i, to, { hour, minute: 0, minutes: false, zone: null, open: !meridiem });
    }
    let hour = this.number(j, 4);
    if (hour === null) return null;
    let k = j + 1;
    let minute = 0;
    let minutes = false;
    if (this.tokens.norm[j]!.length > 2) {
      // 1500 GMT, 0700 GMT: wire copy's 24-hour times, only with their zone
      minute = hour % 100;
      hour = Math.floor(hour / 100);
      if (this.tokens.norm[j]!.length !== 4 || minute > 59 || !UTC_WORDS.has(this.word(k) ?? '')) return null;
      minutes = true;
    } else if ((this.mark(k, ':') || this.mark(k, '.')) && this.tokens.spaced[k] === 0) {
      const m = this.number(k + 1, 2);
      const digits = this.tokens.norm[k + 1]?.length;
      if (m === null || digits !== 2 || m > 59 || this.tokens.spaced[k + 1] === 1) return null;
      // 5.30pm, 15.30: a full stop between hours and minutes only where a clock time is sure
      if (this.mark(k, '.') && !at && !this.meridiem(k + 2)) return null;
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
    // 08:30 and 1500 GMT are 24-hour times; 8:30 and "at 8" may be either half of the day
    const written = this.tokens.norm[j]!;
    const open = !meridiem && hour >= 1 && hour <= 11 && written.length <= 2 && !written.startsWith('0');
    return this.zoned(i, k, { hour, minute, minutes: minutes || minute !== 0, zone: null, open });
  }

  /** o'clock, as the tokens have it: o ' clock. */
  private oClock(k: number): boolean {
    return this.word(k) === 'o' && (this.mark(k + 1, "'") || this.mark(k + 1, '’')) && this.word(k + 2) === 'clock';
  }

  /** The zone after a clock time: GMT, UTC, IST, local time, (local time), Cairo time. */
  private zoned(from: number, k: number, clock: Clock): Part & { clock: Clock } {
    const w = this.word(k);
    if (w === undefined) {
      // (local time)
      if (this.mark(k, '(') && this.word(k + 1) === 'local' && this.word(k + 2) === 'time' && this.mark(k + 3, ')'))
        return { from, to: k + 4, clock };
      return { from, to: k, clock };
    }
    if (UTC_WORDS.has(w)) return { from, to: k + 1, clock: { ...clock, zone: UTC } };
    const abbreviated = ZONE_ABBREVIATIONS.get(w);
    if (abbreviated) return { from, to: k + 1, clock: { ...clock, zone: abbreviated } };
    if (this.word(k + 1) !== 'time') return { from, to: k, clock };
    if (w === 'local') return { from, to: k + 2, clock };
    const zone = ZONE_NAMES.get(w);
    return zone ? { from, to: k + 2, clock: { ...clock, zone } } : { from, to: k, clock };
  }

  /** am, pm, a.m., p.m. */
  private meridiem(i: number): { pm: boolean; to: number } | null {
    const w = this.word(i);
    if (w === 'am' || w === 'pm') return { pm: w === 'pm', to: i + 1 };
    if (
      (w === 'a' || w === 'p') &&
      this.tightDot(i + 1) &&
      this.word(i + 2) === 'm' &&
      this.tokens.spaced[i + 2] === 0
    ) {
      return { pm: w === 'p', to: this.tightDot(i + 3) ? i + 4 : i + 3 };
    }
    return null;
  }

  /** today, tonight, tomorrow, yesterday, last night (the last two in the evening: "tonight at 10" is 22:00). */
  private casualDayAt(i: number): (Part & { day: DayPart; evening?: boolean }) | null {
    const w = this.word(i);
    const days = CASUAL_DAYS.get(w ?? '');
    if (days !== undefined)
      return { from: i, to: i + 1, day: { day: shift(this.today, days, 'day') }, evening: w === 'tonight' };
    if (w === 'last' && this.word(i + 1) === 'night')
      return { from: i, to: i + 2, day: { day: shift(this.today, -1, 'day') }, evening: true };
    return null;
  }

  /** A day: a weekday, a day of a month, or today and its kin. */
  protected dayAt(i: number): (Part & { day: DayPart; evening?: boolean }) | null {
    const weekday = this.weekdayAt(i);
    if (weekday) {
      // "Monday, March 2": the date says which day
      const date = this.middleEndianAt(weekday.to) ?? this.littleEndianAt(weekday.to);
      return date ? { from: i, to: date.to, day: date.day } : weekday;
    }
    return this.middleEndianAt(i) ?? this.littleEndianAt(i) ?? this.casualDayAt(i);
  }
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
