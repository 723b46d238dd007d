/**
 * Reminders on a real SQLite file with a fake Discord: what gets posted, when, once, through
 * edits, cancellations, crashes, outages, refusals, pauses and a second scheduler. The fake
 * returns the earlier message for a repeated nonce, as Discord does with `enforce_nonce`.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CalendarRepository } from '../../db/calendar-repository.js';
import { openDatabase, type Db } from '../../db/connection.js';
import { ReminderRepository } from '../../db/reminder-repository.js';
import type { CalendarScope } from '../../src/calendar/queries.js';
import type { MeetingDraft } from '../../src/calendar/types.js';
import { Calendars } from '../../src/app.js';
import { silentLogger } from '../../src/logger.js';
import { DeliveryError, MAX_ATTEMPTS, type ReminderMessage, type ReminderSender } from '../../src/reminders/deliver.js';
import { ReminderScheduler } from '../../src/reminders/scheduler.js';
import { discordPresenter } from '../../src/replies/presenter.js';
import { LIMITS, type Reply } from '../../src/replies/reply.js';
import { TestClock } from '../helpers/clock.js';
import { meetingDraft, tempDir } from '../helpers/calendar.js';

const CHANNEL = '700000000000000001';
const BERLIN = 'Europe/Berlin';

/** Discord as far as reminders see it: messages by nonce, failures queued by the test. */
class FakeDiscord implements ReminderSender {
  readonly posted: { channelId: string; message: ReminderMessage; nonce: string; id: string }[] = [];
  readonly attempts: { channelId: string; nonce: string }[] = [];
  readonly failures: Error[] = [];
  readonly told: string[] = [];
  adminsReachable = false;
  private readonly byNonce = new Map<string, string>();

  ready(): boolean {
    return true;
  }

  async send(channelId: string, message: ReminderMessage, nonce: string): Promise<string> {
    this.attempts.push({ channelId, nonce });
    const failure = this.failures.shift();
    if (failure) throw failure;
    return this.accept(channelId, message, nonce);
  }

  /** What Discord does with a message that reached it. */
  accept(channelId: string, message: ReminderMessage, nonce: string): string {
    const earlier = this.byNonce.get(`${channelId}:${nonce}`);
    if (earlier) return earlier;
    const id = String(900_000 + this.posted.length);
    this.byNonce.set(`${channelId}:${nonce}`, id);
    this.posted.push({ channelId, message, nonce, id });
    return id;
  }

  async tellAdmins(_calendarId: number, text: string): Promise<boolean> {
    if (this.adminsReachable) this.told.push(text);
    return this.adminsReachable;
  }

  /** Every posted message as one text. */
  text(): string {
    return this.posted.map((p) => replyText(p.message.reply)).join('\n---\n');
  }
}

function replyText(reply: Reply): string {
  return [reply.content ?? '', ...(reply.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? ''])].join('\n');
}

/** One process: its own connection, repositories and scheduler, on the shared file. */
interface Process {
  db: Db;
  reminders: ReminderRepository;
  scheduler: ReminderScheduler;
}

let dir: ReturnType<typeof tempDir>;
let clock: TestClock;
let discord: FakeDiscord;
let main: Process;
let scope: CalendarScope;
const processes: Process[] = [];

function startProcess(sender: ReminderSender = discord): Process {
  const db = openDatabase(dir.file('diwan.sqlite'));
  const reminders = new ReminderRepository(db);
  const scheduler = new ReminderScheduler({
    calendars: new CalendarRepository(db),
    reminders,
    clock,
    sender,
    present: discordPresenter,
    logger: silentLogger,
  });
  const process = { db, reminders, scheduler };
  processes.push(process);
  return process;
}

beforeEach(() => {
  dir = tempDir('diwan-reminders-');
  clock = new TestClock(Date.parse('2020-03-01T12:00:00Z'));
  discord = new FakeDiscord();
  main = startProcess();
  scope = new Calendars(main.db, clock, { seed: false, timezone: 'UTC' }).local();
  main.reminders.setChannel(scope.calendar.id, CHANNEL, clock.now());
});

