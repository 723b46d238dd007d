/** `/reminders` (Manage Server): where and when the bot reminds the server of its meetings. */
import { SlashCommandBuilder } from '@discordjs/builders';
import { ChannelType } from 'discord-api-types/v10';
import { UserError } from '../src/errors.js';
import { MANAGE_GUILD } from '../src/handlers/permissions.js';
import {
  pauseReminders,
  setReminderChannel,
  setReminderLeads,
  setReminderRole,
  showReminders,
  testReminders,
} from '../src/handlers/reminders.js';
import { WEEKDAYS } from '../src/digest/types.js';
import { setWeeklyDigest } from '../src/handlers/digest-settings.js';
import type { Command } from './command.js';
import { stringOption } from './options.js';

const data = new SlashCommandBuilder()
  .setName('reminders')
  .setDescription('Reminders before meetings (Manage Server) · التذكيرات')
  .setDMPermission(false)
  .setDefaultMemberPermissions(MANAGE_GUILD)
  .addSubcommand((sub) =>
    sub
      .setName('channel')
      .setDescription('Where to post reminders · قناة التذكيرات')
      .addChannelOption((o) =>
        o
          .setName('channel')
          .setDescription('A text channel · قناة نصية')
          .setRequired(true)
          .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('lead')
      .setDescription('How long before a timed meeting (1d,1h) · متى قبل الاجتماع')
      .addStringOption((o) =>
        o.setName('times').setDescription('e.g. 1d,1h or 2h,15m').setRequired(true).setMaxLength(40),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('role')
      .setDescription('A role to mention in reminders; leave empty for none · دور يُنبَّه')
      .addRoleOption((o) => o.setName('role').setDescription('The role · الدور')),
  )
  .addSubcommand((sub) =>
    sub
      .setName('pause')
      .setDescription('No reminders until a moment, or "off" · إيقاف مؤقت')
      .addStringOption((o) =>
        o.setName('until').setDescription('2020-02-01, 2020-02-01 12:00, or off').setRequired(true).setMaxLength(40),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('digest')
      .setDescription("Each week, the week's meetings in one message kept up to date · ملخص أسبوعي")
      .addChannelOption((o) =>
        o
          .setName('channel')
          .setDescription('Where; leave empty for no digest · القناة')
          .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement),
      )
      .addStringOption((o) =>
        o
          .setName('day')
          .setDescription('Which day (default Monday) · اليوم')
          .addChoices(...WEEKDAYS.map((day) => ({ name: day, value: day }))),
      )
      .addStringOption((o) =>
        o.setName('time').setDescription('Local time HH:mm (default 09:00) · الساعة').setMaxLength(5),
      ),
  )
  .addSubcommand((sub) => sub.setName('show').setDescription('The settings and the next reminders · الإعدادات'))
  .addSubcommand((sub) => sub.setName('test').setDescription('Post a test message in the channel · تجربة'));

export const remindersCommand: Command = {
  repeatable: { subcommands: ['show'] },
  data: data.toJSON(),
  // A test message is posted in the channel before the answer: Discord's 3 seconds may not be enough.
  slow: { run: (input) => input.subcommand === 'test' },
  run(ctx, input) {
    const text = (name: string) => stringOption(input, name);
    switch (input.subcommand) {
      case 'channel':
        return setReminderChannel(ctx, text('channel') ?? '');
      case 'lead':
        return setReminderLeads(ctx, text('times') ?? '');
      case 'role':
        return setReminderRole(ctx, text('role'));
      case 'pause':
        return pauseReminders(ctx, text('until') ?? '');
      case 'digest':
        return setWeeklyDigest(ctx, text('channel'), text('day'), text('time'));
      case 'show':
        return showReminders(ctx);
      case 'test':
        return testReminders(ctx);
      default:
        throw new UserError('unknownSubcommand', input.subcommand ?? '', 'reminders');
    }
  },
};
