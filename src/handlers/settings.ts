/** The answers to `/settings …` (Manage Server): the calendar's language and time zone. */
import { UserError } from '../errors.js';
import { messages, type Locale } from '../i18n/index.js';
import type { Reply } from '../replies/reply.js';
import { isValidZone } from '../time/zones.js';
import type { HandlerContext } from './context.js';
import { MANAGE_GUILD, requirePermission } from './permissions.js';

/** Answers (and reminders) in Arabic or English for everyone, or `auto`: each reader's client. */
export function setLanguage(ctx: HandlerContext, language: string): Reply {
  requirePermission(ctx.actor, MANAGE_GUILD);
  if (language !== 'ar' && language !== 'en' && language !== 'auto') throw new UserError('languageChoice');
  const locale: Locale | null = language === 'auto' ? null : language;
  ctx.scope.store.setCalendarLocale(ctx.scope.calendar.id, locale);
  return settingsReply(ctx, locale ?? ctx.view.locale);
}

/** The zone of meetings whose place gives none (and of typed days such as `tomorrow`). */
export function setTimezone(ctx: HandlerContext, zone: string): Reply {
  requirePermission(ctx.actor, MANAGE_GUILD);
  const trimmed = zone.trim();
  if (!isValidZone(trimmed)) throw new UserError('unknownZonePickOne', zone);
  ctx.scope.store.setCalendarZone(ctx.scope.calendar.id, trimmed);
  return settingsReply(ctx, ctx.view.locale);
}

export function showSettings(ctx: HandlerContext): Reply {
  return settingsReply(ctx, ctx.view.locale);
}

function settingsReply(ctx: HandlerContext, locale: Locale): Reply {
  const t = messages(locale);
  const calendar = ctx.scope.store.calendarRef(ctx.scope.calendar.id);
  return {
    embeds: [
      {
        title: t.settingsTitle,
        fields: [
          { name: t.settingsLanguage, value: calendar.locale ? t.languageName[calendar.locale] : t.languageAuto, inline: true },
          { name: t.settingsZone, value: calendar.timezone, inline: true },
        ],
      },
    ],
    json: () => ({ language: calendar.locale ?? 'auto', timezone: calendar.timezone }),
  };
}
