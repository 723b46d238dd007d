/**
 * The local Discord's guild scheduled events, driven by an unmodified discord.js client (its
 * GuildScheduledEventManager): answered as Discord documents them, with its field rules,
 * limits, status changes, cap, permissions and gateway dispatches. No bot code is involved.
 */
import { once } from 'node:events';
import {
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  GuildScheduledEventEntityType,
  GuildScheduledEventPrivacyLevel,
  GuildScheduledEventStatus,
  PermissionFlagsBits,
  Status,
  type Guild,
  type GuildScheduledEvent,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { failOnUnhandledRejections } from '../helpers/bot-answers.js';
import { TestClock } from '../helpers/clock.js';
import { startLocalDiscord, type LocalDiscord } from '../helpers/local-discord/index.js';

const GUILD = '830000000000000001';
const HOUR = 3_600_000;
const clock = new TestClock(Date.parse('2020-03-01T12:00:00Z'));
const EVENT_PERMISSIONS = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.CreateEvents;

failOnUnhandledRejections();
let discord: LocalDiscord | undefined;
const clients: Client[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) {
    await discord?.waitFor(() => client.ws.shards.every((shard) => shard.status === Status.Ready));
    await client.destroy();
  }
  await discord?.close();
  discord = undefined;
  clock.set('2020-03-01T12:00:00Z');
});

async function connect(
  botPermissions: bigint = EVENT_PERMISSIONS,
  intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildScheduledEvents],
): Promise<{ local: LocalDiscord; client: Client; guild: Guild }> {
  const local = await startLocalDiscord({
    guilds: [{ id: GUILD, name: 'Events', botPermissions: botPermissions.toString() }],
    now: () => clock.now(),
  });
  discord = local;
  const client = new Client({ intents, ...local.clientOptions(), rest: { ...local.clientOptions().rest, retries: 0 } });
  clients.push(client);
  const ready = once(client, Events.ClientReady);
  await client.login(local.token);
  await ready;
  return { local, client, guild: client.guilds.cache.get(GUILD)! };
}

const external = (overrides: Record<string, unknown> = {}) => ({
  name: 'Geneva talks',
  scheduledStartTime: clock.now() + 24 * HOUR,
  scheduledEndTime: clock.now() + 25 * HOUR,
  privacyLevel: GuildScheduledEventPrivacyLevel.GuildOnly,
  entityType: GuildScheduledEventEntityType.External,
  entityMetadata: { location: 'Geneva' },
  description: 'Diwan #1',
  ...overrides,
});

/** An EXTERNAL event a member makes in the client, an hour ahead, as the raw body Discord takes. */
const memberEvent = (hoursAhead = 1) => ({
  name: 'By hand',
  privacy_level: 2,
  entity_type: 3,
  entity_metadata: { location: 'Here' },
  scheduled_start_time: new Date(clock.now() + hoursAhead * HOUR).toISOString(),
  scheduled_end_time: new Date(clock.now() + (hoursAhead + 1) * HOUR).toISOString(),
});

/** The error a call ends with: its status, code and the first field error (`path[CODE]`). */
async function refusal(call: Promise<unknown>): Promise<{ status: number; code: unknown; field: string }> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DiscordAPIError)) throw new Error(`expected a DiscordAPIError, got ${String(error)}`);
  const fieldError = /\n(\S+\[\w+\])/.exec(error.message)?.[1] ?? '';
  return { status: error.status, code: error.code, field: fieldError };
}

