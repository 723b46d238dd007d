/**
 * Reminders into Discord: fetch the channel, check the bot may post there, send with the
 * batch's nonce (Discord returns the earlier message for a repeated nonce), and say what a
 * failure means: retry later (5xx, network), stop posting there (no access, no permission,
 * no channel), or give up (anything else).
 */
import { DiscordAPIError, HTTPError, PermissionFlagsBits, RateLimitError, Status, type Client } from 'discord.js';
import { DeliveryError, type ReminderMessage, type ReminderSender } from '../reminders/deliver.js';
import type { CalendarGuilds } from '../reminders/types.js';
import { toDiscordPayload } from './render.js';
import type { RefusalKey } from '../i18n/reminder-words.js';

const BLOCKING_CODES = new Set([10003, 50001, 50013]); // unknown channel, missing access, missing permissions
const NEEDED = [PermissionFlagsBits.ViewChannel, PermissionFlagsBits.SendMessages, PermissionFlagsBits.EmbedLinks];

export class DiscordReminderSender implements ReminderSender {
  constructor(
    private readonly client: Client,
    private readonly calendars: CalendarGuilds,
    /** The connection as the bot's events tell it: discord.js says ready while it reconnects. */
    private readonly gateway: { up(): boolean } = { up: () => true },
  ) {}

  ready(): boolean {
    return this.client.isReady() && this.client.ws.status === Status.Ready && this.gateway.up();
  }

  async send(channelId: string, message: ReminderMessage, nonce: string): Promise<string> {
    try {
      const channel = await this.client.channels.fetch(channelId);
      if (!channel || !channel.isSendable() || channel.isDMBased()) {
        throw new DeliveryError('notTextChannel' satisfies RefusalKey, 'blocked');
      }
      const me = this.client.user;
      const permissions = me && 'permissionsFor' in channel ? channel.permissionsFor(me) : null;
      if (permissions && !permissions.has(NEEDED)) {
        throw new DeliveryError('missingPermissions' satisfies RefusalKey, 'blocked');
      }
      const { roleId } = message;
      const payload = toDiscordPayload(message.reply);
      const sent = await channel.send({
        ...payload,
        content: [roleId ? `<@&${roleId}>` : '', payload.content ?? ''].filter(Boolean).join(' ') || undefined,
        // The reminder role is the only mention the bot ever makes, and only when chosen.
        allowedMentions: roleId ? { parse: [], roles: [roleId] } : { parse: [] },
        nonce,
        enforceNonce: true,
      });
      return sent.id;
    } catch (error) {
      throw classify(error);
    }
  }

  /** Among the channel's latest 50 messages, the bot's own whose embed carries the batch's marker. */
  async findSent(channelId: string, nonce: string): Promise<string | null> {
    try {
      const channel = await this.client.channels.fetch(channelId);
      if (!channel?.isTextBased() || channel.isDMBased()) return null;
      const latest = await channel.messages.fetch({ limit: 50, cache: false });
      const mine = latest.find(
        (message) =>
          message.author.id === this.client.user?.id && message.embeds.some((embed) => embed.footer?.text === nonce),
      );
      return mine?.id ?? null;
    } catch {
      // No Read Message History, or Discord unreachable: the nonce is the only guard left.
      return null;
    }
  }

  /** A direct message to the server's owner; false when it could not be sent. */
  async tellAdmins(calendarId: number, text: string): Promise<boolean> {
    const guildId = this.calendars.guildOf(calendarId);
    const guild = guildId ? this.client.guilds.cache.get(guildId) : undefined;
    if (!guild) return false;
    try {
      const owner = await guild.fetchOwner();
      await owner.send({ content: text, allowedMentions: { parse: [] } });
      return true;
    } catch {
      return false;
    }
  }
}

/** What a failed request means for a post: try again, stop posting in that channel, or give up. */
export function classify(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  if (error instanceof RateLimitError) {
    const waitMs = Math.max(error.retryAfter, error.timeToReset);
    return new DeliveryError(`rate limited for ${Math.ceil(waitMs / 1000)} s`, 'retry', waitMs);
  }
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : Number(error.code);
    if (BLOCKING_CODES.has(code) || error.status === 403 || error.status === 404) {
      return new DeliveryError(`${error.message} (${code})`, 'blocked');
    }
    if (error.status >= 500 || error.status === 429) return new DeliveryError(error.message, 'retry');
    return new DeliveryError(`${error.message} (${code})`, 'failed');
  }
  if (error instanceof HTTPError)
    return new DeliveryError(`HTTP ${error.status}: ${error.message}`, error.status >= 500 ? 'retry' : 'failed');
  // Network failures, timeouts, aborted requests: worth another try.
  return new DeliveryError(error instanceof Error ? error.message : String(error), 'retry');
}
