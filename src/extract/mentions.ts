/** What the reader finds in a clause: places, institutions, participants, and the names of people. */
import { nameKeyOf } from '../names/normalize.js';
import type { MeetingStatus, ParticipantKind } from '../calendar/types.js';
import type { Clause, Token } from './clauses.js';
import type { TimeExpression } from '../date-parser/index.js';
import { precisionRank, type When } from './when.js';
import { FATHER_WORDS } from './people/name-spellings.js';
import type { Country, Institution, Organization, Place, Venue } from './gazetteer/index.js';

export interface PlaceMention {
  place: Place;
  start: number;
  end: number;
  /** Introduced by في / إلى / in / to / at, or by a descriptor (مدينة، العاصمة): where something happens. */
  introduced: boolean;
  /** The venue it was read from (قصر بيان, the Kremlin) or that was named with it ("قصر السلام في جدة"). */
  venue?: Venue;
  /** The venue's city was its likeliest of several (قصر الشعب: Damascus or Algiers): the article's other places may say which. */
  venueGuessed?: true;
  /** Said as where someone comes from ("arrived from Rome", "قادماً من عمان"): not where anything happens. */
  origin?: true;
  /** Where someone goes next ("before leaving for South Korea", "عشية توجهه إلى طهران"): not the place of a meeting word before it. */
  nextStop?: true;
  /** The name of a meeting or an accord ("the Geneva talks", "مسار أستانا"): that meeting's place, not another's. */
  namesMeeting?: true;
}
export interface PersonName {
  name: string | null;
  nameAr: string | null;
  role: string | null;
}

export interface ParticipantMention {
  kind: ParticipantKind;
  name: string | null;
  nameAr: string | null;
  role: string | null;
  start: number;
  /** Where the person's title begins (السفير …, U.N. envoy …): a place inside it is their post, not where they meet. */
  titleStart?: number;
  /** Named by a plural title with the others of its list ("the foreign ministers of France and Italy"): guests each. */
  listed?: true;
}

export interface Mentions {
  places: PlaceMention[];
  /** Countries named as a place (في سورية) with no city: the place is the country's capital, when known. */
  countryPlaces: (PlaceMention & { country: Country })[];
  participants: ParticipantMention[];
  /** Institutions named as a place without their country ("at the presidential palace"): the meeting's country says which. */
  institutions: InstitutionMention[];
}

export interface InstitutionMention {
  institution: Institution;
  start: number;
  end: number;
}

/** Words after which a place is where something happens: في لندن, إلى دمشق, العاصمة واشنطن. */
/** A title and its descriptor ("المبعوث الخاص لشؤون سورية") are never longer than this. */

/** A session of a summit or talks: its leaders alone, or with their delegations. */
export type SessionFormat = 'closed' | 'expanded';

/** A meeting word as read: its noun, when, where, who, and the clause it is in. */
export interface Mention {
  noun: string;
  when: When;
  /** `country`: the text named only a country (its capital stands for it). */
  place: (PlaceMention & { country?: boolean }) | null;
  participants: ParticipantMention[];
  status: MeetingStatus;
  /** Put off to this mention's day ("أرجئت إلى يوم الإثنين"): its status stands over the old day's cancellation. */
  rescheduled?: true;
  /** An arrival gone by ("وصل أمس إلى بغداد"): the visit in hand, no meeting unless another mention joins it. */
  arrival?: true;
  /** One stop of a journey its clause lists (tours.ts): the stops are the news, no arrival for a meeting after. */
  stop?: true;
  /** Held with a group named as such ("أبناء الجالية", "students"), as a key: a counterpart as a name is. */
  group?: string | undefined;
  /** Its words before the meeting word say "also" (كما, أيضاً): another meeting than the one told before, when it names someone new. */
  also?: boolean | undefined;
  /** Told without a day, its own words say it is still to come ("ومن المنتظر أن يعقد الرئيسان …", "will also meet"). */
  toCome?: true;
  evidence: string;
  /** Its own words (from its meeting word to the next) say it was held by video or by phone; unset: its evidence is read. */
  remote?: boolean;
  /** The index of its clause among the article's (`ArticleReader.clauses`). */
  clause: number;
  /** Its words say a closed session ("لقاء مغلق", "one-on-one") or one with the delegations ("جلسة موسعة", "expanded"). */
  format?: SessionFormat;
  /**
   * The meeting word, and the date expression its day came from (null: the day of the mention
   * before it, or with `publicationDay` the article's day: the text gives none), for its evidence.
   */
  spans?: { trigger: Token; date: TextSpan | null; publicationDay?: true };
}

/** Words of the article, by offset. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** One meeting: its mentions, and the participants clauses about it added. */
export interface Found {
  mentions: Mention[];
  participants: ParticipantMention[];
  /** A meeting with one guest of a list read as one meeting per guest (guests.ts): not to be split again. */
  perGuest?: true;
  /** The session a mention without a day said it is ("جلسة مباحثات ثنائية"): the other one is another meeting. */
  format?: SessionFormat | undefined;
  /** A programme's leg: the visitor who goes on from it to the next leg. */
  traveller?: ParticipantMention;
}

/** Someone the text names again (by a title, a surname, a pronoun), as a participant read at `start`. */
export function personMention(
  person: PersonName,
  start: number,
  role: string | null = person.role,
): ParticipantMention {
  return { kind: 'person', name: person.name, nameAr: person.nameAr, role, start };
}

/** The holder of an office named by its title alone (`role`, at `start`: "الأمين العام للأمم المتحدة"), as a participant. */
export function holderNamedBy(
  holder: { name: string; nameAr: string },
  role: string,
  start: number,
): ParticipantMention {
  return { kind: 'person', name: holder.name, nameAr: holder.nameAr, role, start, titleStart: start };
}

