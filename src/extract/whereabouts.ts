/**
 * Who is where, as the place reader asks it: a clause that tells a visit or an arrival, a meeting
 * word, the people a meeting names, and whether a meeting's place is still where another
 * meeting's people are.
 */
import { addDays } from '../time/local-days.js';
import { participantKey, personKeys, type ClauseRecord, type Found } from './mentions.js';
import type { Token } from './clauses.js';
import { nameKeyOf } from '../names/normalize.js';

/** A trip told as done, in the pluperfect: "وكان وزير الخارجية قد زار أمس الأردن", "had visited Jordan" (not "وكان في استقباله"). */
const TRIP_DONE =
  /(?:^|\s)[وف]?كانت?\s+(?:\S+\s+){0,4}?قد\s+(?:زار|زارت|توجه|توجهت|حل|حلت)(?=\s)|\bhad (?:visited|been in|travell?ed to)\b/;

/** How long a visit lasts at most, as far as a place is concerned: who arrived somewhere is taken to be there this many days. */
export const VISIT_DAYS = 3;

/** Arriving, visiting: "arrived on Tuesday for his first visit to Damascus", "وصل إلى بغداد في زيارة". */
const ARRIVAL_WORD = /^(?:arrived|arrives|landed|وصل|وصلت|يصل|حط|حطت)$/;

/** The clause tells someone's visit or arrival: the place it names is where they stay. */
export function toldVisit(record: ClauseRecord): boolean {
  return record.clause.tokens.some(
    (t) => t.arabicNoun === 'زيارة' || t.englishNoun === 'Visit' || ARRIVAL_WORD.test(t.key),
  );
}

/** A meeting word of the clause stands at or after offset `at` ("قبيل سفره إلى واشنطن حيث يلتقي …"). */
export function meetingWordAfter(record: ClauseRecord, at: number): boolean {
  return record.clause.tokens.some((t) => t.start >= at && isMeetingWord(t));
}

/**
 * The meeting word of a meeting gone by that a place is told of, right before it in its phrase: "after the 42nd
 * Asean Summit in Labuan Bajo", "القمة السابقة في الجزائر" (at most three words between the word and the place,
 * no comma, and a word of the past before or after the meeting word), or null.
 */
export function pastMeetingWordOf(record: ClauseRecord, at: number): Token | null {
  const tokens = record.clause.tokens;
  let k = tokens.findIndex((t) => t.start >= at) - 1;
  if (k < -1) k = tokens.length - 1;
  for (let between = 0; k >= 0 && between <= 3; k--, between++) {
    const token = tokens[k]!;
    if (isMeetingWord(token)) {
      const around = tokens.slice(Math.max(0, k - 4), k + 2);
      const past = around.some(
        (t, i) =>
          ((PAST_MEETING.has(t.key) || t.stems.some((stem) => PAST_MEETING.has(stem))) &&
            !(t.key === 'last' && ITS_PARTS.has(around[i + 1]?.key ?? ''))) ||
          (t.key === 'after' && around[i + 1]?.key === 'the' && !JOURNEY_VERBS.has(around[i - 1]?.key ?? '')),
      );
      return past ? token : null;
    }
    if (/[,،;؛.]/.test(token.after)) return null;
  }
  return null;
}
/** Words that make a meeting one gone by: "the previous summit", "القمة السابقة", "the last round". */
const PAST_MEETING = new Set(
  ['previous', 'last', 'former', 'السابقة', 'السابق', 'الماضية', 'الماضي', 'الأخيرة', 'الأخير'].map(nameKeyOf),
);
/** "the last day of the summit", "its last session": a part of the meeting in hand, not one gone by. */
const ITS_PARTS = new Set(['day', 'session', 'sessions', 'round', 'meeting']);
/** "will fly to Riyadh after the G7 summit in Hiroshima": a journey's next leg, not a meeting gone by. */
const JOURNEY_VERBS = new Set(['fly', 'travel', 'head', 'go', 'leave', 'return', 'arrive']);

/** The clause has a meeting word (talks, اجتماع …) of either language. */
export function hasMeetingWord(record: ClauseRecord): boolean {
  return record.clause.tokens.some(isMeetingWord);
}

function isMeetingWord(token: Token): boolean {
  return token.arabicNoun !== null || token.englishNoun !== null;
}

/**
 * The place of meeting `other` is still where `found`'s people are: a day apart at most with
 * someone in common, or up to VISIT_DAYS later (who arrived for a visit on Tuesday is there on
 * Thursday; who will fly out on Thursday is not there yet on Tuesday). Meetings naming no one
 * are taken as the story's when they are a day apart.
 */
export function stillThere(other: Found, found: Found, people: ReadonlySet<string>): boolean {
  const theirs = peopleOf(other);
  const shared = [...theirs].some((key) => people.has(key));
  if (!shared && theirs.size > 0 && people.size > 0) return false;
  // ("وكان وزير الخارجية قد زار أمس الأردن ورام الله": a trip told as done is over by the day after it)
  const firstDay = found.mentions.reduce((day, m) => (m.when.date < day ? m.when.date : day), '9999');
  if (other.mentions.every((m) => TRIP_DONE.test(m.evidence) && m.when.endDate < firstDay)) return false;
  const reach = shared ? VISIT_DAYS : 1;
  return other.mentions.some((m) =>
    found.mentions.some(
      (n) => addDays(m.when.date, -1) <= n.when.endDate && n.when.date <= addDays(m.when.endDate, reach),
    ),
  );
}

/** The clause names someone by one of these surnames (folded), or a person the reader found in it. */
export function namesAny(record: ClauseRecord, surnames: ReadonlySet<string>): boolean {
  if (surnames.size === 0) return false;
  for (const p of record.people) if (p.kind === 'person' && surnames.has(lastWord(participantKey(p)))) return true;
  for (const token of record.clause.tokens)
    for (const stem of token.stems) if (surnames.has(lastWord(stem))) return true;
  return false;
}

function lastWord(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

/** The keys of the people a meeting names. */
export function peopleOf(found: Found): Set<string> {
  return personKeys(found.mentions.flatMap((m) => m.participants).concat(found.participants));
}