describe('creating', () => {
  it('an EXTERNAL event: the body discord.js sends is taken, and the event comes back as Discord returns it, with its dispatch', async () => {
    const { local, client, guild } = await connect();
    const dispatched = once(client, Events.GuildScheduledEventCreate) as Promise<[GuildScheduledEvent]>;
    const event = await guild.scheduledEvents.create(external());
    expect(event).toMatchObject({
      name: 'Geneva talks',
      status: GuildScheduledEventStatus.Scheduled,
      entityType: GuildScheduledEventEntityType.External,
      privacyLevel: GuildScheduledEventPrivacyLevel.GuildOnly,
      channelId: null,
      creatorId: local.botUser.id,
      entityMetadata: { location: 'Geneva' },
      description: 'Diwan #1',
    });
    expect(event.scheduledStartTimestamp).toBe(Date.parse('2020-03-02T12:00:00Z'));
    const [seen] = await dispatched;
    expect(seen.id).toBe(event.id);
    expect(local.scheduledEvents(GUILD)[0]?.scheduled_start_time).toBe('2020-03-02T12:00:00+00:00');
    const listed = await guild.scheduledEvents.fetch();
    expect([...listed.keys()]).toEqual([event.id]);
  });

  it('refuses what Discord refuses: no location, no end, a start in the past, an end before the start, over-long fields', async () => {
    const { guild } = await connect();
    const create = (overrides: Record<string, unknown>) => refusal(guild.scheduledEvents.create(external(overrides)));
    expect(await create({ entityMetadata: {} })).toMatchObject({
      status: 400,
      code: 50035,
      field: 'entity_metadata.location[BASE_TYPE_REQUIRED]',
    });
    expect((await create({ scheduledEndTime: undefined })).field).toBe('scheduled_end_time[BASE_TYPE_REQUIRED]');
    expect((await create({ scheduledStartTime: clock.now() - HOUR })).field).toBe(
      'scheduled_start_time[GUILD_SCHEDULED_EVENT_SCHEDULE_PAST]',
    );
    expect((await create({ scheduledEndTime: clock.now() + HOUR })).field).toBe(
      'scheduled_end_time[GUILD_SCHEDULED_EVENT_END_BEFORE_START]',
    );
    expect((await create({ name: 'n'.repeat(101) })).field).toBe('name[BASE_TYPE_BAD_LENGTH]');
    expect((await create({ description: 'd'.repeat(1001) })).field).toBe('description[BASE_TYPE_BAD_LENGTH]');
    expect((await create({ entityMetadata: { location: 'l'.repeat(101) } })).field).toBe(
      'entity_metadata.location[BASE_TYPE_BAD_LENGTH]',
    );
    expect(
      await guild.scheduledEvents.create(external({ name: 'n'.repeat(100), description: 'd'.repeat(1000) })),
    ).toBeTruthy();
  });

  it('takes a cover as Discord does: a PNG, JPEG or GIF data URI (whatever its label), answered by its hash; refuses other data and pictures over 10 MiB', async () => {
    const { local, guild } = await connect();
    // A 1×1 PNG.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    );
    // discord.js sends a Buffer as data:image/jpg, a PNG included; Discord goes by the content.
    const fromBuffer = await guild.scheduledEvents.create(external({ image: png }));
    expect(fromBuffer.image).toMatch(/^[0-9a-f]{32}$/);
    const stored = local.scheduledEvents(GUILD)[0]!;
    expect(local.scheduledEventCover(stored)).toEqual(png);
    const labelled = await guild.scheduledEvents.create(
      external({ image: `data:image/png;base64,${png.toString('base64')}` }),
    );
    expect(labelled.image).toBe(fromBuffer.image);

    const create = (image: string) => refusal(guild.scheduledEvents.create(external({ image })));
    expect(await create('data:image/png;base64,bm90IGEgcGljdHVyZQ==')).toMatchObject({
      status: 400,
      code: 50035,
      field: 'image[IMAGE_INVALID]',
    });
    expect((await create('data:image/webp;base64,UklGRg==')).field).toBe('image[IMAGE_INVALID]');
    const huge = Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024)]);
    expect((await create(`data:image/png;base64,${huge.toString('base64')}`)).field).toBe(
      'image[BINARY_TYPE_MAX_SIZE]',
    );
    // null takes the cover away.
    const bare = await guild.scheduledEvents.edit(fromBuffer.id, { image: null });
    expect(bare.image).toBeNull();
  });

  it(`stops at 100 scheduled or active events (30038); completed and cancelled ones do not count`, async () => {
    const { local, guild } = await connect();
    const first = local.createScheduledEventByHand(GUILD, memberEvent(1));
    for (let i = 1; i < 100; i++) local.createScheduledEventByHand(GUILD, memberEvent(48));
    expect(await refusal(guild.scheduledEvents.create(external()))).toMatchObject({ status: 400, code: 30038 });
    clock.set(clock.now() + 3 * HOUR); // the first one ends: COMPLETED
    expect(local.scheduledEvents(GUILD).find((e) => e.id === first.id)?.status).toBe(3);
    expect(await guild.scheduledEvents.create(external())).toBeTruthy();
  });
});

