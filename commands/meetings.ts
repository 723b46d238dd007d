/** `/meetings`: the calendar, asked by date, participant or place. */
import { SlashCommandBuilder } from '@discordjs/builders';
import { UserError } from '../src/errors.js';
import { meetingChoices, participantChoices, placeChoices } from '../src/handlers/autocomplete.js';
import { listMeetings, showMeeting, type ListingQuery } from '../src/handlers/meetings.js';
import type { ExportFilter } from '../src/ical/export-selection.js';
import type { Reply } from '../src/replies/reply.js';
import type { Command, CommandContext, CommandInput } from './command.js';
import { integerOption, stringOption } from './options.js';

const data = new SlashCommandBuilder()
  .setName('meetings')
  .setDescription('The calendar of diplomatic meetings · تقويم الاجتماعات الدبلوماسية')
  .setDMPermission(false)
  .addSubcommand((sub) =>
    sub
      .setName('upcoming')
      .setDescription('Meetings from now on · الاجتماعات القادمة')
      .addIntegerOption((o) =>
        o.setName('days').setDescription('How many days ahead (7) · كم يوماً').setMinValue(1).setMaxValue(366),
      )
      .addStringOption((o) =>
        o.setName('participant').setDescription('Only with this participant · مع مشارك').setAutocomplete(true),
      )
      .addStringOption((o) => o.setName('place').setDescription('Only in this place · في مكان').setAutocomplete(true)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('on')
      .setDescription('Meetings on one day · الاجتماعات في يوم')
      .addStringOption((o) => o.setName('date').setDescription('2020-01-30, today, tomorrow, غداً').setRequired(true)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('between')
      .setDescription('Meetings from one day to another · الاجتماعات بين يومين')
      .addStringOption((o) => o.setName('from').setDescription('First day · من').setRequired(true))
      .addStringOption((o) => o.setName('to').setDescription('Last day · إلى').setRequired(true)),
  )
  .addSubcommand((sub) => sub.setName('past').setDescription('Meetings that have taken place · الاجتماعات السابقة'))
  .addSubcommand((sub) =>
    sub
      .setName('participant')
      .setDescription('Meetings of a person, country or organisation · اجتماعات مشارك')
      .addStringOption((o) =>
        o
          .setName('name')
          .setDescription('A name in Arabic or Latin letters · الاسم')
          .setRequired(true)
          .setAutocomplete(true),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('place')
      .setDescription('Meetings in a place · الاجتماعات في مكان')
      .addStringOption((o) =>
        o.setName('name').setDescription('A city or country · مدينة أو دولة').setRequired(true).setAutocomplete(true),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('calendar')
      .setDescription('The month as a picture · التقويم الشهري صورةً')
      .addStringOption((o) => o.setName('month').setDescription('YYYY-MM, e.g. 2020-01 (this month) · الشهر'))
      .addStringOption((o) =>
        o.setName('participant').setDescription('Only with this participant · مع مشارك').setAutocomplete(true),
      )
      .addStringOption((o) => o.setName('place').setDescription('Only in this place · في مكان').setAutocomplete(true)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('show')
      .setDescription('One meeting in full · تفاصيل اجتماع')
      .addStringOption((o) =>
        o
          .setName('meeting')
          .setDescription('Its number or title · رقمه أو عنوانه')
          .setRequired(true)
          .setAutocomplete(true),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('export')
      .setDescription('The calendar as an .ics file for Outlook or Google · تصدير التقويم ملفَّ ics')
      .addStringOption((o) =>
        o.setName('participant').setDescription('Only with this participant · مع مشارك').setAutocomplete(true),
      )
      .addStringOption((o) => o.setName('place').setDescription('Only in this place · في مكان').setAutocomplete(true))
      .addStringOption((o) => o.setName('from').setDescription('From this day (2020-01-27, today) · من'))
      .addStringOption((o) => o.setName('to').setDescription('To this day, included · إلى')),
  );

/** The listing question a subcommand asks. */
function listingQuery(input: CommandInput): ListingQuery {
  const text = (name: string) => stringOption(input, name);
  switch (input.subcommand) {
    case 'upcoming':
      return {
        kind: 'upcoming',
        days: integerOption(input, 'days'),
        participant: text('participant'),
        place: text('place'),
      };
    case 'on':
      return { kind: 'on', date: required(text('date'), 'date') };
    case 'between':
      return { kind: 'between', from: required(text('from'), 'from'), to: required(text('to'), 'to') };
    case 'past':
      return { kind: 'past' };
    case 'participant':
      return { kind: 'participant', name: required(text('name'), 'name') };
    case 'place':
      return { kind: 'place', name: required(text('name'), 'name') };
    default:
      throw new UserError('unknownSubcommand', input.subcommand ?? '', 'meetings');
  }
}

/** What `/meetings export` was asked for. */
export function exportFilter(input: CommandInput): ExportFilter {
  const [participant, place, from, to] = ['participant', 'place', 'from', 'to'].map((name) =>
    stringOption(input, name),
  );
  return { participant, place, from, to };
}

/** Loaded on use: the iCalendar writer is for exports alone. */
async function exportFile(ctx: CommandContext, input: CommandInput): Promise<Reply> {
  const { exportMeetings } = await import('../src/handlers/export.js');
  return exportMeetings(ctx, exportFilter(input));
}

function required(value: string | undefined, name: string): string {
  if (value === undefined || value.trim() === '') throw new UserError('required', name);
  return value;
}

export const meetingsCommand: Command = {
  data: data.toJSON(),
  // An export reads every meeting in full and writes a file; drawing a month takes a tenth of a
  // second or more: both acknowledged first, and the month picture seen by all.
  slow: { run: (input) => input.subcommand === 'export' || input.subcommand === 'calendar', shared: ['calendar'] },
  run(ctx, input) {
    if (input.subcommand === 'calendar') {
      // Loaded when asked: the renderer and its fonts are for pictures alone.
      return import('../src/handlers/month-picture.js').then(({ monthCalendar }) =>
        monthCalendar(ctx, {
          month: stringOption(input, 'month'),
          participant: stringOption(input, 'participant'),
          place: stringOption(input, 'place'),
        }),
      );
    }
    if (input.subcommand === 'show') return showMeeting(ctx, required(stringOption(input, 'meeting'), 'meeting'));
    if (input.subcommand === 'export') return exportFile(ctx, input);
    return listMeetings(ctx, listingQuery(input));
  },
  autocomplete(ctx, input, focused) {
    const locale = ctx.view.locale;
    if (focused.name === 'participant' || (focused.name === 'name' && input.subcommand === 'participant')) {
      return participantChoices(ctx.scope, focused.value, locale);
    }
    if (focused.name === 'place' || (focused.name === 'name' && input.subcommand === 'place')) {
      return placeChoices(ctx.scope, focused.value, locale);
    }
    if (focused.name === 'meeting') return meetingChoices(ctx.scope, focused.value, ctx.clock.now(), locale);
    return [];
  },
  pages: ['page'],
  component(ctx, action, data) {
    if (action !== 'page') throw new UserError('staleButton');
    const { q, p } = data as { q: ListingQuery; p: number };
    return listMeetings(ctx, q, p);
  },
};
