/**
 * Every command definition checked offline against Discord's rules, so a registration never
 * fails in front of a server admin (Discord refuses the whole PUT for one bad option).
 */
import {
  ApplicationCommandOptionType,
  Locale,
  PermissionFlagsBits,
  type APIApplicationCommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandNamed } from '../../../commands/index.js';

const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;
const SUPPORTED_LOCALES = new Set<string>(Object.values(Locale));
const NESTING = new Set<ApplicationCommandOptionType>([
  ApplicationCommandOptionType.Subcommand,
  ApplicationCommandOptionType.SubcommandGroup,
]);

type Localised = {
  name_localizations?: Record<string, string | null> | null;
  description_localizations?: Record<string, string | null> | null;
};
type Node = RESTPostAPIChatInputApplicationCommandsJSONBody | APIApplicationCommandOption;

/** Every option of a command, at any depth, with its path for messages. */
function allOptions(
  options: readonly APIApplicationCommandOption[] | undefined,
  path: string,
): { path: string; option: APIApplicationCommandOption }[] {
  return (options ?? []).flatMap((option) => {
    const here = `${path} ${option.name}`;
    const nested = NESTING.has(option.type) && 'options' in option ? allOptions(option.options, here) : [];
    return [{ path: here, option }, ...nested];
  });
}

/** The characters Discord counts towards a command's 4000: names, descriptions, choices (longest localisation). */
function characters(node: Node): number {
  const longest = (base: string, localised?: Record<string, string | null> | null) =>
    Math.max(base.length, ...Object.values(localised ?? {}).map((text) => text?.length ?? 0));
  const { name_localizations, description_localizations } = node as Localised;
  let total = longest(node.name, name_localizations) + longest(node.description, description_localizations);
  if ('choices' in node && node.choices) {
    for (const choice of node.choices)
      total += longest(choice.name, choice.name_localizations) + String(choice.value).length;
  }
  if ('options' in node && node.options) for (const option of node.options) total += characters(option);
  return total;
}

/** Each level's list of options (the command's and each subcommand's). */
function optionLists(
  data: RESTPostAPIChatInputApplicationCommandsJSONBody,
): { path: string; options: readonly APIApplicationCommandOption[] }[] {
  const top = { path: `/${data.name}`, options: data.options ?? [] };
  const nested = allOptions(data.options, `/${data.name}`)
    .filter(({ option }) => NESTING.has(option.type) && 'options' in option)
    .map(({ path, option }) => ({ path, options: ('options' in option ? option.options : undefined) ?? [] }));
  return [top, ...nested];
}

