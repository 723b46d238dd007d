/**
 * Discord Scheduled Events sync end to end: the real bot (real discord.js client) logged into
 * the local Discord, on a temporary database, with a clock the test moves and beats called by
 * hand. What is checked is what a server sees: the events in its Events tab, and the answers.
 */
import { PermissionFlagsBits, Status } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import type { MeetingDraft } from '../../src/calendar/types.js';
import { loadConfig } from '../../src/config.js';
import { startBot } from '../../src/discord/bot.js';
import { CALLS_PER_BEAT } from '../../src/events-sync/sync.js';
import { silentLogger } from '../../src/logger.js';
import { monthPicture, monthSpan } from '../../src/picture/month-picture.js';
import type { BotHarness } from '../helpers/bot-harness.js';
import { failOnUnhandledRejections, textOf } from '../helpers/bot-answers.js';
import { meetingDraft } from '../helpers/calendar.js';
import { useOneServerHarnesses } from '../helpers/one-server.js';
import { discordError, Faults } from '../helpers/local-discord/index.js';

const GUILD = '820000000000000001';
const CHANNEL = '820000000000000011';
const OWNER = '820000000000000031';
const EVENTS = '/guilds/:guild_id/scheduled-events';
const ONE_EVENT = '/guilds/:guild_id/scheduled-events/:event_id';
const BERLIN = 'Europe/Berlin';
const BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.CreateEvents |
  PermissionFlagsBits.ManageEvents;

failOnUnhandledRejections();
const servers = useOneServerHarnesses();

function start(botPermissions: bigint = BOT_PERMISSIONS): Promise<BotHarness> {
  return servers.start({ guildId: GUILD, ownerId: OWNER, channel: { id: CHANNEL, name: 'general' }, botPermissions });
}

function add(harness: BotHarness, ...drafts: (Partial<MeetingDraft> & { title: string })[]): number[] {
  return harness.app.calendars
    .forGuild(GUILD)
    .store.addMeetings(drafts.map(meetingDraft), { now: harness.clock.now() });
}

const GENEVA = { name: 'Geneva', nameAr: 'جنيف', country: 'CH' };
const talks = (overrides: Omit<Partial<MeetingDraft>, 'title'> & { title?: string } = {}) => ({
  title: 'Geneva talks on Syria',
  precision: 'minute' as const,
  date: '2020-03-05',
  time: '10:00',
  timezone: BERLIN,
  place: GENEVA,
  participants: [
    { name: 'Geir Pedersen', nameAr: 'غير بيدرسن', kind: 'person' as const, role: 'UN envoy' },
    { name: 'Russia', nameAr: 'روسيا', kind: 'country' as const },
  ],
  evidence: 'Pedersen will meet the delegations in Geneva on March 5.',
  ...overrides,
});

/** `/settings …` by the owner (Manage Server). */
function settings(harness: BotHarness, subcommand: string, options: Record<string, string | number> = {}) {
  return harness.discord.command({ command: 'settings', subcommand, userId: OWNER, guildId: GUILD, options });
}

/** `/calendar …` by the owner (Manage Events). */
function calendar(harness: BotHarness, subcommand: string, options: Record<string, string>) {
  return harness.discord.command({ command: 'calendar', subcommand, userId: OWNER, guildId: GUILD, options });
}

async function beatAt(harness: BotHarness, iso?: string) {
  if (iso) harness.clock.set(iso);
  return harness.beat();
}

const events = (harness: BotHarness) => harness.discord.scheduledEvents(GUILD);
const creates = (harness: BotHarness) =>
  harness.discord.calls({ method: 'POST', path: EVENTS }).filter((c) => !c.fault);

