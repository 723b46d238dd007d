/**
 * When a meeting is: the date expressions the parser found, read as a news reader reads them
 * next to a meeting word. The parser resolves each expression on its own; here they are
 * combined (a day and a clock time in the same stretch), narrowed (مساء اليوم is a day, not
 * an hour), or set aside (قبل يومين من موعد الاجتماعات counts from another event, not from
 * the article's day).
 */
import type { Precision } from '../calendar/types.js';
import type { TimeExpression } from '../date-parser/index.js';
import { stemsOf, type Clause, type Token } from './clauses.js';
import { nameKeyOf } from '../names/normalize.js';
import { addDays, daysBetween, localClock, localDay, localInstant, monthOf } from '../time/local-days.js';
import { arabicTrigger, englishMeetingVerb, englishTrigger, FEW_DAYS } from './meeting-words.js';

export interface When {
  precision: Precision;
  date: string;
  endDate: string;
  time: string | null;
  /** The zone the text named for a clock time (بتوقيت دمشق), if any. */
  zone: string | null;
}

/** Part-of-month words: a range they name is kept with week precision (مطلع، منتصف، أواخر). */
const PART_OF_MONTH = /مطلع|منتصف|أواخر|اواخر|أوائل|اوائل|نهاية|بداية|\bearly\b|\bmid\b|\blate\b/i;
/** "قبل يومين من موعد …", "two days before the talks": counted from another event. */
const RELATIVE_TO_EVENT = /^(?:قبل|بعد)\s/;
const BOUND_BEFORE = /(?:^|\s)(?:قبل|بعد|منذ|before|after|since|ahead of)\s+(?:موعد\s+|(?:a|an|the|its)\s+)?$/i;
const OCCASION_BEFORE =
  /(?:بمناسبة|لمناسبة)\s+(?:(?:حلول|قرب|اقتراب|عيد)\s+)?(?:شهر\s+)?$|\bon the occasion of\s+(?:the\s+)?$/i;
