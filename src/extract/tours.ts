/**
 * A journey's itinerary told in one sentence with its days: "the nine-day trip from November 3 to
 * November 11 will take Kerry to Jordan, the United Arab Emirates, Algeria and Morocco", "جولة
 * خليجية تشمل مسقط والدوحة والكويت من 9 إلى 11 شباط". Each stop is a meeting of its own (the
 * traveller with the hosts there), over the journey's days: the text does not say which day is
 * whose.
 */
import type { TimeExpression } from '../date-parser/index.js';
import type { Clause, Token } from './clauses.js';
import { gazetteerMentions } from './entities.js';
import { gazetteer } from './gazetteer/index.js';
import {
  countryParticipant,
  participantKey,
  personKeys,
  type Found,
  type Mention,
  type ParticipantMention,
  type PlaceMention,
} from './mentions.js';
import { recalled, statusOf } from './status.js';
import { isClockOnly, toWhen, type When } from './when.js';
import { inList, wordList } from './word-lists.js';
import { INCLUDES_VERB, SPOKESPERSON } from './meeting-words.js';
import { capitalised } from './place-words.js';
import type { PeopleRegistry } from './people/registry.js';

/** Words of a journey of several stops. */
const ENGLISH_TRIP = new Set(['trip', 'tour', 'itinerary', 'stops', 'visits', 'swing']);
const ENGLISH_TRIP_WORD = wordList((word) => ENGLISH_TRIP.has(word.key));
const ARABIC_TRIP = new Set(['جولته', 'جولتها', 'زيارات', 'محطات']);
/** "جولة" is a round of talks too: a journey when the clause says what it takes in ("جولة تشمل …"). */
const ARABIC_TAKES_IN = new Set(['تشمل', 'ستشمل', 'يشمل', 'شملت', 'تقوده', 'ستقوده']);
/**
 * Verbs of visiting, whose object may list the stops itself: "will visit Kenya, Nigeria and Saudi
 * Arabia next week", "يزور خلالها الأردن وتركيا ولبنان".
 */
const ENGLISH_VISIT = wordList((word) =>
  /^(?:visit(?:s|ed)?|travel(?:s|led|ed)?|go(?:es)?|went|head(?:s|ed)?)$/.test(word.key),
);
/** "will go to", "heads to": verbs of going that are a journey's only with "to" after them. */
const GOING = /^(?:go(?:es)?|went|head(?:s|ed)?)$/;
const ARABIC_VISIT = /^[وف]?(?:س?[يت]زور|زار|زارت)$/;
/** The fewest stops that make an itinerary. */
const FEWEST_STOPS = 2;

/** The word of a journey the clause names, or null. */
export function tripWord(tokens: readonly Token[], arabic: boolean): Token | null {
  if (!arabic)
    return (
      tokens.find((t, k) => inList(t, ENGLISH_TRIP_WORD) || (inList(t, ENGLISH_VISIT) && asVerb(tokens, k))) ?? null
    );
  const takesIn = tokens.some((t) => t.stems.some((s) => ARABIC_TAKES_IN.has(s)));
  return (
    tokens.find((t) => t.stems.some((s) => ARABIC_TRIP.has(s) || (takesIn && s === 'جوله'))) ??
    tokens.find((t) => ARABIC_VISIT.test(t.key)) ??
    null
  );
}

/** "will visit", "travel to", "visited": a verb, not the noun of "a state visit to China by …". */
function asVerb(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.key ?? '';
  if (GOING.test(tokens[k]!.key)) return tokens[k + 1]?.key === 'to';
  return /ed$/.test(tokens[k]!.key) || !(NOUN_BEFORE.has(before) || /-(?:day|week|nation|country)$/.test(before));
}
/** Words that make "visit" or "travel" after them a noun. */
const NOUN_BEFORE = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'their',
  'its',
  'this',
  'that',
  'state',
  'official',
  'working',
  'planned',
  'first',
  'last',
  'recent',
  'upcoming',
  'private',
  'brief',
  'short',
  'historic',
  'surprise',
  'reciprocal',
  'rare',
  'second',
]);

/** Whether a person is the one who tells of the journey: their role, or the words right before their name, say so. */
function spokesperson(clause: Clause, person: ParticipantMention): boolean {
  const before = clause.text.slice(
    Math.max(0, person.start - clause.start - SPOKESPERSON_REACH),
    person.start - clause.start,
  );
  return SPOKESPERSON.test(person.role ?? '') || SPOKESPERSON.test(before);
}
const SPOKESPERSON_REACH = 30;

/** The first person the story named before, named again in the clause before its journey's word. */
function namedBefore(clause: Clause, trip: Token, registry: PeopleRegistry): ParticipantMention | null {
  for (const token of clause.tokens) {
    if (token.start >= trip.start) break;
    const person = registry.lookup(token.key);
    if (person?.kind === 'person' && !SPOKESPERSON.test(person.role ?? ''))
      return { ...person, role: person.role ?? null, start: token.start };
  }
  return null;
}

