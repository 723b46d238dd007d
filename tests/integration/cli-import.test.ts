/**
 * `meetings extract` and `meetings import` in the terminal: the publication day they read an
 * article against is always said (on stderr when it was assumed), and what they found comes
 * with how sure the reader is.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { TWO_MEETINGS_ENGLISH } from '../helpers/articles.js';
import { runMeetings, tempDir } from '../helpers/calendar.js';

const dir = tempDir();
afterAll(() => dir.remove());
const article = dir.file('article.txt');
writeFileSync(article, TWO_MEETINGS_ENGLISH);
const AT = ['--at', '2020-01-28T12:00:00Z'];

describe('the publication day in the terminal', () => {
  it('extract without --published says on stderr which day it assumed, and the answer says it too', async () => {
    const run = await runMeetings(['extract', article, ...AT], dir.file('a.sqlite'));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('meetings: no --published given: read as published on 2020-01-28 (today)\n');
    expect(run.stdout).toContain('Read as published on Tuesday, 28 January 2020 (no day given: today was assumed');
    expect(run.stdout).toContain('Confidence: ⚠️ low');
  });

  it('extract with --published says nothing on stderr', async () => {
    const run = await runMeetings(['extract', article, '--published', '2020-01-27', ...AT], dir.file('b.sqlite'));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Read as published on Monday, 27 January 2020.');
  });

  it('import without --published says it on stderr, in Arabic with --lang ar', async () => {
    const run = await runMeetings(['import', article, ...AT, '--lang', 'ar'], dir.file('c.sqlite'));
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^meetings: لم يُعطَ .*--published: قُرئ على أنه منشور في 2020-01-28 \(اليوم\)\n$/);
  });

  it('extract --json carries each meeting’s confidence and evidence', async () => {
    const run = await runMeetings(
      ['extract', article, '--published', '2020-01-28', '--json', ...AT],
      dir.file('d.sqlite'),
    );
    const data = JSON.parse(run.stdout) as {
      meetings: { confidence: { level: string; doubts: string[] }; evidenceSpans: { what: string; text: string }[] }[];
    };
    expect(data.meetings.map((m) => m.confidence.level)).toEqual(['high', 'low']);
    expect(data.meetings[0]?.evidenceSpans).toContainEqual(
      expect.objectContaining({ what: 'date', text: 'on Monday' }),
    );
  });
});
