/**
 * A slash command typed as text, as in Discord: `/meetings upcoming days:7 participant:james jeffrey`.
 * An option's value runs to the next declared option name, so values may hold spaces and
 * colons (`date:2020-01-30 10:30`).
 */
import type { Command, CommandInput } from '../../commands/command.js';
import { commandNamed, COMMANDS } from '../../commands/index.js';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { coerceTypedOptions, declaredOptions, subcommandsOf } from '../../commands/options.js';
import { UserError } from '../errors.js';
import { readArticleFile } from '../extract/article-file.js';

export interface SlashLine {
  command: Command;
  input: CommandInput;
}

export function parseSlashLine(line: string): SlashLine {
  const text = line.trim().replace(/^\//, '');
  const [name = '', ...rest] = text.split(/\s+/);
  const command = commandNamed(name);
  if (!command) {
    throw new UserError(
      'unknownSlashCommand',
      name,
      COMMANDS.map((c) => c.data.name),
    );
  }
  const subcommands = subcommandsOf(command.data);
  let subcommand: string | null = null;
  let remainder = rest.join(' ');
  if (subcommands.length > 0) {
    subcommand = subcommands.find((s) => remainder === s || remainder.startsWith(`${s} `)) ?? null;
    if (!subcommand) {
      throw new UserError('needsSubcommand', name, subcommands);
    }
    remainder = remainder.slice(subcommand.length).trim();
  }
  const names = declaredOptions(command.data, subcommand).map((o) => o.name);
  return { command, input: coerceTypedOptions(command.data, subcommand, splitOptions(remainder, names)) };
}

/**
 * The line's input with each attachment option (`file:article.txt`) read from that file on
 * this machine, as the Discord router reads an attached file: the command gets text.
 */
export async function withFilesRead({ command, input }: SlashLine): Promise<CommandInput> {
  const options = { ...input.options };
  for (const option of declaredOptions(command.data, input.subcommand)) {
    const path = options[option.name];
    if (option.type === ApplicationCommandOptionType.Attachment && path !== undefined) {
      options[option.name] = await readArticleFile(String(path));
    }
  }
  return { ...input, options };
}

function splitOptions(text: string, names: string[]): Record<string, string> {
  if (!text) return {};
  const pattern = new RegExp(`(?:^|\\s)(${names.map(escapeRegExp).join('|') || '(?!)'}):`, 'g');
  const marks = [...text.matchAll(pattern)];
  if (marks.length === 0 || text.slice(0, marks[0]!.index).trim() !== '') {
    const stray = marks.length === 0 ? text : text.slice(0, marks[0]!.index);
    throw new UserError('notAnOption', stray.trim(), names);
  }
  const options: Record<string, string> = {};
  marks.forEach((mark, i) => {
    const start = mark.index + mark[0].length;
    const end = marks[i + 1]?.index ?? text.length;
    options[mark[1]!] = text.slice(start, end).trim();
  });
  return options;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