afterEach(() => {
  for (const process of processes.splice(0)) process.db.close();
  dir.remove();
});

function add(draft: Partial<MeetingDraft> & { title: string }): number {
  const [id] = scope.store.addMeetings([meetingDraft(draft)], { now: clock.now() });
  return id!;
}

/** A timed meeting in Berlin. */
function timedMeeting(title: string, date: string, time: string): number {
  return add({ title, precision: 'minute', date, time, timezone: BERLIN });
}

async function beatAt(iso: string, process = main) {
  clock.set(iso);
  return process.scheduler.beat();
}

const rows = (meetingNumber: number) => main.reminders.forMeeting(scope.calendar.id, meetingNumber);

describe('on time, once', () => {
  it('posts a timed meeting 1d and 1h before, each once, and nothing between', async () => {
    const id = timedMeeting('Geneva talks', '2020-03-10', '10:00'); // 09:00 UTC
    expect((await beatAt('2020-03-09T08:59:30Z')).sent).toBe(0);
    expect((await beatAt('2020-03-09T09:00:00Z')).sent).toBe(1);
    await beatAt('2020-03-09T09:00:30Z');
    await beatAt('2020-03-10T07:59:30Z');
    expect(discord.posted).toHaveLength(1);
    await beatAt('2020-03-10T08:00:00Z');
    await beatAt('2020-03-10T08:00:30Z');
    expect(discord.posted.map((p) => p.channelId)).toEqual([CHANNEL, CHANNEL]);
    expect(discord.text()).toContain('Geneva talks');
    expect(discord.text()).not.toContain('posted late');
    expect(rows(id).map((r) => [r.kind, r.status])).toEqual([
      ['lead:1440', 'sent'],
      ['lead:60', 'sent'],
    ]);
  });

  it('posts nothing while no channel is chosen', async () => {
    main.reminders.setChannel(scope.calendar.id, null, clock.now());
    timedMeeting('Geneva talks', '2020-03-10', '10:00');
    await beatAt('2020-03-09T09:00:00Z');
    await beatAt('2020-03-10T08:00:00Z');
    expect(discord.attempts).toEqual([]);
  });
});

describe('a meeting edited or cancelled', () => {
  it('edited to a new time: new reminders at the new time, the old pending ones skipped', async () => {
    const id = timedMeeting('Geneva talks', '2020-03-10', '10:00');
    await beatAt('2020-03-09T09:00:00Z'); // the 1d reminder goes out
    scope.store.updateMeeting(
      id,
      meetingDraft({ title: 'Geneva talks', precision: 'minute', date: '2020-03-12', time: '15:00', timezone: BERLIN }),
      clock.now(),
    );
    await beatAt('2020-03-09T09:00:30Z');
    await beatAt('2020-03-10T08:00:00Z'); // the old 1h: nothing
    expect(discord.posted).toHaveLength(1);
    await beatAt('2020-03-11T14:00:00Z');
    await beatAt('2020-03-12T13:00:00Z');
    expect(discord.posted).toHaveLength(3);
    expect(rows(id).map((r) => [r.kind, r.status, r.lastError ?? '', new Date(r.dueAt).toISOString()])).toEqual([
      ['lead:1440', 'sent', '', '2020-03-09T09:00:00.000Z'],
      ['lead:60', 'skipped', 'meeting moved', '2020-03-10T08:00:00.000Z'],
      ['lead:1440', 'sent', '', '2020-03-11T14:00:00.000Z'],
      ['lead:60', 'sent', '', '2020-03-12T13:00:00.000Z'],
    ]);
  });

  it('cancelled after a reminder went out: one short cancellation notice, whatever follows', async () => {
    const id = timedMeeting('Geneva talks', '2020-03-10', '10:00');
    await beatAt('2020-03-09T09:00:00Z');
    scope.store.setStatus(id, 'cancelled', clock.now());
    await beatAt('2020-03-09T09:05:00Z');
    // Back on, then cancelled again: still one notice; and no 1h reminder.
    scope.store.setStatus(id, 'scheduled', clock.now());
    await beatAt('2020-03-09T09:06:00Z');
    scope.store.setStatus(id, 'cancelled', clock.now());
    await beatAt('2020-03-09T09:07:00Z');
    await beatAt('2020-03-10T08:00:00Z');
    expect(discord.posted).toHaveLength(2);
    expect(replyText(discord.posted[1]!.message.reply)).toMatch(/Cancelled.*Geneva talks/s);
    expect(
      rows(id)
        .filter((r) => r.kind === 'cancelled')
        .map((r) => r.status),
    ).toEqual(['sent']);
  });

  it('cancelled before any reminder went out: nothing at all', async () => {
    const id = timedMeeting('Geneva talks', '2020-03-10', '10:00');
    await beatAt('2020-03-01T12:00:30Z');
    scope.store.setStatus(id, 'cancelled', clock.now());
    await beatAt('2020-03-09T09:00:00Z');
    await beatAt('2020-03-10T08:00:00Z');
    expect(discord.attempts).toEqual([]);
  });
});

