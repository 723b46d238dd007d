/**
 * What the picture writes, in the reader's language: the month and weekday names, day numbers
 * and clock times in the server's date style, as src/replies/date-format.ts writes every date,
 * and the sentences of src/i18n/picture.ts.
 */
import type { MeetingSummary } from '../calendar/types.js';
import { currentDateStyle, styleKey } from '../i18n/date-style.js';
import { messages, type Locale } from '../i18n/index.js';
import { formatMonth, formatWeekday, localDigits } from '../replies/date-format.js';
import { meetingTitle, whenText } from '../replies/meeting-view.js';
import { terminalPresenter } from '../replies/presenter.js';
import type { Weekday } from './month-grid.js';

export interface PictureLabels {
  locale: Locale;
  rtl: boolean;
  /** "January 2020", "كانون الثاني ٢٠٢٠". */
  month: string;
  /** Weekday names, Sunday first. */
  weekdays: readonly string[];
  /** A day of the month, "29", "٢٩". */
  dayNumber(day: string): string;
  /** A local clock time HH:mm, "10:00", "١٠:٠٠". */
  clock(time: string): string;
  title(meeting: MeetingSummary): string;
  /** When a meeting known only to a week or a month is. */
  period(meeting: MeetingSummary): string;
  more(n: number): string;
  empty: string;
  undated: string;
}

const cache = new Map<string, Omit<PictureLabels, 'month' | 'empty'>>();
const BIDI_ISOLATES = /[\u2066-\u2069]/g;

/** The labels of `month` (YYYY-MM) in `locale`. */
export function pictureLabels(month: string, locale: Locale): PictureLabels {
  const t = messages(locale);
  const monthName = formatMonth(month, locale);
  return { ...localeLabels(locale), month: monthName, empty: t.pictureEmpty(monthName) };
}

function localeLabels(locale: Locale): Omit<PictureLabels, 'month' | 'empty'> {
  // Arabic labels differ by the server's date style (digits, month names).
  const key = locale === 'ar' ? `ar|${styleKey(currentDateStyle())}` : locale;
  let found = cache.get(key);
  if (found) return found;
  const t = messages(locale);
  const weekdays = Array.from({ length: 7 }, (_, i) => formatWeekday(i, locale, locale === 'ar' ? 'long' : 'short'));
  const digits = (text: string) => localDigits(text, locale);
  const view = { locale, present: terminalPresenter };
  found = {
    locale,
    rtl: locale === 'ar',
    weekdays,
    dayNumber: (day) => digits(String(Number(day.slice(8, 10)))),
    clock: (time) => digits(time),
    title: (meeting) => meetingTitle(meeting, locale),
    // Without the bidi isolates Discord's Arabic lines carry: the picture orders its own lines.
    period: (meeting) => whenText(meeting, view).replace(BIDI_ISOLATES, ''),
    more: t.pictureMore,
    undated: t.pictureUndated,
  };
  cache.set(key, found);
  return found;
}

/** A weekday's name in a language (for the week start setting). */
export function weekdayName(weekday: Weekday, locale: Locale): string {
  return formatWeekday(weekday, locale);
}
