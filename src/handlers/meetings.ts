/**
 * The answers to `/meetings …`: which meetings, in what words. The Discord command and the
 * terminal both call these; neither decides what an answer says.
 */
import { parseDayInput } from '../calendar/day-input.js';
import {
  findMeeting,
  meetingsAtPlace,
  meetingsBetween,
  meetingsOfParticipant,
  meetingsInFull,
  meetingsOn,
  pastMeetings,
  upcomingMeetings,
  type Listing,
  type Paging,
} from '../calendar/queries.js';
import type { MeetingSummary } from '../calendar/types.js';
import { messages } from '../i18n/index.js';
import { pageButtons as pageButtonsIn } from '../replies/page-buttons.js';
import { encodeCustomId } from '../replies/custom-id.js';
import {
  formatDay,
  joinWithin,
  localName,
  meetingEmbed,
  meetingJson,
  meetingLine,
  meetingTitle,
  whenText,
} from '../replies/meeting-view.js';
import { clip, LIMITS, type Reply, type ReplyButton, type ReplyEmbed } from '../replies/reply.js';
import type { HandlerContext } from './context.js';
import { CHANGES_REMINDERS, holds } from './permissions.js';

/** A question that lists meetings; page buttons carry it to ask for another page. */
export type ListingQuery =
  | { kind: 'upcoming'; days?: number | undefined; participant?: string | undefined; place?: string | undefined }
  | { kind: 'on'; date: string }
  | { kind: 'between'; from: string; to: string }
  | { kind: 'past' }
  | { kind: 'participant'; name: string }
  | { kind: 'place'; name: string };

interface Answer {
  title: string;
  listing: Listing;
  /** The query with names and days resolved, so another page means the same thing. */
  resolved: ListingQuery;
  /** What to say when the listing is empty, before the nearest meetings. */
  nothing: string;
  /** A line under the listing (how to turn reminders on). */
  hint?: string | undefined;
}

/** Lists meetings for any listing question, one page of them. */
export function listMeetings(ctx: HandlerContext, query: ListingQuery, page = 1): Reply {
  const answer = answerListing(ctx, query, { page, size: ctx.pageSize });
  return listingReply(ctx, answer, query);
}

/** One meeting in full: `which` is its number or words of its title (the nearest to now). */
export function showMeeting(ctx: HandlerContext, which: string): Reply {
  const meeting = findMeeting(ctx.scope, which, ctx.clock.now());
  return { embeds: [meetingEmbed(meeting, ctx.view)], json: () => ({ meetings: [meetingJson(meeting)] }) };
}

function answerListing(ctx: HandlerContext, query: ListingQuery, paging: Paging): Answer {
  const t = messages(ctx.view.locale);
  const { scope, clock, view } = ctx;
  const day = (text: string) => parseDayInput(text, clock.now(), scope.calendar.timezone);
  const names = (items: { name: string | null; nameAr: string | null }[]) =>
    items.map((item) => view.present.text(localName(item, view.locale))).join(', ');
  const ids = (items: { id: number }[]) => `#${items.map((item) => item.id).join(',')}`;

  switch (query.kind) {
    case 'upcoming': {
      const listing = upcomingMeetings(scope, clock.now(), query, paging);
      const about = [
        listing.participants.length > 0 ? t.withParticipants(names(listing.participants)) : '',
        listing.places.length > 0 ? t.atPlaces(names(listing.places)) : '',
      ].filter(Boolean);
      return {
        title: [t.upcomingTitle(listing.days), ...about].join(' '),
        listing,
        resolved: {
          kind: 'upcoming',
          days: listing.days,
          participant: query.participant ? ids(listing.participants) : undefined,
          place: query.place ? ids(listing.places) : undefined,
        },
        nothing: [t.nothingInNext(listing.days), ...about].join(' '),
        hint: remindersOffHint(ctx),
      };
    }
    case 'on': {
      const date = day(query.date);
      return {
        title: t.onTitle(formatDay(date, view.locale)),
        listing: meetingsOn(scope, date, paging),
        resolved: { kind: 'on', date },
        nothing: t.nothingOnDay(formatDay(date, view.locale)),
      };
    }
    case 'between': {
      const from = day(query.from);
      const to = day(query.to);
      const [fromText, toText] = [formatDay(from, view.locale), formatDay(to, view.locale)];
      return {
        title: t.betweenTitle(fromText, toText),
        listing: meetingsBetween(scope, from, to, paging),
        resolved: { kind: 'between', from, to },
        nothing: t.nothingBetween(fromText, toText),
      };
    }
    case 'past':
      return {
        title: t.pastTitle,
        listing: pastMeetings(scope, clock.now(), paging),
        resolved: query,
        nothing: t.nothingAtAll,
      };
    case 'participant': {
      const listing = meetingsOfParticipant(scope, query.name, paging);
      const who = names(listing.participants);
      return {
        title: t.participantTitle(who),
        listing,
        resolved: { kind: 'participant', name: ids(listing.participants) },
        nothing: t.noMeetingsOf(who),
      };
    }
    case 'place': {
      const listing = meetingsAtPlace(scope, query.name, paging);
      const where = names(listing.places);
      return {
        title: t.placeTitle(where),
        listing,
        resolved: { kind: 'place', name: ids(listing.places) },
        nothing: t.noMeetingsIn(where),
      };
    }
  }
}

