/**
 * How sure the text is that a meeting happens. The cues are read in the phrase around the
 * meeting word and its date (between commas), not anywhere in the sentence: in "سيعقدون
 * اجتماعاً … يوم الخميس، مشيراً إلى أنه من المرجح أن يشارك عباس" the hedge is about who
 * attends, not about the meeting. Words are compared folded (src/names), whole.
 */
import type { MeetingStatus } from '../calendar/types.js';
import type { When } from './when.js';
import { nameKey, withoutDiacritics, nameKeyOf } from '../names/normalize.js';
import { arabicGivenNameCue, NOT_GIVEN } from './people/given-names.js';
import { remembered } from '../remembered.js';
import { ARABIC_RELATIVES, isFutureVerb } from './meeting-words.js';
import { ARABIC_CANCELLED, ARABIC_HELD, ARABIC_POSTPONED, ARABIC_TENTATIVE_WORDS } from './status-words.js';

/**
 * "كان في استقبال الضيف", "كان في مقدمة مستقبليه": a reception that took place; "كان لرئيس
 * الجمهورية لقاء مع …": a meeting someone had; "وشملت استقبالات سموه …", "تضمنت الزيارة لقاءات":
 * the meetings a day included.
 */
const ARABIC_RECEIVED =
  /كانت?\s+(?:\S+\s+){0,4}في\s+(?:استقبال|مقدمة)|كانت?\s+ل\S+\s+(?:\S+\s+){0,4}(?:لقاء|اجتماع|جلسة|محادثات|مباحثات)|(?:شملت?|تضمنت?)\s+(?:\S+\s+)?(?:استقبالات|لقاءات|اجتماعات|مباحثات|محادثات)/;

/** "were to have met": a meeting that was planned and did not happen (not "was to have dinner with": a plan). */
const ENGLISH_CANCELLED =
  /\b(?:cancel+(?:ed|s)?|call(?:ed|s)? off|postpone[ds]|scrap(?:s|ped)|cancel+ation|put(?:s)? off|delay(?:s|ed)|(?:was|were) to have (?:\w+ed|met|held|been|seen|made|gone|taken|begun|flown|spoken|come)\b)\b/i;
const ENGLISH_POSTPONED = /\b(?:postpone[ds]|puts? off|delay(?:s|ed)|push(?:es|ed) back)\b/i;
const ENGLISH_TENTATIVE =
  /\b(?:may|might|could|likely|possible|possibly|tentative(?:ly)?|unconfirmed|not (?:been )?confirmed|(?:hopes?|hoping) to (?:meet|see|sit down|hold talks|visit))\b/;
/** "expected to", firm when it reports a schedule, a hedge when unnamed diplomats or sources say it. */
const ENGLISH_EXPECTED = /\bexpected to\b/i;
const UNNAMED_SOURCES = /\b(?:diplomats?|sources?|officials?)\s+(?:said|say|says|told)\b/i;
const ENGLISH_HELD =
  /\b(?:met|called on|held|hosted|visited|discussed|attended|took place|received|welcomed|briefed|opened|began|resumed|concluded|ended|convened|gathered|kicked off|wrapped up|(?:was|were) in (?:talks|a meeting)|(?:was|were) holding|(?:had|has) (?:talks|discussions|an? (?:[a-z-]+ )?meeting)|sat down(?:\s+\S+){0,4}?\s+with|conferred|talked\s+with)\b/i;
/**
 * Taking part, chairing, talking over ("took part today in the joint ministerial meeting", "ترأس الاجتماع"): held
 * when nothing in the phrase says the future (a background clause's "after the two men exchanged views last week"
 * beside "is due to hold talks today" is not the meeting's).
 */
const ENGLISH_TOOK_PART = /\b(?:took part|participated|(?:co-)?chaired|presided over|exchanged views|went over)\b/i;
const ARABIC_TOOK_PART = /(?:^|\s)[وف]?(?:ترأس|ترأست|تراس|تراست)(?=\s|$)/u;

/** The folded words of a phrase, و/ف taken off and the rest folded again (والتقى → التقي → تقي, as the lists are). */
function arabicWords(text: string): string[] {
  return nameKeyOf(text).split(' ').map(withoutAnd);
}

const WAW = 0x648;
const FA = 0x641;

