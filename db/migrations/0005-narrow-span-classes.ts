import type { Migration } from './migration.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Narrower span classes (SPAN_CLASSES in src/calendar/meeting-time.ts, as they were written
 * here): dated meetings of up to 4 hours, 25 hours, 8 days, 32 days and longer (0-4), weeks
 * and months apart (5-7, listed by their end). A window then looks back 4 hours for a timed
 * meeting instead of two days, and a page of weeks and months starts at the window.
 */
export const narrowSpanClasses: Migration = {
  version: 5,
  name: 'narrow-span-classes',
  up(db) {
    db.exec(`
      UPDATE meetings SET span_class = CASE
        WHEN precision IN ('week', 'month') THEN CASE
          WHEN ends_at - starts_at <= ${8 * DAY} THEN 5
          WHEN ends_at - starts_at <= ${32 * DAY} THEN 6
          ELSE 7 END
        ELSE CASE
          WHEN ends_at - starts_at <= ${4 * HOUR} THEN 0
          WHEN ends_at - starts_at <= ${25 * HOUR} THEN 1
          WHEN ends_at - starts_at <= ${8 * DAY} THEN 2
          WHEN ends_at - starts_at <= ${32 * DAY} THEN 3
          ELSE 4 END
        END;
    `);
  },
};
