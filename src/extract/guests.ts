/**
 * A host and the guests listed after one verb of meeting: "El-Sisi received King Hamad …, Jordan's
 * King Abdullah II, … and Italian Prime Minister Giorgia Meloni", "التقى الرئيس عون رئيس الحكومة
 * …، ورئيس مجلس النواب …": a reception (or talks) with each of them, one meeting each, as the
 * news reports them and as a calendar lists them. Those present with them all (بحضور, "in the
 * presence of") sit in each; a joint meeting ("trilateral", مشترك) is one.
 */
import type { Clause, Token } from './clauses.js';
import { datingMention, evidenceOf, participantKey, type Found, type ParticipantMention } from './mentions.js';
import { firstPerson } from './programme.js';
import { commaOffsets } from './phrases.js';
import { stillToCome } from './undated.js';
import { ARABIC_RELATIVES, INCLUDES_VERB, SEPARATELY, SPOKESPERSON } from './meeting-words.js';
import { gazetteer } from './gazetteer/index.js';
import { nameKey } from '../names/normalize.js';

/** Verbs of meeting someone, whose object may be a list of guests. */
const MEETS = /^(?:[وف]?(?:س?[يتن])?(?:استقبل|ستقبل|التقى|التقي|التقت|لتقي)|receiv|met$|meets?$)/i;
/** Verbs of meeting whose guests come after a preposition ("يجتمع الوزير بكل من …", "held talks with"); without one, those named are all its subject ("يجتمع وزراء خارجية …"). */
const MEET_WITH = /^(?:[وف]?(?:س?[يتن])?(?:اجتمع|جتمع)|held$|hold)/i;
/** A verb of meeting someone ("التقى", "استقبل", "اجتمع", "met", "received"): its object names the guests. */
export function meetsSomeone(token: Token): boolean {
  return [MEETS, MEET_WITH].some((verb) => verb.test(token.key) || verb.test(token.text));
}
/** The preposition that brings in the guests of such a verb, a few words after it. */
const GUESTS_BY = /^(?:\s*\S+){0,3}?\s*(?:مع|with|بكل|بال\S+|بنظير\S*)(?=\s|$)/;
/** ب clinging to a title, with or without its article: "بوزير", "بالرئيس". */
export const BA_TITLE = String.raw`ب(?:ال)?(?:وزير|رئيس|نائب|أمين|سفير|مبعوث)`;
/** ب and a title ("اجتمع عطاف بوزير …، ثم بوزير …"): guests one by one only where the text says so (not "اجتمع السيسي برئيس الوزراء … ووزير الخارجية …"). */
const GUESTS_BY_TITLE = new RegExp(String.raw`^(?:\s*\S+){0,3}?\s*${BA_TITLE}\S*(?=\s|$)`);
/** Nouns of meeting: their guests come after مع, ب, "with" ("للاجتماع بالقادة …", "talks with …"). */
const GUEST_NOUNS =
  /^(?:[وف]?(?:لل|ل|ب)?(?:ال)?(?:لقاء|لقاءات|اجتماع|اجتماعات|مباحثات|محادثات|استقبالات)(?:ه|ها|هم|هما)?$|talks$|meetings?$)/i;
/** "to meet President Rouhani and Foreign Minister Zarif" reads as one meeting as often as two: a list is three or more. */
const MIN_GUESTS = 3;
/**
 * Words that put a host's guests one after the other: those that split any meeting told with them
 * (SEPARATELY: "كلاً على حدة", "separate meetings"), and, beside one verb of meeting and its list,
 * "، ثم", "كلاً من", "separately", "each", "then", "held similar meetings with", لقاءات, and the ب said again before the
 * next guest's title ("يجتمع ظريف برئيس مجلس الوزراء … وبوزير الخارجية …").
 */
const ONE_BY_ONE = new RegExp(
  `${SEPARATELY.source}|(?:^|\\s)(?:ثم|كلا|كلاً|كلًا)(?=\\s)|(?:^|\\s)و${BA_TITLE}|(?:^|\\s)(?:ل|ب)?لقاءات(?:ه|ها|هم|هما)?(?=\\s)|\\bseparate(?:ly)?\\b|\\beach\\b(?!\\s+other)|\\bmeetings\\b|\\bthen\\b`,
  'i',
);
/** One meeting of them all (a delegation received, its members named: "وفداً من الكونغرس ضم …"). */
const JOINT =
  /مشترك|ثلاثي|رباعي|موسع|جماعي|(?:^|\s)(?:ب|ل)?(?:ال)?وفد(?:ا|اً)?(?=\s)|\bjoint(?:ly)?\b|\btogether\b|\btrilateral\b|\bthree-way\b|\bfour-way\b|\bgroup\b|\bdelegation\b/i;
