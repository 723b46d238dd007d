/**
 * `/calendar`: changing the calendar (Manage Events). Discord applies default member
 * permissions to whole commands, not subcommands, so the changes live apart from the
 * questions of `/meetings`: members without the permission do not even see them.
 */
import { SlashCommandBuilder, type SlashCommandSubcommandBuilder } from '@discordjs/builders';
import { STATUSES } from '../src/calendar/types.js';
import { UserError } from '../src/errors.js';
import { meetingChoices } from '../src/handlers/autocomplete.js';
import { placeChoicesForMeeting, zoneChoices } from '../src/handlers/place-choices.js';
import {
  addMeeting,
  addMeetingForm,
  answerDelete,
  cancelMeeting,
  editMeeting,
  previewDelete,
  type MeetingInput,
} from '../src/handlers/manage.js';
import { dayForm, importWithTitles, redatedPreview, titlesForm } from '../src/handlers/import-edits.js';
import { showFeed } from '../src/handlers/feed.js';
import { MANAGE_EVENTS } from '../src/handlers/permissions.js';
import {
  answerImport,
  importFromOptions,
  pickImport,
  previewImport,
  type ImportChoice,
} from '../src/handlers/import.js';
import type { Command, CommandInput } from './command.js';
import { feedComponent, feedsGroup, feedsSubcommand, runFeeds } from './calendar-feeds.js';
import { stringOption } from './options.js';

/**
 * The fields of a meeting, as options, all optional: `/calendar add` without title and date
 * opens a form instead (Discord shows it; other front-ends say which options to give).
 */
function meetingFields(sub: SlashCommandSubcommandBuilder): SlashCommandSubcommandBuilder {
  return sub
    .addStringOption((o) =>
      o.setName('title').setDescription('What meets, in Arabic or English · العنوان').setMaxLength(200),
    )
    .addStringOption((o) =>
      o.setName('date').setDescription('2020-01-30, 2020-01-30 14:00, tomorrow, غداً · التاريخ').setMaxLength(100),
    )
    .addStringOption((o) => o.setName('time').setDescription('Local time HH:mm, 24 hours · الساعة').setMaxLength(5))
    .addStringOption((o) =>
      o.setName('zone').setDescription("The place's time zone · المنطقة الزمنية").setAutocomplete(true),
    )
    .addStringOption((o) => o.setName('place').setDescription('City · المدينة').setAutocomplete(true).setMaxLength(100))
    .addStringOption((o) =>
      o.setName('participants').setDescription('Names, separated by commas · المشاركون').setMaxLength(1000),
    )
    .addStringOption((o) =>
      o
        .setName('status')
        .setDescription('held, scheduled, tentative, cancelled · الحالة')
        .addChoices(...STATUSES.map((s) => ({ name: s, value: s }))),
    )
    .addStringOption((o) =>
      o.setName('end_date').setDescription('Last day, for a meeting over several days · آخر يوم'),
    );
}

const meetingOption = (sub: SlashCommandSubcommandBuilder) =>
  sub.addStringOption((o) =>
    o.setName('meeting').setDescription('Its number or title · رقمه أو عنوانه').setRequired(true).setAutocomplete(true),
  );

