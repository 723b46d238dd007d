/**
 * The words around a place name that say what it is to a meeting (src/extract/entities.ts): where
 * it happens (في، to, at, a verb of visiting), where someone comes from (من، from), what is talked
 * about (بشأن، الوضع في), a state rather than its city (دولة الكويت), or a party (نظيره الأردني).
 * Keys are folded as the reader folds words (src/names/normalize.ts).
 */
import { nameKey, withoutDiacritics } from '../names/normalize.js';
import type { Token } from './clauses.js';
import { inList, wordList, type ListedWord } from './word-lists.js';

// The word lists below are kept dense (prettier-ignore): one word a line would make a page of them.
// prettier-ignore
export const LOCATIVE = new Set(['في', 'الي', 'الى', 'in', 'to', 'at', 'عاصمه', 'مدينه']);
/** Words that put a venue where something happens besides the locatives: "reached Ain al-Tineh", "داخل قصر …". */
// prettier-ignore
export const VENUE_LOCATIVE = new Set(['inside', 'into', 'reached', 'visited', 'visiting', 'visit', 'داخل', 'من داخل']);
/** Arabic verbs of hosting (folded): a venue or a city after one is where the meeting is ("شهد قصر بيان … انعقاد", "استضافت القاهرة"). */
export const ARABIC_HOSTING_VERB = /^[وف]?(?:[يت]?شهد|شهدت|[يت]?حتضن|احتضنت?|[يت]?ستضيف|استضافت?)$/;
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
  ['وضع', 'اوضاع', 'تطورات', 'مستجدات', 'سياسات', 'اجراءات', 'انتهاكات', 'اعتداءات', 'ممارسات', 'violations', 'policies', 'offensive', 'ازمه', 'حرب', 'صراع', 'تهدئة', 'توتر', 'توترات', 'تصعيد', 'هدنة', 'أحداث', 'نار', 'جهود', 'عملية', 'situation', 'crisis', 'war', 'conflict', 'fighting', 'violence', 'tensions', 'escalation', 'ceasefire', 'truce', 'events', 'developments', 'efforts', 'process', 'exchanges'].map((w) => nameKey(w)),
);
/** Verbs a capital takes as its government's name ("Moscow says", "Washington insisted"); not "Berlin will host". */
// prettier-ignore
export const GOVERNMENT_VERBS = new Set(['said', 'says', 'wants', 'wanted', 'insisted', 'insists', 'accused', 'accuses', 'rejected', 'rejects', 'denied', 'denies', 'announced', 'hopes', 'hoped', 'believes', 'warned', 'warns', 'urged', 'urges', 'welcomed', 'welcomes', 'expects', 'considers', 'demanded', 'demands', 'backs', 'backed', 'supports', 'blamed', 'blames', 'condemned', 'condemns']);
/** Auxiliaries after a capital that make it its government, the subject of what follows. */
// prettier-ignore
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'was', 'will', 'would', 'could', 'can', 'should', 'must', 'may', 'might', 'did', 'does']);
/** Verbs of hosting: a city that hosts is where the meeting is. */
// prettier-ignore
const HOSTING = new Set(['host', 'hosts', 'hosted', 'hosting', 'welcome', 'welcomed', 'receive', 'received', 'be', 'been']);
/** How many words after a capital a verb of hosting may come ("Ankara will on Monday host"). */
const HOSTING_REACH = 5;
/** Arabic words of hosting later in the phrase: "أعلنت فيينا استعدادها لاستضافة المحادثات", "عادت بغداد لتحتضن". */
const ARABIC_HOSTING = /(?:ستضاف|ستضيف|حتضن|تستقبل|ستقبال)/;

/** A verb of hosting within a few words from tokens[next], in the same phrase. */
function hostsAfter(tokens: readonly Token[], next: number): boolean {
  for (let k = next; k < tokens.length && k <= next + HOSTING_REACH; k++) {
    if (HOSTING.has(tokens[k]!.key) || ARABIC_HOSTING.test(tokens[k]!.key)) return true;
    if (/[,.;:،]/.test(tokens[k]!.after)) return false;
  }
  return false;
}
/** Verbs of a journey whose "for" says where to: "leave for Turkey", "departed for Cairo". */
// prettier-ignore
export const JOURNEY_FOR = new Set(['leave', 'leaves', 'left', 'leaving', 'depart', 'departs', 'departed', 'head', 'heads', 'headed', 'heading', 'bound', 'set', 'sets', 'flew', 'fly', 'flies']);
/** Words that describe the place after them: "قطاع غزة", "مدينة القدس", "the city of". */
const PLACE_DESCRIPTORS = new Set(['قطاع', 'مدينه', 'city', 'the', 'of']);
/** The words after a state of affairs that make the place after them what is talked about. */
const SITUATION_PLACE_WORDS = new Set(['في', 'in', 'بين', 'between']);
const CEASEFIRE = nameKey('نار');
const TALKS = nameKey('مفاوضات');

