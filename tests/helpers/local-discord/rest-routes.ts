/**
 * The REST routes a bot uses, answered as Discord answers them. Each handler takes the parsed
 * request and returns a status and JSON; recording and faults are the server's business.
 */
import { InteractionResponseType, PermissionFlagsBits } from 'discord-api-types/v10';
import type { FaultResponse } from './faults.js';
import { discordError } from './faults.js';
import type { InteractionRecord, Recorder } from './records.js';
import { Router } from './router.js';
import type { ScheduledEvents } from './scheduled-events.js';
import { snowflake, type GuildState, type StoredMessage, type World } from './state.js';
import type { InteractionResponseRecord, RecordedFile } from './types.js';

export interface RestRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  files: RecordedFile[];
}

export type RestResult = FaultResponse;

export interface RouteContext {
  world: World;
  recorder: Recorder;
  /** The gateway URL announced by /gateway/bot. */
  gatewayUrl: () => string;
  scheduledEvents: ScheduledEvents;
}

export interface RouteHandler {
  /** Whether `Authorization: Bot <token>` is required (interaction callbacks and webhooks: no). */
  auth: boolean;
  handle: (request: RestRequest, context: RouteContext) => RestResult;
}

const MESSAGE_FLAG_LOADING = 128;

const json = (body: unknown, status = 200): RestResult => ({ status, body });
const noContent = (): RestResult => ({ status: 204 });
const unknownChannel = (): RestResult => discordError(404, 10003, 'Unknown Channel');
const unknownMessage = (): RestResult => discordError(404, 10008, 'Unknown Message');
const unknownWebhook = (): RestResult => discordError(404, 10015, 'Unknown Webhook');

function field<T>(body: unknown, name: string): T | undefined {
  return body !== null && typeof body === 'object'
    ? ((body as Record<string, unknown>)[name] as T | undefined)
    : undefined;
}

/** Discord's 400 50035 with the per-field error tree. */
function invalidFormBody(fieldName: string, code: string, message: string): RestResult {
  return {
    status: 400,
    body: { message: 'Invalid Form Body', code: 50035, errors: { [fieldName]: { _errors: [{ code, message }] } } },
  };
}

/**
 * Rejects message bodies Discord rejects, so a bot's mistakes show up here rather than in
 * production: content over 2000 characters, a nonce over 25, more than 10 embeds, embeds over
 * their limits (6000 characters in all), and (when creating) a message with nothing in it.
 */
