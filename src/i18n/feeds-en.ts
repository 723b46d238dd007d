/** The words of followed news feeds, in English (src/i18n/feeds-ar.ts matches it). */
import type { FeedFailure, FeedMode } from '../feeds/types.js';

const meetingList = (numbers: readonly number[]) => numbers.map((n) => `#${n}`).join(', ');

/** Expected failures of feeds, spread into `errors`. */
export const feedErrorsEn = {
  tooManyFeeds: (max: number) => `this server follows ${max} feeds already, the most it may; remove one first`,
  notFeedUrl: (url: string) => `"${url}" is not an http or https address`,
  noSuchFeed: (url: string) => `this server follows no feed at ${url} (see /calendar feeds list)`,
  feedPostGone: () => 'this article is no longer stored',
  feedPostDecided: (by: string) => `${by} decided on this article already`,
  thresholdRange: () => 'the threshold is a whole percentage from 50 to 100',
  undoExpired: () => 'meetings added from a feed can be undone for 24 hours only; delete them with /calendar delete',
};

export const feedsEn = {
  mode: { review: 'review', auto: 'add at once' } satisfies Record<FeedMode, string>,
  failure: {
    scheme: 'its address is not http or https',
    address: 'its address is on a private or local network, which the bot never fetches',
    redirects: 'it redirects more than 3 times',
    timeout: 'it did not answer within 10 seconds',
    'too-large': 'it is larger than 2 MB',
    'content-type': 'it is not a feed (wrong content type)',
    network: 'it could not be reached',
    malformed: 'it is not well-formed RSS, Atom or JSON Feed',
    html: 'it is a web page, not a feed (look for its RSS link)',
    'not-found': 'it answers 404: not found',
    gone: 'it answers 410: gone for good, so it is no longer polled',
    'server-error': 'its server answers with an error',
    refused: 'its server refuses the request',
  } satisfies Record<FeedFailure, string>,
  added: (url: string, mode: FeedMode, channel: string | null) =>
    `Following ${url} (${mode === 'auto' ? 'confident meetings added at once, the rest for review' : 'every article with meetings for review'}${channel ? ` in <#${channel}>` : ''}). New articles are read every 15 minutes.`,
  updated: (url: string) => `Already following ${url}: its settings are changed.`,
  listTitle: (count: number, max: number) => `Feeds this server follows (${count} of ${max})`,
  listEmpty: 'This server follows no feed. Add one with /calendar feeds add url:…',
  listLine: (url: string, mode: FeedMode, channel: string | null, state: string) =>
    `${url} · ${mode === 'auto' ? 'add at once' : 'review'}${channel ? ` · <#${channel}>` : ''} · ${state}`,
  stateOk: 'working',
  statePaused: 'paused',
  stateFailing: (reason: string) => `failing: ${reason}`,
  removed: (url: string) => `No longer following ${url}.`,
  paused: (url: string) => `Paused ${url}: it is not read until /calendar feeds pause again.`,
  resumed: (url: string) => `Reading ${url} again.`,
  failureNotice: (url: string, reason: string) =>
    `The feed ${url} could not be read: ${reason}. It is tried again later, less and less often; /calendar feeds remove stops it.`,
  thresholdSet: (percent: number) =>
    `Feeds in auto mode now add a meeting at once when the reader is at least ${percent}% sure of it; the rest go to review.`,
  polled: (feeds: number, review: number, added: number, failures: number) =>
    `Polled ${feeds} feed(s): ${review} article(s) for review, ${added} meeting(s) added at once, ${failures} failure(s).`,
  postsGivenUp: (channel: string, outlet: string, reason: string) =>
    `Posts of the feed ${outlet} could not be sent to <#${channel}> (${reason}) and were given up. Check the bot may post there, or choose another channel with /calendar feeds add.`,
  reviewTitle: (outlet: string) => `From ${outlet}`,
  reviewFound: (count: number) => (count === 1 ? 'One meeting in this article:' : `${count} meetings in this article:`),
  addAll: (count: number) => (count === 1 ? 'Add it' : `Add all ${count}`),
  addSome: 'Add only those chosen here…',
  discard: 'Discard',
  addedTitle: (outlet: string) => `Added from ${outlet}`,
  addedFound: (added: readonly number[], merged: readonly number[]) =>
    [
      added.length ? `Added to the calendar: ${meetingList(added)}.` : '',
      merged.length ? `Already in the calendar, merged with this article: ${meetingList(merged)}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  undo: 'Undo',
  undoUntil: (when: string) => `Undo until ${when}.`,
  decidedAdded: (by: string, added: readonly number[], updated: readonly number[]) =>
    `${by} added ${[...added, ...updated].length ? meetingList([...added, ...updated]) : 'nothing new'}${updated.length ? ` (${meetingList(updated)} already known, merged)` : ''}.`,
  decidedDiscarded: (by: string) => `${by} discarded this article.`,
  decidedUndone: (by: string, removed: readonly number[], restored: readonly number[]) =>
    `${by} undid this: ${
      [
        removed.length ? `${meetingList(removed)} removed` : '',
        restored.length ? `${meetingList(restored)} back as before, without this article` : '',
      ]
        .filter(Boolean)
        .join('; ') || 'nothing left to undo'
    }.`,
};
