/**
 * The calendar figures on one synthetic calendar: `/meetings upcoming`, participant search,
 * autocomplete and the reminder beat, each beside the bare better-sqlite3 query it rests on.
 */
import { CalendarRepository } from '../db/calendar-repository.js';
import { ReminderRepository } from '../db/reminder-repository.js';
import { SPAN_CLASSES } from '../src/calendar/meeting-time.js';
import { meetingsOfParticipant, resolveParticipants, type CalendarScope } from '../src/calendar/queries.js';
import type { Clock } from '../src/clock.js';
import { participantChoices } from '../src/handlers/autocomplete.js';
import { makeContext } from '../src/handlers/context.js';
import { listMeetings } from '../src/handlers/meetings.js';
import { silentLogger } from '../src/logger.js';
import { nameKey } from '../src/names/normalize.js';
import type { ReminderSender } from '../src/reminders/deliver.js';
import { ReminderScheduler } from '../src/reminders/scheduler.js';
import { discordPresenter } from '../src/replies/presenter.js';
import type { SyntheticCalendar } from './generate.js';
import { variantSpelling } from './names.js';
import { latencyFigure, timeAsync, timeSync, type Figure } from './measure.js';

const DAY_MS = 86_400_000;
const DUE_BACKLOG = 10_000;

/** A clock the bench moves between runs. */
class BenchClock implements Clock {
  constructor(public at: number) {}
  now(): number {
    return this.at;
  }
}

/** A sender whose every message goes out at once: the beat's own cost, without Discord. */
const instantSender: ReminderSender = {
  ready: () => true,
  send: () => Promise.resolve('1'),
};

