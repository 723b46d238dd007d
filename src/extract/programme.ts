/**
 * A visitor's programme told leg by leg, the day said once: "وصل X إلى بغداد اليوم … ثم التقى
 * رئيس الوزراء … كما اجتمع برئيس البرلمان", "He later met the speaker". A meeting verb naming
 * someone new to the meeting in hand is another meeting of that day, with the same visitor.
 * A meeting recalled ("وكان قد التقى", "had met", "last year") is not one of the day's.
 */
import type { TimeExpression } from '../date-parser/index.js';
import type { Clause, Token } from './clauses.js';
import { participantKey, type Found, type Mention, type ParticipantMention, type PlaceMention } from './mentions.js';
import type { MeetingStatus } from '../calendar/types.js';
import { oneDayOf, wholeDay, type When } from './when.js';
import { cancelledIn, recalled, saysFuture, saysHeld } from './status.js';
import { INCLUDES_VERB, SAME_DAY, NO_DAY, VISIT_NOUNS } from './meeting-words.js';
import { gazetteer } from './gazetteer/index.js';
import { addDays } from '../time/local-days.js';
import { nameKey } from '../names/normalize.js';

/** A leg of the visit in hand: its day, the visitor who goes on to it (when the clause does not name them), and
 * who goes on from it; its place and status when only the visit's can be theirs. */
interface Leg {
  when: When;
  visitor: ParticipantMention | null;
  traveller: ParticipantMention | null;
  /** The visit's place, for a leg whose clause names only a guest's country ("بوزير خارجية جمهورية مصر"). */
  place: PlaceMention | null;
  /** The visit's status, for a leg told by "اجتماعه", "another meeting" (no verb of its own), unless called off. */
  status: MeetingStatus | null;
}

/** The leg of the visit in hand the clause tells; null when the clause is no new leg. */
export function programmeLeg(
  topic: Found | null,
  people: readonly ParticipantMention[],
  phrase: string,
  arabic: boolean,
  /** The index of the clause being read. */
  clause: number,
  /** The meeting noun of the clause, and the article's day. */
  {
    noun,
    published,
    ofTheVisit,
    group,
  }: { noun: string; published: string; ofTheVisit: boolean; group?: string | undefined },
): Leg | null {
  // ("Earlier in the day, he had met …" is of the day all the same.)
  if (!topic || (recalled(phrase) && !SAME_DAY.test(phrase)) || NO_DAY.test(phrase)) return null;
  // "ويرافق أردوغان في زيارته …": his visit, told again, is the frame of the legs, none of them ("He then visited
  // Speaker Berri" is one).
  if (VISITS.has(noun) && ofTheVisit) return null;
  const first = topic.mentions[0]!;
  if (first.when.precision !== 'day' && first.when.precision !== 'minute') return null;
  // The legs of a day told in one tense: after a visit held, "met" goes on with it; "is expected to visit" does not.
  // But a visit under way (begun today or last night) goes on with the meetings still to come:
  // "وصل بزشكيان اليوم إلى بغداد … ومن المنتظر أن يجتمع بكل من …", "would meet the country's top leaders".
  const held = first.status === 'held';
  const ahead =
    held &&
    VISITS.has(first.noun) &&
    !saysHeld(phrase, arabic) &&
    !VISITS.has(noun) &&
    underWay(first.when.date, published);
  // "وخلال اجتماعه بوزير خارجية كندا", "in another meeting with": told in the story's tense.
  // (but "He is expected to raise it in his meeting with …" after a meeting held is a meeting still to come)
  if ((!ofTheVisit || (held && saysFuture(phrase, arabic))) && held !== saysHeld(phrase, arabic) && !ahead) return null;
  const known = new Set(
    first.participants
      .concat(topic.participants)
      .filter((p) => p.kind === 'person')
      .map(participantKey),
  );
  // A visit with only its visitor named: the host its own sentence names is that visit's ("سيزور دمشق حيث
  // يلتقي وزير الخارجية"); a host in a later sentence is another leg.
  const theirs = first.participants.filter((p) => p.kind === 'person');
  // (a meeting with a group, "يلتقي مرسي أبناء الجالية، كما يلتقي …", has its guests; "وتبدأ لقاءات أولاند غداً
  // الأحد باجتماع مع …، يليه لقاء مع …": a day's meetings told together are the frame of the ones it lists)
  if (theirs.length < 2 && !first.group && !SERIES.test(first.spans?.trigger.text ?? '') && first.clause === clause)
    return null;
  const persons = people.filter((p) => p.kind === 'person');
  // Someone new, named with a title: a bare name here is as often a fragment as a host.
  // (or a group new to it: "حيث سيلتقي ممثلين عن المجتمع المدني")
  const newGroup = group !== undefined && !topic.mentions.some((m) => m.group === group);
  if (!newGroup && !persons.some((p) => p.titleStart !== undefined && !known.has(participantKey(p)))) return null;
  // The visitor: named again ("ثم التقى عراقجي …"), or the one who came to the leg in hand, or the first of the
  // two (or more) people of the meeting in hand.
  const again = persons.find((p) => known.has(participantKey(p)));
  const visitor = again ? null : (topic.traveller ?? theirs[0] ?? null);
  // (a meeting still to come is not on a day gone by: "arrived last night … would meet" is today's)
  const day = addDays(ahead && published > first.when.date ? published : first.when.date, nthDayOf(phrase));
  return {
    when: wholeDay(day),
    visitor,
    traveller: visitor ?? again ?? null,
    place: topic.mentions.find((m) => m.place)?.place ?? null,
    status: ofTheVisit && !cancelledIn(phrase, arabic) ? first.status : null,
  };
}

