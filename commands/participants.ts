/** `/participants`: who takes part in the calendar's meetings. */
import { SlashCommandBuilder } from '@discordjs/builders';
import { UserError } from '../src/errors.js';
import { participantChoices } from '../src/handlers/autocomplete.js';
import { listParticipants, showParticipant } from '../src/handlers/participants.js';
import type { Command } from './command.js';
import { stringOption } from './options.js';

const data = new SlashCommandBuilder()
  .setName('participants')
  .setDescription('People, countries and organisations in the calendar · المشاركون')
  .setDMPermission(false)
  .addSubcommand((sub) => sub.setName('list').setDescription('Everyone, with how many meetings · كل المشاركين'))
  .addSubcommand((sub) =>
    sub
      .setName('show')
      .setDescription('One participant: role, other names, meetings · مشارك واحد')
      .addStringOption((o) =>
        o
          .setName('name')
          .setDescription('A name in Arabic or Latin letters · الاسم')
          .setRequired(true)
          .setAutocomplete(true),
      ),
  );

export const participantsCommand: Command = {
  data: data.toJSON(),
  run(ctx, input) {
    if (input.subcommand === 'list') return listParticipants(ctx);
    if (input.subcommand === 'show') return showParticipant(ctx, stringOption(input, 'name') ?? '');
    throw new UserError('unknownSubcommand', input.subcommand ?? '', 'participants');
  },
  autocomplete(ctx, _input, focused) {
    return participantChoices(ctx.scope, focused.value, ctx.view.locale);
  },
  pages: ['page'],
  component(ctx, action, data) {
    if (action !== 'page') throw new UserError('staleButton');
    return listParticipants(ctx, (data as { p: number }).p);
  },
};
