/**
 * Which week's digest is current at `now`, and what it says: the week's meetings grouped by
 * day, in the server's language. Pure.
 */
import type { MeetingSummary } from '../calendar/types.js';
import { messages, type Locale } from '../i18n/index.js';
import { formatDay, joinWithin, meetingLine } from '../replies/meeting-view.js';
import { discordPresenter } from '../replies/presenter.js';
import { clip, LIMITS, type Reply } from '../replies/reply.js';
import { addDays, localDay, localInstant, startOfLocalDay } from '../time/local-days.js';

export interface DigestWeek {
  /** The local day the digest is posted (YYYY-MM-DD): its week runs from it for seven days. */
  weekStart: string;
  /** When it is due. */
  postAt: number;
  /** The week's first and last instants (the local midnights in the calendar's zone). */
  from: number;
  to: number;
  /** When the next week's digest is due. */
  nextPostAt: number;
}

/** ISO weekday (1 Monday … 7 Sunday) of a local day. */
function isoWeekday(day: string): number {
  return ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** The week whose digest is due most lately at `now`: posted on `weekday` at `time`, in `zone`. */
export function digestWeek(weekday: number, time: string, zone: string, now: number): DigestWeek {
  const today = localDay(now, zone);
  let weekStart = addDays(today, -((isoWeekday(today) - weekday + 7) % 7));
  if (localInstant(weekStart, time, zone) > now) weekStart = addDays(weekStart, -7);
  const next = addDays(weekStart, 7);
  return {
    weekStart,
    postAt: localInstant(weekStart, time, zone),
    from: startOfLocalDay(weekStart, zone),
    to: startOfLocalDay(next, zone),
    nextPostAt: localInstant(next, time, zone),
  };
}

/**
 * The digest: a title with the week's days, then each day that has meetings (as listings show
 * them), then those known only by their week or month; its footer is the week's nonce, the
 * marker it is found by after a crash. "Now" is left out, so the text changes only when the
 * meetings do.
 */
export function renderDigest(
  week: DigestWeek,
  meetings: readonly MeetingSummary[],
  locale: Locale,
  nonce: string,
): Reply {
  const t = messages(locale);
  const view = { locale, present: discordPresenter };
  const days = Array.from({ length: 7 }, (_, i) => addDays(week.weekStart, i));
  const dated = (m: MeetingSummary) => (m.precision === 'minute' || m.precision === 'day') && days.includes(m.date);
  const lines: string[] = [];
  for (const day of days) {
    const onDay = meetings.filter((m) => dated(m) && m.date === day);
    if (onDay.length > 0) lines.push(`__${formatDay(day, locale)}__`, ...onDay.map((m) => meetingLine(m, view)), '');
  }
  const rest = meetings.filter((m) => !dated(m));
  if (rest.length > 0) lines.push(`__${t.digest.otherDays}__`, ...rest.map((m) => meetingLine(m, view)));
  return {
    embeds: [
      {
        title: clip(
          t.digest.title(formatDay(week.weekStart, locale, false), formatDay(days[6]!, locale, false)),
          LIMITS.embedTitle,
        ),
        description: lines.length > 0 ? joinWithin(lines, LIMITS.embedDescription).trimEnd() : t.digest.nothing,
        footer: nonce,
      },
    ],
  };
}
