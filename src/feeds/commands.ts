/**
 * `/calendar feeds add|list|remove|pause` and `/settings import-threshold` (and the terminal's
 * `meetings feeds`): following news feeds, one server's list at a time. Manage Events for the
 * feeds, Manage Server for the threshold, checked on every call.
 */

import { UserError } from '../errors.js';
import type { HandlerContext } from '../handlers/context.js';
import { MANAGE_EVENTS, MANAGE_GUILD, requirePermission } from '../handlers/permissions.js';
import { messages } from '../i18n/index.js';
import type { Reply } from '../replies/reply.js';
import { MAX_FEEDS_PER_SERVER, type FeedMode, type FeedStore } from './types.js';

export interface AddFeedOptions {
  url: string;
  language?: string | undefined;
  channel?: string | undefined;
  mode?: string | undefined;
}

function feedsOf(ctx: HandlerContext): FeedStore {
  if (!ctx.newsFeeds) throw new Error('this front-end has no feeds');
  return ctx.newsFeeds;
}

/** A typed feed url, checked (http or https) and written one way, so one feed is one row. */
export function feedUrl(typed: string): string {
  let url: URL;
  try {
    url = new URL(typed.trim());
  } catch {
    throw new UserError('notFeedUrl', typed);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UserError('notFeedUrl', typed);
  url.hash = '';
  return url.href;
}

/** Follows a feed (or changes how it is followed). */
export function addFeed(ctx: HandlerContext, options: AddFeedOptions): Reply {
  requirePermission(ctx.actor, MANAGE_EVENTS);
  const url = feedUrl(options.url);
  const mode: FeedMode = options.mode === 'auto' ? 'auto' : 'review';
  const language = options.language === 'ar' || options.language === 'en' ? options.language : null;
  const channelId = options.channel ?? ctx.actor.channelId ?? null;
  const { created } = feedsOf(ctx).subscribe(
    { calendarId: ctx.scope.calendar.id, url, language, channelId, mode, by: ctx.actor.userId },
    ctx.clock.now(),
  );
  const t = messages(ctx.view.locale).feeds;
  return {
    content: created ? t.added(url, mode, channelId) : t.updated(url),
    json: () => ({ url, mode, language, channel: channelId, created }),
  };
}

/** The feeds this server follows, each with how it is followed and whether it works. */
export function listFeeds(ctx: HandlerContext): Reply {
  const t = messages(ctx.view.locale).feeds;
  const subs = feedsOf(ctx).subscriptions(ctx.scope.calendar.id);
  if (subs.length === 0) return { content: t.listEmpty, ephemeral: true, json: () => ({ feeds: [] }) };
  const state = (sub: (typeof subs)[number]) =>
    sub.paused ? t.statePaused : sub.failure ? t.stateFailing(t.failure[sub.failure]) : t.stateOk;
  return {
    content: '',
    embeds: [
      {
        title: t.listTitle(subs.length, MAX_FEEDS_PER_SERVER),
        description: subs.map((sub) => `• ${t.listLine(sub.url, sub.mode, sub.channelId, state(sub))}`).join('\n'),
      },
    ],
    ephemeral: true,
    json: () => ({
      feeds: subs.map((sub) => ({
        url: sub.url,
        title: sub.title,
        mode: sub.mode,
        language: sub.language,
        channel: sub.channelId,
        paused: sub.paused,
        failure: sub.failure,
        gone: sub.gone,
      })),
    }),
  };
}

function subscriptionNamed(ctx: HandlerContext, typed: string) {
  const url = feedUrl(typed);
  const sub = feedsOf(ctx).subscriptionByUrl(ctx.scope.calendar.id, url);
  if (!sub) throw new UserError('noSuchFeed', url);
  return sub;
}

/** Stops following a feed. */
export function removeFeed(ctx: HandlerContext, typed: string): Reply {
  requirePermission(ctx.actor, MANAGE_EVENTS);
  const sub = subscriptionNamed(ctx, typed);
  feedsOf(ctx).unsubscribe(sub);
  return { content: messages(ctx.view.locale).feeds.removed(sub.url), json: () => ({ removed: sub.url }) };
}

/** Pauses a feed, or reads it again when it was paused. */
export function pauseFeed(ctx: HandlerContext, typed: string): Reply {
  requirePermission(ctx.actor, MANAGE_EVENTS);
  const sub = subscriptionNamed(ctx, typed);
  feedsOf(ctx).setPaused(sub, !sub.paused);
  const t = messages(ctx.view.locale).feeds;
  return {
    content: sub.paused ? t.resumed(sub.url) : t.paused(sub.url),
    json: () => ({ url: sub.url, paused: !sub.paused }),
  };
}

/** `/settings import-threshold`: the confidence (50 to 100 %) at which auto mode adds a meeting unasked. */
export function setImportThreshold(ctx: HandlerContext, percent: number): Reply {
  requirePermission(ctx.actor, MANAGE_GUILD);
  if (!Number.isInteger(percent) || percent < 50 || percent > 100) throw new UserError('thresholdRange');
  feedsOf(ctx).setThreshold(ctx.scope.calendar.id, percent / 100);
  return {
    content: messages(ctx.view.locale).feeds.thresholdSet(percent),
    json: () => ({ importThreshold: percent / 100 }),
  };
}
