/**
 * Wire copy names days by weekday alone ("met … on Tuesday", "will meet … on Monday") and
 * months alone ("launched in May"): which Tuesday or May depends on the verb. The English
 * parser reads every such date forwards; when the verb next to it is in the past, the day
 * meant is the last one on or before the article's day. (Reported to the date parser's
 * owner: once it reads tense itself this changes nothing, since the dates will already be
 * in the past.)
 */
import type { TimeExpression } from '../dates/index.js';
import { addDays } from '../time/local-days.js';

const BARE_WEEKDAY = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?[\s,.]*$/i;
const BARE_MONTH = /^(?:in\s+)?(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)[\s,.]*$/i;
const PAST = new Set([
  'met', 'held', 'received', 'visited', 'hosted', 'said', 'told', 'opened', 'briefed', 'blamed', 'sentenced', 'discussed',
  'attended', 'signed', 'launched', 'spoke', 'was', 'were', 'ended', 'began', 'arrived', 'left', 'reviewed', 'accused',
  'called', 'announced', 'agreed', 'rejected', 'stressed', 'urged', 'last',
]);
const FUTURE = new Set(['will', 'would', "'ll", 'shall', 'due', 'scheduled', 'set', 'expected', 'next', 'upcoming', 'plans', 'planned', 'could', 'may', 'might']);

const PHRASE_REACH = 200;

/** The words of the comma-delimited phrase around [start, end) of `text`. */
function phraseWords(text: string, start: number, end: number): string[] {
  // A phrase is short: looking further than this would make a long text cost its square.
  const floor = Math.max(0, start - PHRASE_REACH);
  const ceiling = Math.min(text.length, end + PHRASE_REACH);
  let from = start;
  while (from > floor && !/[,;—–\n.]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < ceiling && !/[,;—–\n]/.test(text[to]!) && !(text[to] === '.' && /\s/.test(text[to + 1] ?? ' '))) to++;
  return `${text.slice(from, start)} ${text.slice(end, to)}`.toLowerCase().split(/[^a-z']+/).filter(Boolean);
}

function tenseAround(text: string, e: TimeExpression): 'past' | 'future' | null {
  // "on Wednesday," carries the comma that ends its phrase: the phrase is before it.
  const words = phraseWords(text, e.start, e.start + e.text.replace(/[\s,.;]+$/, '').length);
  if (words.some((w) => FUTURE.has(w))) return 'future';
  if (words.some((w) => PAST.has(w))) return 'past';
  return null;
}

/** A weekday or month said with a past-tense verb, moved back to on or before `published`. */
export function pastTenseDate(text: string, e: TimeExpression, published: string): TimeExpression {
  if (e.value.type !== 'value') return e;
  const { local, grain } = e.value.point;
  const day = local.slice(0, 10);
  if (day <= published) return e;
  const weekday = grain === 'day' && BARE_WEEKDAY.test(e.text.trim());
  const month = grain === 'month' && BARE_MONTH.test(e.text.trim());
  if ((!weekday && !month) || tenseAround(text, e) !== 'past') return e;
  let moved = day;
  if (weekday) while (moved > published) moved = addDays(moved, -7);
  else while (moved.slice(0, 7) > published.slice(0, 7)) moved = `${Number(moved.slice(0, 4)) - 1}${moved.slice(4)}`;
  return { ...e, value: { type: 'value', point: { ...e.value.point, local: `${moved}${local.slice(10)}` } }, tense: 'past' };
}
