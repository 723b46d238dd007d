/**
 * English stretches that the Arabic rules read too, put into the Arabic rules' nodes (ir.ts) so
 * that both languages place them alike (resolve.ts): parts of a month or of a relative week,
 * month or year ("mid-May", "early next week", "late this month"), the nth or last week of a
 * month ("the first week of May"), the week after next, and the coming or past few days ("in the
 * coming days", "the next few days"). "between May 5 and 8" is a day part (english-pieces.ts).
 */
import { civilDate } from '../time/wall-clock.js';
import { EnglishPieces, type DayPart, type Part } from './english-pieces.js';
import {
  CYCLES,
  DIRECTIONS,
  FEW,
  FEW_UNITS,
  MODIFIERS,
  PART_NOUNS,
  PART_WORDS,
  WEEK_ORDINALS,
} from './english-words.js';
import type { MonthRef, Node } from './ir.js';

/** A stretch read: its node, and whether a bare month in it is placed by the clause's tense. */
export type SpanPart = Part & { node: Node; bare: boolean };

/** The pieces plus the stretches that the scanner (english.ts) resolves through the Arabic rules' nodes. */
export class EnglishSpans extends EnglishPieces {
  /** A day, or a range of days said with between: "between May 5 and 8", "between 5 and 8 May". */
  protected override dayAt(i: number): (Part & { day: DayPart; evening?: boolean }) | null {
    return (this.word(i) === 'between' ? this.betweenAt(i + 1) : null) ?? super.dayAt(i);
  }

  /**
   * After between: "May 5 and 8", "May 30 and June 2", "5 and 8 May", "the 5th and the 8th of
   * May", "5 May and 8 May", with a year after the last day or none; the span starts at between.
   */
  private betweenAt(i: number): (Part & { day: DayPart }) | null {
    const the = (k: number) => (this.word(k) === 'the' ? k + 1 : k);
    const month = this.monthName(i, false);
    const first = this.dayNumber(month ? month.to : the(i));
    if (!first) return null;
    const firstMonth = month ?? this.ofMonth(first.to);
    const and = firstMonth && !month ? firstMonth.to : first.to;
    if (this.word(and) !== 'and') return null;
    const lastMonth = this.monthName(the(and + 1), false);
    const last = this.dayNumber(lastMonth ? lastMonth.to : the(and + 1));
    if (!last) return null;
    const closing = lastMonth || month ? null : this.ofMonth(last.to);
    const startMonth = firstMonth?.month ?? closing?.month;
    const endMonth = lastMonth?.month ?? closing?.month ?? firstMonth?.month;
    if (startMonth === undefined || endMonth === undefined) return null;
    const to = closing ? closing.to : last.to;
    const part = this.withYear(i - 1, to, startMonth, first.day, { month: endMonth, day: last.day });
    return part && (last.day > first.day || endMonth !== startMonth) ? part : null;
  }

  /** "[of] May" after a day number. */
  private ofMonth(k: number): { month: number; to: number } | null {
    return this.monthName(this.word(k) === 'of' ? k + 1 : k, false);
  }
  /** A stretch at `i` ("in" and "over" before it are left out of the span, as with "in May"). */
  protected spanAt(i: number): SpanPart | null {
    const w = this.word(i);
    const j = w === 'in' || w === 'over' || w === 'during' ? i + 1 : i;
    return (
      this.partAt(j) ??
      this.nthWeekAt(j) ??
      this.halfAt(j) ??
      this.afterNextAt(j) ??
      this.fewDaysAt(j) ??
      this.decadeAt(j) ??
      this.weekdaysAt(j)
    );
  }

