/**
 * Importing an article (Manage Events): a preview of the meetings found, each with its source
 * sentence, then Confirm or Discard, which only the person who asked may press.
 */
import { parseDayInput } from '../calendar/day-input.js';
import {
  discardArticle,
  importArticle,
  previewArticle,
  publicationDay,
  type ArticleInput,
} from '../calendar/import-article.js';
import { meetingsInFull } from '../calendar/queries.js';
import { UserError } from '../errors.js';
import { messages, type Locale } from '../i18n/index.js';
import type { MeetingDraft } from '../calendar/types.js';
import { encodeCustomId } from '../replies/custom-id.js';
import { extractMeetings } from '../extract/index.js';
import { draftEmbed, draftEntry, draftJson, draftOption } from '../replies/draft-view.js';
import { formatDay, meetingJson, type View } from '../replies/meeting-view.js';
import { formReply, type Reply, type ReplyEmbed } from '../replies/reply.js';
import type { HandlerContext } from './context.js';
import { MANAGE_EVENTS, requirePermission } from './permissions.js';

/** Up to this many meetings, a preview shows each in full; more, each as a compact entry of one list. */
const IN_FULL = 3;
/** Meetings that can be left out in the preview's menu (Discord's menus hold 25 choices); the rest are always added. */
const IN_MENU = 25;

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

/**
 * Which of an article's meetings to add, as the preview's buttons and menu carry it: the
 * stored article `s`, the asker `u`, the meetings left out `k` (a bit per meeting of the menu,
 * base 36; none when all are kept), `a` when the publication day was assumed, and `p` the
 * preview's name (its Confirm works once: a second press says it was done already). Their
 * custom ids stay within Discord's 100 characters (20-digit ids, 25 meetings unticked).
 */
export interface ImportChoice {
  s: number;
  u: string;
  k?: string;
  a?: 1;
  /** Absent on the buttons of previews shown before previews were named. */
  p?: string;
}

/** Whether the meeting at `index` of a preview is to be added: the menu left it ticked, or it was past the menu. */
export function keptBy(choice: ImportChoice): (index: number) => boolean {
  const leftOut = choice.k ? parseInt(choice.k, 36) : 0;
  return (index) => index >= IN_MENU || (leftOut & (1 << index)) === 0;
}

/** A draft with the title a person gave, in the reader's language (the other language's is kept). */
function withTitle(draft: MeetingDraft, title: string, locale: Locale): MeetingDraft {
  return locale === 'ar' ? { ...draft, titleAr: title } : { ...draft, title };
}

/**
 * The preview of an article (its meetings, the day assumed, the menu and the buttons);
 * `leftOut`: a bit per meeting unticked; `name`: the preview's (a new one, unless the same
 * preview is shown again with other meetings ticked).
 */
export function articlePreview(
  ctx: HandlerContext,
  input: ArticleInput,
  leftOut = 0,
  assumed = !input.published,
  name = previewToken(),
): Reply {
  const t = messages(ctx.view.locale);
  const now = ctx.clock.now();
  const zone = ctx.scope.calendar.timezone;
  const preview = previewArticle(ctx.scope, input, now);
  const found = preview.extraction.meetings;
  if (found.length === 0) {
    discardArticle(ctx.scope, preview.sourceId);
    return { content: t.importNothing, ephemeral: true, json: () => ({ meetings: [] }) };
  }
  const published = publicationDay(input.published, now, input.timezone ?? zone);
  const kept = keptBy({ s: 0, u: '', k: leftOut.toString(36) });
  const chosen = found.filter((_, i) => kept(i)).length;
  const low = found.filter((draft) => draft.confidence?.level === 'low').length;
  const choice: ImportChoice = {
    s: preview.sourceId,
    u: ctx.actor.userId,
    ...(leftOut ? { k: leftOut.toString(36) } : {}),
    ...(assumed ? { a: 1 as const } : {}),
    p: name,
  };
  const content = [
    t.importPreview(found.length, preview.existing.filter(Boolean).length),
    t.importPublished(formatDay(published, ctx.view.locale), assumed),
    low > 0 ? t.importLowConfidence(low) : '',
    found.length > 1 ? t.importUntick : '',
    found.length > IN_MENU ? t.importFirstOnly(IN_MENU) : '',
    chosen < found.length ? t.importChosen(chosen, found.length) : '',
  ];
  const existing = (i: number) => preview.existing[i] ?? null;
  const embeds =
    found.length <= IN_FULL
      ? found.map((draft, i) => draftEmbed(ctx.view, zone, draft, existing(i)))
      : [
          {
            title: t.importFoundTitle,
            description: found.map((draft, i) => draftEntry(ctx.view, zone, draft, existing(i), i)).join('\n\n'),
          },
        ];
  const asked = { s: choice.s, u: choice.u };
  return {
    content: content.filter(Boolean).join('\n'),
    embeds,
    ...(found.length > 1
      ? {
          select: {
            customId: encodeCustomId('calendar', 'pick', { ...asked, ...(assumed ? { a: 1 } : {}), p: name }),
            placeholder: t.importPick,
            options: found.slice(0, IN_MENU).map((draft, i) => draftOption(ctx.view, draft, i, kept(i))),
            minValues: 0,
          },
        }
      : {}),
    buttons: [
      {
        customId: encodeCustomId('calendar', 'import', choice),
        label: t.importButton(chosen),
        style: 'success',
        disabled: chosen === 0,
      },
      {
        customId: encodeCustomId('calendar', 'titles', choice),
        label: t.titlesButton,
        style: 'primary',
        disabled: chosen === 0,
      },
      {
        customId: encodeCustomId('calendar', 'day', { ...asked, ...(assumed ? { a: 1 } : {}) }),
        label: t.dayButton,
        style: 'secondary',
      },
      { customId: encodeCustomId('calendar', 'discard', asked), label: t.discardButton, style: 'secondary' },
    ],
    ephemeral: true,
    json: () => ({
      published,
      publishedAssumed: assumed,
      meetings: found.map((draft, i) => ({ ...draftJson(draft), updates: preview.existing[i]?.number ?? null })),
    }),
  };
}

