/**
 * Gathered mentions as calendar drafts: one draft per meeting, its place (or the dateline's
 * when the text names none), its most precise date, the firmest status, every participant once.
 */
import { nameKeyOf } from '../names/normalize.js';
import type { MeetingDraft, ParticipantDraft, ParticipantKind } from '../calendar/types.js';
import type { MeetingPlace } from './places.js';
import {
  datingMention,
  participantKey,
  personKeys,
  samePerson,
  type Found,
  type Mention,
  type ParticipantMention,
} from './mentions.js';
import { isVisit, isVisitSpan } from './same-meeting.js';
import { convertClock } from './when.js';
import { addDays } from '../time/local-days.js';
import { countryTitle } from './country-alone.js';
import { foldFrames } from './series.js';
import { assessMeeting } from './confidence.js';
import { recalled, saysHeld } from './status.js';
import { REPORTING_VERBS, saysRemote, SEPARATELY, SPOKESPERSON } from './meeting-words.js';
import type { ClauseRecord } from './mentions.js';
import type { OfficeHolders } from './people/offices.js';
import { statesOfOfficeHolders } from './people/office-states.js';

export interface DraftContext {
  language: 'ar' | 'en';
  timezone: string;
  /** Where a meeting is: its own clause's place, else its sentence's … the dateline's (places.ts). */
  placeOf: (found: Found) => MeetingPlace | null;
  /** The clauses read, for the words a draft's evidence quotes (confidence.ts). */
  clauses?: readonly ClauseRecord[];
  /** The article's day of publication: a draft's day against it weighs in its confidence. */
  published: string;
  /** Who held which office in the article's year: the states of a meeting's office holders take part. */
  leaders?: OfficeHolders;
}

/** "last month", "الشهر الماضي": a month not named, too loose to place a meeting told without its people. */
const RELATIVE_MONTH = /\bmonth\b|الشهر/i;
/** Nouns of a gathering (not a visit, not a tour): named with a place and a month, a meeting of that month. */
const GATHERINGS = new Set([
  'اجتماع',
  'قمة',
  'مؤتمر',
  'منتدى',
  'Meeting',
  'Summit',
  'Conference',
  'Ministerial meeting',
  'Forum',
  // "held landmark talks in Moscow in December"
  'محادثات',
  'مباحثات',
  'Talks',
  'Round',
]);
/** The titles a visitor's hosts are listed by. */
const HOST_TITLE = '(?:رئيس|وزير|قائد|الرئيس|رئيسة|الأمين|نائب|السفير|البطريرك|الملك|الأمير|الشيخ)';
/**
 * "فالتقى رئيس الحكومة …، ورئيس مجلس النواب …، وقائد الجيش …": a visitor's hosts, each with a title, one after
 * another; and "ويلتقي المقداد اليوم رئيس الجمهورية … ورئيس مجلس الوزراء …", the visitor named first (right
 * after the verb, "استقبل رئيس الجمهورية … ورئيس مجلس الوزراء … الوزير": two hosts of one guest).
 */
const HOSTS_LISTED = new RegExp(
  `(?:التقى|يلتقي|سيلتقي|استقبل|يستقبل|سيستقبل)\\s+(?:[^.،]{0,80}،\\s*|(?!${HOST_TITLE})[^.،]{0,80}\\s)و${HOST_TITLE}`,
);
/** "would meet the country's top leaders: President …, Prime Minister … and Parliament Speaker …": a list of hosts after a colon. */
const HOSTS_AFTER_COLON =
  /\bmeet(?:s|ing)?\b[^.:;]{0,60}:\s*(?:President|Prime|Parliament|Speaker|King|Crown|Emir|Sheikh|Prince|Foreign|Defen[cs]e|Minister|National|Secretary|Chief|Vice|Deputy)\b/;
/** Those who attend one meeting together. */
const ATTENDING = /بحضور|بمشاركة|يرافقه|برفقة|مشترك|ثلاثي|موسع/;

