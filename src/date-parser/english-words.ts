/**
 * The English words of date expressions (english.ts reads them): weekdays and months with their
 * short forms, the day words, the modifiers, units and number words, and the rules each word can
 * begin. Lower case, as the tokenizer gives Latin words.
 */
import type { MonthPart, Pod } from './arabic-words.js';

const table = <T>(entries: Record<string, T>): ReadonlyMap<string, T> => new Map(Object.entries(entries));

export const WEEKDAYS = table({ sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 });
/** Short weekdays count only with their full stop ("Thurs."): "Sun" and "Sat" are words too. */
export const SHORT_WEEKDAYS = table({
  sun: 0,
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  fri: 5,
  sat: 6,
});
export const MONTHS = table({
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
});
export const SHORT_MONTHS = table({
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
});
/** Month names that are also verbs ("talks may resume", "they march on"): a month only when capitalised. */
export const MONTHS_NEEDING_CAPITAL = new Set(['may', 'march', 'mar']);
export const PODS = table<Pod>({ morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'evening' });
/** The hour a part of the day said alone stands for: one already over is tomorrow's. */
export const POD_TYPICAL_HOUR: Partial<Record<Pod, number>> = { morning: 6, afternoon: 15, evening: 20 };
export const CASUAL_DAYS = table({ today: 0, tonight: 0, tomorrow: 1, yesterday: -1 });
export const MODIFIERS = table<-1 | 0 | 1>({ this: 0, last: -1, past: -1, next: 1 });
export const ORDINAL_ENDINGS = new Set(['st', 'nd', 'rd', 'th']);
export const RANGE_WORDS = new Set(['to', 'through', 'until', 'till', '-', '–']);
export const UNITS = table<'day' | 'week' | 'month' | 'year'>({
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
});
export const NUMBER_WORDS = table({
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
});
export const CYCLES = new Set(['week', 'month', 'year']);
/** early May, mid-May, late next week; "the middle of", "the beginning of", "the end of" (english-spans.ts). */
export const PART_WORDS = table<MonthPart>({ early: 'early', mid: 'mid', late: 'late' });
export const PART_NOUNS = table<MonthPart>({ beginning: 'early', start: 'early', middle: 'mid', end: 'late' });
/** The first week of May, the last week of next month. */
export const WEEK_ORDINALS = table({ first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1 });
/** "the coming days", "the next few days", "the past few days", "recent days": three days, as Duckling's "few". */
export const DIRECTIONS = table<1 | -1>({ coming: 1, next: 1, past: -1, last: -1, recent: -1 });
export const FEW = new Set(['few', 'several']);
/** The plural units a few of which are a stretch: "the coming weeks", "the past few months". */
export const FEW_UNITS = table<'day' | 'week' | 'month'>({ days: 'day', weeks: 'week', months: 'month' });
/** "at around 11 a.m.": words between "at" and the time that add nothing. */
export const APPROXIMATELY = new Set(['around', 'about', 'approximately', 'roughly']);
export const UTC_WORDS = new Set(['gmt', 'utc']);
/**
 * "at 3 p.m. IST": the zone abbreviations wire copy writes after a clock time, each the zone it
 * means in news about the region (IST is India's, as Indian outlets use it; AST Arabia's).
 */