const data = new SlashCommandBuilder()
  .setName('calendar')
  .setDescription('Add and change meetings (Manage Events) · إدارة التقويم')
  .setDMPermission(false)
  .setDefaultMemberPermissions(MANAGE_EVENTS)
  .addSubcommand((sub) =>
    meetingFields(sub.setName('add').setDescription('Add a meeting (no options: a form) · إضافة اجتماع')),
  )
  .addSubcommand((sub) =>
    meetingFields(meetingOption(sub.setName('edit').setDescription('Change a meeting · تعديل اجتماع'))),
  )
  .addSubcommand((sub) =>
    meetingOption(sub.setName('cancel').setDescription('Mark a meeting cancelled · إلغاء اجتماع')),
  )
  .addSubcommand((sub) =>
    meetingOption(sub.setName('delete').setDescription('Delete a meeting, after confirming · حذف اجتماع')),
  )
  .addSubcommand((sub) =>
    sub
      .setName('import')
      .setDescription('Read an article and add its meetings (no options: a form) · استيراد مقال')
      .addAttachmentOption((o) =>
        o.setName('file').setDescription('The article as a .txt file (UTF-8, up to 200 KB) · ملف المقال'),
      )
      .addStringOption((o) =>
        o.setName('text').setDescription('Or the article itself, pasted · أو نص المقال').setMaxLength(6000),
      )
      .addStringOption((o) =>
        o.setName('published').setDescription('Publication day (default: today) · تاريخ النشر').setMaxLength(40),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('ical-link')
      .setDescription("This server's secret calendar link for calendar programs (Manage Server) · رابط اشتراك التقويم")
      .addBooleanOption((o) =>
        o.setName('rotate').setDescription('A new link; the old one stops working · رابط جديد يبطل القديم'),
      ),
  )
  .addSubcommandGroup(feedsGroup);

function meetingInput(input: CommandInput): MeetingInput {
  return {
    title: stringOption(input, 'title'),
    date: stringOption(input, 'date'),
    time: stringOption(input, 'time'),
    zone: stringOption(input, 'zone'),
    place: stringOption(input, 'place'),
    participants: stringOption(input, 'participants'),
    status: stringOption(input, 'status'),
    endDate: stringOption(input, 'end_date'),
  };
}

function unknown(input: CommandInput): never {
  throw new UserError('unknownSubcommand', input.subcommand ?? '', 'calendar');
}

export const calendarCommand: Command = {
  data: data.toJSON(),
  run(ctx, input) {
    const which = () => stringOption(input, 'meeting') ?? '';
    switch (input.subcommand) {
      case 'add': {
        const typed = meetingInput(input);
        return typed.title === undefined && typed.date === undefined ? addMeetingForm(ctx) : addMeeting(ctx, typed);
      }
      case 'edit':
        return editMeeting(ctx, which(), meetingInput(input));
      case 'cancel':
        return cancelMeeting(ctx, which());
      case 'delete':
        return previewDelete(ctx, which());
      case 'import':
        return importFromOptions(ctx, {
          file: stringOption(input, 'file'),
          text: stringOption(input, 'text'),
          published: stringOption(input, 'published'),
        });
      case 'ical-link':
        return showFeed(ctx, input.options.rotate === true);
      default:
        return runFeeds(ctx, input) ?? unknown(input);
    }
  },
  autocomplete(ctx, _input, focused) {
    if (focused.name === 'meeting') return meetingChoices(ctx.scope, focused.value, ctx.clock.now(), ctx.view.locale);
    if (focused.name === 'place') return placeChoicesForMeeting(ctx.scope, focused.value, ctx.view.locale);
    if (focused.name === 'zone') return zoneChoices(focused.value);
    return [];
  },
  // Previews and forms only show (the article stored once per text and day): run twice, they change nothing.
  repeatable: {
    subcommands: ['import', feedsSubcommand('list')],
    components: ['pick', 'titles', 'day'],
    modals: ['import', 'redate'],
  },
  slow: {
    // A file is downloaded and an article read: Discord's 3 seconds may not be enough.
    run: (input) =>
      input.subcommand === 'import' && (input.options.file !== undefined || input.options.text !== undefined),
    components: ['import', 'pick', 'feed-add', 'feed-pick'],
    modals: ['import', 'retitle', 'redate'],
  },
  component(ctx, action, data, values) {
    const fromFeed = feedComponent(ctx, action, data, values);
    if (fromFeed) return fromFeed;
    if (action === 'import' || action === 'discard') return answerImport(ctx, action, data as ImportChoice);
    if (action === 'pick') return pickImport(ctx, data as ImportChoice, values ?? []);
    if (action === 'titles') return titlesForm(ctx, data as ImportChoice);
    if (action === 'day') return dayForm(ctx, data as ImportChoice);
    if (action !== 'delete' && action !== 'keep') throw new UserError('staleButton');
    return answerDelete(ctx, action, data as { id: number; u: string });
  },
  modal(ctx, action, data, fields) {
    if (action === 'import') return previewImport(ctx, { text: fields.article ?? '', published: fields.published });
    if (action === 'retitle') return importWithTitles(ctx, data as ImportChoice, fields);
    if (action === 'redate') return redatedPreview(ctx, data as ImportChoice, fields.published);
    if (action !== 'add') throw new UserError('staleForm');
    return addMeeting(ctx, {
      title: fields.title,
      date: fields.date,
      time: fields.time,
      place: fields.place,
      participants: fields.participants,
    });
  },
};
