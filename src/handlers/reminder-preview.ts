/**
 * `meetings reminders --from --to`: the reminders the policy would post in a window, read
 * straight from the calendar with the pure planner. Nothing is claimed, recorded or sent.
 */
import { meetingsDuring } from '../calendar/queries.js';
import { UserError } from '../errors.js';
import { messages, type Messages } from '../i18n/index.js';
import { DEFAULT_LEAD_MINUTES, planReminders } from '../reminders/plan.js';
import { meetingTitle } from '../replies/meeting-view.js';
import type { Reply } from '../replies/reply.js';
import { dayjs } from '../time/dayjs.js';
import type { HandlerContext } from './context.js';

/** One reminder as `--json` gives it. */
export interface PreviewedReminder {
  meetingId: number;
  title: string;
  /** `lead:<minutes>`, `day-before` or `period-start`. */
  kind: string;
  /** UTC ISO instant. */
  dueAt: string;
  /** The wall clock in the meeting's zone, `YYYY-MM-DDTHH:mm`. */
  localDue: string;
  zone: string;
}

const DAY_MS = 86_400_000;
/**
 * How far past the window a meeting may start and still have a reminder in it: the longest
 * lead, or the day-before note (09:00 the day before: under two days), plus a DST hour.
 */
const widening = (leads: readonly number[]) => Math.max(...leads.map((m) => m * 60_000), 2 * DAY_MS) + 3_600_000;

/** Reminders due in [from, to), soonest first, for the calendar's meetings with these leads. */
export function previewReminders(
  ctx: HandlerContext,
  window: { from: number; to: number },
  leadMinutes: readonly number[] = DEFAULT_LEAD_MINUTES,
): Reply {
  const { from, to } = window;
  if (!(to > from)) throw new UserError('cliToAfterFrom');
  const meetings = meetingsDuring(ctx.scope, from, to + widening(leadMinutes));
  const reminders = meetings
    .flatMap((meeting) =>
      planReminders(meeting, leadMinutes)
        .filter((r) => r.dueAt >= from && r.dueAt < to)
        .map((r) => ({ meeting, ...r })),
    )
    .sort((a, b) => a.dueAt - b.dueAt || a.meeting.number - b.meeting.number);
  const json: { reminders: PreviewedReminder[] } = {
    reminders: reminders.map(({ meeting, kind, dueAt }) => ({
      meetingId: meeting.number,
      title: meetingTitle(meeting, ctx.view.locale),
      kind,
      dueAt: new Date(dueAt).toISOString(),
      localDue: dayjs(dueAt).tz(meeting.zone).format('YYYY-MM-DDTHH:mm'),
      zone: meeting.zone,
    })),
  };
  const { present } = ctx.view;
  const words = messages(ctx.view.locale).reminders;
  const lines = reminders.map(
    ({ meeting, kind, dueAt }) =>
      `${present.moment(dueAt, meeting.zone, ctx.view)} · ${kindLabel(kind, words)} · #${meeting.number} ${present.text(meetingTitle(meeting, ctx.view.locale))}`,
  );
  const span = `${new Date(from).toISOString()} – ${new Date(to).toISOString()}`;
  return {
    embeds: [
      {
        title: words.previewTitle({ n: reminders.length, span }),
        // The terminal prints it all: no Discord limits here.
        description: lines.join('\n') || words.none,
      },
    ],
    json: () => json,
  };
}

function kindLabel(kind: string, words: Messages['reminders']): string {
  if (kind.startsWith('lead:')) return words.before(words.leads([Number(kind.slice(5))]));
  return kind === 'day-before' ? words.dayBeforeRule : words.firstDayRule;
}
