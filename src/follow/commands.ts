/**
 * `/follow participant|place|list` and `/unfollow participant|place`: any member follows the
 * calendar's people and places in the server they ask in, and is told by direct message when
 * their meetings are added or change. Answers are for the asker alone.
 */
import { resolveParticipants, resolvePlaces } from '../calendar/queries.js';
import { UserError } from '../errors.js';
import type { HandlerContext } from '../handlers/context.js';
import { bothScripts, type Choice, MAX_CHOICE_LENGTH, MAX_CHOICES } from '../handlers/autocomplete.js';
import { messages } from '../i18n/index.js';
import { nameKey } from '../names/normalize.js';
import { joinWithin, localName } from '../replies/meeting-view.js';
import { clip, LIMITS, type Reply } from '../replies/reply.js';
import { MAX_FOLLOWS, type Follow, type FollowKind, type FollowStore } from './types.js';

function storeOf(ctx: HandlerContext): FollowStore {
  if (!ctx.follows) throw new UserError('followNeedsDiscord');
  return ctx.follows;
}

/** The participant or place a typed name (or `#id` from autocomplete) means: the best match. */
function resolveTarget(ctx: HandlerContext, kind: FollowKind, typed: string) {
  const [found] = kind === 'participant' ? resolveParticipants(ctx.scope, typed) : resolvePlaces(ctx.scope, typed);
  if (!found) throw new UserError(kind === 'participant' ? 'typeParticipant' : 'typePlace');
  return found;
}

const shown = (ctx: HandlerContext, names: { name: string | null; nameAr: string | null }) =>
  ctx.view.present.bold(ctx.view.present.text(localName(names, ctx.view.locale)));

/** Follows a participant or a place of this server's calendar. */
export function follow(ctx: HandlerContext, kind: FollowKind, typed: string): Reply {
  const store = storeOf(ctx);
  const target = resolveTarget(ctx, kind, typed);
  const calendarId = ctx.scope.calendar.id;
  const userId = ctx.actor.userId;
  const t = messages(ctx.view.locale).follow;
  const already = store.follows(calendarId, userId);
  if (already.some((f) => f.kind === kind && f.id === target.id))
    return { content: t.already(shown(ctx, target)), ephemeral: true };
  if (already.length >= MAX_FOLLOWS) throw new UserError('tooManyFollows', MAX_FOLLOWS);
  store.follow(calendarId, userId, kind, target.id, ctx.clock.now());
  return {
    content: t.followed(shown(ctx, target)),
    ephemeral: true,
    json: () => ({ followed: { kind, id: target.id } }),
  };
}

/** Stops following a participant or a place (one the member follows, by `#id` or name). */
export function unfollow(ctx: HandlerContext, kind: FollowKind, typed: string): Reply {
  const store = storeOf(ctx);
  const calendarId = ctx.scope.calendar.id;
  const userId = ctx.actor.userId;
  const mine = store.follows(calendarId, userId).filter((f) => f.kind === kind);
  const target = followedNamed(mine, typed);
  if (!target || !store.unfollow(calendarId, userId, kind, target.id))
    throw new UserError('notFollowing', ctx.view.present.text(typed.trim()));
  return {
    content: messages(ctx.view.locale).follow.unfollowed(shown(ctx, target)),
    ephemeral: true,
    json: () => ({ unfollowed: { kind, id: target.id } }),
  };
}

/** What the member follows in this server. */
export function listFollows(ctx: HandlerContext): Reply {
  const store = storeOf(ctx);
  const t = messages(ctx.view.locale).follow;
  const mine = store.follows(ctx.scope.calendar.id, ctx.actor.userId);
  const lines = mine.map((f) => `${ctx.view.present.text(bothScripts(f, ctx.view.locale))} · ${t.kind[f.kind]}`);
  return {
    embeds: [
      {
        title: t.listTitle(mine.length, MAX_FOLLOWS),
        description: lines.length > 0 ? joinWithin(lines, LIMITS.embedDescription) : t.listEmpty,
        footer: lines.length > 0 ? t.listFooter : undefined,
      },
    ],
    ephemeral: true,
    json: () => ({ follows: mine.map(({ kind, id, name, nameAr }) => ({ kind, id, name, nameAr })) }),
  };
}

/** Autocomplete of `/unfollow`: what the member follows of that kind, whose name holds what was typed. */
export function followedChoices(ctx: HandlerContext, kind: FollowKind, typed: string): Choice[] {
  if (!ctx.follows) return [];
  const key = nameKey(typed);
  return ctx.follows
    .follows(ctx.scope.calendar.id, ctx.actor.userId)
    .filter((f) => f.kind === kind && (!key || namesOf(f).some((name) => nameKey(name).includes(key))))
    .slice(0, MAX_CHOICES)
    .map((f) => ({ name: clip(bothScripts(f, ctx.view.locale), MAX_CHOICE_LENGTH), value: `#${f.id}` }));
}

/** The follow a typed `#id` or name means, among the member's own. */
function followedNamed(mine: readonly Follow[], typed: string): Follow | undefined {
  const id = /^#(\d+)$/.exec(typed.trim())?.[1];
  if (id !== undefined) return mine.find((f) => f.id === Number(id));
  const key = nameKey(typed);
  if (!key) return undefined;
  return (
    mine.find((f) => namesOf(f).some((name) => nameKey(name) === key)) ??
    mine.find((f) => namesOf(f).some((name) => nameKey(name).startsWith(key)))
  );
}

const namesOf = (f: Follow) => [f.name, f.nameAr].filter((n): n is string => !!n);