/** Meetings in the plural, a day's series: "لقاءات أولاند", "his meetings". */
const SERIES = /^[وف]?(?:ال)?(?:لقاءات|اجتماعات)(?:ه|ها)?$|^meetings$/;

/** "في اليوم الثاني من الزيارة", "on the second day": the visit's day told by its number. */
const NTH_DAY = /اليوم\s+(الثاني|الثالث|الرابع)|\bthe\s+(second|third|fourth)\s+day\b/i;
const NTH: Readonly<Record<string, number>> = { الثاني: 1, الثالث: 2, الرابع: 3, second: 1, third: 2, fourth: 3 };

/** How many days after the visit's first the phrase's leg is (0 when it does not say). */
function nthDayOf(phrase: string): number {
  const nth = NTH_DAY.exec(phrase);
  return nth ? (NTH[(nth[1] ?? nth[2]!).toLowerCase()] ?? 0) : 0;
}

/** Nouns of a journey: a new one, not a leg of the visit in hand. */
const VISITS = new Set(['زيارة', 'جولة', 'Visit']);

/** A visit begun on the article's day or the day before it is still under way. */
function underWay(day: string, published: string): boolean {
  return day === published || day === addDays(published, -1);
}

/**
 * A programme's line opens with its clock time: "15.30 (1 PM IST): Talks with …", "5:50 مساء:
 * ترامب يستقبل …", "10.45: Talks between the full delegations". The time there is the line's (the
 * one in brackets is the same moment elsewhere); "15.30" reads as a time only in that place.
 */
