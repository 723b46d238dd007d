/** Following people and places, as the rest of the code sees it (db/follows.ts and db/follow-notices.ts store it). */

export type FollowKind = 'participant' | 'place';

/** One thing a member follows in one server, with its names. */
export interface Follow {
  kind: FollowKind;
  id: number;
  name: string | null;
  nameAr: string | null;
}

/** A server may let one member follow this many people and places. */
export const MAX_FOLLOWS = 25;

/** What the follow commands need from storage. */
export interface FollowStore {
  /** Follows a participant or a place; false when the member followed it already. */
  follow(calendarId: number, userId: string, kind: FollowKind, id: number, now: number): boolean;
  /** Stops following; false when the member did not follow it. */
  unfollow(calendarId: number, userId: string, kind: FollowKind, id: number): boolean;
  /** What a member follows in one server, oldest first. */
  follows(calendarId: number, userId: string): Follow[];
}

/** One meeting in a notice, and what happened to it. */
export interface NoticeItem {
  meetingNumber: number;
  change: 'added' | 'changed';
}

/** A direct message owed to a follower: the meetings of one server added or changed since the last. */
export interface FollowNotice {
  id: number;
  calendarId: number;
  userId: string;
  attempts: number;
  items: NoticeItem[];
}

/** The notices owed to followers (db/follow-notices.ts). */
export interface NoticeOutbox {
  /** Claims the notices due (and those a stopped process left claimed), oldest first. */
  claim(now: number, limit: number): FollowNotice[];
  markSent(id: number, messageId: string | null, now: number): void;
  /** Their DMs are closed: shown to them the next time they use the bot in that server. */
  markClosed(id: number, now: number): void;
  markRetry(id: number, reason: string, at: number, now: number): void;
  markFailed(id: number, reason: string, now: number): void;
  /** Puts a claimed notice back, as never attempted (the bot is stopping). */
  release(id: number): void;
  /** The notices a member could not be sent (closed DMs) in one server, not shown yet. */
  closed(calendarId: number, userId: string): FollowNotice[];
  markShown(ids: readonly number[], now: number): void;
}
