/** `npm start` at a terminal: a prompt, the typed line echoed, and the arrow keys bringing back earlier commands, across runs. */
import { readFileSync, statSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { historyFileFor } from '../../src/console/history.js';
import { runLocalConsole } from '../../src/console/local-console.js';
import { consoleHelp } from '../../src/console/help.js';
import { COMMANDS } from '../../commands/index.js';
import { ACCEPTANCE_NOW, tempDir, TextSink } from '../helpers/calendar.js';

const UP = '\x1b[A';
let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

/** Types `keys` at a terminal console (Enter is \r, as a terminal sends it) and returns what the terminal showed. */
async function typeAtTerminal(keys: string): Promise<{ shown: string; errors: string }> {
  const database = dir.file('diwan.sqlite');
  const app = createApp(loadConfig({ DATABASE_PATH: database }), fixedClock(ACCEPTANCE_NOW));
  const input = new PassThrough();
  const output = new TextSink();
  const errors = new TextSink();
  const run = runLocalConsole(app, { input, output, errors, interactive: true, historyFile: historyFileFor(database) });
  // Typed a little at a time, as a person does, after the banner
  await new Promise((resolve) => setTimeout(resolve, 20));
  for (const line of keys.split(/(?<=\r)/)) {
    input.write(line);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  input.end();
  try {
    await run;
  } finally {
    app.close();
  }
  return { shown: output.text, errors: errors.text };
}

describe('the console at a terminal', () => {
  it('shows a diwan> prompt and echoes what is typed', async () => {
    const { shown } = await typeAtTerminal('/meetings upcoming days:7\r');
    expect(shown).toContain('diwan> ');
    expect(shown).toContain('/meetings upcoming days:7');
    expect(shown).toContain('Meetings in the next 7 days');
  });

  it('brings back a command typed in an earlier run with the up arrow', async () => {
    await typeAtTerminal('/lang ar\r');
    const history = historyFileFor(dir.file('diwan.sqlite'))!;
    expect(readFileSync(history, 'utf8').split('\n')[0]).toBe('/lang ar');
    // Only its owner may read what was typed
    expect(statSync(history).mode & 0o077).toBe(0);
    // Up arrow + Enter runs /lang ar again: the listing after it comes in Arabic
    const { shown, errors } = await typeAtTerminal(`${UP}\r/meetings upcoming days:7\r`);
    expect(errors).toBe('');
    expect(shown).toContain('الاجتماعات');
  });

  it('keeps no history for an in-memory database', () => {
    expect(historyFileFor(':memory:')).toBeNull();
  });
});

describe('/help', () => {
  it('lists every subcommand of every command, /calendar and /settings included', () => {
    const help = consoleHelp();
    for (const command of COMMANDS) {
      const json = command.data;
      const subcommands = (json.options ?? []).filter((o) => o.type === 1 || o.type === 2);
      expect(help).toContain(`/${json.name}`);
      for (const sub of subcommands) expect(help).toMatch(new RegExp(`/${json.name} (\\S+ )?${sub.name}\\b`));
    }
  });
});
