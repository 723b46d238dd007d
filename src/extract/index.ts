/**
 * Reading an article: text and its publication day in; the meetings it describes out, as
 * calendar drafts, each with the sentence it came from. Pure: no Discord, no database.
 *
 * Per clause: meeting words (اجتماع، قمة، زيارة, talks, summit …) are joined with the nearest
 * date and place of their stretch of the clause; clauses without a meeting word of their own
 * ("وتضم المجموعة …", "هذا الاجتماع …") add their participants to the meeting the text is
 * about. Mentions of one meeting (same place, overlapping days) are merged.
 */
import type { MeetingDraft, MeetingStatus, ParticipantDraft, ParticipantKind, Precision } from '../calendar/types.js';
import { parseTimeExpressions, type TimeExpression } from '../dates/index.js';
import { UserError } from '../errors.js';
import { nameKey } from '../names/normalize.js';
import { addDays, isIsoDay, localInstant } from '../time/local-days.js';
import { dayjs } from '../time/dayjs.js';
import {
  arabicPeople,
  englishPeople,
  gazetteerMentions,
  PeopleRegistry,
  type ParticipantMention,
  type PlaceMention,
} from './entities.js';
import {
  ARABIC_CANCELLED,
  ARABIC_HELD,
  ARABIC_TENTATIVE,
  arabicTrigger,
  ENGLISH_CANCELLED,
  ENGLISH_HELD,
  ENGLISH_TENTATIVE,
  englishTrigger,
} from './lexicon.js';
import { clauses, isArabic, type Clause, type Token } from './text.js';

export interface ArticleSource {
  /** Publication day, YYYY-MM-DD: every relative date is resolved against it. */
  published: string;
  /** The outlet's zone; default Asia/Damascus for Arabic, UTC otherwise. */
  timezone?: string | undefined;
  /** Detected from the text when not given. */
  language?: 'ar' | 'en' | undefined;
  /** People the calendar already knows: found again by name, with their Latin spelling. */
  known?: readonly { name: string | null; nameAr: string | null; kind: ParticipantKind; role?: string | null }[];
}

export interface Extraction {
  language: 'ar' | 'en';
  timezone: string;
  meetings: MeetingDraft[];
}

/** Articles larger than this are refused: no news story is 200 KB of text. */
export const MAX_ARTICLE_CHARS = 200_000;

/** The meetings an article describes. Throws a `UserError` for text that is not an article. */
export function extractMeetings(text: string, source: ArticleSource): Extraction {
  if (!text.trim()) throw new UserError('the article is empty');
  if (text.length > MAX_ARTICLE_CHARS) throw new UserError(`the article is over ${MAX_ARTICLE_CHARS / 1000} KB of text`);
  if (!isIsoDay(source.published)) throw new UserError(`"${source.published}" is not a publication day (use YYYY-MM-DD)`);
  const letters = (text.match(/[\u0600-\u06FFA-Za-z]/g) ?? []).length;
  if (letters < 20) throw new UserError('the text is neither Arabic nor English');
  const language = source.language ?? (isArabic(text) ? 'ar' : 'en');
  const timezone = source.timezone ?? (language === 'ar' ? 'Asia/Damascus' : 'UTC');
  const reference = { at: localInstant(source.published, '12:00', timezone), zone: timezone };
  const dates = parseTimeExpressions(text, reference).filter(usableDate);
  const registry = new PeopleRegistry((source.known ?? []).map((p) => ({ ...p, role: p.role ?? null })));
  const reader = new ArticleReader(language, source.published, timezone, registry);
  for (const clause of clauses(text)) {
    reader.read(clause, dates.filter((d) => d.start >= clause.start && d.end <= clause.end));
  }
  return { language, timezone, meetings: reader.drafts() };
}

/** A date the calendar can hold: a day or finer, a week, a month; not "now", not a year. */
function usableDate(expression: TimeExpression): boolean {
  const grain = expression.value.type === 'value' ? expression.value.point.grain : expression.value.from.grain;
  return grain !== 'second' && grain !== 'year';
}

