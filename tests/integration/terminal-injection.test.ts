/**
 * Text from articles and people never drives the operator's terminal: escape sequences are
 * stripped from what the terminal prints, and a title made only of invisible or
 * direction-override characters is refused.
 */
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { addMeeting, meetingDraft, openTestCalendar, runMeetings, tempDir } from '../helpers/calendar.js';

const SET_TITLE = '\u001b]0;pwned\u0007';
const CLEAR = '\u001b[2J\u001b[H';
const CSI_8BIT = '\u009b31m';
/** Whatever could reach a terminal as a control: C0 but line break and tab, DEL, C1. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

describe('printing outside text in a terminal', () => {
  it('meetings extract prints an article with escape sequences without any control character', async () => {
    const file = dir.file('hostile.txt');
    writeFileSync(
      file,
      `UN envoy Geir Pedersen ${SET_TITLE}will visit Damascus${CLEAR} on January 30 to meet the foreign minister${CSI_8BIT}.`,
    );
    for (const json of [[], ['--json']]) {
      const run = await runMeetings(['extract', file, '--published', '2020-01-28', ...json], dir.file('d.sqlite'));
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain('Damascus');
      expect(run.stdout).not.toMatch(CONTROL);
    }
  });

  it('meetings show prints a stored title with escape sequences without them', async () => {
    const path = dir.file('d.sqlite');
    const calendar = openTestCalendar({ path, seed: false });
    const meeting = addMeeting(calendar.scope, meetingDraft({ title: `Talks${SET_TITLE}${CLEAR} in Geneva` }));
    calendar.close();
    const run = await runMeetings(['show', String(meeting.number)], path);
    expect(run.stdout).toContain('Talks]0;pwned[2J[H in Geneva');
    expect(run.stdout).not.toMatch(CONTROL);
  });
});

describe('a title that shows nothing', () => {
  it.each([
    ['direction overrides', '\u202e\u202d'],
    ['zero-width characters', '\u200b\u200c\u200d\ufeff'],
    ['isolates and a control', '\u2066\u2069\u0007'],
    ['a Hangul filler', '\u3164'],
  ])('made only of %s is refused', (_name, title) => {
    const calendar = openTestCalendar({ seed: false });
    try {
      expect(() => calendar.scope.store.addMeetings([meetingDraft({ title })], { now: 0 })).toThrow(UserError);
      expect(calendar.scope.store.countMeetings()).toBe(0);
    } finally {
      calendar.close();
    }
  });

  it('an Arabic title with a direction mark in it is kept', () => {
    const calendar = openTestCalendar({ seed: false });
    try {
      const meeting = addMeeting(calendar.scope, meetingDraft({ title: '\u200fاجتماع جنيف' }));
      expect(meeting.title).toBe('\u200fاجتماع جنيف');
    } finally {
      calendar.close();
    }
  });
});
