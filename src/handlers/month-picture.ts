/**
 * The answer to `/meetings calendar [month] [participant] [place]` (and `npx meetings calendar
 * MONTH --png FILE`): the month's meetings as a PNG grid, in the server's language and week.
 */
import { resolveParticipants, resolvePlaces } from '../calendar/queries.js';
import type { WindowFilter } from '../calendar/store.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/index.js';
import { toAsciiDigits } from '../names/normalize.js';
import { languageWeekStart, type Weekday } from '../picture/month-grid.js';
import { monthPng, monthSpan } from '../picture/month-picture.js';
import { localName } from '../replies/meeting-view.js';
import type { Reply } from '../replies/reply.js';
import { localDay } from '../time/local-days.js';
import type { HandlerContext } from './context.js';

export interface MonthQuery {
  /** YYYY-MM (Arabic-Indic digits too); the calendar's current month when left out. */
  month?: string | undefined;
  participant?: string | undefined;
  place?: string | undefined;
}

const MONTH = /^(\d{4})-(\d{1,2})$/;

/** A typed month as YYYY-MM, or a `UserError` that says how to write one. */
export function parseMonth(text: string): string {
  const match = MONTH.exec(toAsciiDigits(text.trim()));
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12 || Number(match[1]) < 1000) throw new UserError('notMonth', text);
  return `${match[1]}-${String(month).padStart(2, '0')}`;
}

/** The month picture, attached, with a line saying how many meetings it holds. */
export async function monthCalendar(ctx: HandlerContext, query: MonthQuery): Promise<Reply> {
  const { scope, view } = ctx;
  const now = ctx.clock.now();
  const calendar = scope.calendar;
  const today = localDay(now, calendar.timezone);
  const month = query.month?.trim() ? parseMonth(query.month) : today.slice(0, 7);
  const participants = query.participant ? resolveParticipants(scope, query.participant) : [];
  const places = query.place ? resolvePlaces(scope, query.place) : [];
  const filter: WindowFilter = {
    participantIds: query.participant ? participants.map((p) => p.id) : undefined,
    placeIds: query.place ? places.map((p) => p.id) : undefined,
  };
  const { from, to } = monthSpan(month);
  const meetings = scope.store.meetingsOverlapping(from, to, filter).meetings;
  const t = messages(view.locale);
  const names = (items: { name: string | null; nameAr: string | null }[]) =>
    items.map((item) => localName(item, view.locale)).join(view.locale === 'ar' ? '، ' : ', ');
  const subtitle = [
    participants.length > 0 ? t.withParticipants(names(participants)) : '',
    places.length > 0 ? t.atPlaces(names(places)) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const weekStart = (calendar.weekStart ?? languageWeekStart(view.locale)) as Weekday;
  const made = await monthPng({
    month,
    meetings,
    locale: view.locale,
    weekStart,
    today,
    subtitle: subtitle || undefined,
  });
  const { grid, monthName } = made;
  return {
    content: t.pictureReply(view.present.text(monthName), t.meetingCount(grid.total)),
    files: [{ name: `meetings-${month}.png`, data: made.png, description: t.pictureAlt(monthName) }],
    json: () => ({
      month,
      weekStart,
      total: grid.total,
      days: Object.fromEntries(
        grid.weeks
          .flatMap((week) => week.days)
          .filter((day) => day.meetings.length > 0)
          .map((day) => [day.day, day.meetings.map((m) => m.number)]),
      ),
      undated: grid.undated.map((m) => m.number),
      width: made.picture.width,
      height: made.picture.height,
    }),
  };
}
