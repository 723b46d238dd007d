/**
 * Guests named as a group, not by name: "يلتقي الرئيس مرسي أبناء الجالية المصرية", "سيلتقي ممثلين عن
 * المجتمع المدني", "will meet on Friday with students of the university", "a meeting with the Turkmen
 * community". A visitor's meeting with them is another than one with a guest named by name that day,
 * as the news reports a programme and as a calendar lists it. (Officials and leaders are no such group:
 * the annotated news reads them as the hosts the story names.)
 */
import type { Token } from './clauses.js';
import type { ParticipantMention } from './mentions.js';
import { fold } from './meeting-words.js';

/** Plural nouns of people met together (folded stems: the article and clinging letters are off). */
// prettier-ignore
const GROUP_NOUNS = fold([
  'جالية', 'الجاليات', 'ممثلين', 'ممثلي', 'رجال', 'سيدات', 'أعضاء', 'طلاب', 'طلبة',
  'اتحادات', 'كهنة', 'أساقفة', 'رهبان', 'سفراء', 'شخصيات', 'فعاليات', 'نشطاء', 'ناشطين', 'أطياف', 'إطارات', 'كفاءات', 'تجار',
  'مستثمرين', 'علماء', 'وجهاء', 'شيوخ', 'مشايخ', 'صحفيين', 'إعلاميين', 'مثقفين', 'أكاديميين', 'برلمانيين', 'أحزاب',
  'community', 'representatives', 'businessmen', 'executives', 'students', 'activists', 'lawmakers',
  'legislators', 'senators', 'diaspora', 'consuls', 'ambassadors', 'clergy', 'bishops', 'priests', 'parliamentarians',
  'journalists', 'academics', 'elders', 'entrepreneurs', 'investors',
]);
/** How many words after the meeting word its object may begin (its subject may stand between: "يلتقي الرئيس مرسي أبناء …"). */
const OBJECT_REACH = 6;
/** Where the object ends: the topic ("لبحث", "وناقش", "to discuss", حول) or the next clause (a day may stand in it). */
const OBJECT_ENDS = fold(['بحث', 'ناقش', 'مناقشة', 'حول', 'بشأن', 'to', 'about', 'discuss', 'said', 'who']);

/** A plural inside someone's title: "رئيس مجلس النواب نبيه بري". */
function inTitle(token: Token, people: readonly ParticipantMention[]): boolean {
  return people.some((p) => p.start > token.start && (p.titleStart ?? p.start) <= token.start);
}

/** A plural title of the countries or bodies named after it, each's own: "the leaders of the UK, Japan and Italy", "قادة الدول الثلاث". */
function ofCountries(tokens: readonly Token[], at: number, people: readonly ParticipantMention[]): boolean {
  const next = tokens[at + 1];
  if (!next || /[.;؛:!?،,]/.test(tokens[at]!.after)) return false;
  if (next.stems.some((s) => COUNTRIES_WORDS.has(s))) return true;
  const upTo = tokens[Math.min(at + 2, tokens.length - 1)]!.end;
  return people.some(
    (p) =>
      p.kind !== 'person' && p.start >= next.start && p.start <= upTo && (next.key === 'of' || p.start === next.start),
  );
}
const COUNTRIES_WORDS = fold(['دول', 'الدول', 'بلدان', 'countries', 'nations', 'states']);

/** The group the meeting word at `tokens[index]` is held with, as a key ("group:جاليه"), or null. */
export function groupGuests(
  tokens: readonly Token[],
  index: number,
  people: readonly ParticipantMention[],
): string | null {
  for (let k = index + 1; k < tokens.length && k <= index + OBJECT_REACH; k++) {
    const token = tokens[k]!;
    if (token.stems.some((s) => OBJECT_ENDS.has(s))) return null;
    const group = token.stems.find((s) => GROUP_NOUNS.has(s));
    if (group && !inTitle(token, people) && !ofCountries(tokens, k, people)) return `group:${group}`;
    if (/[.;؛:!?،,]/.test(token.after)) return null;
  }
  return null;
}
