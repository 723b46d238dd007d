/**
 * When two mentions are of one meeting: days that overlap, and the same place (or neither has
 * one). A mention without a place ("لقاء الجمعة", a headline) is the placed meeting of those days
 * when it names nobody or someone who takes part in it.
 */
import { nameKeyOf } from '../names/normalize.js';
import {
  participantKey,
  personKeys,
  type Found,
  type Mention,
  type ParticipantMention,
  type PlaceMention,
  type SessionFormat,
} from './mentions.js';
import type { Clause, Token } from './clauses.js';
import { closeAfter } from './phrases.js';
import type { When } from './when.js';
import { localInstant } from '../time/local-days.js';
import { VISIT_NOUNS } from './meeting-words.js';

export function sameMeeting(a: Mention, b: Mention): boolean {
  return (
    a.when.date <= b.when.endDate &&
    b.when.date <= a.when.endDate &&
    samePlaceAndPeople(a, b) &&
    !otherCounterparts(a, b) &&
    !otherClockTimes(a, b) &&
    !otherFormats(a.format, b.format) &&
    !dayOfAVisit(a, b) &&
    !dayOfAVisit(b, a)
  );
}

/** "لقاء مغلق … يليه اجتماع موسع", "one-on-one talks, then the expanded meeting": two sessions. */
function otherFormats(a: SessionFormat | undefined, b: SessionFormat | undefined): boolean {
  return a !== undefined && b !== undefined && a !== b;
}

/**
 * A session told without a day is another of the meeting in hand when that one's words say the other format (the
 * reader asks it of an indefinite meeting word: "المباحثات" is the meeting in hand again).
 */
export function otherSession(topic: Found | null, format: SessionFormat | undefined): boolean {
  return topic !== null && [topic.format, ...topic.mentions.map((m) => m.format)].some((f) => otherFormats(f, format));
}

/** The people of another session of `session` (the meeting in hand) are its people and those its own words add. */
export function withSessionPeople(session: Found | null, own: readonly ParticipantMention[]): ParticipantMention[] {
  return session ? [...session.mentions[0]!.participants, ...session.participants, ...own] : [...own];
}

/** "visiting Pakistan from May 5 to 8" and "took part yesterday in the trilateral dialogue": a visit of several days holds meetings of their own days. */
function dayOfAVisit(visit: Mention, day: Mention): boolean {
  return isVisitSpan(visit) && day.when.date === day.when.endDate && !VISIT_NOUNS.has(day.noun);
}

/** A visit told over several days. */
export function isVisitSpan(mention: Mention): boolean {
  return isVisit(mention) && mention.when.date < mention.when.endDate;
}

/** A mention of a visit (زيارة, visit), not of talks or a meeting. */
export function isVisit(mention: Mention): boolean {
  return VISIT_NOUNS.has(mention.noun);
}

/** A programme's line is the meeting of its own clock time: not the visit the story told before its lines. */
export function sameLine(known: Mention, line: Mention): boolean {
  return sameClock(known.when, line.when) === true && sameMeeting(known, line);
}

/** A programme's lines, "5:50: Trump receives Sisi … 6:10: talks with Sisi": two clock times of one day are two meetings. */
function otherClockTimes(a: Mention, b: Mention): boolean {
  return sameClock(a.when, b.when) === false;
}

/**
 * Whether two clock times are one moment (null: one has none, or their zones cannot be compared).
 * "11:50 بتوقيت واشنطن" and a programme's "5:50 مساء" told in Cairo's time are one.
 */
function sameClock(a: When, b: When): boolean | null {
  if (a.time === null || b.time === null) return null;
  if (a.zone === b.zone) return a.time === b.time;
  if (a.zone === null || b.zone === null) return null;
  return localInstant(a.date, a.time, a.zone) === localInstant(b.date, b.time, b.zone);
}

/** A programme's leg is the same meeting as one that already names everyone the leg names. */
export function sameLeg(known: Mention, leg: Mention): boolean {
  const theirs = personKeys(known.participants);
  return sameMeeting(known, leg) && [...personKeys(leg.participants)].every((key) => theirs.has(key));
}

