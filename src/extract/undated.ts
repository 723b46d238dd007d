/**
 * Meetings the headline or the lead reports without a day ("لودريان التقى الرئيس عون في بعبدا",
 * "عون يستقبل هوكستين"): a news story's own meeting is the day's news, so it is on the day the
 * story was published. Such a mention joins the article's meeting it is about, whatever that
 * meeting's day; else, when it names who meets (or is the headline), it is a meeting of its own
 * on that day. A day-less mention in the body is background or the meeting in hand, and stays out.
 */
import type { MeetingStatus } from '../calendar/types.js';
import type { Discourse } from './discourse.js';
import {
  evidenceOf,
  personKeysBothScripts,
  type Found,
  type Mention,
  type ParticipantMention,
  type PlaceMention,
} from './mentions.js';
import { saysRemote, NO_DAY } from './meeting-words.js';
import { type Clause, type Token } from './clauses.js';
import { dayNewsStatus, recalled, saysFuture, statusOf } from './status.js';
import { phraseAround } from './phrases.js';
import { isVisit } from './same-meeting.js';
import { wholeDay } from './when.js';
import { withoutDiacritics, nameKeyOf } from '../names/normalize.js';

/** A meeting word its clause gives no day ("لقاء الرئيس عون بالوفد"): a mention of the publication day, for withUndated. */
export function undatedMention(
  trigger: { token: Token; noun: string },
  clause: Clause,
  read: {
    commas: readonly number[];
    index: number;
    place: PlaceMention | null;
    people: readonly ParticipantMention[];
    arabic: boolean;
    /** Its own words say it is still to come (stillToCome). */
    toCome: boolean;
  },
  published: string,
): Mention {
  const today = wholeDay(published);
  const phrase = phraseAround(clause, read.commas, trigger.token.start, trigger.token.end);
  return {
    noun: trigger.noun,
    when: today,
    place: read.place,
    participants: [...read.people],
    status: statusOf(phrase, clause.text, today, published, read.arabic),
    ...(read.toCome ? { toCome: true as const } : {}),
    evidence: evidenceOf(clause),
    remote: saysRemote(phrase),
    clause: read.index,
    spans: { trigger: trigger.token, date: null, publicationDay: true },
  };
}

export function withUndated(found: readonly Found[], undated: readonly Mention[], discourse: Discourse): Found[] {
  const headline = new Set(discourse.headline);
  const lead = new Set(discourse.lead);
  const opening = new Set(discourse.opening);
  const meetings = [...found];
  for (const mention of undated) {
    // "- لقاء مع وزير الخارجية الغامبي …", "- Talks with …": a list's line is a meeting of its own, of the meeting it lists.
    const line = listLine(mention, meetings);
    if (line) {
      meetings.push(line);
      continue;
    }
    // Past the lead, the opening tells more of the day's news: a meeting held with someone named.
    const further =
      opening.has(mention.clause) &&
      mention.status === 'held' &&
      !recalled(mention.evidence) &&
      mention.participants.some((p) => p.kind === 'person');
    if (!headline.has(mention.clause) && !lead.has(mention.clause) && !further) {
      const later = laterThatDay(mention, meetings);
      if (later) meetings.push(later);
      continue;
    }
    // "meeting face to face in the near future": a meeting with no day is not the day's news; nor are
    // the headline's talks when the lead tells they were a phone call.
    if (
      NO_DAY.test(mention.evidence) ||
      NEVER_MET.test(mention.evidence) ||
      (headline.has(mention.clause) && discourse.leadByPhone)
    )
      continue;
    const same = meetings.find(
      (f) => !f.mentions.every((m) => m.arrival) && isAbout(mention, f, headline.has(mention.clause)),
    );
    if (same) {
      // The day, the status are the dated mention's. A headline's place is read outward from
      // there (places.ts, which says it came from the headline); the body's is kept.
      const first = same.mentions[0]!;
      const place = headline.has(mention.clause) ? null : mention.place;
      same.mentions.push({ ...mention, when: first.when, status: joinedStatus(first, mention), place });
    } else if (headline.has(mention.clause) || mention.participants.some((p) => p.kind === 'person'))
      meetings.push({
        mentions: [
          { ...mention, status: dayNewsStatus(mention.status, mention.evidence, headline.has(mention.clause)) },
        ],
        participants: [],
      });
  }
  return meetings;
}

