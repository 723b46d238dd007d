/**
 * The gateway connection as the bot sees it: up, or down since when. discord.js keeps saying
 * it is ready while it reconnects, and tries again every half second or so, so an outage
 * logged each attempt (118 lines a minute) and reminders were claimed with no way to post.
 * Here an outage is one warning when it begins, a reminder at doubling intervals while it
 * lasts (1, 2, 4 … minutes), and one line with its length when the connection is back.
 */
import { Events, type Client } from 'discord.js';
import type { Logger } from '../logger.js';

/** The first "still down" line comes this long after the outage began; each next one twice as late. */
const FIRST_STILL_DOWN_MS = 60_000;

export class GatewayWatch {
  private downSince: number | null = null;
  private nextNoticeAt = 0;
  private noticeGap = FIRST_STILL_DOWN_MS;

  constructor(
    client: Client,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {
    client.on(Events.ShardReconnecting, (shard) => this.lost(shard));
    client.on(Events.ShardResume, (shard, replayed) => this.back('info', 'gateway resumed', { shard, replayed }));
    client.on(Events.ShardReady, (shard) => {
      // The first Ready is the login; a later one means the session was lost and started anew.
      if (client.isReady())
        this.back('warn', 'gateway session started again: interactions sent meanwhile were lost', { shard });
    });
  }

  /** False from a lost connection until it is back: nothing should be sent meanwhile. */
  up(): boolean {
    return this.downSince === null;
  }

  private lost(shard: number): void {
    const now = this.now();
    if (this.downSince === null) {
      this.downSince = now;
      this.noticeGap = FIRST_STILL_DOWN_MS;
      this.nextNoticeAt = now + this.noticeGap;
      this.logger.warn('gateway connection lost; reconnecting', { shard });
    } else if (now >= this.nextNoticeAt) {
      this.logger.warn('gateway still unreachable; reconnecting', { shard, downForS: this.downFor(now) });
      this.noticeGap *= 2;
      this.nextNoticeAt = now + this.noticeGap;
    }
  }

  private back(level: 'info' | 'warn', message: string, details: Record<string, unknown>): void {
    const downForS = this.downSince === null ? undefined : this.downFor(this.now());
    this.downSince = null;
    this.logger[level](message, { ...details, ...(downForS === undefined ? {} : { downForS }) });
  }

  private downFor(now: number): number {
    return Math.round((now - (this.downSince ?? now)) / 1000);
  }
}