/**
 * A visitor's programme: "X met A … X then met B" in one city on one day are two meetings. Two
 * mentions that each name someone the other does not are of different meetings; one naming
 * some of the other's people ("during the talks, X said") is of the same.
 */
function otherCounterparts(a: Mention, b: Mention): boolean {
  const theirsA = personKeys(a.participants);
  const theirsB = personKeys(b.participants);
  if ((byVerb(b) && bilateralWithin(theirsB, theirsA)) || (byVerb(a) && bilateralWithin(theirsA, theirsB))) return true;
  if ((byVerb(b) && bilateralBesideBody(b, a)) || (byVerb(a) && bilateralBesideBody(a, b))) return true;
  if (a.group) theirsA.add(a.group);
  if (b.group) theirsB.add(b.group);
  // "Dendias and Cavusoglu also met President Erdogan", "كما يلتقي …" after a meeting of the same day: someone new
  // told with "also" is another meeting, though the mention names the first one's people too.
  // (the later mention only, and told by a verb of meeting: not "also discussed Libya at the meeting, attended by …")
  if (b.also && byVerb(b) && [...personKeys(b.participants)].some((key) => !theirsA.has(key))) return true;
  return [...theirsA].some((key) => !theirsB.has(key)) && [...theirsB].some((key) => !theirsA.has(key));
}

/**
 * "اجتمع وزراء خارجية الأردن ومصر وفرنسا وألمانيا … والتقى الصفدي لودريان": two of a ministerial's
 * four or more people meeting on their own hold a bilateral beside it, not the ministerial again.
 */
function bilateralWithin(two: Set<string>, many: Set<string>): boolean {
  return two.size === 2 && many.size >= BILATERAL_BESIDE && [...two].every((key) => many.has(key));
}
/**
 * "on the sidelines of the meeting of the Arab League Council … Shoukry also met his Yemeni counterpart Jamal
 * Al-Salal": two people a verb of meeting names are a bilateral of their own, not the body's meeting that names
 * nobody (unless they meet as that body: "يلتقي وزراء خارجية دول مجلس التعاون … لعقد الدورة الـ130 للمجلس الوزاري").
 */
function bilateralBesideBody(bilateral: Mention, body: Mention): boolean {
  const bodies = body.participants.filter((p) => p.kind === 'organization').map(participantKey);
  return (
    bodies.length > 0 &&
    personKeys(body.participants).size === 0 &&
    personKeys(bilateral.participants).size >= 2 &&
    !bilateral.participants.some((p) => p.kind === 'organization' && bodies.includes(participantKey(p)))
  );
}
/** How many people a meeting must name for two of them to hold one of their own beside it. */
const BILATERAL_BESIDE = 4;

/** A meeting told by a verb of meeting someone ("والتقى الصفدي لودريان", "met"), not by a noun ("co-chaired the meeting", "عقب الاجتماع"). */
function byVerb(mention: Mention): boolean {
  const word = mention.spans?.trigger;
  if (word === undefined) return false;
  if (word.talksVerb || word.englishVerb !== null || MEETING_VERB.test(word.text)) return true;
  // "كما عقد لقاء مع الرئيس", "وعقد الرئيس السيسي لقاء مع", "also held talks with": the noun of a verb of holding
  for (let at = mention.evidence.indexOf(word.text); at > 0; at = mention.evidence.indexOf(word.text, at + 1))
    if (HOLDING_VERB_BEFORE.test(mention.evidence.slice(Math.max(0, at - 40), at))) return true;
  return false;
}
/** A verb of holding before a meeting noun, its subject between: عقد، عقدا، أجرت، held, holds, had. */
const HOLDING_VERB_BEFORE =
  /(?:^|\s)(?:[وف]?(?:عقد|عقدت|عقدا|عقدوا|أجرى|اجرى|أجرت|اجرت|أجريا|اجريا|يعقد|سيعقد|يجري|سيجري)|held|holds|hold|had)\s+(?:\S+\s+){0,3}?$/;
/** A verb of meeting as written, with its clinging و or ف and an object pronoun: "والتقى", "استقبله", "met". */
const MEETING_VERB =
  /^(?:met|meets|meet|received|receives|hosted|hosts)$|^[وف]?(?:س?[يت](?:لتقي|جتمع|ستقبل)|التق[ىيت]|اجتمع|استقبل)/;

