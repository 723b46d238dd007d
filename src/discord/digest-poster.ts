/**
 * The weekly digest into Discord: posted as reminders are (the channel checked, the week's
 * nonce enforced, found again by its footer after a crash), and edited in place.
 */
import { DiscordAPIError, type Client } from 'discord.js';
import type { DigestPoster } from '../digest/types.js';
import { DeliveryError } from '../reminders/deliver.js';
import type { Reply } from '../replies/reply.js';
import { classify, type DiscordReminderSender } from './reminder-sender.js';
import { toDiscordPayload } from './render.js';

const UNKNOWN_MESSAGE = 10008;

export class DiscordDigestPoster implements DigestPoster {
  constructor(
    private readonly client: Client,
    private readonly sender: DiscordReminderSender,
  ) {}

  ready(): boolean {
    return this.sender.ready();
  }

  post(channelId: string, reply: Reply, nonce: string): Promise<string> {
    return this.sender.send(channelId, { reply, roleId: null }, nonce);
  }

  async edit(channelId: string, messageId: string, reply: Reply): Promise<boolean> {
    try {
      const channel = await this.client.channels.fetch(channelId);
      if (!channel?.isTextBased() || channel.isDMBased())
        throw new DeliveryError('not a server text channel', 'blocked');
      await channel.messages.edit(messageId, { ...toDiscordPayload(reply), allowedMentions: { parse: [] } });
      return true;
    } catch (error) {
      if (error instanceof DiscordAPIError && error.code === UNKNOWN_MESSAGE) return false;
      throw classify(error);
    }
  }

  async findPosted(channelId: string, nonce: string): Promise<string | null> {
    return this.sender.findSent(channelId, nonce);
  }
}
