/** `/help` of the local console: every slash command from its definition, then the console's own. */
import { COMMANDS } from '../../commands/index.js';
import { subcommandUsages, twoColumns } from '../../commands/usage.js';

const CONSOLE_ONLY: [string, string][] = [
  ['/clock 2020-01-26T12:00Z', 'move "now" (it keeps running from there); due reminders print'],
  ['/lang ar | en', 'answer in Arabic or English'],
  ['/next  /prev', 'the next or previous page of the last listing'],
  ['/press N', 'press the Nth button of the last answer'],
  ['file:PATH', 'an attachment option: the file at PATH on this machine'],
  ['/help  /quit', ''],
];

function slashCommandRows(): [string, string][] {
  return COMMANDS.flatMap((command) =>
    subcommandUsages(command.data).map((usage): [string, string] => {
      const options = usage.options.map((o) => (o.required ? `${o.name}:…` : `[${o.name}:…]`));
      return [[`/${command.data.name}`, usage.subcommand, ...options].filter(Boolean).join(' '), usage.description];
    }),
  );
}

export function consoleHelp(): string {
  return [
    'Commands, as in Discord:',
    ...twoColumns(slashCommandRows()),
    'Console only:',
    ...twoColumns(CONSOLE_ONLY),
  ].join('\n');
}
