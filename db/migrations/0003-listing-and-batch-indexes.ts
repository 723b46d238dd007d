import type { Migration } from './migration.js';

/**
 * The meetings' listing order, indexed: a page of a window (`/meetings upcoming`, autocomplete)
 * is read in order with a LIMIT instead of loading and sorting every meeting of the window.
 * The key is what `listingOrder` sorts by (src/calendar/meeting-time.ts): the start, or for a
 * week or a month the end. And reminders by batch, for recording what Discord answered: without
 * it every sent message scanned the whole reminders table.
 */
export const listingAndBatchIndexes: Migration = {
  version: 3,
  name: 'listing-and-batch-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX meetings_by_listing ON meetings(
        calendar_id, span_class, (CASE WHEN precision IN ('week', 'month') THEN ends_at - 1 ELSE starts_at END), id,
        starts_at, ends_at, precision);
      CREATE INDEX reminders_by_batch ON reminders(batch) WHERE batch IS NOT NULL;
    `);
  },
};
