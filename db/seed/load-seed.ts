/**
 * The first calendar: the Al-Watan article of 2020-01-28 and the six meetings read from it.
 * Loaded once into a new calendar; loading again changes nothing.
 */
import { readFileSync } from 'node:fs';
import type { MeetingDraft, ParticipantKind, MeetingStatus, Precision, SourceDraft } from '../../src/calendar/types.js';
import type { CalendarRepository, CalendarRow } from '../calendar-repository.js';

/** db/seed/meetings.json. */
export interface SeedFile {
  source: { file: string; outlet: string; language: string; published: string; timezone: string };
  meetings: {
    key: string;
    title: string;
    titleAr: string;
    date: string;
    endDate?: string;
    time: string | null;
    precision: Precision;
    location: string | null;
    locationAr: string | null;
    timezone: string | null;
    status: MeetingStatus;
    evidence: string;
    participants: { name: string; nameAr: string; kind: ParticipantKind; role?: string }[];
  }[];
}

const SEED_DIR = new URL('./', import.meta.url);

/** The seed article and its meetings, as drafts. */
export function seedDrafts(): { source: SourceDraft; meetings: MeetingDraft[] } {
  const seed = JSON.parse(readFileSync(new URL('meetings.json', SEED_DIR), 'utf8')) as SeedFile;
  const text = readFileSync(new URL(seed.source.file, SEED_DIR), 'utf8');
  return {
    source: {
      title: null,
      outlet: seed.source.outlet,
      url: null,
      language: seed.source.language,
      published: seed.source.published,
      timezone: seed.source.timezone,
      text,
    },
    meetings: seed.meetings.map((m) => ({
      externalKey: `seed:${m.key}`,
      title: m.title,
      titleAr: m.titleAr,
      precision: m.precision,
      date: m.date,
      endDate: m.endDate ?? null,
      time: m.time,
      timezone: m.timezone,
      place: { name: m.location, nameAr: m.locationAr, country: null },
      status: m.status,
      evidence: m.evidence,
      participants: m.participants.map((p) => ({ name: p.name, nameAr: p.nameAr, kind: p.kind, role: p.role ?? null })),
    })),
  };
}

/** Loads the seed into a calendar that has never been seeded, in one transaction. */
export function seedCalendar(repository: CalendarRepository, calendar: CalendarRow, now: number): boolean {
  if (calendar.seededAt !== null) return false;
  const { source, meetings } = seedDrafts();
  const store = repository.forCalendar(calendar.id);
  store.transaction(() => {
    const sourceId = store.addSource(source, now);
    store.addMeetings(meetings, { now, sourceId });
    repository.markSeeded(calendar.id, now);
  });
  return true;
}
