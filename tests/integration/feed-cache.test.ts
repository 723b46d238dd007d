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
const summaries = () => readEvents(feed().text).map((e) => e.summary);

describe('a kept feed', () => {
  it('is the same while nothing changes', () => {
    addMeeting(calendar.scope, meetingDraft({ title: 'Talks' }));
    expect(feed()).toBe(feed());
  });

  it('follows every change a subscriber would see', () => {
    const draft = meetingDraft({ title: 'Talks', precision: 'minute', time: '10:00', timezone: null });
    const talks = addMeeting(calendar.scope, draft);
    const seen = [feed().etag];
    const changed = (what: string) => {
      const etag = feed().etag;
      expect(seen, what).not.toContain(etag);
      seen.push(etag);
    };

    addMeeting(calendar.scope, meetingDraft({ title: 'Second' }));
    changed('a meeting added');
    expect(summaries().sort()).toEqual(['Second', 'Talks']);
    updateMeeting(calendar.scope, talks.number, { ...draft, time: '11:00' }, 1);
    changed('a meeting moved');
    setMeetingStatus(calendar.scope, talks.number, 'cancelled', 2);
    changed('a meeting cancelled');
    setCalendarZone(calendar.scope, 'Asia/Damascus');
    changed('the calendar zone');
    expect(readEvents(feed().text).find((e) => e.summary === 'Talks')!.tz).toBe('Asia/Damascus');
    setCalendarLocale(calendar.scope, 'ar');
    changed('the language');
    deleteMeeting(calendar.scope, talks.number);
    changed('a meeting deleted');
    expect(summaries()).toEqual(['Second']);
  });

  it('shows a participant name another meeting filled in', () => {
    addMeetings(
      calendar.scope,
      meetingDraft({ title: 'First', participants: [{ name: 'Geir Pedersen', nameAr: null, kind: 'person' }] }),
    );
    expect(feed().text).not.toContain('بيدرسون');
    addMeetings(
      calendar.scope,
      meetingDraft({
        title: 'Second',
        participants: [{ name: 'Geir Pedersen', nameAr: 'غير بيدرسون', kind: 'person' }],
      }),
    );
    const first = readEvents(feed().text).find((e) => e.summary === 'First')!;
    expect(first.description).toContain('Geir Pedersen · غير بيدرسون');
  });

  it('opens nothing for a token of no calendar', () => {
    expect(feeds.feedOf('x'.repeat(43))).toBeNull();
  });
});
