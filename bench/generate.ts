/**
 * Synthetic calendars for the bench: N meetings over 5 years and 300 places, 50k participants
 * with Arabic and Latin names, 2-12 participants a meeting, reminders planned for a channel.
 *
 * Rows are bulk-inserted with statements written here (the repository's per-meeting path
 * would take minutes at 1M), but they are the rows the repository writes: the same columns,
 * span classes, search keys (src/names/normalize.ts) and reminder rows (src/reminders/plan.ts).
 * Local instants come from a per-(day, zone) offset cache; a sample of every calendar is checked
 * against resolveMeetingTime and planReminders, and the build fails on any difference.
 */
import { utcOffsetMs } from '../src/time/zones.js';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CalendarRepository } from '../db/calendar-repository.js';
import { openDatabase, type Db } from '../db/connection.js';
import { ReminderRepository } from '../db/reminder-repository.js';
import { resolveMeetingTime, spanClassOf, type MeetingTime } from '../src/calendar/meeting-time.js';
import type { MeetingStatus, ParticipantKind, Precision } from '../src/calendar/types.js';
import { nameKey, searchKeys } from '../src/names/normalize.js';
import { DEFAULT_LEAD_MINUTES, planReminders } from '../src/reminders/plan.js';
import { monthOf, startOfWeek } from '../src/time/local-days.js';
import { generatePeople, generatePlaceNames, type GeneratedName } from './names.js';
import { Random } from './random.js';

const DAY_MS = 86_400_000;
const HALF_HOUR_MS = 1_800_000;
export const FIRST_DAY = '2023-01-01';
export const YEARS = 5;
/** "Now" of every figure: early in the 5 years, so most meetings (and reminders) lie ahead. */
export const BENCH_NOW = Date.parse('2024-01-15T10:00:00Z');
export const PARTICIPANTS = 50_000;
export const PLACES = 300;
export const GUILD_ID = '900000000000000001';
export const CHANNEL_ID = '900000000000000002';

const ZONES: readonly [zone: string, country: string][] = [
  ['Asia/Damascus', 'SY'],
  ['Asia/Beirut', 'LB'],
  ['Asia/Amman', 'JO'],
  ['Africa/Cairo', 'EG'],
  ['Asia/Riyadh', 'SA'],
  ['Asia/Dubai', 'AE'],
  ['Asia/Qatar', 'QA'],
  ['Asia/Muscat', 'OM'],
  ['Asia/Baghdad', 'IQ'],
  ['Asia/Tehran', 'IR'],
  ['Europe/Istanbul', 'TR'],
  ['Africa/Algiers', 'DZ'],
  ['Africa/Tunis', 'TN'],
  ['Africa/Casablanca', 'MA'],
  ['Africa/Tripoli', 'LY'],
  ['Asia/Jerusalem', 'IL'],
  ['Europe/Berlin', 'DE'],
  ['Europe/Paris', 'FR'],
  ['Europe/London', 'GB'],
  ['Europe/Moscow', 'RU'],
  ['Europe/Zurich', 'CH'],
  ['America/New_York', 'US'],
  ['Asia/Almaty', 'KZ'],
  ['Asia/Kolkata', 'IN'],
  ['Asia/Shanghai', 'CN'],
  ['Asia/Tokyo', 'JP'],
  ['Europe/Rome', 'IT'],
  ['Africa/Khartoum', 'SD'],
  ['Asia/Kuwait', 'KW'],
  ['Asia/Bahrain', 'BH'],
];
const KINDS: readonly { en: string; ar: string }[] = [
  { en: 'Talks', ar: 'محادثات' },
  { en: 'Meeting', ar: 'اجتماع' },
  { en: 'Summit', ar: 'قمة' },
  { en: 'Visit', ar: 'زيارة' },
  { en: 'Consultations', ar: 'مشاورات' },
];

export interface ProbeParticipant extends GeneratedName {
  id: number;
  /** How many meetings this participant is in. */
  meetings: number;
}

export interface SyntheticCalendar {
  size: number;
  path: string;
  db: Db;
  calendarId: number;
  now: number;
  buildMs: number;
  counts: Record<string, number>;
  /** Participants to search for, drawn at random (so from rare to frequent ones). */
  probes: ProbeParticipant[];
  /** Closes the database and deletes its folder. */
  remove(): void;
}

