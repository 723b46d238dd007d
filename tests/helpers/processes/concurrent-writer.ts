/**
 * A second process writing to the same database (tests/integration/concurrent-writers.test.ts):
 * from the instant `startAt` for `forMs`, adds meetings one transaction at a time and plans
 * their reminders, as an import and the reminder beat do. Prints what it did as JSON.
 * Usage: concurrent-writer.ts DATABASE_PATH NAME START_AT_MS FOR_MS
 */
import { openDatabase } from '../../../db/connection.js';
import { ReminderRepository } from '../../../db/reminder-repository.js';
import { Calendars } from '../../../src/app.js';
import { systemClock } from '../../../src/clock.js';

const [path, name, startAt, forMs] = process.argv.slice(2);
const db = openDatabase(path!);
const scope = new Calendars(db, systemClock, { seed: false, timezone: 'UTC' }).local();
const reminders = new ReminderRepository(db);
const result = { name, added: 0, failures: [] as string[] };
while (Date.now() < Number(startAt)) {
  // Both writers begin at the same instant.
}
const end = Number(startAt) + Number(forMs);
for (let i = 0; Date.now() < end; i++) {
  try {
    scope.store.addMeetings(
      [
        {
          title: `${name} meeting ${i}`,
          titleAr: null,
          precision: 'day',
          date: '2030-06-01',
          timezone: 'UTC',
          place: { name: `${name} hall`, nameAr: null, country: null },
          status: 'scheduled',
          evidence: null,
          participants: [{ name: `${name} envoy ${i}`, nameAr: null, kind: 'person', role: null }],
        },
      ],
      { now: Date.now() },
    );
    result.added++;
    reminders.planChanges(Date.now());
  } catch (error) {
    result.failures.push(error instanceof Error ? error.message : String(error));
  }
}
db.close();
process.stdout.write(JSON.stringify(result));
