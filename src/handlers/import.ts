/**
 * Importing an article (Manage Events): a preview of the meetings found, each with its source
 * sentence, then Confirm or Discard, which only the person who asked may press.
 */
import { randomBytes } from 'node:crypto';
import { parseDayInput } from '../calendar/day-input.js';
import {
  discardArticle,
  importArticle,
  previewArticle,
  publicationDay,
  type ArticleInput,
} from '../calendar/import-article.js';
import { resolveMeetingTime } from '../calendar/meeting-time.js';
import { meetingsInFull } from '../calendar/queries.js';
import type { Meeting, MeetingDraft } from '../calendar/types.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/index.js';
import { encodeCustomId } from '../replies/custom-id.js';
import { extractMeetings } from '../extract/index.js';
import { meetingEmbed, meetingJson, type View } from '../replies/meeting-view.js';
import { clip, formReply, LIMITS, type Reply, type ReplyEmbed } from '../replies/reply.js';
import type { HandlerContext } from './context.js';
import { MANAGE_EVENTS, requirePermission } from './permissions.js';

/** Discord shows at most 10 embeds in a message: the preview lists the first ones in full. */
const EMBEDS_IN_PREVIEW = 9;

/** An article as a person gives it: its text, and the publication day as typed (2020-01-28, today, أمس). */
export interface TypedArticle {
  text: string;
  published?: string | undefined;
}

/** The options of `/calendar import`: an attached file comes as its text, read by the front-end. */
export interface ImportOptions {
  file?: string | undefined;
  text?: string | undefined;
  published?: string | undefined;
}

/**
 * `/calendar import`: the article from an attached file or the text option; neither opens a
 * form to paste it into (Discord's forms hold 4000 characters; longer articles go as a file).
 */
export function importFromOptions(ctx: HandlerContext, options: ImportOptions): Reply {
  requirePermission(ctx.actor, MANAGE_EVENTS);
  const published = publishedDay(ctx, options.published);
  if (options.file !== undefined) return articlePreview(ctx, { text: options.file, published });
  if (options.text?.trim()) return articlePreview(ctx, { text: options.text, published });
  const t = messages(ctx.view.locale).importForm;
  return formReply(encodeCustomId('calendar', 'import', 0), t, [
    { customId: 'article', label: t.articleLabel, required: true, maxLength: 4000, long: true },
    { customId: 'published', label: t.publishedLabel, maxLength: 40, placeholder: t.publishedExample },
  ]);
}

/** What the article says, as meetings, with buttons to add them or not. */
export function previewImport(ctx: HandlerContext, typed: TypedArticle): Reply {
  requirePermission(ctx.actor, MANAGE_EVENTS);
  return articlePreview(ctx, { text: typed.text, published: publishedDay(ctx, typed.published) });
}

/** A typed publication day (2020-01-28, today, أمس) as YYYY-MM-DD, or undefined for today. */
function publishedDay(ctx: HandlerContext, typed: string | undefined): string | undefined {
  return typed?.trim() ? parseDayInput(typed, ctx.clock.now(), ctx.scope.calendar.timezone) : undefined;
}

function articlePreview(ctx: HandlerContext, input: ArticleInput): Reply {
  const t = messages(ctx.view.locale);
  const preview = previewArticle(ctx.scope, input, ctx.clock.now());
  const found = preview.extraction.meetings;
  if (found.length === 0) {
    discardArticle(ctx.scope, preview.sourceId);
    return { content: t.importNothing, ephemeral: true, json: () => ({ meetings: [] }) };
  }
  const embeds = found
    .slice(0, EMBEDS_IN_PREVIEW)
    .map((draft, i) => draftEmbed(ctx.view, ctx.scope.calendar.timezone, draft, preview.existing[i] ?? null));
  // p names this preview: its Confirm works once, a second press says it was done already.
  const data = { s: preview.sourceId, u: ctx.actor.userId, p: previewToken() };
  return {
    content: clip(t.importPreview(found.length, preview.existing.filter(Boolean).length), LIMITS.content),
    embeds,
    buttons: [
      { customId: encodeCustomId('calendar', 'import', data), label: t.importButton(found.length), style: 'success' },
      { customId: encodeCustomId('calendar', 'discard', data), label: t.discardButton, style: 'secondary' },
    ],
    ephemeral: true,
    json: () => ({
      meetings: found.map((draft, i) => ({ ...draftJson(draft), updates: preview.existing[i]?.number ?? null })),
    }),
  };
}

/** What a preview's buttons carry: the article, who asked, and the preview itself. */
export interface ImportButtonData {
  s: number;
  u: string;
  /** Absent on the buttons of previews shown before previews were named. */
  p?: string;
}