function invalidMessage(body: unknown, files: RecordedFile[], creating: boolean): RestResult | undefined {
  const content = field<string>(body, 'content');
  const embeds = field<unknown[]>(body, 'embeds') ?? [];
  const nonce = field<string | number>(body, 'nonce');
  if (typeof content === 'string' && content.length > 2000) {
    return invalidFormBody('content', 'BASE_TYPE_MAX_LENGTH', 'Must be 2000 or fewer in length.');
  }
  if (typeof nonce === 'string' && nonce.length > 25) {
    return invalidFormBody('nonce', 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  }
  if (embeds.length > 10) return invalidFormBody('embeds', 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
  const oversized = invalidEmbeds(embeds);
  if (oversized) return oversized;
  const components = field<unknown[]>(body, 'components') ?? [];
  const stickers = field<unknown[]>(body, 'sticker_ids') ?? [];
  const poll = field<unknown>(body, 'poll');
  if (
    creating &&
    !content &&
    embeds.length === 0 &&
    components.length === 0 &&
    stickers.length === 0 &&
    files.length === 0 &&
    !poll
  ) {
    return discordError(400, 50006, 'Cannot send an empty message');
  }
  return undefined;
}

interface EmbedBody {
  title?: string;
  description?: string;
  fields?: { name?: string; value?: string }[];
  footer?: { text?: string };
  author?: { name?: string };
}

/** Discord's embed limits: 256 a title, 4096 a description, 25 fields of 256/1024, 2048 a footer, 6000 in all. */
function invalidEmbeds(embeds: unknown[]): RestResult | undefined {
  let total = 0;
  for (const [i, embed] of (embeds as EmbedBody[]).entries()) {
    const at = `embeds.${i}`;
    const fields = embed.fields ?? [];
    if ((embed.title?.length ?? 0) > 256)
      return invalidFormBody(`${at}.title`, 'BASE_TYPE_MAX_LENGTH', 'Must be 256 or fewer in length.');
    if ((embed.description?.length ?? 0) > 4096)
      return invalidFormBody(`${at}.description`, 'BASE_TYPE_MAX_LENGTH', 'Must be 4096 or fewer in length.');
    if ((embed.footer?.text?.length ?? 0) > 2048)
      return invalidFormBody(`${at}.footer.text`, 'BASE_TYPE_MAX_LENGTH', 'Must be 2048 or fewer in length.');
    if (fields.length > 25)
      return invalidFormBody(`${at}.fields`, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    for (const [j, f] of fields.entries()) {
      if ((f.name?.length ?? 0) > 256)
        return invalidFormBody(`${at}.fields.${j}.name`, 'BASE_TYPE_MAX_LENGTH', 'Must be 256 or fewer in length.');
      if ((f.value?.length ?? 0) > 1024)
        return invalidFormBody(`${at}.fields.${j}.value`, 'BASE_TYPE_MAX_LENGTH', 'Must be 1024 or fewer in length.');
      total += (f.name?.length ?? 0) + (f.value?.length ?? 0);
    }
    total +=
      (embed.title?.length ?? 0) +
      (embed.description?.length ?? 0) +
      (embed.footer?.text?.length ?? 0) +
      (embed.author?.name?.length ?? 0);
  }
  return total > 6000
    ? invalidFormBody('embeds', 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000')
    : undefined;
}

function authed(handle: RouteHandler['handle']): RouteHandler {
  return { auth: true, handle };
}

/** An authenticated route under `/guilds/:guild_id`; an unknown guild is 404 10004. */
function guildRoute(handle: (guild: GuildState, request: RestRequest, world: World) => RestResult): RouteHandler {
  return authed((request, { world }) => {
    const guild = world.guilds.get(request.params.guild_id ?? '');
    return guild ? handle(guild, request, world) : discordError(404, 10004, 'Unknown Guild');
  });
}

/** A guild scheduled-event route (scheduled-events.ts holds the rules). */
function eventRoute(
  handle: (events: ScheduledEvents, guild: GuildState, request: RestRequest) => RestResult,
): RouteHandler {
  return authed((request, context) => {
    const guild = context.world.guilds.get(request.params.guild_id ?? '');
    return guild ? handle(context.scheduledEvents, guild, request) : discordError(404, 10004, 'Unknown Guild');
  });
}

/** Discord's boolean query strings: true, True or 1. */
const queryFlag = (request: RestRequest, name: string) => ['true', 'True', '1'].includes(request.query.get(name) ?? '');

function open(handle: RouteHandler['handle']): RouteHandler {
  return { auth: false, handle };
}

/** 403 Missing Access / Missing Permissions as Discord answers a bot lacking them in a channel. */
/**
 * A DM to a user who closed direct messages from server members, or to another bot: Discord
 * opens the channel (POST /users/@me/channels) but refuses the message with 403 50007.
 */
function closedDms(world: World, channelId: string): RestResult | undefined {
  const channel = world.channels.get(channelId);
  const recipient = channel?.recipientId ? world.users.get(channel.recipientId) : undefined;
  if (recipient && (recipient.dmsClosed || recipient.bot))
    return discordError(403, 50007, 'Cannot send messages to this user');
  return undefined;
}

function channelAccessError(world: World, channelId: string, needed: bigint): RestResult | undefined {
  const bits = world.channelPermissions(channelId, world.botUser.id);
  if ((bits & PermissionFlagsBits.ViewChannel) === 0n) return discordError(403, 50001, 'Missing Access');
  if ((bits & needed) !== needed) return discordError(403, 50013, 'Missing Permissions');
  return undefined;
}

function echoCommands(
  world: World,
  key: string,
  guildId: string | undefined,
  body: unknown,
): Array<Record<string, unknown>> {
  const input = Array.isArray(body) ? (body as Array<Record<string, unknown>>) : [];
  const previous = world.commands.get(key) ?? [];
  const commands = input.map((command) => ({
    type: 1,
    description: '',
    options: [],
    default_member_permissions: null,
    nsfw: false,
    integration_types: [0],
    contexts: null,
    ...command,
    // Discord keeps a command's id across overwrites with the same name.
    id: previous.find((old) => old.name === command.name)?.id ?? snowflake(),
    application_id: world.appId,
    version: snowflake(),
    ...(guildId ? { guild_id: guildId } : {}),
  }));
  world.commands.set(key, commands);
  return commands;
}

// ---- interactions ------------------------------------------------------------------------

function respond(recorder: Recorder, record: InteractionRecord, response: Omit<InteractionResponseRecord, 'at'>): void {
  recorder.addInteractionResponse(record, { ...response, at: Date.now() });
}

function interactionCallback(request: RestRequest, { world, recorder }: RouteContext): RestResult {
  const record = recorder.interactions.get(request.params.interaction_id ?? '');
  if (!record || record.token !== request.params.token) return discordError(404, 10062, 'Unknown interaction');
  if (record.responses.some((response) => response.kind === 'callback')) {
    return discordError(400, 40060, 'Interaction has already been acknowledged.');
  }
  const type = field<number>(request.body, 'type');
  const data = field<Record<string, unknown>>(request.body, 'data') ?? {};
  const source = field<{ id: string }>(record.payload, 'message');
  if (type === InteractionResponseType.ChannelMessageWithSource || type === InteractionResponseType.UpdateMessage) {
    const invalid = invalidMessage(data, request.files, type === InteractionResponseType.ChannelMessageWithSource);
    if (invalid) return invalid;
  }
  let message: StoredMessage | undefined;
  switch (type) {
    case InteractionResponseType.ChannelMessageWithSource:
    case InteractionResponseType.DeferredChannelMessageWithSource: {
      if (!record.channelId) return discordError(400, 50035, 'Invalid Form Body');
      const deferred = type === InteractionResponseType.DeferredChannelMessageWithSource;
      const flags = (field<number>(data, 'flags') ?? 0) | (deferred ? MESSAGE_FLAG_LOADING : 0);
      message = world.createMessage(record.channelId, deferred ? { flags } : { ...data, flags }, request.files, {
        source: 'interaction',
        webhookId: world.appId,
        interaction: interactionMetadata(record),
      });
      record.originalMessageId = message.message.id;
      break;
    }
    case InteractionResponseType.DeferredMessageUpdate:
    case InteractionResponseType.UpdateMessage: {
      message = source ? world.messages.get(source.id) : undefined;
      if (!message) return discordError(400, 50035, 'Invalid Form Body: this interaction has no message to update');
      if (type === InteractionResponseType.UpdateMessage) world.editMessage(message, data, request.files);
      record.originalMessageId = message.message.id;
      break;
    }
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
    case InteractionResponseType.Modal:
      break;
    default:
      return discordError(400, 50035, `Invalid Form Body: unsupported callback type ${String(type)}`);
  }
  respond(recorder, record, {
    kind: 'callback',
    callbackType: type,
    body: request.body,
    files: request.files,
    ...(message ? { message: message.message as unknown as Record<string, unknown> } : {}),
  });
  if (request.query.get('with_response') !== 'true') return noContent();
  return json({
    interaction: {
      id: record.id,
      type: record.type,
      activity_instance_id: null,
      response_message_id: message?.message.id ?? null,
      response_message_loading: type === InteractionResponseType.DeferredChannelMessageWithSource,
      response_message_ephemeral: message?.ephemeral ?? false,
    },
    resource: { type, ...(message ? { message: message.message } : {}) },
  });
}

function interactionMetadata(record: InteractionRecord): Record<string, unknown> {
  const user = field<{ user?: unknown }>(record.payload, 'member')?.user ?? field(record.payload, 'user');
  return {
    id: record.id,
    type: record.type,
    user,
    authorizing_integration_owners: field(record.payload, 'authorizing_integration_owners') ?? {},
  };
}

function webhookInteraction(request: RestRequest, { world, recorder }: RouteContext): InteractionRecord | undefined {
  if (request.params.application_id !== world.appId) return undefined;
  return [...recorder.interactions.values()].find((record) => record.token === request.params.token);
}

/** Resolves `@original` or a message id to a message this interaction created. */
function interactionMessage(
  record: InteractionRecord,
  messageId: string | undefined,
  world: World,
): StoredMessage | undefined {
  const id = messageId === '@original' ? record.originalMessageId : messageId;
  const stored = id ? world.messages.get(id) : undefined;
  return stored && !stored.deleted ? stored : undefined;
}

function followUp(request: RestRequest, context: RouteContext): RestResult {
  const record = webhookInteraction(request, context);
  if (!record || !record.channelId) return unknownWebhook();
  if (!record.responses.some((response) => response.kind === 'callback')) return unknownWebhook();
  const invalid = invalidMessage(request.body, request.files, true);
  if (invalid) return invalid;
  const message = context.world.createMessage(record.channelId, request.body, request.files, {
    source: 'interaction',
    webhookId: context.world.appId,
    interaction: interactionMetadata(record),
  });
  respond(context.recorder, record, {
    kind: 'follow-up',
    body: request.body,
    files: request.files,
    message: message.message as unknown as Record<string, unknown>,
  });
  return request.query.get('wait') === 'true' ? json(message.message) : noContent();
}

function webhookMessage(request: RestRequest, context: RouteContext): RestResult {
  const record = webhookInteraction(request, context);
  if (!record) return unknownWebhook();
  const original = request.params.message_id === '@original';
  const stored = interactionMessage(record, request.params.message_id, context.world);
  if (!stored) return unknownMessage();
  if (request.method === 'GET') return json(stored.message);
  if (request.method === 'DELETE') {
    stored.deleted = true;
    respond(context.recorder, record, {
      kind: original ? 'delete-original' : 'delete-message',
      body: undefined,
      files: [],
    });
    return noContent();
  }
  const invalid = invalidMessage(request.body, request.files, false);
  if (invalid) return invalid;
  const message = context.world.editMessage(stored, request.body, request.files);
  message.flags = (message.flags ?? 0) & ~MESSAGE_FLAG_LOADING;
  respond(context.recorder, record, {
    kind: original ? 'edit-original' : 'edit-message',
    body: request.body,
    files: request.files,
    message: message as unknown as Record<string, unknown>,
  });
  return json(message);
}

// ---- channel messages ----------------------------------------------------------------------

function createChannelMessage(request: RestRequest, { world, recorder }: RouteContext): RestResult {
  const channelId = request.params.channel_id ?? '';
  const nonceValue = field<string | number>(request.body, 'nonce');
  const nonce = nonceValue === undefined ? undefined : String(nonceValue);
  const enforceNonce = field<boolean>(request.body, 'enforce_nonce') === true;
  const attempt = (status: number, outcome: 'created' | 'deduplicated' | 'error', messageId?: string): void =>
    recorder.addPostAttempt({
      channelId,
      body: request.body,
      nonce,
      enforceNonce,
      status,
      outcome,
      messageId,
      at: Date.now(),
    });

  if (!world.channels.has(channelId)) {
    attempt(404, 'error');
    return unknownChannel();
  }
  const refused =
    closedDms(world, channelId) ??
    channelAccessError(world, channelId, PermissionFlagsBits.SendMessages) ??
    invalidMessage(request.body, request.files, true);
  if (refused) {
    attempt(refused.status, 'error');
    return refused;
  }
  const nonceKey = nonce !== undefined && enforceNonce ? `${channelId}:${nonce}` : undefined;
  const earlier = nonceKey ? world.messages.get(world.nonces.get(nonceKey) ?? '') : undefined;
  if (earlier) {
    attempt(200, 'deduplicated', earlier.message.id);
    return json(earlier.message);
  }
  const stored = world.createMessage(channelId, request.body, request.files, { source: 'channel' });
  if (nonceKey) world.nonces.set(nonceKey, stored.message.id);
  attempt(200, 'created', stored.message.id);
  return json(stored.message);
}

function channelMessage(request: RestRequest, { world }: RouteContext): RestResult {
  const channelId = request.params.channel_id ?? '';
  if (!world.channels.has(channelId)) return unknownChannel();
  const needed = request.method === 'GET' ? PermissionFlagsBits.ReadMessageHistory : 0n;
  const denied = channelAccessError(world, channelId, needed);
  if (denied) return denied;
  const stored = world.messages.get(request.params.message_id ?? '');
  if (!stored || stored.deleted || stored.message.channel_id !== channelId) return unknownMessage();
  if (request.method === 'GET') return json(stored.message);
  if (request.method === 'DELETE') {
    stored.deleted = true;
    return noContent();
  }
  return (
    invalidMessage(request.body, request.files, false) ?? json(world.editMessage(stored, request.body, request.files))
  );
}

function listChannelMessages(request: RestRequest, { world }: RouteContext): RestResult {
  const channelId = request.params.channel_id ?? '';
  if (!world.channels.has(channelId)) return unknownChannel();
  const denied = channelAccessError(world, channelId, PermissionFlagsBits.ReadMessageHistory);
  if (denied) return denied;
  const limit = Number(request.query.get('limit') ?? 50);
  const messages = [...world.messages.values()]
    .filter(
      (stored) =>
        stored.message.channel_id === channelId &&
        !stored.deleted &&
        !stored.ephemeral &&
        stored.source !== 'synthetic',
    )
    .map((stored) => stored.message)
    .reverse()
    .slice(0, limit);
  return json(messages);
}

// ---- the table ------------------------------------------------------------------------------

/** Builds the route table; the first matching template wins, so `@me` comes before `:user_id`. */
export function buildRoutes(): Router<RouteHandler> {
  const gatewayInfo = open((_request, { gatewayUrl }) => json({ url: gatewayUrl() }));
  return new Router<RouteHandler>()
    .add('GET', '/gateway', gatewayInfo)
    .add(
      'GET',
      '/gateway/bot',
      authed((_request, { gatewayUrl }) =>
        json({
          url: gatewayUrl(),
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
        }),
      ),
    )
    .add(
      'GET',
      '/users/@me',
      authed((_request, { world }) =>
        json({ ...world.userJson(world.botUser.id), verified: true, mfa_enabled: false }),
      ),
    )
    .add(
      'POST',
      '/users/@me/channels',
      authed((request, { world }) => {
        const recipientId = field<string>(request.body, 'recipient_id');
        if (!recipientId || !world.users.has(recipientId)) return discordError(400, 50033, 'Invalid Recipient(s)');
        return json(world.channelJson(world.dmChannel(recipientId).id));
      }),
    )
    .add(
      'GET',
      '/users/:user_id',
      authed((request, { world }) =>
        world.users.has(request.params.user_id ?? '')
          ? json(world.userJson(request.params.user_id ?? ''))
          : discordError(404, 10013, 'Unknown User'),
      ),
    )
    .add(
      'GET',
      '/applications/@me',
      authed((_request, context) => json(applicationJson(context.world))),
    )
    .add(
      'GET',
      '/oauth2/applications/@me',
      authed((_request, context) => json(applicationJson(context.world))),
    )
    .add(
      'GET',
      '/applications/:application_id/commands',
      authed((_request, { world }) => json(world.commands.get('global') ?? [])),
    )
    .add(
      'PUT',
      '/applications/:application_id/commands',
      authed((request, { world }) => json(echoCommands(world, 'global', undefined, request.body))),
    )
    .add(
      'GET',
      '/applications/:application_id/guilds/:guild_id/commands',
      authed((request, { world }) => json(world.commands.get(request.params.guild_id ?? '') ?? [])),
    )
    .add(
      'PUT',
      '/applications/:application_id/guilds/:guild_id/commands',
      authed((request, { world }) => {
        const guildId = request.params.guild_id ?? '';
        if (!world.guilds.has(guildId)) return discordError(403, 50001, 'Missing Access');
        return json(echoCommands(world, guildId, guildId, request.body));
      }),
    )
    .add(
      'GET',
      '/guilds/:guild_id',
      guildRoute((guild, _request, world) => json(world.guildJson(guild.id))),
    )
    .add(
      'GET',
      '/guilds/:guild_id/channels',
      guildRoute((guild, _request, world) => json(guild.channelIds.map((id) => world.channelJson(id)))),
    )
    .add(
      'GET',
      '/guilds/:guild_id/roles',
      guildRoute((guild, _request, world) => json([...guild.roles.values()].map((role) => world.roleJson(role)))),
    )
    .add(
      'GET',
      '/guilds/:guild_id/members/:user_id',
      guildRoute((guild, request, world) => {
        const userId = request.params.user_id ?? '';
        return guild.members.has(userId)
          ? json(world.memberJson(guild.id, userId))
          : discordError(404, 10007, 'Unknown Member');
      }),
    )
    .add(
      'GET',
      '/guilds/:guild_id/scheduled-events',
      eventRoute((events, guild, request) =>
        json(events.list(guild.id).map((event) => events.json(event, queryFlag(request, 'with_user_count')))),
      ),
    )
    .add(
      'POST',
      '/guilds/:guild_id/scheduled-events',
      eventRoute((events, guild, request) => events.create(guild.id, asBody(request.body))),
    )
    .add(
      'GET',
      '/guilds/:guild_id/scheduled-events/:event_id',
      eventRoute((events, guild, request) => {
        const event = events.get(guild.id, request.params.event_id ?? '');
        return event
          ? json(events.json(event, queryFlag(request, 'with_user_count')))
          : discordError(404, 10070, 'Unknown Guild Scheduled Event');
      }),
    )
    .add(
      'PATCH',
      '/guilds/:guild_id/scheduled-events/:event_id',
      eventRoute((events, guild, request) =>
        events.modify(guild.id, request.params.event_id ?? '', asBody(request.body)),
      ),
    )
    .add(
      'DELETE',
      '/guilds/:guild_id/scheduled-events/:event_id',
      eventRoute((events, guild, request) => events.delete(guild.id, request.params.event_id ?? '')),
    )
    .add(
      'GET',
      '/channels/:channel_id',
      authed((request, { world }) => {
        const channelId = request.params.channel_id ?? '';
        if (!world.channels.has(channelId)) return unknownChannel();
        return channelAccessError(world, channelId, 0n) ?? json(world.channelJson(channelId));
      }),
    )
    .add('GET', '/channels/:channel_id/messages', authed(listChannelMessages))
    .add('POST', '/channels/:channel_id/messages', authed(createChannelMessage))
    .add('GET', '/channels/:channel_id/messages/:message_id', authed(channelMessage))
    .add('PATCH', '/channels/:channel_id/messages/:message_id', authed(channelMessage))
    .add('DELETE', '/channels/:channel_id/messages/:message_id', authed(channelMessage))
    .add(
      'POST',
      '/channels/:channel_id/typing',
      authed(() => noContent()),
    )
    .add('POST', '/interactions/:interaction_id/:token/callback', open(interactionCallback))
    .add('POST', '/webhooks/:application_id/:token', open(followUp))
    .add('GET', '/webhooks/:application_id/:token/messages/:message_id', open(webhookMessage))
    .add('PATCH', '/webhooks/:application_id/:token/messages/:message_id', open(webhookMessage))
    .add('DELETE', '/webhooks/:application_id/:token/messages/:message_id', open(webhookMessage));
}

function asBody(body: unknown): Record<string, unknown> {
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

function applicationJson(world: World): Record<string, unknown> {
  return {
    id: world.appId,
    name: world.botUser.username,
    icon: null,
    description: '',
    bot_public: false,
    bot_require_code_grant: false,
    flags: 0,
    owner: world.userJson([...world.guilds.values()][0]?.ownerId ?? world.botUser.id),
    bot: world.userJson(world.botUser.id),
    verify_key: '0'.repeat(64),
    team: null,
  };
}
