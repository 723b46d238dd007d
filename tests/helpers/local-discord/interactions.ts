/**
 * Builders of INTERACTION_CREATE payloads shaped as Discord sends them. Pure functions of the
 * world and a small spec; the server dispatches them and waits for the answers.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  InteractionType,
} from 'discord-api-types/v10';
import { snowflake, toBits, type World } from './state.js';
import type { PermissionsInput } from './types.js';

/** Where and by whom an interaction is made. Every field has a default. */
export interface InteractionContextSpec {
  /** Defaults to the first guild; ignored when `channelId` is a DM channel. */
  guildId?: string;
  /** Defaults to the guild's first channel. A DM channel id makes a DM interaction. */
  channelId?: string;
  /** The invoking user; defaults to the guild owner. Must be a known user. */
  userId?: string;
  /**
   * Overrides `member.permissions` for this interaction only (e.g. `0n` for a plain member).
   * Default: the member's permissions in the channel (roles, then overwrites; owner/Administrator all).
   */
  permissions?: PermissionsInput;
  /** The user's locale; default "en-US". */
  locale?: string;
  /** Overrides `app_permissions`; defaults to the bot's permissions in the channel. */
  appPermissions?: PermissionsInput;
  /** How long the helper waits for the first response; default `defaultTimeoutMs`. */
  timeoutMs?: number;
}

/** An option value: inferred type (string 3, integer 4, boolean 5, non-integer number 10) or explicit. */
export type OptionInput =
  string | number | boolean | { type: ApplicationCommandOptionType; value: string | number | boolean };

/** A chat input command, e.g. `{ command: 'meetings', subcommand: 'upcoming', options: { days: 7 } }`. */
export interface SlashCommandSpec extends InteractionContextSpec {
  command: string;
  /** Defaults to the id the bot registered for this name, or a stable generated one. */
  commandId?: string;
  group?: string;
  subcommand?: string;
  options?: Record<string, OptionInput>;
}

/** An autocomplete request: like a command, with `focused` naming the option being typed. */
export interface AutocompleteSpec extends SlashCommandSpec {
  focused: string;
}

/** Component types by name, or the numeric ComponentType. */
export type ComponentKind =
  'button' | 'string-select' | 'user-select' | 'role-select' | 'mentionable-select' | 'channel-select' | ComponentType;

/** A button click or a select menu choice on a message. */
export interface ComponentSpec extends InteractionContextSpec {
  customId: string;
  /** Default 'button'. */
  componentType?: ComponentKind;
  /** Selected values, for select menus. */
  values?: string[];
  /** The message carrying the component: a stored message's id; default a bot message holding it. */
  messageId?: string;
}

/** A modal submit. Field values are keyed by text input custom id. */
export interface ModalSubmitSpec extends InteractionContextSpec {
  customId: string;
  fields: Record<string, string>;
  /**
   * `label` wraps each text input in a Label (type 18), as Discord sends for modals built with
   * labels; `action-row` is the legacy shape. Default: mirror the modal the bot last showed with
   * this custom id, else `action-row`.
   */
  shape?: 'label' | 'action-row';
}

export interface BuiltInteraction {
  id: string;
  token: string;
  type: InteractionType;
  label: string;
  guildId: string | null;
  channelId: string;
  payload: Record<string, unknown>;
}

const COMPONENT_TYPES: Record<Exclude<ComponentKind, ComponentType>, ComponentType> = {
  button: ComponentType.Button,
  'string-select': ComponentType.StringSelect,
  'user-select': ComponentType.UserSelect,
  'role-select': ComponentType.RoleSelect,
  'mentionable-select': ComponentType.MentionableSelect,
  'channel-select': ComponentType.ChannelSelect,
};

/** Stable ids per command name, so the same command keeps its id across interactions. */
const generatedCommandIds = new Map<string, string>();

function inferOption(
  name: string,
  input: OptionInput,
): { name: string; type: ApplicationCommandOptionType; value: string | number | boolean } {
  if (typeof input === 'object') return { name, type: input.type, value: input.value };
  if (typeof input === 'string') return { name, type: ApplicationCommandOptionType.String, value: input };
  if (typeof input === 'boolean') return { name, type: ApplicationCommandOptionType.Boolean, value: input };
  return {
    name,
    type: Number.isInteger(input) ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number,
    value: input,
  };
}