/**
 * The status a mention of no day takes when it joins the dated meeting `first` opens: the dated one's, but a
 * meeting told held by now is held ("held talks with …" joining "Saturday's meeting …" of that day), and talks to
 * come stay to come beside a visit under way ("who began a visit on Tuesday, is due to hold talks").
 */
function joinedStatus(first: Mention, mention: Mention): MeetingStatus {
  if (isVisit(first) && !isVisit(mention) && mention.status === 'scheduled') return 'scheduled';
  const heldByNow =
    mention.status === 'held' &&
    first.status === 'scheduled' &&
    first.when.endDate <= mention.when.date &&
    !PERFECT.test(mention.evidence);
  return heldByNow ? 'held' : first.status;
}

/**
 * "استقبل السيسي اليوم أردوغان فور وصوله … ومن المنتظر أن يعقد الرئيسان جلسة مباحثات": after the day's
 * meeting told held (a reception, talks; not an arrival), talks the body says are still to come that day
 * are a meeting of their own, on its day and at its place, with the people it names and the day's meeting's.
 */
function laterThatDay(mention: Mention, meetings: readonly Found[]): Found | null {
  if (!mention.toCome || mention.status !== 'scheduled' || NO_DAY.test(mention.evidence)) return null;
  // (an undated mention is of the publication day; its clause's other meeting words are of the same meeting)
  const day = meetings.find((f) => laterThanHeld(f, mention));
  if (!day || !isAbout(mention, day, false)) return null;
  if (meetings.some((f) => f.mentions.some((m) => m.clause === mention.clause))) return null;
  const first = day.mentions[0]!;
  return {
    mentions: [{ ...mention, when: first.when, place: mention.place ?? first.place }],
    participants: [...first.participants, ...day.participants],
  };
}

/**
 * A day-less mention is about a meeting (the first that fits, in text order: the story's own
 * comes first) when their places do not differ and they share someone (or the meeting names
 * nobody); naming nobody itself, when it names no place or the meeting's (or, a headline, when
 * the meeting has no place of its own: the headline is where the story says where).
 */
function isAbout(mention: Mention, found: Found, fromHeadline: boolean): boolean {
  // "called off their meeting in Prague … and will talk by video conference instead": two meetings.
  if (mention.remote && found.mentions.some((m) => m.place && m.remote === false)) return false;
  const place = mention.place ? nameKeyOf(mention.place.place.name) : null;
  const places = new Set(found.mentions.flatMap((m) => (m.place ? [nameKeyOf(m.place.place.name)] : [])));
  if (place !== null && places.size > 0 && !places.has(place)) return false;
  const people = personKeysBothScripts(mention.participants);
  if (people.size === 0) return place === null || places.has(place) || (places.size === 0 && fromHeadline);
  const theirs = personKeysBothScripts(found.mentions.flatMap((m) => m.participants).concat(found.participants));
  return theirs.size === 0 || [...people].some((key) => theirs.has(key) || [...theirs].some((t) => bySurname(key, t)));
}

/** "Qureshi" in a headline is "Shah Mehmood Qureshi" of the body: one key is one word, the other's last. */
function bySurname(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return !short.includes(' ') && long.endsWith(` ${short}`);
}

/** Whether `found` is a meeting told held on `mention`'s day before it (a reception, talks; not an arrival): one still to come after it is another. */
export function laterThanHeld(found: Found, mention: Mention): boolean {
  const first = found.mentions[0]!;
  return (
    first.clause < mention.clause &&
    first.status === 'held' &&
    first.when.date === mention.when.date &&
    first.when.endDate === mention.when.endDate &&
    !isVisit(first)
  );
}

