/**
 * `npm run deploy-commands` against the local Discord: what is registered is exactly the
 * command definitions the offline test checked, to one server or globally.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalDiscord, type LocalDiscord } from '../helpers/local-discord/index.js';
import { COMMANDS } from '../../commands/index.js';
import { loadConfig } from '../../src/config.js';
import { deployCommands } from '../../src/discord/deploy-commands.js';

describe('deploy-commands', () => {
  let discord: LocalDiscord;
  let guildId: string;
  const expected = () => JSON.parse(JSON.stringify(COMMANDS.map((command) => command.data))) as unknown;
  const puts = () => discord.calls({ method: 'PUT', path: /\/commands$/ });

  beforeAll(async () => {
    discord = await startLocalDiscord({ guilds: [{ name: 'Registry' }] });
    [guildId = ''] = discord.guildIds();
  });
  afterAll(async () => {
    await discord?.close();
  });

  const settings = (more: Record<string, string> = {}) =>
    loadConfig({
      DISCORD_TOKEN: discord.token,
      DISCORD_API_BASE: discord.apiBase,
      DISCORD_APPLICATION_ID: discord.applicationId,
      ...more,
    });

  it('to DISCORD_GUILD_ID: one PUT of every command definition, as they are', async () => {
    const before = puts().length;
    const result = await deployCommands(settings({ DISCORD_GUILD_ID: guildId }));
    expect(result).toEqual({ scope: `server ${guildId}`, count: COMMANDS.length });
    const [put, ...more] = puts().slice(before);
    expect(more).toEqual([]);
    expect(put?.path).toBe(`/applications/${discord.applicationId}/guilds/${guildId}/commands`);
    expect(put?.status).toBe(200);
    expect(put?.body).toEqual(expected());
    expect(discord.registeredCommands(guildId).map((command) => command.name)).toEqual([
      'meetings',
      'participants',
      'calendar',
      'reminders',
      'settings',
      'follow',
      'unfollow',
    ]);
    expect(discord.registeredCommands()).toEqual([]);
  });

  it('without a server: globally', async () => {
    const before = puts().length;
    const result = await deployCommands(settings());
    expect(result.scope).toMatch(/every server/);
    const [put] = puts().slice(before);
    expect(put?.path).toBe(`/applications/${discord.applicationId}/commands`);
    expect(put?.body).toEqual(expected());
    expect(discord.registeredCommands().map((command) => command.default_member_permissions)).toEqual(
      COMMANDS.map((command) => command.data.default_member_permissions ?? null),
    );
  });

  it('without DISCORD_APPLICATION_ID: asks Discord for it first', async () => {
    const before = discord.calls().length;
    await deployCommands(
      loadConfig({ DISCORD_TOKEN: discord.token, DISCORD_API_BASE: discord.apiBase, DISCORD_GUILD_ID: guildId }),
    );
    const calls = discord
      .calls()
      .slice(before)
      .map((call) => `${call.method} ${call.path}`);
    expect(calls).toEqual([
      'GET /applications/@me',
      `PUT /applications/${discord.applicationId}/guilds/${guildId}/commands`,
    ]);
  });

  it('a wrong token is refused (401), without the token in the error', async () => {
    const token = 'wrong-token-for-deploy-1234567890';
    const error = await deployCommands(
      loadConfig({ DISCORD_TOKEN: token, DISCORD_API_BASE: discord.apiBase, DISCORD_GUILD_ID: guildId }),
    ).then(
      () => undefined,
      (e: unknown) => e as Error & { status?: number },
    );
    expect(error).toBeInstanceOf(Error);
    expect(error?.status).toBe(401);
    expect(error?.message).not.toContain(token);
  });

  /** `npm run deploy-commands` as a process: what it printed (both streams) and its exit code. */
  async function deployProcess(env: Record<string, string>) {
    const child = spawn(join(process.cwd(), 'node_modules', '.bin', 'tsx'), ['src/discord/deploy-commands.ts'], {
      env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: discord.token, DISCORD_API_BASE: discord.apiBase, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    return { out, code };
  }

  it('npm run deploy-commands prints where it registered how many', async () => {
    const { out, code } = await deployProcess({ DISCORD_GUILD_ID: guildId });
    expect(out).toBe(`registered ${COMMANDS.length} commands for server ${guildId}\n`);
    expect(code).toBe(0);
  });

  it.each([
    ['not an id', '123', /^deploy-commands: bad settings: .*DISCORD_GUILD_ID: expected a Discord id/],
    [
      'a server the bot is not in',
      '999999999999999999',
      /^deploy-commands: .*is the bot in server 999999999999999999\? Check DISCORD_GUILD_ID/,
    ],
  ])('a bad DISCORD_GUILD_ID (%s) fails in one line saying what to check, no stack trace', async (_, id, says) => {
    const { out, code } = await deployProcess({ DISCORD_GUILD_ID: id });
    expect(out.trimEnd().split('\n')).toEqual([expect.stringMatching(says)]);
    expect(code).toBe(1);
  });

  it('no network (the API host does not resolve) fails in one line, no stack trace', async () => {
    const { out, code } = await deployProcess({
      DISCORD_API_BASE: 'http://nowhere.invalid/api',
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_GUILD_ID: guildId,
    });
    expect(out.trimEnd().split('\n')).toEqual([
      expect.stringMatching(
        /^deploy-commands: cannot reach Discord \(getaddrinfo (ENOTFOUND|EAI_AGAIN) nowhere\.invalid\)/,
      ),
    ]);
    expect(code).toBe(1);
  });
});