export function toDrafts(found: readonly Found[], context: DraftContext): MeetingDraft[] {
  const drafts: MeetingDraft[] = [];
  const joined = visitorsJoined(found, context.placeOf);
  const framing = context.clauses ? foldFrames(found, context.clauses) : new Set<Found>();
  for (const meeting of found) {
    if (meeting.mentions.every((m) => m.arrival)) continue;
    if (joined.has(meeting) || visitHoldingMeetings(meeting, found) || framing.has(meeting)) continue;
    const draft = toDraft(meeting, context);
    // A meeting already read as one meeting per guest (guests.ts) is not split again.
    const split = draft ? (meeting.perGuest ? [draft] : separately(draft)) : [];
    drafts.push(...split.map((d) => (context.leaders ? withStates(d, context.leaders) : d)));
  }
  return drafts;
}

/** How many days before its first meeting a visitor may arrive: "landed on Tuesday evening … talks on Wednesday". */
const ARRIVAL_BEFORE = 2;

/**
 * A visit told only as the frame of meetings of its own days: one of several days ("visiting
 * Pakistan from May 5 to 8 … received … on Sunday"), or one naming nobody but the visitor on
 * the day the visitor meets someone ("حط اليوم في طهران في زيارة رسمية … حل ضيفا على الرئيس
 * الذي استقبله"): the meetings are the news, the visit their frame.
 */
function visitHoldingMeetings(visit: Found, found: readonly Found[]): boolean {
  const frame = visit.mentions[0]!;
  const span = isVisitSpan(frame);
  // (one stop of several a clause lists, "زار أمس كلا من الأردن ورام الله", is no arrival: the stops are the news)
  const alone = frame.stop ? null : visitorAlone(visit);
  if (!span && !alone) return false;
  const visitors = alone ? [alone] : frame.participants.filter((p) => p.kind === 'person');
  // (a visit of one day, its visitor alone, is the arrival for the meetings of the days after it in its country:
  // "visited Kyiv on Monday. On Wednesday, Blinken met … in Warsaw" is two)
  const last = span ? frame.when.endDate : addDays(frame.when.date, ARRIVAL_BEFORE);
  const state = (m: Mention) => m.place?.place.country ?? null;
  const there = (m: Mention) => m.when.date === frame.when.date || state(m) === null || state(m) === state(frame);
  return found.some(
    (other) =>
      other !== visit &&
      other.mentions.some(
        (m) =>
          m.when.date === m.when.endDate &&
          m.when.date >= frame.when.date &&
          m.when.date <= last &&
          there(m) &&
          (span || personKeys(m.participants).size > 1) &&
          m.participants.some((p) => p.kind === 'person' && visitors.some((visitor) => samePerson(visitor, p))),
      ),
  );
}

/**
 * "يصل البابا إلى الرباط يوم السبت … ويتضمن برنامج السبت لقاءً مع الملك": a visit naming only its
 * visitor, and the one meeting of that day in that city, which names one person, its host (not
 * a host and another guest), are the visitor's meeting with the host. Returns the visits so
 * joined, their visitor added to their meeting's people.
 */
function visitorsJoined(found: readonly Found[], placeOf: DraftContext['placeOf']): Set<Found> {
  const joined = new Set<Found>();
  const cityOf = (meeting: Found) => {
    const place = placeOf(meeting)?.place;
    return place ? nameKeyOf(place.name) : null;
  };
  const peopleOf = (meeting: Found) =>
    personKeys(meeting.mentions.flatMap((m) => m.participants).concat(meeting.participants));
  for (const visit of found) {
    const visitor = visitorAlone(visit);
    if (!visitor) continue;
    const frame = visit.mentions[0]!;
    const city = cityOf(visit);
    if (city === null) continue;
    const hosts = found.filter((other) => {
      if (other === visit || visitorAlone(other)) return false;
      const people = peopleOf(other);
      return (
        people.size === 1 &&
        !people.has(participantKey(visitor)) &&
        other.mentions.some((m) => m.when.date === frame.when.date && m.when.endDate === frame.when.date) &&
        cityOf(other) === city
      );
    });
    if (hosts.length !== 1) continue;
    hosts[0]!.participants.push(visitor);
    joined.add(visit);
  }
  return joined;
}

/**
 * The visitor of a visit whose every mention is of one day and names no one but the visitor (a
 * headline's "يتوجه إلى طهران غدا في زيارة" names no one at all); null for any other meeting.
 */
function visitorAlone(visit: Found): ParticipantMention | null {
  let visitor: ParticipantMention | null = null;
  for (const m of visit.mentions) {
    if (!isVisit(m) || m.when.date !== m.when.endDate) return null;
    for (const p of m.participants) {
      if (p.kind !== 'person') continue;
      if (visitor && !samePerson(visitor, p)) return null;
      visitor = p;
    }
  }
  return visitor;
}

