/**
 * Distances inside a clause: its commas, the phrase around a word, the date and the place nearest
 * to a meeting word (a comma counts as a long way), and items in text order.
 */
import type { TimeExpression } from '../date-parser/index.js';
import type { Clause, Token } from './clauses.js';
import type { PlaceMention } from './mentions.js';
import { ARABIC_RELATIVES } from './meeting-words.js';
import { withoutDiacritics } from '../names/normalize.js';
import { isClockToday } from './when.js';

/** The marks that end a phrase (, ، ; ؛ — –): a date or a place across one is further away. */
const SEPARATORS = /[,،;؛—–]/g;

/** The article offsets of the clause's commas (and other separators), in order: a clause has few, so a span's are counted by walking them. */
export function commaOffsets(clause: Clause): number[] {
  const offsets: number[] = [];
  // exec in a loop: matchAll's iterator costs more than the search on these short texts.
  SEPARATORS.lastIndex = 0;
  for (let match = SEPARATORS.exec(clause.text); match !== null; match = SEPARATORS.exec(clause.text))
    offsets.push(clause.start + match.index);
  return offsets;
}

/** How many commas lie between two offsets of a clause: a date or place in the same phrase is nearer. */
export function commasBetween(commas: readonly number[], a: number, b: number): number {
  const from = Math.min(a, b);
  const to = Math.max(a, b);
  let count = 0;
  for (const at of commas) if (at >= from && at < to) count++;
  return count;
}

/** A journey's next leg, or the plan after a deed ("وصل يوم الأحد على أن يلتقي"): what comes after it is not on the day told before it. */
const THEN =
  /\bthen\s+(?:go|goes|head|heads|travel|travels|fly|flies|proceed|proceeds|continue|continues|move|moves)\b|\bbefore (?:heading|flying|travell?ing)\b|(?:^|\s)(?:ثم|قبل أن)\s+(?:يتوجه|تتوجه|ينتقل|تنتقل|يغادر|تغادر|يسافر|يطير)(?=\s)|(?<!(?:أكد|أكدت|شدد|شددت|نص|نصت|اتفق|اتفقا|حرص|حرصت|أصر|أصرت)\s)(?:^|\s)على\s+[أا]ن\s/;

/** "… and is expected to", "… and will": another verb joined by "and", with its own tense and day. */
const AND_ANOTHER_VERB = /\band\s+(?:is|are|was|were|will|would|plans?|planned|expects?)\b/;

/** "a meeting … that had been set for Wednesday", "talks planned for March 13": the day said to be the meeting's. */
const SET_FOR = /\b(?:set|scheduled|planned|slated|fixed|due)\s+(?:for|on)\s+(?:the\s+)?$|\bdue\s+$/i;

/** Two days of one span: "set for Saturday and Sunday". */
const SPAN_JOIN = /^\s*(?:and|to|through|until|-|–|و|إلى|حتى)\s*$/;

/** A later day in the phrase of a plan's day, not of its span: the plan's new day. */
function supersedes(clause: Clause, commas: readonly number[], plan: TimeExpression, later: TimeExpression): boolean {
  if (later.start <= plan.end || commasBetween(commas, plan.end, later.start) > 0) return false;
  return !SPAN_JOIN.test(clause.text.slice(plan.end - clause.start, later.start - clause.start));
}

/** A phrase of an arrival or a departure, before its day: "following the arrival of …", "بعد وصوله" (not "عقب صلاة الجمعة"). */
const OTHER_EVENT =
  /(?:^|[,،])\s*(?:following|after|ahead of|prior to|before|عقب|بعد|قبيل|إثر)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:arrival|departure|landing|وصول|مغادرة|هبوط)[^,،.]*$/i;

/** The words that open a phrase of what has held since a day, or of why ("منذ عام 2011", "because of the elections …"). */
const SINCE_OR_BECAUSE = /(?:^|[\s،,])(?:منذ|since|because|لأن)\s/gi;
const YEAR = /(?:^|\D)(?:19|20)\d\d(?:\D|$)/;
/** How far the day of such a phrase may stand from its opening word. */
const SINCE_REACH = 60;

/**
 * A day something has held since (or the day of why), after the meeting word: not the meeting's ("the first
 * talks since the administration was launched on May 10", "… because of the elections it held last May"). Only the
 * phrase's own day, the first after its word and near it: "for the first time since 2011 in Moscow on Thursday"
 * is Thursday's meeting. A meeting word inside the phrase is dated by it ("the first summit since Putin met Trump
 * in Helsinki in July 2018": the Helsinki meeting's month).
 */