describe('planned late', () => {
  it('a meeting added an hour and a half ahead gets only its 1-hour reminder, on time, with no "offline" note', async () => {
    clock.set('2020-03-10T07:30:00Z');
    const id = timedMeeting('Geneva talks', '2020-03-10', '10:00'); // 09:00 UTC: the 1-day reminder has passed
    await beatAt('2020-03-10T07:30:30Z');
    expect(discord.posted).toEqual([]);
    await beatAt('2020-03-10T08:00:00Z');
    expect(discord.posted).toHaveLength(1);
    expect(discord.text()).not.toContain('posted late');
    expect(rows(id).map((r) => [r.kind, r.status])).toEqual([
      ['lead:1440', 'skipped'],
      ['lead:60', 'sent'],
    ]);
  });
});

describe('the bot back after being away', () => {
  it('posts an overdue reminder late, saying so, while the meeting has not begun', async () => {
    const id = add({ title: 'Damascus visit', date: '2020-03-10', timezone: 'Asia/Damascus' }); // due 2020-03-09T07:00Z
    await beatAt('2020-03-01T12:00:30Z'); // planned, then the bot is off
    const restarted = startProcess();
    await beatAt('2020-03-09T18:00:00Z', restarted);
    expect(discord.posted).toHaveLength(1);
    expect(replyText(discord.posted[0]!.message.reply)).toContain('posted late');
    expect(rows(id)[0]).toMatchObject({ status: 'sent', late: true });
  });

  it('skips an overdue reminder whose meeting has begun', async () => {
    const id = add({ title: 'Damascus visit', date: '2020-03-10', timezone: 'Asia/Damascus' });
    await beatAt('2020-03-01T12:00:30Z');
    await beatAt('2020-03-10T06:00:00Z', startProcess()); // 08:00 in Damascus, the day has begun
    expect(discord.attempts).toEqual([]);
    expect(rows(id)[0]).toMatchObject({ status: 'skipped', lastError: 'meeting had begun' });
  });

  it('resends rows a crash left in `sending` with the same nonce: one message', async () => {
    const id = timedMeeting('Geneva talks', '2020-03-10', '10:00');
    await beatAt('2020-03-01T12:00:30Z');
    clock.set('2020-03-09T09:00:00Z');
    // The first process's beat holds the lease and claims, Discord takes the message, and the
    // process dies before recording it.
    main.reminders.acquireLease(main.scheduler.holder, clock.now(), 120_000);
    const [batch] = main.reminders.claimDue(clock.now());
    discord.accept(batch!.channelId, { reply: { content: 'the lost one' }, roleId: null }, batch!.nonce);
    expect(rows(id)[0]!.status).toBe('sending');
    const restarted = startProcess();
    // It waits for the dead process's lease to run out, then resends.
    expect((await beatAt('2020-03-09T09:01:00Z', restarted)).leader).toBe(false);
    await beatAt('2020-03-09T09:05:00Z', restarted);
    expect(discord.attempts.map((a) => a.nonce)).toEqual([batch!.nonce]);
    expect(discord.posted).toHaveLength(1);
    expect(rows(id)[0]).toMatchObject({ status: 'sent', messageId: discord.posted[0]!.id });
  });

  it('sends once a claim whose message never reached Discord', async () => {
    const id = timedMeeting('Geneva talks', '2020-03-10', '10:00');
    clock.set('2020-03-09T09:00:00Z');
    main.reminders.planChanges(clock.now());
    const [batch] = main.reminders.claimDue(clock.now());
    await beatAt('2020-03-09T09:00:30Z', startProcess());
    expect(discord.posted.map((p) => p.nonce)).toEqual([batch!.nonce]);
    expect(rows(id)[0]!.status).toBe('sent');
  });
});