/**
 * "لبحث الوضع في غزة", "the situation in Gaza", "وقف إطلاق النار في اليمن": the place at tokens[i]
 * is talked about. The situation word may take an adjective ("تداعيات التطورات الميدانية في
 * الأراضي الفلسطينية"); "التوترات الأخيرة بين واشنطن وطهران" names the parties to it. Talks on a
 * ceasefire are where their في says ("مفاوضات وقف إطلاق النار في الدوحة").
 */
export function situationBefore(tokens: readonly Token[], i: number): boolean {
  // ("الأوضاع في قطاع غزة", "in the city of Jerusalem": a descriptor between في and the place)
  for (let skipped = 0; skipped < 3 && PLACE_DESCRIPTORS.has(tokens[i - 1]?.key ?? ''); skipped++) i--;
  if (!SITUATION_PLACE_WORDS.has(tokens[i - 1]?.key ?? '')) return false;
  // (the situation word, its adjectives between: "الإجراءات الإسرائيلية غير القانونية في مدينة القدس")
  const before = [tokens[i - 2], tokens[i - 3], tokens[i - 4], tokens[i - 5]];
  const stop = before.findIndex(
    (t) => t === undefined || t.arabicNoun !== null || t.englishNoun !== null || /[,،;؛]/.test(t.after),
  );
  const word = (stop < 0 ? before : before.slice(0, stop)).find(
    (t) => t !== undefined && t.stems.some((s) => SITUATION.has(s)),
  );
  if (word === undefined) return false;
  return (
    !word.stems.includes(CEASEFIRE) ||
    ![i - 4, i - 5, i - 6].some((k) => tokens[k]?.arabicNoun || tokens[k]?.stems.includes(TALKS))
  );
}

/** A name in the possessive: "Syria's civil war". */
export const POSSESSIVE = /['’]s$/;

/**
 * An English city named, not introduced, that is no place: a capital for its government ("that
 * Washington was encouraged", "Moscow says"), or one in the possessive qualifying what follows
 * ("Washington's recent recognition", "the defence of Jerusalem's identity"), not a meeting of that
 * city ("Doha's annual forum", "Munich's security gathering"). `next` is the word after the city.
 */
export function noPlaceOfCity(tokens: readonly Token[], next: number): boolean {
  const verb = tokens[next]?.key ?? '';
  if (GOVERNMENT_VERBS.has(verb)) return true;
  // "Washington has yet to decide", "Ankara had decided to delay": an auxiliary, unless the city hosts ("Moscow will
  // host", "Tehran is set to host", "Cairo has offered to host").
  if (AUXILIARIES.has(verb) && !hostsAfter(tokens, next)) return true;
  return (
    POSSESSIVE.test(tokens[next - 1]?.text ?? '') &&
    ![next, next + 1, next + 2].some((k) => tokens[k]?.englishNoun != null)
  );
}

/**
 * "ألغت مدريد الزيارة", "أعلنت واشنطن", "رحبت القاهرة": a city right after a verb in the feminine
 * past is its government, the verb's subject; not a city that hosts or is visited ("استضافت
 * القاهرة", "شهدت", "زارت"), nor one after a plural noun ("محادثات جنيف").
 */
export function governmentSubject(tokens: readonly Token[], i: number, next: number): boolean {
  const previous = tokens[i - 1];
  if (previous === undefined || previous.arabicNoun !== null) return false;
  return (
    FEMININE_PAST.test(previous.key) &&
    !previous.key.endsWith('ات') &&
    !PLACE_VERB_PAST.test(previous.key) &&
    !ARABIC_HOSTING_VERB.test(previous.key) &&
    !hostsAfter(tokens, next)
  );
}
const FEMININE_PAST = /^[وف]?[^\s]{2,}ت$/;
/** Other verbs after which a city is where something happens: visiting, gathering, becoming ("حلت بيروت محطة أولى"). */
const PLACE_VERB_PAST = /(?:زارت|وصلت|غادرت|حطت|كانت|باتت|اصبحت|ظلت|بقيت|جمعت|عادت|حلت)$/;

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

/** Words before "in"/"to" that make it where a journey or a meeting is: "arrived in the U.S.", "trip to the UAE", "talks in the Netherlands". */
// prettier-ignore
const JOURNEY_BEFORE = new Set(['arrived', 'arrives', 'arriving', 'arrival', 'arrive', 'trip', 'trips', 'travel', 'travels', 'traveled', 'travelled', 'traveling', 'travelling', 'fly', 'flies', 'flew', 'flying', 'flown', 'landed', 'lands', 'tour', 'tours', 'visit', 'visits', 'journey', 'went', 'go', 'goes', 'going', 'came', 'come', 'comes', 'coming', 'talks', 'meeting', 'meetings', 'met', 'summit', 'held']);
/** Words that may follow a country where its phrase ends: "in the U.S. on Monday", "visit the U.S. next week". */
// prettier-ignore
const AFTER_PLACE = new Set(['on', 'in', 'at', 'for', 'to', 'from', 'next', 'this', 'last', 'where', 'with', 'and', 'since', 'until', 'after', 'before', 'during', 'later', 'earlier', 'tomorrow', 'today', 'tonight', 'by', 'early', 'late', 'ahead', 'within', 'amid']);

/**
 * "in the UAE", "visit the Netherlands", "trip to the United States": a country after "the" is a
 * place when a visit verb, or a journey's or a meeting's in/to, leads to it and its phrase ends
 * with it ("sales to the UAE", "the situation in the Sudan", "the envoy to the United States",
 * "gaps in the US proposal" are not where anyone meets). `i` is the country's first word, `next` the word after it.
 */
export function theLeadsToPlace(tokens: readonly Token[], i: number, next: number): boolean {
  const before = tokens[i - 2];
  if (tokens[i - 1]?.key !== 'the' || before === undefined) return false;
  const led =
    (VISIT_VERB.test(before.key) && !visitingAsAdjective(tokens, i - 2)) ||
    ((before.key === 'in' || before.key === 'to') &&
      JOURNEY_BEFORE.has(tokens[i - 3]?.key ?? '') &&
      // ("before flying to the UAE": the next stop)
      tokens[i - 4]?.key !== 'before');
  const after = tokens[next];
  return led && (after === undefined || /[,.;:!?]/.test(tokens[next - 1]!.after) || AFTER_PLACE.has(after.key));
}

/** Words before "visiting" that make it an adjective of who comes: "the visiting minister", "talks with visiting U.S. officials". */
const BEFORE_VISITING = new Set(['the', 'a', 'an', 'with', 'his', 'her', 'their', 'its']);
// prettier-ignore
const VERB_BEFORE_VISITING = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'before', 'after', 'to', 'of', 'by', 'while', 'for', 'when', 'since', 'on', 'from', 'about']);
const OPENS_WITH_CAPITAL = /^\p{Lu}/u;
const CAPITAL_FIRST = wordList((word) => OPENS_WITH_CAPITAL.test(word.text));
/** A capitalised word: a name, or a title written as one (its spelling asked once: word-lists.ts). */
export const capitalised = (word: ListedWord): boolean => inList(word, CAPITAL_FIRST);

