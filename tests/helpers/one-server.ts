/**
 * The bot on an empty calendar in one server ("Diplomats": its owner, one channel), on Sunday
 * 2020-03-01 at 12:00 UTC, for suites that drive one server's Discord features (Events sync,
 * the weekly digest). Harnesses are closed after each test, newest first.
 */
import { afterEach } from 'vitest';
import { startBotHarness, type BotHarness } from './bot-harness.js';

export interface OneServer {
  guildId: string;
  ownerId: string;
  channel: { id: string; name: string };
  /** The bot's permissions in the server; the stand-in's default when left out. */
  botPermissions?: bigint;
}

/** Starts harnesses for a suite's tests and closes them after each; returns the starter. */
export function useOneServerHarnesses(): {
  start(server: OneServer): Promise<BotHarness>;
  track(harness: BotHarness): BotHarness;
} {
  const harnesses: BotHarness[] = [];
  afterEach(async () => {
    for (const harness of harnesses.splice(0).reverse()) await harness.close();
  });
  const track = (harness: BotHarness) => {
    harnesses.push(harness);
    return harness;
  };
  return {
    track,
    start: async (server) =>
      track(
        await startBotHarness({
          discord: {
            guilds: [
              {
                id: server.guildId,
                name: 'Diplomats',
                ownerId: server.ownerId,
                channels: [server.channel],
                members: [{ user: { id: server.ownerId, username: 'owner' } }],
                ...(server.botPermissions !== undefined ? { botPermissions: server.botPermissions.toString() } : {}),
              },
            ],
          },
          now: '2020-03-01T12:00:00Z',
          env: { SEED_CALENDAR: 'false' },
        }),
      ),
  };
}
