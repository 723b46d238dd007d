/**
 * Guild scheduled events as Discord documents them (API v10, guild-scheduled-event resource):
 * list/get/create/modify/delete, the field rules of each entity type and their length limits,
 * the one-way status changes, the cap of 100 scheduled or active events, the permissions
 * (Create Events to create since 2026-02; Create or Manage Events for the bot's own events,
 * Manage Events for others'), and the gateway dispatches. EXTERNAL events start and end by
 * themselves on the stand-in's clock. See /work/shared/notes/discord-scheduled-events.md.
 */
import { createHash } from 'node:crypto';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { discordError, type FaultResponse } from './faults.js';
import { snowflake, type World } from './state.js';

export const SCHEDULED = 1;
export const ACTIVE = 2;
export const COMPLETED = 3;
export const CANCELED = 4;
const STAGE = 1;
const VOICE = 2;
const EXTERNAL = 3;
const GUILD_ONLY = 2;
/** At most this many SCHEDULED or ACTIVE events in a guild. */
export const MAX_UNCOMPLETED = 100;

/** One event as the stand-in holds it (the JSON Discord returns). */
export interface StoredScheduledEvent {
  id: string;
  guild_id: string;
  channel_id: string | null;
  creator_id: string;
  name: string;
  description: string | null;
  scheduled_start_time: string;
  scheduled_end_time: string | null;
  privacy_level: number;
  status: number;
  entity_type: number;
  entity_id: string | null;
  entity_metadata: { location: string } | null;
  image: string | null;
  recurrence_rule: unknown;
}

export interface ScheduledEventContext {
  world: World;
  dispatch: (t: string, d: unknown) => void;
  now: () => number;
}

type Body = Record<string, unknown>;
type Problem = { path: string; code: string; message: string };

/** Discord's 400 50035 with every field problem in its error tree. */
function invalidForm(problems: Problem[]): FaultResponse {
  const errors: Record<string, unknown> = {};
  for (const problem of problems) {
    let node = errors;
    for (const part of problem.path.split('.')) node = (node[part] ??= {}) as Record<string, unknown>;
    ((node._errors ??= []) as unknown[]).push({ code: problem.code, message: problem.message });
  }
  return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors } };
}

