/**
 * Reading options: typed values from Discord, strings from the console and the terminal,
 * checked against the command's own definition so every front-end refuses the same things.
 */
import {
  ApplicationCommandOptionType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { UserError } from '../src/errors.js';
import { toAsciiDigits } from '../src/names/normalize.js';
import type { CommandInput, OptionValue } from './command.js';
import { subcommandUsages } from './usage.js';

export function stringOption(input: CommandInput, name: string): string | undefined {
  const value = input.options[name];
  return value === undefined ? undefined : String(value);
}

export function integerOption(input: CommandInput, name: string): number | undefined {
  const value = input.options[name];
  if (value === undefined) return undefined;
  const number = typeof value === 'number' ? value : Number(toAsciiDigits(String(value).trim()));
  if (!Number.isInteger(number)) throw new UserError('mustBeWhole', name);
  return number;
}

/** The options a subcommand (`"group sub"`, `"sub"` or null) declares. */
export function declaredOptions(
  data: RESTPostAPIChatInputApplicationCommandsJSONBody,
  subcommand: string | null,
): APIApplicationCommandBasicOption[] {
  let options: readonly APIApplicationCommandOption[] = data.options ?? [];
  for (const part of subcommand ? subcommand.split(' ') : []) {
    const next = options.find(
      (o) =>
        o.name === part &&
        (o.type === ApplicationCommandOptionType.Subcommand || o.type === ApplicationCommandOptionType.SubcommandGroup),
    );
    if (!next || !('options' in next)) throw new UserError('noSuchSubcommand', data.name, subcommand ?? '');
    options = next.options ?? [];
  }
  return options.filter(
    (o): o is APIApplicationCommandBasicOption =>
      o.type !== ApplicationCommandOptionType.Subcommand && o.type !== ApplicationCommandOptionType.SubcommandGroup,
  );
}

/** The subcommands of a command, as typed (`upcoming`, `group sub`). */
export function subcommandsOf(data: RESTPostAPIChatInputApplicationCommandsJSONBody): string[] {
  return subcommandUsages(data).flatMap((usage) => (usage.subcommand === null ? [] : [usage.subcommand]));
}

/**
 * Options typed as text (console, terminal) made into what Discord would send: integers
 * parsed, booleans read, unknown names and missing required ones refused.
 */
export function coerceTypedOptions(
  data: RESTPostAPIChatInputApplicationCommandsJSONBody,
  subcommand: string | null,
  typed: Record<string, string>,
): CommandInput {
  const declared = declaredOptions(data, subcommand);
  const options: Record<string, OptionValue> = {};
  for (const [name, text] of Object.entries(typed)) {
    const option = declared.find((o) => o.name === name);
    if (!option) {
      const command = subcommand ? `${data.name} ${subcommand}` : data.name;
      throw new UserError(
        'noSuchOption',
        command,
        name,
        declared.map((o) => o.name),
      );
    }
    options[name] = coerce(option, text);
  }
  const missing = declared.filter((o) => o.required && options[o.name] === undefined).map((o) => o.name);
  if (missing.length > 0) throw new UserError('missingOptions', missing);
  return { subcommand, options };
}

function coerce(option: APIApplicationCommandBasicOption, text: string): OptionValue {
  switch (option.type) {
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number: {
      // Typed with Arabic-Indic (or Persian) digits as readily as with Western ones: ٣ is 3.
      const number = Number(toAsciiDigits(text.trim()).replace('٫', '.'));
      const whole = option.type === ApplicationCommandOptionType.Integer;
      if (text.trim() === '' || !Number.isFinite(number) || (whole && !Number.isInteger(number))) {
        throw new UserError('mustBeNumber', option.name, whole, text);
      }
      const { min_value: min, max_value: max } = option;
      if ((min !== undefined && number < min) || (max !== undefined && number > max)) {
        throw new UserError('numberRange', option.name, min, max);
      }
      return number;
    }
    case ApplicationCommandOptionType.Boolean:
      if (/^(true|yes|1)$/i.test(text.trim())) return true;
      if (/^(false|no|0)$/i.test(text.trim())) return false;
      throw new UserError('mustBeBoolean', option.name);
    default:
      return text;
  }
}