describe('Events sync turned on', () => {
  it('makes an EXTERNAL server-only event for each timed and day-only meeting of the next 14 days, none for a week', async () => {
    const harness = await start();
    add(
      harness,
      talks(),
      {
        title: 'Berlin donors meeting',
        date: '2020-03-10',
        timezone: BERLIN,
        place: { name: 'Berlin', nameAr: null, country: 'DE' },
      },
      { title: 'Some week in March', precision: 'week', date: '2020-03-09', timezone: BERLIN },
      { title: 'Too far ahead', date: '2020-04-20', timezone: BERLIN },
      { title: 'Called off', date: '2020-03-06', timezone: BERLIN, status: 'cancelled' },
    );
    await beatAt(harness);
    expect(events(harness)).toEqual([]); // off until a server turns it on

    const refused = await harness.discord.command({
      command: 'settings',
      subcommand: 'events',
      guildId: GUILD,
      permissions: PermissionFlagsBits.ManageEvents,
      options: { sync: 'on' },
    });
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toMatch(/Manage Server/);
    await beatAt(harness);
    expect(events(harness)).toEqual([]);

    const answer = await settings(harness, 'events', { sync: 'on' });
    expect(textOf(answer)).toMatch(/on: meetings of the next 14 days/);
    await beatAt(harness);

    const [geneva, berlin, ...others] = events(harness);
    expect(others).toEqual([]);
    expect(geneva).toMatchObject({
      name: 'Geneva talks on Syria',
      entity_type: 3,
      privacy_level: 2,
      channel_id: null,
      status: 1,
      entity_metadata: { location: 'Geneva' },
      // 10:00 in Berlin (CET) is 09:00 UTC; no end known: an hour.
      scheduled_start_time: '2020-03-05T09:00:00+00:00',
      scheduled_end_time: '2020-03-05T10:00:00+00:00',
      creator_id: harness.discord.botUser.id,
    });
    expect(geneva!.description).toContain('With: Geir Pedersen (UN envoy), Russia');
    expect(geneva!.description).toContain('Pedersen will meet the delegations in Geneva on March 5.');
    expect(geneva!.description).toMatch(/\nDiwan #1$/);
    // A day-only meeting covers its local day in Berlin: midnight to midnight, CET.
    expect(berlin).toMatchObject({
      name: 'Berlin donors meeting',
      scheduled_start_time: '2020-03-09T23:00:00+00:00',
      scheduled_end_time: '2020-03-10T23:00:00+00:00',
    });

    // A meeting entering the window on a later beat gets its event then, once.
    await beatAt(harness, '2020-04-10T12:00:00Z');
    expect(events(harness).map((e) => e.name)).toContain('Too far ahead');
    await beatAt(harness);
    expect(creates(harness)).toHaveLength(3);
    expect(harness.discord.unknownRoutes()).toEqual([]);
  });

  it('an edited meeting updates its event (the start sent only when it changed); cancelled, the event is cancelled; deleted, deleted', async () => {
    const harness = await start();
    add(harness, talks(), { title: 'Berlin donors meeting', date: '2020-03-10', timezone: BERLIN });
    await settings(harness, 'events', { sync: 'on' });
    await beatAt(harness);
    const [geneva, berlin] = events(harness);

    await calendar(harness, 'edit', { meeting: '1', title: 'Geneva talks, second round' });
    await beatAt(harness);
    const patchesOf = (eventId: string) =>
      harness.discord.calls({ method: 'PATCH', path: ONE_EVENT }).filter((call) => call.params.event_id === eventId);
    const renamed = patchesOf(geneva!.id).at(-1)!;
    // The new name is on the month picture too: the cover is sent again (to both), nothing else.
    expect(patchesOf(berlin!.id).map((call) => call.body)).toEqual([
      { image: expect.stringMatching(/^data:image\/png;base64,/) },
    ]);
    expect(renamed.body).toEqual({
      name: 'Geneva talks, second round',
      image: expect.stringMatching(/^data:image\/png;base64,/),
    });
    await calendar(harness, 'edit', { meeting: '1', time: '11:30' });
    await beatAt(harness);
    expect(patchesOf(geneva!.id).at(-1)!.body).toMatchObject({
      scheduled_start_time: '2020-03-05T10:30:00.000Z',
      scheduled_end_time: '2020-03-05T11:30:00.000Z',
    });
    expect(events(harness).find((e) => e.id === geneva!.id)).toMatchObject({
      name: 'Geneva talks, second round',
      scheduled_start_time: '2020-03-05T10:30:00+00:00',
    });

    await calendar(harness, 'cancel', { meeting: '1' });
    await beatAt(harness);
    expect(events(harness).find((e) => e.id === geneva!.id)?.status).toBe(4);

    harness.app.calendars.forGuild(GUILD).store.deleteMeeting(2);
    await beatAt(harness);
    expect(events(harness).find((e) => e.id === berlin!.id)).toBeUndefined();
    // Neither the cancelled nor the deleted one counts as removed by hand.
    expect(textOf(await settings(harness, 'show'))).not.toMatch(/removed by hand/);
    expect(creates(harness)).toHaveLength(2);
  });
});

describe('the month picture as the cover', () => {
  const PATCHES = { method: 'PATCH', path: ONE_EVENT } as const;
  /** The width and height a PNG says in its IHDR. */
  const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
  const coverOf = (harness: BotHarness, name: string) => {
    const event = events(harness).find((e) => e.name === name)!;
    return harness.discord.scheduledEventCover(event);
  };

  it('each event is made with its month’s picture as a PNG cover, sent again only when the month’s picture changes', async () => {
    const harness = await start();
    add(harness, talks(), { title: 'Berlin donors meeting', date: '2020-03-10', timezone: BERLIN });
    await settings(harness, 'events', { sync: 'on' });
    await beatAt(harness);

    const [create] = creates(harness);
    expect((create!.body as { image?: string }).image).toMatch(/^data:image\/png;base64,/);
    const cover = coverOf(harness, 'Geneva talks on Syria')!;
    expect(cover.subarray(1, 4).toString('ascii')).toBe('PNG');
    // The picture of March 2020 as the server sees it (Monday first in English), no day marked today.
    const store = harness.app.calendars.forGuild(GUILD).store;
    const { from, to } = monthSpan('2020-03');
    const march = monthPicture({
      month: '2020-03',
      meetings: store.meetingsOverlapping(from, to).meetings,
      locale: 'en',
      weekStart: 1,
      today: '',
    });
    expect(pngSize(cover)).toEqual({ width: march.picture.width, height: march.picture.height });
    expect(pngSize(cover).width).toBe(1000);
    // One picture for the month: both events show the same.
    expect(coverOf(harness, 'Berlin donors meeting')).toEqual(cover);

    // Nothing changed: no event is touched, the picture is not uploaded again.
    await beatAt(harness, '2020-03-01T12:20:00Z');
    await beatAt(harness, '2020-03-02T09:00:00Z');
    expect(harness.discord.calls(PATCHES)).toEqual([]);

    // A meeting added in March changes March's picture: the two events get it, and only it.
    add(harness, { title: 'Amman consultations', date: '2020-03-12', timezone: BERLIN });
    await beatAt(harness);
    const patches = harness.discord.calls(PATCHES);
    expect(patches.map((call) => Object.keys(call.body as object))).toEqual([['image'], ['image']]);
    const newCover = coverOf(harness, 'Amman consultations')!;
    expect(newCover).not.toEqual(cover);
    expect(coverOf(harness, 'Geneva talks on Syria')).toEqual(newCover);
    await beatAt(harness, '2020-03-02T09:20:00Z');
    expect(harness.discord.calls(PATCHES)).toHaveLength(2);
  });
});

describe('a server with many meetings', () => {
  it(`gets its events ${CALLS_PER_BEAT} calls a beat, soonest first, so the beat never waits long on Discord`, async () => {
    const harness = await start();
    const drafts = Array.from({ length: 25 }, (_, i) => ({
      title: `Meeting ${i + 1}`,
      date: `2020-03-${String(2 + Math.floor(i / 3)).padStart(2, '0')}`,
      timezone: BERLIN,
    }));
    add(harness, ...drafts);
    await settings(harness, 'events', { sync: 'on' });
    await beatAt(harness);
    expect(events(harness).map((e) => e.name)).toEqual(drafts.slice(0, CALLS_PER_BEAT).map((d) => d.title));
    await beatAt(harness);
    await beatAt(harness);
    await beatAt(harness);
    expect(events(harness)).toHaveLength(25);
    expect(creates(harness)).toHaveLength(25);
  });
});

describe('never twice', () => {
  it('a restart, a re-run and a create cut short by a crash make no second event', async () => {
    const harness = await start();
    add(harness, talks());
    await settings(harness, 'events', { sync: 'on' });
    await beatAt(harness);
    await harness.restartBot();
    await beatAt(harness);
    await beatAt(harness, '2020-03-01T13:00:00Z');
    expect(creates(harness)).toHaveLength(1);

    // A crash after Discord made the event and before the id was recorded: the row still claims.
    harness.app.db.prepare("UPDATE scheduled_events SET state = 'creating', event_id = NULL, sent = NULL").run();
    await harness.restartBot();
    await beatAt(harness);
    expect(creates(harness)).toHaveLength(1);
    expect(events(harness)).toHaveLength(1);
    // It was looked for among the server's events, and found by its marker.
    expect(harness.discord.calls({ method: 'GET', path: EVENTS })).toHaveLength(1);
    await calendar(harness, 'edit', { meeting: '1', title: 'Found again' });
    await beatAt(harness);
    expect(events(harness)).toMatchObject([{ name: 'Found again' }]);
  });

  it('a second process on the same database and the same Discord makes no second event, before or after it takes over', async () => {
    const first = await start();
    add(first, talks(), { title: 'Berlin donors meeting', date: '2020-03-10', timezone: BERLIN });
    await settings(first, 'events', { sync: 'on' });
    const app = createApp(loadConfig({ DATABASE_PATH: first.databasePath, SEED_CALENDAR: 'false' }), first.clock);
    const second = await startBot(app, {
      token: first.discord.token,
      apiBase: first.discord.apiBase,
      logger: silentLogger,
      clientOverrides: { ws: first.discord.clientOptions().ws },
      cron: false,
    });
    try {
      await Promise.all([first.beat(), second.scheduler.beat(), first.beat(), second.scheduler.beat()]);
      expect(creates(first)).toHaveLength(2);
      // The first stops beating (it hangs, or it is stopped): past its lease the second takes over.
      first.clock.set('2020-03-01T12:05:00Z');
      await second.scheduler.beat();
      await calendar(first, 'edit', { meeting: '2', title: 'Donors meeting, moved to Bonn' });
      await second.scheduler.beat();
      expect(creates(first)).toHaveLength(2);
      expect(events(first).map((e) => e.name)).toEqual(['Geneva talks on Syria', 'Donors meeting, moved to Bonn']);
    } finally {
      await first.discord.waitFor(() => second.client.ws.shards.every((shard) => shard.status === Status.Ready));
      await second.stop();
      app.close();
    }
  });
});

describe('an event removed by hand', () => {
  it('deleted in Discord while the bot watches: recorded, not made again, and /settings show says so', async () => {
    const harness = await start();
    add(harness, talks());
    await settings(harness, 'events', { sync: 'on' });
    await beatAt(harness);
    const [event] = events(harness);
    harness.discord.deleteScheduledEventByHand(GUILD, event!.id);
    const calendarId = harness.app.calendars.forGuild(GUILD).calendar.id;
    await harness.discord.waitFor(() => harness.app.events.status(calendarId).removedByHand.length > 0, {
      description: 'the deletion to be recorded from the gateway',
    });
    await calendar(harness, 'edit', { meeting: '1', title: 'Geneva talks, renamed' });
    await beatAt(harness);
    expect(events(harness)).toEqual([]);
    expect(creates(harness)).toHaveLength(1);
    expect(textOf(await settings(harness, 'show'))).toMatch(/removed by hand in Discord, not made again: #1/);
  });

  it('deleted while the bot was away: the next edit meets 404 Unknown Guild Scheduled Event, recorded, not made again', async () => {
    const harness = await start();
    add(harness, talks());
    await settings(harness, 'events', { sync: 'on' });
    await beatAt(harness);
    harness.discord.deleteScheduledEventByHand(GUILD, events(harness)[0]!.id, { dispatch: false });
    await calendar(harness, 'edit', { meeting: '1', time: '12:00' });
    await beatAt(harness);
    expect(harness.discord.calls({ method: 'PATCH', path: ONE_EVENT }).at(-1)!.status).toBe(404);
    await beatAt(harness, '2020-03-01T14:00:00Z');
    expect(events(harness)).toEqual([]);
    expect(creates(harness)).toHaveLength(1);
    expect(textOf(await settings(harness, 'show'))).toMatch(/removed by hand in Discord, not made again: #1/);
  });
});

describe('Discord refusing', () => {
  it('without Create Events: nothing is sent, the owner is told once, /settings show says why; turned on again, it goes on', async () => {
    const harness = await start(PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages);
    add(harness, talks());
    await settings(harness, 'events', { sync: 'on' });
    await beatAt(harness);
    await beatAt(harness, '2020-03-01T13:00:00Z');
    expect(harness.discord.calls({ path: EVENTS })).toEqual([]);
    const dms = () => harness.discord.calls({ method: 'POST', path: '/channels/:channel_id/messages' });
    expect(dms()).toHaveLength(1);
    expect(JSON.stringify(dms()[0]!.body)).toMatch(/Create Events/);
    expect(textOf(await settings(harness, 'show'))).toMatch(
      /paused: Discord refused \(missing the Create Events permission\)/,
    );
  });

  it('when the owner cannot be told by direct message, the next admin to use a command is told, once', async () => {
    const harness = await start(PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages);
    add(harness, talks());
    // Turned on directly: an admin's command under way would be the one told.
    harness.app.events.setSync(harness.app.calendars.forGuild(GUILD).calendar.id, true, 14);
    harness.discord.failNext(
      { method: 'POST', path: '/users/@me/channels' },
      discordError(403, 50007, 'Cannot send messages to this user'),
    );
    await beatAt(harness);
    const first = await settings(harness, 'show');
    const notice = await first.waitForFollowUp();
    expect(notice.content).toMatch(/Diwan stopped putting Diplomats's meetings in Discord Events/);
    expect(notice.flags! & 64).toBe(64);
    const second = await settings(harness, 'show');
    await settings(harness, 'show');
    expect(second.responses().filter((r) => r.kind === 'follow-up')).toEqual([]);
    expect(harness.app.events.settings(harness.app.calendars.forGuild(GUILD).calendar.id).blockedNoticePending).toBe(
      false,
    );
  });

  it('a 403 from Discord stops the server and tells the owner once; nothing is lost when it is turned on again', async () => {
    const harness = await start();
    add(harness, talks());
    await settings(harness, 'events', { sync: 'on' });
    harness.discord.failNext({ method: 'POST', path: EVENTS }, Faults.missingPermissions());
    await beatAt(harness);
    await beatAt(harness, '2020-03-01T13:00:00Z');
    expect(harness.discord.calls({ method: 'POST', path: EVENTS })).toHaveLength(1);
    expect(harness.discord.calls({ method: 'POST', path: '/channels/:channel_id/messages' })).toHaveLength(1);
    await settings(harness, 'events', { sync: 'on' });
    await beatAt(harness);
    expect(events(harness)).toHaveLength(1);
    expect(creates(harness)).toHaveLength(1);
  });

  it('a long 429 holds neither the beat nor the stop; the event is made once, after the wait', async () => {
    const harness = await start();
    add(harness, talks());
    await settings(harness, 'events', { sync: 'on' });
    harness.discord.failNext({ method: 'POST', path: EVENTS }, Faults.rateLimited(600));
    const started = Date.now();
    await beatAt(harness);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(events(harness)).toEqual([]);
    await beatAt(harness, '2020-03-01T12:05:00Z');
    expect(harness.discord.calls({ method: 'POST', path: EVENTS })).toHaveLength(1);
    await beatAt(harness, '2020-03-01T12:10:30Z');
    expect(events(harness)).toHaveLength(1);
    await beatAt(harness, '2020-03-01T12:20:00Z');
    expect(events(harness)).toHaveLength(1);
  });

  it('5xx past discord.js retries: tried again later (looked for first, as it may have gone through), made once', async () => {
    const harness = await start();
    add(harness, talks());
    await settings(harness, 'events', { sync: 'on' });
    harness.discord.failNext({ method: 'POST', path: EVENTS }, Faults.serverError(502), 4);
    await beatAt(harness);
    expect(events(harness)).toEqual([]);
    await beatAt(harness, '2020-03-01T12:01:00Z');
    expect(events(harness)).toHaveLength(1);
    await beatAt(harness, '2020-03-01T12:20:00Z');
    expect(creates(harness)).toHaveLength(1);
  });
});