describe('Discord failing', () => {
  it('retries 5xx and network errors with growing waits, then gives up after MAX_ATTEMPTS', async () => {
    const id = timedMeeting('Geneva talks', '2020-03-10', '10:00');
    for (let i = 0; i < 10; i++)
      discord.failures.push(
        i % 2 ? new Error('socket hang up') : new DeliveryError('500: Internal Server Error', 'retry'),
      );
    await beatAt('2020-03-09T09:00:00Z');
    const tried = () => discord.attempts.length;
    expect(tried()).toBe(1);
    await beatAt('2020-03-09T09:00:20Z'); // too soon
    expect(tried()).toBe(1);
    const waits: number[] = [];
    let last = Date.parse('2020-03-09T09:00:00Z');
    for (let minute = 0; minute < 60 * 3 && tried() < MAX_ATTEMPTS + 1; minute += 0.5) {
      const before = tried();
      await beatAt(new Date(Date.parse('2020-03-09T09:00:30Z') + minute * 60_000).toISOString());
      if (tried() > before) {
        waits.push(clock.now() - last);
        last = clock.now();
      }
    }
    expect(tried()).toBe(MAX_ATTEMPTS);
    expect(waits).toEqual([30_000, 120_000, 480_000, 1_800_000]);
    expect(new Set(discord.attempts.map((a) => a.nonce)).size).toBe(1);
    expect(rows(id)[0]).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
    // The 1h reminder is its own row: still posted once Discord is back.
    discord.failures.length = 0;
    await beatAt('2020-03-10T08:00:00Z');
    expect(discord.posted).toHaveLength(1);
  });

  it('a reminder that fails twice and then goes through is posted once', async () => {
    const id = timedMeeting('Geneva talks', '2020-03-10', '10:00');
    discord.failures.push(new DeliveryError('502: Bad Gateway', 'retry'), new Error('ECONNRESET'));
    await beatAt('2020-03-09T09:00:00Z');
    await beatAt('2020-03-09T09:00:30Z');
    await beatAt('2020-03-09T09:03:00Z');
    await beatAt('2020-03-09T09:10:00Z');
    expect(discord.attempts).toHaveLength(3);
    expect(discord.posted).toHaveLength(1);
    expect(rows(id)[0]).toMatchObject({ status: 'sent', attempts: 3 });
  });

  it('a 403 stops that channel after one attempt, for every batch, and leaves a notice for the admins', async () => {
    for (let i = 0; i < 20; i++) add({ title: `Meeting ${i}`, date: '2020-03-10', timezone: BERLIN });
    discord.failures.push(new DeliveryError('Missing Access (50001)', 'blocked'));
    await beatAt('2020-03-09T08:00:00Z'); // 20 due: two batches in one channel
    await beatAt('2020-03-09T08:10:00Z');
    await beatAt('2020-03-09T09:00:00Z');
    expect(discord.attempts).toHaveLength(1);
    const settings = main.reminders.settings(scope.calendar.id);
    expect(settings).toMatchObject({ blockedChannelId: CHANNEL, blockedNoticePending: true });
    expect(settings.blockedReason).toContain('50001');
    // Choosing the channel again (permissions fixed) lifts the refusal: the rest go out, and
    // say nothing of the bot being offline: it was up all along.
    main.reminders.setChannel(scope.calendar.id, CHANNEL, clock.now());
    await beatAt('2020-03-09T09:00:30Z');
    expect(discord.posted).toHaveLength(2);
    expect(discord.text()).not.toContain('posted late');
    expect(main.reminders.settings(scope.calendar.id).blockedChannelId).toBeNull();
  });

  it('the reminder a 403 refused goes out, once, when the channel is chosen again and its meeting is ahead', async () => {
    const id = add({ title: 'Donor meeting', date: '2020-03-10', timezone: BERLIN }); // due 03-09 08:00Z
    discord.failures.push(new DeliveryError('Missing Access (50001)', 'blocked'));
    await beatAt('2020-03-09T08:00:00Z');
    expect(rows(id)[0]).toMatchObject({ status: 'failed' });
    main.reminders.setChannel(scope.calendar.id, CHANNEL, clock.now());
    await beatAt('2020-03-09T08:30:00Z');
    await beatAt('2020-03-09T09:00:00Z');
    expect(discord.posted).toHaveLength(1);
    expect(discord.text()).toContain('Donor meeting');
    expect(rows(id)).toEqual([expect.objectContaining({ status: 'sent', late: false })]);
  });

  it('a 403 is told to the owner by DM when the DM goes through, and then not again', async () => {
    discord.adminsReachable = true;
    add({ title: 'Meeting', date: '2020-03-10', timezone: BERLIN });
    discord.failures.push(new DeliveryError('Missing Permissions (50013)', 'blocked'));
    await beatAt('2020-03-09T08:00:00Z');
    expect(discord.told).toHaveLength(1);
    expect(discord.told[0]).toContain(`<#${CHANNEL}>`);
    expect(main.reminders.settings(scope.calendar.id).blockedNoticePending).toBe(false);
  });
});

