/**
 * The gateway: HELLO, heartbeats, IDENTIFY -> READY + GUILD_CREATE, RESUME with replay, and the
 * gateway faults. Sessions outlive their sockets so dispatches sent while the client is
 * disconnected are buffered and replayed on RESUME, as Discord does.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GatewayOpcodes } from 'discord-api-types/v10';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { Recorder } from './records.js';
import type { World } from './state.js';

interface DispatchFrame {
  op: 0;
  t: string;
  s: number;
  d: unknown;
}

interface Session {
  id: string;
  seq: number;
  buffer: DispatchFrame[];
  connection: Connection | undefined;
  /** False once Discord would refuse to resume it. */
  valid: boolean;
  /** The intents sent in IDENTIFY: dispatches of an intent not asked for are not sent. */
  intents: number;
}

/** Dispatches that need an intent, by name prefix (the rest come to every session). */
const DISPATCH_INTENTS: ReadonlyArray<[prefix: string, intent: number]> = [['GUILD_SCHEDULED_EVENT_', 1 << 16]];

function wants(session: Session, t: string): boolean {
  const needed = DISPATCH_INTENTS.find(([prefix]) => t.startsWith(prefix))?.[1];
  return needed === undefined || (session.intents & needed) === needed;
}

interface Connection {
  socket: WebSocket;
  session: Session | undefined;
  /** The close code the server chose, when it closed the socket. */
  serverCloseCode: number | undefined;
  /** True after READY or RESUMED was sent on this socket. */
  live: boolean;
}

/** Kept per session for RESUME; Discord keeps a few minutes' worth. */
const BUFFER_LIMIT = 1000;

export interface GatewayOptions {
  world: World;
  recorder: Recorder;
  token: string;
  heartbeatIntervalMs: number;
  /** The URL clients resume to (READY's `resume_gateway_url`). */
  url: () => string;
  log: (line: string) => void;
}

/** A snapshot of the gateway, for waits such as "the bot is connected again". */
export interface GatewayStatus {
  /** Sockets open right now. */
  openSockets: number;
  /** Sessions that are connected and have received READY or RESUMED. */
  liveSessions: number;
  sessions: Array<{ id: string; seq: number; connected: boolean; valid: boolean; buffered: number }>;
}

export class Gateway {
  private readonly server = new WebSocketServer({ noServer: true });
  private readonly connections = new Set<Connection>();
  private readonly sessions = new Map<string, Session>();
  /** Dispatches sent while no session existed at all, delivered after the next READY. */
  private readonly pending: Array<{ t: string; d: unknown }> = [];
  private refuseResumes = 0;
  private withheldAcks = 0;
  private outage = false;

  constructor(private readonly options: GatewayOptions) {}

