/**
 * What a rule understood, before it is placed on the calendar: the parser turns tokens into
 * these nodes, resolve.ts turns nodes into values against a reference and a tense.
 */
import type { MonthPart, Pod, Unit } from './arabic-words.js';

/** A month, named or relative; missing parts are filled at resolution. */
export interface MonthRef {
  /** 1..12, when named (شباط, شهر 3, الشهر التاسع). */
  month?: number;
  /** Months after the reference month, when relative (الشهر المقبل = 1, الجاري = 0). */
  relMonths?: number;
  /** A word after a named month: تشرين الثاني الماضي / المقبل / الجاري. */
  monthRel?: 'past' | 'next' | 'current';
  year?: number;
  /** Years after the reference year (السنة القادمة = 1). */
  yearOffset?: number;
  /** منه / الشهر نفسه: the month the text named last. */
  anaphoric?: boolean;
}

/** True for a month reference with nothing in it (the 13 of "13-15 تموز" before it borrows one). */
export function isEmptyMonth(ref: MonthRef): boolean {
  // Asked of every range's ends: a loop over the keys, not an array of the values made each time
  for (const key in ref) if (ref[key as keyof MonthRef] !== undefined) return false;
  return true;
}

export type Holiday = 'christmas' | 'easter' | 'eidFitr' | 'eidAdha' | 'hijriNewYear' | 'newYear' | 'mawlid' | 'ashura';

/** Something that resolves to one calendar day. */
export type DaySpec =
  | { kind: 'relDay'; days: number }
  | { kind: 'weekday'; weekday: number; rel?: 'next' | 'past' | 'this'; weekOffset?: number }
  | { kind: 'date'; day: number; month: MonthRef; weekday?: number }
  | { kind: 'dayOfMonth'; day: number; weekday?: number }
  | { kind: 'nthWeekday'; n: number; weekday: number; month: MonthRef }
  | { kind: 'nthWeekdayAfter'; n: number; weekday: number; after: DaySpec }
  | { kind: 'lastDayOfMonth'; month: MonthRef }
  | { kind: 'hijri'; day: number; month: number; year?: number }
  | { kind: 'holiday'; holiday: Holiday; year?: number }
  | { kind: 'shift'; amount: number; unit: Unit; then?: { amount: number; unit: Unit } };

/**
 * A clock time as written: the part of the day is applied at resolution, so that a range can
 * lend it from one end to the other (من الساعة 3 إلى الساعة 4 بعد العصر).
 */
export interface TimeSpec {
  /** The hour as written (3 in "الثالثة عصراً"). */
  hour: number;
  minute: number;
  second: number;
  grain: 'hour' | 'minute' | 'second';
  pod?: Pod;
  /** Written so that it can only be a 24-hour time (15:15, 08:00). */
  explicit24: boolean;
  /** Minutes to subtract once the hour is placed (الخامسة إلا ثلث). */
  minus?: number;
}

export type Node =
  | { t: 'now' }
  | { t: 'day'; day: DaySpec; time?: TimeSpec; pod?: Pod }
  | { t: 'time'; time: TimeSpec }
  | { t: 'cycle'; unit: 'week' | 'month' | 'year'; offset: number }
  | { t: 'month'; month: MonthRef }
  | { t: 'year'; year: number }
  /**
   * الثمانينيات (decade 80); the century when the text says it (القرن الماضي: past), else the last
   * such decade; `first`, its first year when written in full (the 1990s).
   */
  | { t: 'decade'; decade: number; century?: 'past' | 'current'; first?: number }
  | { t: 'part'; part: MonthPart; of: Node }
  | { t: 'nthWeek'; n: number; month: MonthRef }
  | { t: 'cycles'; unit: 'day' | 'week' | 'month' | 'year'; count: number; dir: 1 | -1 }
  | { t: 'within'; amount: number; unit: Unit }
  | { t: 'hijriMonth'; month: number; hijriYear?: number; gregorianYear?: number; relative?: number }
  /** الربع الأول من العام المقبل (quarter 1), النصف الثاني من 2021 (half 2); n = -1: the last. */
  /** A quarter or half of a year; a half of a month too (النصف الثاني من حزيران). */
  | { t: 'yearPart'; part: 'quarter' | 'half'; n: number; of: Node }
  /** الأسبوع الأخير من العام (n = -1), الأسبوع الأول من العام المقبل: weeks wholly inside the year. */
  | { t: 'nthWeekOfYear'; n: number; of: Node }
  /** وقت لاحق من هذا الشهر (later), وقت سابق من العام (earlier), ما تبقى من الأسبوع (rest): of the current unit. */
  | { t: 'sideOf'; side: 'later' | 'earlier' | 'rest'; unit: 'day' | 'week' | 'month' | 'year' }
  /** عطلة نهاية الأسبوع [المقبل]: Friday evening to Monday of the week `offset` weeks from this one. */
  | { t: 'weekend'; offset: number }
  /**
   * A season, by the month it begins (winter 12, spring 3, summer 6, autumn 9): of a year, or
   * relative (-1 the last, 0 this one, 1 the next); `part` picks its first, middle or last month.
   */
  | { t: 'season'; start: number; year?: Node; rel?: number; part?: 'early' | 'mid' | 'late' }
  | { t: 'range'; from: Node; to: Node }
  | { t: 'until'; to: Node };

/** A rule's answer: the node, the tokens it covers [start, end), and a zone it named. */
export interface Match {
  node: Node;
  start: number;
  end: number;
  zone?: string;
  /** Set by words inside the expression (الماضي, المقبل) that fix its direction. */
  tense?: 'past' | 'future';
}

/** True when a node states a month (so that a later منه refers to it). */
export function namesMonth(node: Node): boolean {
  if (node.t === 'month') return true;
  if (node.t === 'range') return namesMonth(node.to);
  if (node.t !== 'day' || node.day.kind !== 'date') return false;
  const m = node.day.month;
  return m.month !== undefined || m.relMonths !== undefined;
}