const LINE_CLOCK =
  /^\s*[-–•]?\s*(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?|صباح(?:اً|ا)?|مساء(?:اً|ا)?|ظهر(?:اً|ا)?)?\s*(?=[(–-]|:(?!\d))|^\s*(\d{1,2})[.:](\d{2})\s*(a\.?m\.?|p\.?m\.?|صباح(?:اً|ا)?|مساء(?:اً|ا)?|ظهر(?:اً|ا)?)\s+(?=\S)/i;

/** The clock time ("15:30") a programme's line opens with, or null. */
export function lineClock(clause: Clause, firstOfLine: boolean): string | null {
  if (!firstOfLine) return null;
  const found = LINE_CLOCK.exec(clause.text);
  if (!found) return null;
  // ("5:50 مساء ترامب يستقبل …": a time with its minutes and half of the day needs no colon after it)
  const m = found[1] !== undefined ? found : [found[0], found[4], found[5], found[6]];
  // "11 am - …" says its half of the day; "11 - …" alone is no time.
  if (m[2] === undefined && m[3] === undefined) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  if (hour > 23 || minute > 59) return null;
  const half = (m[3] ?? '').toLowerCase();
  if ((half.startsWith('p') || half.startsWith('مساء')) && hour < 12) hour += 12;
  if (half.startsWith('a') && hour === 12) hour = 0;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** Words a day's heading may have beside its date: "Day 2: Friday, May 15", "اليوم الأول: الأحد 14 كانون الثاني". */
const HEADING_WORDS = 3;

/** A programme's heading of a day: a line that is its date, give or take "Day 1:". Its day, or null. */
export function dayHeading(clause: Clause, dates: readonly TimeExpression[]): When | null {
  const date = dates[0];
  if (!date || date.value.type !== 'value' || date.value.point.grain !== 'day') return null;
  const rest = (clause.text.slice(0, date.start - clause.start) + ' ' + clause.text.slice(date.end - clause.start))
    .split(/[\s:،,.–-]+/)
    .filter((w) => w !== '');
  // ("يوم الاثنين 1 كانون الأول 2025، بين عنايا وحريصا وبيروت:": a line that opens with its date and ends with a colon)
  const opensLine =
    /:\s*$/.test(clause.text) &&
    clause.text
      .slice(0, date.start - clause.start)
      .split(/\s+/)
      .filter(Boolean).length <= 1;
  if (rest.length > HEADING_WORDS && !opensLine) return null;
  const day = date.value.point.local.slice(0, 10);
  return wholeDay(day);
}

/** The first person a meeting (or a mention) names, or null. */
export function firstPerson(meeting: Found | Mention | null): ParticipantMention | null {
  if (!meeting) return null;
  // (the meeting's own participants, then its mentions', in order: looked through, not gathered at each meeting word)
  if (!('mentions' in meeting)) return meeting.participants.find(isPerson) ?? null;
  let person = meeting.participants.find(isPerson);
  for (let m = 0; person === undefined && m < meeting.mentions.length; m++)
    person = meeting.mentions[m]!.participants.find(isPerson);
  return person ?? null;
}

const isPerson = (p: ParticipantMention): boolean => p.kind === 'person';

/** "يسير الجدول الزمني … بتوقيت القاهرة، على النحو الآتي:", "(all times Cairo time):": the zone a programme's lines are told in. */
const HEADING_ZONE = /بتوقيت\s+(\S+)|\b([A-Z][a-z]+) time\b/;

/** The zone a programme's heading (a clause that ends with a colon) tells its lines in, or null. */
export function headingZone(clause: Clause, arabic: boolean): string | null {
  if (!/:\s*$/.test(clause.text)) return null;
  const m = HEADING_ZONE.exec(clause.text);
  const word = m?.[1] ?? m?.[2];
  if (!word) return null;
  const { entries } = gazetteer();
  const place = (entries.get(nameKey(word)) ?? []).find((e) => e.kind === 'place');
  return place?.kind === 'place' && (arabic ? m?.[1] : m?.[2]) ? place.place.zone : null;
}

/** Someone's stay told without a meeting word: "Amos Hochstein arrived in Beirut on Tuesday", "In Strasbourg on Wednesday, the King addressed …". */
export interface Stay {
  people: ReadonlySet<string>;
  day: string;
  paragraph: number;
  /** The index of its clause among the article's. */
  clause: number;
  /** Where it was, when its clause says so ("In Strasbourg", "arrived in Beirut"). */
  place: PlaceMention | null;
}

/** The stay a clause without a meeting word tells: people named with one day, or null. */
export function stayOf(
  people: readonly ParticipantMention[],
  dates: readonly TimeExpression[],
  clause: { paragraph: number; index: number; text: string },
  placesOfClause: () => readonly (PlaceMention & { country?: boolean })[],
): Stay | null {
  const persons = people.filter((p) => p.kind === 'person');
  const day = dates.length === 1 ? oneDayOf(dates[0]!) : null;
  // (someone the story named, told again by a title or a pronoun: "In Strasbourg on Wednesday, the King addressed …")
  if (!day || (persons.length === 0 && !TOLD_AGAIN.test(clause.text))) return null;
  const place = placesOfClause().find((p) => p.introduced && !p.country && !p.origin && !p.nextStop) ?? null;
  return {
    people: new Set(persons.map(participantKey)),
    day,
    paragraph: clause.paragraph,
    clause: clause.index,
    place,
  };
}

/** Someone the story named, told again: "he", "the King", "His Majesty", سموه. */
const TOLD_AGAIN =
  /\b(?:he|she|the (?:king|queen|emir|amir|sultan|president|prime minister|minister|envoy|secretary|crown prince)|(?:his|her) (?:majesty|highness|excellency))\b|(?:^|\s)(?:جلالته|سموه|فخامته|معاليه|دولته)(?=\s|$)/i;

/** How many paragraphs after a stay a meeting of its people may be told without a day. */
const STAY_REACH = 3;
/** "also", كما (before a verb: not "وكما هو معروف"), أيضاً, كذلك: the meeting goes on with what the sentence before told. */
export const ALSO = /\balso\b|(?:^|\s)(?:و?كما(?!\s+(?:هو|هي|أن|ان)(?:\s|$))|[أا]يض(?:اً|ًا|ا)|كذلك)(?=[\s،,.]|$)/i;

/**
 * "… arrived in Beirut on Tuesday. Hochstein held talks with Speaker Nabih Berri": a meeting told
 * without a day, in the paragraph after a stay of someone of it (or the stay's own), is of that day. So is
 * one the next clause says "also" of, and it is where the stay was ("In Strasbourg on Wednesday, the King
 * addressed the European Parliament. His Majesty also held a meeting with …").
 */
export function dayOfStay(
  stay: Stay | null,
  people: readonly ParticipantMention[],
  phrase: string,
  clause: { paragraph: number; index: number },
): { when: When; place: PlaceMention | null } | null {
  // "talked about meeting face to face in the near future": no day, that one's or another.
  if (stay === null || clause.paragraph - stay.paragraph > STAY_REACH || NO_DAY.test(phrase)) return null;
  const theirs = people.some((p) => p.kind === 'person' && stay.people.has(participantKey(p)));
  const goesOn = clause.index === stay.clause + 1 && ALSO.test(phrase);
  if (theirs) return { when: wholeDay(stay.day), place: null };
  return goesOn ? { when: wholeDay(stay.day), place: stay.place } : null;
}

/**
 * A leg's place: the clause's, but for a country no word puts the leg in ("دعم البحرين لمصر", "بوزير خارجية جمهورية
 * مصر"): the visit's ("ثم توجه بلينكن إلى الأردن حيث التقى …" goes to Jordan).
 */
export function legPlace<P extends { start: number; country?: boolean }>(
  leg: Leg,
  place: P | null,
  tokens: readonly Token[],
): P | PlaceMention | null {
  if (!place?.country) return place;
  const at = tokens.findIndex((t) => t.start === place.start);
  return at > 0 && DESTINATION_WORDS.has(tokens[at - 1]!.key) ? place : leg.place;
}
const DESTINATION_WORDS = new Set(['الي', 'في', 'to', 'in']);

/** "زيارة تتضمن لقاءات مع …", "a visit that will include talks with …": meetings the visit just told holds, on its days. */
export function inTheVisit(
  visit: { noun: string; spans?: { trigger: { end: number } } | undefined },
  clause: { text: string; start: number },
  word: { start: number },
): boolean {
  if (!VISIT_NOUNS.has(visit.noun) || !visit.spans) return false;
  return VISIT_HOLDS.test(clause.text.slice(visit.spans.trigger.end - clause.start, word.start - clause.start));
}
const VISIT_HOLDS = new RegExp(`(?:^|\\s)(?:${INCLUDES_VERB})\\s|\\b(?:includes?|including|will include)\\b`);
