/**
 * Public option, spec and record types of the local Discord stand-in.
 * Payloads are plain JSON objects shaped as Discord's API v10 sends them.
 */

/** Permission bits, as a bigint or as Discord's decimal string. */
export type PermissionsInput = bigint | string;

/** A user known to the stand-in (members, DM recipients, interaction authors). */
export interface UserSpec {
  id?: string;
  username: string;
  globalName?: string | null;
  bot?: boolean;
  /** Direct messages from server members closed (the privacy setting): the bot's DMs get 403 50007. */
  dmsClosed?: boolean;
}

/** A role of a guild. `permissions` are the role's permission bits. */
export interface RoleSpec {
  id?: string;
  name: string;
  permissions?: PermissionsInput;
  position?: number;
  managed?: boolean;
}

/** A channel of a guild. `type` defaults to 0 (GUILD_TEXT). */
export interface ChannelSpec {
  id?: string;
  name: string;
  type?: number;
  topic?: string | null;
  parentId?: string | null;
  /** Raw Discord overwrites `{id, type: 0 role | 1 member, allow, deny}` (bits as decimal strings). */
  permissionOverwrites?: Array<{ id: string; type: 0 | 1; allow: string; deny: string }>;
}

/** A member of a guild. */
export interface MemberSpec {
  user: UserSpec;
  /** Role ids (not names) besides @everyone. */
  roles?: string[];
  nick?: string | null;
  /**
   * The member's guild permissions, replacing the ones computed from roles (owner or
   * Administrator: every bit, otherwise @everyone OR the member's roles). Interactions report
   * them in `member.permissions` after the channel's overwrites, as Discord does.
   */
  permissions?: PermissionsInput;
}

/** A guild. Everything is optional; missing ids are generated snowflakes. */
export interface GuildSpec {
  id?: string;
  name?: string;
  /** The owner's user id; defaults to the first member, or a generated "owner" user. */
  ownerId?: string;
  /** Defaults to one text channel named "general". */
  channels?: ChannelSpec[];
  /** Extra roles; @everyone (id = guild id) and the bot's managed role are always created. */
  roles?: RoleSpec[];
  /** Members besides the bot (the bot's own member is always added). */
  members?: MemberSpec[];
  /** Permission bits of @everyone; defaults to a typical member set. */
  everyonePermissions?: PermissionsInput;
  /** Permission bits of the bot's managed role; defaults to view/send/embed/attach/history. */
  botPermissions?: PermissionsInput;
  /** Defaults to "en-US". */
  preferredLocale?: string;
}

/** Options of {@link startLocalDiscord}. */
export interface LocalDiscordOptions {
  /** The token the client must use (`Bot <token>` on REST, raw in IDENTIFY). Default "local-discord-token". */
  token?: string;
  /** HELLO's heartbeat interval. Default 1000 ms. */
  heartbeatIntervalMs?: number;
  /** The bot's user; its id is also the application id unless `applicationId` is set. */
  bot?: { id?: string; username?: string };
  applicationId?: string;
  /** Defaults to one guild with a "general" channel and an owner. */
  guilds?: GuildSpec[];
  /** Default timeout of `waitFor` and of the interaction helpers. Default 5000 ms. */
  defaultTimeoutMs?: number;
  /**
   * The clock of scheduled events (a start in the past is refused; EXTERNAL events start and
   * end by it). Default: the real time.
   */
  now?: () => number;
  /** Log every request and gateway frame: `true` writes to stderr, a function receives the lines. */
  debug?: boolean | ((line: string) => void);
}

/** A file received in a multipart request. */
export interface RecordedFile {
  /** The multipart field name, e.g. "files[0]". */
  field: string;
  name: string;
  size: number;
  contentType: string;
  data: Uint8Array;
}

/** One REST call as the stand-in received and answered it. */
export interface RestCallRecord {
  method: string;
  /** Decoded path below `/api/v10`, e.g. `/webhooks/1/tok/messages/@original`. */
  path: string;
  /** The route template that matched, e.g. `POST /channels/:channel_id/messages`; undefined when unknown. */
  route: string | undefined;
  params: Record<string, string>;
  query: Record<string, string>;
  /** Parsed JSON body, or the parsed `payload_json` of a multipart body; undefined when empty. */
  body: unknown;
  files: RecordedFile[];
  /** Status answered. */
  status: number;
  /** JSON answered (undefined for 204). */
  response: unknown;
  /** Set when an injected fault answered this call instead of the route. */
  fault: boolean;
  /** Epoch ms when the request arrived. */
  at: number;
}

/** One `POST /channels/{id}/messages` attempt, including faulted and deduplicated ones. */
export interface PostAttempt {
  channelId: string;
  body: unknown;
  nonce: string | undefined;
  enforceNonce: boolean;
  status: number;
  /** What happened: a new message, the earlier message returned for a repeated nonce, or an error. */
  outcome: 'created' | 'deduplicated' | 'error';
  messageId: string | undefined;
  at: number;
}

/** One response of the bot to an interaction. */
export interface InteractionResponseRecord {
  kind: 'callback' | 'edit-original' | 'delete-original' | 'follow-up' | 'edit-message' | 'delete-message';
  /** Interaction callback type (4 reply, 5 defer, 6 deferred update, 7 update, 8 autocomplete, 9 modal). */
  callbackType?: number;
  body: unknown;
  files: RecordedFile[];
  /** The message created or edited, when there is one. */
  message?: Record<string, unknown>;
  at: number;
}

/** A gateway happening, for assertions such as "the client resumed". */
export interface GatewayEventRecord {
  type:
    | 'connect'
    | 'connect-refused'
    | 'identify'
    | 'ready'
    | 'resume'
    | 'resumed'
    | 'invalid-session'
    | 'close'
    | 'reconnect-sent'
    | 'heartbeat-ack-withheld'
    | 'dispatch';
  sessionId?: string;
  /** Close code, for `close`. */
  code?: number;
  /** Who closed, for `close`. */
  by?: 'server' | 'client';
  /** Dispatch name and sequence, for `dispatch` (also recorded when buffered). */
  t?: string;
  s?: number;
  /** For `dispatch`: whether it was written to an open socket (false: buffered for a resume). */
  delivered?: boolean;
  at: number;
}

/** Options of waits. */
export interface WaitOptions {
  timeoutMs?: number;
  /** Said in the timeout error, e.g. "the reminder to be posted". */
  description?: string;
}
