/** `npm start` without a token: the local console, typed slash commands answered as text. */
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../db/migrate.js';
import { createApp, type App } from '../../src/app.js';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { runLocalConsole } from '../../src/console/local-console.js';
import {
  ACCEPTANCE_NOW,
  addMeetings,
  meetingDraft,
  seedFile,
  seedMeeting,
  tempDir,
  TextSink,
} from '../helpers/calendar.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

/** Runs the console on `lines` as piped input (not a terminal); the app is closed after. */
async function consoleRun(lines: string[], app: App = appWith()) {
  const input = new PassThrough();
  const output = new TextSink();
  const errors = new TextSink();
  input.end(lines.map((line) => `${line}\n`).join(''));
  try {
    const code = await runLocalConsole(app, { input, output, errors, interactive: false });
    return { code, output: output.text, errors: errors.text };
  } finally {
    app.close();
  }
}

function appWith(env: Record<string, string> = {}): App {
  return createApp(loadConfig({ DATABASE_PATH: dir.file('diwan.sqlite'), ...env }));
}

/** Where in the output each place first appears, to check their order. */
function order(text: string, names: string[]): number[] {
  return names.map((name) => text.indexOf(name));
}

describe('the banner', () => {
  it('says the console is local and how many meetings the calendar holds', async () => {
    const { output } = await consoleRun([]);
    const [first, second] = output.split('\n');
    expect(first).toMatch(/local console: no DISCORD_TOKEN is set, so nothing goes to Discord/);
    expect(second).toContain(`holds ${seedFile().meetings.length} meetings`);
  });

  it('counts an empty calendar when SEED_CALENDAR=false', async () => {
    const { output } = await consoleRun([], appWith({ SEED_CALENDAR: 'false' }));
    expect(output).toContain('holds 0 meetings');
  });
});

describe('typed commands', () => {
  it('/clock 2020-01-26T12:00Z then /meetings upcoming days:7 lists London, Damascus, Copenhagen, Brussels', async () => {
    const { code, output, errors } = await consoleRun(['/clock 2020-01-26T12:00Z', '/meetings upcoming days:7']);
    expect(errors).toBe('');
    expect(code).toBe(0);
    expect(output).toContain('Now is 2020-01-26T12:00:00.000Z.');
    expect(output).toContain('Meetings in the next 7 days');
    const at = order(output, ['· London ·', '· Damascus ·', '· Copenhagen ·', '· Brussels ·']);
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(output).not.toContain('Washington');
  });

  it('/clock moved forward posts the reminders due on the way, without "posted late: the bot was offline"', async () => {
    const { output, errors } = await consoleRun(['/clock 2020-01-20T00:00Z', '/clock 2020-01-26T12:00Z']);
    expect(errors).toBe('');
    expect(output).toContain('⏰');
    expect(output).not.toContain('posted late');
  });

  it('/meetings past shows a scheduled meeting gone by as past and unconfirmed until /calendar edit status:held', async () => {
    const { output, errors } = await consoleRun([
      '/clock 2020-03-01T00:00Z',
      '/meetings past',
      '/calendar edit meeting:3 status:held',
      '/meetings past',
      '/lang ar',
      '/meetings past',
    ]);
    expect(errors).toBe('');
    const [before = '', after = '', arabic = ''] = output.split(/Past meetings|الاجتماعات السابقة/).slice(1);
    const brusselsLine = (listing: string) => listing.split('\n').find((line) => line.includes('Brussels')) ?? '';
    expect(brusselsLine(before)).toContain('past, not confirmed held');
    expect(before).not.toContain('scheduled');
    expect(brusselsLine(after)).toContain('✔️ held');
    expect(arabic).toContain('مضى، ولم يتأكد انعقاده');
  });

  it('takes option values with spaces (participant:james jeffrey)', async () => {
    const { output, errors } = await consoleRun(['/meetings participant name:james jeffrey']);
    expect(errors).toBe('');
    expect(output).toContain('Meetings of James Jeffrey');
    expect(output).toContain('(Page 1 of 1 · 3 meetings)');
  });

  it('/meetings show meeting:<title words> shows that meeting in full', async () => {
    const { output } = await consoleRun(['/meetings show meeting:Pedersen']);
    expect(output).toContain(seedMeeting('pedersen-damascus').title);
    expect(output).toContain('Where: Damascus');
  });

  it('/lang ar answers in Arabic', async () => {
    const { output, errors } = await consoleRun(['/clock 2020-01-26T12:00Z', '/lang ar', '/meetings upcoming days:7']);
    expect(errors).toBe('');
    expect(output).toContain('الاجتماعات خلال ٧ أيام مقبلة');
    expect(output).toContain(seedMeeting('small-group-london').titleAr);
  });

  it('/lang ar tells refusals in Arabic too', async () => {
    const { errors } = await consoleRun(['/lang ar', '/meetings show meeting:999', '/next', '/lang fr']);
    expect(errors.trimEnd().split('\n')).toEqual([
      'error: لا يوجد في هذا التقويم اجتماع برقم #999',
      'error: لا توجد صفحة تالية',
      'error: اكتب /lang ar أو /lang en',
    ]);
  });

  it('/next and /prev page through a listing longer than one page', async () => {
    const app = appWith();
    const scope = app.calendars.local();
    const extra = Array.from({ length: 8 }, (_, i) =>
      meetingDraft({ title: `Extra meeting ${i + 1}`, date: '2020-01-31', timezone: 'UTC' }),
    );
    addMeetings(scope, ...extra);
    const { output, errors } = await consoleRun(
      ['/clock 2020-01-26T12:00Z', '/meetings upcoming days:7', '/next', '/prev'],
      app,
    );
    expect(errors).toBe('');
    const pages = output.split('Meetings in the next 7 days').slice(1);
    expect(pages).toHaveLength(3);
    expect(pages[0]).toContain('(Page 1 of 2 · 13 meetings)');
    expect(pages[1]).toContain('(Page 2 of 2 · 13 meetings)');
    expect(pages[1]).toContain(seedMeeting('constitutional-committee-round-3').title);
    expect(pages[1]).not.toContain('· London ·');
    expect(pages[2]).toContain('(Page 1 of 2 · 13 meetings)');
    expect(pages[2]).toContain('· London ·');
  });

  it('/next on the last page says there is no next page', async () => {
    const app = appWith();
    addMeetings(
      app.calendars.local(),
      ...Array.from({ length: 8 }, (_, i) => meetingDraft({ title: `Extra ${i + 1}`, date: '2020-01-31' })),
    );
    const { errors } = await consoleRun(
      ['/clock 2020-01-26T12:00Z', '/meetings upcoming days:7', '/next', '/next'],
      app,
    );
    expect(errors).toBe('error: there is no next page\n');
  });

  it('/next with no listing to page says so on stderr', async () => {
    const { errors } = await consoleRun(['/next']);
    expect(errors).toBe('error: there is no next page\n');
  });

  it('/help lists the commands', async () => {
    const { output } = await consoleRun(['/help']);
    expect(output).toContain('/meetings upcoming');
    expect(output).toContain('/clock');
  });

  it('stops reading at /quit', async () => {
    const { output } = await consoleRun(['/quit', '/help']);
    expect(output).not.toContain('Commands, as in Discord');
  });
});

