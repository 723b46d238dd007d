/** `npx meetings export`: the calendar as an .ics, written to a file or to stdout, read back with node-ical. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTerminalDatabase } from '../helpers/calendar.js';
import { readEvents } from '../helpers/ics.js';

const { meetings, file: tempFile } = useTerminalDatabase();

describe('npx meetings export', () => {
  it('without a file writes the calendar alone to stdout', async () => {
    const run = await meetings(['export', '--ics']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(readEvents(run.stdout)).toHaveLength(6);
    expect((await meetings(['export'])).stdout).toBe(run.stdout);
  });

  it('--ics FILE writes the file and says so, in Arabic with --lang ar', async () => {
    const file = tempFile('jeffrey.ics');
    const run = await meetings(['export', '--participant', 'james jeffrey', '--ics', file, '--lang', 'ar']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(`📅 ٣ اجتماعات في ${file}: افتح الملف بـOutlook أو تقويم Google أو تقويم Apple.\n`);
    const events = readEvents(readFileSync(file, 'utf8'));
    expect(events.map((e) => e.summary)).toContain('اجتماع جيفري مع كبار مسؤولي الاتحاد الأوروبي');
    expect(events).toHaveLength(3);
  });

  it('--from and --to take days, --ics may come before them', async () => {
    const run = await meetings(['export', '--ics', '--from', '2020-01-29', '--to', '2020-01-29']);
    expect(readEvents(run.stdout).map((e) => e.days)).toEqual([
      { first: '2020-01-29', afterLast: '2020-01-30' },
      { first: '2020-01-29', afterLast: '2020-01-30' },
    ]);
  });

  it.each([
    [['export', '--from', 'someday'], /"someday"/],
    [['export', '--from', '2020-02-01', '--to', '2020-01-01'], /before it begins|ends/],
    [['export', '--place', 'Atlantis'], /Atlantis/],
    [['export', '--from', '2031-01-01'], /nothing to export/],
    [['export', '--json'], /--json goes with --ics FILE/],
    [['export', '--ics', '/nonexistent-folder/x.ics'], /cannot write \/nonexistent-folder\/x\.ics/],
    [['upcoming', '--ics', 'x.ics'], /--ics goes with export/],
  ])('refuses %j on stderr with exit 2, writing nothing to stdout', async (args, says) => {
    const run = await meetings(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(says);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
