/**
 * The words around a place name that say what it is to a meeting (src/extract/entities.ts): where
 * it happens (في، to, at, a verb of visiting), where someone comes from (من، from), what is talked
 * about (بشأن، الوضع في), a state rather than its city (دولة الكويت), or a party (نظيره الأردني).
 * Keys are folded as the reader folds words (src/names/normalize.ts).
 */
import { nameKey } from '../names/normalize.js';
import type { Token } from './clauses.js';

// The word lists below are kept dense (prettier-ignore): one word a line would make a page of them.
// prettier-ignore
export const LOCATIVE = new Set(['في', 'الي', 'الى', 'in', 'to', 'at', 'عاصمه', 'مدينه']);
/** Words that put a venue where something happens besides the locatives: "reached Ain al-Tineh", "داخل قصر …". */
// prettier-ignore
export const VENUE_LOCATIVE = new Set(['inside', 'into', 'reached', 'visited', 'visiting', 'visit', 'داخل', 'من داخل']);
/** Words a locative may stand before on its way to a venue or a descriptor: "at the headquarters of …", "في مقر …". */
// prettier-ignore
export const BEFORE_VENUE = new Set(['the', 'of', 'a', 'headquarters', 'building', 'premises', 'مقر', 'مبني']);
/** Words that make a name that is both a city and a country the country: دولة الكويت, سلطنة عمان, the State of Kuwait. */
// prettier-ignore
export const STATE_WORDS = new Set(['دوله', 'سلطنه', 'مملكه', 'جمهوريه', 'اماره', 'state', 'sultanate', 'kingdom', 'republic', 'emirate']);
/** Verbs whose object is where a visit is: "will visit Saudi Arabia", "يزور الكويت", "زار دمشق". */
export const VISIT_VERB =
  /^(?:visit|visits|visited|visiting|tour|tours|toured|touring)$|^[وف]?س?[يتن]زور(?:ان|ون)?$|^[وف]?زار(?:ت|وا|ا)?$/;
/** Words before the place someone comes from. */
export const ORIGIN = new Set(['from', 'من']);
/** Words after which a country is what is talked about, not who talks: لشؤون سورية, the Syria file. */
// prettier-ignore
export const TOPICAL = new Set(['لشوون', 'شوون', 'بشان', 'حول', 'ازمه', 'ضد', 'عن', 'ملف', 'about', 'on', 'against', 'over', 'حيال', 'ازاء', 'تجاه', 'بخصوص', 'اعتراف', 'اعترافه', 'اعترافها', 'recognising', 'recognizing', 'recognition', 'recognise', 'recognize', 'recognised', 'recognized', 'regarding', 'concerning', 'حمايه', 'دعم', 'مواجهه', 'انهاء', 'تحرير', 'اعمار', 'نصره', 'مساعده', 'protect', 'protecting', 'support', 'supporting', 'rebuild', 'rebuilding', 'reconstruction', 'معني', 'معنيه', 'المعني', 'المعنيه', 'الخاصه', 'concerned']);
/** Nouns of a state of affairs: a place after them and في / in is what is talked about ("الوضع في غزة", "وقف إطلاق النار في اليمن"). */
// prettier-ignore
export const SITUATION = new Set(
  ['وضع', 'اوضاع', 'تطورات', 'مستجدات', 'ازمه', 'حرب', 'صراع', 'تهدئة', 'توتر', 'توترات', 'تصعيد', 'هدنة', 'أحداث', 'نار', 'situation', 'crisis', 'war', 'conflict', 'fighting', 'violence', 'tensions', 'escalation', 'ceasefire', 'truce', 'events', 'developments'].map((w) => nameKey(w)),
);
/** Verbs a capital takes as its government's name ("Moscow says", "Washington insisted"); not "Berlin will host". */
// prettier-ignore
export const GOVERNMENT_VERBS = new Set(['said', 'says', 'wants', 'wanted', 'insisted', 'insists', 'accused', 'accuses', 'rejected', 'rejects', 'denied', 'denies', 'announced', 'hopes', 'hoped', 'believes', 'warned', 'warns', 'urged', 'urges', 'welcomed', 'welcomes', 'expects', 'considers', 'demanded', 'demands', 'backs', 'backed', 'supports', 'blamed', 'blames', 'condemned', 'condemns']);
/** Verbs of a journey whose "for" says where to: "leave for Turkey", "departed for Cairo". */
// prettier-ignore
export const JOURNEY_FOR = new Set(['leave', 'leaves', 'left', 'leaving', 'depart', 'departs', 'departed', 'head', 'heads', 'headed', 'heading', 'bound', 'set', 'sets', 'flew', 'fly', 'flies']);
/** Words before an adjective that make it a party: نظيره الأردني, الجانب التركي, the Jordanian side. */
// prettier-ignore
export const PARTY_BEFORE = new Set(['نظيره', 'نظيرته', 'نظيريه', 'جانب', 'وفد', 'وزير', 'الوزير', 'خارجيه', 'حكومه', 'رئيس', 'سفير']);
/** English nouns of a party that a country's adjective before them names: "Russian and U.S. delegations". */
// prettier-ignore
export const PARTY_AFTER = new Set(['delegation', 'delegations', 'diplomats', 'officials', 'negotiators', 'side', 'sides', 'team']);

/** A word after which a place is where something happens: a locative (في، to, at) or a verb of visiting. */
export function introducesPlace(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  return LOCATIVE.has(token.key) || (VISIT_VERB.test(token.key) && !visitingAsAdjective(tokens, index));
}

/** Words before "visiting" that make it an adjective of who comes: "the visiting minister", "talks with visiting U.S. officials". */
const BEFORE_VISITING = new Set(['the', 'a', 'an', 'with', 'his', 'her', 'their', 'its']);
const CAPITALISED = /^\p{Lu}/u;

/** "visiting" that says who came ("received visiting Foreign Minister …", "with visiting U.S. officials"), not a visit. */
export function visitingAsAdjective(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]!.key !== 'visiting') return false;
  if (BEFORE_VISITING.has(tokens[index - 1]?.key ?? '')) return true;
  // a title or a party noun next, or after one capitalised word ("visiting Iranian Foreign Minister", "visiting U.S. officials")
  const party = (t: Token | undefined) => t !== undefined && (t.title || PARTY_AFTER.has(t.key));
  const next = tokens[index + 1];
  return party(next) || (next !== undefined && CAPITALISED.test(next.text) && party(tokens[index + 2]));
}

/**
 * "before leaving for South Korea", "قبل أن يغادر إلى", "عشية توجهه إلى طهران": where someone goes next, not where
 * they meet ("لدى توجهه إلى قصر بعبدا": on the way to the meeting, is).
 */
export function leftFor(tokens: readonly Token[], i: number): boolean {
  if (i < 2 || !LEAVING_FOR.has(tokens[i - 1]!.key)) return false;
  const going = tokens[i - 2]!.stems;
  if (going.some((stem) => LEAVING.has(stem))) return true;
  return going.some((stem) => GOING.has(stem)) && (tokens[i - 3]?.stems.some((stem) => EVE.has(stem)) ?? false);
}
const LEAVING_FOR = new Set(['for', 'الي']);
const LEAVING = new Set(['leaving', 'departing', 'يغادر', 'مغادرته', 'مغادرتها', 'مغادره']);
/** His going somewhere, and the eve of it: "عشية توجهه إلى طهران", "قبيل سفره إلى". */
const GOING = new Set(['توجهه', 'توجهها', 'سفره', 'سفرها']);
const EVE = new Set(['عشيه', 'قبل', 'قبيل']);