  /** the 1990s, the early 1990s, the mid-1980s, the late 1970s: a decade, or its start, middle or end. */
  private decadeAt(i: number): SpanPart | null {
    let k = this.word(i) === 'the' ? i + 1 : i;
    const part = PART_WORDS.get(this.word(k) ?? '');
    if (part !== undefined) k = this.mark(k + 1, '-') && this.tokens.spaced[k + 1] === 0 ? k + 2 : k + 1;
    const year = this.number(k, 4);
    if (year === null || year < 1000 || year % 10 !== 0 || this.word(k + 1) !== 's' || this.tokens.spaced[k + 1] !== 0)
      return null;
    const decade: Node = { t: 'decade', decade: year % 100, first: year };
    return { from: i, to: k + 2, node: part === undefined ? decade : { t: 'part', part, of: decade }, bare: false };
  }

  /**
   * between Tuesday and Thursday [next week | this week | last week], from Tuesday to Thursday: two weekdays, of the week
   * said, else placed by the clause as a bare weekday is.
   */
  private weekdaysAt(i: number): SpanPart | null {
    const from = this.word(i) === 'from';
    if (!from && this.word(i) !== 'between') return null;
    const first = this.weekdayName(i + 1);
    const link = first && this.word(first.to);
    if (!first || first.weekend || !(from ? link === 'to' || link === 'through' : link === 'and')) return null;
    const last = this.weekdayName(first.to + 1);
    if (!last || last.weekend) return null;
    const offset = MODIFIERS.get(this.word(last.to) ?? '');
    const week = offset !== undefined && this.word(last.to + 1) === 'week';
    const weekOffset = week ? offset : undefined;
    const day = (weekday: number): Node => ({ t: 'day', day: { kind: 'weekday', weekday, weekOffset } });
    return {
      from: i,
      to: week ? last.to + 2 : last.to,
      node: { t: 'range', from: day(first.weekday), to: day(last.weekday) },
      bare: !week,
    };
  }

  /** A month or a relative cycle after `k`: "May", "May 2020", "next week", "this month", "the month". */
  private partOf(k: number): { node: Node; to: number; bare: boolean } | null {
    const offset = MODIFIERS.get(this.word(k) ?? '');
    const unit = this.word(k + 1);
    if (offset !== undefined && unit !== undefined && CYCLES.has(unit))
      return { node: { t: 'cycle', unit: unit as 'week' | 'month' | 'year', offset }, to: k + 2, bare: false };
    if (this.word(k) === 'the' && (unit === 'month' || unit === 'year') && this.word(k + 2) !== 'of')
      return { node: { t: 'cycle', unit, offset: 0 }, to: k + 2, bare: false };
    const month = this.monthAt(k);
    if (!month || month.from !== k) return null;
    // monthAt keeps a comma or dash after a bare month ("May,"): not part of this stretch
    const to = 'at' in month.month ? month.to : this.mark(month.to - 1, ',', '-') ? month.to - 1 : month.to;
    const named = month.month;
    const ref: MonthRef =
      'at' in named
        ? { year: civilDate(named.at).year, month: civilDate(named.at).month }
        : { month: named.bare.kind === 'month' ? named.bare.month : 0 };
    return { node: { t: 'month', month: ref }, to, bare: !('at' in named) };
  }

  /** early May, mid-May, late next week, early this month; the middle of May, the end of next month. */
  private partAt(i: number): SpanPart | null {
    let part = PART_WORDS.get(this.word(i) ?? '');
    let k = i + 1;
    if (part === undefined && this.word(i) === 'the' && this.word(i + 2) === 'of') {
      part = PART_NOUNS.get(this.word(i + 1) ?? '');
      k = i + 3;
    }
    if (part === undefined) return null;
    if (this.mark(k, '-') && this.tokens.spaced[k] === 0) k++;
    const of = this.partOf(k);
    // "the end of the month" names the month (english.ts's relativeAt), as it did before this rule
    if (!of || (part === 'late' && k === i + 3 && this.word(k) === 'the')) return null;
    return { from: i, to: of.to, node: { t: 'part', part, of: of.node }, bare: of.bare };
  }