export const ZONE_ABBREVIATIONS = table({
  ist: 'Asia/Kolkata',
  pkt: 'Asia/Karachi',
  ast: 'Asia/Riyadh',
  gst: 'Asia/Dubai',
  msk: 'Europe/Moscow',
  cet: 'Europe/Paris',
  cest: 'Europe/Paris',
  bst: 'Europe/London',
  est: 'America/New_York',
  edt: 'America/New_York',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
});
/** "at 3 p.m. Cairo time", "8.55pm Kenyan time", "12:00 Kyiv time": the cities and peoples wire copy names a clock time by. */
export const ZONE_NAMES = table({
  egyptian: 'Africa/Cairo',
  syrian: 'Asia/Damascus',
  lebanese: 'Asia/Beirut',
  iraqi: 'Asia/Baghdad',
  jordanian: 'Asia/Amman',
  israel: 'Asia/Jerusalem',
  israeli: 'Asia/Jerusalem',
  saudi: 'Asia/Riyadh',
  qatari: 'Asia/Qatar',
  emirati: 'Asia/Dubai',
  uae: 'Asia/Dubai',
  kuwaiti: 'Asia/Kuwait',
  omani: 'Asia/Muscat',
  bahraini: 'Asia/Bahrain',
  manama: 'Asia/Bahrain',
  iranian: 'Asia/Tehran',
  turkish: 'Europe/Istanbul',
  moroccan: 'Africa/Casablanca',
  algerian: 'Africa/Algiers',
  tunisian: 'Africa/Tunis',
  libyan: 'Africa/Tripoli',
  sudanese: 'Africa/Khartoum',
  kenyan: 'Africa/Nairobi',
  nairobi: 'Africa/Nairobi',
  ethiopian: 'Africa/Addis_Ababa',
  russian: 'Europe/Moscow',
  ukrainian: 'Europe/Kyiv',
  kyiv: 'Europe/Kyiv',
  kiev: 'Europe/Kyiv',
  greek: 'Europe/Athens',
  athens: 'Europe/Athens',
  german: 'Europe/Berlin',
  berlin: 'Europe/Berlin',
  french: 'Europe/Paris',
  british: 'Europe/London',
  italian: 'Europe/Rome',
  rome: 'Europe/Rome',
  vienna: 'Europe/Vienna',
  indian: 'Asia/Kolkata',
  pakistani: 'Asia/Karachi',
  islamabad: 'Asia/Karachi',
  afghan: 'Asia/Kabul',
  kabul: 'Asia/Kabul',
  chinese: 'Asia/Shanghai',
  japanese: 'Asia/Tokyo',
  japan: 'Asia/Tokyo',
  tokyo: 'Asia/Tokyo',
  korean: 'Asia/Seoul',
  seoul: 'Asia/Seoul',
  jakarta: 'Asia/Jakarta',
  indonesian: 'Asia/Jakarta',
  malaysian: 'Asia/Kuala_Lumpur',
  astana: 'Asia/Almaty',
  cairo: 'Africa/Cairo',
  damascus: 'Asia/Damascus',
  beirut: 'Asia/Beirut',
  baghdad: 'Asia/Baghdad',
  amman: 'Asia/Amman',
  jerusalem: 'Asia/Jerusalem',
  riyadh: 'Asia/Riyadh',
  doha: 'Asia/Qatar',
  dubai: 'Asia/Dubai',
  kuwait: 'Asia/Kuwait',
  muscat: 'Asia/Muscat',
  tehran: 'Asia/Tehran',
  ankara: 'Europe/Istanbul',
  istanbul: 'Europe/Istanbul',
  tunis: 'Africa/Tunis',
  algiers: 'Africa/Algiers',
  rabat: 'Africa/Casablanca',
  tripoli: 'Africa/Tripoli',
  khartoum: 'Africa/Khartoum',
  moscow: 'Europe/Moscow',
  london: 'Europe/London',
  paris: 'Europe/Paris',
  geneva: 'Europe/Zurich',
  brussels: 'Europe/Brussels',
  washington: 'America/New_York',
  eastern: 'America/New_York',
  beijing: 'Asia/Shanghai',
});
/** "the same afternoon", "that morning": a day the text named before, not one to place here. */
export const SAME = /\b(?:same|that)\s+$/i;

/**
 * The rules a word can begin, as bits: each word tries only those (STARTERS), and a word that
 * begins none is passed over at once.
 */
export const DAY = 1;
export const CLOCK = 2;
export const NOW = 4;
export const SLASH = 8;
export const MONTH = 16;
export const RELATIVE = 32;
export const DURATION = 64;
export const POD = 128;
/** A stretch of english-spans.ts: mid-May, early next week, the first week of May, the coming days. */
export const SPAN = 256;
/** A number can begin a day ("5 April"), a clock time, a slash date, a stretch of time or a decade (1990s). */
export const NUMBER_STARTS = DAY | CLOCK | SLASH | DURATION | SPAN;
export const STARTERS: ReadonlyMap<string, number> = (() => {
  const starts = new Map<string, number>();
  const add = (words: Iterable<string>, rules: number): void => {
    for (const word of words) starts.set(word, (starts.get(word) ?? 0) | rules);
  };
  add([...WEEKDAYS.keys(), ...SHORT_WEEKDAYS.keys(), ...CASUAL_DAYS.keys(), 'weekend', 'on', 'between'], DAY);
  add([...MONTHS.keys(), ...SHORT_MONTHS.keys()], DAY | MONTH);
  add(MODIFIERS.keys(), DAY | RELATIVE);
  add(['this', ...PODS.keys()], POD);
  // ten o'clock: a number word begins a clock time too (clockAt reads it only before o'clock)
  add(['at', 'noon', 'midday', ...NUMBER_WORDS.keys()], CLOCK);
  add(['in'], MONTH | DURATION);
  add(['within', ...NUMBER_WORDS.keys()], DURATION);
  add(['later', 'earlier', 'end'], RELATIVE);
  add(['now'], NOW);
  add(
    [
      ...['the', 'in', 'over', 'during', 'week', 'month', 'year', 'between', 'from'],
      ...PART_WORDS.keys(),
      ...WEEK_ORDINALS.keys(),
      ...DIRECTIONS.keys(),
    ],
    SPAN,
  );
  return starts;
})();
