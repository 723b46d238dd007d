/**
 * The people a clause names, as the reader takes them: the recogniser's (Arabic or English), the
 * leaders the lexicon knows by a short form or a full name, not the press who report it nor a
 * spokesperson who only tells of it, and the members of a format it names.
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
import { REPORTING_VERBS, saysWhoAttends, SPOKESPERSON } from '../meeting-words.js';

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
  const people = withoutReporters(tokens, withLeaders(tokens, recognised, leaders));
  // A spokesperson who reports ("the spokesman said", "وقال المتحدث") tells of the meeting and takes no part,
  // unless the clause says they attend it; one met or meeting is a party. (Named again by the surname
  // alone, they have the role they were introduced with.)
  const keeps = clause.text.search(REPORTING_VERBS) < 0 || tokens.some(saysWhoAttends);
  const spokesperson = (p: ParticipantMention) =>
    p.kind === 'person' && SPOKESPERSON.test(p.role ?? registry.find([p.nameAr, p.name])?.role ?? '');
  return [...people.filter((p) => keeps || !spokesperson(p)), ...formatMembers(clause.text, clause.start)];
}
