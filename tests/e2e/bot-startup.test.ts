/**
 * Starting the bot: a refused token ends in one line without the token (library and
 * `npm start` alike); the acceptance command of the issue answers from a local Discord and
 * stops cleanly on SIGTERM.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBotProcess } from '../helpers/bot-process.js';
import { startLocalDiscord, type LocalDiscord } from '../helpers/local-discord/index.js';
import { embedsOf, failOnUnhandledRejections } from '../helpers/bot-answers.js';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { startBot, TokenRefusedError } from '../../src/discord/bot.js';
import { createLogger } from '../../src/logger.js';

const WRONG_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.wrong.token-value';

describe('starting the bot', () => {
  failOnUnhandledRejections();
  let discord: LocalDiscord;
  let folder: string;
  let app: App | undefined;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    discord = await startLocalDiscord({ guilds: [{ name: 'Acceptance' }] });
    folder = mkdtempSync(join(tmpdir(), 'diwan-start-'));
  });
  afterEach(() => {
    app?.close();
    app = undefined;
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await discord?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('startBot with a wrong token rejects with TokenRefusedError, without the token, and logs nothing of it', async () => {
    app = createApp(loadConfig({ DATABASE_PATH: join(folder, 'refused.sqlite') }));
    const logs: string[] = [];
    const attempt = startBot(app, {
      token: WRONG_TOKEN,
      apiBase: discord.apiBase,
      logger: createLogger('debug', [WRONG_TOKEN], (line) => logs.push(line)),
      clientOverrides: { ws: discord.clientOptions().ws },
      cron: false,
    });
    const error = await attempt.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenRefusedError);
    expect((error as Error).message).not.toContain(WRONG_TOKEN);
    expect((error as Error).message).toMatch(/DISCORD_TOKEN/);
    expect(logs.join('\n')).not.toContain(WRONG_TOKEN);
    expect(discord.gatewayStatus().openSockets).toBe(0);
  });

  it('the acceptance command answers /meetings upcoming with London, Damascus, Copenhagen and Brussels; SIGTERM exits 0', async () => {
    const run = startBotProcess({
      DISCORD_TOKEN: discord.token,
      DISCORD_API_BASE: discord.apiBase,
      DIWAN_NOW: '2020-01-26T12:00:00Z',
      DATABASE_PATH: join(folder, 'acceptance.sqlite'),
    });
    children.push(run.child);
    await discord.waitFor(
      () => discord.gatewayEvents('ready').length > 0 && discord.gatewayStatus().liveSessions === 1,
      {
        timeoutMs: 20_000,
        description: `the bot process to log in (stderr: ${run.stderr()})`,
      },
    );
    // The client is ready once its GUILD_CREATE is handled; the first answer may wait for it.
    const answer = await discord.command({ command: 'meetings', subcommand: 'upcoming', timeoutMs: 10_000 });
    const description = embedsOf(answer)[0]?.description ?? '';
    const order = ['London', 'Damascus', 'Copenhagen', 'Brussels'].map((place) => description.indexOf(place));
    expect(
      order.every((i) => i >= 0),
      description,
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(description).not.toContain('Washington');

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.stderr()).not.toContain(discord.token);
    expect(run.stderr()).not.toMatch(/\n\s+at /);
    await discord.waitFor(() => discord.gatewayStatus().openSockets === 0, {
      description: 'the bot to close its connection',
    });
  });

  it('a SIGTERM while the bot is still logging in stops it cleanly: exit 0', async () => {
    const run = startBotProcess({
      DISCORD_TOKEN: discord.token,
      DISCORD_API_BASE: discord.apiBase,
      DATABASE_PATH: join(folder, 'early-stop.sqlite'),
    });
    children.push(run.child);
    // The gateway socket is open: the bot is logging in, not yet ready.
    await discord.waitFor(() => discord.gatewayStatus().openSockets > 0, {
      timeoutMs: 20_000,
      description: `the bot process to connect (stderr: ${run.stderr()})`,
    });
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.stderr()).not.toMatch(/\n\s+at /);
  });

  it('with a wrong token npm start exits 1 with one line, no token, no stack trace', async () => {
    const run = startBotProcess(
      {
        DISCORD_TOKEN: WRONG_TOKEN,
        DISCORD_API_BASE: discord.apiBase,
        DATABASE_PATH: join(folder, 'wrong.sqlite'),
      },
      'npx',
    );
    children.push(run.child);
    expect(await run.exited).toBe(1);
    const lines = run.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^diwan: Discord refused DISCORD_TOKEN/);
    expect(run.stderr() + run.stdout()).not.toContain(WRONG_TOKEN);
    expect(run.stderr()).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });
});
