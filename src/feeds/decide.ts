/**
 * Deciding on a feed's post (anyone with Manage Events): add all its meetings, add those chosen
 * in its menu, discard it, or undo meetings added at once (24 hours). Decided once: the first
 * press wins, a later one says who decided. Adding merges a meeting the calendar has already
 * (the same reader's import does), keeping both articles as sources.
 */
import { discardArticle, importArticle } from '../calendar/import-article.js';
import { UserError } from '../errors.js';
import type { HandlerContext } from '../handlers/context.js';
import { draftOf } from '../handlers/manage.js';
import { MANAGE_EVENTS, requirePermission } from '../handlers/permissions.js';
import { messages } from '../i18n/index.js';
import type { Reply } from '../replies/reply.js';
import { feedPostReply, UNDO_MS } from './post-view.js';
import type { FeedPost, FeedStore } from './types.js';

/** What a post's buttons and menu carry: the post's id. */
export interface PostRef {
  p: number;
}

function storeOf(ctx: HandlerContext): FeedStore {
  if (!ctx.newsFeeds) throw new Error('this front-end has no feeds');
  return ctx.newsFeeds;
}

/** The post, if it is this server's: one server never decides on another's. */
function postOf(ctx: HandlerContext, ref: PostRef): FeedPost {
  const post = storeOf(ctx).post(ref.p);
  if (!post || post.calendarId !== ctx.scope.calendar.id) throw new UserError('feedPostGone');
  if (post.decision) throw new UserError('feedPostDecided', `<@${post.decidedBy ?? ''}>`);
  return post;
}

/** Refuses a decision someone made first (between reading the post and deciding). */
function decideOnce(ctx: HandlerContext, post: FeedPost, decision: 'added' | 'discarded' | 'undone'): void {
  if (storeOf(ctx).decide(post.id, decision, ctx.actor.userId)) return;
  throw new UserError('feedPostDecided', `<@${storeOf(ctx).post(post.id)?.decidedBy ?? ''}>`);
}

const who = (ctx: HandlerContext) => (/^\d+$/.test(ctx.actor.userId) ? `<@${ctx.actor.userId}>` : ctx.actor.userId);

/** Adds the post's meetings: all, or those at `chosen` (indexes into the post's meetings). */
export function addFromPost(ctx: HandlerContext, ref: PostRef, chosen?: readonly string[]): Reply {
  requirePermission(ctx.actor, MANAGE_EVENTS);
  const post = postOf(ctx, ref);
  if (post.sourceId === null) throw new UserError('feedPostGone');
  const sourceId = post.sourceId;
  const picked = chosen ? new Set(chosen.map(Number).map((i) => post.positions[i])) : new Set(post.positions);
  if (picked.size === 0) throw new UserError('noMeetingChosen');
  const now = ctx.clock.now();
  const result = ctx.scope.store.transaction(() => {
    decideOnce(ctx, post, 'added');
    const confirmation = { preview: `feed-post:${post.id}`, by: ctx.actor.userId };
    return importArticle(ctx.scope, sourceId, now, confirmation, (draft, i) => (picked.has(i) ? draft : null));
  });
  const line = messages(ctx.view.locale).feeds.decidedAdded(who(ctx), result.added, result.updated);
  return feedPostReply(ctx.view, ctx.scope.calendar.timezone, post, { line });
}

/** Discards the post's article (kept only if a meeting cites it already). */
export function discardPost(ctx: HandlerContext, ref: PostRef): Reply {
  requirePermission(ctx.actor, MANAGE_EVENTS);
  const post = postOf(ctx, ref);
  ctx.scope.store.transaction(() => {
    decideOnce(ctx, post, 'discarded');
    if (post.sourceId !== null) discardArticle(ctx.scope, post.sourceId);
  });
  const line = messages(ctx.view.locale).feeds.decidedDiscarded(who(ctx));
  return feedPostReply(ctx.view, ctx.scope.calendar.timezone, post, { line });
}

/**
 * Undoes what a feed did at once, within 24 hours: removes the meetings it added (those deleted
 * since are left as they are), and puts back those it merged into as they were, no longer citing
 * its article (one changed by someone since keeps that change, and only loses the citation).
 */
export function undoPost(ctx: HandlerContext, ref: PostRef): Reply {
  requirePermission(ctx.actor, MANAGE_EVENTS);
  const post = postOf(ctx, ref);
  if (post.kind !== 'added') throw new UserError('feedPostGone');
  const now = ctx.clock.now();
  if (now > post.createdAt + UNDO_MS) throw new UserError('undoExpired');
  const { removed, restored } = ctx.scope.store.transaction(() => {
    decideOnce(ctx, post, 'undone');
    const { store } = ctx.scope;
    const still = store.meetings(post.added).map((m) => m.number);
    for (const number of still) store.deleteMeeting(number);
    const current = new Map(store.meetings(post.mergedFrom.map((m) => m.number)).map((m) => [m.number, m]));
    const back: number[] = [];
    for (const { number, before, after } of post.mergedFrom) {
      const meeting = current.get(number);
      if (!meeting) continue;
      if (JSON.stringify(draftOf(meeting)) === JSON.stringify(after)) store.updateMeeting(number, before, now);
      if (post.sourceId !== null) store.removeMeetingSource(number, post.sourceId);
      back.push(number);
    }
    return { removed: still, restored: back };
  });
  const line = messages(ctx.view.locale).feeds.decidedUndone(who(ctx), removed, restored);
  return feedPostReply(ctx.view, ctx.scope.calendar.timezone, post, { line });
}
