/** `/settings` (Manage Server): the server calendar's language and time zone. */
import { SlashCommandBuilder } from '@discordjs/builders';
import { UserError } from '../src/errors.js';
import { zoneChoices } from '../src/handlers/place-choices.js';
import { MANAGE_GUILD } from '../src/handlers/permissions.js';
import { MAX_EVENT_DAYS } from '../src/handlers/events-settings.js';
import { setDates, setEvents, setLanguage, setTimezone, setWeekStart, showSettings } from '../src/handlers/settings.js';
import type { Command } from './command.js';
import { integerOption, stringOption } from './options.js';
import { setImportThreshold } from '../src/feeds/commands.js';

const data = new SlashCommandBuilder()
  .setName('settings')
  .setDescription("This server's calendar: language and time zone (Manage Server) · الإعدادات")
  .setDMPermission(false)
  .setDefaultMemberPermissions(MANAGE_GUILD)
  .addSubcommand((sub) =>
    sub
      .setName('language')
      .setDescription('Answer everyone in Arabic or English · لغة الردود')
      .addStringOption((o) =>
        o
          .setName('language')
          .setDescription('ar, en, or auto (each reader’s Discord language) · اللغة')
          .setRequired(true)
          .addChoices(
            { name: 'العربية', value: 'ar' },
            { name: 'English', value: 'en' },
            { name: 'auto', value: 'auto' },
          ),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('timezone')
      .setDescription('The zone of meetings whose place gives none · المنطقة الزمنية')
      .addStringOption((o) =>
        o.setName('zone').setDescription('An IANA zone, e.g. Asia/Damascus').setRequired(true).setAutocomplete(true),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('events')
      .setDescription("Put meetings in Discord's Events tab · فعاليات ديسكورد")
      .addStringOption((o) =>
        o
          .setName('sync')
          .setDescription('on or off · تشغيل أو إيقاف')
          .setRequired(true)
          .addChoices({ name: 'on', value: 'on' }, { name: 'off', value: 'off' }),
      )
      .addIntegerOption((o) =>
        o
          .setName('days')
          .setDescription('How many days ahead (default 14) · كم يوماً مقدماً')
          .setMinValue(1)
          .setMaxValue(MAX_EVENT_DAYS),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('import-threshold')
      .setDescription('How sure a feed in auto mode must be to add a meeting unasked · عتبة الإضافة')
      .addIntegerOption((o) =>
        o
          .setName('percent')
          .setDescription('50 to 100 (default 80) · النسبة')
          .setRequired(true)
          .setMinValue(50)
          .setMaxValue(100),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('weekstart')
      .setDescription('The first day of the week in the month picture · بداية الأسبوع')
      .addStringOption((o) =>
        o
          .setName('day')
          .setDescription('saturday, sunday, monday, or auto (the language’s) · اليوم')
          .setRequired(true)
          .addChoices(
            { name: 'Saturday · السبت', value: 'saturday' },
            { name: 'Sunday · الأحد', value: 'sunday' },
            { name: 'Monday · الاثنين', value: 'monday' },
            { name: 'auto', value: 'auto' },
          ),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('dates')
      .setDescription('How Arabic dates and numbers are written · طريقة كتابة التواريخ')
      .addStringOption((o) =>
        o
          .setName('months')
          .setDescription('Month names · أسماء الأشهر')
          .addChoices(
            { name: 'Levantine · كانون الثاني', value: 'levantine' },
            { name: 'Egypt/Gulf · يناير', value: 'egyptian-gulf' },
            { name: 'Maghrebi · جانفي', value: 'maghrebi' },
          ),
      )
      .addStringOption((o) =>
        o
          .setName('hijri')
          .setDescription('The Hijri date beside the Gregorian one · التاريخ الهجري')
          .addChoices({ name: 'on', value: 'on' }, { name: 'off', value: 'off' }),
      )
      .addStringOption((o) =>
        o
          .setName('digits')
          .setDescription('One digit system for dates and numbers · الأرقام')
          .addChoices({ name: 'Arabic-Indic · ٠١٢٣', value: 'arabic-indic' }, { name: 'Latin · 0123', value: 'latin' }),
      ),
  )
  .addSubcommand((sub) => sub.setName('show').setDescription('The current settings · الإعدادات الحالية'));

export const settingsCommand: Command = {
  repeatable: { subcommands: ['show'] },
  data: data.toJSON(),
  run(ctx, input) {
    switch (input.subcommand) {
      case 'language':
        return setLanguage(ctx, stringOption(input, 'language') ?? '');
      case 'timezone':
        return setTimezone(ctx, stringOption(input, 'zone') ?? '');
      case 'events':
        return setEvents(ctx, stringOption(input, 'sync') === 'on' ? 'on' : 'off', integerOption(input, 'days'));
      case 'weekstart':
        return setWeekStart(ctx, stringOption(input, 'day') ?? '');
      case 'dates':
        return setDates(ctx, {
          months: stringOption(input, 'months'),
          hijri: stringOption(input, 'hijri'),
          digits: stringOption(input, 'digits'),
        });
      case 'show':
        return showSettings(ctx);
      case 'import-threshold':
        return setImportThreshold(ctx, integerOption(input, 'percent') ?? 0);
      default:
        throw new UserError('unknownSubcommand', input.subcommand ?? '', 'settings');
    }
  },
  autocomplete(_ctx, _input, focused) {
    return focused.name === 'zone' ? zoneChoices(focused.value) : [];
  },
};
