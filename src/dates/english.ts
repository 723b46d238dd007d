/**
 * English (and other Latin-script) expressions through chrono-node. Chrono sees only the
 * stretches of text without Arabic letters, so it never reads a digit inside an Arabic sentence.
 */
import * as chrono from 'chrono-node';
import type { Dayjs } from '../time/dayjs.js';
import { dayjs } from '../time/dayjs.js';
import type { Resolved } from './resolve.js';
import type { Grain } from './types.js';
import { offsetAt, wallClock } from './zone.js';

export interface EnglishMatch {
  start: number;
  end: number;
  value: Resolved;
}

type Components = chrono.ParsedComponents;

/** The precision chrono was sure of ("3pm" is an hour although chrono knows its minute is 0). */
function grainOf(c: Components, text: string): Grain {
  // "next week", "later this month": chrono picks a day inside, but the text names the period.
  const numbered = /\d/.test(text) || c.isCertain('weekday');
  if (!numbered && /\bweek\b/i.test(text)) return 'week';
  if (!numbered && /\bmonth\b/i.test(text)) return 'month';
  if (c.isCertain('second')) return 'second';
  if (c.isCertain('minute') && (c.get('minute') !== 0 || text.includes(':'))) return 'minute';
  if (c.isCertain('hour')) return 'hour';
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  return 'year';
}

/** Wall clock of a chrono point in the reference zone, truncated to its grain. */
function wallOf(c: Components, zone: string, grain: Grain): Dayjs {
  let wall: Dayjs;
  if (c.isCertain('timezoneOffset')) wall = wallClock(c.date().getTime(), zone);
  else {
    const [y, mo, d] = [c.get('year') ?? 1970, c.get('month') ?? 1, c.get('day') ?? 1];
    const [h, mi, s] = [c.get('hour') ?? 0, c.get('minute') ?? 0, c.get('second') ?? 0];
    wall = dayjs.utc(Date.UTC(y, mo - 1, d, h, mi, s));
  }
  // Weeks start on Monday, as Duckling's do.
  return grain === 'week' ? wall.startOf('day').isoWeekday(1) : wall.startOf(grain);
}

/** Stretches of `text` holding a Latin letter and no Arabic letter, cut at Arabic letters and line ends. */
function latinStretches(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  let latin = false;
  const close = (end: number): void => {
    if (latin && end > start) out.push({ start, end });
    latin = false;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const arabic = code >= 0x600 && code <= 0x6ff;
    if (arabic || code === 10) {
      close(i);
      start = i + 1;
    } else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin = true;
    // Bound each piece so that chrono's regular expressions always see short inputs
    if (i - start > 2000 && (code === 32 || code === 46)) {
      close(i);
      start = i + 1;
    }
  }
  close(text.length);
  return out;
}

/** English expressions in `text`, resolved at `at` in `zone`. */
export function parseEnglish(text: string, at: number, zone: string): EnglishMatch[] {
  const stretches = latinStretches(text);
  if (stretches.length === 0) return [];
  const reference = { instant: new Date(at), timezone: offsetAt(at, zone) };
  const found: EnglishMatch[] = [];
  for (const stretch of stretches) {
    const piece = text.slice(stretch.start, stretch.end);
    for (const r of chrono.parse(piece, reference, { forwardDate: true })) {
      const grain = grainOf(r.start, r.text);
      const from = wallOf(r.start, zone, grain);
      const start = stretch.start + r.index;
      const end = start + r.text.length;
      if (r.end) {
        const endGrain = grainOf(r.end, r.text);
        const to = wallOf(r.end, zone, endGrain).add(1, endGrain);
        found.push({ start, end, value: { type: 'interval', from, to, grain } });
      } else found.push({ start, end, value: { type: 'value', at: from, grain } });
    }
  }
  return found;
}