function sinceDay(clause: Clause, trigger: Token, date: TimeExpression, dates: readonly TimeExpression[]): boolean {
  if (date.start <= trigger.end) return false;
  const between = clause.text.slice(trigger.end - clause.start, date.start - clause.start);
  const opening = [...between.matchAll(SINCE_OR_BECAUSE)].at(-1);
  if (!opening || between.length - opening.index > SINCE_REACH) return false;
  // ("منذ عام 2011", "since 2019": a year the parser leaves alone is the phrase's day)
  if (YEAR.test(between.slice(opening.index))) return false;
  const from = trigger.end + opening.index;
  return !dates.some((d) => d !== date && d.start > from && d.start < date.start);
}

/** The words before a date, in its clause: where a phrase that tells another event opens. */
function textBefore(clause: Clause, date: TimeExpression): string {
  return clause.text.slice(Math.max(0, date.start - clause.start - 80), date.start - clause.start);
}

/** The date nearest to a meeting word, counting a comma as a long way. */
export function nearest(
  dates: readonly TimeExpression[],
  trigger: Token,
  commas: readonly number[],
  /** The clause: a date in the meeting word's relative clause ("اجتماع …، الذي كان مقرراً عقده غداً") is its own. */
  clause?: Clause,
): TimeExpression | null {
  let best: TimeExpression | null = null;
  let bestScore = Infinity;
  // "On Sunday, following the arrival of the delegation on Saturday evening, the envoy called on them":
  // a day in a phrase of what came before or after is that event's, when the meeting has another.
  const held = clause === undefined ? dates : dates.filter((d) => !sinceDay(clause, trigger, d, dates));
  const meetings = clause === undefined ? held : held.filter((d) => !OTHER_EVENT.test(textBefore(clause, d)));
  for (const date of meetings.length > 0 ? meetings : held) {
    // "will fly to Kiev on Monday and then go on to Moscow for talks": Monday is the first leg's; so is "arrived in
    // Cairo on Sunday" of "… and is expected to meet Sisi on Monday", when the meeting has a day of its own after it.
    const between =
      clause && date.end <= trigger.start
        ? clause.text.slice(date.end - clause.start, trigger.start - clause.start)
        : null;
    if (
      between !== null &&
      (THEN.test(between) || (AND_ANOTHER_VERB.test(between) && meetings.some((d) => d.start > trigger.end)))
    )
      continue;
    const planned =
      clause !== undefined &&
      date.start > trigger.end &&
      SET_FOR.test(clause.text.slice(Math.max(0, date.start - clause.start - 24), date.start - clause.start));
    // "set for March 9 will get under way the day after": a day told after the plan's is its new one.
    if (planned && dates.some((later) => supersedes(clause, commas, date, later))) continue;
    const own =
      clause !== undefined &&
      date.start > trigger.end &&
      (planned || relativeClauseOf(clause, commas, trigger.end, date.start));
    const score = own
      ? 0
      : Math.abs(date.start - trigger.start) + 1000 * commasBetween(commas, date.start, trigger.start);
    if (score < bestScore) {
      best = date;
      bestScore = score;
    }
  }
  return best;
}

/** The place of a meeting word: cities before countries, places said with في/إلى first, then the nearest. */
export function bestPlace<P extends PlaceMention & { country?: boolean }>(
  places: readonly P[],
  at: number,
  commas: readonly number[],
): P | null {
  let best: P | null = null;
  let bestScore = Infinity;
  for (const place of places) {
    // "قادماً من الرياض", "arrived from Rome": where someone comes from is not where they meet.
    // ("… before leaving for South Korea": the next stop, after the meeting word; "قبيل سفره إلى واشنطن حيث يلتقي": before it, the meeting's)
    if (place.origin || (place.nextStop && place.start > at)) continue;
    // "met de Mistura … ahead of the Geneva talks": the talks' place; "the Geneva talks opened": this meeting's.
    if (place.namesMeeting && !(at >= place.end && at - place.end < 12)) continue;
    const score =
      Math.abs(place.start - at) -
      (place.introduced ? 40 : 0) +
      (place.country ? 200 : 0) +
      150 * commasBetween(commas, place.start, at);
    if (score < bestScore) {
      best = place;
      bestScore = score;
    }
  }
  return best;
}

