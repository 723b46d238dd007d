/** `/reminders digest [channel] [day] [time]` (Manage Server): the weekly digest, or none. */
import { WEEKDAYS, type Weekday } from '../digest/types.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/index.js';
import { toAsciiDigits } from '../names/normalize.js';
import type { Reply } from '../replies/reply.js';
import { isClockTime } from '../time/local-days.js';
import type { HandlerContext } from './context.js';
import { CHANGES_REMINDERS, requirePermission } from './permissions.js';

/** Where, which day and at what local time the week's meetings are posted; no channel: none. */
export function setWeeklyDigest(
  ctx: HandlerContext,
  channelId: string | undefined,
  day: string | undefined,
  time: string | undefined,
): Reply {
  requirePermission(ctx.actor, CHANGES_REMINDERS);
  if (!ctx.digest) throw new UserError('digestOnlyInDiscord');
  const weekday = WEEKDAYS.indexOf((day ?? 'monday') as Weekday) + 1;
  const clock = toAsciiDigits(time?.trim() ?? '09:00').padStart(5, '0');
  if (!isClockTime(clock)) throw new UserError('notTimeOfDay', time ?? '');
  ctx.digest.setDigest(ctx.scope.calendar.id, channelId ?? null, Math.max(weekday, 1), clock, ctx.clock.now());
  const t = messages(ctx.view.locale).digest;
  return {
    content: channelId
      ? t.chosen(channelId, t.weekdays[Math.max(weekday, 1) - 1] ?? '', clock, ctx.scope.calendar.timezone)
      : t.off,
  };
}