  /** [the] first / second / last week of May, of next month, of the month. */
  private nthWeekAt(i: number): SpanPart | null {
    const j = this.word(i) === 'the' ? i + 1 : i;
    const n = WEEK_ORDINALS.get(this.word(j) ?? '');
    if (n === undefined || this.word(j + 1) !== 'week' || this.word(j + 2) !== 'of') return null;
    const of = this.partOf(j + 3);
    if (!of) return null;
    const node = of.node;
    let month: MonthRef;
    if (node.t === 'month') month = node.month;
    else if (node.t === 'cycle' && node.unit === 'month') month = { relMonths: node.offset };
    else return null;
    return { from: i, to: of.to, node: { t: 'nthWeek', n, month }, bare: of.bare };
  }

  /** [the] first / second half of June, of next month, of next year; the third quarter of this year. */
  private halfAt(i: number): SpanPart | null {
    const j = this.word(i) === 'the' ? i + 1 : i;
    const n = WEEK_ORDINALS.get(this.word(j) ?? '');
    const part = this.word(j + 1) === 'half' ? 'half' : this.word(j + 1) === 'quarter' ? 'quarter' : null;
    if (n === undefined || part === null || this.word(j + 2) !== 'of' || n > (part === 'half' ? 2 : 4)) return null;
    const of = this.partOf(j + 3);
    if (!of) return null;
    const base = of.node;
    // A month has halves; a year has halves and quarters
    const year = base.t === 'cycle' && base.unit === 'year';
    const month = base.t === 'month' || (base.t === 'cycle' && base.unit === 'month');
    if (!year && !(month && part === 'half')) return null;
    const node: Node =
      base.t === 'cycle' && base.unit === 'month'
        ? { t: 'yearPart', part, n, of: { t: 'month', month: { relMonths: base.offset } } }
        : { t: 'yearPart', part, n, of: base };
    return { from: i, to: of.to, node, bare: of.bare };
  }

  /** [the] week / month / year after next. */
  private afterNextAt(i: number): SpanPart | null {
    const j = this.word(i) === 'the' ? i + 1 : i;
    const unit = this.word(j);
    if (unit === undefined || !CYCLES.has(unit) || this.word(j + 1) !== 'after' || this.word(j + 2) !== 'next')
      return null;
    return {
      from: i,
      to: j + 3,
      node: { t: 'cycle', unit: unit as 'week' | 'month' | 'year', offset: 2 },
      bare: false,
    };
  }

  /**
   * [the] coming days, the next few days, the past few weeks, the weeks ahead, recent months,
   * the week before last: a few (three) days, weeks or months from the next one, or before this one.
   */
  private fewDaysAt(i: number): SpanPart | null {
    const j = this.word(i) === 'the' ? i + 1 : i;
    const cycle = this.word(j);
    if (
      j > i &&
      cycle !== undefined &&
      CYCLES.has(cycle) &&
      this.word(j + 1) === 'before' &&
      this.word(j + 2) === 'last'
    )
      return {
        from: i,
        to: j + 3,
        node: { t: 'cycle', unit: cycle as 'week' | 'month' | 'year', offset: -2 },
        bare: false,
      };
    const ahead = FEW_UNITS.get(this.word(j) ?? '');
    if (ahead !== undefined && this.word(j + 1) === 'ahead' && j > i)
      return { from: i, to: j + 2, node: { t: 'cycles', unit: ahead, count: 3, dir: 1 }, bare: false };
    const dir = DIRECTIONS.get(this.word(j) ?? '');
    if (dir === undefined) return null;
    const k = FEW.has(this.word(j + 1) ?? '') ? j + 2 : j + 1;
    const unit = FEW_UNITS.get(this.word(k) ?? '');
    // "next days" alone is no English; "the coming days", "coming weeks", "the next few days" are
    if (unit === undefined || (k === j + 1 && this.word(j) !== 'coming' && this.word(j) !== 'recent')) return null;
    return { from: i, to: k + 1, node: { t: 'cycles', unit, count: 3, dir }, bare: false };
  }
}
