/**
 * Discord Scheduled Events sync, driven by the reminders' beat: each server whose sync is on and
 * due (a meeting changed, or a quarter of an hour went by) has its plan worked through. Creates
 * are claimed before they are sent; a failure never blocks the other servers; 5xx, network and
 * rate limits are retried with growing waits, then given up; a refusal (a permission) stops the
 * server's sync and tells its owner once.
 */
import { messages } from '../i18n/index.js';
// Attempts at one change before it is given up (until the meeting changes again), and the waits between: as for reminders.
import { MAX_ATTEMPTS, retryWaitMs } from '../reminders/deliver.js';
import type { Logger } from '../logger.js';
import type { Meeting } from '../calendar/types.js';
import type { EventCoverSource } from './covers.js';
import { eventTimes, meetingMonth } from './event-fields.js';
import { planCalendar } from './plan.js';
import {
  EventCallError,
  type EventAction,
  type EventCalendars,
  type EventCallOutcome,
  type EventFields,
  type EventRow,
  type EventSyncStore,
  type ScheduledEventsPort,
} from './types.js';

/** A calendar whose meetings did not change is looked at again this often (meetings entering the window). */
export const RESYNC_EVERY_MS = 15 * 60_000;
const DAY_MS = 86_400_000;
/** The window is read a page at a time; more meetings than this in it would pass the cap anyway. */
const WINDOW_PAGE = 300;
/**
 * Calls to Discord in one beat, over all servers: a server turned on with 100 meetings to come
 * gets its events over a few beats, and the beat (the reminders' too) never waits long on them.
 */
export const CALLS_PER_BEAT = 10;

export interface EventSyncReport {
  calendars: number;
  created: number;
  /** Events found again after a create cut short, instead of being made twice. */
  recovered: number;
  updated: number;
  cancelled: number;
  deleted: number;
  retried: number;
  failed: number;
  blocked: number;
}

export interface EventsSyncOptions {
  store: EventSyncStore;
  calendars: EventCalendars;
  discord: ScheduledEventsPort;
  logger: Logger;
  now: () => number;
  /** Tells a server's admins (its owner) why its sync stopped; true when they were told. */
  tellAdmins?: (calendarId: number, text: string) => Promise<boolean>;
  /** A server's name, for that message. */
  serverName?: (guildId: string) => string;
  /** Month pictures as the events' covers; without it events have none. */
  covers?: EventCoverSource;
}

/** The image an update sends: the new cover's data URI, null to remove it, undefined to leave it. */
function coverChange(pass: Pass, changes: Partial<EventFields>): string | null | undefined {
  if (changes.cover === undefined) return undefined;
  return changes.cover === null ? null : pass.coverData.get(changes.cover);
}

/** One calendar's pass: which server, its rows as read before, and the soonest retry it left. */
interface Pass {
  calendarId: number;
  guildId: string;
  rows: Map<number, EventRow>;
  nextRetryAt: number;
  /** This bot's events in the server, listed once a pass needs them (a create cut short). */
  mine?: { id: string; description: string | null }[];
  /** The data URI of each cover of the pass, by its hash. */
  coverData: Map<string, string>;
}

export class EventsSync {
  /** False until this process first beats as the lease holder. */
  private lookedAtAll = false;
  /** What this beat may still ask of Discord. */
  private callsLeft = CALLS_PER_BEAT;

  constructor(private readonly options: EventsSyncOptions) {}

  /** One pass over the calendars due at `now`; stops between calls once `stopping` says so. */
  async beat(now: number, stopping: () => boolean = () => false): Promise<EventSyncReport> {
    const report: EventSyncReport = {
      calendars: 0,
      created: 0,
      recovered: 0,
      updated: 0,
      cancelled: 0,
      deleted: 0,
      retried: 0,
      failed: 0,
      blocked: 0,
    };
    const { store, discord, logger } = this.options;
    if (!discord.ready()) return report;
    if (!this.lookedAtAll) {
      // A process that crashed may have left a create half done, and its next look far off.
      store.allDue();
      this.lookedAtAll = true;
    }
    this.callsLeft = CALLS_PER_BEAT;
    for (const { calendarId, guildId } of store.dueCalendars(now)) {
      if (stopping() || this.callsLeft <= 0) break;
      report.calendars++;
      try {
        await this.syncCalendar(calendarId, guildId, now, stopping, report);
      } catch (error) {
        logger.error('events sync failed for a server', { calendar: calendarId, guild: guildId, error });
        store.scheduleNext(calendarId, now + retryWaitMs(1), true);
      }
    }
    return report;
  }

