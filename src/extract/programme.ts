/**
 * A visitor's programme told leg by leg, the day said once: "وصل X إلى بغداد اليوم … ثم التقى
 * رئيس الوزراء … كما اجتمع برئيس البرلمان", "He later met the speaker". A meeting verb naming
 * someone new to the meeting in hand is another meeting of that day, with the same visitor.
 * A meeting recalled ("وكان قد التقى", "had met", "last year") is not one of the day's.
 */
import { participantKey, type Found, type ParticipantMention } from './mentions.js';
import type { When } from './when.js';
import { recalled, saysHeld } from './status.js';

/** The day of the leg and the visitor who goes on to it; null when the clause is no new leg. */
export function programmeLeg(
  topic: Found | null,
  people: readonly ParticipantMention[],
  phrase: string,
  arabic: boolean,
  /** The index of the clause being read. */
  clause: number,
): { when: When; visitor: ParticipantMention | null } | null {
  if (!topic || recalled(phrase)) return null;
  const first = topic.mentions[0]!;
  if (first.when.precision !== 'day' && first.when.precision !== 'minute') return null;
  // The legs of a day told in one tense: after a visit held, "met" goes on with it; "is expected to visit" does not.
  if ((first.status === 'held') !== saysHeld(phrase, arabic)) return null;
  const known = new Set(
    first.participants
      .concat(topic.participants)
      .filter((p) => p.kind === 'person')
      .map(participantKey),
  );
  // A visit with only its visitor named: the host its own sentence names is that visit's ("سيزور دمشق حيث
  // يلتقي وزير الخارجية"); a host in a later sentence is another leg.
  const theirs = first.participants.filter((p) => p.kind === 'person');
  if (theirs.length < 2 && first.clause === clause) return null;
  const persons = people.filter((p) => p.kind === 'person');
  // Someone new, named with a title: a bare name here is as often a fragment as a host.
  if (!persons.some((p) => p.titleStart !== undefined && !known.has(participantKey(p)))) return null;
  // The visitor: named again ("ثم التقى عراقجي …"), or the first of the two (or more) people of the meeting in hand.
  const visitor = persons.some((p) => known.has(participantKey(p))) ? null : (theirs[0] ?? null);
  return { when: { ...first.when, endDate: first.when.date, precision: 'day', time: null, zone: null }, visitor };
}
