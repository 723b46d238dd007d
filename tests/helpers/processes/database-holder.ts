/**
 * A process that keeps the database open, as a running bot does (tests of what happens
 * around it): opens it, makes and seeds the terminal's calendar, says "ready", then waits
 * until it is killed. Usage: database-holder.ts DATABASE_PATH
 */
import { createApp } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';

const app = createApp(loadConfig({ DATABASE_PATH: process.argv[2]! }));
app.calendars.local();
process.stdout.write('ready\n');
// The interval keeps the connection referenced: a collected one would be closed.
setInterval(() => app.db.open, 1_000);