describe('pause', () => {
  it('posts nothing until the pause ends, then what is still useful, late', async () => {
    const early = timedMeeting('Early', '2020-03-10', '10:00'); // 1d due 03-09 09:00Z, 1h due 03-10 08:00Z
    const later = add({ title: 'Later', date: '2020-03-12', timezone: BERLIN }); // due 03-11 08:00Z
    main.reminders.setPausedUntil(scope.calendar.id, Date.parse('2020-03-10T12:00:00Z'));
    await beatAt('2020-03-09T09:00:00Z');
    await beatAt('2020-03-10T08:00:00Z');
    expect(discord.attempts).toEqual([]);
    await beatAt('2020-03-10T12:00:00Z');
    expect(discord.attempts).toEqual([]); // Early had begun: skipped
    expect(rows(early).map((r) => r.status)).toEqual(['skipped', 'skipped']);
    await beatAt('2020-03-11T08:00:00Z');
    expect(discord.posted).toHaveLength(1);
    expect(rows(later)[0]!.status).toBe('sent');
  });
});

describe('two processes on one database', () => {
  it('the second does nothing while the lease is held, and takes over once it expires', async () => {
    const other = startProcess();
    timedMeeting('Geneva talks', '2020-03-10', '10:00');
    expect((await beatAt('2020-03-09T08:59:30Z')).leader).toBe(true);
    const idle = await beatAt('2020-03-09T09:00:00Z', other);
    expect(idle).toMatchObject({ leader: false, sent: 0 });
    expect(discord.attempts).toEqual([]);
    expect((await beatAt('2020-03-09T09:00:30Z')).sent).toBe(1);
    // The first process dies without giving the lease up; the second waits it out.
    expect((await beatAt('2020-03-09T09:01:00Z', other)).leader).toBe(false);
    expect((await beatAt('2020-03-09T09:03:00Z', other)).leader).toBe(true);
    await beatAt('2020-03-10T08:00:00Z', other);
    expect(discord.posted).toHaveLength(2);
    expect((await beatAt('2020-03-10T08:00:30Z')).leader).toBe(false);
  });

  it('a process that stops gives the lease up at once', async () => {
    const other = startProcess();
    await beatAt('2020-03-09T08:59:30Z');
    await main.scheduler.stop();
    expect((await beatAt('2020-03-09T08:59:40Z', other)).leader).toBe(true);
  });

  it('a process cut off from Discord leaves the lease to one that can post', async () => {
    const offline = startProcess({ ...discord, ready: () => false, send: (c, m, n) => discord.send(c, m, n) });
    timedMeeting('Geneva talks', '2020-03-10', '10:00');
    expect((await beatAt('2020-03-09T09:00:00Z', offline)).leader).toBe(false);
    expect((await beatAt('2020-03-09T09:00:00Z')).sent).toBe(1);
  });

  it('both beating at every tick post each reminder once', async () => {
    const other = startProcess();
    for (let i = 0; i < 5; i++) timedMeeting(`Meeting ${i}`, '2020-03-10', `1${i}:00`);
    for (let t = Date.parse('2020-03-09T08:00:00Z'); t <= Date.parse('2020-03-10T14:00:00Z'); t += 30 * 60_000) {
      clock.set(t);
      await Promise.all([main.scheduler.beat(), other.scheduler.beat()]);
    }
    expect(discord.attempts.length).toBe(discord.posted.length);
    expect(main.db.prepare(`SELECT count(*) AS n FROM reminders WHERE status = 'sent'`).get()).toEqual({ n: 10 });
  });
});