export async function calendarFigures(calendar: SyntheticCalendar, log: (line: string) => void): Promise<Figure[]> {
  const { db, calendarId, size } = calendar;
  const figures: Figure[] = [];
  const repository = new CalendarRepository(db);
  const reminders = new ReminderRepository(db);
  const store = repository.forCalendar(calendarId);
  const scope: CalendarScope = { store, calendar: store.calendarRef() };
  const clock = new BenchClock(calendar.now);
  const ctx = makeContext({
    scope,
    clock,
    actor: { userId: '900000000000000009', permissions: 0n },
    locale: 'en',
    present: discordPresenter,
    reminders: { store: reminders, sender: instantSender },
  });
  // Windows start at 50 different hours of the coming weeks.
  const windowStart = (i: number) => calendar.now + (i % 50) * 7 * 3_600_000;

  // ---- upcoming -----------------------------------------------------------------------------
  // The same rows, bare: the window counted in every span class (one index range each, in one
  // statement) and its first 10 timed meetings by start.
  const bareCount = db.prepare(`
    SELECT ${SPAN_CLASSES.map(
      (c, k) => `(SELECT count(*) FROM meetings WHERE calendar_id = @calendarId AND span_class = ${k}
        AND starts_at > @from - ${c.longestMs} AND starts_at < @to AND ends_at > @from)`,
    ).join(' + ')} AS n`);
  const barePage = db.prepare(`
    SELECT id, title, title_ar, precision, start_date, start_time, starts_at, ends_at, timezone, place_id, status
    FROM meetings WHERE calendar_id = ? AND span_class = 0 AND starts_at > ? AND starts_at < ? AND ends_at > ?
    ORDER BY starts_at LIMIT 10`);
  // The Discord path: the embed and its buttons (the JSON, every participant, is for --json alone).
  const upcoming = timeSync((i) => {
    clock.at = windowStart(i);
    listMeetings(ctx, { kind: 'upcoming', days: 7 });
  });
  const shown = (listMeetings(ctx, { kind: 'upcoming', days: 7 }).json!() as { total: number }).total;
  const upcomingBase = timeSync((i) => {
    const from = windowStart(i);
    const to = from + 7 * DAY_MS;
    bareCount.get({ calendarId, from, to });
    barePage.all(calendarId, from - SPAN_CLASSES[0]!.longestMs, to, from);
  });
  clock.at = calendar.now;
  figures.push(
    latencyFigure(
      'upcoming',
      size,
      upcoming,
      upcomingBase,
      'the window counted in every span class + its first 10 rows, bare',
      `${shown} meetings in the window`,
    ),
  );
  log(`  ${size}: upcoming p50 ${upcoming.p50.toFixed(3)} ms (${shown} in window)`);

  // ---- participant search ---------------------------------------------------------------------
  const exact = db.prepare('SELECT participant_id FROM participant_keys WHERE calendar_id = ? AND key = ?');
  const probes = calendar.probes;
  const latinTyped = probes.map((p) => variantSpelling(p.name, 'latin'));
  const arabicTyped = probes.map((p) => variantSpelling(p.nameAr, 'arabic'));
  const latinKeys = probes.map((p) => nameKey(p.name));
  const arabicKeys = probes.map((p) => nameKey(p.nameAr));
  for (const [i, typed] of [...latinTyped, ...arabicTyped].entries()) {
    const found = resolveParticipants(scope, typed);
    const probe = probes[i % probes.length]!;
    if (!found.some((p) => p.id === probe.id)) throw new Error(`"${typed}" did not find participant #${probe.id}`);
  }
  const exactLatin = timeSync((i) => exact.all(calendarId, latinKeys[i % probes.length]!));
  const exactArabic = timeSync((i) => exact.all(calendarId, arabicKeys[i % probes.length]!));
  const latin = timeSync((i) => resolveParticipants(scope, latinTyped[i % probes.length]!));
  const arabic = timeSync((i) => resolveParticipants(scope, arabicTyped[i % probes.length]!));
  figures.push(
    latencyFigure(
      'participant (Latin variant)',
      size,
      latin,
      exactLatin,
      'exact key lookup in participant_keys',
      `typed e.g. "${latinTyped[0]}"`,
    ),
    latencyFigure(
      'participant (Arabic variant)',
      size,
      arabic,
      exactArabic,
      'exact key lookup in participant_keys',
      `typed e.g. "${arabicTyped[0]}"`,
    ),
  );
  const meetingCounts = probes.map((p) => p.meetings).sort((a, b) => a - b);
  const ofParticipant = timeSync((i) =>
    meetingsOfParticipant(scope, (i % 2 ? arabicTyped : latinTyped)[Math.floor(i / 2) % probes.length]!),
  );
  const bareOfParticipant = db.prepare(`
    SELECT m.id, m.title, m.starts_at FROM meeting_participants mp JOIN meetings m ON m.id = mp.meeting_id
    WHERE mp.participant_id = ? ORDER BY m.starts_at LIMIT 10`);
  const ofParticipantBase = timeSync((i) => {
    const keys = i % 2 ? arabicKeys : latinKeys;
    const [hit] = exact.all(calendarId, keys[Math.floor(i / 2) % probes.length]!) as { participant_id: number }[];
    bareOfParticipant.all(hit!.participant_id);
  });
  figures.push(
    latencyFigure(
      'participant meetings (page 1)',
      size,
      ofParticipant,
      ofParticipantBase,
      'exact lookup + first 10 meetings, bare',
      `meetings per probed participant: median ${meetingCounts[32]}, max ${meetingCounts.at(-1)}`,
    ),
  );
  log(
    `  ${size}: participant p50 ${latin.p50.toFixed(3)} / ${arabic.p50.toFixed(3)} ms, meetings ${ofParticipant.p50.toFixed(3)} ms`,
  );

  // ---- autocomplete ---------------------------------------------------------------------------
  const prefixes = probes.flatMap((p) => [p.name.slice(0, 3), p.nameAr.slice(0, 3)]);
  const choices = timeSync((i) => participantChoices(scope, prefixes[i % prefixes.length]!, 'en'));
  const choiceCount = participantChoices(scope, prefixes[0]!, 'en').length;
  const exactBoth = timeSync((i) =>
    exact.all(calendarId, (i % 2 ? arabicKeys : latinKeys)[Math.floor(i / 2) % probes.length]!),
  );
  figures.push(
    latencyFigure(
      'autocomplete (3-letter prefix)',
      size,
      choices,
      exactBoth,
      'exact key lookup in participant_keys',
      `${choiceCount} choices for "${prefixes[0]}"`,
    ),
  );

  // ---- the reminder beat ----------------------------------------------------------------------
  const scheduler = new ReminderScheduler({
    calendars: repository,
    reminders,
    clock,
    sender: instantSender,
    present: discordPresenter,
    logger: silentLogger,
    localeOf: () => 'en',
  });
  const bareDue = db.prepare(`
    SELECT id, meeting_id, channel_id, kind, due_at FROM reminders
    WHERE status IN ('pending', 'sending') AND due_at <= ? ORDER BY due_at LIMIT ${DUE_BACKLOG}`);
  clock.at = calendar.now;
  const idle = await timeAsync(() => scheduler.beat(), { warmup: 20, minRuns: 300 });
  const idleBase = timeSync(() => bareDue.all(calendar.now));
  const idleReport = await scheduler.beat();
  if (idleReport.sent !== 0 || !idleReport.leader) throw new Error(`an idle beat sent ${idleReport.sent}`);
  figures.push(latencyFigure('beat, 0 due', size, idle, idleBase, 'bare due SELECT on reminders_due (0 rows)'));

  // 10k due: the first 10k pending reminders are made due (a backlog after an outage), the
  // beat claims, renders and "sends" them, and they are put back untimed for the next run.
  const backlog = db
    .prepare(
      `SELECT id, due_at AS dueAt FROM reminders WHERE status = 'pending' AND due_at >= ? ORDER BY due_at, id LIMIT ?`,
    )
    .all(calendar.now, DUE_BACKLOG) as { id: number; dueAt: number }[];
  if (backlog.length < DUE_BACKLOG) throw new Error(`only ${backlog.length} pending reminders to make due`);
  const makeDue = db.prepare('UPDATE reminders SET due_at = ? WHERE id = ?');
  const restore = db.prepare(`
    UPDATE reminders SET status = 'pending', due_at = ?, attempts = 0, batch = NULL, message_id = NULL, late = 0,
      last_error = NULL, next_attempt_at = NULL WHERE id = ?`);
  const dueAt = calendar.now - 60_000;
  const setDue = db.transaction(() => {
    for (const row of backlog) makeDue.run(dueAt, row.id);
  });
  const putBack = db.transaction(() => {
    for (const row of backlog) restore.run(row.dueAt, row.id);
  });
  let sent = 0;
  let dirty = false;
  const busy = await timeAsync(
    async () => {
      sent = (await scheduler.beat()).sent;
    },
    {
      warmup: 1,
      minRuns: 5,
      maxRuns: 10,
      budgetMs: 0,
      setup: () => {
        if (dirty) putBack();
        setDue();
        dirty = true;
      },
    },
  );
  putBack();
  if (sent !== DUE_BACKLOG) throw new Error(`the busy beat sent ${sent} of ${DUE_BACKLOG}`);
  setDue();
  const busyBase = timeSync(() => bareDue.all(calendar.now), { warmup: 2, minRuns: 10, maxRuns: 20, budgetMs: 0 });
  putBack();
  figures.push(latencyFigure('beat, 10k due', size, busy, busyBase, 'bare due SELECT on reminders_due (10k rows)'));
  await scheduler.stop();
  log(`  ${size}: beat idle p50 ${idle.p50.toFixed(3)} ms, 10k due p50 ${busy.p50.toFixed(1)} ms`);
  return figures;
}