/** The text between the commas around [start, end): where a hedge or a cancellation is about this meeting. */
export function phraseAround(clause: Clause, commas: readonly number[], start: number, end: number): string {
  let from = clause.start;
  let to = clause.end;
  for (const at of commas) {
    if (at < start) from = at + 1;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return clause.text.slice(from - clause.start, to - clause.start);
}

/** A phrase that opens a relative clause: ", who began a visit on Tuesday,", "، الذي وصل أمس،". */
const OPENS_RELATIVE = new RegExp(`^\\s*(?:(?:who|which)\\s|و?(?:${ARABIC_RELATIVES})\\s)`, 'u');

/**
 * The phrase whose words say the meeting's status: around its word and its date, but not a relative clause the
 * date stands in and the word does not ("Steinmeier, who began a visit on Tuesday, is due to hold talks": the
 * visit began, the talks are to come).
 */
export function statusPhrase(
  clause: Clause,
  commas: readonly number[],
  word: { start: number; end: number },
  date: { start: number; end: number } | null,
): string {
  const around = phraseAround(clause, commas, word.start, word.end);
  if (!date) return around;
  const dated = phraseAround(clause, commas, date.start, date.end);
  if (dated !== around && OPENS_RELATIVE.test(dated)) return around;
  return phraseAround(clause, commas, Math.min(word.start, date.start), Math.max(word.end, date.end));
}

/** `items` in the order they start in the text, sorted in place by insertion (stable): a clause names a handful, and Array.sort costs more than that work. */
export function inTextOrder<T extends { start: number }>(items: T[]): T[] {
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i;
    for (; j > 0 && items[j - 1]!.start > item.start; j--) items[j] = items[j - 1]!;
    items[j] = item;
  }
  return items;
}

/** The items that start in [from, to). */
export function startingIn<T extends { start: number }>(items: readonly T[], from: number, to: number): T[] {
  return items.filter((item) => item.start >= from && item.start < to);
}

/** Where the phrase holding `at` begins (after the last comma before it), but not before `after`. */
export function phraseStart(commas: readonly number[], at: number, after: number): number {
  let start = at;
  for (const comma of commas) if (comma >= after && comma < at) start = comma + 1;
  return start;
}

/** "القمة العربية الأوروبية، التي تنطلق غداً", "the talks, which open on Monday": a relative clause after one comma is still about the meeting named. */
const RELATIVE_OPENING = new RegExp(
  `^[،,]\\s*(?:و?(?:${ARABIC_RELATIVES}|المقرر|المقررة)|which|that|due|scheduled|set)\\s`,
  'i',
);
/** "الدورة …، المنطلقة اليوم", "the session, opening on Monday": a participle of opening or holding after one comma. */
const OPENING_PARTICIPLE = /^[،,]\s*(?:و?(?:المنطلقة|المنعقدة|المقامة)|opening|starting)\s/i;

/** "…, the previous one, closed on July 14", "…، انعقدت في": the verb that tells the meeting's day, right after a comma and right before the day (not "Biden, whose term began on January 20"). */
const TOLD_DAY_BEFORE =
  /[,،]\s*(?:(?:was |were )?(?:closed|ended|opened|began|started|took place|held|concluded|convened|wrapped up)\s+(?:on\s+|in\s+)?|(?:التي\s+|الذي\s+)?[وف]?(?:انعقدت?|عقدت?|اختتمت?|انطلقت?|بدأت?|جرت?)\s+(?:في\s+|يوم\s+)?)$/;

/** The day at `to` is told by a participle of opening right after the one comma after the meeting noun ending at `from`. */
export function openingParticipleOf(clause: Clause, commas: readonly number[], from: number, to: number): boolean {
  if (commasBetween(commas, from, to) !== 1) return false;
  const comma = commas.find((at) => at >= from && at < to)!;
  return OPENING_PARTICIPLE.test(clause.text.slice(comma - clause.start, comma - clause.start + 12));
}

export function relativeClauseOf(clause: Clause, commas: readonly number[], from: number, to: number): boolean {
  const between = commasBetween(commas, from, to);
  if (
    between >= 1 &&
    between <= 3 &&
    TOLD_DAY_BEFORE.test(clause.text.slice(Math.max(0, to - clause.start - 30), to - clause.start))
  )
    return true;
  if (between !== 1) return false;
  const comma = commas.find((at) => at >= from && at < to)!;
  const after = clause.text.slice(comma - clause.start, comma - clause.start + 40);
  return RELATIVE_OPENING.test(after) && !TRAVELLERS_CLAUSE.test(withoutDiacritics(after));
}

