/**
 * What people see of reminders outside Discord: `npx meetings reminders --from --to [--json]`
 * (the policy's reminders in a window, nothing sent) and the local console printing a
 * reminder when `/clock` reaches it.
 */
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection.js';
import { Calendars, createApp } from '../../src/app.js';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { runLocalConsole } from '../../src/console/local-console.js';
import type { PreviewedReminder } from '../../src/handlers/reminder-preview.js';
import { ACCEPTANCE_NOW, meetingDraft, runMeetings, tempDir, TextSink } from '../helpers/calendar.js';

let dir: ReturnType<typeof tempDir>;
let database: string;
beforeEach(() => {
  dir = tempDir('diwan-reminder-preview-');
  database = dir.file('diwan.sqlite');
});
afterEach(() => dir.remove());

async function preview(from: string, to: string): Promise<PreviewedReminder[]> {
  const run = await runMeetings(['reminders', '--from', from, '--to', to, '--json'], database);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { reminders: PreviewedReminder[] }).reminders;
}

describe('meetings reminders --from --to --json', () => {
  it('lists the seed reminders of 28 January: Pedersen in Damascus at 07:00 UTC (09:00 there), then Copenhagen', async () => {
    const reminders = await preview('2020-01-28T00:00:00Z', '2020-01-29T00:00:00Z');
    expect(reminders).toEqual([
      {
        meetingId: expect.any(Number),
        title: 'UN envoy Geir Pedersen visits Damascus',
        kind: 'day-before',
        dueAt: '2020-01-28T07:00:00.000Z',
        localDue: '2020-01-28T09:00',
        zone: 'Asia/Damascus',
      },
      expect.objectContaining({
        title: expect.stringContaining('Small Group political directors'),
        dueAt: '2020-01-28T08:00:00.000Z',
        zone: 'Europe/Copenhagen',
      }),
    ]);
  });

  it('keeps the window half-open and leaves out what is due outside it', async () => {
    expect(await preview('2020-01-28T07:00:00Z', '2020-01-28T08:00:00Z')).toHaveLength(1);
    expect(await preview('2020-01-28T07:00:01Z', '2020-01-28T08:00:00Z')).toEqual([]);
  });

  it('gives timed meetings the server leads, a day before at the same wall clock across DST', async () => {
    const db = openDatabase(database);
    const scope = new Calendars(db, fixedClock(ACCEPTANCE_NOW), { seed: true, timezone: 'UTC' }).local();
    scope.store.addMeetings(
      [
        meetingDraft({
          title: 'New York talks',
          precision: 'minute',
          date: '2020-03-08',
          time: '10:00',
          timezone: 'America/New_York',
        }),
      ],
      { now: ACCEPTANCE_NOW },
    );
    db.close();
    const reminders = await preview('2020-03-01T00:00:00Z', '2020-03-09T00:00:00Z');
    expect(reminders.map((r) => [r.kind, r.dueAt, r.localDue, r.zone])).toEqual([
      ['lead:1440', '2020-03-07T15:00:00.000Z', '2020-03-07T10:00', 'America/New_York'],
      ['lead:60', '2020-03-08T13:00:00.000Z', '2020-03-08T09:00', 'America/New_York'],
    ]);
  });

  it('sends nothing and records nothing', async () => {
    await preview('2020-01-01T00:00:00Z', '2020-03-01T00:00:00Z');
    const db = openDatabase(database);
    try {
      expect(db.prepare(`SELECT count(*) AS n FROM reminders WHERE status <> 'pending'`).get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it('prints one line per reminder as text', async () => {
    const run = await runMeetings(
      ['reminders', '--from', '2020-01-28T00:00:00Z', '--to', '2020-01-29T00:00:00Z'],
      database,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 reminders due');
    expect(run.stdout).toMatch(/09:00 Asia\/Damascus \(2020-01-28T07:00:00\.000Z\).*Geir Pedersen/);
  });

  it.each([
    [['reminders', '--from', '2020-01-28T00:00:00Z'], /--from ISO --to ISO/],
    [['reminders', '--from', '2020-01-28T12:00', '--to', '2020-01-29T00:00:00Z'], /--from must be an ISO instant/],
    [['reminders', '--from', '2020-01-29T00:00:00Z', '--to', '2020-01-28T00:00:00Z'], /--to must come after --from/],
    [['upcoming', '--from', '2020-01-29T00:00:00Z'], /--from goes with reminders/],
  ])('refuses %j in one line, exit 2', async (args, message) => {
    const run = await runMeetings(args, database);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
});

describe('the local console', () => {
  it("prints Pedersen's reminder when /clock reaches 07:00 UTC on 28 January, and nothing before", async () => {
    const input = new PassThrough();
    const output = new TextSink();
    const errors = new TextSink();
    input.end(
      ['/clock 2020-01-28T06:59:30Z', '/help', '/clock 2020-01-28T07:00:00Z', '/help'].map((l) => `${l}\n`).join(''),
    );
    const app = createApp(loadConfig({ DATABASE_PATH: database, DIWAN_NOW: '2020-01-26T12:00:00Z' }));
    try {
      expect(await runLocalConsole(app, { input, output, errors, interactive: false })).toBe(0);
    } finally {
      app.close();
    }
    expect(errors.text).toBe('');
    const [before = '', after = ''] = output.text.split('Now is 2020-01-28T07:00:00.000Z.');
    expect(before).not.toContain('Geir Pedersen visits');
    expect(after).toContain('Geir Pedersen visits Damascus');
    expect(after.match(/Geir Pedersen/g)).toHaveLength(1);
    expect(after).not.toContain('Small Group on Syria meeting'); // London: already held
  });
});