  /** Accepts a WebSocket upgrade on any path (the client adds `?v=10&encoding=json`). */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.server.handleUpgrade(request, socket, head, (ws) => this.onConnection(ws));
  }

  status(): GatewayStatus {
    const sessions = [...this.sessions.values()].map((session) => ({
      id: session.id,
      seq: session.seq,
      connected: session.connection !== undefined,
      valid: session.valid,
      buffered: session.buffer.length,
    }));
    return {
      openSockets: this.connections.size,
      liveSessions: [...this.connections].filter((c) => c.live && c.session?.valid).length,
      sessions,
    };
  }

  /**
   * Sends a dispatch to every valid session: written to its socket when connected, and always
   * kept in its buffer for a RESUME. With no session at all it waits for the next READY.
   */
  dispatch(t: string, d: unknown): void {
    const sessions = [...this.sessions.values()].filter((session) => session.valid && wants(session, t));
    if (sessions.length === 0) {
      this.pending.push({ t, d });
      this.options.log(`gateway: no session, ${t} held for the next READY`);
      return;
    }
    for (const session of sessions) this.sendDispatch(session, t, d);
  }

  /** Closes every open socket with `code`: 4000 makes the client resume, 1000 re-identify. */
  drop(code = 4000): void {
    for (const connection of this.connections) {
      if (code === 1000 || code === 1001) this.invalidate(connection.session);
      this.serverClose(connection, code);
    }
  }

  /** Sends op 7 RECONNECT to every open socket; the client closes and resumes. */
  sendReconnect(): void {
    for (const connection of this.connections) {
      this.send(connection, { op: GatewayOpcodes.Reconnect, d: null });
      this.options.recorder.addGatewayEvent({ type: 'reconnect-sent', sessionId: connection.session?.id });
    }
  }

  /**
   * An outage: every open socket dropped, and every new one cut at once until `endOutage`,
   * as when Discord's gateway cannot be reached.
   */
  startOutage(): void {
    this.outage = true;
    this.drop(4000);
  }

  endOutage(): void {
    this.outage = false;
  }

  /** Answers the next `count` RESUMEs with op 9 (d:false), so the client identifies again. */
  refuseNextResume(count = 1): void {
    this.refuseResumes += count;
  }

  /** Leaves the next `count` heartbeats unanswered; the client then closes (zombie) and resumes. */
  withholdHeartbeatAcks(count = 1): void {
    this.withheldAcks += count;
  }

  close(): void {
    for (const connection of this.connections) connection.socket.terminate();
    this.connections.clear();
    this.server.close();
  }

  // ---- connection handling ---------------------------------------------------------------

  private onConnection(socket: WebSocket): void {
    if (this.outage) {
      this.options.recorder.addGatewayEvent({ type: 'connect-refused' });
      socket.terminate();
      return;
    }
    const connection: Connection = { socket, session: undefined, serverCloseCode: undefined, live: false };
    this.connections.add(connection);
    this.options.recorder.addGatewayEvent({ type: 'connect' });
    socket.on('message', (data) => this.onMessage(connection, data));
    socket.on('close', (code) => this.onClose(connection, code));
    socket.on('error', (error) => this.options.log(`gateway: socket error ${error.message}`));
    this.send(connection, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs } });
  }

  private onClose(connection: Connection, code: number): void {
    this.connections.delete(connection);
    const session = connection.session;
    const by = connection.serverCloseCode === undefined ? 'client' : 'server';
    // A client closing with 1000/1001 ends its session (discord.js does so on destroy and after op 9).
    if (by === 'client' && (code === 1000 || code === 1001)) this.invalidate(session);
    if (session?.connection === connection) session.connection = undefined;
    this.options.recorder.addGatewayEvent({
      type: 'close',
      code: connection.serverCloseCode ?? code,
      by,
      sessionId: session?.id,
    });
  }

  private onMessage(connection: Connection, data: RawData): void {
    let frame: { op?: number; d?: unknown };
    try {
      frame = JSON.parse(data.toString()) as { op?: number; d?: unknown };
    } catch {
      this.serverClose(connection, 4002);
      return;
    }
    this.options.log(`gateway <- op ${frame.op}`);
    switch (frame.op) {
      case GatewayOpcodes.Heartbeat:
        if (this.withheldAcks > 0) {
          this.withheldAcks -= 1;
          this.options.recorder.addGatewayEvent({ type: 'heartbeat-ack-withheld', sessionId: connection.session?.id });
        } else {
          this.send(connection, { op: GatewayOpcodes.HeartbeatAck });
        }
        return;
      case GatewayOpcodes.Identify:
        this.onIdentify(connection, frame.d as { token?: string; intents?: number });
        return;
      case GatewayOpcodes.Resume:
        this.onResume(connection, frame.d as { token?: string; session_id?: string; seq?: number | null });
        return;
      case GatewayOpcodes.RequestGuildMembers:
        this.onRequestGuildMembers(
          connection,
          frame.d as { guild_id?: string; user_ids?: string | string[]; nonce?: string },
        );
        return;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
        return;
      default:
        this.serverClose(connection, 4001);
    }
  }

  private tokenMatches(token: string | undefined): boolean {
    return token === this.options.token || token === `Bot ${this.options.token}`;
  }

  private onIdentify(connection: Connection, d: { token?: string; intents?: number }): void {
    if (connection.session) {
      this.serverClose(connection, 4005);
      return;
    }
    if (!this.tokenMatches(d.token)) {
      this.serverClose(connection, 4004);
      return;
    }
    // One bot per stand-in: a fresh IDENTIFY abandons sessions nobody is connected to.
    for (const old of this.sessions.values()) if (!old.connection) this.invalidate(old);
    const session: Session = {
      id: randomUUID().replaceAll('-', ''),
      seq: 0,
      buffer: [],
      connection,
      valid: true,
      intents: Number(d.intents ?? 0),
    };
    this.sessions.set(session.id, session);
    connection.session = session;
    this.options.recorder.addGatewayEvent({ type: 'identify', sessionId: session.id });

    const { world } = this.options;
    const guildIds = [...world.guilds.keys()];
    this.sendDispatch(session, 'READY', {
      v: 10,
      user: { ...world.userJson(world.botUser.id), verified: true, mfa_enabled: false },
      guilds: guildIds.map((id) => ({ id, unavailable: true })),
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.options.url(),
      shard: [0, 1],
      application: { id: world.appId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      _trace: ['local-discord'],
    });
    for (const id of guildIds) this.sendDispatch(session, 'GUILD_CREATE', world.guildCreateJson(id));
    connection.live = true;
    this.options.recorder.addGatewayEvent({ type: 'ready', sessionId: session.id });
    for (const held of this.pending.splice(0)) this.sendDispatch(session, held.t, held.d);
  }

  private onResume(connection: Connection, d: { token?: string; session_id?: string; seq?: number | null }): void {
    const session = d.session_id ? this.sessions.get(d.session_id) : undefined;
    this.options.recorder.addGatewayEvent({ type: 'resume', sessionId: d.session_id });
    const refused = this.refuseResumes > 0;
    if (refused) this.refuseResumes -= 1;
    if (refused || !session || !session.valid || !this.tokenMatches(d.token)) {
      this.invalidate(session);
      this.send(connection, { op: GatewayOpcodes.InvalidSession, d: false });
      this.options.recorder.addGatewayEvent({ type: 'invalid-session', sessionId: d.session_id });
      return;
    }
    if (session.connection && session.connection !== connection) this.serverClose(session.connection, 4000);
    session.connection = connection;
    connection.session = session;
    const after = d.seq ?? 0;
    for (const frame of session.buffer) if (frame.s > after) this.send(connection, frame);
    this.sendDispatch(session, 'RESUMED', null);
    connection.live = true;
    this.options.recorder.addGatewayEvent({ type: 'resumed', sessionId: session.id });
  }

  private onRequestGuildMembers(
    connection: Connection,
    d: { guild_id?: string; user_ids?: string | string[]; nonce?: string },
  ): void {
    const session = connection.session;
    const guild = d.guild_id ? this.options.world.guilds.get(d.guild_id) : undefined;
    if (!session || !guild) return;
    const wanted = d.user_ids === undefined ? undefined : [d.user_ids].flat();
    const ids = wanted ?? [...guild.members.keys()];
    this.sendDispatch(session, 'GUILD_MEMBERS_CHUNK', {
      guild_id: guild.id,
      members: ids.filter((id) => guild.members.has(id)).map((id) => this.options.world.memberJson(guild.id, id)),
      not_found: ids.filter((id) => !guild.members.has(id)),
      chunk_index: 0,
      chunk_count: 1,
      ...(d.nonce ? { nonce: d.nonce } : {}),
    });
  }

  // ---- sending ------------------------------------------------------------------------------

  private sendDispatch(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    const frame: DispatchFrame = { op: 0, t, s: session.seq, d };
    session.buffer.push(frame);
    if (session.buffer.length > BUFFER_LIMIT) session.buffer.shift();
    const connection = session.connection;
    const delivered =
      connection !== undefined && connection.serverCloseCode === undefined && this.send(connection, frame);
    this.options.recorder.addGatewayEvent({ type: 'dispatch', sessionId: session.id, t, s: frame.s, delivered });
  }

  private send(connection: Connection, frame: unknown): boolean {
    if (connection.socket.readyState !== connection.socket.OPEN) return false;
    this.options.log(`gateway -> ${JSON.stringify(frame).slice(0, 200)}`);
    connection.socket.send(JSON.stringify(frame));
    return true;
  }

  private serverClose(connection: Connection, code: number): void {
    if (connection.serverCloseCode !== undefined) return;
    connection.serverCloseCode = code;
    connection.live = false;
    if (connection.session?.connection === connection) connection.session.connection = undefined;
    connection.socket.close(code);
  }

  private invalidate(session: Session | undefined): void {
    if (session) session.valid = false;
  }
}