/** What names a participant, in either script. */
type Named = Pick<ParticipantMention, 'name' | 'nameAr'>;

/** The folded key a participant is known by (its Arabic name first): two mentions of one person share it. */
export function participantKey(p: Named): string {
  return personKeyOf(p.nameAr ?? p.name ?? '');
}

/** A name's key with عبد joined to the word after it: "عبد الرحمن" and "عبدالرحمن" are one spelling of one name. */
function personKeyOf(name: string): string {
  return nameKeyOf(name).replace(ABD_JOINED, '$1عبد');
}
const ABD_JOINED = /(^| )عبد ?(?:ال)?(?=\S)/g;

/**
 * One person named twice, in full and without a first name: "Javad Zarif" and "Mohammad Javad Zarif"
 * (the text's name and the calendar's), the shorter of two words or more ending the longer; or
 * with initials for words of it: "S. Jaishankar" and "Subrahmanyam Jaishankar", "George W. Bush".
 */
export function samePerson(a: Named, b: Named): boolean {
  if (participantKey(a) === participantKey(b)) return true;
  // (each script with its own: the calendar's people carry both names, the text's one)
  return [a.name && b.name && [a.name, b.name], a.nameAr && b.nameAr && [a.nameAr, b.nameAr]].some((pair) => {
    if (!pair) return false;
    const [x, y] = pair.map(personKeyOf) as [string, string];
    const [shorter, longer] = x.length < y.length ? [x, y] : [y, x];
    return shorter === longer || endsTheName(shorter, longer) || initialled(x, y);
  });
}

/**
 * The shorter name, of two words or more, ends the longer, and not as a father's: "Hamdan bin
 * Mohammed bin Rashid" is Mohammed bin Rashid's son, "حمدان بن محمد بن راشد" too.
 */
function endsTheName(shorter: string, longer: string): boolean {
  if (!shorter.includes(' ') || !longer.endsWith(` ${shorter}`)) return false;
  const before = longer.slice(0, -shorter.length - 1);
  return !FATHER_WORDS.has(before.slice(before.lastIndexOf(' ') + 1));
}

/**
 * Two names of as many words, each word the other's or an initial of it, their last words one; or
 * one with a middle initial the other leaves out ("Antony J. Blinken", "Antony Blinken").
 */
function initialled(x: string, y: string): boolean {
  const [xs, ys] = [x.split(' '), y.split(' ')];
  const full = (words: string[]) => words.filter((w) => w.length > 1);
  if (xs.length !== ys.length) return full(xs).length >= 2 && full(xs).join(' ') === full(ys).join(' ');
  if (xs.length < 2 || xs.at(-1) !== ys.at(-1)) return false;
  return xs.every((w, k) => {
    const v = ys[k]!;
    return w === v || (w.length === 1 && v.startsWith(w)) || (v.length === 1 && w.startsWith(v));
  });
}

/** The keys of the people among `participants`. */
export function personKeys(participants: readonly ParticipantMention[]): Set<string> {
  const keys = new Set<string>();
  for (const p of participants) if (p.kind === 'person') keys.add(participantKey(p));
  return keys;
}

/** The keys of the people among `participants` in both scripts: "Abbas" of an English headline is "Mahmoud Abbas / محمود عباس" of the body. */
export function personKeysBothScripts(participants: readonly ParticipantMention[]): Set<string> {
  const keys = new Set<string>();
  for (const p of participants)
    if (p.kind === 'person') for (const name of [p.name, p.nameAr]) if (name) keys.add(personKeyOf(name));
  return keys;
}

/** The venue an institution is once its country is known: "Foreign ministry (Kuwait)", at `seat`. */
export function institutionVenue(
  institution: Institution,
  owner: { name: string; nameAr: string },
  seat: Place,
): Venue {
  return {
    name: `${institution.name} (${owner.name})`,
    nameAr: `${institution.nameAr} (${owner.nameAr})`,
    places: [seat],
    organization: null,
  };
}

/** A mention's evidence: its clause's words, without the separator a clause may open with. */
export function evidenceOf(clause: { text: string }): string {
  return clause.text.trim().replace(/^[،,]\s*/, '');
}

/**
 * The mention a meeting takes its day from: the most precise day its mentions tell (the first of equals,
 * but a clock time whose zone is named before one whose is not: the headline's "tomorrow at noon" is
 * the body's "at 12:00 Kyiv time", as the writer's clock has it).
 */
export function datingMention(mentions: readonly Mention[]): Mention {
  const rank = (m: Mention) => 2 * precisionRank(m.when) - (m.when.zone === null ? 0 : 1);
  return mentions.reduce((best, m) => (rank(m) < rank(best) ? m : best));
}

/** A clause as read: its people, and its places once asked for (most clauses' never are). */
export interface ClauseRecord {
  clause: Clause;
  /** The dates the clause holds. */
  dates: readonly TimeExpression[];
  people: readonly ParticipantMention[];
  places?: (PlaceMention & { country?: boolean })[];
  institutions?: readonly InstitutionMention[];
}

/** A country as a party to a meeting, named where `start` is. */
export function countryParticipant(country: Country, start: number): ParticipantMention {
  return { kind: 'country', name: country.name, nameAr: country.nameAr, role: null, start };
}

/** An organisation as a party to a meeting, named where `start` is. */
export function organizationParticipant(organization: Organization, start: number): ParticipantMention {
  return { kind: 'organization', name: organization.name, nameAr: organization.nameAr, role: null, start };
}

/** The day of a meeting (the meeting in hand), when it has one: not a week's or a month's. */
export function dayOfFound(found: Found | null): When | null {
  const when = found?.mentions[0]?.when;
  return when && (when.precision === 'day' || when.precision === 'minute') ? when : null;
}