/** Discord's limit on a button's custom id. */
const MAX_CUSTOM_ID_LENGTH = 100;

function listingReply(ctx: HandlerContext, answer: Answer, asked: ListingQuery): Reply {
  const { listing } = answer;
  let embeds: ReplyEmbed[] | undefined;
  return {
    // Written when first shown: `meetings upcoming --json` prints the data alone, and a start's
    // first date or number formatter costs 50 to 90 ms and 9 MB (ICU's data), issue 19.
    get embeds() {
      return (embeds ??= [listingEmbed(ctx, answer)]);
    },
    buttons: pageButtons(ctx, answer, asked),
    // The listing's meetings in full (with participants and sources), only for those who ask.
    json: () => ({
      meetings: meetingsInFull(
        ctx.scope,
        listing.meetings.map((m) => m.number),
      ).map(meetingJson),
      total: listing.total,
      page: listing.page,
      pageCount: listing.pageCount,
    }),
  };
}

function listingEmbed(ctx: HandlerContext, answer: Answer): ReplyEmbed {
  const { listing } = answer;
  const t = messages(ctx.view.locale);
  const description =
    listing.total > 0
      ? joinWithin(
          listing.meetings.map((m) => meetingLine(m, ctx.view)),
          LIMITS.embedDescription,
        ).replace(/\n(?=\*\*#|#)/g, '\n\n')
      : nothingText(ctx, answer.nothing, listing);
  return {
    title: clip(answer.title, LIMITS.embedTitle),
    description,
    footer:
      [
        listing.total > 0 ? t.pageFooter(listing.page, listing.pageCount, t.meetingCount(listing.total)) : '',
        answer.hint ?? '',
      ]
        .filter(Boolean)
        .join('\n') || undefined,
  };
}

/** "Nothing in the next 7 days; the last meeting was … on …, the next known is … on …". */
function nothingText(ctx: HandlerContext, nothing: string, listing: Listing): string {
  const t = messages(ctx.view.locale);
  if (!listing.nearest) return `${nothing}.`;
  const { last, next } = listing.nearest;
  if (!last && !next) return t.nothingAtAll;
  const about = (m: MeetingSummary) => {
    const when = whenText(m, ctx.view);
    const vague = m.precision === 'week' || m.precision === 'month';
    return [
      ctx.view.present.bold(`#${m.number} · ${ctx.view.present.text(meetingTitle(m, ctx.view.locale))}`),
      vague ? when : t.onWhen(when),
    ] as const;
  };
  const lastText = last ? t.lastWas(...about(last)) : t.noneBefore;
  const nextText = next ? t.nextIs(...about(next)) : t.noneAfter;
  return `${nothing}; ${lastText}, ${nextText}.`;
}

/**
 * Previous/next buttons carrying the question. The resolved one (ids) means the same thing on
 * every page; when a name matched so many that their ids overflow Discord's 100 characters,
 * the question as typed is carried instead; when even that is too long, no buttons.
 */
function pageButtons(ctx: HandlerContext, answer: Answer, asked: ListingQuery): ReplyButton[] | undefined {
  const { page, pageCount } = answer.listing;
  if (pageCount <= 1) return undefined;
  const fits = (q: ListingQuery) =>
    `meetings:page:${JSON.stringify({ q, p: pageCount + 1 })}`.length <= MAX_CUSTOM_ID_LENGTH;
  const query = [answer.resolved, asked].find(fits);
  if (!query) return undefined;
  const to = (target: number) => encodeCustomId('meetings', 'page', { q: query, p: target });
  return pageButtonsIn(ctx.view.locale, to, page, pageCount);
}

/**
 * "Reminders are off here", for a member who can turn them on (and only then is the setting
 * read): the others can do nothing about it.
 */
function remindersOffHint(ctx: HandlerContext): string | undefined {
  if (!ctx.reminders || !holds(ctx.actor, CHANGES_REMINDERS)) return undefined;
  const off = !ctx.reminders.store.settings(ctx.scope.calendar.id).channelId;
  return off ? messages(ctx.view.locale).remindersOff : undefined;
}