interface When {
  precision: Precision;
  date: string;
  endDate: string;
  time: string | null;
  /** The zone the text named for a clock time (بتوقيت دمشق), if any. */
  zone: string | null;
}

interface Mention {
  noun: string;
  when: When;
  place: PlaceMention | null;
  participants: ParticipantMention[];
  status: MeetingStatus;
  evidence: string;
}

interface Found {
  mentions: Mention[];
  participants: ParticipantMention[];
}

class ArticleReader {
  private readonly found: Found[] = [];
  /** The meeting the text is about now: anaphora ("الاجتماع", "the meeting") point to it. */
  private topic: Found | null = null;

  constructor(
    private readonly language: 'ar' | 'en',
    private readonly published: string,
    private readonly timezone: string,
    private readonly registry: PeopleRegistry,
  ) {}

  read(clause: Clause, dates: TimeExpression[]): void {
    const arabic = this.language === 'ar';
    const mentions = gazetteerMentions(clause.tokens, arabic);
    const people = arabic ? arabicPeople(clause.tokens, this.registry) : englishPeople(clause.tokens, this.registry);
    const participants = [...mentions.participants, ...people].sort((a, b) => a.start - b.start);
    const places: PlaceMention[] = [...mentions.places, ...mentions.countryPlaces.map((c) => ({ ...c, country: true }))];
    const triggers = clause.tokens
      .map((token) => ({ token, noun: arabic ? arabicTrigger(token.stems) : englishTrigger(token.text) }))
      .filter((t): t is { token: Token; noun: string } => t.noun !== null);

    if (triggers.length === 0) {
      // A clause about the meeting in hand ("وتضم المجموعة …"): its people take part in it.
      if (this.topic && dates.length === 0 && participants.length > 0) this.topic.participants.push(...participants);
      return;
    }
    triggers.forEach((trigger, k) => {
      const from = k === 0 ? clause.start : trigger.token.start;
      const to = triggers[k + 1]?.token.start ?? clause.end;
      const inStretch = <T extends { start: number }>(items: T[]) => items.filter((item) => item.start >= from && item.start < to);
      const stretchPeople = triggers.length === 1 ? participants : inStretch(participants);
      // "the meeting", "الاجتماع": a date of its own must stand in the same stretch between commas.
      const datesOfTrigger = definite(clause.tokens, trigger.token)
        ? inStretch(dates).filter((d) => !/[،,;؛]/.test(clause.text.slice(Math.min(d.end, trigger.token.end) - clause.start, Math.max(d.start, trigger.token.start) - clause.start)))
        : inStretch(dates);
      const date = nearest(datesOfTrigger, trigger.token.start);
      const place = bestPlace(inStretch(places), trigger.token.start);
      if (!date) {
        // "الاجتماع", "هذا الاجتماع", "the meeting": the one in hand, not a new one.
        if (this.topic) this.topic.participants.push(...stretchPeople);
        return;
      }
      if (!place && stretchPeople.length === 0) return; // "تنتهي جولته في 30 …": a trip, no meeting
      const when = toWhen(date);
      if (!when) return;
      const mention: Mention = {
        noun: trigger.noun,
        when,
        place,
        participants: stretchPeople,
        status: statusOf(clause.text, when, this.published, arabic),
        evidence: clause.text.trim().replace(/^[،,]\s*/, ''),
      };
      const same = this.found.find((f) => sameMeeting(f.mentions[0]!, mention));
      const target = same ?? { mentions: [], participants: [] };
      target.mentions.push(mention);
      if (!same) this.found.push(target);
      if (k === 0) this.topic = target;
    });
  }

