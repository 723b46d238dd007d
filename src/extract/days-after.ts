/**
 * Days told from another day: "set for March 9 will get under way the day after", "وصل يوم
 * الأحد على أن يلتقي الرئيس في اليوم التالي", "a day earlier". The parser counts such words from
 * the article's day (or not at all); news counts them from the day it has just named.
 */
import type { TimeExpression } from '../date-parser/index.js';
import { addDays } from '../time/local-days.js';
import { oneDayOf } from './when.js';

/** A day after or before the one just told; not "the day after the summit" (an event, not a day). */
const TOLD_FROM_DAY =
  /\b(?:the (?:next|following) day|the day after(?!\s+(?:the|a|an|his|her|its|their|tomorrow)\b)|(?:a|one) day later|the day before(?!\s+(?:the|a|an|his|her|its|their|yesterday)\b)|(?:a|one) day earlier(?!\s+than\b))\b|(?:في\s+)?(?:اليوم|صباح اليوم|مساء اليوم)\s+(?:التالي|الذي يليه|السابق)|بعد\s+ذلك\s+بيوم|قبل\s+ذلك\s+بيوم/gi;
const BEFORE = /before|earlier|السابق|قبل/;
/** How far back the day it counts from may be told (a paragraph before, at most). */
const REACH = 240;

/**
 * `dates` (in text order) with each day told from another day counted from the day named last
 * before it, close by; the parser's reading of the same words, counted from the article's
 * day, gives way.
 */
export function withDaysAfter(text: string, dates: readonly TimeExpression[]): TimeExpression[] {
  TOLD_FROM_DAY.lastIndex = 0;
  const told: TimeExpression[] = [];
  for (let m = TOLD_FROM_DAY.exec(text); m !== null; m = TOLD_FROM_DAY.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // (counted from a day told this way too: "the next day … and the day after that")
    const from = [...dates, ...told]
      .filter((d) => d.end <= start && start - d.end <= REACH && oneDayOf(d))
      .reduce<TimeExpression | undefined>((last, d) => (last === undefined || d.end > last.end ? d : last), undefined);
    if (!from) continue;
    const day = addDays(oneDayOf(from)!, BEFORE.test(m[0]) ? -1 : 1);
    told.push({
      text: m[0],
      start,
      end,
      zone: from.zone,
      value: { type: 'value', point: { local: `${day}T00:00:00`, grain: 'day' } },
    });
  }
  if (told.length === 0) return [...dates];
  const kept = dates.filter((d) => !told.some((t) => d.start < t.end && t.start < d.end));
  return [...kept, ...told].sort((a, b) => a.start - b.start);
}
