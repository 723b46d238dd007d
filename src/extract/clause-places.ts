/** The places a clause names as where something happens: not the dateline's, a quoted name's or someone's post. */
import type { Clause } from './clauses.js';
import type { gazetteerMentions } from './entities.js';
import type { ParticipantMention, PlaceMention } from './mentions.js';
import { inTextOrder } from './phrases.js';
import { SAME_CITY } from './meeting-words.js';
import type { Place } from './gazetteer/index.js';

/** A verb or a noun of going right before an envoy: "وصل المبعوث الأممي إلى عدن" is where he goes, not his post. */
const GOING_BEFORE_ENVOY = String.raw`[وف]?س?(?:وصل|يصل|تصل|وصول|توجه|يتوجه|تتوجه|زار|يزور|زيارة|زيارته|جولة|جولته|أوفد|يوفد|أرسل|يرسل|بعث|يبعث|عاد|يعود|قدوم|حل|يحل|انتقل|ينتقل)`;
/**
 * A post's place said after the name ("نائب الإبراهيمي ومدير مكتبه في دمشق", "the U.N.'s
 * representative in Lebanon", "ambassador to Moscow", "المبعوث الخاص للأمين العام للأمم المتحدة
 * إلى اليمن", "envoy for Yemen"): where someone serves, not where they meet. Not an envoy someone
 * sends or who goes: "sent his envoy to Riyadh", "the visit by the U.S. envoy to Beirut", "وصل
 * المبعوث الفرنسي إلى بيروت", "أوفد مبعوثه الخاص إلى بيروت".
 */
const POST_BEFORE = new RegExp(
  `(?:${[
    String.raw`(?:^|\s)[وب]?(?:ال)?(?:(?:(?:مدير|رئيس)\s+)مكتب|سفير|سفيرة|ممثل|ممثلة|مندوب|مندوبة|قنصل)(?:ه|ها|هم)?\s+(?:ال\S+\s+){0,2}(?:في|لدى)\s+`,
    String.raw`(?<!${GOING_BEFORE_ENVOY})(?:^|\s)[وب]?(?:ال)?مبعوثة?(?:\s+(?:ال|لل)\S+){0,6}\s+(?:إلى|الى|لدى)\s+`,
    String.raw`\b(?:ambassador|representative|consul)\s+(?:[a-z]+\s+)?(?:in|to)\s+(?:the\s+)?`,
    String.raw`(?<!\b(?:sent|send|sends|sending|dispatched|dispatches|dispatch|his|her|their|its|an|a)\s+(?:[a-z]+\s+)?|\b(?:trip|visit|tour|arrival)\s+(?:of|by)\s+(?:the\s+)?(?:\S+\s+)?)\benvoy\s+(?:to|for)\s+(?:the\s+)?`,
  ].join('|')})$`,
  'i',
);

