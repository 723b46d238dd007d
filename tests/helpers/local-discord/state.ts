/**
 * The stand-in's world: users, guilds, channels, roles, members, messages, commands, and the
 * Discord-shaped JSON built from them. No I/O here.
 */
import { ChannelType, PermissionFlagsBits } from 'discord-api-types/v10';
import type { APIMessage, APIUser, UserFlags } from 'discord-api-types/v10';
import type {
  ChannelSpec,
  GuildSpec,
  MemberSpec,
  PermissionsInput,
  RecordedFile,
  RoleSpec,
  UserSpec,
} from './types.js';

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A fresh snowflake whose timestamp is now, so discord.js derives sensible creation dates. */
export function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** Every permission bit Discord defines. */
export const ALL_PERMISSIONS: bigint = Object.values(PermissionFlagsBits).reduce((all, bit) => all | bit, 0n);

const DEFAULT_EVERYONE_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.CreateInstantInvite |
  PermissionFlagsBits.ChangeNickname;

const DEFAULT_BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseExternalEmojis;

export function toBits(input: PermissionsInput): bigint {
  return typeof input === 'bigint' ? input : BigInt(input);
}

export interface UserState {
  id: string;
  username: string;
  globalName: string | null;
  bot: boolean;
  dmsClosed: boolean;
}

export interface RoleState {
  id: string;
  name: string;
  permissions: bigint;
  position: number;
  managed: boolean;
}

export interface ChannelState {
  id: string;
  name: string;
  type: number;
  guildId: string | null;
  position: number;
  topic: string | null;
  parentId: string | null;
  permissionOverwrites: Array<{ id: string; type: 0 | 1; allow: string; deny: string }>;
  /** DM channels only. */
  recipientId?: string;
}

export interface MemberState {
  userId: string;
  roles: string[];
  nick: string | null;
  joinedAt: string;
  /** Explicit interaction permissions; computed from roles when undefined. */
  permissions: bigint | undefined;
}

export interface GuildState {
  id: string;
  name: string;
  ownerId: string;
  preferredLocale: string;
  channelIds: string[];
  roles: Map<string, RoleState>;
  members: Map<string, MemberState>;
  joinedAt: string;
}

/** A message the stand-in holds, with where it came from. */
export interface StoredMessage {
  message: APIMessage;
  /**
   * `channel` for POST /channels/{id}/messages, `interaction` for replies and follow-ups,
   * `synthetic` for messages the stand-in made up (e.g. to carry a clicked button).
   */
  source: 'channel' | 'interaction' | 'synthetic';
  ephemeral: boolean;
  deleted: boolean;
}

/** Fields of a message create/edit body the stand-in understands. */
interface MessageBody {
  content?: string;
  embeds?: unknown[];
  components?: unknown[];
  flags?: number;
  tts?: boolean;
  nonce?: string | number;
  message_reference?: unknown;
  attachments?: Array<{ id: string | number; filename?: string; description?: string }>;
}

function asMessageBody(body: unknown): MessageBody {
  return body !== null && typeof body === 'object' ? (body as MessageBody) : {};
}

function required<T>(map: Map<string, T>, id: string, what: string): T {
  const found = map.get(id);
  if (found === undefined) throw new Error(`LocalDiscord: unknown ${what} ${id}`);
  return found;
}

export class World {
  readonly users = new Map<string, UserState>();
  readonly guilds = new Map<string, GuildState>();
  readonly channels = new Map<string, ChannelState>();
  readonly messages = new Map<string, StoredMessage>();
  /** Registered application commands; key `global` or a guild id. */
  readonly commands = new Map<string, Array<Record<string, unknown>>>();
  /** `${channelId}:${nonce}` -> message id, for `enforce_nonce`. */
  readonly nonces = new Map<string, string>();
  /** Files a test attached to a command (attachment options), served at their URL. */
  readonly uploads = new Map<string, { filename: string; contentType: string | null; bytes: Buffer; url: string }>();
  readonly botUser: UserState;
  /** A guild's scheduled events for GUILD_CREATE (the server's ScheduledEvents sets it). */
  scheduledEventsOf: (guildId: string) => unknown[] = () => [];

  constructor(
    bot: { id?: string; username?: string },
    readonly applicationId: string | undefined,
    private readonly attachmentBase: () => string,
  ) {
    this.botUser = this.addUser({ id: bot.id, username: bot.username ?? 'diwan-test', bot: true });
  }

  get appId(): string {
    return this.applicationId ?? this.botUser.id;
  }

