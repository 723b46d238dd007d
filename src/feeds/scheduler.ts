/**
 * The feed beat: node-cron beats every minute (UTC, never overlapping); which feed is due lives
 * in SQLite (each feed's next poll, 15 minutes apart by default, later while it fails or is
 * slow), so a restart changes nothing. After each poll, the posts it wrote are delivered.
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../logger.js';
import type { FeedPoller, PollReport } from './poller.js';

export const FEED_BEAT = '0 * * * * *';

export class FeedScheduler {
  private task: ScheduledTask | null = null;
  private running: Promise<PollReport | null> | null = null;

  constructor(
    private readonly poller: FeedPoller,
    private readonly logger: Logger,
    /** Sends the posts the poll wrote (the bot's Discord sender); none in the terminal. */
    private readonly deliver: () => Promise<unknown> = async () => {},
  ) {}

  /** One beat: poll what is due, then deliver. Beats never overlap, even called by hand. */
  beat(): Promise<PollReport | null> {
    this.running ??= (async () => {
      try {
        const report = await this.poller.pollDue();
        await this.deliver();
        return report;
      } catch (error) {
        this.logger.error('feed beat failed', { error });
        return null;
      }
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  start(): void {
    if (this.task) return;
    this.task = cron.schedule(FEED_BEAT, () => this.beat(), {
      timezone: 'Etc/UTC',
      noOverlap: true,
      name: 'diwan-feeds',
    });
  }

  /** Stops beating; a poll under way stops between items (what it read is committed). */
  async stop(): Promise<void> {
    this.poller.stop();
    await this.task?.stop();
    await this.task?.destroy();
    this.task = null;
    await this.running;
  }
}