/**
 * "لقاءً مع المبعوث الأممي …، الذي حطّ في دمشق أمس", "talks with the envoy, who arrived on Sunday": a
 * relative clause of arriving or leaving tells of a traveller the meeting word names, not of the meeting.
 * (Not عاد: "المحادثات، التي عادت إلى الانعقاد أمس" resumed.)
 */
const TRAVELLERS_CLAUSE = new RegExp(
  `^[،,]\\s*(?:و?(?:${ARABIC_RELATIVES})\\s+(?:كانت?\\s+(?:قد\\s+)?|كانوا\\s+(?:قد\\s+)?|قد\\s+)?[وف]?(?:حط|وصل|يصل|تصل|قدم|غادر|يغادر|تغادر)(?:ت|ا|وا|تا)?(?=[\\s،,]|$)` +
    `|who\\s+(?:had\\s+|has\\s+)?(?:arrived|landed|flew|came|arrives|lands|left|leaves)\\b)`,
  'i',
);

/**
 * "انطلقت اليوم الاثنين، في مقر الأمانة العامة، أعمال الدورة", "took part yesterday in the fifth
 * … Dialogue": a verb of opening, holding, closing or attending right before the day, whose
 * subject or object is the meeting named after it (Arabic puts the verb first).
 */
const OPENS_BEFORE_DAY =
  /(?:(?:^|[\s،,])[وف]?(?:س?[تي](?:نطلق|بدأ|فتتح|ختتم|نعقد|لتئم|عقد)|انطلق|بدأ|افتتح|اختتم|انعقد|التأم|عقد)(?:ت|ا|وا)?|\b(?:took part|participated|attended|opened|began|started|concluded|chaired|hosted))\s+$/;
/** How far the meeting word may follow its day in such a sentence (a place and a venue between). */
const OPENED_REACH = 100;

/** The day at `dayStart` is told by an opening verb whose subject is the meeting word at `wordStart`. */
export function openedOnDay(clause: Clause, dayStart: number, dayEnd: number, wordStart: number): boolean {
  if (wordStart - dayEnd > OPENED_REACH) return false;
  // ("بدأت في العاصمة العمانية مسقط، صباح اليوم السبت، الجولة الثالثة": where, between the verb and its day.)
  const before = clause.text.slice(Math.max(0, dayStart - clause.start - 64), dayStart - clause.start);
  return OPENS_BEFORE_DAY.test(before.replace(PLACE_BEFORE_DAY, ' '));
}
/** "في العاصمة العمانية مسقط، " right before the day: a place phrase the verb may stand before. */
const PLACE_BEFORE_DAY = /\s(?:في|ب|in|at)\s[^،,.]{1,40}[،,]\s*$/;

/** Offset `at` follows `end` closely, in the same phrase: "وجرى اللقاء في قصر قرطاج", not a place a comma or a clause later. */
export function closeAfter(clause: Clause, end: number, at: number): boolean {
  if (at < end || at - end > VENUE_THEN_CITY) return false;
  const gap = clause.text.slice(end - clause.start, at - clause.start);
  // "a one-on-one meeting at the Presidential Palace in Kabul": a venue may stand between.
  return !/[،,.؛:]/.test(gap) && (at - end <= 24 || /\s(?:in|في)\s+$/.test(gap));
}

/** How far a city may follow the meeting word when a venue stands between. */
const VENUE_THEN_CITY = 64;

/**
 * The dates an anaphor ("الاجتماع", "the meeting", at `word`) holds as its own: in its phrase after it (or in a
 * relative clause or an opening participle of it, before the next meeting word); before it, a clock time in its
 * phrase (any date, for the article's first meeting) or the day a clause opens with.
 */
export function anaphorDates(
  dates: readonly TimeExpression[],
  {
    clause,
    commas,
    word,
    triggers,
    first,
    published,
  }: {
    clause: Clause;
    commas: readonly number[];
    word: Token;
    triggers: readonly { token: Token }[];
    first: boolean;
    published: string;
  },
): TimeExpression[] {
  return dates.filter((d) =>
    d.start > word.start
      ? commasBetween(commas, word.end, d.start) === 0 ||
        ((relativeClauseOf(clause, commas, word.end, d.start) ||
          openingParticipleOf(clause, commas, word.end, d.start)) &&
          !triggers.some((t) => t.token.start > word.end && t.token.start < d.start))
      : ((first || isClockToday(d, published)) && commasBetween(commas, d.end, word.start) === 0) ||
        openedOnDay(clause, d.start, d.end, word.start),
  );
}
