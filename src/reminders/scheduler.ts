/**
 * The reminder beat. node-cron only beats the clock (every 30 seconds, UTC, never
 * overlapping); what is due, claimed and sent lives in SQLite, so restarts, outages and a
 * second process change nothing: one process holds the lease and beats, the others wait.
 */
import { randomUUID } from 'node:crypto';
import cron, { type ScheduledTask } from 'node-cron';
import type { MeetingSummary } from '../calendar/types.js';
import type { Clock } from '../clock.js';
import type { Locale } from '../i18n/index.js';
import type { DateStyle } from '../i18n/date-style.js';
import type { Logger } from '../logger.js';
import type { Presenter } from '../replies/presenter.js';
import { deliverBatches, type DeliveryReport, type ReminderSender } from './deliver.js';
import type { ReminderBatch, ReminderCalendars, ReminderQueue } from './types.js';

export const BEAT_EVERY = '*/30 * * * * *';
/** A lease outlives a few missed beats, so a live holder keeps it and a dead one loses it. */
const LEASE_MS = 120_000;
/**
 * How long a stop waits for a send under way; then its reminders are put back for the next
 * process (which sends them with the same nonce) and the stop goes on, so a shutdown takes
 * seconds whatever Discord does.
 */
export const STOP_GRACE_MS = 4_000;

export interface BeatReport extends DeliveryReport {
  /** False when this beat did nothing: another process holds the lease, this one is stopped or cannot post. */
  leader: boolean;
  planned: number;
  /** False when nothing was claimed (not the leader, stopped, or the sender not ready). */
  delivered: boolean;
}

export interface SchedulerOptions {
  calendars: ReminderCalendars;
  reminders: ReminderQueue;
  clock: Clock;
  sender: ReminderSender;
  present: Presenter;
  logger: Logger;
  localeOf?: (calendarId: number) => Locale;
  /** How a calendar's Arabic writes dates and numbers (`/settings dates`); the default when absent. */
  dateStyleOf?: (calendarId: number) => DateStyle | undefined;
  /** Work that rides on the beat, by the lease holder, after the reminders (Discord Events sync). */
  companions?: readonly BeatCompanion[];
}

/** Something beaten with the reminders; it stops between its calls once `stopping` says so. */
export interface BeatCompanion {
  beat(now: number, stopping: () => boolean): Promise<unknown>;
}

export class ReminderScheduler {
  readonly holder = randomUUID();
  private task: ScheduledTask | null = null;
  private running: Promise<BeatReport> | null = null;
  /** The batches this beat claimed: put back when a stop cannot wait for them. */
  private claimed: readonly ReminderBatch[] = [];
  private stopped = false;
  /** Since when this process has held the lease and beaten without a break; null when it has not. */
  private awakeSince: number | null = null;

  constructor(private readonly options: SchedulerOptions) {}

  /** One beat: hold the lease, plan what changed, claim what is due, deliver it. */
  beat(): Promise<BeatReport> {
    // Beats never overlap, even when called by hand while cron beats.
    this.running ??= this.beatOnce().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async beatOnce(): Promise<BeatReport> {
    const { reminders, clock, sender, logger } = this.options;
    const report: BeatReport = {
      leader: false,
      planned: 0,
      delivered: false,
      sent: 0,
      retried: 0,
      failed: 0,
      blocked: 0,
    };
    const now = clock.now();
    // Stopped, or cut off from Discord: leave the lease to a process that can post, rather
    // than renew it and post nothing.
    if (this.stopped || !sender.ready() || !reminders.acquireLease(this.holder, now, LEASE_MS)) {
      this.awakeSince = null; // what falls due from here on was missed: it will say so
      return report;
    }
    report.leader = true;
    this.awakeSince ??= now;
    report.planned = reminders.planChanges(now);
    const batches = reminders.claimDue(now, this.awakeSince);
    report.delivered = true;
    if (batches.length === 0) {
      await this.companions(now);
      return report;
    }
    this.claimed = batches;
    const delivery = await deliverBatches(batches, {
      reminders,
      sender,
      loadMeetings: (calendarId, ids) => this.loadMeetings(calendarId, ids),
      roleOf: (calendarId) => reminders.settings(calendarId).roleId,
      localeOf: this.options.localeOf ?? (() => 'en'),
      dateStyleOf: this.options.dateStyleOf,
      view: { present: this.options.present },
      now: () => clock.now(),
      logger,
      stopping: () => this.stopped,
    });
    this.claimed = [];
    await this.companions(now);
    return { ...report, ...delivery };
  }

  /** The companions' turn; one failing never stops the beat. */
  private async companions(now: number): Promise<void> {
    for (const companion of this.options.companions ?? []) {
      if (this.stopped) return;
      try {
        await companion.beat(now, () => this.stopped);
      } catch (error) {
        this.options.logger.error('beat companion failed', { error });
      }
    }
  }

  /**
   * The clock was moved by hand (the local console's `/clock`) while this process kept
   * running: what falls due on the way is on time; back in time, it has been up since `at`.
   */
  clockMoved(at: number): void {
    if (this.awakeSince !== null) this.awakeSince = Math.min(this.awakeSince, at);
  }

  /** A batch's meetings, read at once; one deleted since it was claimed is left out (and so is its line). */
  private loadMeetings(calendarId: number, ids: number[]): Map<number, MeetingSummary> {
    return new Map(
      this.options.calendars
        .forCalendar(calendarId)
        .meetingSummaries([...new Set(ids)])
        .map((m) => [m.number, m]),
    );
  }

  /** Beats every 30 seconds until `stop`. */
  start(): void {
    if (this.task) return;
    this.task = cron.schedule(
      BEAT_EVERY,
      async () => {
        try {
          await this.beat();
        } catch (error) {
          this.options.logger.error('reminder beat failed', { error });
        }
      },
      { timezone: 'Etc/UTC', noOverlap: true, name: 'diwan-reminders' },
    );
  }

  /**
   * Stops beating, waits (STOP_GRACE_MS at most) for a beat under way, puts back what it could
   * not send, and gives the lease up.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.task?.stop();
    await this.task?.destroy();
    this.task = null;
    const running = this.running;
    if (running) {
      let timer: NodeJS.Timeout | undefined;
      const finished = await Promise.race([
        running.then(
          () => true,
          () => true,
        ),
        new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), STOP_GRACE_MS))),
      ]);
      clearTimeout(timer);
      if (!finished) {
        const { reminders, clock } = this.options;
        for (const batch of this.claimed) reminders.release(batch.nonce, 'not sent: the bot was stopping', clock.now());
        this.options.logger.warn('stopped during a send: its reminders are left for the next start', {
          batches: this.claimed.length,
        });
      }
    }
    this.options.reminders.releaseLease(this.holder);
  }
}
