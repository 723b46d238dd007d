/** A follower whose direct messages are closed: what they missed, after their next command's answer. */
import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../../commands/command.js';
import { takeClosedNotices } from '../follow/closed-notices.js';
import type { NoticeOutbox } from '../follow/types.js';
import { toDiscordPayload } from './render.js';

/** Follows the answer up with the notices kept for the asker in this server, once, for them alone. */
export async function tellOfClosedDms(
  outbox: NoticeOutbox,
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
): Promise<void> {
  const { scope, actor, view } = context;
  const reply = takeClosedNotices(outbox, scope, actor.userId, view, interaction.guild?.name ?? '');
  if (reply) await interaction.followUp({ ...toDiscordPayload(reply, view.locale), flags: MessageFlags.Ephemeral });
}