/** Those after it attend each meeting beside the guest. */
const PRESENT =
  /بحضور|بمشاركة|برفقة|يرافقه|(?:^|\s)و?حضر(?:ه|ها|هما)(?=\s)|\bin the presence of\b|\battended by\b|\baccompanied by\b|\balongside\b/i;
/**
 * From one guest to the first letter of the next one's title: a name (and its country: "of
 * Bahrain"; in Arabic a title set off by commas before the next و: "السيسي، نائب رئيس الوزراء، و…"),
 * one comma or "and" ("و" may cling to the title), then at most three words of the next guest's
 * title ("Jordan's King", "وقائد الجيش العماد").
 */
const LIST_GAP =
  /^[^.;؛:!?،,]{0,60}(?:[،,][^.;؛:!?،,]{1,70}(?=[،,]\s*و))?(?:[،,]\s*(?:(?:and|as well as|(?:فضلا|فضلاً)\s+عن|(?:بال)?إضافة\s+إلى|إلى\s+جانب)\s+)?|\s+(?:and|as well as)\s+|\s+(?=و))(?:[^\s،,.;:]+\s+){0,12}\S$/;
/** "للاجتماع بالقادة العراقيين، وهم …", "لقاءات جانبية مع كل من …", "مباحثات موسعة ومغلقة مع …", "talks with …": everyone named after it is a guest. */
const WITH_AFTER = /^\s*(?:و?(?:\S+ي[ةه]|(?!ال)\S+ة)\s+){0,2}(?:مع\s|بال|بنظير|بكل\s|with\s)/;
/** "كما شملت لقاءاته …", "وتضمنت اجتماعاته …": the meetings included those named after them. */
const INCLUDED = new RegExp(`(?:^|\\s)(?:${INCLUDES_VERB})\\s+$`);
/** An honorific pronoun right after the meeting word is its subject: "التقى سموه", "استقبالات معاليه". */
const HONORIFICS = 'سموه|معاليه|فخامته|جلالته|سيادته|دولته|سعادته';
const HONORIFIC_SUBJECT = new RegExp(`^\\s*(?:${HONORIFICS})(?=\\s|$)`);
/** "وكان سموه قد التقى": the honorific before the verb, within HONORIFIC_REACH characters of it. */
const HONORIFIC_BEFORE = new RegExp(`(?:^|\\s)(?:${HONORIFICS})\\s+(?:قد\\s+)?[وف]?$`);
const HONORIFIC_REACH = 24;
/** "محمد ولد عبد العزيز، الذي يتولى حالياً الرئاسة الدورية للاتحاد، ورئيس …": an Arabic relative clause set off by commas tells of the guest, and the list goes on. */
const RELATIVE_ASIDE = new RegExp(`[،,]\\s*(?:${ARABIC_RELATIVES})\\s[^.;؛:!?،,]{1,70}(?=[،,]\\s*و)`);
/** A relative clause or a verb after the guest: what follows is not the list. */
const NOT_LIST = new RegExp(`\\b(?:who|which|whose|said|says|told)\\b|(?:^|\\s)و?(?:${ARABIC_RELATIVES})(?=\\s|$)`);

/**
 * The participants of each meeting when the stretch of a verb of meeting at `trigger` lists
 * MIN_GUESTS or more guests by name: the host, one guest (with the countries and bodies named with them)
 * and those present; null when it does not.
 */
