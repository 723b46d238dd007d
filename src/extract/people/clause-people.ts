/**
 * The people a clause names, as the reader takes them: the recogniser's (Arabic or English), the
 * leaders the lexicon knows by a short form or a full name, not the press who report it, and the
 * members of a format it names.
 */
import type { TimeExpression } from '../../date-parser/index.js';
import type { Clause } from '../clauses.js';
import { formatMembers } from '../formats.js';
import type { ParticipantMention } from '../mentions.js';
import { datedWords } from '../when.js';
import { arabicPeople } from './arabic-people.js';
import { englishPeople } from './english-people.js';
import { withLeaders, type KnownLeaders } from './known-leaders.js';
import type { PeopleRegistry } from './registry.js';
import { withoutReporters } from './reporters.js';

/** `full`: read everyone (a clause about a meeting); else only the titled people, for the registry to know them after. */
export function clausePeople(
  clause: Clause,
  dates: readonly TimeExpression[],
  arabic: boolean,
  { registry, leaders, full }: { registry: PeopleRegistry; leaders: KnownLeaders; full: boolean },
): ParticipantMention[] {
  const tokens = clause.tokens;
  const recognised = arabic
    ? arabicPeople(tokens, registry, datedWords(tokens, dates), full)
    : englishPeople(tokens, registry, full);
  return [
    ...withoutReporters(tokens, withLeaders(tokens, recognised, leaders)),
    ...formatMembers(clause.text, clause.start),
  ];
}