describe.each(COMMANDS.map((command) => [command.data.name, command.data] as const))('/%s', (_name, data) => {
  const everything: { path: string; node: Node }[] = [
    { path: `/${data.name}`, node: data },
    ...allOptions(data.options, `/${data.name}`).map(({ path, option }) => ({ path, node: option })),
  ];

  it('has lowercase names of 1 to 32 letters, digits, - or _', () => {
    const bad = everything
      .filter(({ node }) => !NAME.test(node.name) || node.name !== node.name.toLowerCase())
      .map(({ path }) => path);
    expect(bad).toEqual([]);
  });

  it('has descriptions of 1 to 100 characters', () => {
    const bad = everything
      .filter(({ node }) => node.description.length < 1 || node.description.length > 100)
      .map(({ path }) => path);
    expect(bad).toEqual([]);
  });

  it('has at most 25 options per level, unique names, required ones first', () => {
    for (const { path, options } of optionLists(data)) {
      expect(options.length, path).toBeLessThanOrEqual(25);
      const names = options.map((o) => o.name);
      expect(new Set(names).size, `${path}: ${names.join(', ')}`).toBe(names.length);
      const required = options.map((o) => ('required' in o && o.required === true ? 1 : 0));
      expect(required, `${path}: required options must come first`).toEqual([...required].sort((a, b) => b - a));
    }
  });

  it('never mixes subcommands with plain options at one level', () => {
    for (const { path, options } of optionLists(data)) {
      const kinds = new Set(options.map((o) => NESTING.has(o.type)));
      expect(kinds.size, path).toBeLessThanOrEqual(1);
    }
  });

  it('has at most 25 choices, never on an autocompleted option, each name and value within 100', () => {
    for (const { path, node } of everything) {
      if (!('choices' in node) || !node.choices) continue;
      expect(node.choices.length, path).toBeLessThanOrEqual(25);
      expect('autocomplete' in node && node.autocomplete === true, `${path}: choices and autocomplete`).toBe(false);
      for (const choice of node.choices) {
        expect(choice.name.length, path).toBeGreaterThanOrEqual(1);
        expect(choice.name.length, path).toBeLessThanOrEqual(100);
        expect(String(choice.value).length, path).toBeLessThanOrEqual(100);
      }
    }
  });

  it('keeps string lengths and numbers within what Discord accepts', () => {
    for (const { path, node } of everything) {
      if ('max_length' in node && node.max_length !== undefined)
        expect(node.max_length, path).toBeLessThanOrEqual(6000);
      if ('min_length' in node && node.min_length !== undefined)
        expect(node.min_length, path).toBeGreaterThanOrEqual(0);
      if ('min_value' in node && 'max_value' in node && node.min_value !== undefined && node.max_value !== undefined) {
        expect(node.min_value, path).toBeLessThanOrEqual(node.max_value);
      }
    }
  });

  it('totals at most 4000 characters', () => {
    expect(characters(data)).toBeLessThanOrEqual(4000);
  });

  it('localises only into locales Discord has, each localisation within the limits', () => {
    for (const { path, node } of everything) {
      const { name_localizations: names, description_localizations: descriptions } = node as Localised;
      for (const [locale, text] of Object.entries(names ?? {})) {
        expect(SUPPORTED_LOCALES.has(locale), `${path}: ${locale}`).toBe(true);
        if (text !== null) expect(NAME.test(text) && text === text.toLowerCase(), `${path}: ${text}`).toBe(true);
      }
      for (const [locale, text] of Object.entries(descriptions ?? {})) {
        expect(SUPPORTED_LOCALES.has(locale), `${path}: ${locale}`).toBe(true);
        if (text !== null) expect(text.length, path).toBeLessThanOrEqual(100);
      }
    }
  });

  it('is a slash command of servers only', () => {
    expect(data.type ?? 1).toBe(1);
    // dm_permission is deprecated in favour of contexts; either must keep the command out of DMs.
    const inDms = data.contexts ? data.contexts.some((context) => context !== 0) : data.dm_permission !== false;
    expect(inDms).toBe(false);
  });

  it('says in English and in Arabic what each thing does', () => {
    const arabic = /[\u0600-\u06FF]/;
    const withoutArabic = everything.filter(({ node }) => !arabic.test(node.description)).map(({ path }) => path);
    // Option descriptions that are pure examples ("e.g. 1d,1h") may stay as they are.
    expect(withoutArabic.filter((path) => path.split(' ').length <= 2)).toEqual([]);
  });
});

describe('the command list', () => {
  it('has unique names and finds each by name', () => {
    const names = COMMANDS.map((command) => command.data.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(commandNamed(name)?.data.name).toBe(name);
    expect(commandNamed('nope')).toBeUndefined();
  });

  it('holds the commands of the issue and their subcommands', () => {
    const subcommands = (name: string) => (commandNamed(name)?.data.options ?? []).map((o) => o.name).sort();
    expect(subcommands('meetings')).toEqual([
      'between',
      'calendar',
      'export',
      'on',
      'participant',
      'past',
      'place',
      'show',
      'upcoming',
    ]);
    expect(subcommands('participants')).toEqual(['list', 'show']);
    expect(subcommands('follow')).toEqual(['list', 'participant', 'place']);
    expect(subcommands('unfollow')).toEqual(['participant', 'place']);
    expect(subcommands('calendar')).toEqual(['add', 'cancel', 'delete', 'edit', 'feeds', 'ical-link', 'import']);
    expect(subcommands('settings')).toEqual([
      'dates',
      'events',
      'import-threshold',
      'language',
      'show',
      'timezone',
      'weekstart',
    ]);
  });

  it('declares Manage Events on /calendar and Manage Server on /reminders; questions are open to all', () => {
    const permissions = (name: string) => commandNamed(name)?.data.default_member_permissions;
    expect(permissions('calendar')).toBe(PermissionFlagsBits.ManageEvents.toString());
    expect(permissions('reminders')).toBe(PermissionFlagsBits.ManageGuild.toString());
    expect(permissions('settings')).toBe(PermissionFlagsBits.ManageGuild.toString());
    expect(permissions('meetings') ?? null).toBeNull();
    expect(permissions('participants') ?? null).toBeNull();
    expect(permissions('follow') ?? null).toBeNull();
    expect(permissions('unfollow') ?? null).toBeNull();
  });
});
