/** `/settings dates` (Manage Server): how the server's Arabic writes dates and numbers, and what `/settings show` says of it. */
import { setCalendarDateStyle } from '../calendar/changes.js';
import type { CalendarRef } from '../calendar/store.js';
import { UserError } from '../errors.js';
import { DEFAULT_DATE_STYLE, isDateStyle, withDateStyle, type DateStyle } from '../i18n/date-style.js';
import { messages, type Locale } from '../i18n/index.js';
import { formatDay } from '../replies/date-format.js';
import type { ReplyField } from '../replies/reply.js';
import { localDay } from '../time/local-days.js';
import type { HandlerContext } from './context.js';
import { MANAGE_GUILD, requirePermission } from './permissions.js';

/** What `/settings dates` was given; each option left out keeps the server's current choice. */
export interface DateStyleOptions {
  months?: string | undefined;
  hijri?: string | undefined;
  digits?: string | undefined;
}

/** Stores the server's new date style (checked whole) and returns it. */
export function chooseDateStyle(ctx: HandlerContext, options: DateStyleOptions): DateStyle {
  requirePermission(ctx.actor, MANAGE_GUILD);
  const current = ctx.scope.calendar.dateStyle ?? DEFAULT_DATE_STYLE;
  if (options.hijri !== undefined && options.hijri !== 'on' && options.hijri !== 'off')
    throw new UserError('dateStyleChoice');
  const chosen = {
    months: options.months ?? current.months,
    hijri: options.hijri === undefined ? current.hijri : options.hijri === 'on',
    digits: options.digits ?? current.digits,
  };
  if (!isDateStyle(chosen)) throw new UserError('dateStyleChoice');
  setCalendarDateStyle(ctx.scope, chosen);
  return chosen;
}

/**
 * The `/settings show` field: the style in the reader's words, then today's date as the
 * server's Arabic writes it in that style (the style is about Arabic, whatever the reader's language).
 */
export function dateStyleField(ctx: HandlerContext, calendar: CalendarRef, locale: Locale): ReplyField {
  const t = messages(locale);
  const style = calendar.dateStyle ?? DEFAULT_DATE_STYLE;
  const today = localDay(ctx.clock.now(), calendar.timezone);
  const example = withDateStyle(style, () => formatDay(today, 'ar'));
  return {
    name: t.settingsDates,
    value: t.dateStyleSummary(
      t.monthNames[style.months],
      t.digitNames[style.digits],
      style.hijri ? t.hijriOn : t.hijriOff,
      example,
    ),
    inline: false,
  };
}

/** The style as `--json` gives it. */
export function dateStyleJson(style: DateStyle | undefined): DateStyle {
  return { ...(style ?? DEFAULT_DATE_STYLE) };
}
