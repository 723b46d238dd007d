/**
 * How a feed's post reads in its channel: an article's meetings for review (headline, outlet,
 * link, each meeting with its confidence and evidence, as the import preview shows them, with
 * add all / add some / discard), meetings added at once (with undo for 24 hours), a failing
 * feed's notice, and each once decided.
 */
import { messages } from '../i18n/index.js';
import { encodeCustomId } from '../replies/custom-id.js';
import { draftEmbed, draftEntry, draftOption } from '../replies/draft-view.js';
import type { View } from '../replies/meeting-view.js';
import type { Reply, ReplyEmbed } from '../replies/reply.js';
import type { FeedPost } from './types.js';

/** Up to this many meetings, a post shows each in full (as the import preview does). */
const IN_FULL = 3;
/** Meetings added from a feed can be undone for this long. */
export const UNDO_MS = 24 * 3_600_000;

/** What a decision added (or removed), to say under the post once decided. */
export interface Decided {
  line: string;
}

/** The post as sent to its channel, or, once decided, as it reads then (no buttons). */
export function feedPostReply(view: View, zone: string, post: FeedPost, decided?: Decided): Reply {
  const t = messages(view.locale).feeds;
  if (post.kind === 'failure') {
    return { content: t.failureNotice(view.present.text(post.outlet), t.failure[post.failure ?? 'network']) };
  }
  const heading: ReplyEmbed = {
    title: (post.kind === 'added' ? t.addedTitle : t.reviewTitle)(post.outlet),
    description: [
      post.headline ? view.present.bold(view.present.text(post.headline)) : '',
      post.link ? `<${post.link}>` : '',
      post.kind === 'added' ? t.addedFound(post.added, post.merged) : t.reviewFound(post.drafts.length),
    ]
      .filter(Boolean)
      .join('\n'),
  };
  const meetings: ReplyEmbed[] =
    post.drafts.length <= IN_FULL
      ? post.drafts.map((draft) => draftEmbed(view, zone, draft, null))
      : [{ description: post.drafts.map((draft, i) => draftEntry(view, zone, draft, null, i)).join('\n\n') }];
  const embeds = [heading, ...meetings];
  if (decided) return { content: decided.line, embeds, buttons: [] };
  const ref = { p: post.id };
  if (post.kind === 'added') {
    return {
      content: t.undoUntil(view.present.moment(post.createdAt + UNDO_MS, zone, view)),
      embeds,
      buttons: [{ customId: encodeCustomId('calendar', 'feed-undo', ref), label: t.undo, style: 'danger' }],
    };
  }
  return {
    content: '',
    embeds,
    ...(post.drafts.length > 1
      ? {
          select: {
            customId: encodeCustomId('calendar', 'feed-pick', ref),
            placeholder: t.addSome,
            options: post.drafts.slice(0, 25).map((draft, i) => draftOption(view, draft, i, false)),
            minValues: 1,
          },
        }
      : {}),
    buttons: [
      { customId: encodeCustomId('calendar', 'feed-add', ref), label: t.addAll(post.drafts.length), style: 'success' },
      { customId: encodeCustomId('calendar', 'feed-discard', ref), label: t.discard, style: 'secondary' },
    ],
  };
}
