/**
 * A host and the guests listed after one verb of meeting: "El-Sisi received King Hamad …, Jordan's
 * King Abdullah II, … and Italian Prime Minister Giorgia Meloni", "التقى الرئيس عون رئيس الحكومة
 * …، ورئيس مجلس النواب …": a reception (or talks) with each of them, one meeting each, as the
 * news reports them and as a calendar lists them. Those present with them all (بحضور, "in the
 * presence of") sit in each; a joint meeting ("trilateral", مشترك) is one.
 */
import type { Token } from './clauses.js';
import type { ParticipantMention } from './mentions.js';
import { gazetteer } from './gazetteer/index.js';
import { nameKey } from '../names/normalize.js';

/** Verbs (and their nouns) of meeting someone, whose object may be a list of guests. */
const MEETS =
  /^(?:[وف]?(?:س?[يتن])?(?:استقبل|التقى|لتقي|اجتمع|جتمع)|[وف]?(?:لقاء|لقاءات|مباحثات|محادثات)$|receiv|met$|meet|talks$|held$|hold)/i;
/** "to meet President Rouhani and Foreign Minister Zarif" reads as one meeting as often as two: a list is three or more. */
const MIN_GUESTS = 3;
/** One meeting of them all. */
const JOINT =
  /مشترك|ثلاثي|رباعي|موسع|جماعي|\bjoint(?:ly)?\b|\btogether\b|\btrilateral\b|\bthree-way\b|\bfour-way\b|\bgroup\b/i;
/** Those after it attend each meeting beside the guest. */
const PRESENT = /بحضور|بمشاركة|برفقة|يرافقه|\bin the presence of\b|\battended by\b|\baccompanied by\b|\balongside\b/i;
/**
 * From one guest to the next one's title: a name (and its country: "of Bahrain") and one comma or
 * "and" ("و" may cling to the title), then at most the next guest's country ("Jordan's", "British").
 */
const LIST_GAP = /^[^.;؛:!?،,]{0,60}(?:[،,]\s*(?:and\s+)?|\s+and\s+|\s+(?=و))(?:[A-Z][\w-]*(?:'s)?\s+)?$/;
/** A relative clause or a verb after the guest: what follows is not the list. */
const NOT_LIST = /\b(?:who|which|whose|said|says|told)\b|الذي|التي|الذين/;

/**
 * The participants of each meeting when the stretch of a verb of meeting at `trigger` lists two
 * or more guests by name: the host, one guest (with the countries and bodies named with them)
 * and those present; null when it does not.
 */
export function oneMeetingPerGuest(
  clauseText: string,
  clauseStart: number,
  trigger: Token,
  people: readonly ParticipantMention[],
): ParticipantMention[][] | null {
  if (!MEETS.test(trigger.key) && !MEETS.test(trigger.text)) return null;
  if (JOINT.test(clauseText)) return null;
  const present = PRESENT.exec(clauseText);
  const presentFrom = present ? clauseStart + present.index : Infinity;
  const persons = people.filter((p) => p.kind === 'person' && p.start < presentFrom);
  const before = persons.filter((p) => p.start < trigger.start);
  const after = persons.filter((p) => p.start > trigger.start);
  // "El-Sisi received …": the subject before the verb; "استقبل الرئيس عون …": the first after it.
  const host = before.at(-1) ?? after[0];
  const guests = before.length > 0 ? after : after.slice(1);
  // "Sheikh Mohamed bin Zayed, Crown Prince of Abu Dhabi and Deputy Supreme Commander": titles of one man, not a list.
  if (host === undefined || guests.length < MIN_GUESTS || guests.some(namesAPlace)) return null;
  for (let k = 1; k < guests.length; k++) {
    const next = guests[k]!;
    const gap = clauseText.slice(guests[k - 1]!.start - clauseStart, (next.titleStart ?? next.start) - clauseStart);
    if (!LIST_GAP.test(gap) || NOT_LIST.test(gap)) return null;
  }
  const others = people.filter((p) => p.kind !== 'person' || p.start >= presentFrom);
  return guests.map((guest, k) => {
    const next = guests[k + 1]?.start ?? Infinity;
    // A country or body named after the guest and before the next is theirs ("King Hamad … of Bahrain").
    const theirs = others.filter(
      (p) => p.start < guests[0]!.start || p.start >= presentFrom || (p.start >= guest.start && p.start < next),
    );
    return [host, guest, ...theirs];
  });
}

function namesAPlace(person: ParticipantMention): boolean {
  const name = person.name ?? person.nameAr;
  return name !== null && gazetteer().entries.has(nameKey(name));
}
