/**
 * English (and other Latin-script) expressions through chrono-node. Chrono sees only the
 * stretches of text without Arabic letters, so it never reads a digit inside an Arabic sentence.
 * Its readings are then corrected where news needs it: bare weekdays and months follow the
 * clause's tense (english-bare-dates.ts), "later this month" is the rest of the month, and a
 * part of the day alone ("in the afternoon") is that part of a day.
 */
import * as chrono from 'chrono-node';
import type { Dayjs } from '../time/dayjs.js';
import { dayjs } from '../time/dayjs.js';
import { mondayOf } from './calendar.js';
import { bareKind, placeBare } from './english-bare-dates.js';
import { englishTense } from './english-tense.js';
import { POD_HOURS, type Pod } from './lexicon.js';
import type { Resolved } from './resolve.js';
import type { Tense } from './tense.js';
import type { Grain } from './types.js';
import { offsetAt, wallClock } from './zone.js';

export interface EnglishMatch {
  start: number;
  end: number;
  value: Resolved;
  /** The clause's direction, when it placed a bare date. */
  tense?: Tense;
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

const LATER = /\blater\s+$/i;
const SAME = /\b(?:same|that)\s+$/i;

/** "later this month / week": from tomorrow to the period's end; null when nothing is left of it. */
function laterThis(piece: string, r: chrono.ParsedResult, today: Dayjs): { lead: number; value: Resolved | null } | null {
  const unit = /^this (week|month)$/i.exec(r.text)?.[1]?.toLowerCase();
  const lead = LATER.exec(piece.slice(Math.max(0, r.index - 12), r.index))?.[0].length;
  if (!unit || lead === undefined) return null;
  const from = today.add(1, 'day');
  const to = unit === 'week' ? mondayOf(today).add(7, 'day') : today.startOf('month').add(1, 'month');
  // Grain of the period the text names (toWhen keeps it as a week or month, not as each day)
  return { lead, value: from.isBefore(to) ? { type: 'interval', from, to, grain: unit === 'week' ? 'week' : 'month' } : null };
}

const PODS: ReadonlySet<string> = new Set<Pod>(['morning', 'afternoon', 'evening', 'night']);

/** The part of the day a result names alone ("in the afternoon", "this morning"), with no day or hour. */
function podAlone(r: chrono.ParsedResult): Pod | null {
  const c = r.start;
  if (c.isCertain('day') || c.isCertain('weekday') || c.isCertain('hour')) return null;
  const tag = [...r.tags()].find((t) => t.startsWith('casualReference/'))?.slice('casualReference/'.length);
  return tag && PODS.has(tag) ? (tag as Pod) : null;
}

/** A part of the day alone as that part of a day: chrono reads one that is over as tomorrow's; "this" or a past clause mean today's. */
function partOfDay(r: chrono.ParsedResult, pod: Pod, today: Dayjs, tense: Tense | undefined): Resolved {
  const c = r.start;
  const [a, b] = POD_HOURS[pod];
  const chosen = dayjs.utc(Date.UTC(c.get('year') ?? today.year(), (c.get('month') ?? 1) - 1, c.get('day') ?? 1));
  const day = /\bthis\b/i.test(r.text) || tense === 'past' ? today : chosen;
  return { type: 'interval', from: day.add(a, 'hour'), to: day.add(b, 'hour'), grain: 'hour' };
}

/** One chrono result as a value, its bare dates placed by the clause's tense. */
function valueOf(r: chrono.ParsedResult, zone: string, today: Dayjs, piece: string): { value: Resolved; tense?: Tense } {
  const kind = bareKind(r.start, r.text);
  const pod = podAlone(r);
  const tense = kind || pod ? englishTense(piece, r.index, r.index + r.text.length) : undefined;
  if (pod) return { value: partOfDay(r, pod, today, tense) };
  const place = kind ? placeBare(kind, r.start, r.text, today, tense) : (d: Dayjs) => d;
  const grain = grainOf(r.start, r.text);
  const from = place(wallOf(r.start, zone, grain));
  const told = tense ? { tense } : {};
  if (!r.end) return { value: { type: 'value', at: from, grain }, ...told };
  const endGrain = grainOf(r.end, r.text);
  const to = place(wallOf(r.end, zone, endGrain)).add(1, endGrain);
  return { value: { type: 'interval', from, to, grain }, ...told };
}

/** English expressions in `text`, resolved at `at` in `zone`. */
export function parseEnglish(text: string, at: number, zone: string): EnglishMatch[] {
  const stretches = latinStretches(text);
  if (stretches.length === 0) return [];
  const reference = { instant: new Date(at), timezone: offsetAt(at, zone) };
  const today = wallClock(at, zone).startOf('day');
  const found: EnglishMatch[] = [];
  for (const stretch of stretches) {
    const piece = text.slice(stretch.start, stretch.end);
    for (const r of chrono.parse(piece, reference, { forwardDate: true })) {
      const start = stretch.start + r.index;
      const end = start + r.text.length;
      // "the same afternoon", "that morning": a day the text named before, not one to place here
      if (podAlone(r) && SAME.test(piece.slice(Math.max(0, r.index - 10), r.index))) continue;
      const later = laterThis(piece, r, today);
      if (later?.value) found.push({ start: start - later.lead, end, value: later.value });
      else if (!later) found.push({ start, end, ...valueOf(r, zone, today, piece) });
    }
  }
  return found;
}