/** "travel" of any sense; "visit" is a visitor's. */
const TRAVEL = /^travel/;

/** Someone named before the verb, or he, she or they right before it ("He will then travel to …"). */
function travelledBy(tokens: readonly Token[], trip: Token, people: readonly ParticipantMention[]): boolean {
  const k = tokens.indexOf(trip);
  return (
    people.some((p) => p.kind === 'person' && p.start < trip.start) ||
    tokens.slice(Math.max(0, k - 3), k).some((t) => /^(?:he|she|they)$/.test(t.key))
  );
}

/** A name right before the verb of going ("Kerry will go to", "Scholz heads to"): someone's journey, not "the refugees went to". */
function namedSubject(tokens: readonly Token[], trip: Token): boolean {
  let k = tokens.indexOf(trip) - 1;
  while (k > 0 && AUXILIARIES.has(tokens[k]!.key)) k--;
  return k > 0 && capitalised(tokens[k]!);
}
const AUXILIARIES = new Set(['will', 'would', 'shall', 'then', 'also', 'later', 'next', 'is', 'to']);

/** A relative pronoun, a negation, or a habit near the verb: no journey of the story's. */
function notOwnVisit(tokens: readonly Token[], trip: Token, text: string): boolean {
  const k = tokens.indexOf(trip);
  return tokens.slice(Math.max(0, k - 3), k).some((t) => NOT_OWN.test(t.key)) || HABITUAL.test(text);
}
/** A relative pronoun, a negation, a visit gone by long ago ("الذي سبق أن زار"). */
const NOT_OWN = /^(?:الذي|التي|الذين|اللذين|لن|لم|لا|ولن|ولم|سبق|who|which|not|never|cannot|won't)$/;
/** A habit: "frequently travels to Turkey and Egypt", "يزور تركيا ومصر باستمرار". */
const HABITUAL = /\b(?:frequently|often|regularly|routinely|usually)\b|باستمرار|دائما|دائماً|دوما|عادة/;

/** A verb of visiting: its stops follow it with no preposition, and one day of it is every stop's. */
function visitVerb(trip: Token): boolean {
  return inList(trip, ENGLISH_VISIT) || ARABIC_VISIT.test(trip.key);
}

/**
 * One mention per stop of the journey the clause tells, or none: a journey needs its days (not a
 * clock time alone, not its end) and at least two stops, each a city or a country (its capital).
 */
export function tourStops(
  /** The clause read, its dates and its people. */
  record: { clause: Clause; dates: readonly TimeExpression[]; people: readonly ParticipantMention[] },
  index: number,
  trip: Token,
  places: readonly (PlaceMention & { country?: boolean })[],
  arabic: boolean,
  { published, zone, registry }: { published: string; zone: string; registry: PeopleRegistry },
): Mention[] {
  const { clause } = record;
  // "FM Cho to visit Turkey, Belgium this week": a headline's visits are told again, with their days, below it;
  // "الذي زار بيروت وعمان", "will not visit", "warned Americans not to travel to Iraq, Syria": no journey of the story's.
  const headline = clause.paragraph === 0 && !/[.!?؟]\s*$/.test(clause.text);
  if (visitVerb(trip) && (headline || notOwnVisit(clause.tokens, trip, clause.text))) return [];
  const days = tripDays(clause, record.dates, published);
  // "flew to Kabul this morning on the first leg of a trip that will also take him to Iran": the first leg's day.
  if (
    !days ||
    (days.end <= trip.start && FIRST_LEG.test(clause.text.slice(days.end - clause.start, trip.start - clause.start)))
  )
    return [];
  const when = toWhen(days, null, zone, days.text);
  const status = statusOf(clause.text, clause.text, when, published, arabic);
  // ("… said that Kerry will go to …": a surname alone, of someone the story named before)
  const again = namedBefore(clause, trip, registry);
  // (the spokesperson who tells of it, "spokeswoman Victoria Nuland said that … Kerry will go to", is not the traveller)
  const traveller =
    record.people.find((p) => p.kind === 'person' && !spokesperson(clause, p)) ??
    again ??
    (registry.subject && { kind: 'person' as const, ...registry.subject, role: null, start: trip.start });
  // "Manchester City will travel to …", "restrictions on travel to …", "the refugees went to Turkey and Lebanon":
  // travelling and going are a journey of someone named before the verb ("Kerry will go to": by name alone, too).
  const going = GOING.test(trip.key);
  const someone =
    again !== null || travelledBy(clause.tokens, trip, record.people) || (going && namedSubject(clause.tokens, trip));
  if ((TRAVEL.test(trip.key) || going) && !someone) return [];
  // Countries in a list are parties to the gazetteer ("to Jordan, the United Arab Emirates, Algeria"): their capitals are stops.
  const { countries } = gazetteer();
  const listed = gazetteerMentions(clause.tokens, arabic).participants.flatMap((p) => {
    const capital = p.kind === 'country' ? [...countries.values()].find((c) => c.name === p.name)?.capital : null;
    return capital
      ? [{ place: capital, start: p.start, end: nameEnd(clause, p.start), introduced: false, country: true }]
      : [];
  });
  const candidates = [...places, ...listed.filter((c) => !places.some((p) => p.start === c.start))];
  const stops = new Map<string, PlaceMention & { country?: boolean }>();
  for (const p of itinerary(clause, trip, candidates)) if (!stops.has(p.place.name)) stops.set(p.place.name, p);
  if (stops.size < FEWEST_STOPS) return [];
  // "استهل اليوم جولة تقوده إلى الصين وكوريا الجنوبية": one day is the first stop's, not every country's.
  // ("setting off on Feb. 9 on a three-day tour" is the tour's days, though.)
  const oneDay =
    !visitVerb(trip) &&
    when.date === when.endDate &&
    !LASTS_DAYS.test(clause.text) &&
    new Set([...stops.values()].map((s) => s.place.country)).size > 1;
  return [...stops.values()].slice(0, oneDay ? 1 : undefined).map((stop) => {
    const country = stop.place.country ? countries.get(stop.place.country) : undefined;
    const host = country ? [countryParticipant(country, stop.start)] : [];
    return {
      noun: arabic ? 'زيارة' : 'Visit',
      when,
      place: stop,
      participants: traveller ? [traveller, ...host] : host,
      status,
      stop: true,
      evidence: clause.text.trim(),
      clause: index,
      spans: { trigger: trip, date: null },
    };
  });
}

/** What opens an itinerary after the journey's word: "will take Kerry to", "a tour of", "with stops in", "تشمل", "إلى". */
const OPENS_LIST = new RegExp(
  `(?:\\b(?:to|of|include|includes|including|stops? in|stopovers? in)|${INCLUDES_VERB}|إلى|الى)\\s*(?:the\\s+)?$`,
);
/**
 * From a verb of visiting to its first stop: nothing ("visit Kenya"), خلالها, or in Arabic the
 * subject and the day before كلا من ("زار وزير الخارجية أمس الاثنين كلا من الأردن").
 */
const VISITED_AFTER =
  /^\s*(?:to\s+)?(?:the\s+)?$|^\s*(?:خلالها|خلاله)\s+$|^[^،,.:;a-zA-Z]{0,60}\s(?:كلا|كلاً|كل)\s+من\s+$/;
/** From one stop of a verb's object to the next: a comma, "and", "as well as", or nothing before و ("الأردن وتركيا"). */
const STOPS_SEPARATED = /^\s*(?:[,،]\s*)?(?:(?:and|as well as)\s+)?(?:the\s+)?$/;
/** What ends a list of stops: a clause about what was done there ("Turkey, where he discussed Syria, Libya"). */
const TOPICS_AFTER = /\b(?:where|which|who|to discuss|discuss\w*)\b|حيث|لبحث|لمناقشة|بحث/;

/** The next stop of a journey noun's list follows a stop's name, a comma or "and", and a few words of its own. */
function nextStop(gap: string): boolean {
  return (
    gap.length <= LIST_GAP &&
    /^\S+(?:\s+\S+){0,3}?[\s,،]*(?:(?:and|as well as)\s+)?(?:the\s+)?و?$/.test(gap) &&
    !TOPICS_AFTER.test(gap)
  );
}

/** How long a stop's name and the words before the next may be. */
const LIST_GAP = 45;
/** How far after the journey's word its list may open ("the nine-day trip from November 3 to November 11 will take Kerry to"). */
const LIST_REACH = 80;

/** The places listed after the journey's word, one after another: its stops (not "a trip meant to calm the situation in Gaza"). */
function itinerary(
  clause: Clause,
  trip: Token,
  places: readonly (PlaceMention & { country?: boolean })[],
): (PlaceMention & { country?: boolean })[] {
  const text = (from: number, to: number) => clause.text.slice(from - clause.start, to - clause.start);
  const after = places.filter((p) => p.start > trip.end && !p.origin).sort((a, b) => a.start - b.start);
  // A verb's stops are its object, one right after another ("visit Kenya, Nigeria and Saudi Arabia", "يزور الأردن
  // وتركيا"): not the countries of titles and topics around them ("وزراء خارجية الأردن والسعودية", "urging Iran").
  const verb = visitVerb(trip);
  const opens = (p: PlaceMention) =>
    verb
      ? VISITED_AFTER.test(text(trip.end, p.start))
      : OPENS_LIST.test(text(Math.max(trip.end, p.start - 20), p.start));
  const first = after.findIndex((p) => p.start - trip.end <= LIST_REACH && opens(p));
  if (first < 0) return [];
  const listed = [after[first]!];
  for (const p of after.slice(first + 1)) {
    const last = listed.at(-1)!;
    const next = verb ? STOPS_SEPARATED.test(text(last.end, p.start)) : nextStop(text(last.start, p.start));
    if (!next) break;
    // "visited Jeddah, Saudi Arabia, on Wednesday": the city's country, no stop of its own.
    if (p.country && !last.country && p.place.country === last.place.country) continue;
    listed.push(p);
  }
  return listed;
}

/** Where the gazetteer name that opens at `start` ends ("the United Arab Emirates" is one). */
function nameEnd(clause: Clause, start: number): number {
  const k = clause.tokens.findIndex((t) => t.start === start);
  if (k < 0) return start + 1;
  return clause.tokens[Math.min(clause.tokens.length, k + Math.max(1, clause.tokens[k]!.nameSpan)) - 1]!.end;
}

/** The journey's days: the first expression of days (not a clock time, not its end: "تنتهي جولته في 30") in the clause. */
function tripDays(clause: Clause, dates: readonly TimeExpression[], published: string): TimeExpression | null {
  const days = dates.find((d) => !isClockOnly(d, published)) ?? null;
  const before = days ? clause.text.slice(Math.max(0, days.start - clause.start - 30), days.start - clause.start) : '';
  return days && !ENDS.test(before) ? days : null;
}

/** A journey told with its length: "a three-day tour", "جولة تستغرق ثلاثة أيام", "يومين". */
const LASTS_DAYS = /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)[- ]days?\b|أيام|يومين|يومان/i;
const FIRST_LEG = /\bfirst (?:leg|stop)\b|المحطة الأولى|أولى محطات|المحطة الاولى|اولى محطات/i;

