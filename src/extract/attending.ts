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
