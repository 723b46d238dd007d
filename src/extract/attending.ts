/**
 * Arriving to attend: "landed yesterday in Dhahran to attend the Arab League summit", "وصل أمس
 * إلى الرياض للمشاركة في أعمال القمة". The day and the airport are the journey's; the meeting is
 * the summit the story already told, and the traveller is one of its people.
 */
import type { Found } from './mentions.js';
import { wholeDay, type When } from './when.js';
import { addDays } from '../time/local-days.js';

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

/** The evening or night of a day: "late on Wednesday", "on Tuesday evening", "مساء الأحد", "ليل الاثنين". */
const EVENING_BEFORE = /(?:\blate\s+(?:on\s+)?|(?:^|\s)(?:مساء|ليل|ليلة|مساء\s+يوم)\s+)$/i;
const EVENING_AFTER = /^\s*(?:evening|night)\b/i;
const EVENING_WORD = /مساء|ليل|evening|night/i;
/** Between an arrival's day and a meeting word, the meeting is what the journey is for ("for talks", "لإجراء محادثات", "will hold talks"). */
const PURPOSE_BEFORE =
  /(?:\b(?:for|ahead of)\s+(?:\S+\s+){0,2}|\b(?:to|will|would|is to|is due to)\s+(?:hold|have)\s+(?:\S+\s+){0,2}|(?:^|\s)ل(?:إجراء|اجراء|عقد)\s+(?:\S+\s+){0,2})$/i;

/**
 * "arrived in Cairo late on Wednesday for talks with Egyptian officials", "وصل إلى دمشق مساء الأحد …
 * لإجراء محادثات": a visitor who lands in the evening holds the talks the journey is for the next
 * day, not that night. The day of the meeting word at `at`, told by `date` as `when`.
 */
export function afterEveningArrival(
  clause: { text: string; start: number },
  date: { start: number; end: number },
  at: number,
  when: When,
): When {
  const text = clause.text;
  const [from, to, trigger] = [date.start - clause.start, date.end - clause.start, at - clause.start];
  if (when.precision !== 'day' || to > trigger || !JOURNEY.test(text.slice(0, from))) return when;
  const evening =
    EVENING_BEFORE.test(text.slice(Math.max(0, from - 16), from)) ||
    EVENING_AFTER.test(text.slice(to, to + 12)) ||
    EVENING_WORD.test(text.slice(from, to));
  return evening && PURPOSE_BEFORE.test(text.slice(to, trigger)) ? wholeDay(addDays(when.date, 1)) : when;
}
