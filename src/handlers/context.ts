/** What every handler is given: one calendar, "now", and how its answer will be read. */
import type { CalendarScope } from '../calendar/queries.js';
import type { Clock } from '../clock.js';
import type { ReminderRepository } from '../../db/reminder-repository.js';
import type { ReminderSender } from '../reminders/deliver.js';
import type { View } from '../replies/meeting-view.js';

/** Who is asking, and what they may do. The local console and the terminal may do all. */
export interface Actor {
  userId: string;
  /** Discord permission bits of the member in that channel; `null` where all is allowed. */
  permissions: bigint | null;
}

export interface HandlerContext {
  actor: Actor;
  scope: CalendarScope;
  clock: Clock;
  view: View;
  /** Meetings on one page: 10 in Discord, all of them in the terminal. */
  pageSize?: number;
  /** Reminders, where this front-end posts them (the bot, the console; not the terminal). */
  reminders?: { store: ReminderRepository; sender: ReminderSender } | undefined;
}