/** Context shared by every interaction type: who, where, permissions, token. */
function baseInteraction(
  world: World,
  spec: InteractionContextSpec,
  type: InteractionType,
): Omit<BuiltInteraction, 'label'> {
  const requested = spec.channelId ? world.requireChannel(spec.channelId) : undefined;
  const isDm = requested?.type === ChannelType.DM;
  const guildId = isDm ? null : (spec.guildId ?? requested?.guildId ?? [...world.guilds.keys()][0]);
  if (guildId === undefined) throw new Error('LocalDiscord: no guild to make an interaction in');
  const guild = guildId === null ? undefined : world.requireGuild(guildId);
  const channelId = requested?.id ?? guild?.channelIds[0];
  if (!channelId) throw new Error(`LocalDiscord: guild ${guildId} has no channel`);
  const userId = spec.userId ?? (isDm ? requested?.recipientId : guild?.ownerId);
  if (!userId) throw new Error('LocalDiscord: no user to make an interaction as');
  const id = snowflake();
  const token = `interaction-token-${id}`;
  const user = world.userJson(userId);
  // Both are channel permissions (overwrites applied), as Discord computes them.
  const appPermissions =
    spec.appPermissions === undefined
      ? world.channelPermissions(channelId, world.botUser.id)
      : toBits(spec.appPermissions);
  const userChannelPermissions =
    spec.permissions === undefined ? world.channelPermissions(channelId, userId) : toBits(spec.permissions);

  const payload: Record<string, unknown> = {
    id,
    application_id: world.appId,
    type,
    token,
    version: 1,
    locale: spec.locale ?? 'en-US',
    app_permissions: appPermissions.toString(),
    entitlements: [],
    attachment_size_limit: 10 * 1024 * 1024,
    channel_id: channelId,
    channel: { ...world.channelJson(channelId), permissions: userChannelPermissions.toString() },
  };
  if (guild) {
    if (!guild.members.has(userId))
      throw new Error(`LocalDiscord: user ${userId} is not a member of guild ${guild.id}`);
    Object.assign(payload, {
      guild_id: guild.id,
      guild: { id: guild.id, locale: guild.preferredLocale, features: [] },
      guild_locale: guild.preferredLocale,
      // In a guild Discord sends `member` (with `user` inside) and no top-level `user`.
      member: { ...world.memberJson(guild.id, userId), permissions: userChannelPermissions.toString() },
      authorizing_integration_owners: { '0': guild.id },
      context: 0,
    });
  } else {
    Object.assign(payload, { user, authorizing_integration_owners: { '0': '0' }, context: 1 });
  }
  return { id, token, type, guildId, channelId, payload };
}

/** `resolved` data for user, channel, role, mentionable and attachment options, as Discord adds it. */
function resolvedFor(
  world: World,
  guildId: string | null,
  options: Array<{ type: number; value: unknown }>,
): Record<string, unknown> | undefined {
  const users: Record<string, unknown> = {};
  const members: Record<string, unknown> = {};
  const channels: Record<string, unknown> = {};
  const roles: Record<string, unknown> = {};
  const attachments: Record<string, unknown> = {};
  const guild = guildId ? world.guilds.get(guildId) : undefined;
  for (const option of options) {
    const id = String(option.value);
    const asUser =
      option.type === ApplicationCommandOptionType.User || option.type === ApplicationCommandOptionType.Mentionable;
    const asRole =
      option.type === ApplicationCommandOptionType.Role || option.type === ApplicationCommandOptionType.Mentionable;
    if (asUser && world.users.has(id)) {
      users[id] = world.userJson(id);
      if (guild?.members.has(id)) {
        // Resolved members carry no `user`: it is in `resolved.users`.
        const member = world.memberJson(guild.id, id);
        delete member.user;
        members[id] = { ...member, permissions: world.memberPermissions(guild.id, id).toString() };
      }
    }
    const role = guild?.roles.get(id);
    if (asRole && role) roles[id] = world.roleJson(role);
    if (option.type === ApplicationCommandOptionType.Channel && world.channels.has(id)) {
      channels[id] = { ...world.channelJson(id), permissions: '0' };
    }
    const upload = option.type === ApplicationCommandOptionType.Attachment ? world.uploadJson(id) : undefined;
    if (upload) attachments[id] = upload;
  }
  const resolved = Object.entries({ users, members, channels, roles, attachments }).filter(
    ([, map]) => Object.keys(map).length > 0,
  );
  return resolved.length > 0 ? Object.fromEntries(resolved) : undefined;
}

function commandData(
  world: World,
  spec: SlashCommandSpec,
  guildId: string | null,
  focused?: string,
): Record<string, unknown> {
  const leaves = Object.entries(spec.options ?? {}).map(([name, input]) => {
    const option: Record<string, unknown> & { type: number; value: unknown } = inferOption(name, input);
    if (name === focused) {
      option.focused = true;
      option.value = String(option.value);
    }
    return option;
  });
  if (focused !== undefined && !leaves.some((option) => option.focused)) {
    throw new Error(`LocalDiscord: autocomplete focused option "${focused}" is not among the options`);
  }
  let options: unknown[] = leaves;
  if (spec.subcommand) options = [{ type: ApplicationCommandOptionType.Subcommand, name: spec.subcommand, options }];
  if (spec.group) {
    if (!spec.subcommand) throw new Error('LocalDiscord: a subcommand group needs a subcommand');
    options = [{ type: ApplicationCommandOptionType.SubcommandGroup, name: spec.group, options }];
  }
  const resolved = focused === undefined ? resolvedFor(world, guildId, leaves) : undefined;
  return {
    id: spec.commandId ?? registeredCommandId(world, spec.command, guildId),
    name: spec.command,
    type: ApplicationCommandType.ChatInput,
    ...(guildId ? { guild_id: guildId } : {}),
    options,
    ...(resolved ? { resolved } : {}),
  };
}