export function oneMeetingPerGuest(
  clause: Pick<Clause, 'text' | 'start'>,
  trigger: Token,
  people: readonly ParticipantMention[],
  /**
   * The visitor of the programme in hand, the first person of the meeting in hand, and the story's
   * subject (whom an honorific after the verb, "التقى سموه", names when no meeting is in hand): who
   * a host may be when the clause names none before the guests.
   */
  about: { visitor: ParticipantMention | null; inHand: ParticipantMention | null; subject?: ParticipantMention | null },
  /** The plural talks a verb of holding holds (MeetingWord.held): the guests follow them. */
  held?: Token,
): ParticipantMention[][] | null {
  const { text: clauseText, start: clauseStart } = clause;
  // "يعقد الرئيس السيسي مساء اليوم، في مقر إقامته، جلسات مباحثات مع كل من …": the guests come after the talks held.
  const guestsFrom = (held ?? trigger).end;
  const rest = clauseText.slice(guestsFrom - clauseStart);
  // "التقى سموه …", "وشملت استقبالات سموه …": the host is the one the story is about, named by an honorific.
  // ("وكان سموه قد التقى …": the honorific before the verb, too)
  const honorific =
    HONORIFIC_SUBJECT.test(rest) ||
    HONORIFIC_BEFORE.test(
      clauseText.slice(Math.max(0, trigger.start - clauseStart - HONORIFIC_REACH), trigger.start - clauseStart),
    );
  const withThem =
    WITH_AFTER.test(rest) ||
    honorific ||
    INCLUDED.test(clauseText.slice(Math.max(0, trigger.start - clauseStart - 12), trigger.start - clauseStart));
  const either = (pattern: RegExp) => pattern.test(trigger.key) || pattern.test(trigger.text);
  // Two guests met one after the other ("استقبل … روته، ثم … ميلوني", "held similar meetings with", كلاً على حدة) are two meetings.
  // (its word may stand before the verb, "separately met", or after the guests, "holding talks with each")
  const oneByOne = ONE_BY_ONE.test(clauseText.slice(Math.max(0, trigger.start - clauseStart - 12)));
  const verb =
    either(MEETS) || (either(MEET_WITH) && (GUESTS_BY.test(rest) || (oneByOne && GUESTS_BY_TITLE.test(rest))));
  if (!verb && !(withThem && (either(GUEST_NOUNS) || held))) return null;
  const present = PRESENT.exec(clauseText);
  const presentFrom = present ? clauseStart + present.index : Infinity;
  const persons = people.filter((p) => p.kind === 'person' && p.start < presentFrom);
  // The spokesperson who tells of it ("Al-Sahaf said X would meet …") is not its host.
  const before = persons.filter((p) => p.start < trigger.start && !SPOKESPERSON.test(p.role ?? ''));
  // One guest named twice ("نظيره العراقي محمد علي الحكيم") is one guest.
  const after = persons.filter(
    (p, k) => p.start > trigger.start && !persons.slice(0, k).some((q) => participantKey(q) === participantKey(p)),
  );
  // "El-Sisi received …": the subject before the verb; "للاجتماع بالقادة …", a visitor's "would meet: …":
  // the one the story is about; "استقبل الرئيس عون …": the first after the verb.
  const subject = about.visitor ?? (withThem ? (about.inHand ?? (honorific ? (about.subject ?? null) : null)) : null);
  // "يعقد الرئيس السيسي …، جلسات مباحثات مع …": the one named between the verb and the talks holds them.
  const holder = held && after.find((p) => p.start < held.start);
  const host = before.at(-1) ?? holder ?? subject ?? after[0];
  const guests = before.length > 0 || holder || subject ? after.filter((p) => p.start >= guestsFrom) : after.slice(1);
  // "Sheikh Mohamed bin Zayed, Crown Prince of Abu Dhabi and Deputy Supreme Commander": titles of one man, not a list.
  // (two a plural title lists are two guests: "held talks with the foreign ministers of France and Italy")
  const fewest = guests.length > 0 && (oneByOne || guests.every((g) => g.listed)) ? 2 : MIN_GUESTS;
  if (host === undefined || guests.length < fewest || guests.some(namesAPlace)) return null;
  // "عقد اجتماعاً ثلاثياً مع …": joint, as the words from the verb to the list say (not "القضايا ذات الاهتمام المشترك" after it).
  if (JOINT.test(clauseText.slice(Math.max(0, trigger.start - clauseStart - 40), guests.at(-1)!.start - clauseStart)))
    return null;
  for (let k = 1; k < guests.length; k++) {
    const next = guests[k]!;
    const gap = clauseText.slice(guests[k - 1]!.start - clauseStart, (next.titleStart ?? next.start) - clauseStart + 1);
    if (!LIST_GAP.test(gap) || NOT_LIST.test(gap.replace(RELATIVE_ASIDE, ''))) return null;
  }
  const others = people.filter((p) => p.kind !== 'person' || p.start >= presentFrom);
  /** Where a guest's words begin: their title, or a country named right before it or their name ("Bangladesh Prime Minister …"). */
  const from = (guest: ParticipantMention) => {
    const title = guest.titleStart ?? guest.start;
    const country = others.find(
      (p) =>
        p.kind === 'country' &&
        p.start < title &&
        COUNTRY_BEFORE_TITLE.test(clauseText.slice(p.start - clauseStart, title - clauseStart)),
    );
    return country?.start ?? title;
  };
  /** A country or body named in the guest's title or after it, before the next one's ("King Hamad … of Bahrain", "وزيرة الشؤون الخارجية الهندية سوشما سواراج"). */
  const named = (k: number) =>
    others.filter((p) => p.start >= from(guests[k]!) && p.start < (guests[k + 1] ? from(guests[k + 1]!) : presentFrom));
  const shared = others.filter((p) => p.start < from(guests[0]!) || p.start >= presentFrom);
  return guests.map((guest, k) => {
    // A guest whose title names no country of their own has the first guest's country ("وزير الخارجية الأمريكي …، ووزير
    // الخزانة الأمريكي …": a country named again is one mention, the first).
    const own = named(k);
    const inherited = own.some((p) => p.kind === 'country') ? [] : named(0).filter((p) => p.kind === 'country');
    return [host, guest, ...shared, ...own, ...inherited];
  });
}

