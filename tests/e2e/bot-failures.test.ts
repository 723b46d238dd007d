/**
 * What goes wrong on the bot's side: an exception nobody expected is answered with a short
 * generic line (ephemeral) and logged with its context; an answer Discord refuses is logged,
 * never an unhandled rejection.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Faults } from '../helpers/local-discord/index.js';
import { expectEphemeral, useBotHarness } from '../helpers/bot-answers.js';

describe('failures on the bot side', () => {
  const harness = useBotHarness();

  /** The next log line holding `text`, from now on. */
  const nextLog = (text: string) => {
    const seen = harness().logs.length;
    return () =>
      harness().discord.waitFor(
        () =>
          harness()
            .logs.slice(seen)
            .find((line) => line.includes(text)),
        { description: `a log line with "${text}"` },
      );
  };

  it('an answer that comes too late for Discord (10062) is logged once as a warning, not retried, and the bot goes on', async () => {
    const callback = { method: 'POST', path: '/interactions/:id/:token/callback' };
    const fault = harness().discord.failNext(callback, Faults.unknownInteraction(), 2);
    const logged = nextLog('could not answer an interaction');
    harness()
      .discord.command({ command: 'meetings', subcommand: 'upcoming', timeoutMs: 100 })
      .catch(() => undefined);
    const line = await logged();
    expect(line).toMatch(/WARN .*"code":10062/);
    expect(fault.hits).toBe(1);
    fault.cancel();
    const next = await harness().discord.command({ command: 'meetings', subcommand: 'upcoming' });
    expect(next.ephemeral).toBe(false);
  });

  describe('with the database gone', () => {
    beforeAll(() => {
      harness().app.db.close();
    });

    it('a command gets a short generic ephemeral line, and the failure is logged with its context', async () => {
      const logged = nextLog('interaction failed');
      const answer = await harness().discord.command({
        command: 'meetings',
        subcommand: 'show',
        options: { meeting: '1' },
      });
      expectEphemeral(answer, /^⚠️ Something went wrong on our side; it has been logged\. Please try again\.$/);
      expect(answer.content).not.toMatch(/database|sqlite|TypeError|at /i);
      const line = await logged();
      expect(line).toMatch(/ERROR/);
      expect(line).toContain('"command":"meetings"');
      expect(line).toContain(`"guild":"${harness().discord.guildIds()[0]}"`);
      expect(line).toMatch(/database connection is not open/);
    });

    it('in Arabic too', async () => {
      const answer = await harness().discord.command({ command: 'meetings', subcommand: 'upcoming', locale: 'ar' });
      expectEphemeral(answer, /حدث خطأ من جهتنا/);
    });

    it('a button gets the same generic line', async () => {
      const answer = await harness().discord.button({ customId: 'meetings:page:{"q":{"kind":"past"},"p":2}' });
      expectEphemeral(answer, /Something went wrong/);
    });

    it('an autocomplete offers nothing, and the failure is logged', async () => {
      const before = harness().logs.filter((line) => line.includes('autocomplete failed')).length;
      const answer = await harness().discord.autocomplete({
        command: 'meetings',
        subcommand: 'participant',
        options: { name: 'jeff' },
        focused: 'name',
      });
      expect(answer.callback.type).toBe(8);
      expect(answer.choices).toEqual([]);
      expect(harness().logs.filter((line) => line.includes('autocomplete failed')).length).toBe(before + 1);
    });

    it('stopping the bot still closes the connection, and says what it could not do', async () => {
      await harness().stopBot();
      expect(harness().discord.gatewayStatus().openSockets).toBe(0);
      expect(harness().logs.some((line) => /ERROR could not stop the reminders cleanly/.test(line))).toBe(true);
    });

    it('never logged the token', () => {
      expect(harness().logs.join('\n')).not.toContain(harness().discord.token);
    });
  });
});
