/** `/settings events on|off [days]` (Manage Server), and what `/settings show` says of the sync. */
import { UserError } from '../errors.js';
import type { EventSyncStore } from '../events-sync/types.js';
import { messages, type Locale } from '../i18n/index.js';
import type { ReplyField } from '../replies/reply.js';
import type { HandlerContext } from './context.js';
import { MANAGE_GUILD, requirePermission } from './permissions.js';

/** How far ahead meetings get an event, unless the server says otherwise. */
export const DEFAULT_EVENT_DAYS = 14;
/** The most days ahead a server may choose. */
export const MAX_EVENT_DAYS = 90;

/** Turns the sync on (again: a refusal is lifted, and the rows it left waiting are tried) or off. */
export function setEventsSync(ctx: HandlerContext, sync: 'on' | 'off', days: number | undefined): void {
  requirePermission(ctx.actor, MANAGE_GUILD);
  if (!ctx.events) throw new UserError('eventsOnlyInDiscord');
  if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > MAX_EVENT_DAYS))
    throw new UserError('daysRange', MAX_EVENT_DAYS);
  const calendarId = ctx.scope.calendar.id;
  const current = ctx.events.settings(calendarId);
  ctx.events.setSync(calendarId, sync === 'on', days ?? (current.enabled ? current.days : DEFAULT_EVENT_DAYS));
}

/** The `/settings show` field: off, on (how far ahead, how many events), paused, removed by hand. */
export function eventsSyncField(events: EventSyncStore, calendarId: number, locale: Locale): ReplyField {
  const t = messages(locale).events;
  const status = events.status(calendarId);
  const lines = [status.enabled ? t.on(status.days, status.liveEvents) : t.off];
  if (status.enabled && status.blockedReason) lines.push(t.paused(status.blockedReason));
  if (status.removedByHand.length > 0) lines.push(t.removedByHand(status.removedByHand));
  if (status.failed > 0) lines.push(t.failed(status.failed));
  return { name: t.settingsField, value: lines.join('\n'), inline: false };
}

/** What to tell an admin of a refusal the server's owner was not told of (a direct message failed), or null. */
export function refusedEventsNotice(
  events: EventSyncStore,
  calendarId: number,
  server: string,
  locale: Locale,
): string | null {
  const settings = events.settings(calendarId);
  if (!settings.enabled || !settings.blockedNoticePending || !settings.blockedReason) return null;
  return messages(locale).events.refusedNotice(server, settings.blockedReason);
}

/** The sync's settings as `--json` gives them. */
export function eventsSyncJson(events: EventSyncStore, calendarId: number) {
  const status = events.status(calendarId);
  return {
    enabled: status.enabled,
    days: status.days,
    liveEvents: status.liveEvents,
    blockedReason: status.blockedReason,
    removedByHand: status.removedByHand,
  };
}
