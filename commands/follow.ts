/** `/follow` and `/unfollow`: anyone follows the calendar's people and places, told by direct message. */
import { SlashCommandBuilder, type SlashCommandSubcommandBuilder } from '@discordjs/builders';
import { UserError } from '../src/errors.js';
import { participantChoices, placeChoices } from '../src/handlers/autocomplete.js';
import { follow, followedChoices, listFollows, unfollow } from '../src/follow/commands.js';
import type { FollowKind } from '../src/follow/types.js';
import type { Command } from './command.js';
import { stringOption } from './options.js';

/** The autocompleted name of a participant or a place. */
const withName = (sub: SlashCommandSubcommandBuilder) =>
  sub.addStringOption((o) =>
    o
      .setName('name')
      .setDescription('A name in Arabic or Latin letters · الاسم')
      .setRequired(true)
      .setAutocomplete(true),
  );

const followData = new SlashCommandBuilder()
  .setName('follow')
  .setDescription('Be told by direct message when meetings change · تابِع')
  .setDMPermission(false)
  .addSubcommand((sub) =>
    withName(sub.setName('participant').setDescription('Follow a person, country or organisation · تابِع مشاركاً')),
  )
  .addSubcommand((sub) => withName(sub.setName('place').setDescription('Follow a place · تابِع مكاناً')))
  .addSubcommand((sub) => sub.setName('list').setDescription('What you follow in this server · ما تتابعه'));

const unfollowData = new SlashCommandBuilder()
  .setName('unfollow')
  .setDescription('Stop the direct messages about someone or a place · ألغِ المتابعة')
  .setDMPermission(false)
  .addSubcommand((sub) =>
    withName(sub.setName('participant').setDescription('Stop following a participant · ألغِ متابعة مشارك')),
  )
  .addSubcommand((sub) => withName(sub.setName('place').setDescription('Stop following a place · ألغِ متابعة مكان')));

const kindOf = (subcommand: string | null, command: string): FollowKind => {
  if (subcommand === 'participant' || subcommand === 'place') return subcommand;
  throw new UserError('unknownSubcommand', subcommand ?? '', command);
};

export const followCommand: Command = {
  data: followData.toJSON(),
  run(ctx, input) {
    if (input.subcommand === 'list') return listFollows(ctx);
    return follow(ctx, kindOf(input.subcommand, 'follow'), stringOption(input, 'name') ?? '');
  },
  autocomplete(ctx, input, focused) {
    return input.subcommand === 'place'
      ? placeChoices(ctx.scope, focused.value, ctx.view.locale)
      : participantChoices(ctx.scope, focused.value, ctx.view.locale);
  },
};

export const unfollowCommand: Command = {
  data: unfollowData.toJSON(),
  run(ctx, input) {
    return unfollow(ctx, kindOf(input.subcommand, 'unfollow'), stringOption(input, 'name') ?? '');
  },
  autocomplete(ctx, input, focused) {
    return followedChoices(ctx, kindOf(input.subcommand, 'unfollow'), focused.value);
  },
};
