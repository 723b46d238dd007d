/**
 * Every date, clock time and day number Diwan writes goes through here, in the reader's
 * language and, in Arabic, the server's date style (src/i18n/date-style.ts): its month names,
 * its digits, and the Hijri date when it asked for one. Month and weekday names, digits and the
 * Umm al-Qura calendar all come from ICU through Intl, not from tables of our own.
 */
import { arabicTag, currentDateStyle, styleKey, type DateStyle } from '../i18n/date-style.js';
import type { Locale } from '../i18n/index.js';

/** English as Diwan writes it (the catalogue's own tag, src/i18n/en.ts). */
const ENGLISH = 'en-GB';

type Shape = 'day' | 'weekday' | 'month' | 'hijri' | 'clock' | 'moment' | 'weekdayName' | 'weekdayShort' | 'digits';

/** Formatters are costly to make (most of a listing's time): one per language, style, shape and zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function tagFor(locale: Locale, style: Readonly<DateStyle>, shape: Shape): string {
  const hijri = shape === 'hijri';
  if (locale === 'ar') return arabicTag(style, hijri ? 'islamic-umalqura' : undefined);
  return hijri ? `${ENGLISH}-u-ca-islamic-umalqura` : ENGLISH;
}

const OPTIONS: Record<Exclude<Shape, 'digits'>, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  weekday: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  hijri: { day: 'numeric', month: 'long', year: 'numeric' },
  clock: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  moment: {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
  weekdayName: { weekday: 'long' },
  weekdayShort: { weekday: 'short' },
};

function formatter(locale: Locale, shape: Exclude<Shape, 'digits'>, zone = 'UTC'): Intl.DateTimeFormat {
  const style = currentDateStyle();
  const key = `${locale}|${locale === 'ar' ? styleKey(style) : ''}|${shape}|${zone}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(tagFor(locale, style, shape), { ...OPTIONS[shape], timeZone: zone });
    formatters.set(key, found);
  }
  return found;
}

/** Noon UTC of a local day: the same calendar day in every zone's reading of it as UTC. */
function noonOf(day: string): number {
  return Date.parse(`${day.slice(0, 10)}T12:00:00Z`);
}

/**
 * A local day as people write it: "Thursday 30 January 2020", "الخميس، ٣٠ كانون الثاني ٢٠٢٠";
 * with the Hijri date after it when the server asked for it ("… (٥ جمادى الآخرة ١٤٤١ هـ)").
 * Without the weekday (a week's first day, a range in a title) the Hijri date is left out.
 */
export function formatDay(day: string, locale: Locale, withWeekday = true): string {
  const at = noonOf(day);
  const gregorian = formatter(locale, withWeekday ? 'weekday' : 'day').format(at);
  if (!withWeekday || !currentDateStyle().hijri) return gregorian;
  return `${gregorian} (${formatter(locale, 'hijri').format(at)})`;
}

/** The Umm al-Qura date of a local day: "5 Jumada II 1441 AH", "٥ جمادى الآخرة ١٤٤١ هـ". */
export function formatHijriDay(day: string, locale: Locale): string {
  return formatter(locale, 'hijri').format(noonOf(day));
}

/** A month as people write it: "January 2020", "كانون الثاني ٢٠٢٠", "جانفي 2020". `day` is YYYY-MM[-DD]. */
export function formatMonth(day: string, locale: Locale): string {
  return formatter(locale, 'month').format(noonOf(day.length === 7 ? `${day}-15` : day));
}

/** A clock time at `at` in `zone`, 24-hour: "13:00", "١٣:٠٠". */
export function formatClock(at: number, zone: string, locale: Locale): string {
  return formatter(locale, 'clock', zone).format(at);
}

/** A moment in full in `zone` (the terminal's): "Thu, 30 Jan 2020, 13:00". */
export function formatMoment(at: number, zone: string, locale: Locale): string {
  return formatter(locale, 'moment', zone).format(at);
}

/** A weekday's name, 0 Sunday … 6 Saturday: "Thursday", "الخميس" (short: "Thu"). */
export function formatWeekday(weekday: number, locale: Locale, width: 'long' | 'short' = 'long'): string {
  // 2023-01-01 was a Sunday.
  return formatter(locale, width === 'long' ? 'weekdayName' : 'weekdayShort').format(
    Date.UTC(2023, 0, 1 + weekday, 12),
  );
}

/** ASCII digits of each digit system, as Intl writes 0 to 9. */
const digitMaps = new Map<string, readonly string[]>();

/**
 * `text` with its ASCII digits written in the server's digits ("10:00" → "١٠:٠٠"), for numbers
 * made outside Intl (a day of the month, a stored HH:mm). English keeps ASCII.
 */
export function localDigits(text: string, locale: Locale): string {
  if (locale !== 'ar') return text;
  const tag = arabicTag(currentDateStyle());
  let map = digitMaps.get(tag);
  if (!map) {
    const format = new Intl.NumberFormat(tag, { useGrouping: false });
    map = Array.from({ length: 10 }, (_, d) => format.format(d));
    digitMaps.set(tag, map);
  }
  const digits = map;
  return text.replace(/[0-9]/g, (d) => digits[Number(d)]!);
}
