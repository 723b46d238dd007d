/**
 * A feed made once and kept while its calendar stays the same: every change a subscriber would
 * see (a meeting added, moved, cancelled, deleted, a language, a zone, a name filled in by a
 * later article) gives a new feed at once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedTokens } from '../../db/feed-tokens.js';
import {
  deleteMeeting,
  setCalendarLocale,
  setCalendarZone,
  setMeetingStatus,
  updateMeeting,
} from '../../src/calendar/changes.js';
import { FeedCache } from '../../src/ical/feed.js';
import { etagOf } from '../../src/ical/feed-server.js';
import { addMeeting, addMeetings, meetingDraft, openTestCalendar, type TestCalendar } from '../helpers/calendar.js';
import { readEvents } from '../helpers/ics.js';

let calendar: TestCalendar;
let feeds: FeedCache;
let token: string;
beforeEach(() => {
  calendar = openTestCalendar({ seed: false });
  const tokens = new FeedTokens(calendar.db);
  feeds = new FeedCache({
    tokens,
    storeOf: (id) => calendar.calendars.repository.forCalendar(id),
    versionOf: (id) => tokens.calendarVersion(id),
  });
  token = tokens.tokenFor(calendar.scope.calendar.id, 0);
});
afterEach(() => calendar.close());

const feed = () => feeds.feedOf(token)!;
/** The feed's text, as a calendar program reads it. */
const feedText = async () => (await feed()).data.toString('utf8');
const summaries = async () => readEvents(await feedText()).map((e) => e.summary);

describe('a kept feed', () => {
  it('is the same while nothing changes, and one feed being made serves every request meanwhile', async () => {
    addMeeting(calendar.scope, meetingDraft({ title: 'Talks' }));
    const [first, second] = [feed(), feed()];
    expect(first).toBe(second);
    expect(await feed()).toBe(await first);
  });

  it('is made a page at a time: the event loop runs while a large feed is made', async () => {
    addMeetings(
      calendar.scope,
      ...Array.from({ length: 1_200 }, (_, i) => meetingDraft({ title: `Meeting ${i + 1}` })),
    );
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    try {
      const made = await feed();
      expect(turns).toBeGreaterThan(0);
      expect(readEvents(made.data.toString('utf8'))).toHaveLength(1_200);
      // Encoded and hashed a part at a time: the ETag is the hash of the whole feed.
      expect(made.etag).toBe(etagOf(made.data));
    } finally {
      clearInterval(ticking);
    }
  });

  it('follows every change a subscriber would see', async () => {
    const draft = meetingDraft({ title: 'Talks', precision: 'minute', time: '10:00', timezone: null });
    const talks = addMeeting(calendar.scope, draft);
    const seen = [(await feed()).etag];
    const changed = async (what: string) => {
      const etag = (await feed()).etag;
      expect(seen, what).not.toContain(etag);
      seen.push(etag);
    };

    addMeeting(calendar.scope, meetingDraft({ title: 'Second' }));
    await changed('a meeting added');
    expect((await summaries()).sort()).toEqual(['Second', 'Talks']);
    updateMeeting(calendar.scope, talks.number, { ...draft, time: '11:00' }, 1);
    await changed('a meeting moved');
    setMeetingStatus(calendar.scope, talks.number, 'cancelled', 2);
    await changed('a meeting cancelled');
    setCalendarZone(calendar.scope, 'Asia/Damascus');
    await changed('the calendar zone');
    expect(readEvents(await feedText()).find((e) => e.summary === 'Talks')!.tz).toBe('Asia/Damascus');
    setCalendarLocale(calendar.scope, 'ar');
    await changed('the language');
    deleteMeeting(calendar.scope, talks.number);
    await changed('a meeting deleted');
    expect(await summaries()).toEqual(['Second']);
  });

  it('shows a participant name another meeting filled in', async () => {
    addMeetings(
      calendar.scope,
      meetingDraft({ title: 'First', participants: [{ name: 'Geir Pedersen', nameAr: null, kind: 'person' }] }),
    );
    expect(await feedText()).not.toContain('بيدرسون');
    addMeetings(
      calendar.scope,
      meetingDraft({
        title: 'Second',
        participants: [{ name: 'Geir Pedersen', nameAr: 'غير بيدرسون', kind: 'person' }],
      }),
    );
    const first = readEvents(await feedText()).find((e) => e.summary === 'First')!;
    expect(first.description).toContain('Geir Pedersen · غير بيدرسون');
  });

  it('opens nothing for a token of no calendar', () => {
    expect(feeds.feedOf('x'.repeat(43))).toBeNull();
  });
});
