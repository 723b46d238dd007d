/**
 * REST faults: "answer the next N calls matching a route with this status". The gateway faults
 * (drop, RECONNECT, refused resume, withheld acks) live on the gateway itself.
 */
import { compilePath } from './router.js';

/** What a faulted call is answered with. */
export interface FaultResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * Which calls a fault applies to. `path` is matched against the decoded path below `/api/v10`
 * and may use `:param` placeholders (`/channels/:id/messages`) or be a RegExp; `method` is
 * case-insensitive. An empty matcher matches every call.
 */
export interface FaultMatcher {
  method?: string;
  path?: string | RegExp;
}

/** A registered fault; `remaining` counts down as calls are answered. */
export interface FaultHandle {
  readonly remaining: number;
  /** Calls answered by this fault so far. */
  readonly hits: number;
  /** Removes the fault before it is used up. */
  cancel(): void;
}

/** A Discord-style JSON error. */
export function discordError(status: number, code: number, message: string): FaultResponse {
  return { status, body: { message, code } };
}

/** Ready-made fault responses with Discord's real bodies and codes. */
export const Faults = {
  /** 429 with `retry-after` (seconds, fractions allowed) and `{message, retry_after, global:false}`. */
  rateLimited(retryAfterSeconds = 0.1): FaultResponse {
    return {
      status: 429,
      headers: {
        'retry-after': String(retryAfterSeconds),
        'x-ratelimit-scope': 'user',
      },
      body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: false },
    };
  },
  /** A 5xx; discord.js retries these (3 times by default) before failing. */
  serverError(status = 500): FaultResponse {
    return discordError(status, 0, `${status}: Internal Server Error`);
  },
  /** 403, code 50001. */
  missingAccess(): FaultResponse {
    return discordError(403, 50001, 'Missing Access');
  },
  /** 403, code 50013. */
  missingPermissions(): FaultResponse {
    return discordError(403, 50013, 'Missing Permissions');
  },
  /** 404, code 10003. */
  unknownChannel(): FaultResponse {
    return discordError(404, 10003, 'Unknown Channel');
  },
  /** 404, code 10008. */
  unknownMessage(): FaultResponse {
    return discordError(404, 10008, 'Unknown Message');
  },
  /** 404, code 10062: what an interaction callback gets after its 3 seconds. */
  unknownInteraction(): FaultResponse {
    return discordError(404, 10062, 'Unknown interaction');
  },
} as const;

interface FaultRule {
  method: string | undefined;
  matches: (path: string) => boolean;
  response: FaultResponse;
  remaining: number;
  hits: number;
}

export class FaultTable {
  private readonly rules: FaultRule[] = [];

  add(matcher: FaultMatcher, response: FaultResponse, times: number): FaultHandle {
    const { path } = matcher;
    const compiled = typeof path === 'string' ? compilePath(path) : undefined;
    const rule: FaultRule = {
      method: matcher.method?.toUpperCase(),
      matches:
        path === undefined
          ? () => true
          : path instanceof RegExp
            ? (candidate) => path.test(candidate)
            : (candidate) => compiled?.(candidate) !== undefined,
      response,
      remaining: times,
      hits: 0,
    };
    this.rules.push(rule);
    const rules = this.rules;
    return {
      get remaining() {
        return rule.remaining;
      },
      get hits() {
        return rule.hits;
      },
      cancel() {
        const index = rules.indexOf(rule);
        if (index >= 0) rules.splice(index, 1);
      },
    };
  }

  /** The fault answering this call, if any; consumes one use. */
  take(method: string, path: string): FaultResponse | undefined {
    const rule = this.rules.find(
      (candidate) => (candidate.method === undefined || candidate.method === method) && candidate.matches(path),
    );
    if (!rule) return undefined;
    rule.remaining -= 1;
    rule.hits += 1;
    if (rule.remaining <= 0) this.rules.splice(this.rules.indexOf(rule), 1);
    return rule.response;
  }
}
