/**
 * Diwan's date parser: Arabic (Levantine, Egyptian, Gulf and Maghrebi month names, Hijri dates,
 * news forms such as الخميس المقبل and 29 الشهر الجاري) and English wire copy (english.ts).
 *
 * Pure: "now" comes in as `reference`; values are wall-clock times in the reference zone (or the
 * zone the text named, بتوقيت القدس), intervals have an exclusive end.
 */
import { parseTimeExpressions } from './parse.js';
import type { Reference, TimeExpression } from './types.js';

export type { DucklingPoint, DucklingValue, Grain, Reference, TimeExpression, TimePoint, TimeValue } from './types.js';
export { parseTimeExpressions } from './parse.js';
export { toDucklingValue, type Display } from './format.js';

/** Leading words a typed date may carry without them being part of it. */
const LEAD_WORDS = new Set(['في', 'on', 'at', 'يوم', 'بتاريخ']);

/**
 * The one expression that covers the whole (trimmed) text, or null: for command options where a
 * person typed a date (`tomorrow`, `الخميس المقبل`, `2020-01-30 14:00`). A leading في / on is allowed.
 */
export function parseOneDate(text: string, reference: Reference): TimeExpression | null {
  const trimmed = text.trim();
  if (trimmed.length === 0) return null;
  const offset = text.indexOf(trimmed);
  const end = offset + trimmed.length;
  const firstSpace = trimmed.indexOf(' ');
  const lead = firstSpace > 0 && LEAD_WORDS.has(trimmed.slice(0, firstSpace).toLowerCase()) ? firstSpace + 1 : 0;
  const found = parseTimeExpressions(text, reference);
  return (
    found.find(
      (e) =>
        e.end === end &&
        (e.start === offset ||
          (lead > 0 && e.start >= offset + lead && text.slice(offset + lead, e.start).trim() === '')),
    ) ?? null
  );
}