const required = (path: string): Problem => ({ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
const badLength = (path: string, max: number): Problem => ({
  path,
  code: 'BASE_TYPE_BAD_LENGTH',
  message: `Must be between 1 and ${max} in length.`,
});

/** Discord's timestamps: `2023-02-08T13:30:00+00:00`; it reads `…Z` and offsets alike. */
function discordTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

function readTime(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Lengths of name, description and location, when given. */
function lengthProblems(body: Body): Problem[] {
  const problems: Problem[] = [];
  const name = body.name;
  if (name !== undefined && (typeof name !== 'string' || name.length < 1 || name.length > 100))
    problems.push(badLength('name', 100));
  const description = body.description;
  if (typeof description === 'string' && (description.length < 1 || description.length > 1000))
    problems.push(badLength('description', 1000));
  const location = (body.entity_metadata as Body | null | undefined)?.location;
  if (
    location !== undefined &&
    location !== null &&
    (typeof location !== 'string' || location.length < 1 || location.length > 100)
  )
    problems.push(badLength('entity_metadata.location', 100));
  return problems;
}

/**
 * The largest image Discord takes in an image field: it answers BINARY_TYPE_MAX_SIZE "File cannot
 * be larger than 10240.0 kb" (its limit for image fields; none is documented for event covers).
 */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
const DATA_URI = /^data:image\/(png|jpeg|jpg|gif);base64,([A-Za-z0-9+/]*={0,2})$/;

/** The picture of an image data URI (PNG, JPEG or GIF, as Discord takes), or why it is refused. */
function readImage(image: unknown): { bytes: Buffer } | Problem {
  const invalid: Problem = { path: 'image', code: 'IMAGE_INVALID', message: 'Invalid image data' };
  const match = typeof image === 'string' ? DATA_URI.exec(image) : null;
  if (!match) return invalid;
  const bytes = Buffer.from(match[2]!, 'base64');
  // The content decides, not the label: discord.js labels every Buffer it sends image/jpg.
  const png = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  const gif = bytes.subarray(0, 4).toString('latin1') === 'GIF8';
  if (!png && !jpeg && !gif) return invalid;
  if (bytes.length > MAX_IMAGE_BYTES)
    return { path: 'image', code: 'BINARY_TYPE_MAX_SIZE', message: 'File cannot be larger than 10240.0 kb.' };
  return { bytes };
}

/** The image field's problem, if any (absent and null are allowed: null removes the cover). */
function imageProblems(body: Body): Problem[] {
  if (body.image === undefined || body.image === null) return [];
  const read = readImage(body.image);
  return 'bytes' in read ? [] : [read];
}

export class ScheduledEvents {
  /** Guild id -> event id -> event, in creation order. */
  private readonly guilds = new Map<string, Map<string, StoredScheduledEvent>>();
  /** The cover pictures received, by image hash (as Discord's CDN serves them). */
  private readonly covers = new Map<string, Buffer>();

  constructor(private readonly context: ScheduledEventContext) {}

  /** The guild's events after the clock has moved them on (GET lists leave COMPLETED ones out, as observed). */
  list(guildId: string, withCompleted = false): StoredScheduledEvent[] {
    this.advance();
    return [...(this.guilds.get(guildId)?.values() ?? [])].filter((e) => withCompleted || e.status !== COMPLETED);
  }

  get(guildId: string, eventId: string): StoredScheduledEvent | undefined {
    this.advance();
    return this.guilds.get(guildId)?.get(eventId);
  }

  /** EXTERNAL events start at their start and complete at their end; a dispatch for each change. */
  advance(): void {
    const now = this.context.now();
    for (const events of this.guilds.values()) {
      for (const event of events.values()) {
        if (event.entity_type !== EXTERNAL) continue;
        const start = Date.parse(event.scheduled_start_time);
        const end = event.scheduled_end_time ? Date.parse(event.scheduled_end_time) : Infinity;
        const next =
          event.status === SCHEDULED && start <= now
            ? end <= now
              ? COMPLETED
              : ACTIVE
            : event.status === ACTIVE && end <= now
              ? COMPLETED
              : event.status;
        if (next !== event.status) {
          event.status = next;
          this.context.dispatch('GUILD_SCHEDULED_EVENT_UPDATE', { ...event });
        }
      }
    }
  }

  /** POST /guilds/{guild.id}/scheduled-events. */
  create(guildId: string, body: Body, creatorId: string = this.context.world.botUser.id): FaultResponse {
    this.advance();
    const denied = this.denied(guildId, creatorId, null);
    if (denied) return denied;
    const problems = lengthProblems(body);
    for (const field of ['name', 'privacy_level', 'scheduled_start_time', 'entity_type'])
      if (body[field] === undefined || body[field] === null) problems.push(required(field));
    if (body.privacy_level !== undefined && body.privacy_level !== GUILD_ONLY)
      problems.push({ path: 'privacy_level', code: 'BASE_TYPE_CHOICES', message: 'Value must be one of {2}.' });
    problems.push(...this.entityProblems(body, Number(body.entity_type), true));
    problems.push(...this.timeProblems(body, undefined), ...imageProblems(body));
    if (problems.length > 0) return invalidForm(problems);
    const live = this.list(guildId).filter((e) => e.status === SCHEDULED || e.status === ACTIVE).length;
    if (live >= MAX_UNCOMPLETED)
      return discordError(400, 30038, 'Maximum number of uncompleted guild scheduled events reached (100)');
    const external = body.entity_type === EXTERNAL;
    const event: StoredScheduledEvent = {
      id: snowflake(),
      guild_id: guildId,
      channel_id: external ? null : String(body.channel_id),
      creator_id: creatorId,
      name: String(body.name),
      description: typeof body.description === 'string' ? body.description : null,
      scheduled_start_time: discordTime(readTime(body.scheduled_start_time)!),
      scheduled_end_time: body.scheduled_end_time ? discordTime(readTime(body.scheduled_end_time)!) : null,
      privacy_level: GUILD_ONLY,
      status: SCHEDULED,
      entity_type: Number(body.entity_type),
      entity_id: null,
      entity_metadata: external ? { location: String((body.entity_metadata as Body).location) } : null,
      image: this.keepCover(body.image),
      recurrence_rule: body.recurrence_rule ?? null,
    };
    let events = this.guilds.get(guildId);
    if (!events) this.guilds.set(guildId, (events = new Map()));
    events.set(event.id, event);
    this.context.dispatch('GUILD_SCHEDULED_EVENT_CREATE', { ...event });
    return { status: 200, body: this.json(event, false) };
  }

  /** PATCH /guilds/{guild.id}/scheduled-events/{id}: only the fields given change. */
  modify(guildId: string, eventId: string, body: Body, actorId: string = this.context.world.botUser.id): FaultResponse {
    const event = this.get(guildId, eventId);
    if (!event) return discordError(404, 10070, 'Unknown Guild Scheduled Event');
    const denied = this.denied(guildId, actorId, event);
    if (denied) return denied;
    const type = body.entity_type === undefined ? event.entity_type : Number(body.entity_type);
    const problems = [...lengthProblems(body), ...this.timeProblems(body, event), ...imageProblems(body)];
    if (body.entity_type !== undefined) problems.push(...this.entityProblems(body, type, true));
    else if (type === EXTERNAL && body.entity_metadata === null) problems.push(required('entity_metadata.location'));
    if (body.status !== undefined && !allowedStatusChange(event.status, Number(body.status)))
      problems.push({ path: 'status', code: 'BASE_TYPE_CHOICES', message: 'Invalid Guild Scheduled Event Status' });
    if (problems.length > 0) return invalidForm(problems);
    if (typeof body.name === 'string') event.name = body.name;
    if (body.description !== undefined)
      event.description = typeof body.description === 'string' ? body.description : null;
    if (body.scheduled_start_time !== undefined)
      event.scheduled_start_time = discordTime(readTime(body.scheduled_start_time)!);
    if (body.scheduled_end_time !== undefined)
      event.scheduled_end_time =
        body.scheduled_end_time === null ? null : discordTime(readTime(body.scheduled_end_time)!);
    // On events that are not EXTERNAL, entity_metadata is silently dropped.
    if (type === EXTERNAL && body.entity_metadata)
      event.entity_metadata = { location: String((body.entity_metadata as Body).location) };
    if (body.entity_type !== undefined) {
      event.entity_type = type;
      event.channel_id = type === EXTERNAL ? null : String(body.channel_id);
      if (type !== EXTERNAL) event.entity_metadata = null;
    }
    if (body.status !== undefined) event.status = Number(body.status);
    if (body.image !== undefined) event.image = this.keepCover(body.image);
    this.context.dispatch('GUILD_SCHEDULED_EVENT_UPDATE', { ...event });
    return { status: 200, body: this.json(event, false) };
  }

  /** DELETE /guilds/{guild.id}/scheduled-events/{id}: 204, and the dispatch carries the old event. */
  delete(guildId: string, eventId: string, actorId: string = this.context.world.botUser.id): FaultResponse {
    const event = this.get(guildId, eventId);
    if (!event) return discordError(404, 10070, 'Unknown Guild Scheduled Event');
    const denied = this.denied(guildId, actorId, event);
    if (denied) return denied;
    this.guilds.get(guildId)?.delete(eventId);
    this.context.dispatch('GUILD_SCHEDULED_EVENT_DELETE', { ...event });
    return { status: 204 };
  }

  /** Removes an event with no dispatch: a deletion the bot never heard of. */
  deleteQuietly(guildId: string, eventId: string): FaultResponse {
    return this.guilds.get(guildId)?.delete(eventId)
      ? { status: 204 }
      : discordError(404, 10070, 'Unknown Guild Scheduled Event');
  }

  /** The picture of an event's cover, as the CDN would serve it; undefined when it has none. */
  cover(event: Pick<StoredScheduledEvent, 'image'>): Buffer | undefined {
    return event.image === null ? undefined : this.covers.get(event.image);
  }

  /** Keeps a cover's picture (checked already); the hash Discord answers for it (null for none). */
  private keepCover(image: unknown): string | null {
    const read = image === null || image === undefined ? null : readImage(image);
    if (!read || !('bytes' in read)) return null;
    const hash = createHash('md5').update(read.bytes).digest('hex');
    this.covers.set(hash, read.bytes);
    return hash;
  }

  /** The event's JSON; `user_count` only when asked for, `creator` always (as since 2021-11). */
  json(event: StoredScheduledEvent, withUserCount: boolean): Record<string, unknown> {
    return {
      ...event,
      creator: this.context.world.users.has(event.creator_id)
        ? this.context.world.userJson(event.creator_id)
        : undefined,
      ...(withUserCount ? { user_count: 0 } : {}),
    };
  }

  /** 403 50013 unless the actor may: create with Create Events; own events with Create or Manage Events; others' with Manage Events. */
  private denied(guildId: string, actorId: string, event: StoredScheduledEvent | null): FaultResponse | undefined {
    const bits = this.context.world.memberPermissions(guildId, actorId);
    if ((bits & PermissionFlagsBits.Administrator) !== 0n) return undefined;
    const has = (bit: bigint) => (bits & bit) === bit;
    const allowed = !event
      ? has(PermissionFlagsBits.CreateEvents)
      : event.creator_id === actorId
        ? has(PermissionFlagsBits.CreateEvents) || has(PermissionFlagsBits.ManageEvents)
        : has(PermissionFlagsBits.ManageEvents);
    return allowed ? undefined : discordError(403, 50013, 'Missing Permissions');
  }

  /** The table of fields each entity type needs: EXTERNAL a location and an end, and no channel. */
  private entityProblems(body: Body, type: number, checkChannel: boolean): Problem[] {
    if (![STAGE, VOICE, EXTERNAL].includes(type))
      return Number.isNaN(type)
        ? []
        : [{ path: 'entity_type', code: 'BASE_TYPE_CHOICES', message: 'Value must be one of {1, 2, 3}.' }];
    if (type !== EXTERNAL) return checkChannel && !body.channel_id ? [required('channel_id')] : [];
    const problems: Problem[] = [];
    if (body.channel_id !== undefined && body.channel_id !== null)
      problems.push({
        path: 'channel_id',
        code: 'CHANNEL_ID_MUST_BE_NULL',
        message: 'Must be null for an external event.',
      });
    const location = (body.entity_metadata as Body | null | undefined)?.location;
    if (location === undefined || location === null) problems.push(required('entity_metadata.location'));
    if (!body.scheduled_end_time) problems.push(required('scheduled_end_time'));
    return problems;
  }

  /** Times: ISO8601, the start in the future, the end after the start; a running event's start is fixed. */
  private timeProblems(body: Body, event: StoredScheduledEvent | undefined): Problem[] {
    const problems: Problem[] = [];
    const now = this.context.now();
    const start = readTime(body.scheduled_start_time);
    const end = readTime(body.scheduled_end_time);
    for (const [field, value, parsed] of [
      ['scheduled_start_time', body.scheduled_start_time, start],
      ['scheduled_end_time', body.scheduled_end_time, end],
    ] as const) {
      if (value !== undefined && value !== null && parsed === undefined)
        problems.push({
          path: field,
          code: 'DATE_TYPE_PARSE',
          message: `Could not parse ${String(value)}. Should be ISO8601.`,
        });
    }
    if (start !== undefined) {
      if (event && event.status !== SCHEDULED)
        problems.push({
          path: 'scheduled_start_time',
          code: 'GUILD_SCHEDULED_EVENT_SCHEDULE_INVALID_START_BY_STATUS',
          message: 'Cannot change the start time of an event that has started.',
        });
      else if (start <= now)
        problems.push({
          path: 'scheduled_start_time',
          code: 'GUILD_SCHEDULED_EVENT_SCHEDULE_PAST',
          message: 'Cannot schedule event in the past.',
        });
    }
    const effectiveStart = start ?? (event ? Date.parse(event.scheduled_start_time) : undefined);
    if (end !== undefined && effectiveStart !== undefined && end <= effectiveStart)
      problems.push({
        path: 'scheduled_end_time',
        code: 'GUILD_SCHEDULED_EVENT_END_BEFORE_START',
        message: 'End time must be after the start time.',
      });
    return problems;
  }
}

/** SCHEDULED -> ACTIVE or CANCELED, ACTIVE -> COMPLETED; nothing else, and nothing from 3 or 4. */
function allowedStatusChange(from: number, to: number): boolean {
  if (from === to) return from === SCHEDULED || from === ACTIVE;
  return (from === SCHEDULED && (to === ACTIVE || to === CANCELED)) || (from === ACTIVE && to === COMPLETED);
}