/**
 * The words of a meeting word's phrase, up to and with it, say it is still to come: a future that leads to it
 * ("ومن المقرر أن يجتمع", "ومن المنتظر أن يعقد الرئيسان جلسة مباحثات", "will also meet", "is expected to hold
 * talks"); not "the meeting will show" (the future after it), "will call Abbas after the talks", "سترفض أي
 * مباحثات", "the political will for regular talks".
 */
export function stillToCome(clause: Clause, commas: readonly number[], trigger: Token, arabic: boolean): boolean {
  const from = commas.filter((at) => at < trigger.start).at(-1) ?? clause.start - 1;
  const phrase = clause.text.slice(from + 1 - clause.start, trigger.end - clause.start);
  if (!arabic) return STILL_TO_COME.test(phrase);
  const plain = withoutDiacritics(phrase);
  return saysFuture(plain, true) && !ARABIC_NOT_TO_COME.test(plain);
}
/**
 * English: a future and its verb, then the words up to the meeting word (or the verb itself); not "will never accept
 * talks", "will call Abbas after the talks" (a time by the talks), "the political will for talks" (a noun).
 */
const STILL_TO_COME =
  /\b(?:will|shall|(?:is|are)\s+(?:also\s+)?(?:expected|due|set|scheduled|slated)\s+to|(?:is|are)\s+to)\s+(?:(?:also|then|later|soon|first|jointly)\s+)?(?!(?:never|not|for|of|to|and|in|on)\b)\S+(?:\s+(?!(?:after|before|during|following|ahead|since)\b)\S+)*\s*$/i;
/** "لن يلتقي", "سترفض أي مباحثات", "سيطلعه على نتائج المباحثات", "بعد المباحثات": no meeting still to come. */
const ARABIC_NOT_TO_COME = /(?:^|\s)(?:لن|لا|أي|اي|نتائج|عقب|بعد)(?=\s)|رفض/;

/** "The Israeli and Palestinian prime ministers have not met since 2010", "لم يلتقيا منذ": no meeting at all. */
const NEVER_MET = /\b(?:have|has|had)\s+(?:not|never)\s+met\b|\bnever\s+met\b|لم\s+(?:ي|ت)لتق/i;

/** "have held talks several times", "سبق أن التقيا": what has been, not the day's meeting. */
const PERFECT = /\b(?:have|has|had)\s+(?:\w+\s+)?(?:held|met)\b|سبق\s+أن/i;

/** A line of a list: "- ", "• ", "* " before its words. */
const LIST_LINE = /^\s*[-–•*]\s/;
/** A list's line that is a meeting: a meeting noun opens it ("- لقاء مع …", "• Talks with …"), not a headline's "- السيسي يستقبل …". */
const MEETING_LINE = /^\s*[-–•*]\s*(?:لقاء|جلسة|مباحثات|محادثات|اجتماع|meeting|talks|bilateral)/i;

/**
 * A list's line naming someone met ("وجاءت أبرز هذه المباحثات على النحو الآتي: - لقاء مع …"): one
 * meeting with them, of the day and place of the meeting told before the list, with its first
 * person (the one who held these talks).
 */
function listLine(mention: Mention, meetings: readonly Found[]): Found | null {
  if (!MEETING_LINE.test(mention.evidence) || !mention.participants.some((p) => p.kind === 'person')) return null;
  const before = meetings
    .filter((f) => f.mentions[0]!.clause < mention.clause && !LIST_LINE.test(f.mentions[0]!.evidence))
    .at(-1);
  if (!before) return null;
  const first = before.mentions[0]!;
  const host = [...before.mentions.flatMap((m) => m.participants), ...before.participants].find(
    (p) => p.kind === 'person',
  );
  return {
    // (a place the line introduces is its own, "في أنقرة"; else the one of the meeting listed: "رياض المالكي" is no Riyadh)
    mentions: [
      {
        ...mention,
        when: first.when,
        status: first.status,
        place: mention.place?.introduced ? mention.place : first.place,
      },
    ],
    participants: host ? [host] : [],
    perGuest: true,
  };
}