/** Days as YYYY-MM-DD, indexed from FIRST_DAY - 62 days (room for look-backs). */
class DayTable {
  private readonly base = Date.parse(`${FIRST_DAY}T00:00:00Z`) - 62 * DAY_MS;
  private readonly days: string[] = [];
  constructor(count: number) {
    for (let i = 0; i < count; i++) this.days.push(new Date(this.base + i * DAY_MS).toISOString().slice(0, 10));
  }
  day(index: number): string {
    return this.days[index]!;
  }
  index(day: string): number {
    return Math.round((Date.parse(`${day}T00:00:00Z`) - this.base) / DAY_MS);
  }
}

/**
 * localInstant (src/time/local-days.ts) with the same algorithm, over offsets read once per
 * zone and half hour through Intl (dayjs's tz is too slow for a million meetings). Every zone
 * here changes its clocks on a whole or half UTC hour, so an offset is constant within a half
 * hour. Sampled meetings are checked against the real functions.
 */
class LocalTimes {
  private readonly offsets = new Map<string, Map<number, number>>();

  private offsetAt(at: number, zone: string): number {
    const bucket = Math.floor(at / HALF_HOUR_MS);
    let zoneOffsets = this.offsets.get(zone);
    if (!zoneOffsets) this.offsets.set(zone, (zoneOffsets = new Map()));
    let offset = zoneOffsets.get(bucket);
    if (offset === undefined) {
      offset = utcOffsetMs(bucket * HALF_HOUR_MS, zone);
      zoneOffsets.set(bucket, offset);
    }
    return offset;
  }

  /** The instant of `minutes` after local midnight of `day` in `zone` (localInstant). */
  at(day: string, minutes: number, zone: string): number {
    const wall = Date.parse(`${day}T00:00:00Z`) + minutes * 60_000;
    const offsets = [
      ...new Set([this.offsetAt(wall - DAY_MS, zone), this.offsetAt(wall, zone), this.offsetAt(wall + DAY_MS, zone)]),
    ];
    const matching = offsets.map((offset) => wall - offset).filter((at) => at + this.offsetAt(at, zone) === wall);
    if (matching.length > 0) return Math.min(...matching);
    return wall - this.offsetAt(wall - DAY_MS, zone);
  }