/** A title or a party noun: "President", "minister", "officials", "delegation". */
export function namesParty(t: Token | undefined): boolean {
  return t !== undefined && (t.title || PARTY_AFTER.has(t.key));
}

/** "visiting" that says who came ("received visiting Foreign Minister …", "with visiting U.S. officials"), not a visit. */
export function visitingAsAdjective(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]!.key !== 'visiting') return false;
  const before = tokens[index - 1]?.key ?? '';
  if (BEFORE_VISITING.has(before)) return true;
  // "will be visiting King Abdullah", "before visiting President Xi": the verb
  if (VERB_BEFORE_VISITING.has(before)) return false;
  // a title or a party noun next, or after one capitalised word ("visiting Iranian Foreign Minister", "visiting U.S. officials")
  const next = tokens[index + 1];
  return namesParty(next) || (next !== undefined && capitalised(next) && namesParty(tokens[index + 2]));
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
// ("على أن يغادر الرياض مساء متوجها إلى روما": heading for it)
const LEAVING = new Set([
  'leaving',
  'departing',
  'يغادر',
  'مغادرته',
  'مغادرتها',
  'مغادره',
  'متوجها',
  'متجها',
  'متوجهين',
]);
/** His going somewhere, and the eve of it: "عشية توجهه إلى طهران", "قبيل سفره إلى". */
const GOING = new Set(['توجهه', 'توجهها', 'سفره', 'سفرها']);
const EVE = new Set(['عشيه', 'قبل', 'قبيل']);

/** Words of rain and floods: "أمطار غزيرة في سيول بمحافظة الطائف" speaks of torrents, not of Seoul. */
const WEATHER = /^[وب]?(?:ال)?(?:أمطار|امطار|مطر|فيضانات|فيضان|عواصف|عاصفة|جارفة|غزيرة|سيول)$/;

/** A word of the weather within three words before the name at tokens[i], or right after it (ending at `next`). */
export function weatherAround(tokens: readonly Token[], i: number, next: number): boolean {
  return (
    tokens.slice(Math.max(0, i - 3), i).some((t) => WEATHER.test(t.text)) || WEATHER.test(tokens[next]?.text ?? '')
  );
}

/** A word with the article, clinging letters before it allowed: بالرياض, والرياض, للرياض; أل is no article. */
const WITH_ARTICLE = /^[وفبك]?(?:ال|لل)/;
const HAMZA_AL = /^[وفبك]?أل/;
/** The text (its vowel marks off) writes the article as the place's name does (أل only where the name has it: ألباريس is Albares). */
export function articleAsNamed(nameAr: string, written: string): boolean {
  const text = withoutDiacritics(written);
  return HAMZA_AL.test(text)
    ? nameAr.startsWith('أل')
    : WITH_ARTICLE.test(text)
      ? nameAr.startsWith('ال') || nameAr.includes(' ') || (nameAr.startsWith('ل') && TO_L.test(text))
      : !nameAr.startsWith('ال');
}
/** ل before a name that opens with ل: للندن is "to London", not the article. */
const TO_L = /^[وفب]?لل/;
