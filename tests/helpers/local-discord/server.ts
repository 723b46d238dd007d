/**
 * The local Discord: one HTTP server on 127.0.0.1 serving REST under /api/v10 and the gateway
 * on any WebSocket upgrade, plus the API tests use to read what happened and to drive the bot.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApplicationCommandOptionType, type APIMessage, type APIUser } from 'discord-api-types/v10';
import { FaultTable, type FaultHandle, type FaultMatcher, type FaultResponse } from './faults.js';
import { Gateway, type GatewayStatus } from './gateway.js';
import {
  buildAutocomplete,
  buildComponent,
  buildModalSubmit,
  buildSlashCommand,
  type AutocompleteSpec,
  type BuiltInteraction,
  type ComponentSpec,
  type ModalSubmitSpec,
  type OptionInput,
  type SlashCommandSpec,
} from './interactions.js';
import { Recorder, type InteractionRecord } from './records.js';
import { buildRoutes, type RouteHandler } from './rest-routes.js';
import { compilePath, decodePath, type Router } from './router.js';
import { ScheduledEvents, type StoredScheduledEvent } from './scheduled-events.js';
import { World, toBits } from './state.js';
import type {
  GatewayEventRecord,
  GuildSpec,
  InteractionResponseRecord,
  LocalDiscordOptions,
  MemberSpec,
  PermissionsInput,
  PostAttempt,
  RecordedFile,
  RestCallRecord,
  WaitOptions,
} from './types.js';

/** The bot's answers to one interaction, available once its first response (the callback) arrived. */
export interface InteractionExchange {
  readonly id: string;
  readonly token: string;
  /** The INTERACTION_CREATE payload that was dispatched. */
  readonly payload: Record<string, unknown>;
  /** The callback body `{type, data}` (4 reply, 5 defer, 6 deferred update, 7 update, 8 autocomplete, 9 modal). */
  readonly callback: { type: number; data?: Record<string, unknown> };
  /** `callback.data.content`, for the common case. */
  readonly content: string | undefined;
  /** Whether the callback asked for an ephemeral message (flag 64). */
  readonly ephemeral: boolean;
  /** `callback.data.choices` of an autocomplete answer. */
  readonly choices: Array<{ name: string; value: string | number }> | undefined;
  /** Files attached to the callback. */
  readonly files: RecordedFile[];
  /** Every response so far, in order (callback, edits of @original, follow-ups...). */
  responses(): InteractionResponseRecord[];
  /** The `@original` message as it stands now (after a reply, defer or update). */
  original(): APIMessage | undefined;
  /** The `index`-th edit of `@original` (default the first), waiting for it if needed. */
  waitForEdit(options?: WaitOptions & { index?: number }): Promise<APIMessage>;
  /** The `index`-th follow-up message (default the first), waiting for it if needed. */
  waitForFollowUp(options?: WaitOptions & { index?: number }): Promise<APIMessage>;
}

/** A read-only view of a guild, for finding ids in tests. */
export interface GuildInfo {
  id: string;
  name: string;
  ownerId: string;
  channels: Array<{ id: string; name: string; type: number }>;
  roles: Array<{ id: string; name: string; permissions: string }>;
  memberIds: string[];
}

/** Options to give the discord.js Client so it talks to this stand-in. */
export interface LocalClientOptions {
  rest: { api: string };
  ws: { buildIdentifyThrottler: () => Promise<{ waitForIdentify: () => Promise<void> }> };
}

const API_PREFIX = /^\/api\/v\d+(?=\/)/;

export class LocalDiscord {
  /** `http://127.0.0.1:PORT/api`: give it to discord.js as `rest.api` (it appends `/v10`). */
  readonly apiBase: string;
  /** `ws://127.0.0.1:PORT`, announced by /gateway/bot and as READY's `resume_gateway_url`. */
  readonly gatewayUrl: string;
  readonly port: number;
  readonly token: string;

  private readonly world: World;
  private readonly recorder: Recorder;
  private readonly gateway: Gateway;
  private readonly faults = new FaultTable();
  private readonly routes: Router<RouteHandler> = buildRoutes();
  private readonly scheduled: ScheduledEvents;
  private closed = false;

