/** `npx meetings …`: the terminal front-end, run in this process on a temp database. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { LATEST_VERSION } from '../../db/migrate.js';
import { runMeetings, seedFile, seedMeeting, tempDir, type CliRun } from '../helpers/calendar.js';

const AT = ['--at', '2020-01-26T12:00:00Z'];
let dir: ReturnType<typeof tempDir>;
let database: string;

beforeAll(() => {
  dir = tempDir();
  database = dir.file('diwan.sqlite');
});
afterAll(() => dir.remove());

const meetings = (args: string[]) => runMeetings(args, database);
const json = <T = { meetings: Record<string, unknown>[] }>(run: CliRun): T => {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as T;
};

describe('the acceptance command: upcoming --at 2020-01-26T12:00:00Z --days 7 --json', () => {
  it('lists London, Damascus, Copenhagen and Brussels first, in that order', async () => {
    const answer = json(await meetings(['upcoming', ...AT, '--days', '7', '--json']));
    expect(answer.meetings.slice(0, 4).map((m) => [m.location, m.date])).toEqual([
      ['London', '2020-01-27'],
      ['Damascus', '2020-01-29'],
      ['Copenhagen', '2020-01-29'],
      ['Brussels', '2020-01-30'],
    ]);
  });

  it('does not list the Washington meeting of 2019', async () => {
    const answer = json(await meetings(['upcoming', ...AT, '--days', '7', '--json']));
    expect(answer.meetings.map((m) => m.location)).not.toContain('Washington');
  });

  it('gives each meeting every field the issue names', async () => {
    const answer = json(await meetings(['upcoming', ...AT, '--days', '7', '--json']));
    const london = seedMeeting('small-group-london');
    expect(answer.meetings[0]).toMatchObject({
      id: expect.any(Number),
      title: london.title,
      titleAr: london.titleAr,
      date: '2020-01-27',
      endDate: '2020-01-27',
      time: null,
      precision: 'day',
      timezone: 'Europe/London',
      startsAt: '2020-01-27T00:00:00.000Z',
      location: 'London',
      locationAr: 'لندن',
      status: 'held',
      evidence: london.evidence,
    });
    expect(answer.meetings[0]!.participants).toContainEqual({
      name: 'James Jeffrey',
      nameAr: 'جيمس جيفري',
      kind: 'person',
      role: london.participants.find((p) => p.name === 'James Jeffrey')!.role,
    });
  });

  it('gives Damascus its local day with the instant of Damascus midnight', async () => {
    const answer = json(await meetings(['upcoming', ...AT, '--days', '7', '--json']));
    expect(answer.meetings[1]).toMatchObject({
      date: '2020-01-29',
      timezone: 'Asia/Damascus',
      startsAt: '2020-01-28T22:00:00.000Z',
    });
  });
});

describe('each subcommand, as text and as JSON', () => {
  it('upcoming prints a heading and one entry per meeting', async () => {
    const run = await meetings(['upcoming', ...AT]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Meetings in the next 7 days\n/);
    expect(run.stdout).toMatch(
      new RegExp(`${seedMeeting('small-group-london').title}\nMonday,? 27 January 2020 · London · ✔️ held`),
    );
    expect(run.stdout).toContain('expected in February 2020');
    expect(run.stdout).toContain('(Page 1 of 1 · 5 meetings)');
  });

  it('upcoming --participant and --place narrow the list', async () => {
    const jeffrey = json(await meetings(['upcoming', ...AT, '--participant', 'جيفري', '--json']));
    expect(jeffrey.meetings.map((m) => m.location)).toEqual(['London', 'Copenhagen', 'Brussels']);
    const copenhagen = json(await meetings(['upcoming', ...AT, '--place', 'كوبنهاغن', '--json']));
    expect(copenhagen.meetings.map((m) => m.location)).toEqual(['Copenhagen']);
  });

  it('on DATE lists that local day', async () => {
    const answer = json(await meetings(['on', '2020-01-29', '--json']));
    expect(answer.meetings.map((m) => m.location)).toEqual(['Damascus', 'Copenhagen']);
    const text = await meetings(['on', '2020-01-29']);
    expect(text.stdout).toMatch(/^Meetings on Wednesday,? 29 January 2020\n/);
  });

  it('on reads Eastern Arabic digits', async () => {
    const answer = json(await meetings(['on', '٢٠٢٠-٠١-٣٠', '--json']));
    expect(answer.meetings.map((m) => m.location)).toEqual(['Brussels']);
  });

  it('on tomorrow counts from --at', async () => {
    const answer = json(await meetings(['on', 'tomorrow', ...AT, '--json']));
    expect(answer.meetings.map((m) => m.location)).toEqual(['London']);
  });

  it('between FROM TO lists the days in between, both included', async () => {
    const answer = json(await meetings(['between', '2020-01-27', '2020-01-29', '--json']));
    expect(answer.meetings.map((m) => m.location)).toEqual(['London', 'Damascus', 'Copenhagen']);
    expect((await meetings(['between', '2020-01-27', '2020-01-29'])).stdout).toMatch(
      /^Meetings from Monday,? 27 January 2020 to Wednesday,? 29 January 2020/,
    );
  });

  it('past lists what ended before --at, the latest first', async () => {
    const answer = json(await meetings(['past', '--at', '2020-01-29T12:00:00Z', '--json']));
    expect(answer.meetings.map((m) => m.location)).toEqual(['London', 'Washington']);
    expect((await meetings(['past', ...AT])).stdout).toMatch(/^Past meetings\n[\s\S]*Washington/);
  });

  it('participant NAME takes the rest of the line as the name', async () => {
    const answer = json(await meetings(['participant', 'james', 'jeffrey', '--json']));
    expect(answer.meetings.map((m) => m.location)).toEqual(['London', 'Copenhagen', 'Brussels']);
    expect((await meetings(['participant', 'Jeffrey'])).stdout).toMatch(/^Meetings of James Jeffrey\n/);
  });

  it('place NAME lists the meetings there', async () => {
    const answer = json(await meetings(['place', 'لندن', '--json']));
    expect(answer.meetings.map((m) => m.title)).toEqual([seedMeeting('small-group-london').title]);
    expect((await meetings(['place', 'london'])).stdout).toMatch(/^Meetings in London\n/);
  });

  it('show ID prints one meeting in full', async () => {
    const [damascus] = json(await meetings(['on', '2020-01-29', '--json'])).meetings;
    const shown = json(await meetings(['show', String(damascus!.id), '--json']));
    expect(shown.meetings).toHaveLength(1);
    expect(shown.meetings[0]).toMatchObject({
      id: damascus!.id,
      location: 'Damascus',
      participants: [{ name: 'Geir Pedersen', kind: 'person' }],
    });
    const text = (await meetings(['show', String(damascus!.id)])).stdout;
    expect(text).toContain('Where: Damascus');
    expect(text).toContain('Geir Pedersen (غير بيدرسون), UN Special Envoy for Syria');
    expect(text).toContain(`Sources: ${seedFile().source.outlet}, 2020-01-28`);
  });

  it('participants lists everyone with their meeting counts, most first', async () => {
    const answer = json<{ participants: { name: string; meetings: number }[] }>(
      await meetings(['participants', '--json']),
    );
    expect(answer.participants[0]).toMatchObject({ name: 'James Jeffrey', meetings: 3 });
    expect(answer.participants).toHaveLength(
      new Set(seedFile().meetings.flatMap((m) => m.participants.map((p) => p.name))).size,
    );
    expect((await meetings(['participants'])).stdout).toMatch(
      /^Participants\n[\s\S]*James Jeffrey \(جيمس جيفري\) · person · 3 meetings/,
    );
  });

  it('participants NAME shows one participant and their meetings', async () => {
    const answer = json<{ participant: { name: string; meetings: number }; meetings: number[] }>(
      await meetings(['participants', 'بيدرسون', '--json']),
    );
    expect(answer.participant).toMatchObject({ name: 'Geir Pedersen', meetings: 1 });
    expect(answer.meetings).toHaveLength(1);
    const text = (await meetings(['participants', 'Pedersen'])).stdout;
    expect(text).toMatch(/^Geir Pedersen\n/);
    expect(text).toContain('Role: UN Special Envoy for Syria');
  });
});

describe('a name that matches more than one participant', () => {
  it('participants NAME shows the first and says which others match', async () => {
    const text = (await meetings(['participants', 'United'])).stdout;
    expect(text).toMatch(/^United Kingdom\n/);
    expect(text).toContain('(Also matching: United States)');
  });

  it('participant NAME lists the meetings of all of them, once each', async () => {
    const answer = json(await meetings(['participant', 'United', '--json']));
    expect(answer.meetings.map((m) => m.location)).toEqual(['London']);
  });
});

describe('--lang ar', () => {
  it('answers in Arabic', async () => {
    const run = await meetings(['upcoming', ...AT, '--lang', 'ar']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^الاجتماعات خلال ٧ أيام مقبلة\n/);
    expect(run.stdout).toContain(seedMeeting('small-group-london').titleAr);
    expect(run.stdout).toContain('لندن');
    expect(run.stdout).toContain('متوقع في');
  });

  it('keeps the JSON the same as in English', async () => {
    const ar = json(await meetings(['upcoming', ...AT, '--lang', 'ar', '--json']));
    const en = json(await meetings(['upcoming', ...AT, '--json']));
    expect(ar).toEqual(en);
  });

  it('tells a refusal in Arabic on stderr: one line, exit 2, nothing on stdout', async () => {
    const run = await meetings(['show', '999', ...AT, '--lang', 'ar']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('meetings: لا يوجد في هذا التقويم اجتماع برقم #999\n');
    const date = await meetings(['on', '01/02', '--lang', 'ar']);
    expect(date.stderr).toBe('meetings: التاريخ «01/02» يحتمل قراءتين (يوم/شهر أو شهر/يوم)؛ اكتبه بصيغة YYYY-MM-DD\n');
  });
});

describe('bad input: one line on stderr, a non-zero exit, nothing on stdout', () => {
  const refusals: [string, string[], RegExp][] = [
    ['an impossible date', ['on', '2020-02-30'], /2020-02-30/],
    ['an ambiguous date', ['on', '01/02'], /two ways.*YYYY-MM-DD/],
    ['an unknown meeting id', ['show', '999'], /no meeting #999/],
    ['an unknown flag', ['upcoming', '--bogus'], /--bogus/],
    ['an unknown command', ['frobnicate'], /unknown command "frobnicate"/],
    ['a missing argument to on', ['on'], /on takes DATE/],
    ['a missing argument to between', ['between', '2020-01-27'], /between takes FROM TO/],
    ['a missing value of --days', ['upcoming', '--days'], /--days/],
    ['an extra argument', ['on', '2020-01-29', '2020-01-30'], /on takes DATE/],
    ['a --at that is not an instant', ['upcoming', '--at', 'yesterday'], /--at .*"yesterday"/],
    ['a --at on an impossible day', ['upcoming', '--at', '2020-02-30T12:00:00Z'], /--at .*2020-02-30/],
    ['a --at without a zone', ['upcoming', '--at', '2020-01-26T12:00'], /--at/],
    ['a bad --lang', ['upcoming', '--lang', 'fr'], /--lang must be ar or en/],
    ['--days 0', ['upcoming', '--days', '0'], /days must be from 1 to 366/],
    ['--days 367', ['upcoming', '--days', '367'], /days must be from 1 to 366/],
    ['--days that is not a whole number', ['upcoming', '--days', '2.5'], /days must be a whole number/],
    ['--days on another command', ['past', '--days', '3'], /--days goes with upcoming/],
    ['a range that ends before it begins', ['between', '2020-01-30', '2020-01-27'], /ends .* before it begins/],
    ['an unknown participant', ['participant', 'Nobody'], /no participant .* "Nobody"/],
    ['an unknown participant to participants', ['participants', 'Nobody'], /no participant .* "Nobody"/],
    ['an unknown place', ['place', 'Atlantis'], /no place .* "Atlantis"/],
    ['no command at all', [], /usage: meetings/],
  ];

  it.each(refusals)('%s', async (_what, args, message) => {
    const run = await meetings(args);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    if (args.length > 0) expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a database newer than the code', async () => {
    const newer = dir.file('newer.sqlite');
    const raw = new Database(newer);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const run = await runMeetings(['upcoming', ...AT], newer);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/schema version \d+, newer than this Diwan/);
  });

  it('a bad setting in the environment', async () => {
    const run = await runMeetings(['upcoming', ...AT], database, { SEED_CALENDAR: 'maybe' });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('SEED_CALENDAR');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('help', () => {
  it('--help prints the usage on stdout and succeeds', async () => {
    const run = await meetings(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^usage: meetings <command>/);
  });
});
