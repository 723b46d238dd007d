/**
 * Someone the story named before, named again by a title alone: "the envoy", "the King", "the
 * Saudi minister", "the Prime Minister" (the story's subject, when that was their title).
 */
import type { Token } from '../clauses.js';
import { ENGLISH_ROLE_WORDS } from '../meeting-words.js';
import type { PeopleRegistry } from './registry.js';
import { capitalised } from '../place-words.js';

/** Titles "the" names one person by in a story: its envoy, its mediator, its secretary-general, its king. */
// prettier-ignore
const ONE_HOLDER = new Set(['envoy', 'mediator', 'secretary-general', 'secretary general', 'pope', 'emir', 'amir', 'sultan', 'king', 'queen']);

/** The story's subject, when the sentence that named them gave them `title` ("prime minister", "president"). */
function subjectTitled(registry: PeopleRegistry, title: string) {
  const subject = registry.subject;
  // ("Hungarian Prime Minister": the title after a state's adjective; not "Deputy Prime Minister")
  const held = registry.subjectTitle;
  const theirs = held?.startsWith(title) || (held?.endsWith(title) && !NOT_THE_TITLE.test(held));
  if (!subject || !SUBJECT_TITLES.has(title) || !theirs) return undefined;
  return { ...subject, kind: 'person' as const };
}
const SUBJECT_TITLES = new Set(['prime minister', 'president', 'chancellor', 'premier']);
const NOT_THE_TITLE = /\b(?:deputy|vice|former|acting)\b/;

/** "the Saudi minister", "the Iranian foreign minister", "the envoy": the person a title at tokens[i] (and the adjective before it, after "the") name. */
export function qualifiedHolder(tokens: readonly Token[], i: number, registry: PeopleRegistry) {
  let k = i - 1;
  if (tokens[k] !== undefined && ENGLISH_ROLE_WORDS.has(tokens[k]!.key) && tokens[k]!.key !== 'the') k--;
  const qualifier = tokens[k];
  // "the envoy", "the secretary-general": a title one person of a story holds, alone ("the minister" may be any of several)
  // (not "the King of Bahrain": another king than the one the story named)
  if (qualifier?.key === 'the' && tokens[i + 1]?.key === 'of') return undefined;
  if (qualifier?.key === 'the' && ONE_HOLDER.has(tokens[i]!.key))
    return registry.withQualifiedTitle(tokens[i]!.key, '');
  // "the Prime Minister", "the President": the one the story is about, when that is their title
  if (qualifier?.key === 'the')
    return subjectTitled(registry, k === i - 1 ? tokens[i]!.key : `${tokens[i - 1]!.key} ${tokens[i]!.key}`);
  if (qualifier === undefined || tokens[k - 1]?.key !== 'the' || !capitalised(qualifier)) return undefined;
  return registry.withQualifiedTitle(tokens[i]!.key, qualifier.key);
}
