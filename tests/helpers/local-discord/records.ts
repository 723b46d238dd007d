/**
 * What the stand-in saw (REST calls, post attempts, interaction responses, gateway events) and
 * `waitFor`, which re-checks a condition on every new record and on a short poll, so tests
 * never sleep blindly.
 */
import type {
  GatewayEventRecord,
  InteractionResponseRecord,
  PostAttempt,
  RestCallRecord,
  WaitOptions,
} from './types.js';

/** An interaction the stand-in dispatched, and everything the bot answered to it. */
export interface InteractionRecord {
  id: string;
  token: string;
  type: number;
  /** A short human description for error messages, e.g. "/meetings upcoming". */
  label: string;
  channelId: string | null;
  guildId: string | null;
  payload: Record<string, unknown>;
  responses: InteractionResponseRecord[];
  /** The message id behind `@original`, once a reply or a defer created it. */
  originalMessageId: string | undefined;
}

interface Waiter {
  check: () => boolean;
}

const POLL_MS = 20;

export class Recorder {
  readonly calls: RestCallRecord[] = [];
  readonly postAttempts: PostAttempt[] = [];
  readonly gatewayEvents: GatewayEventRecord[] = [];
  readonly interactions = new Map<string, InteractionRecord>();
  private readonly waiters = new Set<Waiter>();
  private readonly rejecters = new Set<(error: Error) => void>();
  private poll: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(readonly defaultTimeoutMs: number) {}

  addCall(call: RestCallRecord): void {
    this.calls.push(call);
    this.changed();
  }

  addPostAttempt(attempt: PostAttempt): void {
    this.postAttempts.push(attempt);
    this.changed();
  }

  addGatewayEvent(event: Omit<GatewayEventRecord, 'at'>): void {
    this.gatewayEvents.push({ ...event, at: Date.now() });
    this.changed();
  }

  addInteraction(record: InteractionRecord): void {
    this.interactions.set(record.id, record);
    this.changed();
  }

  addInteractionResponse(record: InteractionRecord, response: InteractionResponseRecord): void {
    record.responses.push(response);
    this.changed();
  }

  /** Re-evaluates every pending wait; called after each new record. */
  changed(): void {
    for (const waiter of [...this.waiters]) waiter.check();
  }

  /**
   * Resolves with the first truthy value `condition` returns, checked now, after every record and
   * every 20 ms; rejects after the timeout with the description and `diagnose()`'s text.
   */
  waitFor<T>(
    condition: () => T | undefined | null | false,
    options: WaitOptions & { diagnose?: () => string } = {},
  ): Promise<T> {
    const timeoutMs = options.timeoutMs ?? this.defaultTimeoutMs;
    const description = options.description ?? 'a condition';
    const promise = new Promise<T>((resolve, reject) => {
      if (this.closed) {
        reject(new Error(`LocalDiscord is closed; cannot wait for ${description}`));
        return;
      }
      const finish = (): void => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
        this.rejecters.delete(fail);
        if (this.waiters.size === 0 && this.poll) {
          clearInterval(this.poll);
          this.poll = undefined;
        }
      };
      const fail = (error: Error): void => {
        finish();
        reject(error);
      };
      const waiter: Waiter = {
        check: () => {
          let value: T | undefined | null | false;
          try {
            value = condition();
          } catch (error) {
            fail(error instanceof Error ? error : new Error(String(error)));
            return true;
          }
          if (!value) return false;
          finish();
          resolve(value);
          return true;
        },
      };
      const timer = setTimeout(() => {
        const detail = options.diagnose?.();
        fail(
          new Error(
            `LocalDiscord: timed out after ${timeoutMs} ms waiting for ${description}${detail ? `\n${detail}` : ''}`,
          ),
        );
      }, timeoutMs);
      timer.unref();
      if (waiter.check()) return;
      this.waiters.add(waiter);
      this.rejecters.add(fail);
      this.poll ??= setInterval(() => this.changed(), POLL_MS).unref();
    });
    // A test may start a wait and await it later; never let that surface as an unhandled rejection
    // meanwhile. Awaiting the returned promise still throws.
    promise.catch(() => undefined);
    return promise;
  }

  /** Rejects every pending wait; used by `close()`. */
  close(): void {
    this.closed = true;
    for (const fail of [...this.rejecters]) fail(new Error('LocalDiscord was closed while waiting'));
    if (this.poll) clearInterval(this.poll);
  }

  /** A few lines about recent traffic, appended to timeout errors. */
  recentTraffic(): string {
    const calls = this.calls
      .slice(-8)
      .map((call) => `  ${call.method} ${call.path} -> ${call.status}${call.fault ? ' (fault)' : ''}`);
    const gateway = this.gatewayEvents
      .filter((event) => event.type !== 'dispatch')
      .slice(-6)
      .map(
        (event) =>
          `  ${event.type}${event.code === undefined ? '' : ` ${event.code}`}${event.sessionId ? ` session ${event.sessionId}` : ''}`,
      );
    return [
      'Recent REST calls:',
      ...(calls.length ? calls : ['  (none)']),
      'Recent gateway events:',
      ...(gateway.length ? gateway : ['  (none)']),
    ].join('\n');
  }
}