  addUser(spec: UserSpec): UserState {
    const id = spec.id ?? snowflake();
    const existing = this.users.get(id);
    if (existing) return existing;
    const user: UserState = {
      id,
      username: spec.username,
      globalName: spec.globalName ?? null,
      bot: spec.bot ?? false,
      dmsClosed: spec.dmsClosed ?? false,
    };
    this.users.set(id, user);
    return user;
  }

  requireUser(id: string): UserState {
    return required(this.users, id, 'user');
  }

  requireGuild(id: string): GuildState {
    return required(this.guilds, id, 'guild');
  }

  requireChannel(id: string): ChannelState {
    return required(this.channels, id, 'channel');
  }

  addGuild(spec: GuildSpec): GuildState {
    const id = spec.id ?? snowflake();
    if (this.guilds.has(id)) throw new Error(`LocalDiscord: guild ${id} already exists`);
    const joinedAt = new Date().toISOString();
    const guild: GuildState = {
      id,
      name: spec.name ?? `Guild ${this.guilds.size + 1}`,
      ownerId: '',
      preferredLocale: spec.preferredLocale ?? 'en-US',
      channelIds: [],
      roles: new Map(),
      members: new Map(),
      joinedAt,
    };
    this.guilds.set(id, guild);

    guild.roles.set(id, {
      id,
      name: '@everyone',
      permissions: toBits(spec.everyonePermissions ?? DEFAULT_EVERYONE_PERMISSIONS),
      position: 0,
      managed: false,
    });
    const botRoleId = snowflake();
    guild.roles.set(botRoleId, {
      id: botRoleId,
      name: this.botUser.username,
      permissions: toBits(spec.botPermissions ?? DEFAULT_BOT_PERMISSIONS),
      position: 1,
      managed: true,
    });
    (spec.roles ?? []).forEach((role, index) => this.addRole(id, role, index + 2));

    for (const channel of spec.channels ?? [{ name: 'general' }]) this.addChannel(id, channel);

    this.addMember(id, { user: this.botUser, roles: [botRoleId] });
    const added = (spec.members ?? []).map((member) => this.addMember(id, member));
    guild.ownerId = spec.ownerId ?? added[0]?.userId ?? this.addMember(id, { user: { username: 'owner' } }).userId;
    if (!guild.members.has(guild.ownerId)) this.addMember(id, { user: { id: guild.ownerId, username: 'owner' } });
    return guild;
  }

  addRole(guildId: string, spec: RoleSpec, position?: number): RoleState {
    const guild = this.requireGuild(guildId);
    const role: RoleState = {
      id: spec.id ?? snowflake(),
      name: spec.name,
      permissions: toBits(spec.permissions ?? 0n),
      position: spec.position ?? position ?? guild.roles.size,
      managed: spec.managed ?? false,
    };
    guild.roles.set(role.id, role);
    return role;
  }

  addChannel(guildId: string, spec: ChannelSpec): ChannelState {
    const guild = this.requireGuild(guildId);
    const channel: ChannelState = {
      id: spec.id ?? snowflake(),
      name: spec.name,
      type: spec.type ?? ChannelType.GuildText,
      guildId,
      position: guild.channelIds.length,
      topic: spec.topic ?? null,
      parentId: spec.parentId ?? null,
      permissionOverwrites: spec.permissionOverwrites ?? [],
    };
    this.channels.set(channel.id, channel);
    guild.channelIds.push(channel.id);
    return channel;
  }

  addMember(guildId: string, spec: MemberSpec): MemberState {
    const guild = this.requireGuild(guildId);
    const user = this.addUser(spec.user);
    const member: MemberState = {
      userId: user.id,
      roles: spec.roles ?? [],
      nick: spec.nick ?? null,
      joinedAt: new Date().toISOString(),
      permissions: spec.permissions === undefined ? undefined : toBits(spec.permissions),
    };
    guild.members.set(user.id, member);
    return member;
  }

  /** The DM channel between the bot and a user, created on first use. */
  dmChannel(recipientId: string): ChannelState {
    for (const channel of this.channels.values()) {
      if (channel.type === ChannelType.DM && channel.recipientId === recipientId) return channel;
    }
    const channel: ChannelState = {
      id: snowflake(),
      name: '',
      type: ChannelType.DM,
      guildId: null,
      position: 0,
      topic: null,
      parentId: null,
      permissionOverwrites: [],
      recipientId,
    };
    this.channels.set(channel.id, channel);
    return channel;
  }

