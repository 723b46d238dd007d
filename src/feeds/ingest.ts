/**
 * One new item into one server's calendar, in one transaction: the article stored, its
 * meetings read (the same reader as /calendar import), the item remembered, and the posts it
 * owes written; in `auto` mode the confident meetings are added at once. A crash never loses
 * an item nor reads it twice: either all of that is committed or none of it.
 */
import { discardArticle, importArticle, previewArticle } from '../calendar/import-article.js';
import type { CalendarScope } from '../calendar/queries.js';
import { UserError } from '../errors.js';
import { draftOf } from '../handlers/manage.js';
import { localDay } from '../time/local-days.js';
import type { FeedPosts } from '../../db/feed-posts.js';
import type { FeedRepository } from '../../db/feed-repository.js';
import type { FeedItem } from './parse.js';
import type { Subscription } from './types.js';

export interface IngestDeps {
  feeds: FeedRepository;
  posts: FeedPosts;
  /** A calendar by its id. */
  scopeOf(calendarId: number): CalendarScope;
  /** The confidence (0 to 1) at or above which `auto` adds a meeting without asking. */
  thresholdOf(calendarId: number): number;
}

/** An item with the text it was read from. */
export interface ReadItem extends FeedItem {
  text: string;
}

export interface IngestOutcome {
  meetings: number;
  added: number[];
  review: number;
}

/** The confirmation name of a feed's automatic import (one per subscription and article). */
const autoImport = (sub: Subscription) => `feed-auto:${sub.id}`;

/** Reads one item into a subscription's calendar; null when it was read before (here or by another process). */
export function ingestItem(deps: IngestDeps, sub: Subscription, item: ReadItem, now: number): IngestOutcome | null {
  const scope = deps.scopeOf(sub.calendarId);
  const zone = scope.calendar.timezone;
  // Never a day to come: a feed dated in the future is read as of today.
  const published = localDay(Math.min(item.published ?? now, now), zone);
  return scope.store.transaction(() => {
    if (deps.feeds.seen(sub.id, item.guid, item.url)) return null;
    const input = {
      text: item.text,
      published,
      outlet: sub.title ?? hostOf(sub.url),
      url: item.url,
      title: item.title,
      language: sub.language ?? undefined,
    };
    let preview;
    try {
      preview = previewArticle(scope, input, now);
    } catch (error) {
      // Too short, or in no language the reader knows: read, with nothing in it.
      if (!(error instanceof UserError)) throw error;
      deps.feeds.recordItem(sub.id, item, null, now);
      return { meetings: 0, added: [], review: 0 };
    }
    const found = preview.extraction.meetings;
    if (found.length === 0) {
      discardArticle(scope, preview.sourceId);
      deps.feeds.recordItem(sub.id, item, null, now);
      return { meetings: 0, added: [], review: 0 };
    }
    deps.feeds.recordItem(sub.id, item, preview.sourceId, now);
    const threshold = deps.thresholdOf(sub.calendarId);
    const sure = new Set(
      sub.mode === 'auto' ? found.flatMap((draft, i) => ((draft.confidence?.score ?? 0) >= threshold ? [i] : [])) : [],
    );
    const post = { subscriptionId: sub.id, calendarId: sub.calendarId, sourceId: preview.sourceId };
    const about = { headline: item.title, link: item.url, failure: null };
    let added: number[] = [];
    if (sure.size > 0) {
      const confirmation = { preview: autoImport(sub), by: 'feed' };
      const result = importArticle(scope, preview.sourceId, now, confirmation, (draft, i) =>
        sure.has(i) ? draft : null,
      );
      added = result.added;
      // What each merged meeting was, and became: undo puts it back unless someone changed it since.
      const before = new Map(preview.existing.flatMap((m) => (m ? [[m.number, draftOf(m)] as const] : [])));
      const mergedFrom = scope.store.meetings(result.updated).flatMap((m) => {
        const was = before.get(m.number);
        return was ? [{ number: m.number, before: was, after: draftOf(m) }] : [];
      });
      deps.posts.add(
        {
          ...post,
          ...about,
          kind: 'added',
          positions: [...sure],
          drafts: [...sure].map((i) => found[i]!),
          added,
          merged: result.updated,
          mergedFrom,
        },
        now,
      );
    }
    const review = found.flatMap((_, i) => (sure.has(i) ? [] : [i]));
    if (review.length > 0)
      deps.posts.add(
        { ...post, ...about, kind: 'review', positions: review, drafts: review.map((i) => found[i]!), added: [] },
        now,
      );
    return { meetings: found.length, added, review: review.length };
  });
}

/** A url's host, as an outlet's name when its feed has no title. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
