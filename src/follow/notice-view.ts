/** How a follower's notice reads: the server, then each meeting added or changed, as its line shows it. */
import type { CalendarStore } from '../calendar/store.js';
import { messages } from '../i18n/index.js';
import { joinWithin, meetingLine, type View } from '../replies/meeting-view.js';
import { clip, LIMITS, type Reply } from '../replies/reply.js';
import type { NoticeItem } from './types.js';

/**
 * The message of a notice's meetings as they stand now (one deleted since is left out): which
 * server, then a line per meeting; null when none is left.
 */
export function renderNotice(
  store: Pick<CalendarStore, 'meetingSummaries'>,
  items: readonly NoticeItem[],
  view: View,
  serverName: string,
  intro?: string,
): Reply | null {
  const t = messages(view.locale).follow;
  const meetings = new Map(store.meetingSummaries(items.map((i) => i.meetingNumber)).map((m) => [m.number, m]));
  const lines = items.flatMap((item) => {
    const meeting = meetings.get(item.meetingNumber);
    return meeting ? [clip(`${t.change[item.change]}: ${meetingLine(meeting, view)}`, 400)] : [];
  });
  if (lines.length === 0) return null;
  return {
    ...(intro ? { content: intro } : {}),
    embeds: [
      {
        title: clip(t.noticeTitle(view.present.text(serverName)), LIMITS.embedTitle),
        description: joinWithin(lines, LIMITS.embedDescription),
        footer: t.noticeFooter,
      },
    ],
  };
}

/** Several notices' items as one list: each meeting once, "new" over "changed". */
export function mergedItems(notices: readonly { items: readonly NoticeItem[] }[]): NoticeItem[] {
  const merged = new Map<number, NoticeItem>();
  for (const item of notices.flatMap((n) => n.items)) {
    const known = merged.get(item.meetingNumber);
    if (!known || item.change === 'added') merged.set(item.meetingNumber, known ? { ...known, change: 'added' } : item);
  }
  return [...merged.values()];
}