  /** A member's permissions as interactions report them (owner/Administrator: all bits). */
  memberPermissions(guildId: string, userId: string): bigint {
    const guild = this.requireGuild(guildId);
    const member = guild.members.get(userId);
    if (member?.permissions !== undefined) return member.permissions;
    if (guild.ownerId === userId) return ALL_PERMISSIONS;
    let bits = guild.roles.get(guildId)?.permissions ?? 0n;
    for (const roleId of member?.roles ?? []) bits |= guild.roles.get(roleId)?.permissions ?? 0n;
    return (bits & PermissionFlagsBits.Administrator) !== 0n ? ALL_PERMISSIONS : bits;
  }

  /**
   * A member's permissions in a channel, overwrites applied (@everyone, roles, then member),
   * as Discord computes them; DM channels allow everything.
   */
  channelPermissions(channelId: string, userId: string): bigint {
    const channel = this.requireChannel(channelId);
    if (!channel.guildId) return ALL_PERMISSIONS;
    const guild = this.requireGuild(channel.guildId);
    const member = guild.members.get(userId);
    if (!member) return 0n;
    const base = this.memberPermissions(guild.id, userId);
    if (base === ALL_PERMISSIONS) return base;
    let bits = base;
    const apply = (overwrite: { allow: string; deny: string } | undefined): void => {
      if (!overwrite) return;
      bits = (bits & ~BigInt(overwrite.deny)) | BigInt(overwrite.allow);
    };
    const overwrites = channel.permissionOverwrites;
    apply(overwrites.find((o) => o.type === 0 && o.id === guild.id));
    let allow = 0n;
    let deny = 0n;
    for (const o of overwrites) {
      if (o.type === 0 && member.roles.includes(o.id)) {
        allow |= BigInt(o.allow);
        deny |= BigInt(o.deny);
      }
    }
    apply({ allow: allow.toString(), deny: deny.toString() });
    apply(overwrites.find((o) => o.type === 1 && o.id === userId));
    return bits;
  }

  // ---- Discord-shaped JSON -------------------------------------------------------------

  userJson(id: string): APIUser {
    const user = this.requireUser(id);
    return {
      id: user.id,
      username: user.username,
      discriminator: '0',
      global_name: user.globalName,
      avatar: null,
      ...(user.bot ? { bot: true } : {}),
      public_flags: 0 as UserFlags,
      flags: 0 as UserFlags,
    };
  }

  roleJson(role: RoleState): Record<string, unknown> {
    return {
      id: role.id,
      name: role.name,
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position: role.position,
      permissions: role.permissions.toString(),
      managed: role.managed,
      mentionable: false,
      flags: 0,
      ...(role.managed ? { tags: { bot_id: this.botUser.id } } : {}),
    };
  }

  channelJson(id: string): Record<string, unknown> {
    const channel = this.requireChannel(id);
    if (channel.type === ChannelType.DM) {
      return {
        id: channel.id,
        type: ChannelType.DM,
        last_message_id: null,
        flags: 0,
        recipients: [this.userJson(channel.recipientId ?? '')],
      };
    }
    return {
      id: channel.id,
      type: channel.type,
      name: channel.name,
      guild_id: channel.guildId,
      position: channel.position,
      permission_overwrites: channel.permissionOverwrites,
      parent_id: channel.parentId,
      topic: channel.topic,
      nsfw: false,
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: 0,
    };
  }

  memberJson(guildId: string, userId: string): Record<string, unknown> {
    const member = this.requireGuild(guildId).members.get(userId);
    if (!member) throw new Error(`LocalDiscord: ${userId} is not a member of guild ${guildId}`);
    return {
      user: this.userJson(userId),
      nick: member.nick,
      avatar: null,
      banner: null,
      roles: member.roles,
      joined_at: member.joinedAt,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      communication_disabled_until: null,
    };
  }

