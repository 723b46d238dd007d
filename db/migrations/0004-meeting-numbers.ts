import type { Migration } from './migration.js';

/**
 * Meetings numbered within their calendar (#1, #2 … in each server). The row ids were shared
 * by every server, so a server could tell from the numbers it saw how many meetings the
 * others were adding. The row id stays the key inside the database; people see the number.
 * A number is never given twice in a calendar, even after its meeting is deleted: an old
 * message that says #7 never comes to mean another meeting.
 */
export const meetingNumbers: Migration = {
  version: 4,
  name: 'meeting-numbers',
  up(db) {
    db.exec(`
      ALTER TABLE calendars ADD COLUMN last_meeting_number INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE meetings ADD COLUMN number INTEGER NOT NULL DEFAULT 0;
      UPDATE meetings SET number = numbered.n
        FROM (SELECT id, row_number() OVER (PARTITION BY calendar_id ORDER BY id) AS n FROM meetings) AS numbered
        WHERE numbered.id = meetings.id;
      UPDATE calendars SET last_meeting_number = (SELECT COALESCE(MAX(number), 0) FROM meetings WHERE calendar_id = calendars.id);
      CREATE UNIQUE INDEX meetings_by_number ON meetings(calendar_id, number);
    `);
  },
};
