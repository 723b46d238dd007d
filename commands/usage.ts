/**
 * What the help of the terminal and the local console says of each command, read from its
 * definition: one list of commands, so the help cannot fall out of step with it.
 */
import {
  ApplicationCommandOptionType,
  type APIApplicationCommandBasicOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';

/** A subcommand as help lists it. */
export interface SubcommandUsage {
  /** As typed: `upcoming`, `group sub`; null for a command without subcommands. */
  subcommand: string | null;
  /** What it does, in English. */
  description: string;
  /** Its options, in the order they are declared (the required ones first, as Discord wants). */
  options: APIApplicationCommandBasicOption[];
}

/** Every subcommand of a command, in the order it declares them. */
export function subcommandUsages(data: RESTPostAPIChatInputApplicationCommandsJSONBody): SubcommandUsage[] {
  const usages = (data.options ?? []).flatMap((option): SubcommandUsage[] => {
    if (option.type === ApplicationCommandOptionType.Subcommand) {
      return [{ subcommand: option.name, description: englishHalf(option.description), options: option.options ?? [] }];
    }
    if (option.type === ApplicationCommandOptionType.SubcommandGroup) {
      return (option.options ?? []).map((sub) => ({
        subcommand: `${option.name} ${sub.name}`,
        description: englishHalf(sub.description),
        options: sub.options ?? [],
      }));
    }
    return [];
  });
  if (usages.length > 0) return usages;
  const options = (data.options ?? []) as APIApplicationCommandBasicOption[];
  return [{ subcommand: null, description: englishHalf(data.description), options }];
}

/** The usage of one subcommand, `subcommand` as typed. */
export function subcommandUsage(
  data: RESTPostAPIChatInputApplicationCommandsJSONBody,
  subcommand: string,
): SubcommandUsage {
  const found = subcommandUsages(data).find((usage) => usage.subcommand === subcommand);
  if (!found) throw new Error(`/${data.name} has no subcommand ${subcommand}`);
  return found;
}

/** Descriptions say it in English, then in Arabic after ` · `: the English half. */
function englishHalf(description: string): string {
  return description.split(' · ')[0]!.trim();
}

/**
 * Lines of two columns: what to type, padded to a common width, then what it does (on a line
 * of its own, in the second column, after what is too long to type in the first).
 */
export function twoColumns(rows: readonly (readonly [string, string])[], indent = '  ', widest = 40): string[] {
  const width = Math.min(widest, Math.max(0, ...rows.map(([left]) => left.length)));
  return rows.map(([left, right]) => {
    if (!right) return `${indent}${left}`;
    if (left.length > width) return `${indent}${left}\n${indent}${' '.repeat(width)}  ${right}`;
    return `${indent}${left.padEnd(width)}  ${right}`;
  });
}