  private async syncCalendar(
    calendarId: number,
    guildId: string,
    now: number,
    stopping: () => boolean,
    report: EventSyncReport,
  ): Promise<void> {
    const { store, discord } = this.options;
    // The next look, unless a change comes first (its trigger makes the calendar due at once).
    store.scheduleNext(calendarId, now + RESYNC_EVERY_MS, false);
    const missing = discord.missingPermission(guildId);
    if (missing) {
      await this.refused(calendarId, guildId, missing, report);
      return;
    }
    const calendar = this.options.calendars.forCalendar(calendarId);
    const days = store.settings(calendarId).days;
    const window = calendar
      .meetingsIn(now, now + days * DAY_MS, { offset: 0, limit: WINDOW_PAGE })
      .map((meeting) => meeting.number);
    const rows = store.rows(calendarId);
    const numbers = [...new Set([...window, ...rows.map((row) => row.meetingNumber)])];
    const meetings = new Map(calendar.meetings(numbers).map((meeting) => [meeting.number, meeting]));
    const locale = calendar.calendarRef().locale ?? 'en';
    const coverData = new Map<string, string>();
    const covers = await this.monthCovers(calendarId, meetings.values(), now, coverData);
    const actions = planCalendar({ now, locale, window, meetings, rows, covers });
    const pass: Pass = {
      calendarId,
      guildId,
      rows: new Map(rows.map((row) => [row.meetingNumber, row])),
      nextRetryAt: Infinity,
      coverData,
    };
    let full = false;
    for (const action of actions) {
      if (stopping()) break;
      if (this.callsLeft <= 0) {
        // The rest on the next beat.
        store.scheduleNext(calendarId, now, true);
        break;
      }
      if (full && action.kind === 'create') continue;
      if (action.kind !== 'forget') this.callsLeft--;
      const outcome = await this.perform(pass, action, report);
      if (outcome === 'blocked') return;
      if (outcome === 'full') full = true;
    }
    if (pass.nextRetryAt < Infinity) store.scheduleNext(calendarId, pass.nextRetryAt, true);
  }

  /**
   * The cover hash of each month holding a meeting that may have an event (null: too large),
   * their data URIs put in `data`. A month whose picture could not be drawn is left out: its
   * events keep the cover they have.
   */
  private async monthCovers(
    calendarId: number,
    meetings: Iterable<Meeting>,
    now: number,
    data: Map<string, string>,
  ): Promise<Map<string, string | null> | undefined> {
    const source = this.options.covers;
    if (!source) return undefined;
    const months = new Set<string>();
    for (const meeting of meetings) if (meeting.endsAt > now && eventTimes(meeting)) months.add(meetingMonth(meeting));
    const covers = new Map<string, string | null>();
    for (const month of months) {
      try {
        const cover = await source.monthCover(calendarId, month);
        covers.set(month, cover?.hash ?? null);
        if (cover) data.set(cover.hash, cover.dataUri);
      } catch (error) {
        this.options.logger.error('month picture for event covers failed', { calendar: calendarId, month, error });
      }
    }
    return covers;
  }

  /** Does one action and records it; what went wrong, if anything. */
  private async perform(pass: Pass, action: EventAction, report: EventSyncReport): Promise<EventCallOutcome | null> {
    const { store, discord } = this.options;
    const { calendarId, guildId } = pass;
    const number = action.meetingNumber;
    const at = () => this.options.now();
    try {
      switch (action.kind) {
        case 'forget':
          store.forget(calendarId, number);
          return null;
        case 'create': {
          if (!store.claim(calendarId, number, at(), action.lookFirst)) return null;
          const found = action.lookFirst ? await this.findMine(pass, action.marker) : null;
          if (found) {
            store.recordLive(calendarId, number, found, action.fields, at());
            report.recovered++;
            this.options.logger.info('event found made before a crash; recorded, not made again', {
              guild: guildId,
              meeting: number,
            });
            return null;
          }
          const cover = action.fields.cover ? pass.coverData.get(action.fields.cover) : undefined;
          const eventId = await discord.create(guildId, action.fields, cover);
          store.recordLive(calendarId, number, eventId, action.fields, at());
          report.created++;
          return null;
        }
        case 'update':
          await discord.edit(guildId, action.eventId, action.changes, coverChange(pass, action.changes));
          store.recordLive(calendarId, number, action.eventId, action.fields, at());
          report.updated++;
          return null;
        case 'cancel':
        case 'remove':
          await this.takeDown(pass, action, report);
          return null;
      }
    } catch (error) {
      return this.failed(pass, action, error, report);
    }
  }

