/**
 * What Discord Scheduled Events sync is made of, and the small interfaces it needs from storage
 * (db/scheduled-event-repository.ts) and from Discord (src/discord/scheduled-events.ts). Nothing
 * here imports db/ or discord.js.
 */
import type { CalendarStore } from '../calendar/store.js';

/** What an event shows, as Diwan sends it: an EXTERNAL event's fields. */
export interface EventFields {
  name: string;
  description: string;
  location: string;
  /** UTC epoch ms. */
  startsAt: number;
  endsAt: number;
  /**
   * The hash of the cover (the month picture), null for none; left out when covers are not
   * known (then the event's cover is left as it is).
   */
  cover?: string | null;
}

/**
 * Where a meeting's event stands. `creating`: claimed, its create under way (or cut short by a
 * crash: the event is looked for before another is made); `removing`: Diwan is cancelling or
 * deleting it (so the gateway's word of it is not taken for a moderator's); `removed-by-hand`:
 * a moderator deleted or cancelled it, and it is not made again; `failed`: given up until the
 * meeting changes.
 */
export type EventState = 'creating' | 'live' | 'removing' | 'cancelled' | 'removed-by-hand' | 'failed';

/** A meeting's row in the map of meetings to events. */
export interface EventRow {
  meetingNumber: number;
  /** False once the meeting was deleted (its event is then deleted too). */
  meetingExists: boolean;
  eventId: string | null;
  state: EventState;
  /** The fields as last sent; null when not known (an event found again after a crash). */
  sent: EventFields | null;
  attempts: number;
  nextAttemptAt: number | null;
  lastError: string | null;
  updatedAt: number;
}

/** A server's choice: Events sync on or off, and how many days ahead. */
export interface EventSyncSettings {
  calendarId: number;
  enabled: boolean;
  days: number;
  /** Why Discord refused (a permission); while set, nothing is tried. */
  blockedReason: string | null;
  blockedNoticePending: boolean;
}

/** What `/settings show` says of the sync: its choice, how many events, which were removed by hand. */
export interface EventSyncStatus extends EventSyncSettings {
  liveEvents: number;
  removedByHand: number[];
  failed: number;
}

/** One thing to do in Discord for one meeting. */
export type EventAction =
  | { kind: 'create'; meetingNumber: number; fields: EventFields; marker: string; lookFirst: boolean }
  | { kind: 'update'; meetingNumber: number; eventId: string; changes: Partial<EventFields>; fields: EventFields }
  | { kind: 'cancel'; meetingNumber: number; eventId: string | null; marker: string }
  | { kind: 'remove'; meetingNumber: number; eventId: string | null; marker: string }
  | { kind: 'forget'; meetingNumber: number };

/** What a failed call to Discord means for the sync. */
export type EventCallOutcome =
  /** 5xx, network, rate limit: try again later. */
  | 'retry'
  /** No permission, no access: stop for this server and tell its admins once. */
  | 'blocked'
  /** 404 Unknown Guild Scheduled Event: removed by someone else. */
  | 'gone'
  /** Refused as it stands (a field, a status change): given up until the meeting changes. */
  | 'refused'
  /** The server has its 100 scheduled events: none more for now. */
  | 'full';

export class EventCallError extends Error {
  constructor(
    message: string,
    readonly outcome: EventCallOutcome,
    /** For a retry: how long Discord asked to wait, at the least. */
    readonly retryAfterMs = 0,
  ) {
    super(message);
    this.name = 'EventCallError';
  }
}

/** Discord's guild scheduled events, as the sync uses them. Failures throw an `EventCallError`. */
export interface ScheduledEventsPort {
  /** False while the connection is down: nothing is tried. */
  ready(): boolean;
  /** Why the bot cannot manage events in the server (a missing permission), or null. */
  missingPermission(guildId: string): string | null;
  /** Creates an EXTERNAL, server-only event (with `image`, a data URI, as its cover); its id. */
  create(guildId: string, fields: EventFields, image?: string): Promise<string>;
  /** Changes what changed; `image` a data URI for a new cover, null to remove it, undefined to keep it. */
  edit(guildId: string, eventId: string, changes: Partial<EventFields>, image?: string | null): Promise<void>;
  /** Sets the event's status to cancelled. */
  cancel(guildId: string, eventId: string): Promise<void>;
  delete(guildId: string, eventId: string): Promise<void>;
  /** The server's scheduled or active events this bot made: their ids and descriptions. */
  listMine(guildId: string): Promise<{ id: string; description: string | null }[]>;
}

/** The map of meetings to events in storage, and each server's settings. */
export interface EventSyncStore {
  settings(calendarId: number): EventSyncSettings;
  /** Turns the sync on (clearing a refusal) or off; `days` ahead. */
  setSync(calendarId: number, enabled: boolean, days: number): void;
  status(calendarId: number): EventSyncStatus;
  /** Calendars whose sync is on, not refused, and due at `now`, with their server. */
  dueCalendars(now: number): { calendarId: number; guildId: string }[];
  /** Makes every calendar whose sync is on due at once (a process starting: a create cut short is recovered). */
  allDue(): void;
  /** Puts the next look at a calendar at `at`; a change made meanwhile still makes it due at once. */
  scheduleNext(calendarId: number, at: number, onlySooner: boolean): void;
  rows(calendarId: number): EventRow[];
  /**
   * Claims a meeting's row for a create; false when another claim holds it or its state forbids
   * it. `recovering`: the row is a claim cut short, taken over (its event is looked for first).
   */
  claim(calendarId: number, meetingNumber: number, now: number, recovering: boolean): boolean;
  recordLive(calendarId: number, meetingNumber: number, eventId: string, sent: EventFields | null, now: number): void;
  recordState(calendarId: number, meetingNumber: number, state: EventState, error: string | null, now: number): void;
  recordRetry(calendarId: number, meetingNumber: number, error: string, nextAttemptAt: number, now: number): void;
  forget(calendarId: number, meetingNumber: number): void;
  /** Discord said an event was removed: true when it was a live one of ours (a moderator's doing). */
  removedInDiscord(eventId: string, now: number): boolean;
  block(calendarId: number, reason: string): void;
  clearBlockedNotice(calendarId: number): void;
}

/** Where the sync reads a calendar's meetings and language. */
export interface EventCalendars {
  forCalendar(
    calendarId: number,
  ): Pick<CalendarStore, 'meetingsIn' | 'meetings' | 'meetingsOverlapping' | 'calendarRef'>;
}
