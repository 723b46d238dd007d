/**
 * Arriving to attend: "landed yesterday in Dhahran to attend the Arab League summit", "وصل أمس
 * إلى الرياض للمشاركة في أعمال القمة". The day and the airport are the journey's; the meeting is
 * the summit the story already told, and the traveller is one of its people.
 */
import type { Found } from './mentions.js';

/** A journey's verb: arriving or setting out (not a meeting's). */
const JOURNEY =
  /(?:^|[\s،])[وف]?(?:وصل|وصلت|يصل|تصل|حط|حطت|توجه|توجهت|يتوجه|غادر|غادرت|يغادر|قدم|قادما|قادمًا|قادماً)(?=[\s،])|\b(?:arrived|arriving|arrives|landed|lands|reached|reaches|flew|headed|heading|travell?ed|set off)\b/i;

/** Words right before the meeting word that make it what the journey is for ("to attend", "للمشاركة في أعمال"). */
const FOR_IT =
  /(?:(?:للمشاركة|لحضور|لترؤس|قبيل|قبل\s+انطلاق)(?:\s+في)?|على\s+رأس\s+وفد\s+\S+(?:\s+\S+)?\s+(?:إلى|في))(?:\s+(?:أعمال|اجتماعات|جلسات|فعاليات))?\s*$|\b(?:to (?:attend|join|take part in|participate in)|ahead of|before heading [\w' -]{0,40}? to|for)\s+the\s+(?:[\w'-]+\s+){0,5}$/i;

/**
 * The meeting the journey of `clause` is made to attend, when its meeting word (at `at` in the
 * clause's text) names one the story has already told with the same noun: the last one.
 */
export function attendedMeeting(found: readonly Found[], clauseText: string, at: number, noun: string): Found | null {
  if (!journeyToAttend(clauseText, at)) return null;
  return found.findLast((f) => f.mentions[0]!.noun === noun) ?? null;
}

/** The clause tells a journey made to attend the meeting word at `at` ("flew into Jeddah on Thursday for the summit"). */
export function journeyToAttend(clauseText: string, at: number): boolean {
  return FOR_IT.test(clauseText.slice(Math.max(0, at - 80), at)) && JOURNEY.test(clauseText.slice(0, at));
}

/** The clause tells a journey gone by (ending on `day`), made to attend the meeting word at `at`: its day is the journey's. */
export function arrivedFor(clauseText: string, at: number, day: string, published: string): boolean {
  return day < published && journeyToAttend(clauseText, at);
}

/**
 * "Blinken, who landed in New Delhi on Tuesday evening, will hold talks with …", "لافروف، الذي وصل
 * إلى الرياض مساء الثلاثاء، سيلتقي ولي العهد": a journey told in a relative clause set off by commas,
 * before a verb of the future. Its day is the journey's, not that of the meeting to come. Before a
 * past verb it stays ("who arrived in New York early on Monday, has held a round of meetings"), and
 * so it does when the aside tells a meeting of its own ("who flew to Washington in December to meet
 * Biden", "who arrived in Riyadh on Tuesday and held talks with …": index.ts asks the meeting words).
 */
const JOURNEY_ASIDE =
  /[,،]\s*(?:who\s+(?:had\s+|has\s+)?(?:arrived|landed|flew|travell?ed)\b|(?:الذي|التي)\s+(?:كان\s+قد\s+|كانت\s+قد\s+)?(?:وصل|وصلت|حط|حطت)(?=\s))[^,،.;]*[,،](?=\s*(?:will\b|(?:is|are)\s+(?:to|due|set|expected|scheduled)\b|[وف]?س[يت]\S|سوف|من\s+المقرر|من\s+المنتظر))/g;

/** The spans of the text's journey asides. */
export function journeyAsides(text: string): { start: number; end: number }[] {
  return [...text.matchAll(JOURNEY_ASIDE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