  /**
   * Cancels (a cancelled meeting) or deletes (a deleted one, or one that can no longer have an
   * event) a meeting's event. The row says `removing` first, so the gateway's word of the
   * change is not taken for a moderator's.
   */
  private async takeDown(
    pass: Pass,
    action: Extract<EventAction, { kind: 'cancel' | 'remove' }>,
    report: EventSyncReport,
  ): Promise<void> {
    const { store, discord } = this.options;
    const { calendarId, guildId } = pass;
    const number = action.meetingNumber;
    store.recordState(calendarId, number, 'removing', null, this.options.now());
    const eventId = action.eventId ?? (await this.findMine(pass, action.marker));
    const done = () =>
      action.kind === 'cancel'
        ? store.recordState(calendarId, number, 'cancelled', null, this.options.now())
        : store.forget(calendarId, number);
    if (!eventId) return done();
    try {
      if (action.kind === 'cancel') {
        try {
          await discord.cancel(guildId, eventId);
          report.cancelled++;
        } catch (error) {
          // Under way already (Discord started it at its time): it can only be deleted.
          if (!(error instanceof EventCallError) || error.outcome !== 'refused') throw error;
          await discord.delete(guildId, eventId);
          report.deleted++;
        }
      } else {
        await discord.delete(guildId, eventId);
        report.deleted++;
      }
    } catch (error) {
      // Gone already: what was wanted.
      if (!(error instanceof EventCallError) || error.outcome !== 'gone') throw error;
    }
    done();
  }

  /** The event this bot made for a meeting (its description ends with the meeting's marker), or null. */
  private async findMine(pass: Pass, marker: string): Promise<string | null> {
    pass.mine ??= await this.options.discord.listMine(pass.guildId);
    const found = pass.mine.find((event) => event.description === marker || event.description?.endsWith(`\n${marker}`));
    return found?.id ?? null;
  }

  private async failed(
    pass: Pass,
    action: EventAction,
    error: unknown,
    report: EventSyncReport,
  ): Promise<EventCallOutcome> {
    const { store, logger } = this.options;
    const { calendarId, guildId } = pass;
    const number = action.meetingNumber;
    const outcome = error instanceof EventCallError ? error.outcome : 'retry';
    const reason = error instanceof Error ? error.message : String(error);
    const now = this.options.now();
    const context = { guild: guildId, meeting: number, action: action.kind, reason };
    switch (outcome) {
      case 'blocked':
        await this.refused(calendarId, guildId, reason, report);
        break;
      case 'gone':
        // Edited after a moderator deleted it (its deletion was not seen): recorded, not made again.
        store.recordState(calendarId, number, 'removed-by-hand', reason, now);
        logger.info('event removed in Discord by hand; not made again', context);
        break;
      case 'full':
        // The claim is undone: the meeting gets its event once the server has room.
        store.forget(calendarId, number);
        logger.warn('server has 100 scheduled events; no more made for now', context);
        break;
      case 'refused':
        store.recordState(calendarId, number, 'failed', reason, now);
        report.failed++;
        logger.warn('Discord refused an event; given up until the meeting changes', context);
        break;
      case 'retry': {
        const attempts = (pass.rows.get(number)?.attempts ?? 0) + 1;
        if (attempts >= MAX_ATTEMPTS) {
          store.recordState(calendarId, number, 'failed', reason, now);
          report.failed++;
          logger.error('event change given up', { ...context, attempts });
          break;
        }
        const wait = retryWaitMs(attempts, error instanceof EventCallError ? error.retryAfterMs : 0);
        store.recordRetry(calendarId, number, reason, now + wait, now);
        pass.nextRetryAt = Math.min(pass.nextRetryAt, now + wait);
        report.retried++;
        logger.warn('event change not made; will retry', { ...context, attempts });
        break;
      }
    }
    return outcome;
  }

  /** Discord refused the server's events: nothing more is tried there until the sync is turned on again. */
  private async refused(calendarId: number, guildId: string, reason: string, report: EventSyncReport): Promise<void> {
    const { store, logger } = this.options;
    store.block(calendarId, reason);
    report.blocked++;
    logger.warn('events sync refused by Discord; stopped for the server', { guild: guildId, reason });
    const locale = this.options.calendars.forCalendar(calendarId).calendarRef().locale ?? 'en';
    const server = this.options.serverName?.(guildId) ?? guildId;
    const text = messages(locale).events.refusedNotice(server, reason);
    if (await this.options.tellAdmins?.(calendarId, text).catch(() => false)) store.clearBlockedNotice(calendarId);
  }
}
