/** Feeds as the rest of the code sees them (db/feed-repository.ts stores them). */
import type { MeetingDraft } from '../calendar/types.js';

/** `review`: every article's meetings wait for a person; `auto`: confident ones are added at once. */
export type FeedMode = 'review' | 'auto';

/** Why a feed's last poll failed, as the managers are told. */
export type FeedFailure =
  | 'scheme'
  | 'address'
  | 'redirects'
  | 'timeout'
  | 'too-large'
  | 'content-type'
  | 'network'
  | 'malformed'
  | 'html'
  | 'not-found'
  | 'gone'
  | 'server-error'
  | 'refused';

/** A feed (one url), fetched once however many servers follow it. */
export interface Feed {
  id: number;
  url: string;
  title: string | null;
  etag: string | null;
  lastModified: string | null;
  failures: number;
  failure: FeedFailure | null;
  gone: boolean;
  nextPollAt: number;
}

/** One server's following of a feed. */
export interface Subscription {
  id: number;
  feedId: number;
  calendarId: number;
  url: string;
  title: string | null;
  language: 'ar' | 'en' | null;
  channelId: string | null;
  mode: FeedMode;
  paused: boolean;
  /** The failure the managers were last told of. */
  failureTold: FeedFailure | null;
  /** When its first poll was done (null: not yet; older items are then only remembered). */
  readAt: number | null;
  failure: FeedFailure | null;
  gone: boolean;
  nextPollAt: number;
}

/** What a subscription asks for when it is made or changed. */
export interface SubscriptionRequest {
  calendarId: number;
  url: string;
  language: 'ar' | 'en' | null;
  channelId: string | null;
  mode: FeedMode;
  by: string;
}

export type FeedPostKind = 'review' | 'added' | 'failure';
export type FeedPostDecision = 'added' | 'discarded' | 'undone';

/** A post the bot owes a server's channel: written with the item it is about, sent later. */
export interface FeedPost {
  id: number;
  subscriptionId: number;
  calendarId: number;
  kind: FeedPostKind;
  sourceId: number | null;
  /** The article's meetings (their places among those it describes) this post is about. */
  positions: number[];
  /** Those meetings as the reader found them, for the post's view. */
  drafts: MeetingDraft[];
  /** Meetings added at once (auto), which undo deletes. */
  added: number[];
  /** Meetings the calendar had, which the article's were merged into (auto). */
  merged: number[];
  /** Those meetings as they were before the merge and just after it: undo restores them. */
  mergedFrom: MergedMeeting[];
  headline: string | null;
  link: string | null;
  /** The outlet: the feed's title, else its url's host. */
  outlet: string;
  failure: FeedFailure | null;
  channelId: string | null;
  state: 'pending' | 'sent' | 'failed';
  messageId: string | null;
  decision: FeedPostDecision | null;
  decidedBy: string | null;
  createdAt: number;
  /** Failed attempts at sending it so far. */
  attempts: number;
}

/** A meeting an auto-add merged an article into, before and just after. */
export interface MergedMeeting {
  number: number;
  before: MeetingDraft;
  after: MeetingDraft;
}

/** A new post, as ingestion writes it. */
export type NewFeedPost = Partial<Pick<FeedPost, 'merged' | 'mergedFrom'>> &
  Pick<
    FeedPost,
    | 'subscriptionId'
    | 'calendarId'
    | 'kind'
    | 'sourceId'
    | 'positions'
    | 'drafts'
    | 'added'
    | 'headline'
    | 'link'
    | 'failure'
  >;

/** A server follows at most this many feeds. */
export const MAX_FEEDS_PER_SERVER = 50;

/** What the feed commands need from storage (db/feed-repository.ts provides it). */
export interface FeedStore {
  subscribe(request: SubscriptionRequest, now: number): { subscription: Subscription; created: boolean };
  subscriptions(calendarId: number): Subscription[];
  subscriptionByUrl(calendarId: number, url: string): Subscription | null;
  unsubscribe(sub: Subscription): void;
  setPaused(sub: Subscription, paused: boolean): void;
  threshold(calendarId: number): number;
  setThreshold(calendarId: number, threshold: number): void;
  /** A feed post, by id (any server's: the caller checks it is its own). */
  post(id: number): FeedPost | null;
  /** Records a decision once; false when someone decided first. */
  decide(id: number, decision: FeedPostDecision, by: string): boolean;
}
