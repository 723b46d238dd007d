/**
 * Direct messages to followers: the DM channel opened, the message sent with its nonce and no
 * mention, and what a failure means: a user whose DMs are closed (Discord's 50007) or who
 * cannot be reached is `blocked`; the rest as for reminders.
 */
import { DiscordAPIError, type Client } from 'discord.js';
import type { DirectMessages } from '../follow/deliver.js';
import { DeliveryError } from '../reminders/deliver.js';
import type { Reply } from '../replies/reply.js';
import { toDiscordPayload } from './render.js';
import { classify } from './reminder-sender.js';

/** Cannot send messages to this user; unknown user. */
const UNREACHABLE_CODES = new Set([50007, 10013]);

export class DiscordDirectMessages implements DirectMessages {
  constructor(
    private readonly client: Client,
    private readonly sender: { ready(): boolean },
  ) {}

  ready(): boolean {
    return this.sender.ready();
  }

  async send(userId: string, reply: Reply, nonce: string): Promise<string> {
    try {
      const channel = await this.client.users.createDM(userId);
      const sent = await channel.send({
        ...toDiscordPayload(reply),
        allowedMentions: { parse: [] },
        nonce,
        enforceNonce: true,
      });
      return sent.id;
    } catch (error) {
      if (error instanceof DiscordAPIError && UNREACHABLE_CODES.has(Number(error.code)))
        throw new DeliveryError(`${error.message} (${error.code})`, 'blocked');
      const outcome = classify(error);
      // Any other refusal of a DM says nothing of a channel: give this notice up, not the follower.
      throw outcome.outcome === 'blocked' ? new DeliveryError(outcome.message, 'failed') : outcome;
    }
  }

  serverName(guildId: string): string {
    return this.client.guilds.cache.get(guildId)?.name ?? guildId;
  }
}
