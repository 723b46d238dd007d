/**
 * Shared setup for the calendar tests: a fresh calendar (in memory or in a temp file), the
 * seed file itself, meeting drafts, and small readers of listings.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll } from 'vitest';
import { openDatabase, type Db } from '../../db/connection.js';
import type { SeedFile } from '../../db/seed/load-seed.js';
import type { CalendarScope, Listing } from '../../src/calendar/queries.js';
import type { Meeting, MeetingDraft } from '../../src/calendar/types.js';
import { Calendars } from '../../src/app.js';
import { fixedClock } from '../../src/clock.js';
import type { CommandContext } from '../../commands/command.js';
import { runCli } from '../../src/cli/main.js';
import { localActor, makeContext } from '../../src/handlers/context.js';
import { renderText } from '../../src/replies/render-text.js';
import type { Locale } from '../../src/i18n/index.js';
import { terminalPresenter } from '../../src/replies/presenter.js';
import type { Reply } from '../../src/replies/reply.js';

/** The instant of the acceptance test: a Sunday before the seed article's week. */
export const ACCEPTANCE_NOW = Date.parse('2020-01-26T12:00:00Z');

export interface TestCalendar {
  db: Db;
  calendars: Calendars;
  /** The terminal's calendar ('local'). */
  scope: CalendarScope;
  close(): void;
}

/** A database with the local calendar opened (seeded unless `seed: false`). */
export function openTestCalendar(
  options: { seed?: boolean; timezone?: string; path?: string; now?: number } = {},
): TestCalendar {
  const db = openDatabase(options.path ?? ':memory:');
  const calendars = new Calendars(db, fixedClock(options.now ?? ACCEPTANCE_NOW), {
    seed: options.seed ?? true,
    timezone: options.timezone ?? 'UTC',
  });
  return { db, calendars, scope: calendars.local(), close: () => db.close() };
}

/** Runs `use` on a calendar of its own (see openTestCalendar), closed afterwards. */
export function withTestCalendar<T>(
  options: Parameters<typeof openTestCalendar>[0],
  use: (calendar: TestCalendar) => T,
): T {
  const calendar = openTestCalendar(options);
  try {
    return use(calendar);
  } finally {
    calendar.close();
  }
}

/** A temporary directory, removed by the returned `remove`. */
export function tempDir(prefix = 'diwan-test-'): { path: string; file(name: string): string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, file: (name) => join(path, name), remove: () => rmSync(path, { recursive: true, force: true }) };
}

export type { SeedFile };
export type SeedMeeting = SeedFile['meetings'][number];

/** db/seed/meetings.json as it is on disk: tests compare with it, not with copies. */
export function seedFile(): SeedFile {
  return JSON.parse(readFileSync(new URL('../../db/seed/meetings.json', import.meta.url), 'utf8')) as SeedFile;
}

/** The seed article's text. */
export function seedArticle(): string {
  return readFileSync(new URL(`../../db/seed/${seedFile().source.file}`, import.meta.url), 'utf8');
}

/** The seed meeting with this key. */
export function seedMeeting(key: string): SeedMeeting {
  const found = seedFile().meetings.find((m) => m.key === key);
  if (!found) throw new Error(`no seed meeting ${key}`);
  return found;
}

/** A meeting draft: a day-only scheduled meeting in UTC unless told otherwise. */
export function meetingDraft(overrides: Partial<MeetingDraft> & { title: string }): MeetingDraft {
  return {
    titleAr: null,
    precision: 'day',
    date: '2020-06-01',
    timezone: 'UTC',
    place: { name: null, nameAr: null, country: null },
    status: 'scheduled',
    evidence: null,
    participants: [],
    ...overrides,
  };
}

/** Adds meetings to a calendar; returns their numbers. */
export function addMeetings(scope: CalendarScope, ...drafts: MeetingDraft[]): number[] {
  return scope.store.addMeetings(drafts, { now: ACCEPTANCE_NOW });
}

/** Adds one meeting and returns it as stored. */
export function addMeeting(scope: CalendarScope, draft: MeetingDraft): Meeting {
  const [id] = addMeetings(scope, draft);
  return scope.store.meeting(id!);
}

/** The titles of a listing's meetings, in order. */
export function titles(listing: Listing | { meetings: Meeting[] }): (string | null)[] {
  return listing.meetings.map((m) => m.title);
}

/** The places (Latin names) of a listing's meetings, in order. */
export function places(listing: Listing | { meetings: Meeting[] }): (string | null)[] {
  return listing.meetings.map((m) => m.place.name);
}

/** What a handler is given: this calendar, a clock stopped at `now`, the terminal's plain text. */
export function handlerContext(
  scope: CalendarScope,
  now = ACCEPTANCE_NOW,
  locale: Locale = 'en',
  pageSize?: number,
): CommandContext {
  return makeContext({
    scope,
    clock: fixedClock(now),
    actor: localActor('test'),
    locale,
    present: terminalPresenter,
    pageSize,
  });
}

/** A reply as the terminal prints it. */
export function replyText(reply: Reply): string {
  return renderText(reply);
}

/** A stream that keeps what is written to it. */
export class TextSink extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.text += chunk.toString();
    done();
  }
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `npx meetings args…` run in this process on a database of the describe block's own, in a
 * temporary folder made before its tests and removed after them.
 */
export function useTerminalDatabase(): { meetings(args: string[]): Promise<CliRun>; file(name: string): string } {
  let dir: ReturnType<typeof tempDir> | undefined;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => dir?.remove());
  const file = (name: string) => dir!.file(name);
  return { meetings: (args) => runMeetings(args, file('diwan.sqlite')), file };
}

/** Runs the terminal front-end in this process, on the database at `databasePath`. */
export async function runMeetings(args: string[], databasePath: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const stdout = new TextSink();
  const stderr = new TextSink();
  const code = await runCli(args, {
    stdout,
    stderr,
    stdin: new PassThrough(),
    env: { DATABASE_PATH: databasePath, ...env },
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
