/** `/calendar feeds …`: the subcommand group of followed news feeds (Manage Events, as all of /calendar). */
import type { SlashCommandStringOption, SlashCommandSubcommandGroupBuilder } from '@discordjs/builders';
import { ChannelType } from 'discord-api-types/v10';
import { UserError } from '../src/errors.js';
import { addFeed, listFeeds, pauseFeed, removeFeed } from '../src/feeds/commands.js';
import { addFromPost, discardPost, undoPost, type PostRef } from '../src/feeds/decide.js';
import type { CommandContext, CommandInput } from './command.js';
import { stringOption } from './options.js';
import type { Reply } from '../src/replies/reply.js';

const urlOption = (o: SlashCommandStringOption) => o.setName('url').setRequired(true).setMaxLength(500);

/** A subcommand of the group as the router gives it ("group subcommand"). */
export const feedsSubcommand = (name: string) => `feeds ${name}`;

/** The `feeds` group of `/calendar`. */
export function feedsGroup(group: SlashCommandSubcommandGroupBuilder): SlashCommandSubcommandGroupBuilder {
  return group
    .setName('feeds')
    .setDescription('News feeds read for meetings · الخلاصات الإخبارية')
    .addSubcommand((sub) =>
      sub
        .setName('add')
        .setDescription('Follow an RSS, Atom or JSON feed · متابعة خلاصة')
        .addStringOption((o) => urlOption(o).setDescription("The feed's address (http or https) · عنوان الخلاصة"))
        .addStringOption((o) =>
          o
            .setName('language')
            .setDescription("The articles' language (default: detected) · لغة المقالات")
            .addChoices({ name: 'العربية', value: 'ar' }, { name: 'English', value: 'en' }),
        )
        .addChannelOption((o) =>
          o
            .setName('review_channel')
            .setDescription('Where its articles are posted (default: here) · قناة المراجعة')
            .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement),
        )
        .addStringOption((o) =>
          o
            .setName('mode')
            .setDescription('review (default), or auto: confident meetings added at once · الوضع')
            .addChoices({ name: 'review', value: 'review' }, { name: 'auto', value: 'auto' }),
        ),
    )
    .addSubcommand((sub) => sub.setName('list').setDescription('The feeds this server follows · الخلاصات المتابعة'))
    .addSubcommand((sub) =>
      sub
        .setName('remove')
        .setDescription('Stop following a feed · إلغاء المتابعة')
        .addStringOption((o) => urlOption(o).setDescription('The feed, as listed · الخلاصة')),
    )
    .addSubcommand((sub) =>
      sub
        .setName('pause')
        .setDescription('Pause a feed, or read it again · إيقاف مؤقت أو استئناف')
        .addStringOption((o) => urlOption(o).setDescription('The feed, as listed · الخلاصة')),
    );
}

/** Runs `/calendar feeds <sub>`; null when the subcommand is not one of the group's. */
export function runFeeds(ctx: CommandContext, input: CommandInput): Reply | null {
  const url = () => stringOption(input, 'url') ?? '';
  const [group, subcommand] = (input.subcommand ?? '').split(' ');
  if (group !== 'feeds') return null;
  switch (subcommand) {
    case 'add':
      return addFeed(ctx, {
        url: url(),
        language: stringOption(input, 'language'),
        channel: stringOption(input, 'review_channel'),
        mode: stringOption(input, 'mode'),
      });
    case 'list':
      return listFeeds(ctx);
    case 'remove':
      return removeFeed(ctx, url());
    case 'pause':
      return pauseFeed(ctx, url());
    default:
      throw new UserError('unknownSubcommand', input.subcommand ?? '', 'calendar');
  }
}

/** The buttons and menu of a feed's post; null for another component of /calendar. */
export function feedComponent(
  ctx: CommandContext,
  action: string,
  data: unknown,
  values?: readonly string[],
): Reply | null {
  const ref = data as PostRef;
  if (action === 'feed-add') return addFromPost(ctx, ref);
  if (action === 'feed-pick') return addFromPost(ctx, ref, values ?? []);
  if (action === 'feed-discard') return discardPost(ctx, ref);
  if (action === 'feed-undo') return undoPost(ctx, ref);
  return null;
}