  /** Use {@link startLocalDiscord}. */
  constructor(
    private readonly server: Server,
    options: LocalDiscordOptions,
  ) {
    this.port = (server.address() as AddressInfo).port;
    this.apiBase = `http://127.0.0.1:${this.port}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${this.port}`;
    this.token = options.token ?? 'local-discord-token';
    this.recorder = new Recorder(options.defaultTimeoutMs ?? 5000);
    this.world = new World(options.bot ?? {}, options.applicationId, () => `http://127.0.0.1:${this.port}`);
    for (const guild of options.guilds ?? [{ name: 'Local Guild' }]) this.world.addGuild(guild);
    const debug = options.debug;
    this.log =
      debug === true
        ? (line) => process.stderr.write(`[local-discord] ${line}\n`)
        : typeof debug === 'function'
          ? debug
          : () => undefined;
    this.gateway = new Gateway({
      world: this.world,
      recorder: this.recorder,
      token: this.token,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 1000,
      url: () => this.gatewayUrl,
      log: this.log,
    });
    this.scheduled = new ScheduledEvents({
      world: this.world,
      dispatch: (t, d) => this.gateway.dispatch(t, d),
      now: options.now ?? Date.now,
    });
    this.world.scheduledEventsOf = (guildId) => this.scheduled.list(guildId);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      this.handleHttp(request, response).catch((error: unknown) => {
        this.log(`rest: handler failed: ${String(error)}`);
        if (!response.headersSent) this.send(response, 500, { message: String(error), code: 0 });
      });
    });
    server.on('upgrade', (request, socket, head: Buffer) => this.gateway.handleUpgrade(request, socket, head));
  }

  private readonly log: (line: string) => void;

  // ---- identity and world -------------------------------------------------------------------

  /** The application id (the bot's user id unless `applicationId` was given). */
  get applicationId(): string {
    return this.world.appId;
  }

  /** The bot's user object, as READY and /users/@me give it. */
  get botUser(): APIUser {
    return this.world.userJson(this.world.botUser.id);
  }

  /**
   * Client options pointing discord.js here, with identify throttling removed:
   * `new Client({ intents, ...discord.clientOptions() })`.
   */
  clientOptions(): LocalClientOptions {
    return {
      rest: { api: this.apiBase },
      ws: { buildIdentifyThrottler: async () => ({ waitForIdentify: async () => undefined }) },
    };
  }

  /** Ids of every guild, in creation order. */
  guildIds(): string[] {
    return [...this.world.guilds.keys()];
  }

  /** A guild (default: the first one). */
  guild(id: string = this.guildIds()[0] ?? ''): GuildInfo {
    const guild = this.world.requireGuild(id);
    return {
      id: guild.id,
      name: guild.name,
      ownerId: guild.ownerId,
      channels: guild.channelIds.map((channelId) => {
        const channel = this.world.requireChannel(channelId);
        return { id: channel.id, name: channel.name, type: channel.type };
      }),
      roles: [...guild.roles.values()].map((role) => ({
        id: role.id,
        name: role.name,
        permissions: role.permissions.toString(),
      })),
      memberIds: [...guild.members.keys()],
    };
  }

  /** The id of the channel with this name (in the given guild, default the first guild). */
  channelId(name: string, guildId?: string): string {
    const found = this.guild(guildId).channels.find((channel) => channel.name === name);
    if (!found) throw new Error(`LocalDiscord: no channel named "${name}"`);
    return found.id;
  }

  /** The DM channel between the bot and a user (created on first use), e.g. for a DM interaction. */
  dmChannelId(userId: string): string {
    this.world.requireUser(userId);
    return this.world.dmChannel(userId).id;
  }

  /** Opens or closes a user's direct messages (closed: the bot's DMs to them get 403 50007). */
  setDmsClosed(userId: string, closed: boolean): void {
    this.world.requireUser(userId).dmsClosed = closed;
  }

  /** Adds a guild at run time and dispatches its GUILD_CREATE (as when the bot joins a guild). */
  addGuild(spec: GuildSpec = {}): GuildInfo {
    const guild = this.world.addGuild(spec);
    this.gateway.dispatch('GUILD_CREATE', this.world.guildCreateJson(guild.id));
    return this.guild(guild.id);
  }

  /** Adds a member to a guild (no gateway event: the bot has no GuildMembers intent). Returns the user id. */
  addMember(guildId: string, spec: MemberSpec): string {
    return this.world.addMember(guildId, spec).userId;
  }

  /**
   * Sets a member's guild permissions (future interactions report them, channel overwrites
   * applied, in `member.permissions`); `undefined` computes them from roles again.
   */
  setMemberPermissions(guildId: string, userId: string, permissions: PermissionsInput | undefined): void {
    const member = this.world.requireGuild(guildId).members.get(userId);
    if (!member) throw new Error(`LocalDiscord: ${userId} is not a member of guild ${guildId}`);
    member.permissions = permissions === undefined ? undefined : toBits(permissions);
  }

  // ---- records ------------------------------------------------------------------------------

  /** REST calls received, optionally filtered by method and path (`:param` templates or a RegExp). */
  calls(filter: FaultMatcher = {}): RestCallRecord[] {
    const method = filter.method?.toUpperCase();
    const path = filter.path;
    const matches = typeof path === 'string' ? compilePath(path) : undefined;
    return this.recorder.calls.filter(
      (call) =>
        (method === undefined || call.method === method) &&
        (path === undefined || (path instanceof RegExp ? path.test(call.path) : matches?.(call.path) !== undefined)),
    );
  }

  /** Calls no route knew (answered 404 `{message, code: 0}`): a stand-in gap or a bot bug. */
  unknownRoutes(): RestCallRecord[] {
    return this.recorder.calls.filter((call) => call.route === undefined && !call.fault);
  }

  /** Messages created in a channel by `POST /channels/{id}/messages` (one per nonce), oldest first. */
  postedMessages(channelId: string): APIMessage[] {
    return [...this.world.messages.values()]
      .filter((stored) => stored.source === 'channel' && !stored.deleted && stored.message.channel_id === channelId)
      .map((stored) => stored.message);
  }

  /**
   * Forgets every message nonce, as Discord does a few minutes after a message: a nonce sent
   * again afterwards makes a second message.
   */
  forgetNonces(): void {
    this.world.nonces.clear();
  }

  /** Every `POST /channels/{id}/messages` attempt that reached the route, deduplicated and refused ones included. */
  postAttempts(channelId: string): PostAttempt[] {
    return this.recorder.postAttempts.filter((attempt) => attempt.channelId === channelId);
  }

  /** Everything the bot answered to an interaction, in order. */
  interactionResponses(interactionId: string): InteractionResponseRecord[] {
    return [...(this.recorder.interactions.get(interactionId)?.responses ?? [])];
  }

  /** Commands as last registered with PUT (global when `guildId` is omitted), with their ids. */
  registeredCommands(guildId?: string): Array<Record<string, unknown>> {
    return [...(this.world.commands.get(guildId ?? 'global') ?? [])];
  }

  /** Gateway happenings (connects, identifies, resumes, closes, dispatches), optionally of one type. */
  gatewayEvents(type?: GatewayEventRecord['type']): GatewayEventRecord[] {
    return this.recorder.gatewayEvents.filter((event) => type === undefined || event.type === type);
  }

  /** Open sockets and sessions right now. */
  gatewayStatus(): GatewayStatus {
    return this.gateway.status();
  }

  /**
   * Resolves with the first truthy value of `condition`, re-checked after every request or gateway
   * event and every 20 ms; rejects with a description of recent traffic after the timeout.
   */
  waitFor<T>(condition: () => T | undefined | null | false, options: WaitOptions = {}): Promise<T> {
    return this.recorder.waitFor(condition, { ...options, diagnose: () => this.diagnose() });
  }

  /**
   * The next gateway event of this type recorded after this call. Start it before causing the
   * event: `const resumed = discord.nextGatewayEvent('resumed'); discord.dropConnection(); await resumed;`
   */
  nextGatewayEvent(type: GatewayEventRecord['type'], options: WaitOptions = {}): Promise<GatewayEventRecord> {
    const seen = this.recorder.gatewayEvents.length;
    return this.waitFor(() => this.recorder.gatewayEvents.slice(seen).find((event) => event.type === type), {
      description: `a gateway "${type}" event`,
      ...options,
    });
  }

  // ---- driving ------------------------------------------------------------------------------

  /**
   * Sends a raw dispatch (`{op:0, t, d}`) to the bot. While it is disconnected the dispatch is
   * buffered and replayed on RESUME; with no session at all it waits for the next READY.
   */
  /**
   * A file for an attachment option: `options: { file: discord.upload('a.txt', text) }`. Its
   * URL is served by this server, as Discord's CDN would serve it.
   */
  upload(
    filename: string,
    content: string | Buffer,
    contentType: string | null = 'text/plain; charset=utf-8',
  ): OptionInput {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    return { type: ApplicationCommandOptionType.Attachment, value: this.world.upload(filename, bytes, contentType) };
  }

  dispatch(t: string, d: unknown): void {
    this.gateway.dispatch(t, d);
  }

  /** Dispatches a chat input command; resolves with the exchange once the bot's callback arrives. */
  command(spec: SlashCommandSpec): Promise<InteractionExchange> {
    return this.startInteraction(buildSlashCommand(this.world, spec), spec.timeoutMs);
  }

  /** Dispatches an autocomplete request; the exchange's `choices` hold the answer. */
  autocomplete(spec: AutocompleteSpec): Promise<InteractionExchange> {
    return this.startInteraction(buildAutocomplete(this.world, spec), spec.timeoutMs);
  }

  /** Clicks a button (or any component given `componentType`). */
  button(spec: ComponentSpec): Promise<InteractionExchange> {
    return this.startInteraction(buildComponent(this.world, spec), spec.timeoutMs);
  }

  /** Chooses values in a select menu (default a string select). */
  selectMenu(spec: ComponentSpec & { values: string[] }): Promise<InteractionExchange> {
    return this.button({ componentType: 'string-select', ...spec });
  }

  /** Submits a modal; mirrors the layout (labels or action rows) of the modal the bot showed. */
  modalSubmit(spec: ModalSubmitSpec): Promise<InteractionExchange> {
    return this.startInteraction(
      buildModalSubmit(this.world, spec, this.lastModalShown(spec.customId)),
      spec.timeoutMs,
    );
  }

  // ---- scheduled events ---------------------------------------------------------------------

  /** The picture of an event's cover (its PNG, JPEG or GIF bytes), as Discord's CDN serves it. */
  scheduledEventCover(event: Pick<StoredScheduledEvent, 'image'>): Buffer | undefined {
    return this.scheduled.cover(event);
  }

  /** A guild's scheduled events as Discord holds them now (COMPLETED ones too), in creation order. */
  scheduledEvents(guildId: string = this.guildIds()[0] ?? ''): StoredScheduledEvent[] {
    return this.scheduled.list(guildId, true).map((event) => ({ ...event }));
  }

  /**
   * A moderator deletes an event in the Discord client (its Cancel button sends DELETE too):
   * GUILD_SCHEDULED_EVENT_DELETE is dispatched, unless `dispatch` is false (the bot was away and
   * missed it: it learns on its next call, a 404).
   */
  deleteScheduledEventByHand(guildId: string, eventId: string, options: { dispatch?: boolean } = {}): void {
    const owner = this.world.requireGuild(guildId).ownerId;
    const result =
      options.dispatch === false
        ? this.scheduled.deleteQuietly(guildId, eventId)
        : this.scheduled.delete(guildId, eventId, owner);
    if (result.status !== 204)
      throw new Error(`LocalDiscord: could not delete event ${eventId}: ${JSON.stringify(result.body)}`);
  }

  /** A member (the owner by default) creates an event in the client, e.g. to fill the guild's 100. */
  createScheduledEventByHand(guildId: string, body: Record<string, unknown>, userId?: string): StoredScheduledEvent {
    const result = this.scheduled.create(guildId, body, userId ?? this.world.requireGuild(guildId).ownerId);
    if (result.status !== 200)
      throw new Error(`LocalDiscord: could not create an event: ${JSON.stringify(result.body)}`);
    return result.body as StoredScheduledEvent;
  }

  // ---- faults -------------------------------------------------------------------------------

  /**
   * Answers the next `times` calls matching `matcher` with `response` instead of the route, e.g.
   * `discord.failNext({ method: 'POST', path: '/channels/:id/messages' }, Faults.serverError())`.
   */
  failNext(matcher: FaultMatcher, response: FaultResponse, times = 1): FaultHandle {
    return this.faults.add(matcher, response, times);
  }

  /** Closes the gateway socket(s): 4000 (default) makes discord.js resume, 1000 re-identify. */
  dropConnection(code = 4000): void {
    this.gateway.drop(code);
  }

  /** The gateway unreachable until `endOutage`: open sockets dropped, new ones cut at once. */
  startOutage(): void {
    this.gateway.startOutage();
  }

  endOutage(): void {
    this.gateway.endOutage();
  }

  /** Sends op 7 RECONNECT; discord.js closes and resumes. */
  sendReconnect(): void {
    this.gateway.sendReconnect();
  }

  /** Refuses the next `count` RESUMEs with op 9 (d:false): the client identifies again. */
  refuseNextResume(count = 1): void {
    this.gateway.refuseNextResume(count);
  }

  /** Leaves the next `count` heartbeats unacknowledged; discord.js then closes as a zombie and resumes. */
  withholdHeartbeatAcks(count = 1): void {
    this.gateway.withholdHeartbeatAcks(count);
  }

  /** Terminates every socket and the HTTP server, and rejects pending waits. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.recorder.close();
    this.gateway.close();
    const stopped = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await stopped;
  }

  // ---- internals ----------------------------------------------------------------------------

  private startInteraction(built: BuiltInteraction, timeoutMs: number | undefined): Promise<InteractionExchange> {
    const record: InteractionRecord = {
      id: built.id,
      token: built.token,
      type: built.type,
      label: built.label,
      channelId: built.channelId,
      guildId: built.guildId,
      payload: built.payload,
      responses: [],
      originalMessageId: undefined,
    };
    this.recorder.addInteraction(record);
    this.gateway.dispatch('INTERACTION_CREATE', built.payload);
    return this.waitFor(
      () => {
        const callback = record.responses.find((response) => response.kind === 'callback');
        return callback && this.exchange(record, callback);
      },
      { timeoutMs, description: `the bot's response to ${built.label} (interaction ${built.id})` },
    );
  }

  private exchange(record: InteractionRecord, callback: InteractionResponseRecord): InteractionExchange {
    const body = (callback.body ?? {}) as { type: number; data?: Record<string, unknown> };
    const data = body.data;
    const nth =
      (kind: InteractionResponseRecord['kind'], what: string) =>
      (options: WaitOptions & { index?: number } = {}) => {
        const index = options.index ?? 0;
        return this.waitFor(
          () => record.responses.filter((response) => response.kind === kind)[index]?.message as APIMessage | undefined,
          {
            description: `${what} #${index + 1} of ${record.label} (interaction ${record.id})`,
            ...options,
          },
        );
      };
    return {
      id: record.id,
      token: record.token,
      payload: record.payload,
      callback: body,
      content: typeof data?.content === 'string' ? data.content : undefined,
      ephemeral: (Number(data?.flags ?? 0) & 64) !== 0,
      choices: Array.isArray(data?.choices)
        ? (data.choices as Array<{ name: string; value: string | number }>)
        : undefined,
      files: callback.files,
      responses: () => [...record.responses],
      original: () => {
        const stored = record.originalMessageId ? this.world.messages.get(record.originalMessageId) : undefined;
        return stored && !stored.deleted ? stored.message : undefined;
      },
      waitForEdit: nth('edit-original', 'edit of @original'),
      waitForFollowUp: nth('follow-up', 'follow-up'),
    };
  }

  private lastModalShown(customId: string): Record<string, unknown> | undefined {
    let found: Record<string, unknown> | undefined;
    for (const record of this.recorder.interactions.values()) {
      for (const response of record.responses) {
        const data = (response.body as { data?: Record<string, unknown> } | undefined)?.data;
        if (response.callbackType === 9 && data?.custom_id === customId) found = data;
      }
    }
    return found;
  }

  private diagnose(): string {
    const status = this.gateway.status();
    return [
      `Gateway: ${status.openSockets} open socket(s), ${status.liveSessions} live session(s).`,
      this.recorder.recentTraffic(),
    ].join('\n');
  }

  // ---- HTTP ---------------------------------------------------------------------------------

  private async handleHttp(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const at = Date.now();
    const method = (request.method ?? 'GET').toUpperCase();
    const url = new URL(request.url ?? '/', this.apiBase);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const prefixed = API_PREFIX.test(url.pathname);
    const path = decodePath(url.pathname.replace(API_PREFIX, ''));
    const call: RestCallRecord = {
      method,
      path,
      route: undefined,
      params: {},
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      files: [],
      status: 0,
      response: undefined,
      fault: false,
      at,
    };

    const answer = (status: number, body?: unknown, headers?: Record<string, string>): void => {
      call.status = status;
      call.response = body;
      this.log(`rest: ${method} ${path} -> ${status}`);
      this.send(response, status, body, headers);
      this.recorder.addCall(call);
    };

    try {
      const parsed = await parseBody(raw, request.headers['content-type']);
      call.body = parsed.body;
      call.files = parsed.files;
    } catch {
      answer(400, { message: 'The request body contains invalid JSON.', code: 50109 });
      return;
    }

    // Files attached to commands, fetched as from Discord's CDN.
    const upload = !prefixed && method === 'GET' ? /^\/attachments\/uploads\/(\d+)\//.exec(url.pathname) : null;
    if (upload) {
      const file = this.world.uploads.get(upload[1]!);
      call.status = file ? 200 : 404;
      this.recorder.addCall(call);
      if (!file) response.writeHead(404).end();
      else
        response
          .writeHead(200, {
            'content-type': file.contentType ?? 'application/octet-stream',
            'content-length': String(file.bytes.length),
          })
          .end(file.bytes);
      return;
    }

    const found = prefixed ? this.routes.find(method, path) : undefined;
    call.route = found ? `${method} ${found.route.template}` : undefined;
    call.params = found?.params ?? {};

    const fault = prefixed ? this.faults.take(method, path) : undefined;
    if (fault) {
      call.fault = true;
      if (found && method === 'POST' && found.route.template === '/channels/:channel_id/messages') {
        const nonce = (call.body as { nonce?: string | number } | undefined)?.nonce;
        this.recorder.addPostAttempt({
          channelId: call.params.channel_id ?? '',
          body: call.body,
          nonce: nonce === undefined ? undefined : String(nonce),
          enforceNonce: (call.body as { enforce_nonce?: boolean } | undefined)?.enforce_nonce === true,
          status: fault.status,
          outcome: 'error',
          messageId: undefined,
          at,
        });
      }
      answer(fault.status, fault.body, fault.headers);
      return;
    }
    if (!found) {
      answer(404, { message: '404: Not Found', code: 0 });
      return;
    }
    if (found.route.handler.auth && request.headers.authorization !== `Bot ${this.token}`) {
      answer(401, { message: '401: Unauthorized', code: 0 });
      return;
    }
    const result = found.route.handler.handle(
      { method, path, params: found.params, query: url.searchParams, body: call.body, files: call.files },
      {
        world: this.world,
        recorder: this.recorder,
        gatewayUrl: () => this.gatewayUrl,
        scheduledEvents: this.scheduled,
      },
    );
    answer(result.status, result.body, result.headers);
  }

  private send(response: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
    if (status === 204 || body === undefined) {
      response.writeHead(status, headers).end();
      return;
    }
    const text = JSON.stringify(body);
    response
      .writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text).toString(),
        ...headers,
      })
      .end(text);
  }
}

/** JSON, or multipart with `payload_json` and `files[n]`; empty bodies give undefined. */
async function parseBody(
  raw: Buffer,
  contentType: string | undefined,
): Promise<{ body: unknown; files: RecordedFile[] }> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType?.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const files: RecordedFile[] = [];
    let body: unknown;
    for (const [name, value] of form.entries()) {
      if (typeof value === 'string') {
        if (name === 'payload_json') body = JSON.parse(value);
        continue;
      }
      files.push({
        field: name,
        name: value.name,
        size: value.size,
        contentType: value.type,
        data: new Uint8Array(await value.arrayBuffer()),
      });
    }
    return { body, files };
  }
  return { body: JSON.parse(raw.toString('utf8')), files: [] };
}

/** Starts a local Discord on 127.0.0.1 at an ephemeral port. Call `close()` when done. */
export async function startLocalDiscord(options: LocalDiscordOptions = {}): Promise<LocalDiscord> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return new LocalDiscord(server, options);
}