/** The same place, or one of them placeless and naming nobody or someone of the other: whatever the days. */
export function samePlaceAndPeople(a: Mention, b: Mention): boolean {
  const placeA = a.place ? nameKeyOf(a.place.place.name) : null;
  const placeB = b.place ? nameKeyOf(b.place.place.name) : null;
  if (placeA === placeB) return true;
  if (placeA !== null && placeB !== null) return false;
  const [placed, placeless] = placeA ? [a, b] : [b, a];
  const theirs = personKeys(placeless.participants);
  return theirs.size === 0 || [...personKeys(placed.participants)].some((key) => theirs.has(key));
}

/** A meeting that took place and one called off are two ("the deputies' meeting was put off … Assad met Putin"). */
function calledOffAndHeld(found: Found, mention: Mention): boolean {
  const statuses = new Set(found.mentions.map((m) => m.status));
  return (
    (mention.status === 'held' && statuses.has('cancelled')) ||
    (mention.status === 'cancelled' && statuses.has('held') && !statuses.has('cancelled'))
  );
}

/** One of the first four mentions of `found` is of the same meeting as `mention` (comparing with all would cost the square of a long text). */
export function firstMentionsMatch(
  found: Found,
  mention: Mention,
  same: (a: Mention, b: Mention) => boolean = sameMeeting,
): boolean {
  if (calledOffAndHeld(found, mention) || otherFormats(found.format, mention.format)) return false;
  for (let k = 0; k < found.mentions.length && k < 4; k++) if (same(found.mentions[k]!, mention)) return true;
  return false;
}

const WITH = new Set(['مع', 'with']);
/** A verb of meeting in the past, as written: "met", "received", "التقى", "استقبل", "اجتمع". */
const PAST_MEETING_VERB = /^(?:met|received|hosted)$|^[وف]?(?:التق[ىيت]|اجتمع|استقبل)/;

/**
 * The meeting an anaphor (الاجتماع, "the meeting") at tokens[index] points to: the one with the
 * person named after it ("اللقاء مع الرئيس الأسد"), else the one in hand.
 */
export function pointedTo(
  found: readonly Found[],
  topic: Found | null,
  tokens: readonly Token[],
  index: number,
  people: readonly ParticipantMention[],
  noun: string,
): Found | null {
  const after = tokens[index + 1];
  if (after && WITH.has(after.key)) {
    const named = people.find((p) => p.kind === 'person' && p.start > after.start);
    const key = named && participantKey(named);
    const withThem = key
      ? found.find((f) => f.mentions.some((m) => m.participants.some((p) => participantKey(p) === key)))
      : undefined;
    if (withThem) return withThem;
  }
  // "Prince Faisal met his Tunisian counterpart" after "ahead of the summit on Friday": one held is not one still to come.
  if (topic?.mentions[0]!.status === 'scheduled' && PAST_MEETING_VERB.test(tokens[index]!.text.toLowerCase()))
    return null;
  // "the meeting" after a summit named in passing: the meeting, not the summit.
  if (topic && topic.mentions[0]!.noun !== noun) return found.findLast((f) => f.mentions[0]!.noun === noun) ?? topic;
  return topic;
}

/**
 * "وجرى اللقاء في قصر قرطاج": a place right after an anaphor (in its phrase, introduced) is where
 * the meeting it points to was, when that meeting had no city of its own.
 */
export function placeAfterAnaphor(
  pointed: Found,
  place: PlaceMention & { country?: boolean },
  clause: Clause,
  anaphorEnd: number,
  clauseIndex: number,
): void {
  if (place.country || !place.introduced || !closeAfter(clause, anaphorEnd, place.start)) return;
  // A venue named with the anaphor ("اللقاء الذي احتضنه مجلس قصر البحر في أبوظبي") says more than a city told before.
  if (pointed.mentions.some((m) => m.place && !m.place.country && (m.place.venue || !place.venue))) return;
  pointed.mentions.push({
    ...pointed.mentions[0]!,
    place,
    participants: [],
    evidence: clause.text.trim(),
    clause: clauseIndex,
  });
}