/** The answer to Confirm or Discard. */
export function answerImport(ctx: HandlerContext, action: 'import' | 'discard', data: ImportButtonData): Reply {
  const t = messages(ctx.view.locale);
  if (ctx.actor.userId !== data.u) throw new UserError('onlyArticleOwner');
  requirePermission(ctx.actor, MANAGE_EVENTS);
  if (action === 'discard') {
    discardArticle(ctx.scope, data.s);
    return { content: t.importDiscarded, embeds: [], buttons: [] };
  }
  const result = importArticle(ctx.scope, data.s, ctx.clock.now(), { preview: data.p ?? '', by: data.u });
  const ids = [...result.added, ...result.updated];
  const { already } = result;
  return {
    content: already
      ? t.importAlreadyDone(
          userShown(already.by),
          ctx.view.present.moment(already.at, ctx.scope.calendar.timezone),
          ids,
        )
      : t.imported(result.added, result.updated),
    embeds: [],
    buttons: [],
    json: () => ({
      added: result.added,
      updated: result.updated,
      meetings: meetingsInFull(ctx.scope, ids).map(meetingJson),
    }),
  };
}

/** Imports without asking (the terminal's `meetings import`, where the command itself is the confirmation). */
export function importNow(ctx: HandlerContext, input: ArticleInput): Reply {
  const preview = previewArticle(ctx.scope, input, ctx.clock.now());
  if (preview.extraction.meetings.length === 0) {
    discardArticle(ctx.scope, preview.sourceId);
    return { content: messages(ctx.view.locale).importNothing, json: () => ({ added: [], updated: [], meetings: [] }) };
  }
  return answerImport(ctx, 'import', { s: preview.sourceId, u: ctx.actor.userId, p: previewToken() });
}

/** A new preview's name, unique enough among one article's previews. */
function previewToken(): string {
  return randomBytes(6).toString('base64url');
}

/** Who confirmed an import, as a reply names them: a Discord user as a mention (never a ping). */
function userShown(userId: string): string {
  return /^\d+$/.test(userId) ? `<@${userId}>` : userId;
}

/**
 * What an article describes, read without any calendar (`meetings extract`): nothing is
 * stored; relative dates resolve against the publication day (default: the day of `now`).
 */
export function extractReply(view: View, input: ArticleInput, now: number): Reply {
  const published = publicationDay(input.published, now, input.timezone ?? 'UTC');
  const extraction = extractMeetings(input.text, { published, timezone: input.timezone });
  const t = messages(view.locale);
  return {
    content: extraction.meetings.length === 0 ? t.importNothing : undefined,
    embeds: extraction.meetings.map((draft) => draftEmbed(view, extraction.timezone, draft, null)),
    json: () => ({ language: extraction.language, published, meetings: extraction.meetings.map(draftJson) }),
  };
}

/** A found meeting, shown as the calendar would show it, with what it would update. */
function draftEmbed(view: View, calendarZone: string, draft: MeetingDraft, existing: Meeting | null): ReplyEmbed {
  const t = messages(view.locale);
  const shown = meetingEmbed(asMeeting(draft, calendarZone), view);
  return {
    ...shown,
    title: clip(
      `${existing ? t.importUpdates(existing.number) : t.importNew} · ${shown.title?.replace(/^#0 · /, '') ?? ''}`,
      LIMITS.embedTitle,
    ),
  };
}

/** A draft dressed as a meeting (id 0) so that it reads exactly as a stored one would. */
function asMeeting(draft: MeetingDraft, calendarZone: string): Meeting {
  const zone = draft.timezone ?? calendarZone;
  const time = resolveMeetingTime(draft, zone);
  return {
    number: 0,
    calendarId: 0,
    title: draft.title,
    titleAr: draft.titleAr,
    precision: draft.precision,
    date: time.date,
    endDate: time.endDate,
    time: time.time,
    startsAt: time.startsAt,
    endsAt: time.endsAt,
    timezone: draft.timezone,
    zone,
    place: draft.place,
    status: draft.status,
    evidence: draft.evidence,
    participants: draft.participants.map((p, i) => ({
      participantId: -i - 1,
      name: p.name,
      nameAr: p.nameAr,
      kind: p.kind,
      role: p.role ?? null,
    })),
    sources: [],
    createdAt: 0,
    updatedAt: 0,
  };
}

/** A found meeting as the calendar's JSON shape (`meetings extract --json`). */
export function draftJson(draft: MeetingDraft) {
  return {
    title: draft.title,
    titleAr: draft.titleAr,
    date: draft.date,
    endDate: draft.endDate ?? draft.date,
    time: draft.time ?? null,
    precision: draft.precision,
    timezone: draft.timezone,
    location: draft.place.name,
    locationAr: draft.place.nameAr,
    country: draft.place.country,
    status: draft.status,
    participants: draft.participants.map((p) => ({
      name: p.name,
      nameAr: p.nameAr,
      kind: p.kind,
      role: p.role ?? null,
    })),
    evidence: draft.evidence,
  };
}
