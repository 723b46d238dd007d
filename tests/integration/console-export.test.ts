/** `/meetings export` typed in the local console writes the .ics to the current folder, as it says. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { runLocalConsole } from '../../src/console/local-console.js';
import { tempDir, TextSink } from '../helpers/calendar.js';
import { readEvents } from '../helpers/ics.js';

let dir: ReturnType<typeof tempDir>;
const before = process.cwd();
beforeEach(() => {
  dir = tempDir();
  process.chdir(dir.path);
});
afterEach(() => {
  process.chdir(before);
  dir.remove();
});

it('/meetings export writes diwan-meetings.ics in the current folder; /calendar ical-link says feeds are off', async () => {
  const app = createApp(loadConfig({ DATABASE_PATH: dir.file('diwan.sqlite') }));
  const input = new PassThrough();
  const [output, errors] = [new TextSink(), new TextSink()];
  input.end('/meetings export place:دمشق\n/calendar ical-link\n');
  try {
    await runLocalConsole(app, { input, output, errors, interactive: false });
  } finally {
    app.close();
  }
  expect(output.text).toContain('📅 1 meeting in diwan-meetings.ics');
  const events = readEvents(readFileSync(join(dir.path, 'diwan-meetings.ics'), 'utf8'));
  expect(events.map((e) => e.location)).toEqual(['Damascus · دمشق']);
  expect(errors.text).toContain('calendar feeds are off on this bot');
});