/** A folded word without its clinging و or ف (if two letters stay), refolded when the article follows it. */
function withoutAnd(word: string): string {
  const first = word.charCodeAt(0);
  if ((first !== WAW && first !== FA) || word.length < 3) return word;
  return word.startsWith('ال', 1) && word.length > 4 ? nameKeyOf(word.slice(1)) : word.slice(1);
}

/**
 * `arabicWords` of one word of a phrase, its first: the cues of cancellation and postponement are
 * looked for word by word, and a phrase's words recur (remembered).
 */
const arabicWord = remembered((word: string): string => arabicWords(word)[0]!);

/** An occasion taken to meet: the past verb of taking it, then the meeting's verb of purpose. */
const ENGLISH_OCCASION_TAKEN =
  /\b(?:used|seized|took advantage of|availed (?:himself|herself|themselves) of)\s[^.;:]{0,100}?\bto (?:hold|meet|have|conduct)\b/i;
const ARABIC_OCCASION_TAKEN =
  /(?:^|\s)[وف]?(?:اغتنم|اغتنمت|انتهز|انتهزت|استغل|استغلت)\s[^.؛:]{0,200}?\s(?:لي|لت)(?:عقد|لتقي|جري|بحث|جتمع)/;

/** "will be held", "is to be held", "expected to be hosted": a passive still to come says nothing held. */
const TO_BE_HELD =
  /\b(?:will|would|shall|to|may|might|could)\s+(?:\w+\s+)?be\s+(?:held|hosted|convened|opened|received|welcomed|met)\b/gi;

/** A relative clause, to the phrase's next comma: "التي ستُعقد غداً", "which opens on Monday". */
const RELATIVE_CLAUSE = new RegExp(`(?:^|\\s)(?:و?(?:${ARABIC_RELATIVES})|which|that)\\s[^،,.]*`, 'g');

/** A past-tense meeting verb in the phrase (التقى، استقبل، عقد, met, held talks): the meeting took place. */
export function saysHeld(phrase: string, arabic: boolean): boolean {
  // ("ترأس … الاجتماع التحضيري للقمة التي ستُعقد غداً": the future of a relative clause is the summit's)
  if (
    (arabic ? ARABIC_TOOK_PART : ENGLISH_TOOK_PART).test(phrase) &&
    !saysFuture(phrase.replace(RELATIVE_CLAUSE, ' '), arabic)
  )
    return true;
  // "used the summit today to hold talks with …", "اغتنم مشاركته في … ليعقد سلسلة من اللقاءات": the occasion taken, the meeting held.
  if ((arabic ? ARABIC_OCCASION_TAKEN : ENGLISH_OCCASION_TAKEN).test(phrase)) return true;
  if (!arabic) return ENGLISH_HELD.test(phrase.replace(TO_BE_HELD, ' '));
  return (
    ARABIC_RECEIVED.test(phrase) || arabicWords(phrase.replace(NOUNS_READ_AS_HELD, ' ')).some((w) => ARABIC_HELD.has(w))
  );
}

/**
 * Nouns that fold to a verb of the list: with the article, الجمعة (Friday, not جمعه "gathered him"),
 * البحث (the discussion), العقد (the decade); وزارة (the ministry, not و + زاره "and visited him":
 * written with ة, which "وزاره" is not); and a verbal noun after سيتم، يتم ("سيتم عقد الاجتماع").
 */
const NOUNS_READ_AS_HELD =
  /(?<=^|[\s،,(])(?:[وفبل]?(?:ال|لل)(?:جمعة|جمعه|بحث|عقد)|[وفبل]?(?:ال)?وزار(?:ة|ات)|[وف]?(?:س[يت]|[يت])تم\s+\S+)(?=[\s،,.)]|$)/g;

/**
 * A cue of cancellation or postponement in the phrase. "التأجيل يعود إلى الانشغال بالقمة": the
 * postponement with the article is one already told, of another meeting, not of the one here.
 */