  drafts(): MeetingDraft[] {
    return this.found.map((found) => {
      const first = found.mentions[0]!;
      const placed = found.mentions.find((m) => m.place) ?? first;
      const place = placed.place?.place ?? null;
      const status = found.mentions.some((m) => m.status === 'cancelled')
        ? 'cancelled'
        : (found.mentions.find((m) => m.status !== 'scheduled')?.status ?? 'scheduled');
      const participants = mergeParticipants([...found.mentions.flatMap((m) => m.participants), ...found.participants]);
      const when = found.mentions.map((m) => m.when).sort((a, b) => precisionRank(a) - precisionRank(b))[0]!;
      const zone = place?.zone ?? null;
      const time = when.time && when.zone && zone && when.zone !== zone ? convertClock(when, zone) : when;
      const nounAr = first.noun;
      return {
        title: englishTitle(first, place?.name ?? null, participants, this.language),
        titleAr: this.language === 'ar' ? (place ? `${nounAr} في ${place.nameAr}` : nounAr) : null,
        precision: time.precision,
        date: time.date,
        endDate: time.endDate !== time.date ? time.endDate : null,
        time: time.time,
        timezone: zone ?? (time.time ? (when.zone ?? this.timezone) : null),
        place: { name: place?.name ?? null, nameAr: place?.nameAr ?? null, country: place?.country ?? null },
        status,
        evidence: found.mentions.map((m) => m.evidence).join(' … '),
        participants,
      };
    });
  }
}

const DEMONSTRATIVES = new Set(['هذا', 'هذه', 'ذلك', 'تلك', 'the', 'this', 'that']);

/** A meeting word that points back (الاجتماع، هذا الاجتماع, the meeting) rather than introducing one. */
function definite(tokens: readonly Token[], token: Token): boolean {
  const index = tokens.indexOf(token);
  const previous = tokens[index - 1];
  return /^(?:[وفبلك]{0,2})ال/.test(token.text) || (previous !== undefined && DEMONSTRATIVES.has(previous.key));
}

/** The date nearest to a meeting word. */
function nearest(dates: TimeExpression[], at: number): TimeExpression | null {
  let best: TimeExpression | null = null;
  for (const date of dates) {
    if (!best || Math.abs(date.start - at) < Math.abs(best.start - at)) best = date;
  }
  return best;
}

/** The place of a meeting word: cities before countries, places said with في/إلى first, then the nearest. */
function bestPlace(places: (PlaceMention & { country?: boolean })[], at: number): PlaceMention | null {
  let best: PlaceMention | null = null;
  let bestScore = Infinity;
  for (const place of places) {
    const score = Math.abs(place.start - at) - (place.introduced ? 40 : 0) + (place.country ? 200 : 0);
    if (score < bestScore) {
      best = place;
      bestScore = score;
    }
  }
  return best;
}

/** A date expression as the calendar keeps it: a day (or days), a clock time, a week or a month. */
function toWhen(expression: TimeExpression): When | null {
  const value = expression.value;
  const zone = expression.zone.includes('/') ? expression.zone : null;
  if (value.type === 'value') {
    const { local, grain } = value.point;
    const date = local.slice(0, 10);
    if (grain === 'week') return { precision: 'week', date, endDate: addDays(date, 6), time: null, zone: null };
    if (grain === 'month') return { precision: 'month', date, endDate: dayjs.utc(date).endOf('month').format('YYYY-MM-DD'), time: null, zone: null };
    if (grain === 'day') return { precision: 'day', date, endDate: date, time: null, zone: null };
    return { precision: 'minute', date, endDate: date, time: local.slice(11, 16), zone };
  }
  const from = value.from.local.slice(0, 10);
  const last = addDays(value.to.local.slice(0, 10), value.to.local.slice(11) === '00:00:00' ? -1 : 0);
  if (value.from.grain === 'month' || value.from.grain === 'week') {
    return { precision: value.from.grain, date: from, endDate: last, time: null, zone: null };
  }
  if (value.from.grain === 'day') return { precision: 'day', date: from, endDate: last < from ? from : last, time: null, zone: null };
  return { precision: 'minute', date: from, endDate: from, time: value.from.local.slice(11, 16), zone };
}

