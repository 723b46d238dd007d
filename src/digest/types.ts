/**
 * The weekly digest: what it is made of, and the small interfaces it needs from storage
 * (db/digest-repository.ts) and from Discord (src/discord/digest-poster.ts). Nothing here
 * imports db/ or discord.js.
 */
import type { CalendarStore } from '../calendar/store.js';
import type { Reply } from '../replies/reply.js';

/** ISO weekdays: 1 Monday … 7 Sunday. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A server's digest: where, which weekday and local time (in the calendar's zone); no channel, none. */
export interface DigestSettings {
  calendarId: number;
  channelId: string | null;
  /** ISO weekday, 1 Monday … 7 Sunday. */
  weekday: number;
  /** HH:mm. */
  time: string;
  /** When it was chosen: no digest is due for a week that was to be posted before. */
  chosenAt: number;
  blockedReason: string | null;
}

/** A week's digest message: claimed (`sending`), posted, given up, or deleted by a moderator. */
export interface DigestRow {
  calendarId: number;
  weekStart: string;
  channelId: string;
  nonce: string;
  state: 'sending' | 'posted' | 'failed' | 'removed';
  messageId: string | null;
  /** A hash of what the message shows: edited when it differs. */
  shown: string | null;
  attempts: number;
  nextAttemptAt: number | null;
  updatedAt: number;
}

/** The digest's settings as `/reminders digest` changes them. */
export interface DigestSettingsStore {
  settings(calendarId: number): DigestSettings;
  /** Chooses (or, with no channel, stops) the digest; a refused channel chosen again is tried again. */
  setDigest(calendarId: number, channelId: string | null, weekday: number, time: string, now: number): void;
}

/** What the digest beat needs from storage. */
export interface DigestStore extends DigestSettingsStore {
  /** The calendars whose digest is on, not refused, and due at `now`, with their server. */
  dueCalendars(now: number): DigestSettings[];
  allDue(): void;
  scheduleNext(calendarId: number, at: number, onlySooner: boolean): void;
  row(calendarId: number, weekStart: string): DigestRow | null;
  /** Claims a week's digest before it is posted; false when it is claimed already. */
  claim(calendarId: number, weekStart: string, channelId: string, nonce: string, now: number): boolean;
  recordPosted(calendarId: number, weekStart: string, messageId: string, shown: string, now: number): void;
  recordState(
    calendarId: number,
    weekStart: string,
    state: DigestRow['state'],
    error: string | null,
    now: number,
  ): void;
  recordRetry(calendarId: number, weekStart: string, error: string, nextAttemptAt: number, now: number): void;
  block(calendarId: number, reason: string): void;
}

/** Where the digest is posted (Discord). Failures throw a `DeliveryError` (src/reminders/deliver.ts). */
export interface DigestPoster {
  ready(): boolean;
  post(channelId: string, reply: Reply, nonce: string): Promise<string>;
  /** False when the message is gone (deleted by hand). */
  edit(channelId: string, messageId: string, reply: Reply): Promise<boolean>;
  /** The message posted for `nonce` among the channel's latest, or null. */
  findPosted(channelId: string, nonce: string): Promise<string | null>;
}

/** Where the digest reads a calendar's meetings, zone and language. */
export interface DigestCalendars {
  forCalendar(calendarId: number): Pick<CalendarStore, 'meetingsIn' | 'calendarRef'>;
}