export function cancelledIn(phrase: string, arabic: boolean, clause = phrase): boolean {
  if (!arabic) return ENGLISH_CANCELLED.test(phrase) || (PLAN_GONE.en.test(phrase) && !WENT_AHEAD.en.test(clause));
  for (const m of phrase.matchAll(/[^\s،,.]+/gu)) {
    if (DEFINITE.test(m[0]) || !ARABIC_CANCELLED.has(arabicWord(m[0]))) continue;
    // "من أجل السلام" (for the sake of), "في مختلف أرجاء العالم" (throughout): no postponement.
    if (/^[وف]?أرجاء$/.test(m[0])) continue;
    if (
      AMBIGUOUS_POSTPONEMENT.has(arabicWord(m[0])) &&
      (NOT_POSTPONING_BEFORE.test(phrase.slice(0, m.index)) || REGION_AFTER.test(phrase.slice(m.index + m[0].length)))
    )
      continue;
    return true;
  }
  return false;
}
/** أجل and ارجاء (folded): "for the sake of" and "throughout" as often as a postponement. */
const AMBIGUOUS_POSTPONEMENT = new Set(['اجل', 'ارجاء']);
/** Words before أجل or ارجاء that make them "for the sake of" or "throughout", not a postponement. */
const NOT_POSTPONING_BEFORE = /(?:^|\s)[وف]?(?:من|مختلف|كل|كافة|جميع|شتى)\s*$/;
/** A land after ارجاء: "في ارجاء العاصمة" is throughout the capital. */
const REGION_AFTER = /^\s*(?:العالم|البلاد|المنطقة|العاصمة|المدينة|الوطن|المملكة|القارة)(?=[\s،,.]|$)/;

/** Negated or stalled: "لم يُعقد", "لن ينعقد", "تعثّر انعقاد", "did not take place", "failed to convene". */
const ARABIC_NOT_HELD =
  /(?:^|[\s،])(?:[وف]?(?:لم|لن)\s+(?:ي|ت)ُ?(?:عقد|نعقد|تم|لتئم|جتمع|لتق)|[وف]?تعث[ّ]?رت?\s+(?:\S+\s+){0,3}(?:انعقاد|عقد))(?=[\s،.]|$)/u;
