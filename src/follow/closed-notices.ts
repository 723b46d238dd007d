/**
 * What a member whose direct messages are closed missed: shown to them alone, once, the next
 * time they use a command in that server.
 */
import type { CalendarScope } from '../calendar/queries.js';
import { messages } from '../i18n/index.js';
import type { View } from '../replies/meeting-view.js';
import type { Reply } from '../replies/reply.js';
import { mergedItems, renderNotice } from './notice-view.js';
import type { NoticeOutbox } from './types.js';

/** The notices kept for `userId` in this calendar as one private message, marked shown; null when none. */
export function takeClosedNotices(
  outbox: NoticeOutbox,
  scope: CalendarScope,
  userId: string,
  view: View,
  serverName: string,
): Reply | null {
  const kept = outbox.closed(scope.calendar.id, userId);
  if (kept.length === 0) return null;
  const intro = messages(view.locale).follow.closedIntro;
  const reply = renderNotice(scope.store, mergedItems(kept), view, serverName, intro);
  outbox.markShown(
    kept.map((n) => n.id),
    view.now ?? 0,
  );
  return reply && { ...reply, ephemeral: true };
}
