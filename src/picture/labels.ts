/**
 * What the picture writes, in the reader's language: the month and weekday names, day numbers
 * and clock times in the digits the server's own Arabic text uses for dates (Intl's, as
 * src/replies/meeting-view.ts writes days), and the sentences of src/i18n/picture.ts.
 */
import type { MeetingSummary } from '../calendar/types.js';
import { messages, type Locale } from '../i18n/index.js';
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
  const monthName = new Intl.DateTimeFormat(t.intlTag, { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(
    Date.parse(`${month}-15T12:00:00Z`),
  );
  return { ...localeLabels(locale), month: monthName, empty: t.pictureEmpty(monthName) };
}

function localeLabels(locale: Locale): Omit<PictureLabels, 'month' | 'empty'> {
  let found = cache.get(locale);
  if (found) return found;
  const t = messages(locale);
  const weekday = new Intl.DateTimeFormat(t.intlTag, { timeZone: 'UTC', weekday: locale === 'ar' ? 'long' : 'short' });
  // 2023-01-01 was a Sunday.
  const weekdays = Array.from({ length: 7 }, (_, i) => weekday.format(Date.UTC(2023, 0, 1 + i, 12)));
  const digits = localDigits(t.intlTag);
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
  cache.set(locale, found);
  return found;
}

/** Writes ASCII digits as the language's dates do (Arabic-Indic for ar-SY). */
function localDigits(intlTag: string): (text: string) => string {
  const format = new Intl.NumberFormat(intlTag, { useGrouping: false });
  const map = Array.from({ length: 10 }, (_, d) => format.format(d));
  return (text) => text.replace(/[0-9]/g, (d) => map[Number(d)]!);
}

/** A weekday's name in a language (for the week start setting). */
export function weekdayName(weekday: Weekday, locale: Locale): string {
  const t = messages(locale);
  return new Intl.DateTimeFormat(t.intlTag, { timeZone: 'UTC', weekday: 'long' }).format(
    Date.UTC(2023, 0, 1 + weekday, 12),
  );
}