describe('changing', () => {
  it('only the fields sent change; status goes one way; a started event keeps its start', async () => {
    const { guild } = await connect();
    const event = await guild.scheduledEvents.create(external());
    const renamed = await guild.scheduledEvents.edit(event.id, { name: 'Geneva talks, round two' });
    expect(renamed).toMatchObject({ name: 'Geneva talks, round two', description: 'Diwan #1' });
    expect(renamed.entityMetadata?.location).toBe('Geneva');

    clock.set(clock.now() + 24 * HOUR + 60_000); // EXTERNAL events start at their time
    const started = await guild.scheduledEvents.fetch({ guildScheduledEvent: event.id, force: true });
    expect(started.status).toBe(GuildScheduledEventStatus.Active);
    expect(
      (await refusal(guild.scheduledEvents.edit(event.id, { scheduledStartTime: clock.now() + HOUR }))).field,
    ).toBe('scheduled_start_time[GUILD_SCHEDULED_EVENT_SCHEDULE_INVALID_START_BY_STATUS]');
    expect(
      (await refusal(guild.scheduledEvents.edit(event.id, { status: GuildScheduledEventStatus.Canceled }))).field,
    ).toBe('status[BASE_TYPE_CHOICES]');
  });

  it('a scheduled event cancelled stays cancelled', async () => {
    const { guild } = await connect();
    const event = await guild.scheduledEvents.create(external());
    const cancelled = await guild.scheduledEvents.edit(event.id, { status: GuildScheduledEventStatus.Canceled });
    expect(cancelled.status).toBe(GuildScheduledEventStatus.Canceled);
    expect(
      (await refusal(guild.scheduledEvents.edit(event.id, { status: GuildScheduledEventStatus.Active }))).field,
    ).toBe('status[BASE_TYPE_CHOICES]');
  });

  it('deleting answers 204 and dispatches the deletion; an unknown event is 404 10070', async () => {
    const { client, guild } = await connect();
    const event = await guild.scheduledEvents.create(external());
    const deleted = once(client, Events.GuildScheduledEventDelete) as Promise<[GuildScheduledEvent]>;
    await guild.scheduledEvents.delete(event.id);
    expect((await deleted)[0].id).toBe(event.id);
    expect(await refusal(guild.scheduledEvents.delete(event.id))).toMatchObject({ status: 404, code: 10070 });
    expect(await refusal(guild.scheduledEvents.edit(event.id, { name: 'x' }))).toMatchObject({
      status: 404,
      code: 10070,
    });
    expect(await refusal(guild.scheduledEvents.fetch({ guildScheduledEvent: event.id, force: true }))).toMatchObject({
      status: 404,
      code: 10070,
    });
  });
});

describe('permissions and intents', () => {
  it('without Create Events a create is 403 50013; with Manage Events only, others’ events may be changed but none made', async () => {
    const { local, guild } = await connect(PermissionFlagsBits.ViewChannel | PermissionFlagsBits.ManageEvents);
    expect(await refusal(guild.scheduledEvents.create(external()))).toMatchObject({ status: 403, code: 50013 });
    const byHand = local.createScheduledEventByHand(GUILD, memberEvent());
    expect((await guild.scheduledEvents.edit(byHand.id, { name: 'Renamed' })).name).toBe('Renamed');
  });

  it('with Create Events only, the bot may change its own events and not a member’s', async () => {
    const { local, guild } = await connect();
    const own = await guild.scheduledEvents.create(external());
    expect((await guild.scheduledEvents.edit(own.id, { name: 'Mine' })).name).toBe('Mine');
    const byHand = local.createScheduledEventByHand(GUILD, memberEvent());
    expect(await refusal(guild.scheduledEvents.delete(byHand.id))).toMatchObject({ status: 403, code: 50013 });
  });

  it('a client without the GuildScheduledEvents intent gets none of their dispatches', async () => {
    const { local, guild } = await connect(EVENT_PERMISSIONS, [GatewayIntentBits.Guilds]);
    await guild.scheduledEvents.create(external());
    local.deleteScheduledEventByHand(GUILD, local.scheduledEvents(GUILD)[0]!.id);
    expect(local.gatewayEvents('dispatch').filter((e) => e.t?.startsWith('GUILD_SCHEDULED_EVENT_'))).toEqual([]);
  });
});
