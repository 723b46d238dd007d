/** People in English text: titles and roles, capitalised name runs, and people named before. */
import { gazetteer } from '../gazetteer/index.js';
import { ENGLISH_NAME_JOINERS, ENGLISH_ROLE_WORDS, ENGLISH_TITLES } from '../meeting-words.js';
import { type Token } from '../clauses.js';

import type { ParticipantMention } from '../mentions.js';
import type { PeopleRegistry } from './registry.js';

const ROLE_WORD = /^\p{Lu}|^of$|^for$/u;
const CAPITALISED_WORD = /^\p{Lu}[\p{L}'’-]+$/u;

/**
 * People in an English clause: a run of capitalised words after a title ("Foreign Minister
 * Ayman Safadi", "U.N. envoy Geir Pedersen", "Secretary of State Mike Pompeo"), before one
 * ("Khalifa Shaheen Al Marar, Minister of State"), or (with `findKnown`) a name the article gave before.
 */
export function englishPeople(
  tokens: readonly Token[],
  registry: PeopleRegistry,
  findKnown = true,
): ParticipantMention[] {
  const people: ParticipantMention[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!isEnglishTitle(tokens[i]) || taken.has(i)) continue;
    let from = i + 1;
    while (
      from < tokens.length &&
      (isEnglishTitle(tokens[from]) || ENGLISH_ROLE_WORDS.has(tokens[from]!.key)) &&
      !/[,.;:]/.test(tokens[from - 1]!.after)
    )
      from++;
    const { to, words } = englishNameRun(tokens, from);
    let roleStart = i;
    while (
      roleStart > 0 &&
      i - roleStart < 4 &&
      ROLE_WORD.test(tokens[roleStart - 1]!.text) &&
      !/[,.;:]/.test(tokens[roleStart - 1]!.after)
    )
      roleStart--;
    if (words >= 2 && !/[,.;:]/.test(tokens[from - 1]!.after)) {
      addEnglishPerson(tokens, registry, { from, to, roleFrom: roleStart, roleTo: from }, people, taken);
      i = to - 1;
      continue;
    }
    // "Khalifa Shaheen Al Marar, Minister of State": the name before a comma and its title.
    if (i >= 2 && /,/.test(tokens[i - 1]!.after)) {
      let start = i - 1;
      while (
        start > 0 &&
        i - start < 6 &&
        (isCapitalisedName(tokens[start - 1]) || ENGLISH_NAME_JOINERS.has(tokens[start - 1]!.key)) &&
        !/[,.;:]/.test(tokens[start - 1]!.after)
      )
        start--;
      while (start < i && !isCapitalisedName(tokens[start])) start++;
      if (i - start >= 2 && isCapitalisedName(tokens[i - 1]) && !taken.has(start))
        addEnglishPerson(tokens, registry, { from: start, to: i, roleFrom: i, roleTo: from }, people, taken);
    }
  }
  for (const token of findKnown ? tokens : []) {
    const person = registry.lookup(token.key);
    if (
      person &&
      person.kind === 'person' &&
      !people.some((p) => p.start <= token.start && token.start < p.start + (p.name?.length ?? 0))
    ) {
      people.push({ kind: 'person', name: person.name, nameAr: person.nameAr, role: null, start: token.start });
    }
  }
  return people;
}

/** A capitalised word that can be part of a name: not a title, a role word or a place. */
function isCapitalisedName(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    CAPITALISED_WORD.test(t.text) &&
    !ENGLISH_TITLES.has(t.key) &&
    !ENGLISH_ROLE_WORDS.has(t.key) &&
    !gazetteer().entries.has(t.key)
  );
}

function isEnglishTitle(t: Token | undefined): boolean {
  // (keys are folded without punctuation: "Dr." is "dr")
  return t !== undefined && ENGLISH_TITLES.has(t.key);
}

/** The end of the name that starts at tokens[from]: capitalised words and the joiners between them. */
function englishNameRun(tokens: readonly Token[], from: number): { to: number; words: number } {
  let to = from;
  let words = 0;
  while (to < tokens.length && words < 4) {
    const t = tokens[to]!;
    if (isCapitalisedName(t)) words++;
    else if (!(ENGLISH_NAME_JOINERS.has(t.key) && isCapitalisedName(tokens[to + 1]))) break;
    to++;
    if (/[,.;:]/.test(t.after)) break;
  }
  return { to, words };
}

/** Registers the person named by tokens[from, to) with the title tokens[roleFrom, roleTo), and marks those words taken. */
function addEnglishPerson(
  tokens: readonly Token[],
  registry: PeopleRegistry,
  { from, to, roleFrom, roleTo }: { from: number; to: number; roleFrom: number; roleTo: number },
  people: ParticipantMention[],
  taken: Set<number>,
): void {
  const name = wordsText(tokens, from, to);
  const role = wordsText(tokens, roleFrom, roleTo);
  const person = registry.add({ kind: 'person', name, nameAr: null, role });
  people.push({
    kind: 'person',
    name: person.name,
    nameAr: person.nameAr,
    role,
    start: tokens[from]!.start,
    titleStart: tokens[roleFrom]!.start,
  });
  for (let k = Math.min(from, roleFrom); k < Math.max(to, roleTo); k++) taken.add(k);
}

/** The words tokens[from, to) as the text writes them, one space apart. */
function wordsText(tokens: readonly Token[], from: number, to: number): string {
  let text = '';
  for (let k = from; k < to; k++) text += k === from ? tokens[k]!.text : ` ${tokens[k]!.text}`;
  return text;
}