/** "Antigua and Barbuda's Prime Minister", "Kyiv's Mayor": a country's or a city's people (a capitalised noun after 's), not a place. */
const POSSESSIVE_AFTER = /^(?:\s+and\s+[A-Z][\w-]*)?['’]s\s+[A-Z]/;

/** "12:00 Moscow time", "بتوقيت القاهرة": a place a clock time is told by, where the talks are only if the clause names no other. */
const TIME_OF_AFTER = /^\s+time\b/i;
const TIME_OF_BEFORE = /توقيت\s*$/;

/** Places of the clause, without those that are someone's post (السفير الإيراني في دمشق) or a quoted name («أستانا»). */
export function placesOfClause(
  clause: Clause,
  mentions: ReturnType<typeof gazetteerMentions>,
  people: readonly ParticipantMention[],
  /** The dateline's span: a place in it is where the story was filed. */
  filed: { start: number; end: number } | null,
): (PlaceMention & { country?: boolean })[] {
  if (mentions.places.length === 0 && mentions.countryPlaces.length === 0) return [];
  const kept = (p: PlaceMention) =>
    !inSpan(p.start, filed) &&
    !clause.tokens.some((t) => t.quoted && t.start === p.start) &&
    !people.some(
      (person) => person.titleStart !== undefined && p.start > person.titleStart && p.start < person.start,
    ) &&
    !POST_BEFORE.test(clause.text.slice(Math.max(0, p.start - clause.start - 90), p.start - clause.start)) &&
    !POSSESSIVE_AFTER.test(clause.text.slice(p.end - clause.start, p.end - clause.start + 30));
  // ("13:00 Geneva time" with no other place says where the talks are; "12:00 Kyiv time … in Paris" does not)
  const timeOf = (p: PlaceMention) =>
    TIME_OF_AFTER.test(clause.text.slice(p.end - clause.start, p.end - clause.start + 6)) ||
    TIME_OF_BEFORE.test(clause.text.slice(Math.max(0, p.start - clause.start - 8), p.start - clause.start));
  const named = (p: PlaceMention) => (namesAnother(clause, p) ? { ...p, namesMeeting: true as const } : p);
  // gazetteerMentions lists each kind in text order: one kind alone needs no sort.
  const places =
    mentions.countryPlaces.length === 0
      ? mentions.places.filter(kept)
      : inTextOrder([...mentions.places, ...mentions.countryPlaces.map((c) => ({ ...c, country: true }))].filter(kept));
  const where = places.filter((p) => !timeOf(p));
  return (where.length > 0 ? where : places).map(named);
}

/** "the Geneva talks", "the Astana process", "مسار أستانا", "اتفاق الدوحة": a place naming a meeting or an accord. */
const NAMES_AFTER =
  /^[-\s]*(?:\d+\s+)?(?:peace\s+)?(?:talks|meetings?|conference|process|summit|round|negotiations|format|forum|declaration|agreement|accords?|communiqu[eé]|understandings?|deal|platform|track|group)\b/i;
const NAMES_BEFORE = /(?:مسار|عملية|اتفاق|اتفاقية|إعلان|تفاهمات|منصة|صيغة|بيان)\s+$/;
/** "زيارته الأخيرة إلى واشنطن", "his recent trip to Beijing": the place of a journey gone by, told beside the meeting. */
const PAST_TRIP_BEFORE =
  /(?:زيارت|جولت)(?:ه|ها|هما|هم)\s+(?:الأخيرة|السابقة|الماضية)\s+(?:إلى|ل)\s*$|\b(?:his|her|their)\s+(?:recent|last|previous|earlier)\s+(?:visit|trip|tour)\s+to\s+$/i;

const DURING_TRIP = /(?:خلال|أثناء|اثناء|during|on|in)\s+(?:the\s+)?(?:زيارت|جولت|his\s|her\s|their\s)/i;

function namesAnother(clause: Clause, p: PlaceMention): boolean {
  const at = p.start - clause.start;
  return (
    NAMES_AFTER.test(clause.text.slice(p.end - clause.start, p.end - clause.start + 30)) ||
    NAMES_BEFORE.test(clause.text.slice(Math.max(0, at - 12), at)) ||
    // (a meeting "خلال زيارته الأخيرة إلى بكين", "during his recent visit to Beijing" was there)
    (PAST_TRIP_BEFORE.test(clause.text.slice(Math.max(0, at - 40), at)) &&
      !DURING_TRIP.test(clause.text.slice(Math.max(0, at - 60), at)))
  );
}

/** "هنا", "here": the place the story was filed from. */
const HERE = /(?:^|[\s،])هنا(?=[\s،.]|$)|\bhere\b/;

/**
 * "يلتئم القادة بعد غد هنا", "held talks here": where the story was filed (its dateline), else the
 * city its first lines name (the headline, a kicker such as "بعد غد الاثنين" above it).
 */
export function placeHere(
  stretch: string,
  at: { start: number; end: number },
  filed: Place | null,
  firstPlaces: () => readonly (PlaceMention & { country?: boolean })[],
): PlaceMention | null {
  if (!HERE.test(stretch)) return null;
  const place = filed ?? firstPlaces().find((p) => !p.country)?.place;
  return place ? { place, start: at.start, end: at.end, introduced: true } : null;
}

/** The place named last (the one that starts last). */
export function lastOf(places: readonly PlaceMention[]): PlaceMention {
  return places.reduce((a, b) => (b.start > a.start ? b : a));
}

/**
 * The last place named before a clause, given the reader's places as they stood then: the
 * clauses whose places were not read yet, last first (read now), then the last place read.
 */
export function lastPlaceBefore<R>(
  before: { lastPlace: PlaceMention | null; unplaced: readonly R[] },
  placesIn: (record: R) => readonly PlaceMention[],
): PlaceMention | null {
  for (let k = before.unplaced.length - 1; k >= 0; k--) {
    const places = placesIn(before.unplaced[k]!);
    if (places.length > 0) return lastOf(places);
  }
  return before.lastPlace;
}

/**
 * "في المدينة ذاتها", "in the same city" in the stretch [from, to) of a clause, or the stretch opening with "where" or حيث
 * ("then flew to Riyadh, where he met …", "، حيث التقى"): the place named last before it, or null.
 */
export function placeThere(
  clause: Pick<Clause, 'text' | 'start'>,
  from: number,
  to: number,
  places: readonly (PlaceMention & { country?: boolean })[],
  earlierClauses: () => PlaceMention | null,
): PlaceMention | null {
  const stretch = clause.text.slice(from - clause.start, to - clause.start);
  if (WHERE_OPENS.test(stretch)) {
    // (the place right before it: "Riyadh, where", not one further back)
    const there = places.filter((p) => p.start < from).at(-1);
    if (!there || there.origin || !/^[\s,،]*$/.test(clause.text.slice(there.end - clause.start, from - clause.start)))
      return null;
    // (not a country a talk is about: "a conference in Brussels on aid to Syria, where he met …")
    const topic = there.country && TOPIC_BEFORE.test(clause.text.slice(0, there.start - clause.start));
    return topic ? null : { ...there, start: from, introduced: true };
  }
  const sameCity = SAME_CITY.exec(stretch);
  if (!sameCity) return null;
  const at = from + sameCity.index;
  const earlier = places.filter((p) => p.start < at).at(-1) ?? earlierClauses();
  return earlier ? { ...earlier, start: at, introduced: true } : null;
}
/** Words that make a country what is talked about, not where: "on aid to", "about", "حول", "بشأن". */
const TOPIC_BEFORE =
  /\b(?:on|about|over|regarding|concerning|(?:aid|assistance|support|help) (?:to|for))\s+(?:the\s+)?$|(?:حول|بشأن|عن|تجاه|إزاء)\s+$/i;

/** Offset `at` is inside `span` (a dateline's). */
function inSpan(at: number, span: { start: number; end: number } | null): boolean {
  return span !== null && at >= span.start && at < span.end;
}

/** The items that do not start inside `span` (a dateline's): all of them when there is none. */
export function outsideSpan<T extends { start: number }>(items: T[], span: { start: number; end: number } | null): T[] {
  return span === null ? items : items.filter((item) => !inSpan(item.start, span));
}
/** A stretch that opens with "where" or حيث: its meeting is at the place the words before it named. */
const WHERE_OPENS = /^\s*(?:where\b|و?حيث(?=\s))/i;
