/**
 * `/meetings calendar` on a real calendar (the seed), and `npx meetings calendar MONTH --png`:
 * the month's meetings on their days, filters, the server's week start, refusals.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingsCommand } from '../../commands/meetings.js';
import { settingsCommand } from '../../commands/settings.js';
import { UserError } from '../../src/errors.js';
import type { Reply } from '../../src/replies/reply.js';
import { handlerContext, openTestCalendar, runMeetings, tempDir, type TestCalendar } from '../helpers/calendar.js';

interface PictureJson {
  month: string;
  weekStart: number;
  total: number;
  days: Record<string, number[]>;
  undated: number[];
  width: number;
  height: number;
}

let calendar: TestCalendar;
beforeAll(() => {
  calendar = openTestCalendar();
});
afterAll(() => calendar.close());

async function ask(options: Record<string, string>, locale: 'en' | 'ar' = 'en'): Promise<Reply> {
  const ctx = handlerContext(calendar.calendars.local(), undefined, locale);
  return meetingsCommand.run(ctx, { subcommand: 'calendar', options });
}

describe('/meetings calendar', () => {
  it("draws the current month when none is given: the seed's January 2020, its meetings on their days", async () => {
    const reply = await ask({});
    const shown = reply.json!() as PictureJson;
    expect(shown).toMatchObject({ month: '2020-01', weekStart: 1 });
    expect(shown.days['2020-01-27']).toHaveLength(1);
    expect(shown.days['2020-01-29']!.length).toBeGreaterThanOrEqual(1);
    expect(reply.content).toBe(`📅 January 2020: ${shown.total} meetings`);
    const [file] = reply.files!;
    expect(file!.name).toBe('meetings-2020-01.png');
    expect(file!.description).toBe('Calendar of the meetings of January 2020');
    expect(Buffer.from(file!.data).subarray(1, 4).toString('ascii')).toBe('PNG');
  });

  it('keeps to a participant or a place when asked', async () => {
    const all = (await ask({ month: '2020-01' })).json!() as PictureJson;
    const london = (await ask({ month: '2020-01', place: 'London' })).json!() as PictureJson;
    expect(london.total).toBe(1);
    expect(Object.keys(london.days)).toEqual(['2020-01-27']);
    expect(all.total).toBeGreaterThan(london.total);
    await expect(ask({ place: 'Atlantis' })).rejects.toThrow(UserError);
  });

  it('reads a month in Arabic-Indic digits, and refuses what is not a month', async () => {
    expect(((await ask({ month: '٢٠٢٠-٠١' }, 'ar')).json!() as PictureJson).month).toBe('2020-01');
    await expect(ask({ month: '2020-13' })).rejects.toThrow('"2020-13" is not a month: write it YYYY-MM, e.g. 2020-01');
    await expect(ask({ month: 'January' })).rejects.toThrow(UserError);
  });

  it('starts its weeks where the server chose (/settings weekstart), else where its language does', async () => {
    expect(((await ask({ month: '2020-02' }, 'ar')).json!() as PictureJson).weekStart).toBe(6);
    const settings = (day: string) =>
      settingsCommand.run(handlerContext(calendar.calendars.local()), { subcommand: 'weekstart', options: { day } });
    const shownSunday = (await settings('sunday')) as Reply;
    expect(shownSunday.json!()).toMatchObject({ weekStart: 0 });
    expect(((await ask({ month: '2020-02' }, 'ar')).json!() as PictureJson).weekStart).toBe(0);
    expect(((await ask({ month: '2020-02' })).json!() as PictureJson).weekStart).toBe(0);
    await settings('auto');
    expect(((await ask({ month: '2020-02' })).json!() as PictureJson).weekStart).toBe(1);
    expect(() => settings('friday')).toThrow(UserError);
  });
});

describe('npx meetings calendar MONTH --png FILE', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());
  const database = dir.file('diwan.sqlite');

  it('writes the picture and says where, with its size', async () => {
    const out = dir.file('out.png');
    const run = await runMeetings(['calendar', '2020-01', '--png', out], database);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const png = readFileSync(out);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(run.stdout).toContain(`wrote ${out} (1000×${png.readUInt32BE(20)}, ${Math.ceil(png.length / 1024)} KB)`);
    const json = await runMeetings(
      ['calendar', '--month', '2020-01', '--png', out, '--json', '--lang', 'ar'],
      database,
    );
    expect(JSON.parse(json.stdout)).toMatchObject({
      month: '2020-01',
      weekStart: 6,
      file: out,
      bytes: expect.any(Number),
    });
  });

  it('refuses a bad month, a missing --png and --png elsewhere with one line and exit 2', async () => {
    const cases: [string[], string][] = [
      [
        ['calendar', '2020-13', '--png', dir.file('x.png')],
        'meetings: "2020-13" is not a month: write it YYYY-MM, e.g. 2020-01\n',
      ],
      [['calendar', '2020-01'], 'meetings: calendar writes a picture: give --png FILE, e.g. --png out.png\n'],
      [['upcoming', '--png', dir.file('x.png')], 'meetings: --png goes with calendar\n'],
      [
        ['calendar', '2020-01', '--png', dir.file('no/such/dir/x.png')],
        `meetings: cannot write ${dir.file('no/such/dir/x.png')}\n`,
      ],
    ];
    for (const [args, stderr] of cases) {
      const run = await runMeetings(args, database);
      expect(run.stderr).toBe(stderr);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
    }
  });
});
