/**
 * Two bot processes on one database and one Discord application (a rolling restart, a
 * mistaken second start): both receive every interaction, and each change is made once.
 */
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, describe, expect, it } from 'vitest';
import { answered, buttonLabelled, newServer, press, textOf, useBotHarness } from '../helpers/bot-answers.js';
import { startBotProcess, type BotProcess } from '../helpers/bot-process.js';

const EDITOR = String(PermissionFlagsBits.ManageEvents);

describe('a second bot process on the same database', () => {
  const harness = useBotHarness();
  let second: BotProcess | undefined;
  afterAll(async () => {
    second?.child.kill('SIGTERM');
    await second?.exited;
  });

  it('one /calendar add makes one meeting; one Confirm adds the article once', async () => {
    const { discord, app, databasePath } = harness();
    second = startBotProcess({
      DISCORD_TOKEN: discord.token,
      DISCORD_API_BASE: discord.apiBase,
      DIWAN_NOW: '2020-01-26T12:00:00Z',
      DATABASE_PATH: databasePath,
    });
    const running = second;
    await discord.waitFor(() => discord.gatewayStatus().liveSessions === 2, {
      timeoutMs: 20_000,
      description: `the second process to log in (stderr: ${running.stderr()})`,
    });
    const guildId = await newServer(harness());
    const count = () => app.calendars.forGuild(guildId).store.countMeetings();
    // The process that loses an interaction says so: it found the interaction's record (once
    // per interaction), or, for what is acknowledged first (reading an article, an import),
    // Discord had taken the other process's acknowledgement.
    const handledElsewhere = () =>
      [...harness().logs, ...running.stderr().split('\n')].filter((line) =>
        /already handled|no longer accepts an answer/.test(line),
      ).length;
    /** Until the process that lost an interaction has said so, or a change was made twice. */
    const settled = (interactions: number, meetings: number) =>
      discord.waitFor(() => handledElsewhere() >= interactions || count() > meetings, {
        description: 'both processes to have handled the interaction',
      });
    // Both processes have the server's calendar before anything is asked.
    await discord.waitFor(() => /joined a server/.test(running.stderr()), {
      description: 'the second process to see the new server',
    });
    expect(count()).toBe(6);

    const calendarCommand = (subcommand: string, options: Record<string, string>) =>
      discord.command({ command: 'calendar', subcommand, options, guildId, permissions: EDITOR });

    const added = await calendarCommand('add', { title: 'Donor call', date: '2020-01-29' });
    expect(textOf(added)).toMatch(/#7/);
    await settled(1, 7);
    expect(count()).toBe(7);

    const preview = await calendarCommand('import', {
      text: 'A summit on aid to Syria will be held in Brussels on January 30.',
      published: '2020-01-26',
    });
    const add = buttonLabelled(await answered(preview), /Add/);
    await settled(2, 7);
    const confirm = await press(discord, preview, add, { guildId });
    expect(textOf(await answered(confirm))).toMatch(/Added #8/);
    // The preview is not recorded (it may be shown twice); the Confirm, acknowledged first, is.
    await settled(3, 8);
    expect(count()).toBe(8);
    expect(app.interactions.once(confirm.id, app.clock.now(), () => 'run again')).toBeNull();
  }, 40_000);
});
