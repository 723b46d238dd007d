/**
 * Fixing an import preview before anything is added: the titles of the meetings chosen (a form
 * whose submission adds them with those titles) and the publication day the article is read
 * against (a form that shows the preview again, read against that day). Nothing is kept
 * between the two steps but what the buttons and forms carry.
 */
import { parseDayInput } from '../calendar/day-input.js';
import { discardArticle, previewArticle } from '../calendar/import-article.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/index.js';
import { encodeCustomId } from '../replies/custom-id.js';
import { formatDay, meetingTitle } from '../replies/meeting-view.js';
import { clip, formReply, type Reply, type ReplyFormField } from '../replies/reply.js';
import type { HandlerContext } from './context.js';
import { articlePreview, importChosen, keptBy, type ImportChoice } from './import.js';
import { MANAGE_EVENTS, requirePermission } from './permissions.js';

/** Discord's forms hold five inputs: the titles of the first five meetings chosen. */
const TITLES_IN_FORM = 5;
/** A title is at most as long as `/calendar add` takes. */
const TITLE_LENGTH = 200;
/** Discord's limit on a form input's label. */
const LABEL_LENGTH = 45;

/** The form with the titles of the first meetings chosen, each as the reader gave it. */
export function titlesForm(ctx: HandlerContext, choice: ImportChoice): Reply {
  const { drafts } = storedPreview(ctx, choice);
  const kept = keptBy(choice);
  const t = messages(ctx.view.locale);
  const fields: ReplyFormField[] = drafts
    .map((draft, index) => ({ draft, index }))
    .filter(({ index }) => kept(index))
    .slice(0, TITLES_IN_FORM)
    .map(({ draft, index }) => ({
      customId: `t${index}`,
      label: clip(
        [`${index + 1}`, formatDay(draft.date, ctx.view.locale), draft.place.name].filter(Boolean).join(' · '),
        LABEL_LENGTH,
      ),
      required: true,
      maxLength: TITLE_LENGTH,
      value: meetingTitle(draft, ctx.view.locale),
    }));
  return formReply(encodeCustomId('calendar', 'retitle', choice), t.titlesForm, fields);
}

/** The titles form submitted: the meetings chosen are added, with the titles as fixed. */
export function importWithTitles(ctx: HandlerContext, choice: ImportChoice, fields: Record<string, string>): Reply {
  owner(ctx, choice);
  const titles = new Map<number, string>();
  for (const [id, value] of Object.entries(fields)) {
    const index = /^t(\d+)$/.exec(id)?.[1];
    if (index !== undefined && value.trim()) titles.set(Number(index), value.trim());
  }
  return importChosen(ctx, choice, titles);
}

/** The form with the publication day, to read the article against another. */
export function dayForm(ctx: HandlerContext, choice: ImportChoice): Reply {
  owner(ctx, choice);
  const source = ctx.scope.store.source(choice.s);
  if (!source) throw new UserError('articleGone');
  const t = messages(ctx.view.locale).dayForm;
  return formReply(encodeCustomId('calendar', 'redate', { s: choice.s, u: choice.u }), t, [
    { customId: 'published', label: t.label, required: true, maxLength: 40, value: source.published ?? '' },
  ]);
}

/** The day form submitted: the article read again against that day, a new preview. */
export function redatedPreview(ctx: HandlerContext, choice: ImportChoice, typed: string | undefined): Reply {
  owner(ctx, choice);
  const source = ctx.scope.store.source(choice.s);
  if (!source) throw new UserError('articleGone');
  const published = parseDayInput(typed ?? '', ctx.clock.now(), ctx.scope.calendar.timezone);
  // The article is stored once per text: forgotten (when nothing cites it yet), it is stored again with the new day.
  discardArticle(ctx.scope, choice.s);
  return articlePreview(ctx, { text: source.text, published }, 0, false);
}

/** The drafts of a stored article as its preview read them. */
function storedPreview(ctx: HandlerContext, choice: ImportChoice) {
  owner(ctx, choice);
  const source = ctx.scope.store.source(choice.s);
  if (!source) throw new UserError('articleGone');
  const input = { text: source.text, published: source.published ?? undefined, timezone: source.timezone ?? undefined };
  return { drafts: previewArticle(ctx.scope, input, ctx.clock.now()).extraction.meetings };
}

/** Only the one who pasted the article changes its preview. */
function owner(ctx: HandlerContext, choice: ImportChoice): void {
  if (ctx.actor.userId !== choice.u) throw new UserError('onlyArticleOwner');
  requirePermission(ctx.actor, MANAGE_EVENTS);
}
