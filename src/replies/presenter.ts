/**
 * How a front-end shows what it cannot share: moments in time and text that came from
 * articles or people. Discord shows each reader their own time; the terminal shows the
 * meeting's wall clock.
 */
import { messages, type Locale } from '../i18n/index.js';
import { dayjs } from '../time/dayjs.js';
import { formatClock, formatMoment } from './date-format.js';

/** What a moment is said for: the reader's language, and the meeting's place when it has one. */
export interface MomentFor {
  locale: Locale;
  /**
   * For a meeting's own time: its place's name in the reader's language ("13:00 Cairo time"),
   * or null when it has none ("13:00 local time"). Absent for other moments (when a reminder
   * is due, when an import was confirmed), which Discord shows in the reader's time alone.
   */
  place?: string | null;
}

export interface Presenter {
  /** A moment, for a timed meeting. */
  moment(at: number, zone: string, said: MomentFor): string;
  /** Text from an article or a person, safe to place in the message. */
  text(text: string): string;
  /** Emphasis. */
  bold(text: string): string;
}

/** Latin text inside Arabic, isolated so it cannot reorder the line around it (Unicode FSI … PDI). */
export function isolate(text: string, locale: Locale): string {
  return locale === 'ar' ? `\u2068${text}\u2069` : text;
}

/** The offset is read in English ("GMT+2") and written as UTC+2 in both languages: one formatter per zone. */
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function offsetFormatter(zone: string): Intl.DateTimeFormat {
  let format = offsetFormatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' });
    offsetFormatters.set(zone, format);
  }
  return format;
}

/** The zone's offset from UTC at `at`: "UTC+2", "UTC+5:30", "UTC". */
export function utcOffset(at: number, zone: string): string {
  const name = offsetFormatter(zone)
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  return (name ?? 'GMT').replace(/^GMT/, 'UTC');
}

/** The venue's own clock: "13:00 Cairo time (UTC+2)", "١٣:٠٠ بتوقيت القاهرة (UTC+2)". */
export function venueClock(at: number, zone: string, said: MomentFor): string {
  const clock = formatClock(at, zone, said.locale);
  return messages(said.locale).venueClock(clock, said.place ?? null, isolate(utcOffset(at, zone), said.locale));
}

/**
 * Discord: the venue's own time in the reader's language first (so a wrong zone shows, and an
 * Arabic line begins in Arabic), then `<t:unix:F> (<t:unix:R>)`, which Discord shows in each
 * reader's own time and client language; markdown in outside text escaped.
 */
export const discordPresenter: Presenter = {
  moment: (at, zone, said) => {
    const unix = Math.floor(at / 1000);
    const stamp = `${isolate(`<t:${unix}:F>`, said.locale)} (${isolate(`<t:${unix}:R>`, said.locale)})`;
    return said.place === undefined ? stamp : `${venueClock(at, zone, said)} · ${stamp}`;
  },
  text: escapeMarkdown,
  bold: (text) => `**${text}**`,
};

/** The terminal: the meeting's own wall clock and zone, and the UTC instant. */
export const terminalPresenter: Presenter = {
  moment: (at, zone, said) => `${formatMoment(at, zone, said.locale)} ${zone} (${dayjs(at).toISOString()})`,
  text: (text) => text,
  bold: (text) => text,
};

/**
 * Escapes what Discord would read as markdown or a masked link (`* _ ~ | [ ]`, backticks;
 * `# - >` at the start of a line), and breaks `@everyone` and `<@…>` so they never read as a
 * mention, even where mentions are allowed.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_~`|[\]]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#>-])/gm, '$1\\$2')
    .replace(/@(everyone|here)/g, '@\u200b$1')
    .replace(/<([@#][!&]?)(\d+)>/g, '<$1\u200b$2>');
}
