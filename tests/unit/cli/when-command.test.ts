/** `meetings when`, driven with in-memory streams. */
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { whenCommand } from '../../../src/cli/when-command.js';

async function run(args: string[], input = ''): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: '', err: '' };
  stdout.on('data', (c: Buffer) => (chunks.out += c.toString('utf8')));
  stderr.on('data', (c: Buffer) => (chunks.err += c.toString('utf8')));
  const code = await whenCommand(args, { stdout, stderr, stdin: Readable.from([input]) });
  return { code, ...chunks };
}

const AT = '2020-01-28T10:00:00+02:00';

describe('when', () => {
  it('reads standard input and answers in Duckling JSON (the acceptance case)', async () => {
    const { code, out, err } = await run(['--at', AT, '--json'], 'سيزور دمشق في 29 الشهر الجاري\n');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(JSON.parse(out)).toEqual({
      dates: [
        {
          text: '29 الشهر الجاري',
          start: 14,
          end: 29,
          value: { type: 'value', value: '2020-01-29T00:00:00.000+02:00', grain: 'day' },
        },
      ],
    });
  });

  it('prints intervals with an exclusive end', async () => {
    const { out } = await run(['يومي الخميس والجمعة المقبلين', '--at', AT, '--json']);
    expect(JSON.parse(out).dates[0].value).toEqual({
      type: 'interval',
      from: { value: '2020-01-30T00:00:00.000+02:00', grain: 'day' },
      to: { value: '2020-02-01T00:00:00.000+02:00', grain: 'day' },
    });
  });

  it('answers one JSON line per input line, in order, for thousands of lines', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) =>
      i % 3 === 0 ? 'أمس' : i % 3 === 1 ? 'no date here' : 'tomorrow',
    );
    const { code, out } = await run(['--at', AT, '--json'], `${lines.join('\n')}\n`);
    expect(code).toBe(0);
    const answers = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { dates: Array<{ value: { value: string } }> });
    expect(answers).toHaveLength(3000);
    expect(answers[0]!.dates[0]!.value.value).toBe('2020-01-27T00:00:00.000+02:00');
    expect(answers[1]!.dates).toEqual([]);
    expect(answers[2997]!.dates[0]!.value.value).toBe('2020-01-27T00:00:00.000+02:00');
    expect(answers[2998]!.dates).toEqual([]);
    expect(answers[2999]!.dates[0]!.value.value).toBe('2020-01-29T00:00:00.000+02:00');
    expect(answers[2]!.dates[0]!.value.value).toBe('2020-01-29T00:00:00.000+02:00');
  });

  it('shows values in --tz and resolves there', async () => {
    // 23:00 UTC on the 27th: already the 28th in Damascus, so "today" is the 28th
    const { out } = await run(['اليوم', '--at', '2020-01-27T23:00:00Z', '--tz', 'Asia/Damascus', '--json']);
    expect(JSON.parse(out).dates[0].value.value).toBe('2020-01-28T00:00:00.000+02:00');
  });

  it('resolves at the fixed offset of --at when there is no --tz', async () => {
    const { out } = await run(['اليوم', '--at', '2020-01-27T23:00:00-05:00', '--json']);
    expect(JSON.parse(out).dates[0].value.value).toBe('2020-01-27T00:00:00.000-05:00');
  });

  it('takes --at without an offset as UTC', async () => {
    const { out } = await run(['الساعة 10 صباحا', '--at', '2020-01-28T08:00:00', '--json']);
    expect(JSON.parse(out).dates[0].value).toEqual({
      type: 'value',
      value: '2020-01-28T10:00:00.000+00:00',
      grain: 'hour',
    });
  });

  it.each([
    ['2017-09-27T17:25:49.8080661+08:00', '2017-09-27T00:00:00.000+08:00'],
    ['2017-09-27T17:25:49.8+08:00', '2017-09-27T00:00:00.000+08:00'],
    ['2017-09-27T17:25:49.123456789012Z', '2017-09-27T00:00:00.000+00:00'],
    ['2017-09-27', '2017-09-27T00:00:00.000+00:00'],
  ])('takes --at %s (fractional seconds of any length, a day alone)', async (at, today) => {
    const { code, out, err } = await run(['اليوم', '--at', at, '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out).dates[0].value.value).toBe(today);
  });

  it('reads --at without an offset in --tz: 23:30 in Damascus is still the 27th there', async () => {
    // Read as UTC it would be 01:30 on the 28th in Damascus
    const { out } = await run(['اليوم', '--at', '2020-01-27T23:30:00', '--tz', 'Asia/Damascus', '--json']);
    expect(JSON.parse(out).dates[0].value.value).toBe('2020-01-27T00:00:00.000+02:00');
    const clock = await run(['بعد ساعة', '--at', '2020-01-27T23:30', '--tz', 'Asia/Damascus', '--json']);
    expect(JSON.parse(clock.out).dates[0].value.value).toBe('2020-01-28T00:30:00.000+02:00');
  });

  it('reads a day alone in --tz as its midnight there', async () => {
    const { out } = await run(['غدا', '--at', '2020-01-27', '--tz', 'America/New_York', '--json']);
    expect(JSON.parse(out).dates[0].value.value).toBe('2020-01-28T00:00:00.000-05:00');
  });

  it('prints a readable line without --json', async () => {
    const { code, out } = await run(['الخميس المقبل', '--at', AT]);
    expect(code).toBe(0);
    expect(out).toBe('الخميس المقبل  [0-13]  2020-01-30T00:00:00.000+02:00 (day)\n');
    expect((await run(['nothing', '--at', AT])).out).toBe('no time expression found\n');
  });

  it.each([
    [['اليوم', '--at', 'yesterday'], /--at: not an ISO date-time/],
    [['اليوم', '--at', '2020-02-30T10:00:00Z'], /--at: no such date-time/],
    [['اليوم', '--at', 'yesterday'], /does not begin with a day written YYYY-MM-DD/],
    [['اليوم', '--at', '2020-02-30T10:00:00Z'], /2020-02 has no day 30/],
    [['اليوم', '--at', '2020-13-01'], /there is no month 13/],
    [['اليوم', '--at', '2020-01-28T24:00:00Z'], /there is no hour 24/],
    [['اليوم', '--at', '2020-01-28T10:60Z'], /there is no minute 60/],
    [['اليوم', '--at', '2020-01-28T10:00:00+15:00'], /bad UTC offset: .*not one in use/],
    [['اليوم', '--at', '2020-01-28T10:00:00 CET'], /"CET" is not a UTC offset/],
    [['اليوم', '--at', '2020-01-28 at noon'], /" at noon" is not a clock time/],
    [['اليوم', '--at', AT, '--tz', 'Mars/Olympus'], /--tz: unknown time zone: Mars\/Olympus/],
    [['اليوم', '--verbose'], /Unknown option '--verbose'/],
    [['اليوم', '--at'], /--at/],
  ])('refuses %j with one clear line and exit code 2', async (args, message) => {
    const { code, out, err } = await run(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.split('\n')[0]).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
  });
});