/** "a June 30 deadline", "موعد نهائي": a date something must be done by, not a meeting's. */
const DEADLINE_AFTER = /^\S*\s*(?:deadline|cutoff|موعدا? نهائيا?)/i;
const SINCE_EVENT = /(?:^|[\s،(])(?:منذ|since)\s+(?:[^\s،,.]+\s+){0,4}(?:في|on|in)\s+$/i;
/** A word of the meeting lexicon (meeting-words.ts): "met", "hosted", "talks", "القمة", "استقبل". */
function tellsMeeting(word: string): boolean {
  if (!word) return false;
  const key = nameKeyOf(word);
  return englishTrigger(word) !== null || englishMeetingVerb(key) !== null || arabicTrigger(stemsOf(key)) !== null;
}
/** "since the three imposed a boycott on Qatar on June 5": a deed further back, which no meeting word tells. */
const SINCE_DEED = /(?:^|[\s،(])(?:منذ|since)\s+((?:[^\s،,.]+\s+){5,14})(?:في|on|in)\s+$/i;
const FIRST_SINCE = /(?:\bfor the first time since|(?:لأول|لاول) مرة منذ)\s+(?![\d\u0660-\u0669])[^.;:؛!?,،]*$/i;
const FIRST_SINCE_REACH = 160;
const REPORTED_ON =
  /\b(?:said|says|told(?:\s+\w+)?|announced|reported|confirmed|stated|declared|noted|added|revealed|disclosed|explained|insisted|warned|wrote|tweeted|indicated|affirmed|stressed)\s+$/i;
/** "told a news conference on Friday", "speaking to reporters on Monday", "في مؤتمر صحفي اليوم": the day the press was told. */
const PRESS_TOLD_ON =
  /(?:(?:press|news)\s+(?:conference|briefing)|(?:speaking|talking)\s+to\s+(?:reporters|journalists|the\s+press|the\s+media)|(?:مؤتمر|ندوة)(?:ا|\u064B|\u064D)*\s+(?:ال)?صحا?في(?:ة|ا\u064B?)?)\s+(?:on\s+)?$/i;
/** A report's verb somewhere before the day, and its أن right after: "أعلنت دول المجلس أمس أن …". */
const ARABIC_REPORT_VERB =
  '(?:^|[\\s،])[وف]?(?:أعلن|اعلن|قال|أفاد|افاد|ذكر|أكد|اكد|أوضح|اوضح|صرح|صرّح|كشف|نقل)(?:ت|وا)?';
const REPORTING_ARABIC = new RegExp(`${ARABIC_REPORT_VERB}\\s`);
const REPORT_THAT = /^[\s،,]*(?:أن|إن|بأن)\s/;
/**
 * "وذكرت الخارجية، أمس الجمعة، عبر صفحتها الرسمية أن …", "had told his weekly briefing on Thursday
 * that …": a day between a report's verb and its أن / that, no meeting word on either side of it
 * ("قال خلال لقائه أمس إن …" dates the meeting), is the day of the report.
 */
function daysAReport(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 80);
  const verb = REPORT_VERB_BEFORE.exec(before);
  const that = REPORT_COMPLEMENT_AFTER.exec(after);
  if (!verb || !that) return false;
  return !MEETING_WORD_NEAR.test(verb[0]) && !MEETING_WORD_NEAR.test(that[0]);
}
const REPORT_VERB_BEFORE = new RegExp(
  `(?:${ARABIC_REPORT_VERB}|\\b(?:said|told|announced|stated|declared|wrote|tweeted))\\s[^.!?؟\\n]*$`,
);
const REPORT_COMPLEMENT_AFTER = /^[^.!?؟\n]*?(?:(?:^|[\s،,])(?:أن|إن|بأن)\s|\bthat\b)/;
const MEETING_WORD_NEAR =
  /لقا[ءئؤ]|اجتماع|زيار|مباحثات|محادثات|استقبال|قمة|قمه|جلسة|مؤتمر|التقى|يلتقي|\b(?:meeting|met|talks|summit|visit|session|conference)\b/i;
/** "أعلن الأحد أن …", "وقالت اليوم إن …": the verb of a report right before the day. */
const REPORTED_ON_ARABIC =
  /(?:^|[\s،])[وف]?(?:أعلن|اعلن|قال|أفاد|افاد|ذكر|أكد|اكد|أوضح|اوضح|صرح|صرّح|كشف|أشار|اشار|أضاف|اضاف|شدد|نفى|أفادت)[تا]?\s+$/;
/**
 * "On Monday, the United Nations said …", "The ministry on Monday announced …": a day that opens
 * its sentence (after the subject at most) and the verb of a report after it is the report's.
 */
const OPENS_SENTENCE =
  /[.!?\n]\s*(?:The\s+[a-z]+\s+|(?:The\s+)?(?:[A-Z][\w.'’-]*\s+(?:of\s+|for\s+)?){1,5})?(?:On\s+|on\s+)?$/;
const REPORT_AFTER =
  /^(?:,?\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+(?:of\s+|for\s+)?){1,5}|\s+)(?:(?:had|has|have|also)\s+)?(?:said|says|announced|reported|confirmed|stated|declared|told|revealed|disclosed|tweeted)\b/;
/** "ظهر اليوم": after قبل or بعد, a part of the day (morning, afternoon), not a bound. */
const NOON = /^(?:ال)?ظهر/;
/** Hours counted from now: بعد ساعتين، خلال ساعات، in two hours, within hours. */
const HOURS_FROM_NOW = /^(?:بعد|خلال|في غضون|in|within)\s+\S*\s*(?:ساع|hours?\b)/i;
/** A few weeks or months from now or before it (over recent weeks, الأسابيع المقبلة): a stretch of talks, no meeting's day. */
const FEW_WEEKS_OR_MONTHS =
  /^(?:(?:the\s+)?(?:recent|coming|(?:past|next|last)\s+(?:few|several))\s+(?:weeks|months)|(?:the\s+)?(?:weeks|months)\s+ahead|(?:الأسابيع|الاسابيع|الأشهر|الاشهر|الشهور)\s+(?:القليلة\s+)?(?:المقبلة|القادمة|الماضية))$/i;
/** "اليوم الأخير من أعمال اللجنة": the last day of something, not today. */
const ORDINAL_DAY = /^\s*(?:الأخير|الاخير|الأول|الاول|الثاني|الثالث|التالي)/;

/** Nouns of an event named for its day ("ثورة 25 يناير", "حرب 6 أكتوبر", "انتفاضة 17 تشرين"), bare (not "مجلس الحرب الأحد"). */
const EVENT_BEFORE = /(?:^|\s)(?:ثورة|ثورتي|حرب|انتفاضة|أحداث|هجمات|حراك|مجزرة)\s+$/;
/** "the January 25 revolution", "the Oct. 7 attack" (not "war cabinet members"). */
const EVENT_AFTER =
  /^\s+(?:revolution|war(?!\s+(?:cabinet|council|crimes?|room))|uprising|attacks?|massacre|protests)\b/i;

/** A part of a day alone, no day said: "afternoon" of "In the afternoon", "evening" of "Late in the evening". */
const BARE_DAY_PART = /^(?:morning|afternoon|evening|night)$/i;

/**
 * "Xi met Obama at the White House on Tuesday … In the afternoon, Xi went to the Pentagon": a part
 * of a day the text names no day for is of the day told last before it (the parser puts it on the
 * publication day), when one was; its hours are kept.
 */
export function dayPartsOnTheirDay(dates: readonly TimeExpression[], published: string): TimeExpression[] {
  let lastDay: string | null = null;
  return dates.map((e) => {
    // (a day of the story's week: not a plan's "Feb. 12" nor a background "October 31, 2016")
    const day = e.value.type === 'value' && e.value.point.grain === 'day' ? e.value.point.local.slice(0, 10) : null;
    if (day !== null && Math.abs(daysBetween(day, published)) <= STORY_DAYS) lastDay = day;
    if (e.value.type !== 'interval' || lastDay === null || !BARE_DAY_PART.test(e.text)) return e;
    const shift = daysBetween(e.value.from.local.slice(0, 10), lastDay);
    if (shift === 0) return e;
    const moved = (local: string) => `${addDays(local.slice(0, 10), shift)}${local.slice(10)}`;
    return {
      ...e,
      value: {
        ...e.value,
        from: { ...e.value.from, local: moved(e.value.from.local) },
        to: { ...e.value.to, local: moved(e.value.to.local) },
      },
    };
  });
}

/** How far from the publication day a day told may be to be the story's own. */
const STORY_DAYS = 7;

/** The expressions that can date a meeting: a day or finer, a week, a month; not "now", not a year. */
export function usableDates(text: string, expressions: readonly TimeExpression[]): TimeExpression[] {
  const kept = expressions.filter((e) => {
    const grain = grainOf(e);
    if (grain === 'second' || grain === 'year' || FEW_DAYS.test(e.text)) return false;
    // "ثورة 25 يناير", "the October 6 war": a day and month that name an event, not a day something happens on.
    const eventName =
      EVENT_BEFORE.test(text.slice(Math.max(0, e.start - 14), e.start)) ||
      EVENT_AFTER.test(text.slice(e.end, e.end + 16));
    if (eventName && DIGIT.test(e.text)) return false;
    const after = text.slice(e.end, e.end + 12);
    if (RELATIVE_TO_EVENT.test(e.text) && /^\s*من\s/.test(after)) return false;
    // "قبل موعد الجمعة", "before Friday": a bound, not the day something happens ("قبل ظهر اليوم" is this morning).
    if (!NOON.test(e.text) && BOUND_BEFORE.test(text.slice(Math.max(0, e.start - 16), e.start))) return false;
    if (DEADLINE_AFTER.test(after)) return false;
    // "التهاني بمناسبة حلول شهر رمضان", "on the occasion of Eid": the occasion's day, not the visit's.
    if (!DIGIT.test(e.text) && OCCASION_BEFORE.test(text.slice(Math.max(0, e.start - 28), e.start))) return false;
    // "منذ انطلاق الاحتجاجات في 17 تشرين الأول", "since the talks in May": the day of something before.
    const since = text.slice(Math.max(0, e.start - 120), e.start);
    if (SINCE_EVENT.test(since)) return false;
    const deed = SINCE_DEED.exec(since);
    if (deed && !deed[1]!.split(/\s+/).some(tellsMeeting)) return false;
    // "sat down together for the first time since a quarrel over their border pushed them to the edge of war in April"
    // (not "for the first time since 2011, in Moscow on Thursday": the year is what came before)
    if (FIRST_SINCE.test(text.slice(Math.max(0, e.start - FIRST_SINCE_REACH), e.start))) return false;
    // "said Tuesday", "told reporters on Thursday": the day of the report, not of a meeting.
    const before = text.slice(Math.max(0, e.start - 24), e.start);
    if (REPORTED_ON.test(before) || REPORTED_ON_ARABIC.test(before)) return false;
    if (PRESS_TOLD_ON.test(text.slice(Math.max(0, e.start - 48), e.start))) return false;
    if (
      REPORT_AFTER.test(text.slice(e.end, e.end + 72)) &&
      // (the text's own start is a sentence's start too)
      OPENS_SENTENCE.test((e.start <= 60 ? '\n' : '') + text.slice(Math.max(0, e.start - 60), e.start))
    )
      return false;
    // "أعلن البيت الأبيض يوم أمس السبت أن …": the day of a report, its subject between, its أن after.
    if (REPORT_THAT.test(after) && REPORTING_ARABIC.test(text.slice(Math.max(0, e.start - 48), e.start))) return false;
    if (daysAReport(text, e.start, e.end)) return false;
    if (/^(?:ال)?يوم$/.test(e.text) && ORDINAL_DAY.test(after)) return false;
    // "Theresa May", "Brian March": a month's name after a capitalised name is a surname.
    if (/^(?:May|March|June|August)$/.test(e.text) && surnameBefore(text.slice(Math.max(0, e.start - 24), e.start)))
      return false;
    // "لويجي دي مايو", "Luigi Di Maio": a month's name after a name's particle is a surname.
    if (grain === 'month' && NAME_PARTICLE_BEFORE.test(before) && !DIGIT.test(e.text)) return false;
    // "بعد ساعتين من الآن", "in two hours": counted from the moment of writing, which the article does not give.
    if ((grain === 'minute' || grain === 'hour') && HOURS_FROM_NOW.test(e.text)) return false;
    if (FEW_WEEKS_OR_MONTHS.test(e.text)) return false;
    return true;
  });
  // One stretch of text is one date: an expression inside a longer one is a piece of it.
  // (Sorted by start, longest first, one sweep: an expression inside the reach so far is a piece.)
  const sorted = [...kept].sort((a, b) => a.start - b.start || b.end - a.end);
  const whole: TimeExpression[] = [];
  let reach = -1;
  for (const e of sorted) {
    if (e.end <= reach) continue;
    // "مساء الأمس (الإثنين)", "tomorrow (Thursday)": a day in brackets right after a date says that date again.
    const last = whole.at(-1);
    if (last && restated(text, last, e)) continue;
    whole.push(e);
    reach = e.end;
  }
  return whole;
}

/**
 * `e`, a day, a week or a month in brackets right after `last`, a date, says `last` again ("مساء الأمس (الإثنين)");
 * after a clock time it is the day of that time ("at 10 a.m. (Tuesday)"), and a clock time in brackets is another zone's.
 */
function restated(text: string, last: TimeExpression, e: TimeExpression): boolean {
  const grain = grainOf(e);
  const clock = last.value.type === 'value' && (grainOf(last) === 'minute' || grainOf(last) === 'hour');
  return (
    !clock &&
    (grain === 'day' || grain === 'week' || grain === 'month') &&
    /^\s*\(\s*$/.test(text.slice(last.end, e.start)) &&
    /^\s*\)/.test(text.slice(e.end, e.end + 4))
  );
}

/** Capitalised words that open a date rather than end a name: "In May", "Since March", "Late June". */
// prettier-ignore
const DATE_OPENERS = new Set(['In', 'On', 'By', 'Since', 'Until', 'Till', 'From', 'Through', 'Last', 'Next', 'This', 'Early', 'Late', 'Mid', 'Before', 'After', 'During', 'Of', 'And', 'The']);

const CAPITALISED_LAST = /(\p{Lu}[\p{L}'’-]+)\s+$/u;

/** The text before a month's name ends with a capitalised word that is a name ("Theresa "), not a date's opener. */
function surnameBefore(before: string): boolean {
  const word = CAPITALISED_LAST.exec(before)?.[1];
  return word !== undefined && !DATE_OPENERS.has(word);
}

export const DIGIT = /[\d\u0660-\u0669]/;
const NAME_PARTICLE_BEFORE = /(?:^|\s)(?:دي|دى|di|Di|de|De|da|Da)\s+$/;
const WEEKEND = /\bweekend\b/i;

function grainOf(e: TimeExpression): string {
  return e.value.type === 'value' ? e.value.point.grain : e.value.from.grain;
}

function dayOf(e: TimeExpression): string {
  return (e.value.type === 'value' ? e.value.point.local : e.value.from.local).slice(0, 10);
}

/**
 * The day of an expression that is one day, a time in one, or a part of one ("أمس", "at 10 a.m.",
 * "صباح اليوم الأربعاء", "Tuesday night"); null for a span of days, a week, a month.
 */
export function oneDayOf(e: TimeExpression): string | null {
  const { value } = e;
  if (value.type === 'value')
    return grainOf(e) === 'day' || grainOf(e) === 'hour' || grainOf(e) === 'minute' ? dayOf(e) : null;
  const day = value.from.local.slice(0, 10);
  return value.to.local.slice(0, 10) === day || value.to.local === `${addDays(day, 1)}T00:00:00` ? day : null;
}

/**
 * A clock time alone ("الساعة العاشرة صباحاً", "at 10 a.m."): the parser put it on the article's day. Not one that
 * names its day ("عند الساعة الثانية ظهر اليوم الأربعاء", "at 10 a.m. today"): that day is its own.
 */
export function isClockOnly(e: TimeExpression, published: string): boolean {
  return isClockToday(e, published) && !NAMES_ITS_DAY.test(e.text);
}
/** A clock time the parser put on the article's day, whether or not it names the day ("ظهر اليوم"). */
export function isClockToday(e: TimeExpression, published: string): boolean {
  return e.value.type === 'value' && (grainOf(e) === 'hour' || grainOf(e) === 'minute') && dayOf(e) === published;
}
/** Words of a clock time that name its day as the article's own: اليوم, الليلة, today, tonight. */
const NAMES_ITS_DAY = /اليوم|الليلة|الليله|\b(?:today|tonight)\b/i;

/**
 * A date expression as the calendar keeps it. `clock` is a clock time said in the same
 * stretch (يوم السبت ١ فبراير، في تمام الساعة العاشرة): the day's meeting is at that time.
 * `reference` is the zone the parser resolved in: a clock time in it was not given a zone
 * by the text, so it is the wall clock of the meeting's place.
 */
export function toWhen(
  expression: TimeExpression,
  clock: TimeExpression | null,
  reference: string,
  text: string,
): When {
  const value = expression.value;
  const zone = namedZone(expression, reference);
  if (value.type === 'value') {
    const { local, grain } = value.point;
    const date = local.slice(0, 10);
    if (grain === 'week') return { precision: 'week', date, endDate: addDays(date, 6), time: null, zone: null };
    if (grain === 'month') {
      // "later this month": the rest of the month after the article's day.
      return { precision: 'month', date, endDate: monthOf(date).last, time: null, zone: null };
    }
    if (grain === 'day') {
      if (clock && clock.value.type === 'value') {
        const clockZone = namedZone(clock, reference);
        return {
          precision: 'minute',
          date,
          endDate: date,
          time: clock.value.point.local.slice(11, 16),
          zone: clockZone,
        };
      }
      // "this weekend": its Saturday and Sunday ("Sunday's talks" told later are of it).
      if (WEEKEND.test(text)) return { precision: 'week', date, endDate: addDays(date, 1), time: null, zone: null };
      return wholeDay(date);
    }
    return { precision: 'minute', date, endDate: date, time: local.slice(11, 16), zone };
  }
  const from = value.from.local.slice(0, 10);
  const to = value.to.local.slice(0, 10);
  const last = value.to.local.slice(11) === '00:00:00' ? addDays(to, -1) : to;
  if (value.from.grain === 'month' || value.from.grain === 'week') {
    return { precision: value.from.grain, date: from, endDate: last, time: null, zone: null };
  }
  // مساء اليوم, صباح غد: a part of a day says which day, not when in it.
  if (value.from.grain === 'hour' || value.from.grain === 'minute') return wholeDay(from);
  const endDate = last < from ? from : last;
  const precision: Precision = endDate !== from && PART_OF_MONTH.test(text) ? 'week' : 'day';
  return { precision, date: from, endDate, time: null, zone: null };
}

/** A zone said with the time ("بتوقيت القاهرة", "GMT", "Cairo time"), though "local time" is the place's own. */
const ZONE_SAID = /توقيت(?!\s*(?:ال)?محلي)|GMT|UTC|ت\.?\s?غ|\b(?!local\b)[A-Za-z]+ time\b/;

/**
 * The zone the text named for a clock time, or null when it named none (the time is the place's
 * wall clock). The outlet's own zone named ("بتوقيت القاهرة" in a Cairo paper about a summit in
 * Tunis) is named all the same.
 */
export function namedZone(expression: TimeExpression, reference: string): string | null {
  if (!expression.zone.includes('/')) return null;
  return expression.zone !== reference || ZONE_SAID.test(expression.text) ? expression.zone : null;
}

/**
 * The days of a meeting whose clause dates it by `date` (and `clock`): as toWhen reads them, then
 * "later this month" said on the 10th is from the 11th to the month's end, and a visit "lasting
 * until Wednesday" ends on that day. (The Arabic "تمتد حتى يوم الأربعاء" the parser reads as a
 * span from the moment of writing, which usableDates drops: no day of it comes here yet.)
 */
export function dayOfClause(
  date: TimeExpression,
  clock: TimeExpression | null,
  zone: string,
  clause: Clause,
  dayDates: readonly TimeExpression[],
  published: string,
): When {
  const when = toWhen(date, clock, zone, date.text);
  const before = clause.text.slice(Math.max(0, date.start - clause.start - 8), date.start - clause.start);
  if (when.precision === 'month' && /\blater\s+$/i.test(before) && published.startsWith(when.date.slice(0, 7)))
    return { ...when, date: addDays(published, 1) };
  if (when.precision !== 'day' && when.precision !== 'minute') return when;
  const until = dayDates.find(
    (d) =>
      d.start > date.end &&
      UNTIL_BEFORE.test(clause.text.slice(Math.max(0, d.start - clause.start - 16), d.start - clause.start)),
  );
  const last = until ? oneDayOf(until) : null;
  return last && last > when.date && last <= addDays(when.date, LONGEST_STAY) ? { ...when, endDate: last } : when;
}
/** "حتى يوم الأربعاء", "until Wednesday": the last day of what the clause tells. */
const UNTIL_BEFORE = /(?:حتى|لغاية|until|till|through)\s+(?:يوم\s+)?$/i;
/** A stay told "until" a day is at most this many days long (a later day is another matter's). */
const LONGEST_STAY = 14;

/** A day, with no clock time. */
export function wholeDay(day: string): When {
  return { precision: 'day', date: day, endDate: day, time: null, zone: null };
}

/** A clock time the text gave in another zone (بتوقيت غرينتش), as the wall clock of the place. */
export function convertClock(when: When, zone: string): When {
  const at = localInstant(when.date, when.time!, when.zone!);
  const date = localDay(at, zone);
  return { ...when, date, endDate: date, time: localClock(at, zone), zone };
}

/** Dated meetings before undated ones, finer before coarser. */
export function precisionRank(when: When): number {
  return { minute: 0, day: 1, week: 2, month: 3 }[when.precision];
}

/** The offsets of the words inside a date ("بعد غد الجمعة" is never a name). Both lists run in text order. */
export function datedWords(tokens: readonly Token[], dates: readonly TimeExpression[]): Set<number> {
  const dated = new Set<number>();
  let d = 0;
  for (const token of tokens) {
    while (d < dates.length && dates[d]!.end <= token.start) d++;
    // Dates do not overlap (usableDates keeps whole ones), so the first one not over is the only candidate
    if (d < dates.length && token.start >= dates[d]!.start) dated.add(token.start);
  }
  return dated;
}