  midnight(day: string, zone: string): number {
    return this.at(day, 0, zone);
  }
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Distinct indexes in [0, n), skewed towards the first (a few people meet far more often). */
function skewedPick(random: Random, n: number, count: number, into: number[]): number[] {
  into.length = 0;
  while (into.length < count) {
    const r = random.next();
    const index = Math.floor(r * r * n);
    if (!into.includes(index)) into.push(index);
  }
  return into;
}

/** A meeting row as the repository would write it: its resolved time and what else the row holds. */
interface MeetingRowBuild extends MeetingTime {
  id: number;
  precision: Precision;
  zone: string;
  timezone: string | null;
  status: MeetingStatus;
}

/** Builds a calendar of `size` meetings in a new temporary folder; `log` hears the progress. */
export function buildCalendar(size: number, log: (line: string) => void = () => undefined): SyntheticCalendar {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'diwan-bench-'));
  const path = join(dir, 'diwan.sqlite');
  const random = new Random(0x5eed + size);
  const now = BENCH_NOW;

  // The schema and the calendar the app's own way; then a raw connection for the bulk load.
  {
    const db = openDatabase(path);
    const calendars = new CalendarRepository(db);
    const calendar = calendars.calendar(`guild:${GUILD_ID}`, { guildId: GUILD_ID, timezone: 'UTC', now });
    new ReminderRepository(db).setChannel(calendar.id, CHANNEL_ID, now);
    db.exec('DELETE FROM meeting_changes');
    db.close();
  }
  const db = new Database(path);
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -262144');
  const calendarId = (db.prepare('SELECT id FROM calendars').get() as { id: number }).id;

  // Secondary indexes and the change triggers go while loading (one sorted build each afterwards
  // is far faster than 10M random inserts); they come back exactly as the migrations made them.
  const loadTables = [
    'meetings',
    'meeting_participants',
    'participant_keys',
    'place_keys',
    'reminders',
    'meeting_sources',
  ];
  const dropped = db
    .prepare(
      `SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND tbl_name IN (${loadTables.map(() => '?').join(',')})
       AND (type = 'index' OR (type = 'trigger' AND name LIKE 'meetings_changed_%'))`,
    )
    .all(...loadTables) as { type: string; name: string; sql: string }[];
  for (const { type, name } of dropped) db.exec(`DROP ${type.toUpperCase()} ${name}`);

  const days = new DayTable(YEARS * 366 + 140);
  const times = new LocalTimes();
  const firstIndex = days.index(FIRST_DAY);
  const dayCount = days.index(`${Number(FIRST_DAY.slice(0, 4)) + YEARS}${FIRST_DAY.slice(4)}`) - firstIndex;

  // ---- places and participants -----------------------------------------------------------
  const placeNames = generatePlaceNames(random, PLACES);
  const places = placeNames.map((p, i) => {
    const [zone, country] = ZONES[i % ZONES.length]!;
    return { id: i + 1, ...p, zone, country, key: nameKey(p.name), keyAr: nameKey(p.nameAr) };
  });
  const people = generatePeople(random, PARTICIPANTS).map((p, i) => ({
    ...p,
    id: i + 1,
    kind: (i % 40 === 39 ? 'organization' : 'person') as ParticipantKind,
    key: nameKey(p.name),
    keyAr: nameKey(p.nameAr),
    keyArWa: nameKey(`و${p.nameAr}`),
  }));

  const insertPlace = db.prepare(
    'INSERT INTO places (id, calendar_id, name, name_ar, country, timezone) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertPlaceKey = db.prepare(
    'INSERT INTO place_keys (calendar_id, key, place_id, whole) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET whole = MAX(whole, excluded.whole)',
  );
  const insertParticipant = db.prepare(
    'INSERT INTO participants (id, calendar_id, kind, name, name_ar, role) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertParticipantKey = db.prepare(
    'INSERT INTO participant_keys (calendar_id, key, participant_id, whole) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET whole = MAX(whole, excluded.whole)',
  );
  db.transaction(() => {
    for (const place of places) {
      insertPlace.run(place.id, calendarId, place.name, place.nameAr, place.country, place.zone);
      for (const name of [place.name, place.nameAr]) {
        for (const { key, whole } of searchKeys(name)) insertPlaceKey.run(calendarId, key, place.id, whole ? 1 : 0);
      }
    }
    for (const person of people) {
      insertParticipant.run(person.id, calendarId, person.kind, person.name, person.nameAr, person.role);
      for (const name of [person.name, person.nameAr]) {
        for (const { key, whole } of searchKeys(name))
          insertParticipantKey.run(calendarId, key, person.id, whole ? 1 : 0);
      }
    }
  })();
  log(`  ${size}: ${PLACES} places, ${PARTICIPANTS} participants`);

  // ---- meetings, their participants, sources and reminders ---------------------------------
  const insertMeeting = db.prepare(`
    INSERT INTO meetings (id, number, calendar_id, external_key, title, title_ar, precision, start_date, end_date, start_time,
      end_time, starts_at, ends_at, span_class, timezone, place_id, status, evidence, search_key, created_at, updated_at)
    VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertLink = db.prepare(
    'INSERT INTO meeting_participants (meeting_id, participant_id, position, role) VALUES (?, ?, ?, ?)',
  );
  const insertSource = db.prepare(`
    INSERT INTO sources (id, calendar_id, title, outlet, url, language, published, timezone, text, text_hash, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertMeetingSource = db.prepare(
    'INSERT INTO meeting_sources (meeting_id, source_id, evidence) VALUES (?, ?, ?)',
  );
  const insertReminder = db.prepare(`
    INSERT INTO reminders (calendar_id, meeting_id, channel_id, kind, planned_start, due_at, status, attempts, batch,
      message_id, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);

  // Meeting days, in order: meetings are added roughly as the news reports them.
  const meetingDays = Array.from({ length: size }, () => firstIndex + Math.floor(random.next() * dayCount)).sort(
    (a, b) => a - b,
  );
  const picked: number[] = [];
  const meetingCounts = new Uint32Array(PARTICIPANTS);
  const samples: MeetingRowBuild[] = [];
  const sampleEvery = Math.max(1, Math.floor(size / 300));
  let sourceId = 0;
  let reminders = 0;
  let links = 0;
  const BATCH = 50_000;

  for (let from = 0; from < size; from += BATCH) {
    db.transaction(() => {
      for (let i = from; i < Math.min(size, from + BATCH); i++) {
        const id = i + 1;
        const dayIndex = meetingDays[i]!;
        const place = random.chance(0.92) ? random.pick(places) : null;
        const zone = place?.zone ?? 'UTC';
        const r = random.next();
        const precision: Precision = r < 0.52 ? 'minute' : r < 0.94 ? 'day' : r < 0.975 ? 'week' : 'month';
        let date = days.day(dayIndex);
        let endDate = date;
        let time: string | null = null;
        let endTime: string | null = null;
        let startsAt: number;
        let endsAt: number;
        if (precision === 'minute') {
          const minutes = 8 * 60 + 15 * random.int(0, 47);
          time = clock(minutes);
          startsAt = times.at(date, minutes, zone);
          endsAt = startsAt + 60_000;
          if (random.chance(0.3)) {
            const end = Math.min(minutes + 60 * random.int(1, 3), 23 * 60);
            endTime = clock(end);
            endsAt = times.at(date, end, zone);
          }
        } else {
          if (precision === 'day' && random.chance(0.15)) endDate = days.day(dayIndex + random.int(1, 3));
          if (precision === 'week') {
            date = cachedWeekStart(date);
            endDate = days.day(days.index(date) + 6);
          } else if (precision === 'month') {
            ({ first: date, last: endDate } = cachedMonth(date));
          }
          startsAt = times.midnight(date, zone);
          endsAt = times.midnight(days.day(days.index(endDate) + 1), zone);
        }
        const spanClass = spanClassOf(precision, endsAt - startsAt);
        const future = startsAt >= now;
        const s = random.next();
        const status: MeetingStatus = future
          ? s < 0.85
            ? 'scheduled'
            : s < 0.95
              ? 'tentative'
              : 'cancelled'
          : s < 0.93
            ? 'held'
            : s < 0.97
              ? 'cancelled'
              : 'tentative';

        const who = skewedPick(random, PARTICIPANTS, random.int(2, 12), picked);
        const first = people[who[0]!]!;
        const second = people[who[1]!]!;
        const kind = random.pick(KINDS);
        const title = `${kind.en} between ${first.name} and ${second.name}${place ? ` in ${place.name}` : ''}`;
        const titleAr = `${kind.ar} بين ${first.nameAr} و${second.nameAr}${place ? ` في ${place.nameAr}` : ''}`;
        // nameKey of the whole titles, from the keys of their parts (checked on the sample).
        const searchKey = [
          `${nameKey(kind.en)} between ${first.key} and ${second.key}${place ? ` in ${place.key}` : ''}`,
          `${nameKey(kind.ar)} بين ${first.keyAr} ${second.keyArWa}${place ? ` في ${place.keyAr}` : ''}`,
        ].join(' | ');
        const evidence = random.chance(0.4) ? titleAr : null;
        // One calendar: a meeting's number in it is its row id.
        insertMeeting.run(
          id,
          id,
          calendarId,
          title,
          titleAr,
          precision,
          date,
          endDate,
          time,
          endTime,
          startsAt,
          endsAt,
          spanClass,
          place ? zone : null,
          place?.id ?? null,
          status,
          evidence,
          searchKey,
          now,
          now,
        );
        who.forEach((index, position) => {
          insertLink.run(id, index + 1, position, null);
          meetingCounts[index]! += 1;
        });
        links += who.length;

        // One article for every few meetings, cited by most of them.
        if (i % 10 === 0) {
          sourceId += 1;
          const text = `${titleAr}. ${title}. (${sourceId})`;
          insertSource.run(
            sourceId,
            calendarId,
            null,
            'Bench Agency',
            null,
            'ar',
            date,
            zone,
            text,
            createHash('sha256').update(text).digest('hex'),
            now,
          );
        }
        if (random.chance(0.6)) insertMeetingSource.run(id, sourceId, evidence);

        // The reminders the planner gave it for the calendar's channel, as of `now`.
        const row: MeetingRowBuild = {
          id,
          precision,
          date,
          endDate,
          time,
          endTime,
          startsAt,
          endsAt,
          spanClass,
          zone,
          timezone: place ? zone : null,
          status,
        };
        for (const reminder of plannedReminders(row, days, times)) {
          const sent = reminder.dueAt < now;
          insertReminder.run(
            calendarId,
            id,
            CHANNEL_ID,
            reminder.kind,
            startsAt,
            reminder.dueAt,
            sent ? 'sent' : 'pending',
            sent ? 1 : 0,
            sent ? `diwan-r${id}` : null,
            sent ? String(800000000000000000n + BigInt(id)) : null,
            now,
          );
          reminders += 1;
        }
        if (i % sampleEvery === 0) samples.push(row);
      }
    })();
    if (from % 200_000 === 0 && from > 0) log(`  ${size}: ${from} meetings`);
  }
  db.prepare('UPDATE calendars SET last_meeting_number = ? WHERE id = ?').run(size, calendarId);
  log(`  ${size}: ${size} meetings, ${links} participant links, ${reminders} reminders; building indexes`);
  for (const { sql } of dropped.filter((d) => d.type === 'index')) db.exec(sql);
  for (const { sql } of dropped.filter((d) => d.type === 'trigger')) db.exec(sql);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();

  verifySample(samples, days, times);

  // The app's own connection: WAL, foreign keys, busy timeout, migrations (none pending).
  const appDb = openDatabase(path);
  verifySearchKeys(appDb);
  const counts = Object.fromEntries(
    ['meetings', 'participants', 'meeting_participants', 'participant_keys', 'places', 'sources', 'reminders'].map(
      (table) => [table, (appDb.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n],
    ),
  );
  const probeRandom = new Random(0x9e0be);
  const probes = Array.from({ length: 64 }, () => {
    const person = people[probeRandom.int(0, PARTICIPANTS - 1)]!;
    return {
      name: person.name,
      nameAr: person.nameAr,
      role: person.role,
      id: person.id,
      meetings: meetingCounts[person.id - 1]!,
    };
  });
  return {
    size,
    path,
    db: appDb,
    calendarId,
    now,
    buildMs: performance.now() - started,
    counts,
    probes,
    remove() {
      if (appDb.open) appDb.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const weekStarts = new Map<string, string>();
function cachedWeekStart(day: string): string {
  let monday = weekStarts.get(day);
  if (monday === undefined) weekStarts.set(day, (monday = startOfWeek(day)));
  return monday;
}
const months = new Map<string, { first: string; last: string }>();
function cachedMonth(day: string): { first: string; last: string } {
  let month = months.get(day);
  if (month === undefined) months.set(day, (month = monthOf(day)));
  return month;
}

/** planReminders with the default leads, through the cached local times. */
function plannedReminders(m: MeetingRowBuild, days: DayTable, times: LocalTimes): { kind: string; dueAt: number }[] {
  if (m.status === 'cancelled') return [];
  const dayBefore = days.day(days.index(m.date) - 1);
  switch (m.precision) {
    case 'minute': {
      const [h = 0, min = 0] = m.time!.split(':').map(Number);
      return DEFAULT_LEAD_MINUTES.map((lead) => ({
        kind: `lead:${lead}`,
        dueAt: lead === 1440 ? times.at(dayBefore, h * 60 + min, m.zone) : m.startsAt - lead * 60_000,
      }));
    }
    case 'day':
      return [{ kind: 'day-before', dueAt: times.at(dayBefore, 9 * 60, m.zone) }];
    default:
      return [{ kind: 'period-start', dueAt: times.at(m.date, 9 * 60, m.zone) }];
  }
}

/** The generated rows of the sample against the repository's own time and reminder functions. */
function verifySample(samples: readonly MeetingRowBuild[], days: DayTable, times: LocalTimes): void {
  for (const m of samples) {
    const expected = resolveMeetingTime(
      { precision: m.precision, date: m.date, endDate: m.endDate, time: m.time, endTime: m.endTime },
      m.zone,
    );
    const got = {
      date: m.date,
      endDate: m.endDate,
      time: m.time,
      endTime: m.endTime,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      spanClass: m.spanClass,
    };
    if (JSON.stringify(expected) !== JSON.stringify(got)) {
      throw new Error(
        `generated meeting ${m.id} differs from resolveMeetingTime: ${JSON.stringify(got)} vs ${JSON.stringify(expected)}`,
      );
    }
    const plan = planReminders({ ...m, zone: m.zone }, DEFAULT_LEAD_MINUTES);
    const mine = plannedReminders(m, days, times);
    if (JSON.stringify(plan) !== JSON.stringify(mine)) {
      throw new Error(
        `generated reminders of meeting ${m.id} differ from planReminders: ${JSON.stringify(mine)} vs ${JSON.stringify(plan)}`,
      );
    }
  }
}

/** Checks stored search keys of sampled meetings against nameKey of their titles. */
export function verifySearchKeys(db: Db, sample = 500): void {
  const rows = db
    .prepare(
      `SELECT id, title, title_ar AS titleAr, search_key AS searchKey FROM meetings WHERE id % ((SELECT max(id) FROM meetings) / ? + 1) = 0`,
    )
    .all(sample) as { id: number; title: string; titleAr: string; searchKey: string }[];
  for (const row of rows) {
    const expected = [row.title, row.titleAr].map((t) => nameKey(t)).join(' | ');
    if (expected !== row.searchKey) throw new Error(`search_key of meeting ${row.id}: ${row.searchKey} vs ${expected}`);
  }
}
