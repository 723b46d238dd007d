/**
 * How a front-end shows what it cannot share: moments in time and text that came from
 * articles or people. Discord shows each reader their own time; the terminal shows the
 * meeting's wall clock.
 */
import { messages, type Locale } from '../i18n/index.js';
import { dayjs } from '../time/dayjs.js';

export interface Presenter {
  /** A moment, for a timed meeting. */
  moment(at: number, zone: string): string;
  /** Text from an article or a person, safe to place in the message. */
  text(text: string): string;
  /** Emphasis. */
  bold(text: string): string;
}

/** Discord: `<t:unix:F> (<t:unix:R>)`; markdown in outside text escaped. */
export const discordPresenter: Presenter = {
  moment: (at) => {
    const unix = Math.floor(at / 1000);
    return `<t:${unix}:F> (<t:${unix}:R>)`;
  },
  text: escapeMarkdown,
  bold: (text) => `**${text}**`,
};

/** The terminal, in a language: the meeting's own wall clock and zone, and the UTC instant. */
export function terminalPresenterIn(locale: Locale): Presenter {
  const formatters = new Map<string, Intl.DateTimeFormat>(); // one per zone: they are costly to make
  return {
    moment: (at, zone) => {
      let format = formatters.get(zone);
      if (!format) {
        format = new Intl.DateTimeFormat(messages(locale).intlTag, {
          timeZone: zone,
          weekday: 'short',
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        });
        formatters.set(zone, format);
      }
      return `${format.format(at)} ${zone} (${dayjs(at).toISOString()})`;
    },
    text: (text) => text,
    bold: (text) => text,
  };
}

/** The terminal in English. */
export const terminalPresenter: Presenter = terminalPresenterIn('en');

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
