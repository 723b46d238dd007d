/** Every command, listed explicitly (no folder scanning): what is registered and routed. */
import type { Command } from './command.js';
import { calendarCommand } from './calendar.js';
import { followCommand, unfollowCommand } from './follow.js';
import { meetingsCommand } from './meetings.js';
import { participantsCommand } from './participants.js';
import { remindersCommand } from './reminders.js';
import { settingsCommand } from './settings.js';

export const COMMANDS: readonly Command[] = [
  meetingsCommand,
  participantsCommand,
  calendarCommand,
  remindersCommand,
  settingsCommand,
  followCommand,
  unfollowCommand,
];

export function commandNamed(name: string): Command | undefined {
  return COMMANDS.find((command) => command.data.name === name);
}
