/**
 * The terminal's subcommands and its usage, read from the slash command definitions: each
 * `/meetings` subcommand is a terminal subcommand of the same name, its required options
 * the arguments (in order), its optional ones --flags; `participants [NAME]` is
 * `/participants list` or `show`.
 */
import { ApplicationCommandOptionType, type APIApplicationCommandBasicOption } from 'discord-api-types/v10';
import type { Command } from '../../commands/command.js';
import { meetingsCommand } from '../../commands/meetings.js';
import { participantsCommand } from '../../commands/participants.js';
import { subcommandUsage, subcommandUsages, twoColumns } from '../../commands/usage.js';

/** A terminal subcommand that asks a slash command. */
export interface TerminalSubcommand {
  command: string;
  subcommand: string;
  /** The options given as arguments, in order. */
  positionals: string[];
  /** The last argument takes the rest of the line: a name (what Discord autocompletes) may hold spaces. */
  rest: boolean;
  /** The options given as --flags. */
  flags: string[];
  description: string;
}

/**
 * The commands the terminal asks, by name. Imported one by one, not from commands/index.ts:
 * the list holds /calendar, whose import loads the article reader.
 */
export const TERMINAL_COMMANDS: ReadonlyMap<string, Command> = new Map(
  [meetingsCommand, participantsCommand].map((command) => [command.data.name, command]),
);

const meetings = meetingsCommand.data;
const participants = participantsCommand.data;

/** Every `/meetings` subcommand, by its terminal name. */
export const TERMINAL_SUBCOMMANDS: ReadonlyMap<string, TerminalSubcommand> = new Map(
  subcommandUsages(meetings).map((usage) => {
    const required = usage.options.filter((o) => o.required);
    const last = required.at(-1);
    const subcommand: TerminalSubcommand = {
      command: meetings.name,
      subcommand: usage.subcommand!,
      positionals: required.map((o) => o.name),
      rest: last !== undefined && 'autocomplete' in last && last.autocomplete === true,
      flags: usage.options.filter((o) => !o.required).map((o) => o.name),
      description: usage.description,
    };
    return [subcommand.subcommand, subcommand];
  }),
);

/** Every --flag a subcommand takes from its options, with the subcommands it goes with. */
export const OPTION_FLAGS: ReadonlyMap<string, string[]> = new Map(
  [...new Set([...TERMINAL_SUBCOMMANDS.values()].flatMap((s) => s.flags))].map((flag) => [
    flag,
    [...TERMINAL_SUBCOMMANDS.values()].filter((s) => s.flags.includes(flag)).map((s) => s.subcommand),
  ]),
);

/** `participants NAME` is `/participants show` with this option; without it, `/participants list`. */
export const PARTICIPANT_OPTION = subcommandUsage(participants, 'show').options.find((o) => o.required)!.name;

/** How an option is written in the usage: a number as N, anything else as its name. */
function placeholder(option: APIApplicationCommandBasicOption): string {
  const number =
    option.type === ApplicationCommandOptionType.Integer || option.type === ApplicationCommandOptionType.Number;
  return number ? 'N' : option.name.toUpperCase();
}

function subcommandRows(): [string, string][] {
  return subcommandUsages(meetings).map((usage) => {
    const args = usage.options.map((o) => (o.required ? placeholder(o) : `[--${o.name} ${placeholder(o)}]`));
    // The terminal's own flag: where the file goes (stdout without one).
    if (usage.subcommand === 'export') args.push('[--ics FILE]');
    // The terminal writes the picture /meetings calendar attaches.
    if (usage.subcommand === 'calendar') args.push('--png FILE');
    return [[usage.subcommand, ...args].join(' '), usage.description];
  });
}

function participantsRows(): [string, string][] {
  return [
    ['participants', subcommandUsage(participants, 'list').description],
    [`participants ${PARTICIPANT_OPTION.toUpperCase()}`, subcommandUsage(participants, 'show').description],
  ];
}

export const USAGE = [
  'usage: meetings <command> [arguments] [--at ISO] [--json] [--lang ar|en]',
  ...twoColumns(
    [
      ...subcommandRows(),
      ...participantsRows(),
      // The terminal's own.
      ['when TEXT [--at ISO] [--tz ZONE]', 'The time expressions in TEXT, as Duckling shows them'],
      ['reminders --from ISO --to ISO', 'The reminders due in a window (nothing is sent)'],
      ['extract FILE [--published DAY] [--tz ZONE]', 'The meetings an article describes (nothing is written)'],
      ['import FILE [--published DAY] [--tz ZONE]', 'Add the meetings of an article to the calendar'],
      ['feeds add URL [--mode auto] [--language ar]', 'Follow a news feed (list, remove URL, pause URL too)'],
      ['feeds poll', 'Read the followed feeds now and say what they brought'],
    ],
    '  ',
    44,
  ),
  'The calendar is DATABASE_PATH (default data/diwan.sqlite).',
].join('\n');