/** A clock time the text gave in another zone (بتوقيت غرينتش), as the wall clock of the place. */
function convertClock(when: When, zone: string): When {
  const at = localInstant(when.date, when.time!, when.zone!);
  const local = dayjs(at).tz(zone);
  return { ...when, date: local.format('YYYY-MM-DD'), endDate: local.format('YYYY-MM-DD'), time: local.format('HH:mm'), zone };
}

/** Dated meetings before undated ones, finer before coarser. */
function precisionRank(when: When): number {
  return { minute: 0, day: 1, week: 2, month: 3 }[when.precision];
}

/** Held (before the article's day, or a past-tense verb on the day), cancelled, tentative or scheduled. */
function statusOf(text: string, when: When, published: string, arabic: boolean): MeetingStatus {
  const cues = arabic
    ? { cancelled: ARABIC_CANCELLED, tentative: ARABIC_TENTATIVE, held: ARABIC_HELD }
    : { cancelled: ENGLISH_CANCELLED, tentative: ENGLISH_TENTATIVE, held: ENGLISH_HELD };
  if (cues.cancelled.some((cue) => cue.test(text))) return 'cancelled';
  if (when.endDate < published) return 'held';
  if (when.date <= published && cues.held.some((cue) => cue.test(text))) return 'held';
  if (cues.tentative.some((cue) => cue.test(text))) return 'tentative';
  return 'scheduled';
}

/** Two mentions of one meeting: the same place (or neither has one) and days that overlap. */
function sameMeeting(a: Mention, b: Mention): boolean {
  const placeA = a.place ? nameKey(a.place.place.name) : null;
  const placeB = b.place ? nameKey(b.place.place.name) : null;
  if (placeA !== placeB) return false;
  return a.when.date <= b.when.endDate && b.when.date <= a.when.endDate;
}

/** One entry per participant (by either name), people first as the text named them. */
function mergeParticipants(mentions: ParticipantMention[]): ParticipantDraft[] {
  const merged: ParticipantDraft[] = [];
  const seen = new Map<string, ParticipantDraft>();
  for (const mention of mentions) {
    const keys = [mention.name, mention.nameAr].filter((n): n is string => !!n).map(nameKey);
    const existing = keys.map((k) => seen.get(k)).find(Boolean);
    if (existing) {
      existing.name ??= mention.name;
      existing.nameAr ??= mention.nameAr;
      existing.role ??= mention.role;
      continue;
    }
    const draft: ParticipantDraft = { name: mention.name, nameAr: mention.nameAr, kind: mention.kind, role: mention.role };
    merged.push(draft);
    for (const key of keys) seen.set(key, draft);
  }
  const rank = { person: 0, country: 1, organization: 2 } as const;
  return merged.sort((a, b) => rank[a.kind] - rank[b.kind]);
}

const ENGLISH_NOUNS: Record<string, string> = {
  اجتماع: 'Meeting', لقاء: 'Meeting', قمة: 'Summit', زيارة: 'Visit', استقبال: 'Meeting', محادثات: 'Talks',
  مباحثات: 'Talks', جولة: 'Round of talks', جلسة: 'Session', مؤتمر: 'Conference', مشاورات: 'Consultations', منتدى: 'Forum',
};

/** "Meeting in London", "Visit to Damascus (Geir Pedersen)". */
function englishTitle(mention: Mention, place: string | null, participants: ParticipantDraft[], language: 'ar' | 'en'): string {
  const noun = language === 'ar' ? (ENGLISH_NOUNS[mention.noun] ?? 'Meeting') : mention.noun;
  const where = place ? `${noun === 'Visit' ? ' to' : ' in'} ${place}` : '';
  const who = participants.find((p) => p.kind === 'person' && p.name)?.name;
  return `${noun}${where}${who ? ` (${who})` : ''}`;
}
