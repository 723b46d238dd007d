/**
 * Delivering reminders: a batch rendered as one message, sent with its nonce, and what
 * Discord answered recorded. A failure never blocks the other batches.
 */
import type { MeetingSummary } from '../calendar/types.js';
import { messages, type Locale } from '../i18n/index.js';
import { withDateStyle, type DateStyle } from '../i18n/date-style.js';
import type { Logger } from '../logger.js';
import { meetingLine, type View } from '../replies/meeting-view.js';
import { clip, LIMITS, type Reply } from '../replies/reply.js';
import type { DeliveryRecord, ReminderBatch } from './types.js';

export interface ReminderMessage {
  reply: Reply;
  /** The role to mention (the only mention the bot ever makes), or null. */
  roleId: string | null;
}

/** Where reminders go: Discord, or the local console. */
export interface ReminderSender {
  /** False while the connection is down: the beat then claims nothing. */
  ready(): boolean;
  /** Posts a message; resolves to its id. Throws a `DeliveryError` saying what to do next. */
  send(channelId: string, message: ReminderMessage, nonce: string): Promise<string>;
  /**
   * The id of a message this bot already posted in the channel for the batch `nonce` (its
   * marker, the embed's footer), among the latest; null when there is none or it cannot tell.
   */
  findSent?(channelId: string, nonce: string): Promise<string | null>;
  /** Tells a server's admins that a channel was refused; true when they were told. */
  tellAdmins?(calendarId: number, text: string): Promise<boolean>;
}

/** What a failed send means: try again later, stop posting in that channel, or give up on it. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly outcome: 'retry' | 'blocked' | 'failed',
    /** For a retry: how long Discord asked to wait (a rate limit), at the least. */
    readonly retryAfterMs = 0,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/**
 * How long Discord is counted on to remember a nonce (its documentation: uniqueness is checked
 * "in the past few minutes"): a batch whose send began longer ago is looked for in its channel
 * before it is posted again; a sooner resend relies on the nonce alone.
 */
export const NONCE_REMEMBERED_MS = 5 * 60_000;

/** Attempts before a message (a reminder, a digest, a feed post, a notice, an event call) is given up. */
export const MAX_ATTEMPTS = 5;
const RETRY_WAITS_MS = [30_000, 120_000, 480_000, 1_800_000];

/** How long to wait after the `attempts`-th failure: the waits grow, and Discord's retry-after is honoured. */
export function retryWaitMs(attempts: number, retryAfterMs = 0): number {
  return Math.max(RETRY_WAITS_MS[Math.min(Math.max(attempts, 1) - 1, RETRY_WAITS_MS.length - 1)]!, retryAfterMs);
}

export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
  blocked: number;
}

/** The message for one batch: each meeting's line, what kind of reminder, late or not. */
export function renderBatch(batch: ReminderBatch, meetings: Map<number, MeetingSummary>, view: View): Reply {
  const t = messages(view.locale);
  const lines = batch.reminders.flatMap((reminder) => {
    const meeting = meetings.get(reminder.meetingNumber);
    if (!meeting) return [];
    const kind = t.reminderKind[kindKey(reminder.kind, meeting)] ?? '';
    const late = reminder.late ? ` ${t.postedLate}` : '';
    return [clip(`${kind}: ${meetingLine(meeting, view)}${late}`, 250)];
  });
  return {
    embeds: [
      {
        title: t.reminderTitle(lines.length),
        description: clip(lines.join('\n\n'), LIMITS.embedDescription),
        // The batch's marker: after a crash the message is found by it (ReminderSender.findSent).
        footer: batch.nonce,
      },
    ],
  };
}

/** The wording key of a reminder: "Starts", "Tomorrow", "Expected this week/month", "Cancelled". */
function kindKey(kind: string, meeting: MeetingSummary): string {
  if (kind.startsWith('lead:')) return 'lead';
  if (kind === 'period-start') return `period-start:${meeting.precision === 'week' ? 'week' : 'month'}`;
  return kind;
}

