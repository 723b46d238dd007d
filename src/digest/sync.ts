/**
 * The weekly digest, driven by the reminders' beat: for each server whose digest is due (its
 * weekday and time came, or a meeting changed), the week's message is posted once (claimed
 * first, sent with the week's nonce, found again after a crash) and then edited whenever what
 * it says changes. 5xx and network errors are retried with growing waits; a channel Discord
 * refuses stops the digest and tells the owner once; a message deleted by hand is not posted again.
 */
import { createHash } from 'node:crypto';
import { withDateStyle } from '../i18n/date-style.js';
import { messages } from '../i18n/index.js';
import type { Logger } from '../logger.js';
import { DeliveryError, MAX_ATTEMPTS, NONCE_REMEMBERED_MS, retryWaitMs } from '../reminders/deliver.js';
import type { Reply } from '../replies/reply.js';
import type { DigestCalendars, DigestPoster, DigestRow, DigestSettings, DigestStore } from './types.js';
import { digestWeek, renderDigest, type DigestWeek } from './week.js';

/** A calendar whose meetings did not change is looked at again this often at most. */
const RECHECK_MS = 60 * 60_000;
/** The week's meetings read at most (a digest message holds far fewer). */
const WEEK_PAGE = 200;

export interface DigestSyncOptions {
  store: DigestStore;
  calendars: DigestCalendars;
  poster: DigestPoster;
  logger: Logger;
  now: () => number;
  /** Tells a server's admins (its owner) that its channel was refused; true when told. */
  tellAdmins?: (calendarId: number, text: string) => Promise<boolean>;
}

export class DigestSync {
  private lookedAtAll = false;

  constructor(private readonly options: DigestSyncOptions) {}

  async beat(now: number, stopping: () => boolean = () => false): Promise<void> {
    const { store, poster, logger } = this.options;
    if (!poster.ready()) return;
    if (!this.lookedAtAll) {
      // A process that crashed may have left a week claimed and its next look far off.
      store.allDue();
      this.lookedAtAll = true;
    }
    for (const settings of store.dueCalendars(now)) {
      if (stopping()) break;
      try {
        await this.check(settings, now);
      } catch (error) {
        logger.error('weekly digest failed for a server', { calendar: settings.calendarId, error });
        store.scheduleNext(settings.calendarId, now + retryWaitMs(1), true);
      }
    }
  }

  private async check(settings: DigestSettings, now: number): Promise<void> {
    const { store } = this.options;
    const { calendarId } = settings;
    const calendar = this.options.calendars.forCalendar(calendarId);
    const ref = calendar.calendarRef();
    const week = digestWeek(settings.weekday, settings.time, ref.timezone, now);
    store.scheduleNext(calendarId, Math.min(week.nextPostAt, now + RECHECK_MS), false);
    // Chosen after this week's time: the first digest is the next one.
    if (week.postAt < settings.chosenAt || !settings.channelId) return;
    const row = store.row(calendarId, week.weekStart);
    if (row?.state === 'failed' || row?.state === 'removed') return;
    if (row?.nextAttemptAt && row.nextAttemptAt > now) {
      store.scheduleNext(calendarId, row.nextAttemptAt, true);
      return;
    }
    const nonce = row?.nonce ?? weekNonce(calendarId, week);
    const meetings = calendar.meetingsIn(week.from, week.to, { offset: 0, limit: WEEK_PAGE });
    const reply = withDateStyle(ref.dateStyle, () => renderDigest(week, meetings, ref.locale ?? 'en', nonce));
    const shown = createHash('sha1').update(JSON.stringify(reply)).digest('hex');
    try {
      await this.deliver(calendarId, settings.channelId, row, week.weekStart, reply, shown, nonce, now);
    } catch (error) {
      await this.failed(settings, week.weekStart, !row, error, now);
    }
  }

  /** Posts the week's message (once), or edits it when what it says changed. */
  private async deliver(
    calendarId: number,
    channelId: string,
    row: DigestRow | null,
    weekStart: string,
    reply: Reply,
    shown: string,
    nonce: string,
    now: number,
  ): Promise<void> {
    const { store, poster } = this.options;
    const at = () => this.options.now();
    if (!row) {
      if (!store.claim(calendarId, weekStart, channelId, nonce, now)) return;
      store.recordPosted(calendarId, weekStart, await poster.post(channelId, reply, nonce), shown, at());
      return;
    }
    if (row.state === 'sending') {
      // Claimed by a process that never said how it went: past the nonce's memory it is looked for first.
      const found = now - row.updatedAt > NONCE_REMEMBERED_MS ? await poster.findPosted(row.channelId, nonce) : null;
      store.recordPosted(calendarId, weekStart, found ?? (await poster.post(row.channelId, reply, nonce)), shown, at());
      return;
    }
    if (row.shown === shown || !row.messageId) return;
    if (await poster.edit(row.channelId, row.messageId, reply))
      store.recordPosted(calendarId, weekStart, row.messageId, shown, at());
    // Deleted by a moderator: not posted again this week.
    else store.recordState(calendarId, weekStart, 'removed', 'deleted in Discord', at());
  }

  private async failed(
    settings: DigestSettings,
    weekStart: string,
    claimedNow: boolean,
    error: unknown,
    now: number,
  ): Promise<void> {
    const { store, logger } = this.options;
    const { calendarId } = settings;
    const outcome = error instanceof DeliveryError ? error.outcome : 'retry';
    const reason = error instanceof Error ? error.message : String(error);
    const attempts = (store.row(calendarId, weekStart)?.attempts ?? 0) + 1;
    if (outcome === 'blocked') {
      store.block(calendarId, reason);
      logger.warn('weekly digest channel refused; stopped posting there', { calendar: calendarId, reason });
      const locale = this.options.calendars.forCalendar(calendarId).calendarRef().locale ?? 'en';
      await this.options
        .tellAdmins?.(calendarId, messages(locale).digest.refused(settings.channelId ?? '', reason))
        .catch(() => false);
    } else if (outcome === 'retry' && attempts < MAX_ATTEMPTS) {
      const wait = retryWaitMs(attempts, error instanceof DeliveryError ? error.retryAfterMs : 0);
      store.recordRetry(calendarId, weekStart, reason, now + wait, now);
      store.scheduleNext(calendarId, now + wait, true);
      logger.warn('weekly digest not posted; will retry', { calendar: calendarId, attempts, reason, claimedNow });
    } else {
      store.recordState(calendarId, weekStart, 'failed', reason, now);
      logger.error('weekly digest given up for the week', { calendar: calendarId, attempts, reason });
    }
  }
}

/** The week's nonce (Discord allows 25 characters): the same for every attempt at that week's post. */
export function weekNonce(calendarId: number, week: DigestWeek): string {
  return `dg${calendarId}w${week.weekStart.replaceAll('-', '')}`.slice(0, 25);
}