/** A choice made in the preview's menu: the same preview, with the meetings left out unticked. */
export function pickImport(ctx: HandlerContext, data: ImportChoice, values: readonly string[]): Reply {
  if (ctx.actor.userId !== data.u) throw new UserError('onlyArticleOwner');
  requirePermission(ctx.actor, MANAGE_EVENTS);
  const source = ctx.scope.store.source(data.s);
  if (!source) throw new UserError('articleGone');
  const chosen = new Set(values.map(Number));
  let leftOut = 0;
  for (let i = 0; i < IN_MENU; i++) if (!chosen.has(i)) leftOut |= 1 << i;
  const input = { text: source.text, published: source.published ?? undefined, timezone: source.timezone ?? undefined };
  // Not private: it replaces the preview it was chosen in.
  return { ...articlePreview(ctx, input, leftOut, data.a === 1, data.p), ephemeral: false };
}

/** The answer to Confirm or Discard. */
export function answerImport(ctx: HandlerContext, action: 'import' | 'discard', data: ImportChoice): Reply {
  if (ctx.actor.userId !== data.u) throw new UserError('onlyArticleOwner');
  requirePermission(ctx.actor, MANAGE_EVENTS);
  if (action === 'discard') {
    discardArticle(ctx.scope, data.s);
    return { content: messages(ctx.view.locale).importDiscarded, embeds: [], buttons: [] };
  }
  return importChosen(ctx, data);
}

/**
 * Adds the meetings of a preview as chosen: those its menu kept, with the titles `titles`
 * gives (by their place in the preview) instead of the reader's.
 */
export function importChosen(
  ctx: HandlerContext,
  data: ImportChoice,
  titles: ReadonlyMap<number, string> = new Map(),
): Reply {
  const t = messages(ctx.view.locale);
  const kept = keptBy(data);
  let keptAny = false;
  const confirmation = { preview: data.p ?? '', by: data.u };
  const result = importArticle(ctx.scope, data.s, ctx.clock.now(), confirmation, (draft, i) => {
    if (!kept(i)) return null;
    keptAny = true;
    const title = titles.get(i);
    return title === undefined ? draft : withTitle(draft, title, ctx.view.locale);
  });
  const { already } = result;
  if (!already && !keptAny) throw new UserError('noMeetingChosen');
  const ids = [...result.added, ...result.updated];
  return {
    content: already
      ? t.importAlreadyDone(
          userShown(already.by),
          ctx.view.present.moment(already.at, ctx.scope.calendar.timezone, ctx.view),
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
  // node:crypto taken when a preview is made, not on import: `meetings extract` loads this module and makes none (7-10 ms of CPU).
  return process.getBuiltinModule('node:crypto').randomBytes(6).toString('base64url');
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
  let embeds: ReplyEmbed[] | undefined;
  // Words written when shown: `meetings extract --json` prints the data alone.
  return {
    get content() {
      const day = t.importPublished(formatDay(published, view.locale), !input.published?.trim());
      return extraction.meetings.length === 0 ? `${t.importNothing}\n${day}` : day;
    },
    get embeds() {
      return (embeds ??= extraction.meetings.map((draft) => draftEmbed(view, extraction.timezone, draft, null)));
    },
    json: () => ({ language: extraction.language, published, meetings: extraction.meetings.map(draftJson) }),
  };
}
