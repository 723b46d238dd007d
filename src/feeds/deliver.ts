/**
 * Sending the posts the feeds wrote: each to its subscription's channel, in its server's
 * language, with a nonce made from the post's id (Discord returns the earlier message for a
 * repeated nonce, so a post half-sent before a crash is not posted twice), then recorded as
 * sent. A channel Discord refuses gives the post up; a 5xx or network failure is tried again
 * after growing waits (as reminders are), then given up; either way the server's managers are
 * told once (until a post of that feed goes through again). One failing post never blocks the
 * others.
 */
import type { FeedPosts } from '../../db/feed-posts.js';
import { withDateStyle, type DateStyle } from '../i18n/date-style.js';
import type { Locale } from '../i18n/index.js';
import type { Logger } from '../logger.js';
import { messages } from '../i18n/index.js';
import { DeliveryError, MAX_ATTEMPTS, retryWaitMs, type ReminderSender } from '../reminders/deliver.js';
import type { Presenter } from '../replies/presenter.js';
import { feedPostReply } from './post-view.js';

export interface PostDeliveryDeps {
  posts: FeedPosts;
  sender: ReminderSender;
  present: Presenter;
  /** A calendar's language, zone and date style (the default when absent). */
  calendarOf(calendarId: number): { locale: Locale; timezone: string; dateStyle?: DateStyle | undefined };
  now(): number;
  logger: Logger;
}

export interface PostDeliveryReport {
  sent: number;
  failed: number;
  waiting: number;
}

/** Sends every pending post (oldest first). */
export async function deliverFeedPosts(deps: PostDeliveryDeps): Promise<PostDeliveryReport> {
  const report: PostDeliveryReport = { sent: 0, failed: 0, waiting: 0 };
  if (!deps.sender.ready()) return report;
  for (const post of deps.posts.pending(deps.now())) {
    if (post.channelId === null) {
      deps.posts.markFailed(post.id); // the terminal's feeds: no channel to post in
      report.failed++;
      continue;
    }
    const { locale, timezone, dateStyle } = deps.calendarOf(post.calendarId);
    const reply = withDateStyle(dateStyle, () =>
      feedPostReply({ locale, present: deps.present, now: deps.now() }, timezone, post),
    );
    try {
      const messageId = await deps.sender.send(post.channelId, { reply, roleId: null }, `feed-post-${post.id}`);
      deps.posts.markSent(post.id, messageId);
      report.sent++;
    } catch (error) {
      const outcome = error instanceof DeliveryError ? error.outcome : 'retry';
      const attempts = post.attempts + 1;
      deps.logger.warn('feed post not sent', { post: post.id, channel: post.channelId, outcome, attempts, error });
      if (outcome === 'retry' && attempts < MAX_ATTEMPTS) {
        const wait = retryWaitMs(attempts, error instanceof DeliveryError ? error.retryAfterMs : 0);
        deps.posts.markRetry(post.id, deps.now() + wait);
        report.waiting++;
      } else {
        deps.posts.markFailed(post.id);
        report.failed++;
        if (deps.posts.tellGivenUpOnce(post.subscriptionId)) {
          const reason = error instanceof Error ? error.message : String(error);
          const text = messages(locale).feeds.postsGivenUp(post.channelId, post.outlet, reason);
          await deps.sender.tellAdmins?.(post.calendarId, text).catch(() => false);
        }
      }
    }
  }
  return report;
}
