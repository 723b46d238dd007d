/**
 * `npm run deploy-commands`: registers the slash commands with Discord, to DISCORD_GUILD_ID
 * when set (instant, for one server), else globally. The bot never registers on start.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import type { RESTGetCurrentApplicationResult } from 'discord-api-types/v10';
import { COMMANDS } from '../../commands/index.js';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { networkFailureLine } from './network-failure.js';

/** Registers every command; returns where and how many. */
export async function deployCommands(config: Config): Promise<{ scope: string; count: number }> {
  if (!config.DISCORD_TOKEN) throw new ConfigError(['DISCORD_TOKEN: expected the bot token, to register the commands']);
  const rest = new REST(config.DISCORD_API_BASE ? { api: config.DISCORD_API_BASE } : {}).setToken(config.DISCORD_TOKEN);
  const applicationId =
    config.DISCORD_APPLICATION_ID ??
    ((await rest.get(Routes.currentApplication())) as RESTGetCurrentApplicationResult).id;
  const body = COMMANDS.map((command) => command.data);
  if (config.DISCORD_GUILD_ID) {
    await rest.put(Routes.applicationGuildCommands(applicationId, config.DISCORD_GUILD_ID), { body });
    return { scope: `server ${config.DISCORD_GUILD_ID}`, count: body.length };
  }
  await rest.put(Routes.applicationCommands(applicationId), { body });
  return { scope: 'every server (global commands can take up to an hour to appear)', count: body.length };
}

/** Why registering failed, in one line with what to check. */
function deployFailureLine(error: unknown): string {
  if (error instanceof ConfigError) return error.message.replace(/\n\s*/g, ' ');
  const offline = networkFailureLine(error, process.env.DISCORD_API_BASE || undefined);
  if (offline) return offline;
  const status = typeof error === 'object' && error && 'status' in error ? Number(error.status) : null;
  const text = `${error instanceof Error ? error.message : String(error)}${status ? ` (HTTP ${status})` : ''}`;
  const guild = process.env.DISCORD_GUILD_ID;
  if (guild && (status === 403 || status === 404)) {
    return `${text}: is the bot in server ${guild}? Check DISCORD_GUILD_ID (or leave it empty to register everywhere)`;
  }
  return text;
}

// Run as a script (npm run deploy-commands), not when imported by tests.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  if (existsSync('.env')) process.loadEnvFile('.env');
  Promise.resolve()
    .then(() => deployCommands(loadConfig()))
    .then(({ scope, count }) => process.stdout.write(`registered ${count} commands for ${scope}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`deploy-commands: ${deployFailureLine(error)}\n`);
      process.exitCode = 1;
    });
}
