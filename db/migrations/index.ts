import type { Migration } from './migration.js';
import { calendar } from './0001-calendar.js';
import { reminders } from './0002-reminders.js';
import { listingAndBatchIndexes } from './0003-listing-and-batch-indexes.js';
import { meetingNumbers } from './0004-meeting-numbers.js';
import { narrowSpanClasses } from './0005-narrow-span-classes.js';
import { articleImports } from './0006-article-imports.js';
import { handledInteractions } from './0007-handled-interactions.js';
import { calendarFeeds } from './0008-calendar-feeds.js';
import { scheduledEvents } from './0009-scheduled-events.js';
import { weeklyDigest } from './0010-weekly-digest.js';
import { weekStart } from './0011-week-start.js';
import { newsFeeds } from './0012-news-feeds.js';
import { dateStyle } from './0013-date-style.js';
import { following } from './0014-following.js';

/** Every migration, in order. Append only: a released migration never changes. */
export const MIGRATIONS: readonly Migration[] = [
  calendar,
  reminders,
  listingAndBatchIndexes,
  meetingNumbers,
  narrowSpanClasses,
  articleImports,
  handledInteractions,
  calendarFeeds,
  scheduledEvents,
  weeklyDigest,
  weekStart,
  newsFeeds,
  dateStyle,
  following,
];