const ENGLISH_NOT_HELD =
  /\b(?:(?:did|was|were|will|would)(?:\s+now)?\s+(?:not|no longer)|didn't|wasn't|weren't|won't|wouldn't|never)\s+(?:take place|happen|go ahead|be held|held|meet|convene)\b|\bfailed to (?:meet|convene|take place|go ahead)\b/i;
/** Not begun, no meeting: "لن تبدأ غداً كما كان مقرراً", "there will be no meeting" (in the meeting's own phrase: a quote about something else "لن تبدأ" says nothing of it). */
const NOT_BEGUN =
  /(?:^|[\s،])[وف]?(?:لم|لن)\s+(?:ي|ت)ُ?(?:بدأ|نطلق)(?=[\s،.]|$)|\bthere (?:will|would) be no (?:meeting|talks|summit)\b/i;

/**
 * "أرجأ رئيس الوزراء، اليوم الإثنين، الزيارة التي كان من المقرر …": a sentence that opens with the
 * verb of calling off (after a dateline) calls off the meeting named after it with the article.
 */
function opensWithCancellation(sentence: string): boolean {
  const opening = sentence.replace(/^[^:،,]{0,40}:\s*/, '').match(/[^\s،,.]+/u)?.[0];
  return opening !== undefined && ARABIC_CANCELLED.has(arabicWord(opening));
}

/**
 * Plans told in the past. PLANNED_BEFORE, right before the day: a plan that a sentence moving the meeting
 * supersedes. PLAN_GONE, reaching over the plan's subject ("وكانت الجولة الثانية مقررة الأحد", "had originally been
 * due to travel"): a plan for a day not yet gone that fell through, unless the clause says it went ahead (WENT_AHEAD:
 * "and it went ahead as planned", "وانطلقت أعمالها صباحا", "ستعقد في موعدها").
 */
const PLANNED_BEFORE = /كان\s+(?:من\s+)?(?:ال)?مقرر|\bhad been (?:scheduled|set|planned|due)\b/i;
const PLAN_GONE = {
  en: /\bhad (?:originally )?been (?:scheduled|due|set|slated|planned) to\b/i,
  ar: /(?:^|\s)[وف]?كانت?\s+(?:(?!(?:أن|ان|قد)\s)\S+\s+){0,4}?(?:من\s+)?(?:ال)?(?:مقرر|مقررة|مقررا|مقرراً|مرتقبا|مرتقبة)(?=[\s،.]|$)/u,
};
const WENT_AHEAD = {
  en: /\b(?:went ahead|took place|got under way|(?:was|were) held|opened|began|convened)\b/i,
  ar: /(?:^|\s)[وف]?(?:انطلقت|انطلق|عقدت|انعقدت|بدأت|افتتحت)(?=\s)|في\s+موعده(?:ا)?/u,
};

/**
 * "أُرجئ إلى يومنا هذا الأربعاء، بعد أن كان مقرراً أن تنطلق المشاورات أمس الثلاثاء": the day a
 * meeting had been planned for, in a sentence that moves it, is no meeting of its own.
 */
export function supersededPlan(phrase: string, sentence: string, arabic: boolean): boolean {
  if (!PLANNED_BEFORE.test(phrase) || cancelledIn(phrase, arabic)) return false;
  return arabic ? postponedTo(sentence, true) !== null : ENGLISH_POSTPONED.test(sentence);
}

/** A noun with the article (التأجيل، والإلغاء، للتأجيل). */
const DEFINITE = /^[وف]?(?:ال|لل)/;

/** How many words may stand between a postponement and its إلى: "تأجيل افتتاح المشاورات اليمنية في الرياض إلى …". */
const POSTPONED_REACH = 12;

/** How far after a postponement's "إلى" / "to" its new day may begin. */
const NEW_DAY_REACH = 8;

/**
 * The new day of a meeting put off in `phrase` (which begins at offset `from`), among the dates
 * told in it: "فأرجئت إلى يوم الإثنين المقبل", "حدد له يوم الأحد، قبل أن يرجأ إلى صباح الإثنين".
 */
export function postponedDay<T extends { start: number }>(
  phrase: string,
  from: number,
  dates: readonly T[],
  arabic: boolean,
): T | undefined {
  if (dates.length === 0) return undefined;
  const cut = postponedTo(phrase, arabic);
  return cut === null ? undefined : dates.find((d) => d.start >= from + cut && d.start - (from + cut) < NEW_DAY_REACH);
}

/** Where, in `phrase`, a postponement says the new day ("فأرجئت إلى", "postponed to"): the offset after it. */
function postponedTo(phrase: string, arabic: boolean): number | null {
  if (arabic) {
    let since = Infinity;
    for (const m of phrase.matchAll(/[^\s،,.]+/gu)) {
      const word = arabicWord(m[0]);
      if (word && ARABIC_POSTPONED.has(word)) since = 0;
      else if (since <= POSTPONED_REACH && /^(?:إلى|الى|حتى)$/.test(m[0])) return m.index + m[0].length + 1;
      since++;
    }
    return null;
  }
  const m = /\b(?:postponed|put off|delayed|pushed back)\s+(?:to|until|till)\s/i.exec(phrase);
  return m && ENGLISH_POSTPONED.test(m[0]) ? m.index + m[0].length : null;
}

/** "the talks, which were due to be held today, have been put off": the main verb after a relative clause of the day. */
const CALLED_OFF_AFTER_RELATIVE =
  /^[^,]*,\s*(?:which|that)\b[^,]*,\s*(?:has|have|had|was|were)\s+(?:now\s+)?(?:been\s+)?(?:put off|postponed|cancel+ed|called off|scrapped|delayed)\b/i;

/** "اجتماع المبعوثين، الذي كان من المنتظر أن يعقد الاثنين …، أُرجئ هو الآخر" (its short vowels taken off). */
const ARABIC_CALLED_OFF_AFTER_RELATIVE =
  /^(?:[^،]*،)?\s*و?(?:الذي|التي)[^،]*،\s*[وف]?(?:أرجئ|ارجئ|تأجل|تاجل|أجل|اجل|ألغي|الغي)/u;

/**
 * Held (before the article's day, or a past-tense verb on the day), cancelled, tentative or
 * scheduled. `phrase` is the text around the meeting word and its date; `sentence` the whole
 * clause (for who says it).
 */
export function statusOf(
  phrase: string,
  sentence: string,
  when: When,
  published: string,
  arabic: boolean,
): MeetingStatus {
  // "الاجتماع، الذي كان مقرراً …، لم يُعقد": the negation closes the clause, past the phrase's commas.
  if (
    cancelledIn(phrase, arabic, sentence) ||
    (arabic &&
      DEFINITE.test(phrase.trimStart()) &&
      opensWithCancellation(sentence) &&
      postponedTo(sentence, true) === null) ||
    (arabic ? ARABIC_NOT_HELD : ENGLISH_NOT_HELD).test(sentence) ||
    NOT_BEGUN.test(phrase) ||
    (arabic ? ARABIC_CALLED_OFF_AFTER_RELATIVE : CALLED_OFF_AFTER_RELATIVE).test(
      withoutDiacritics(sentence.slice(Math.max(0, sentence.indexOf(phrase)))),
    )
  )
    return 'cancelled';
  if (arabic && PLAN_GONE.ar.test(phrase) && !WENT_AHEAD.ar.test(sentence) && when.date >= published)
    return 'cancelled';
  // ("left yesterday on a five-day visit. In Berlin, he will be received by …": a day of the visit gone by, the meeting to come)
  if (when.endDate < published)
    return firmFuture(phrase, arabic) && !recalled(phrase) && !saysHeld(phrase, arabic) ? 'scheduled' : 'held';
  if (arabic) {
    const words = arabicWords(phrase);
    if (when.date <= published && saysHeld(phrase, true)) return 'held';
    // قد before a verb in the present: "قد يزور" (may visit); before a past verb it is "has".
    const maybe = /(?:^|\s)قد\s+[يت]/.test(phrase);
    if (maybe || words.some((w) => ARABIC_TENTATIVE_WORDS.has(w) || w.startsWith('احتمال'))) return 'tentative';
    return 'scheduled';
  }
  if (when.date <= published && saysHeld(phrase, false)) return 'held';
  if (ENGLISH_TENTATIVE.test(phrase)) return 'tentative';
  if (ENGLISH_EXPECTED.test(phrase) && UNNAMED_SOURCES.test(sentence)) return 'tentative';
  return 'scheduled';
}

/** Future without a future verb: من المقرر، المرتقب; "will meet", "expected to", later today. */
const ARABIC_FUTURE =
  /(?:^|[\s،])(?:من المقرر|المقرر|المرتقب|مرتقب|المنتظر|ينتظر|يعتزم|تعتزم|لاحق|سيتم|ستتم)(?=[\s،.]|$)/u;
const ENGLISH_FUTURE = /\b(?:will|expected|set to|scheduled|plans?|due|upcoming|next|later|tomorrow|would)\b/i;

/**
 * The phrase speaks of the future: "is expected to raise …", "ومن المنتظر أن يبحث", "سيلتقي" (a verb
 * in سـ, not a word that only opens so: سياسية, سيادة, ستة, سنوات).
 */
export function saysFuture(phrase: string, arabic: boolean): boolean {
  return arabic
    ? ARABIC_FUTURE.test(phrase) || futurePrefixIn(phrase) || futureVerbIn(phrase)
    : ENGLISH_FUTURE.test(phrase);
}
/** سـ and a present's prefix (يـ، تـ; not نـ: سنوات) before at least three letters, no ا right after them, no ة at the end: سيتوجه, ستنطلق. */
const FUTURE_PREFIX = /(?:^|\s)[وف]?س[يت](?!ا)[\u0621-\u064A]{3,}(?<!ة)(?=[\s،,.]|$)/gu;
/** A word FUTURE_PREFIX fits that is no given name (سيرغي, ستيفن), its vowel marks off first (ستُعقد). */
function futurePrefixIn(phrase: string): boolean {
  for (const m of withoutDiacritics(phrase).matchAll(FUTURE_PREFIX))
    if (arabicGivenNameCue(nameKey(m[0].trim())) === NOT_GIVEN) return true;
  return false;
}
/**
 * A future that governs the meeting's own verb ("will be received by", "is to hold talks", "سيلتقي"), not a word of
 * the future about what was talked over ("focused on the upcoming summit", "agreed they would sign next month").
 */
const firmFuture = (phrase: string, arabic: boolean) => (arabic ? futureVerbIn(phrase) : MEETING_TO_COME.test(phrase));
const MEETING_TO_COME =
  /\b(?:will|shall|(?:is|are)(?: also)? (?:due |set |scheduled |expected )?to)\s+(?:also\s+)?(?:be\s+)?(?:(?:hold|meet|visit|receive|received|met|welcomed|sit|attend|host|hosted|call|pay)\b|(?:\w+\s+){1,2}(?:talks|meetings?|consultations|discussions)\b)/i;
const futureVerbIn = (text: string) =>
  nameKeyOf(text)
    .split(' ')
    .some((word) => isFutureVerb(word));
/** A headline says the future with a bare "to": "Blinken to meet Lavrov". */
const HEADLINE_FUTURE = /\bto\s+[a-z]+\b/i;

/**
 * The status of the day's own news: a meeting on the publication day told in the present ("عون
 * يستقبل هوكستين", "ministers gather in Cairo on Monday", "تحتضن المملكة اليوم") was held that
 * day, unless the text speaks of the future. Any other status stands.
 */
export function dayNewsStatus(status: MeetingStatus, text: string, headline: boolean): MeetingStatus {
  if (status !== 'scheduled') return status;
  const future =
    ARABIC_FUTURE.test(text) ||
    ENGLISH_FUTURE.test(text) ||
    (headline && HEADLINE_FUTURE.test(text)) ||
    futureVerbIn(text);
  return future ? 'scheduled' : 'held';
}

/** Arriving: "وصل أمس إلى مسقط في زيارة", "استهل زيارة", "arrived on Tuesday for his first visit". */
const ARRIVAL =
  /(?:^|[\s،])[وف]?(?:وصل|وصلت|حل|حلت|استهل|استهلت|بدأ|بدأت)(?=[\s،])|\b(?:arrived|arrives|flew in(?:to)?|landed)\b/;

/**
 * A visit whose words tell an arrival on a day gone by, naming no one but the visitor: where the
 * visitor came, not a meeting (the meetings of the visit, with their hosts, are told apart).
 */
export function pastArrival(
  noun: string,
  stretch: string,
  people: readonly { kind: string }[],
  when: { endDate: string },
  published: string,
  /** The whole clause: a departure that tells its meeting further on is the visit itself. */
  clause: string,
): boolean {
  if ((noun !== 'زيارة' && noun !== 'Visit') || when.endDate >= published) return false;
  // ("وكان قد غادر الرياض أمس، بتوجيه من الملك …، متوجهاً إلى الولايات المتحدة في زيارة": whoever sent or invited the traveller)
  // (not one that tells its meeting held: "… متوجهاً إلى عمان في زيارة التقى خلالها العاهل الأردني")
  if (DEPARTURE.test(stretch) && !MET_DURING.test(clause)) return true;
  return people.filter((p) => p.kind === 'person').length <= 1 && ARRIVAL.test(stretch);
}
/** A meeting held in the visit, told in the past ("زيارة التقى خلالها", "a visit in which he met"; not "يلتقي خلالها", told apart). */
const MET_DURING =
  /(?:^|\s)(?:التقى|اجتمع|عقد|أجرى|بحث)\s+خلال|\b(?:in|during) which (?:he|she|they) (?:met|held|talked)\b/;
/** Having left for the visit, told as background: "وكان قد غادر … متوجهاً إلى", "had left Riyadh for Washington". */
const DEPARTURE = /(?:^|[\s،])قد\s+(?:غادر|غادرت)\s[^.]*?(?:متوجه|متجه)|\bhad\s+(?:left|departed)\s[^.]{0,40}?\bfor\b/;

/** A meeting recalled, not the day's news: "وكان قد التقى", "سبق أن", "had met", "last year" (but "earlier today" is the day's). */
const RECALLED =
  /(?:^|[\s،])[وف]?(?:كان|كانت|سبق|سابق\S*|الماضي|الماضية|السابق|السابقة)(?=[\s،.]|$)|\b(?:had|previously|earlier(?! (?:today|in the day|this))|last|ago|former|once)\b/i;

export function recalled(text: string): boolean {
  return RECALLED.test(text);
}

/**
 * The status of a meeting word's mention: a meeting moved to a day is held or to come by that day;
 * else its phrase's (statusOf). On the publication day, a sentence that tells it in the past
 * ("According to a statement, he met the prime minister at noon"), and nowhere in the future, says
 * held, though the verb stands outside the meeting word's phrase.
 */
export function statusOfMention(
  phrase: string,
  clause: string,
  when: When,
  published: string,
  { arabic, moved }: { arabic: boolean; moved: boolean },
): MeetingStatus {
  if (moved) return when.endDate < published ? 'held' : 'scheduled';
  const status = statusOf(phrase, clause, when, published, arabic);
  if (status !== 'scheduled' || when.date !== published || when.endDate !== published) return status;
  return saysHeld(clause, arabic) ? dayNewsStatus(status, clause, false) : status;
}