  /** The guild object of `GET /guilds/{id}`. */
  guildJson(id: string): Record<string, unknown> {
    const guild = this.requireGuild(id);
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: guild.ownerId,
      region: 'deprecated',
      afk_channel_id: null,
      afk_timeout: 300,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      widget_enabled: false,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      premium_tier: 0,
      premium_subscription_count: 0,
      premium_progress_bar_enabled: false,
      preferred_locale: guild.preferredLocale,
      vanity_url_code: null,
      application_id: null,
      max_members: 500000,
      max_video_channel_users: 25,
      features: [],
      roles: [...guild.roles.values()].map((role) => this.roleJson(role)),
      emojis: [],
      stickers: [],
      approximate_member_count: guild.members.size,
      approximate_presence_count: 0,
    };
  }

  /** The `GUILD_CREATE` dispatch payload. */
  guildCreateJson(id: string): Record<string, unknown> {
    const guild = this.requireGuild(id);
    return {
      ...this.guildJson(id),
      unavailable: false,
      joined_at: guild.joinedAt,
      large: false,
      member_count: guild.members.size,
      channels: guild.channelIds.map((channelId) => {
        const json = this.channelJson(channelId);
        delete json.guild_id;
        return json;
      }),
      threads: [],
      members: [...guild.members.keys()].map((userId) => this.memberJson(id, userId)),
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: this.scheduledEventsOf(id),
      soundboard_sounds: [],
      embedded_activities: [],
    };
  }

  // ---- messages ------------------------------------------------------------------------

  /** Stores a file for an attachment option; its URL is served by the local Discord. */
  upload(filename: string, bytes: Buffer, contentType: string | null): string {
    const id = snowflake();
    const url = `${this.attachmentBase()}/attachments/uploads/${id}/${encodeURIComponent(filename)}`;
    this.uploads.set(id, { filename, contentType, bytes, url });
    return id;
  }

  /** An uploaded file as `resolved.attachments` carries it. */
  uploadJson(id: string): Record<string, unknown> | undefined {
    const file = this.uploads.get(id);
    if (!file) return undefined;
    return {
      id,
      filename: file.filename,
      size: file.bytes.length,
      url: file.url,
      proxy_url: file.url,
      ...(file.contentType ? { content_type: file.contentType } : {}),
    };
  }

  /** Creates a message from a create body; files become attachments. */
  createMessage(
    channelId: string,
    body: unknown,
    files: RecordedFile[],
    extra: { source: StoredMessage['source']; webhookId?: string; interaction?: Record<string, unknown> },
  ): StoredMessage {
    const channel = this.requireChannel(channelId);
    const input = asMessageBody(body);
    const flags = input.flags ?? 0;
    const message: APIMessage = {
      id: snowflake(),
      channel_id: channelId,
      author: this.userJson(this.botUser.id),
      content: input.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: input.tts ?? false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: this.attachmentsFor(channelId, input, files),
      embeds: (input.embeds ?? []) as APIMessage['embeds'],
      pinned: false,
      type: 0,
      flags,
      components: (input.components ?? []) as APIMessage['components'],
      ...(input.nonce !== undefined ? { nonce: input.nonce } : {}),
      ...(input.message_reference
        ? { message_reference: input.message_reference as APIMessage['message_reference'] }
        : {}),
      ...(extra.webhookId ? { webhook_id: extra.webhookId, application_id: this.appId } : {}),
      ...(extra.interaction
        ? { interaction_metadata: extra.interaction as unknown as APIMessage['interaction_metadata'] }
        : {}),
    };
    // discord.js reads guild_id from gateway messages; REST messages carry it in practice too.
    if (channel.guildId) (message as unknown as Record<string, unknown>).guild_id = channel.guildId;
    const stored: StoredMessage = { message, source: extra.source, ephemeral: (flags & 64) !== 0, deleted: false };
    this.messages.set(message.id, stored);
    return stored;
  }

  /** Applies an edit body to a stored message (fields present in the body replace the old ones). */
  editMessage(stored: StoredMessage, body: unknown, files: RecordedFile[]): APIMessage {
    const input = asMessageBody(body);
    const message = stored.message;
    if (input.content !== undefined) message.content = input.content ?? '';
    if (input.embeds !== undefined) message.embeds = (input.embeds ?? []) as APIMessage['embeds'];
    if (input.components !== undefined) message.components = (input.components ?? []) as APIMessage['components'];
    if (input.flags !== undefined) message.flags = input.flags;
    if (input.attachments !== undefined || files.length > 0) {
      message.attachments = this.attachmentsFor(message.channel_id, input, files, message.attachments);
    }
    message.edited_timestamp = new Date().toISOString();
    return message;
  }

  private attachmentsFor(
    channelId: string,
    input: MessageBody,
    files: RecordedFile[],
    existing: APIMessage['attachments'] = [],
  ): APIMessage['attachments'] {
    const kept = existing.filter((old) => input.attachments?.some((a) => String(a.id) === old.id));
    const added = files.map((file, index) => {
      const described = input.attachments?.find((a) => String(a.id) === String(index));
      const id = snowflake();
      const url = `${this.attachmentBase()}/attachments/${channelId}/${id}/${encodeURIComponent(file.name)}`;
      return {
        id,
        filename: described?.filename ?? file.name,
        ...(described?.description ? { description: described.description } : {}),
        size: file.size,
        url,
        proxy_url: url,
        content_type: file.contentType,
      };
    });
    return [...kept, ...added];
  }
}
