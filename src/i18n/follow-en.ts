/** The words of following people and places, in English (src/i18n/follow-ar.ts matches it). */
import type { FollowKind } from '../follow/types.js';

/** Expected failures of following, spread into `errors`. */
export const followErrorsEn = {
  followNeedsDiscord: () => 'following sends direct messages, so it works in a Discord server only',
  tooManyFollows: (max: number) =>
    `you follow ${max} people and places in this server already, the most you may; /unfollow one first`,
  notFollowing: (name: string) => `you do not follow ${name} in this server (see /follow list)`,
};

export const followEn = {
  kind: { participant: 'person', place: 'place' } satisfies Record<FollowKind, string>,
  followed: (name: string) =>
    `You follow ${name} in this server now. A direct message tells you when one of their meetings is added or changes day, time, place or status.`,
  already: (name: string) => `You follow ${name} already.`,
  unfollowed: (name: string) => `You no longer follow ${name}.`,
  listTitle: (count: number, max: number) => `What you follow in this server (${count} of ${max})`,
  listEmpty: 'You follow nobody and no place in this server. Start with /follow participant or /follow place.',
  listFooter: 'Direct messages come when their meetings are added or change; /unfollow stops them.',
  noticeTitle: (server: string) => `Meetings you follow in ${server}`,
  change: { added: 'New', changed: 'Changed' } satisfies Record<'added' | 'changed', string>,
  noticeFooter: 'You follow their people or places in that server; /unfollow there stops these messages.',
  closedIntro: 'Your direct messages are closed, so the bot could not tell you of these changes:',
};
