/**
 * A failure to reach Discord at all (no network, a name that does not resolve, a refused
 * connection), told in one line with what to check, instead of a stack trace.
 */

const NETWORK_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
]);

/** The one line for a network failure (looking through `cause`), or null when it is not one. */
export function networkFailureLine(error: unknown, apiBase: string | undefined): string | null {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = 'code' in e ? String(e.code) : '';
    if (NETWORK_CODES.has(code)) {
      const reason = e instanceof Error ? e.message : code;
      const where = apiBase ? `DISCORD_API_BASE (${apiBase})` : 'discord.com';
      return `cannot reach Discord (${reason}): check the network connection and ${where}, then try again`;
    }
    e = 'cause' in e ? e.cause : undefined;
  }
  return null;
}