/** Sends each batch and records the outcome; returns the counts. */
export async function deliverBatches(
  batches: readonly ReminderBatch[],
  options: {
    reminders: DeliveryRecord;
    sender: ReminderSender;
    loadMeetings: (calendarId: number, ids: number[]) => Map<number, MeetingSummary>;
    roleOf: (calendarId: number) => string | null;
    localeOf: (calendarId: number) => Locale;
    /** A calendar's date style, for its reminders' days and counts (the default when absent). */
    dateStyleOf?: ((calendarId: number) => DateStyle | undefined) | undefined;
    view: Omit<View, 'locale'>;
    now: () => number;
    logger: Logger;
    /** True once the bot is stopping: the batches not yet sent are put back. */
    stopping?: () => boolean;
  },
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0, blocked: 0 };
  // A channel refused once in this beat gets no second attempt: its other batches wait, as pending.
  const refused = new Set<string>();
  for (const batch of batches) {
    const { reminders, sender, logger } = options;
    if (options.stopping?.()) {
      // Shutting down: left pending, as never attempted, for the next process.
      reminders.release(batch.nonce, 'not sent: the bot was stopping', options.now());
      continue;
    }
    if (refused.has(batch.channelId)) {
      reminders.release(batch.nonce, 'channel refused by Discord', options.now());
      report.blocked += batch.reminders.length;
      continue;
    }
    try {
      const found = await sentBeforeCrash(batch, sender, options.now());
      if (found) {
        reminders.markSent(batch.nonce, found, options.now());
        report.sent += batch.reminders.length;
        logger.info('reminder found already posted; recorded, not posted again', { batch: batch.nonce });
        continue;
      }
      const meetings = options.loadMeetings(
        batch.calendarId,
        batch.reminders.map((r) => r.meetingNumber),
      );
      const reply = withDateStyle(options.dateStyleOf?.(batch.calendarId), () =>
        renderBatch(batch, meetings, { ...options.view, locale: options.localeOf(batch.calendarId) }),
      );
      const messageId = await sender.send(
        batch.channelId,
        { reply, roleId: options.roleOf(batch.calendarId) },
        batch.nonce,
      );
      reminders.markSent(batch.nonce, messageId, options.now());
      report.sent += batch.reminders.length;
    } catch (error) {
      const outcome = error instanceof DeliveryError ? error.outcome : 'retry';
      const reason = error instanceof Error ? error.message : String(error);
      const attempts = reminders.attempts(batch.nonce);
      if (outcome === 'blocked') {
        refused.add(batch.channelId);
        reminders.markFailed(batch.nonce, reason, options.now());
        reminders.blockChannel(batch.calendarId, batch.channelId, reason);
        report.blocked += batch.reminders.length;
        logger.warn('reminder channel refused; stopped posting there', {
          calendar: batch.calendarId,
          channel: batch.channelId,
          reason,
        });
        const text = messages(options.localeOf(batch.calendarId)).channelRefused(batch.channelId, reason);
        if (await sender.tellAdmins?.(batch.calendarId, text).catch(() => false))
          reminders.clearBlockedNotice(batch.calendarId);
      } else if (outcome === 'retry' && attempts < MAX_ATTEMPTS) {
        const wait = retryWaitMs(attempts, error instanceof DeliveryError ? error.retryAfterMs : 0);
        reminders.markRetry(batch.nonce, reason, options.now() + wait, options.now());
        report.retried += batch.reminders.length;
        logger.warn('reminder not delivered; will retry', { batch: batch.nonce, attempts, reason });
      } else {
        reminders.markFailed(batch.nonce, reason, options.now());
        report.failed += batch.reminders.length;
        logger.error('reminder given up', { batch: batch.nonce, attempts, reason });
      }
    }
  }
  return report;
}

/** For a batch a crashed process was sending past the nonce memory: its message, if it went out. */
async function sentBeforeCrash(batch: ReminderBatch, sender: ReminderSender, now: number): Promise<string | null> {
  if (batch.crashedSendAt === undefined || now - batch.crashedSendAt <= NONCE_REMEMBERED_MS) return null;
  return (await sender.findSent?.(batch.channelId, batch.nonce).catch(() => null)) ?? null;
}