function toDraft(found: Found, { language, timezone, placeOf, clauses, published }: DraftContext): MeetingDraft | null {
  const first = found.mentions[0]!;
  // (a visit under way today, "حط اليوم في الخرطوم", says nothing of the talks it holds later: "من المقرر أن يعقد الرئيسان لقاء")
  const talks = found.mentions.some((m) => !isVisit(m)) ? found.mentions.filter((m) => !isVisit(m)) : found.mentions;
  const status =
    found.mentions.find((m) => m.rescheduled)?.status ??
    (found.mentions.some((m) => m.status === 'cancelled')
      ? 'cancelled'
      : (talks.find((m) => m.status !== 'scheduled')?.status ?? 'scheduled'));
  const { when } = datingMention(found.mentions);
  // "launched in May", "hosted … last month": a past month alone is an allusion; one told with who met where
  // ("last met in August, holding talks in New Alamein") is a meeting of that month.
  // ("The last ministerial meeting took place in February in Abu Dhabi", "قمتهما الأخيرة في ديسمبر 2012 بالجزائر": a meeting recalled with its place.)
  const told = found.mentions.some(
    (m) =>
      m.place &&
      ((GATHERINGS.has(m.noun) &&
        (recalled(m.evidence) || saysHeld(m.evidence, language === 'ar')) &&
        !RELATIVE_MONTH.test(m.spans?.date?.text ?? '')) ||
        m.participants.some((p) => p.kind === 'person')),
  );
  if (status === 'held' && when.precision === 'month' && !told) return null;
  const evidence = found.mentions.map((m) => m.evidence).join(' … ');
  // Held by video or by phone: where one side sat is not where the meeting was.
  const remote = found.mentions.some((m) => m.remote ?? saysRemote(m.evidence));
  const placed = remote ? null : placeOf(found);
  const place = placed?.countryOnly ? null : (placed?.place ?? null);
  // (a meeting placed only by its country is titled by it: "Visit to Sri Lanka")
  const where = place ?? (placed?.countryOnly ? countryTitle(placed.place) : null);
  const participants = mergeParticipants(found, evidence);
  const zone = placed?.place.zone ?? null;
  const time = when.time && when.zone && zone && when.zone !== zone ? convertClock(when, zone) : when;
  const draft: MeetingDraft = {
    title: englishTitle(first, where?.name ?? null, participants, language),
    titleAr: language === 'ar' ? (where ? `${first.noun} في ${where.nameAr}` : first.noun) : null,
    precision: time.precision,
    date: time.date,
    endDate: time.endDate !== time.date ? time.endDate : null,
    time: time.time,
    timezone: zone ?? (time.time ? (when.zone ?? timezone) : null),
    place: { name: place?.name ?? null, nameAr: place?.nameAr ?? null, country: placed?.place.country ?? null },
    venue: placed?.venue ? { name: placed.venue.name, nameAr: placed.venue.nameAr } : null,
    placeFrom: placed?.from ?? null,
    status,
    evidence,
    participants,
  };
  if (clauses) Object.assign(draft, assessMeeting(draft, { found, placed, remote, clauses, language, published }));
  return draft;
}

/** "اجتمع مع خليل زاد وبرادر، كلاً على حدة": the host with each of them, one meeting each. */
function separately(draft: MeetingDraft): MeetingDraft[] {
  const people = draft.participants.filter((p) => p.kind === 'person');
  const evidence = draft.evidence ?? '';
  const byCountry = people.length <= 1 ? perCountry(draft, evidence) : null;
  if (byCountry) return byCountry;
  const listed = HOSTS_LISTED.test(evidence) || HOSTS_AFTER_COLON.test(evidence);
  if (people.length < 3 || !(SEPARATELY.test(evidence) || (listed && !ATTENDING.test(evidence)))) return [draft];
  // The host is named before the list: the one the evidence names first (by a full name or a surname);
  // else one it names only by a title ("يجتمع الوزير القطري بكل من …": not named at all).
  const listFrom = SEPARATELY.exec(evidence)?.index ?? evidence.length;
  const at = new Map(people.map((p) => [p, firstNamedAt(evidence, p)]));
  const byTitle = at.get(people.reduce((a, b) => (at.get(b)! < at.get(a)! ? b : a)))! > listFrom;
  const rank = (p: ParticipantDraft) => (byTitle && at.get(p) === evidence.length ? -1 : at.get(p)!);
  const [host, ...guests] = [...people].sort((a, b) => rank(a) - rank(b));
  return guests.map((guest) => ({
    ...draft,
    participants: [host!, guest, ...draft.participants.filter((p) => p.kind !== 'person')],
  }));
}

