/**
 * A local Discord for end-to-end tests: a REST + gateway server on 127.0.0.1 that an unmodified
 * discord.js 14 client logs into, records what the bot does, and lets tests drive and break it.
 *
 * @example
 * const discord = await startLocalDiscord();
 * const client = new Client({ intents: [GatewayIntentBits.Guilds], ...discord.clientOptions() });
 * await client.login(discord.token);
 * const answer = await discord.command({ command: 'meetings', subcommand: 'upcoming', options: { days: 7 } });
 * expect(answer.content).toContain('…');
 * await client.destroy(); // after the shard is Ready
 * await discord.close();
 */
export { startLocalDiscord, LocalDiscord } from './server.js';
export type { GuildInfo, InteractionExchange, LocalClientOptions } from './server.js';
export { Faults, discordError } from './faults.js';
export type { FaultHandle, FaultMatcher, FaultResponse } from './faults.js';
export type { GatewayStatus } from './gateway.js';
export type {
  AutocompleteSpec,
  ComponentKind,
  ComponentSpec,
  InteractionContextSpec,
  ModalSubmitSpec,
  OptionInput,
  SlashCommandSpec,
} from './interactions.js';
export type * from './types.js';
