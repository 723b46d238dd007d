/** The answers to `/settings …` (Manage Server): the calendar's language and time zone. */
import { setCalendarLocale, setCalendarWeekStart, setCalendarZone } from '../calendar/changes.js';
import { calendarSettings } from '../calendar/queries.js';
import { UserError } from '../errors.js';
import { messages, type Locale } from '../i18n/index.js';
import { weekdayName } from '../picture/labels.js';
import { languageWeekStart, WEEK_STARTS, type Weekday } from '../picture/month-grid.js';
import type { Reply } from '../replies/reply.js';
import { isValidZone } from '../time/zones.js';
import { withDateStyle } from '../i18n/date-style.js';
import type { HandlerContext } from './context.js';
import { chooseDateStyle, dateStyleField, dateStyleJson, type DateStyleOptions } from './date-settings.js';
import { eventsSyncField, eventsSyncJson, setEventsSync } from './events-settings.js';
import { MANAGE_GUILD, requirePermission } from './permissions.js';

/** Answers (and reminders) in Arabic or English for everyone, or `auto`: each reader's client. */
export function setLanguage(ctx: HandlerContext, language: string): Reply {
  requirePermission(ctx.actor, MANAGE_GUILD);
  if (language !== 'ar' && language !== 'en' && language !== 'auto') throw new UserError('languageChoice');
  const locale: Locale | null = language === 'auto' ? null : language;
  setCalendarLocale(ctx.scope, locale);
  return settingsReply(ctx, locale ?? ctx.view.locale);
}

/** The zone of meetings whose place gives none (and of typed days such as `tomorrow`). */
export function setTimezone(ctx: HandlerContext, zone: string): Reply {
  requirePermission(ctx.actor, MANAGE_GUILD);
  const trimmed = zone.trim();
  if (!isValidZone(trimmed)) throw new UserError('unknownZonePickOne', zone);
  setCalendarZone(ctx.scope, trimmed);
  return settingsReply(ctx, ctx.view.locale);
}

/** `/settings events on|off [days]`: meetings into Discord's Events tab (src/events-sync/). */
export function setEvents(ctx: HandlerContext, sync: 'on' | 'off', days: number | undefined): Reply {
  setEventsSync(ctx, sync, days);
  return settingsReply(ctx, ctx.view.locale);
}

/** The day the month picture's weeks start on: saturday, sunday, monday, or auto (the language's). */
export function setWeekStart(ctx: HandlerContext, day: string): Reply {
  requirePermission(ctx.actor, MANAGE_GUILD);
  if (day !== 'auto' && !Object.hasOwn(WEEK_STARTS, day)) throw new UserError('weekStartChoice');
  setCalendarWeekStart(ctx.scope, day === 'auto' ? null : WEEK_STARTS[day as keyof typeof WEEK_STARTS]);
  return settingsReply(ctx, ctx.view.locale);
}

/** `/settings dates`: month names, Hijri date, digits; the answer already written in the new style. */
export function setDates(ctx: HandlerContext, options: DateStyleOptions): Reply {
  const style = chooseDateStyle(ctx, options);
  return withDateStyle(style, () => settingsReply(ctx, ctx.view.locale));
}

export function showSettings(ctx: HandlerContext): Reply {
  return settingsReply(ctx, ctx.view.locale);
}

function settingsReply(ctx: HandlerContext, locale: Locale): Reply {
  const t = messages(locale);
  const calendar = calendarSettings(ctx.scope);
  return {
    embeds: [
      {
        title: t.settingsTitle,
        fields: [
          {
            name: t.settingsLanguage,
            value: calendar.locale ? t.languageName[calendar.locale] : t.languageAuto,
            inline: true,
          },
          { name: t.settingsZone, value: calendar.timezone, inline: true },
          ...(ctx.events ? [eventsSyncField(ctx.events, ctx.scope.calendar.id, locale)] : []),
          { name: t.settingsWeekStart, value: weekStartText(calendar.weekStart, locale), inline: true },
          dateStyleField(ctx, calendar, locale),
        ],
      },
    ],
    json: () => ({
      language: calendar.locale ?? 'auto',
      timezone: calendar.timezone,
      ...(ctx.events ? { events: eventsSyncJson(ctx.events, ctx.scope.calendar.id) } : {}),
      weekStart: calendar.weekStart ?? 'auto',
      dates: dateStyleJson(calendar.dateStyle),
    }),
  };
}

/** The chosen week start, or the language's, said so. */
function weekStartText(weekStart: number | null | undefined, locale: Locale): string {
  if (weekStart !== null && weekStart !== undefined) return weekdayName(weekStart as Weekday, locale);
  return messages(locale).weekStartAuto(weekdayName(languageWeekStart(locale), locale));
}