/**
 * "bilateral meetings with the leaders of the UK, Japan, Germany and Italy", "التقى … كلاً من وزراء خارجية كندا
 * وقبرص وألمانيا": a meeting with each of the states listed (their people unnamed), the host's side in each.
 */
function perCountry(draft: MeetingDraft, evidence: string): MeetingDraft[] | null {
  const cue = COUNTRY_BY_COUNTRY.exec(evidence);
  // ("اجتماع ثلاثي ضم كلا من وزراء خارجية مصر والأردن والعراق": one meeting of them all)
  if (!cue || ATTENDING.test(evidence)) return null;
  // (the host's own state is named before the list, if at all: "the UK" is United Kingdom, written another way)
  const listFrom = cue.index + Math.max(0, cue[0].search(/كلا?[\u064B-\u0652]*\s+من/));
  const hosts = (p: ParticipantDraft) =>
    p.kind !== 'country' || [p.name, p.nameAr].some((n) => n !== null && evidence.slice(0, listFrom).includes(n));
  const guests = draft.participants.filter((p) => !hosts(p));
  if (guests.length < 2) return null;
  const host = draft.participants.filter(hosts);
  return guests.map((guest) => ({ ...draft, participants: [...host, guest] }));
}
/** A list of states met one by one: "bilateral meetings with the leaders of", "التقى … كلاً من وزراء خارجية". */
const COUNTRY_BY_COUNTRY =
  /\bbilateral (?:meetings|talks)\b[^.]{0,40}?\bwith (?:the )?(?:leaders|heads of state|foreign ministers|counterparts) of\b|(?:التقى|يلتقي|سيلتقي|استقبل|يستقبل|سيستقبل)[^.]{0,120}كلا?[\u064B-\u0652]*\s+من\s+(?:وزراء\s+خارجية|قادة|رؤساء)/;

/** Where the evidence first names a person: by a name, else by its last word; never: the end. */
function firstNamedAt(evidence: string, person: ParticipantDraft): number {
  const at = [person.nameAr, person.name]
    .filter((name): name is string => name !== null)
    .flatMap((name) => [name, name.split(' ').at(-1)!])
    .map((name) => evidence.indexOf(name))
    .filter((i) => i >= 0);
  return at.length > 0 ? Math.min(...at) : evidence.length;
}

/**
 * One entry per participant (by either name) of the meeting's mentions, then of the clauses
 * about it: people first, then countries, then organisations, each kind as the text named them.
 */
function mergeParticipants(found: Found, evidence: string): ParticipantDraft[] {
  const byKind: Record<ParticipantKind, ParticipantDraft[]> = { person: [], country: [], organization: [] };
  const seen = new Map<string, ParticipantDraft>();
  const merge = (mention: ParticipantMention) => {
    const key = mention.name ? nameKeyOf(mention.name) : null;
    const keyAr = mention.nameAr ? nameKeyOf(mention.nameAr) : null;
    const existing =
      (key !== null ? seen.get(key) : undefined) ??
      (keyAr !== null ? seen.get(keyAr) : undefined) ??
      (mention.kind === 'person' ? byKind.person.find((p) => samePerson(p, mention)) : undefined);
    if (existing) {
      existing.name ??= mention.name;
      existing.nameAr ??= mention.nameAr;
      existing.role ??= mention.role;
      return;
    }
    const draft: ParticipantDraft = {
      name: mention.name,
      nameAr: mention.nameAr,
      kind: mention.kind,
      role: mention.role,
    };
    byKind[mention.kind].push(draft);
    if (key !== null) seen.set(key, draft);
    if (keyAr !== null) seen.set(keyAr, draft);
  };
  for (const mention of found.mentions) mention.participants.forEach(merge);
  found.participants.forEach(merge);
  // A spokesperson who tells of the meeting ("Ahmed Al-Sahaf, spokesperson for the ministry, said …") does not sit
  // in it (one who leads a delegation, "برئاسة الناطق باسمها", does).
  const people = byKind.person.filter((p) => !(SPOKESPERSON.test(p.role ?? '') && tells(evidence, p)));
  return withoutSurnamesAlone(people).concat(byKind.country, byKind.organization);
}