describe('300 meetings due in the same minute', () => {
  it('are all announced once, in messages within Discord limits', async () => {
    const hostile = '**bold** _it_ `code` @everyone <@&1> '.repeat(8);
    for (let i = 0; i < 300; i++)
      add({ title: `M${String(i).padStart(3, '0')}# ${hostile}`, date: '2020-03-10', timezone: BERLIN });
    const report = await beatAt('2020-03-09T08:00:00Z');
    expect(report.sent).toBe(300);
    const nonces = discord.posted.map((p) => p.nonce);
    expect(new Set(nonces).size).toBe(nonces.length);
    for (const nonce of nonces) expect(nonce.length).toBeLessThanOrEqual(25);
    for (const { message } of discord.posted) {
      const embeds = message.reply.embeds ?? [];
      expect(embeds.length).toBeLessThanOrEqual(10);
      expect((message.reply.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
      let total = 0;
      for (const embed of embeds) {
        expect((embed.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
        expect((embed.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
        total += (embed.title ?? '').length + (embed.description ?? '').length + (embed.footer ?? '').length;
        total += (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
      }
      expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
    }
    const announced = [...discord.text().matchAll(/M(\d{3})#/g)].map((m) => m[1]);
    expect(announced).toHaveLength(300);
    expect(new Set(announced).size).toBe(300);
    await beatAt('2020-03-09T08:00:30Z');
    expect(discord.posted.length).toBe(nonces.length);
  });
});

describe('nonces', () => {
  it('are never used twice, even after the newest reminders were deleted with their meeting', async () => {
    const gone = add({ title: 'Gone', date: '2020-03-10', timezone: BERLIN });
    await beatAt('2020-03-09T08:00:00Z');
    scope.store.deleteMeeting(gone);
    add({ title: 'Next', date: '2020-03-10', timezone: BERLIN });
    await beatAt('2020-03-09T08:00:30Z');
    expect(discord.posted.map((p) => replyText(p.message.reply))).toEqual([
      expect.stringContaining('Gone'),
      expect.stringContaining('Next'),
    ]);
  });
});