describe('bad commands', () => {
  it.each([
    ['an unknown command', '/bogus', /unknown command \/bogus/],
    ['a bad option value', '/meetings upcoming days:abc', /days must be a whole number/],
    ['a missing subcommand', '/meetings', /\/meetings needs one of/],
    ['an impossible date', '/meetings on date:2020-02-30', /2020-02-30/],
    ['a /clock that is not an instant', '/clock soon', /\/clock must be an ISO instant/],
    ['a /clock on an impossible day', '/clock 2020-02-30T00:00Z', /2020-02-30/],
    ['a bad /lang', '/lang fr', /\/lang ar or \/lang en/],
  ])('%s is written to stderr, and the piped run exits non-zero at the end', async (_what, line, message) => {
    const { code, output, errors } = await consoleRun([line, '/help']);
    expect(errors).toMatch(message);
    expect(errors.trimEnd().split('\n')).toHaveLength(1);
    expect(output).toContain('Commands, as in Discord');
    expect(code).not.toBe(0);
  });
});

describe('DIWAN_NOW', () => {
  it('starts the clock at that instant (read from the environment)', async () => {
    const { output, errors } = await consoleRun(
      ['/meetings upcoming days:7'],
      appWith({ DIWAN_NOW: '2020-01-26T12:00:00Z' }),
    );
    expect(errors).toBe('');
    expect(output).toMatch(/Now is 2020-01-26T12:/);
    const at = order(output, ['· London ·', '· Damascus ·', '· Copenhagen ·', '· Brussels ·']);
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('is refused when it is not an instant', () => {
    expect(() => loadConfig({ DIWAN_NOW: 'tomorrow' })).toThrow(/DIWAN_NOW/);
  });
});

describe('a stopped clock given to the console', () => {
  it('is where "now" starts', async () => {
    const app = createApp(loadConfig({ DATABASE_PATH: dir.file('diwan.sqlite') }), fixedClock(ACCEPTANCE_NOW));
    const { output } = await consoleRun(['/meetings upcoming days:1'], app);
    expect(output).toContain('Now is 2020-01-26T12:');
    expect(output).toContain('· London ·');
  });
});

describe('npm start, as a process with stdin piped and no DISCORD_TOKEN', () => {
  function start(input: string, env: Record<string, string> = {}) {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: dir.file('start.sqlite'), ...env };
    delete childEnv.DISCORD_TOKEN;
    return spawnSync(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: ROOT,
      env: childEnv,
      input,
      encoding: 'utf8',
    });
  }

  it('opens the local console, answers the piped command and exits 0 at the end of input', () => {
    const run = start('/meetings upcoming\n', { DIWAN_NOW: '2020-01-26T12:00:00Z' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('local console');
    expect(run.stdout).toContain(`holds ${seedFile().meetings.length} meetings`);
    expect(run.stdout).toContain('Meetings in the next 7 days');
    expect(run.stdout).toContain('· London ·');
  });

  it('refuses a database newer than the code with one line and exit 1', () => {
    const raw = new Database(dir.file('start.sqlite'));
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const run = start('/help\n');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^diwan: this database is at schema version \d+, newer than/),
    ]);
  });

  it('echo "/meetings upcoming" | npm start on a fresh calendar (only the seed) lists the seed week, as the README says', () => {
    const run = start('/meetings upcoming\n');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Now is 2020-01-26T12:00:00');
    expect(run.stdout).toContain("the seed's week");
    const at = order(run.stdout, ['· London ·', '· Damascus ·', '· Copenhagen ·', '· Brussels ·']);
    expect(at.every((i) => i > 0)).toBe(true);
  });

  it('a calendar holding more than the seed starts at the real time', async () => {
    const app = appWith();
    addMeetings(app.calendars.local(), meetingDraft({ title: 'Own meeting', date: '2030-05-01' }));
    const { output } = await consoleRun(['/help'], app);
    expect(output).not.toContain("the seed's week");
    expect(output).not.toContain('Now is 2020-');
  });

  it('exits non-zero at the end when a piped command was bad', () => {
    const run = start('/bogus\n/help\n');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('unknown command /bogus');
    expect(run.stdout).toContain('Commands, as in Discord');
  });
});