/**
 * An English country's name (or its possessive) and the words of a title before a name: no
 * comma, no "and" between ("Bangladesh Prime Minister "). (Arabic names the country after the
 * title: "وزير الخارجية الأمريكي ماركو روبيو ووزير الخزانة …".)
 */
const COUNTRY_BEFORE_TITLE = /^[A-Za-z.'’-]+(?:\s+(?!and\s)[A-Za-z.'’-]+){0,3}?\s+$/;

function namesAPlace(person: ParticipantMention): boolean {
  const name = person.name ?? person.nameAr;
  return name !== null && gazetteer().entries.has(nameKey(name));
}

/** Nouns of a meeting of many: those listed as its attendees met as one. */
const MULTILATERAL: ReadonlySet<string> = new Set(['قمة', 'مؤتمر', 'Summit', 'Conference']);

/**
 * "عقد ولي العهد سلسلة لقاءات مع عدد من القادة … وشملت اللقاءات الثنائية التي أجراها كلاً من …": the meetings a
 * clause lists after a meeting word pointing back to `told`, one a guest, on the day and at the place of `told`
 * (and of its status, unless the clause's own words say they are still to come); null when it lists none.
 */
export function listedMeetings(
  told: Found | null,
  people: readonly ParticipantMention[],
  { clause, index, trigger, arabic }: { clause: Clause; index: number; trigger: { token: Token }; arabic: boolean },
): Found[] | null {
  // (a guest's meeting is split no more; the clause's own meeting drafts.ts splits: "held bilateral meetings with …";
  // a summit's attendees met as one, and a list with nobody before it to host it is nobody's guests)
  if (!told || told.perGuest || told.mentions.some((m) => MULTILATERAL.has(m.noun))) return null;
  const host = firstPerson(told) ?? people.find((p) => p.kind === 'person' && p.start < trigger.token.start) ?? null;
  const guests = host && oneMeetingPerGuest(clause, trigger.token, people, { visitor: null, inHand: host });
  if (!guests) return null;
  const { when, place } = datingMention(told.mentions);
  const { noun } = told.mentions[0]!;
  // ("ومن المنتظر أن يجتمع ظريف كذلك برئيس مجلس الوزراء … وبوزير الخارجية …" after the day's reception held: still to come)
  const status = stillToCome(clause, commaOffsets(clause), trigger.token, arabic)
    ? 'scheduled'
    : told.mentions[0]!.status;
  const evidence = evidenceOf(clause);
  return guests.map((participants) => ({
    mentions: [{ noun, when, place, status, participants, evidence, clause: index }],
    participants: [],
    perGuest: true as const,
  }));
}