function registeredCommandId(world: World, name: string, guildId: string | null): string {
  for (const key of [guildId ?? '', 'global']) {
    const found = world.commands.get(key)?.find((command) => command.name === name);
    if (typeof found?.id === 'string') return found.id;
  }
  let id = generatedCommandIds.get(name);
  if (!id) {
    id = snowflake();
    generatedCommandIds.set(name, id);
  }
  return id;
}

function commandLabel(spec: SlashCommandSpec): string {
  return `/${[spec.command, spec.group, spec.subcommand].filter(Boolean).join(' ')}`;
}

export function buildSlashCommand(world: World, spec: SlashCommandSpec): BuiltInteraction {
  const base = baseInteraction(world, spec, InteractionType.ApplicationCommand);
  base.payload.data = commandData(world, spec, base.guildId);
  return { ...base, label: commandLabel(spec) };
}

export function buildAutocomplete(world: World, spec: AutocompleteSpec): BuiltInteraction {
  const base = baseInteraction(world, spec, InteractionType.ApplicationCommandAutocomplete);
  base.payload.data = commandData(world, spec, base.guildId, spec.focused);
  return { ...base, label: `autocomplete ${commandLabel(spec)} (${spec.focused})` };
}

export function buildComponent(world: World, spec: ComponentSpec): BuiltInteraction {
  const base = baseInteraction(world, spec, InteractionType.MessageComponent);
  const kind = spec.componentType ?? 'button';
  const componentType = typeof kind === 'number' ? kind : COMPONENT_TYPES[kind];
  const stored = spec.messageId ? world.messages.get(spec.messageId) : undefined;
  if (spec.messageId && !stored) throw new Error(`LocalDiscord: unknown message ${spec.messageId}`);
  const isButton = componentType === ComponentType.Button;
  const message =
    stored?.message ??
    world.createMessage(
      base.channelId,
      {
        content: '',
        components: [
          {
            type: ComponentType.ActionRow,
            id: 1,
            components: [
              isButton
                ? { type: componentType, id: 2, custom_id: spec.customId, style: 1, label: spec.customId }
                : {
                    type: componentType,
                    id: 2,
                    custom_id: spec.customId,
                    ...(componentType === ComponentType.StringSelect
                      ? { options: (spec.values ?? []).map((value) => ({ label: value, value })) }
                      : {}),
                  },
            ],
          },
        ],
      },
      [],
      { source: 'synthetic' },
    ).message;
  base.payload.message = message;
  base.payload.data = {
    custom_id: spec.customId,
    component_type: componentType,
    ...(isButton ? {} : { values: spec.values ?? [] }),
    ...(isButton || componentType === ComponentType.StringSelect
      ? {}
      : {
          resolved:
            resolvedFor(
              world,
              base.guildId,
              (spec.values ?? []).map((value) => ({ type: ApplicationCommandOptionType.Mentionable, value })),
            ) ?? {},
        }),
  };
  return { ...base, label: `${typeof kind === 'number' ? `component ${kind}` : kind} "${spec.customId}"` };
}

/**
 * Builds a modal submit. `modalShown` is the `data` of the bot's last type-9 callback with this
 * custom id, whose layout (labels or action rows) is mirrored when `spec.shape` is not given.
 */
export function buildModalSubmit(
  world: World,
  spec: ModalSubmitSpec,
  modalShown: Record<string, unknown> | undefined,
): BuiltInteraction {
  const base = baseInteraction(world, spec, InteractionType.ModalSubmit);
  const shownComponents = Array.isArray(modalShown?.components)
    ? (modalShown.components as Array<{ type?: number }>)
    : [];
  const shape =
    spec.shape ??
    (shownComponents.some((component) => component.type === ComponentType.Label) ? 'label' : 'action-row');
  let nextId = 1;
  const components = Object.entries(spec.fields).map(([customId, value]) => {
    const containerId = nextId++;
    const input = { type: ComponentType.TextInput, id: nextId++, custom_id: customId, value };
    return shape === 'label'
      ? { type: ComponentType.Label, id: containerId, component: input }
      : { type: ComponentType.ActionRow, id: containerId, components: [input] };
  });
  base.payload.data = { custom_id: spec.customId, components };
  return { ...base, label: `modal "${spec.customId}"` };
}
