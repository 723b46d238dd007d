/** `/calendar ical-link [rotate]` (Manage Server): the server's secret calendar feed link, or a new one. */
import { UserError } from '../errors.js';
import { feedUrl } from '../ical/feed-links.js';
import { messages } from '../i18n/index.js';
import type { Reply } from '../replies/reply.js';
import type { HandlerContext } from './context.js';
import { MANAGE_GUILD, requirePermission } from './permissions.js';

/** The feed link, seen only by the one who asked; `rotate`: a new token, the old link dead at once. */
export function showFeed(ctx: HandlerContext, rotate: boolean): Reply {
  requirePermission(ctx.actor, MANAGE_GUILD);
  if (!ctx.feeds) throw new UserError('feedsOff');
  const calendarId = ctx.scope.calendar.id;
  const now = ctx.clock.now();
  const token = rotate ? ctx.feeds.tokens.rotate(calendarId, now) : ctx.feeds.tokens.tokenFor(calendarId, now);
  const t = messages(ctx.view.locale).calendarFiles;
  const link = t.feedLink(feedUrl(ctx.feeds.publicUrl, token));
  return { content: rotate ? `${t.feedRotated}\n${link}` : link, ephemeral: true };
}