/**
 * "German President Steinmeier" and "German President Frank-Walter Steinmeier" of one meeting are one person: the
 * one named in full. Only with the same title: "Crown Prince Hussein" is not "Foreign Minister Fuad Hussein".
 */
function withoutSurnamesAlone(people: ParticipantDraft[]): ParticipantDraft[] {
  const keys = (p: ParticipantDraft) => [p.name, p.nameAr].flatMap((n) => (n ? [nameKeyOf(n)] : []));
  const roleOf = (p: ParticipantDraft) => (p.role ? nameKeyOf(p.role) : null);
  const full = people.flatMap((p) =>
    keys(p)
      .filter((k) => k.includes(' ') && !PATRONYMIC_LAST.test(k))
      .map((k) => `${roleOf(p)}|${k.slice(k.lastIndexOf(' ') + 1)}`),
  );
  const named = new Set(full);
  return people.filter(
    (p) => roleOf(p) === null || !keys(p).every((k) => !k.includes(' ') && named.has(`${roleOf(p)}|${k}`)),
  );
}
/** A name whose last word follows bin or ibn ends on a father's name, no family name: "Hussein bin Abdullah". */
const PATRONYMIC_LAST = /(?:^| )(?:bin|ibn|بن|ابن) \S+$/;

/** The draft with the states its people hold office for among its countries (each once, after those the text named). */
function withStates(draft: MeetingDraft, leaders: OfficeHolders): MeetingDraft {
  const named = new Set(
    draft.participants.flatMap((p) => (p.kind === 'country' ? [p.name, p.nameAr] : [])).map((n) => n && nameKeyOf(n)),
  );
  const added: ParticipantDraft[] = statesOfOfficeHolders(draft.participants, leaders)
    .filter((state) => !named.has(nameKeyOf(state.name)) && !named.has(nameKeyOf(state.nameAr)))
    .map((state) => ({ name: state.name, nameAr: state.nameAr, kind: 'country', role: null }));
  if (added.length === 0) return draft;
  const lastCountry = draft.participants.findLastIndex((p) => p.kind !== 'organization') + 1;
  return {
    ...draft,
    participants: [...draft.participants.slice(0, lastCountry), ...added, ...draft.participants.slice(lastCountry)],
  };
}

/** How near their name a verb of report makes someone its subject ("قال المتحدث باسم الخارجية أحمد الصحاف"). */
const TELLS_REACH = 80;

/** The evidence has `person` tell something: a verb of report right before or after their name. */
function tells(evidence: string, person: ParticipantDraft): boolean {
  const at = firstNamedAt(evidence, person);
  for (const verb of evidence.matchAll(REPORTING_VERBS)) if (Math.abs(verb.index - at) <= TELLS_REACH) return true;
  return false;
}

const ENGLISH_NOUNS: Record<string, string> = {
  اجتماع: 'Meeting',
  لقاء: 'Meeting',
  قمة: 'Summit',
  زيارة: 'Visit',
  استقبال: 'Meeting',
  محادثات: 'Talks',
  مباحثات: 'Talks',
  جولة: 'Round of talks',
  جلسة: 'Session',
  مؤتمر: 'Conference',
  مشاورات: 'Consultations',
  منتدى: 'Forum',
  مراسم: 'Ceremony',
  مأدبة: 'Banquet',
};

/** "Meeting in London", "Visit to Damascus (Geir Pedersen)". */
function englishTitle(
  mention: Mention,
  place: string | null,
  participants: readonly ParticipantDraft[],
  language: 'ar' | 'en',
): string {
  const noun = language === 'ar' ? (ENGLISH_NOUNS[mention.noun] ?? 'Meeting') : mention.noun;
  const where = place ? `${noun === 'Visit' ? ' to' : ' in'} ${place}` : '';
  const who = participants.find((p) => p.kind === 'person' && p.name)?.name;
  return `${noun}${where}${who ? ` (${who})` : ''}`;
}