const ENDS = /تنتهي|تختتم|ينهي|يختتم|\b(?:ends?|ending|wraps? up|conclud\w*)\b/;

/** "In Sri Lanka, …", "While in Singapore, …", "وفي بغداد، …": a place that opens its clause, the frame of what the clause tells. */
const FRONTED = /^\s*(?:and\s+|while\s+)?in\s+(?:the\s+)?$|^\s*و?في\s+$/i;

/**
 * The days of a meeting whose clause opens with its place ("In Sri Lanka, the top diplomat will hold talks …"): those
 * of the journey told there, when it is not the meeting in hand (whose legs are programmeLeg's).
 */
export function frontedJourney(
  found: readonly Found[],
  topic: Found | null,
  place: PlaceMention & { country?: boolean },
  meeting: {
    clause: { text: string; start: number };
    index: number;
    stretchPeople: readonly ParticipantMention[];
    trigger: { token: { start: number } };
  },
): When | null {
  const { clause, index } = meeting;
  const after = clause.text.slice(place.end - clause.start, place.end - clause.start + 2);
  if (!/^\s*[,،]/.test(after) || !FRONTED.test(clause.text.slice(0, place.start - clause.start))) return null;
  const journey = journeyTo(found, place, { clause: index, text: clause.text }, true);
  if (!journey || topic?.mentions.includes(journey)) return null;
  // ("In Japan, Li will meet Kishida" after Modi's flight to Japan: another traveller's journey)
  const travellers = personKeys(journey.participants);
  const subjects = meeting.stretchPeople.filter((p) => p.kind === 'person' && p.start < meeting.trigger.token.start);
  return subjects.length === 0 || subjects.some((p) => travellers.has(participantKey(p))) ? journey.when : null;
}

/**
 * A journey to a country told with its days and no city ("left for Pakistan yesterday on a
 * two-day visit"), whose meeting a later sentence tells without a day in one of that country's
 * cities ("In Islamabad, Alawi is to hold talks with …"): the journey's mention, whose days are the meeting's.
 */
export function journeyTo(
  found: readonly Found[],
  place: PlaceMention & { country?: boolean },
  /** The meeting's clause (a journey told in it is its own: "began a visit to Japan …, is due to hold talks in Tokyo") and words. */
  meeting: { clause: number; text: string },
  /** The place opens the clause ("In Sri Lanka, …"): a journey to that very country is the meeting's too. */
  fronted = false,
): Mention | null {
  // ("The visit follows last year's talks in Busan": one recalled is not the journey's)
  if ((place.country && !fronted) || !place.introduced || !place.place.country || recalled(meeting.text)) return null;
  const clause = meeting.clause;
  for (let k = found.length - 1; k >= 0; k--) {
    const journey = found[k]!.mentions.find(
      (m) => m.clause !== clause && m.place?.country && m.place.place.country === place.place.country,
    );
    if (journey) return journey;
  }
  return null;
}
