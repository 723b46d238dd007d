/** The calendar's domain types: what every front-end and store speaks. */

export const PRECISIONS = ['minute', 'day', 'week', 'month'] as const;
/** How much of a meeting's time the text gave: a clock time, a day, a week or a month. */
export type Precision = (typeof PRECISIONS)[number];

export const STATUSES = ['held', 'scheduled', 'tentative', 'cancelled'] as const;
export type MeetingStatus = (typeof STATUSES)[number];

export const PARTICIPANT_KINDS = ['person', 'country', 'organization'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

export interface Place {
  name: string | null;
  nameAr: string | null;
  /** ISO 3166 alpha-2 country of the place, when known. */
  country: string | null;
}

/** A building or compound a meeting is held in (a palace, a ministry, a headquarters); its city is the meeting's place. */
export interface Venue {
  name: string | null;
  nameAr: string | null;
}

/**
 * Where in an article a meeting's place was read: the meeting's own clause, its sentence, its
 * paragraph, the lead, the headline or the dateline; `capital` when the text named only the
 * country and its seat of government was taken.
 */
/**
 * Where in the article a meeting's place was read: its own clause, then outward (sentence … dateline);
 * `capital`: a country's seat; `outlet`: the capital of the outlet's own country, for a ministry or a
 * parliament named without a city ("بمقر وزارة الخارجية").
 */
export type PlaceSource =
  'clause' | 'sentence' | 'paragraph' | 'lead' | 'headline' | 'dateline' | 'capital' | 'outlet' | 'seat' | 'article';

/** Where in an article a fact about a meeting was read: a place's scopes (`article`: further away than its paragraph). */
export type EvidenceScope = PlaceSource;

/** A piece of an article the reader took a meeting's word, date, place or people from. */
export interface EvidenceSpan {
  what: 'event' | 'date' | 'place' | 'people';
  from: EvidenceScope;
  /** The words as the article has them (a place read from the dateline: its name). */
  text: string;
  /** Offsets in the article, when known. */
  start: number | null;
  end: number | null;
}

export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/** What made the reader less sure of a meeting (src/extract/confidence.ts). */
export type ConfidenceDoubt =
  'verbOnly' | 'dateBorrowed' | 'publicationDay' | 'vagueDate' | 'placeFar' | 'noPlace' | 'noPerson' | 'nobody';

/** How sure the reader is that a draft is a meeting as it says: a score from 0 to 1, its level, and why not more. */
export interface DraftConfidence {
  level: ConfidenceLevel;
  score: number;
  doubts: ConfidenceDoubt[];
}

export interface Participant {
  id: number;
  name: string | null;
  nameAr: string | null;
  kind: ParticipantKind;
  /** The role this participant is usually given (a meeting may name another). */
  role: string | null;
}

export interface MeetingParticipant {
  participantId: number;
  name: string | null;
  nameAr: string | null;
  kind: ParticipantKind;
  role: string | null;
}

export interface MeetingSource {
  id: number;
  title: string | null;
  outlet: string | null;
  url: string | null;
  /** Publication day, YYYY-MM-DD. */
  published: string | null;
  evidence: string | null;
}

/**
 * A meeting as a listing line shows it: what, when, where, status. Its time is an instant in
 * UTC plus the zone of its place; for a day, week or month it keeps the local days
 * (`date`..`endDate`), never a midnight in UTC.
 */
export interface MeetingSummary {
  /** The meeting's number in its calendar (#1, #2 … in each server), never given twice there. */
  number: number;
  calendarId: number;
  title: string | null;
  titleAr: string | null;
  precision: Precision;
  /** First local day, YYYY-MM-DD, in `zone`. */
  date: string;
  /** Last local day (inclusive), YYYY-MM-DD. Equals `date` for a one-day meeting. */
  endDate: string;
  /** Local clock time HH:mm for minute precision, else null. */
  time: string | null;
  /** Start instant, UTC epoch ms: the clock time, or the start of the first local day. */
  startsAt: number;
  /** End instant (exclusive), UTC epoch ms. */
  endsAt: number;
  /** IANA zone of the place, null when the text gives no place. */
  timezone: string | null;
  /** The zone the local days are counted in: `timezone` or the calendar's own. */
  zone: string;
  place: Place;
  status: MeetingStatus;
}

/** A meeting in full: who takes part, the sentence it came from, the articles that report it. */
export interface Meeting extends MeetingSummary {
  evidence: string | null;
  participants: MeetingParticipant[];
  sources: MeetingSource[];
  createdAt: number;
  updatedAt: number;
  /** How many times the meeting was changed since it was made (iCalendar's SEQUENCE). */
  revision: number;
}

/** What a person or the article reader gives to create or change a meeting. */
export interface MeetingDraft {
  title: string | null;
  titleAr: string | null;
  precision: Precision;
  date: string;
  endDate?: string | null;
  time?: string | null;
  /** Clock time of the end, for a timed meeting with a known end. */
  endTime?: string | null;
  timezone: string | null;
  place: Place;
  /** The venue the text names, when it names one (the article reader sets it; the calendar does not store it yet). */
  venue?: Venue | null;
  /** Where the article gave the place (the article reader sets it). */
  placeFrom?: PlaceSource | null;
  /** How sure the article reader is of it (it sets this; people and the calendar do not). */
  confidence?: DraftConfidence | null;
  /** The words it was read from: the meeting word, the date, the place, the people (the article reader sets them). */
  evidenceSpans?: EvidenceSpan[];
  status: MeetingStatus;
  evidence: string | null;
  participants: ParticipantDraft[];
  /** A stable key (the seed's meeting key) that makes loading twice a no-op. */
  externalKey?: string | null;
}

export interface ParticipantDraft {
  name: string | null;
  nameAr: string | null;
  kind: ParticipantKind;
  role?: string | null;
  aliases?: string[];
}

export interface SourceDraft {
  title: string | null;
  outlet: string | null;
  url: string | null;
  language: string | null;
  published: string | null;
  timezone: string | null;
  text: string;
}
