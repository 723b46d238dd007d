/**
 * Sending followers their notices, on the reminders' beat (the process holding the lease): a
 * notice is claimed, rendered in its server's language, sent as a direct message with a nonce
 * made from its id, then recorded. Closed DMs (Discord's 50007) keep it for the member's next
 * command in that server; 5xx and network errors are retried with growing waits, then given up.
 * One failing notice never blocks the others.
 */
import type { CalendarStore } from '../calendar/store.js';
import { withDateStyle } from '../i18n/date-style.js';
import type { Locale } from '../i18n/index.js';
import type { Logger } from '../logger.js';
import { DeliveryError, MAX_ATTEMPTS, retryWaitMs } from '../reminders/deliver.js';
import type { View } from '../replies/meeting-view.js';
import type { Presenter } from '../replies/presenter.js';
import type { Reply } from '../replies/reply.js';
import { renderNotice } from './notice-view.js';
import type { FollowNotice, NoticeOutbox } from './types.js';

/** Direct messages: Discord (src/discord/direct-messages.ts), or a test's. */
export interface DirectMessages {
  ready(): boolean;
  /**
   * Sends `reply` to the user; resolves to the message's id. Throws a `DeliveryError`:
   * `blocked` when the user cannot be sent direct messages, `retry` or `failed` otherwise.
   */
  send(userId: string, reply: Reply, nonce: string): Promise<string>;
  /** A server's name, as the message says it. */
  serverName(guildId: string): string;
}

export interface NoticeCalendars {
  forCalendar(calendarId: number): CalendarStore;
  guildOf(calendarId: number): string | null;
}

export interface FollowDeliveryOptions {
  outbox: NoticeOutbox;
  dms: DirectMessages;
  calendars: NoticeCalendars;
  present: Presenter;
  logger: Logger;
}

/** Attempts before a notice is given up: as many as for a reminder. */
export const MAX_NOTICE_ATTEMPTS = MAX_ATTEMPTS;
/** Notices sent in one beat: the rest wait for the next (the reminders share the beat). */
const NOTICES_PER_BEAT = 20;

export interface NoticeReport {
  sent: number;
  closed: number;
  retried: number;
  failed: number;
}

/** The nonce of a notice's message (Discord allows 25 characters). */
export const noticeNonce = (id: number) => `follow-${id}`;

export class FollowNoticeDelivery {
  constructor(private readonly options: FollowDeliveryOptions) {}

  /** Sends the notices due at `now`; stops between sends once `stopping` says so. */
  async beat(now: number, stopping: () => boolean = () => false): Promise<NoticeReport> {
    const report: NoticeReport = { sent: 0, closed: 0, retried: 0, failed: 0 };
    const { outbox, dms, logger } = this.options;
    if (!dms.ready()) return report;
    for (const notice of outbox.claim(now, NOTICES_PER_BEAT)) {
      if (stopping()) {
        outbox.release(notice.id);
        continue;
      }
      const reply = this.render(notice, now);
      if (!reply) {
        outbox.markSent(notice.id, null, now); // every meeting in it deleted since: nothing to say
        continue;
      }
      try {
        outbox.markSent(notice.id, await dms.send(notice.userId, reply, noticeNonce(notice.id)), now);
        report.sent++;
      } catch (error) {
        const outcome = error instanceof DeliveryError ? error.outcome : 'retry';
        const reason = error instanceof Error ? error.message : String(error);
        if (outcome === 'blocked') {
          outbox.markClosed(notice.id, now);
          report.closed++;
          logger.info('follower not reached by direct message; told at their next command', { notice: notice.id });
        } else if (outcome === 'retry' && notice.attempts < MAX_NOTICE_ATTEMPTS) {
          const wait = retryWaitMs(notice.attempts, error instanceof DeliveryError ? error.retryAfterMs : 0);
          outbox.markRetry(notice.id, reason, now + wait, now);
          report.retried++;
          logger.warn('follow notice not sent; will retry', { notice: notice.id, attempts: notice.attempts, reason });
        } else {
          outbox.markFailed(notice.id, reason, now);
          report.failed++;
          logger.error('follow notice given up', { notice: notice.id, attempts: notice.attempts, reason });
        }
      }
    }
    return report;
  }

  /** The message of a notice, in its server's language; null when none of its meetings is left. */
  private render(notice: FollowNotice, now: number): Reply | null {
    const store = this.options.calendars.forCalendar(notice.calendarId);
    const ref = store.calendarRef();
    const locale: Locale = ref.locale ?? 'en';
    const view: View = { locale, present: this.options.present, now };
    const guildId = this.options.calendars.guildOf(notice.calendarId);
    const serverName = guildId ? this.options.dms.serverName(guildId) : '';
    // In the server's date style, as its reminders and digest are.
    return withDateStyle(ref.dateStyle, () => renderNotice(store, notice.items, view, serverName));
  }
}
