/**
 * The day of a weekday or a clock time a news story tells without a date: "will meet on Sunday"
 * in a story of a Sunday is that day, not a week on; a clock time alone is the story's day; a
 * weekday told alone is the last date named before it of that weekday.
 */
import type { TimeExpression, TimePoint } from '../date-parser/index.js';
import { addDays } from '../time/local-days.js';
import { DIGIT } from './when.js';

/** A clock time in English: "9:30pm", "10 a.m.", "14:00". */
const CLOCK_TIME = /\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b\.?|\b\d{1,2}:\d{2}\b/gi;
const WEEKDAY_NAMED =
  /sunday|monday|tuesday|wednesday|thursday|friday|saturday|الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت/i;
/** "next", "المقبل": the weekday of next week, said so. */
const NEXT_WEEK = /\b(?:next|coming|following|week)\b|المقبل|القادم|التالي/i;

/**
 * "will meet on Sunday" published on a Sunday is that day: the parser reads a weekday alone as the
 * next one to come, a week on, where a news story means its own day.
 */
export function onItsOwnDay(e: TimeExpression, published: string): TimeExpression {
  // A weekday alone, or with its clock time ("9:30pm on Sunday"): "May 14" a week after May 7 is a date, said as such.
  if (NEXT_WEEK.test(e.text) || DIGIT.test(e.text.replace(CLOCK_TIME, ''))) return e;
  const weekOn = addDays(published, 7);
  const { value } = e;
  if (value.type === 'value')
    return value.point.local.slice(0, 10) === weekOn &&
      (value.point.grain === 'day' || (WEEKDAY_NAMED.test(e.text) && value.point.grain !== 'week'))
      ? onDay(e, value.point, published)
      : e;
  // "on a visit from Tuesday to Thursday" published on a Tuesday: the stretch starts that day.
  if (value.from.local.slice(0, 10) === weekOn && value.from.grain === 'day' && WEEKDAY_RANGE.test(e.text))
    return { ...e, value: { ...value, from: weekEarlier(value.from), to: weekEarlier(value.to) } };
  // "صباح الإثنين", "مساء الخميس": a part of that day (an evening ends at the next midnight).
  const endsAtMidnight = value.to.local === `${addDays(weekOn, 1)}T00:00:00`;
  if (value.from.local.slice(0, 10) !== weekOn || (value.to.local.slice(0, 10) !== weekOn && !endsAtMidnight)) return e;
  const to = endsAtMidnight ? `${addDays(published, 1)}T00:00:00` : `${published}${value.to.local.slice(10)}`;
  return {
    ...e,
    value: {
      type: 'interval',
      from: { ...value.from, local: `${published}${value.from.local.slice(10)}` },
      to: { ...value.to, local: to },
    },
  };
}

/** A weekday alone ("السبت", "يوم الأحد", "on Saturday", "مساء الخميس"): no date, no "next" or "last" with it. */
const WEEKDAY_ALONE =
  /^(?:(?:on|يوم|صباح|مساء|ظهر|ليلة|ليل|فجر)\s+)?(?:ال)?(?:أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت|sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:\s+(?:morning|evening|afternoon|night))?$/i;

/** The weekday (0: Sunday) of an ISO day. */
const weekdayOf = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

/** How many paragraphs back a date may anchor a weekday told alone. */
const ANCHOR_PARAGRAPHS = 4;

/**
 * "يومي 30 و31 مارس … ويتضمن برنامج السبت": a weekday told alone is the last date the story named
 * before it, a few paragraphs up at most, when that date is the same weekday on the same side of
 * the story's day (a recalled Saturday does not take a "will meet on Saturday" back), not the
 * weekday nearest the story's day.
 */
export function anchoredWeekdays(text: string, dates: readonly TimeExpression[], published: string): TimeExpression[] {
  let last: { day: string; end: number } | null = null;
  return dates.map((e) => {
    const from = e.value.type === 'value' ? e.value.point.local : e.value.from.local;
    const day = from.slice(0, 10);
    const named = last;
    if (DIGIT.test(e.text) && (e.value.type === 'interval' || e.value.point.grain === 'day'))
      last = { day, end: e.end };
    if (!named || !WEEKDAY_ALONE.test(e.text.trim()) || named.day === day) return e;
    const paragraphs = text.slice(named.end, e.start).split(/\n\s*\n/).length - 1;
    if (weekdayOf(named.day) !== weekdayOf(day) || named.day >= published !== day >= published) return e;
    if (paragraphs > ANCHOR_PARAGRAPHS) return e;
    const same = named.day;
    const shift = (local: string) => `${same}${local.slice(10)}`;
    if (e.value.type === 'value')
      return { ...e, value: { ...e.value, point: { ...e.value.point, local: shift(from) } } };
    const to = e.value.to.local.slice(0, 10) === day ? shift(e.value.to.local) : `${addDays(same, 1)}T00:00:00`;
    return {
      ...e,
      value: { ...e.value, from: { ...e.value.from, local: shift(from) }, to: { ...e.value.to, local: to } },
    };
  });
}

/** Words that name a day: a clock time with one of them (or with a month's date: "February 24 at 12:00") is of that day. */
const DAY_WORDS =
  /tomorrow|tonight|today|day\b|monday|tuesday|wednesday|thursday|friday|saturday|sunday|غد|يوم|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|جانفي|فيفري|أفريل|ماي|جوان|جويلية|أوت|\d{1,2}\s*[/.]\s*\d{1,2}/i;

/**
 * "at 10 a.m." alone is of the story's day: the parser, counting from the day's noon, puts a
 * morning hour on the day after.
 */
export function clockOnItsDay(e: TimeExpression, published: string): TimeExpression {
  if (e.value.type !== 'value' || (e.value.point.grain !== 'hour' && e.value.point.grain !== 'minute')) return e;
  const local = e.value.point.local;
  if (local.slice(0, 10) !== addDays(published, 1) || DAY_WORDS.test(e.text)) return e;
  return onDay(e, e.value.point, published);
}

/** Two weekdays as the ends of a stretch: "from Tuesday to Thursday", "من الثلاثاء إلى الخميس". */
const WEEKDAY_RANGE = new RegExp(`(?:${WEEKDAY_NAMED.source}).*(?:${WEEKDAY_NAMED.source})`, 'i');

/** The point a week earlier, its clock time kept. */
const weekEarlier = (point: TimePoint): TimePoint => ({
  ...point,
  local: `${addDays(point.local.slice(0, 10), -7)}${point.local.slice(10)}`,
});

/** The expression moved to `day`, its clock time (`local`'s) kept. */
function onDay(e: TimeExpression, point: TimePoint, day: string): TimeExpression {
  return { ...e, value: { type: 'value', point: { ...point, local: `${day}${point.local.slice(10)}` } } };
}
