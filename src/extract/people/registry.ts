/** The people an article (or the calendar) has named: found again by surname or by their other spelling. */
import { nameKeyOf } from '../../names/normalize.js';
import type { ParticipantKind } from '../../calendar/types.js';

import type { PersonName } from '../mentions.js';

/** How many words of a title may qualify its head ("وزير الخارجية والمغتربين السوري"). */
const MAX_QUALIFIED_WORDS = 5;

/** A title's head and one of its words, without the article: "الوزير القطري" and "وزير … القطري" alike. */
function qualified(head: string, word: string): string {
  return `${head.replace(/^ال/, '')}~${word.replace(/^ال/, '')}`;
}

/**
 * Chinese and Korean family names in Latin script (the commonest, after national surname
 * statistics; "He" left out, an English pronoun): the name's first word, by which news names
 * the person again. Japanese names are written given name first in English copy.
 */
// prettier-ignore
const FAMILY_NAME_FIRST = new Set([
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo',
  'gao', 'lin', 'luo', 'zheng', 'liang', 'xie', 'tang', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong',
  'pan', 'yuan', 'cai', 'jiang', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren', 'shen', 'yao', 'xi', 'qin',
  'fu', 'zhong', 'dai', 'cui', 'wen', 'bo', 'meng', 'kong', 'bai', 'qian', 'jin', 'hao', 'yan', 'tan',
  'kim', 'lee', 'park', 'choi', 'jung', 'chung', 'kang', 'cho', 'yoon', 'jang', 'lim', 'han', 'oh', 'seo', 'shin',
  'kwon', 'hwang', 'ahn', 'song', 'yoo', 'hong', 'moon', 'ban', 'yu',
]);

/** The word between a given name and a father's: Faisal bin Farhan, تميم بن حمد (folded). */
const PATRONYMIC = new Set(['bin', 'ibn', 'ben', 'بن']);

export class PeopleRegistry {
  private readonly byKey = new Map<string, PersonName & { kind: ParticipantKind }>();
  /** The first words of two-word keys: a word pair is looked up only after one of them. */
  private readonly pairStarts = new Set<string>();
  /** The last person introduced with each title (الوزير، وزير الخارجية): the title alone names them after. */
  private readonly byTitle = new Map<string, PersonName & { kind: ParticipantKind }>();
  /** People named by a surname alone (الوزير المقداد), by that surname: given the full name when it comes. */
  private readonly surnameOnly = new Map<string, PersonName[]>();
  /**
   * People named in the Arab way, given name then "bin"/"بن" and a father (Faisal bin Farhan), by
   * given name: "Prince Faisal", "الشيخ تميم" name them after. Null where two share it.
   */
  private readonly byGivenName = new Map<string, (PersonName & { kind: ParticipantKind }) | null>();
  /** The person the last sentence that opened with someone opened with: "He" in the sentences after. */
  subject: PersonName | null = null;
  /** The subject's title as the sentence that opened with them gave it ("Prime Minister"; kept while later sentences open with them untitled): "the Prime Minister" after is them. */
  subjectTitle: string | null = null;

  constructor(known: readonly (PersonName & { kind: ParticipantKind })[] = []) {
    for (const person of known) this.add(person);
  }

  add(person: PersonName & { kind: ParticipantKind }): PersonName & { kind: ParticipantKind } {
    const existing = this.find([person.nameAr, person.name]) ?? this.byGiven(person);
    if (existing) {
      existing.name ??= person.name;
      existing.nameAr ??= person.nameAr;
      existing.role ??= person.role;
      return existing;
    }
    const entry = { ...person };
    for (const name of [person.name, person.nameAr]) {
      if (!name) continue;
      const key = nameKeyOf(name);
      this.byKey.set(key, entry);
      const firstSpace = key.indexOf(' ');
      if (firstSpace >= 0 && key.indexOf(' ', firstSpace + 1) < 0) this.pairStarts.add(key.slice(0, firstSpace));
      if (entry.kind === 'person') this.rememberGivenName(key, entry);
      // "Hu Jintao", "Ban Ki-moon": a Chinese or Korean family name comes first, and news names the person by it ("Hu and Morsi").
      if (entry.kind === 'person' && firstSpace > 0 && name === person.name) {
        const family = key.slice(0, firstSpace);
        if (FAMILY_NAME_FIRST.has(family) && !this.byKey.has(family)) this.byKey.set(family, entry);
      }
      // A surname alone names the person too, once they have been introduced.
      const lastSpace = key.lastIndexOf(' ');
      if (entry.kind === 'person' && lastSpace >= 0) {
        const surname = key.slice(lastSpace + 1);
        this.byKey.set(surname, entry);
        for (const named of this.surnameOnly.get(surname) ?? [])
          Object.assign(named, { name: entry.name, nameAr: entry.nameAr });
        this.surnameOnly.delete(surname);
      }
    }
    return entry;
  }

  private rememberGivenName(key: string, entry: PersonName & { kind: ParticipantKind }): void {
    const words = key.split(' ');
    if (words.length < 3 || !PATRONYMIC.has(words[1]!)) return;
    const given = words[0]!;
    const before = this.byGivenName.get(given);
    this.byGivenName.set(given, before === undefined || before === entry ? entry : null);
  }

  /** The person a one-word name (a given name after a title) names, when one patronymic name of the article has it. */
  private byGiven(
    person: PersonName & { kind: ParticipantKind },
  ): (PersonName & { kind: ParticipantKind }) | undefined {
    if (person.kind !== 'person') return undefined;
    for (const name of [person.nameAr, person.name]) {
      if (!name) continue;
      const key = nameKeyOf(name);
      if (key.includes(' ')) return undefined;
      return this.byGivenName.get(key) ?? undefined;
    }
    return undefined;
  }

  /** `mention` named someone by the surname `key` alone: it takes their full name when the article gives it. */
  awaitFullName(key: string, mention: PersonName): void {
    const waiting = this.surnameOnly.get(key);
    if (waiting) waiting.push(mention);
    else this.surnameOnly.set(key, [mention]);
  }

  /** Remembers `person` as the one a title (its folded first one or two words) names from now on. */
  titled(title: string, person: PersonName & { kind: ParticipantKind }): void {
    const words = nameKeyOf(title).split(' ');
    if (words[0]) this.byTitle.set(words[0], person);
    if (words[1]) this.byTitle.set(`${words[0]} ${words[1]}`, person);
    // "وزير الخارجية القطري" is "الوزير القطري" after: the head with any later word of the title.
    this.qualifiedTitle(words[0]!, words.slice(1, MAX_QUALIFIED_WORDS), person);
  }

  /** Remembers `person` as the one their title's head (folded) with any of its folded qualifiers names: "the Saudi minister". */
  qualifiedTitle(head: string, qualifiers: readonly string[], person: PersonName & { kind: ParticipantKind }): void {
    for (const word of qualifiers) this.byTitle.set(qualified(head, word), person);
  }

  /** The person last introduced with this folded title (one or two words), if any. */
  withTitle(title: string): (PersonName & { kind: ParticipantKind }) | undefined {
    const found = this.byTitle.get(title);
    if (found) return found;
    const [head, word] = title.split(' ');
    return word === undefined ? undefined : this.withQualifiedTitle(head!, word);
  }

  /** The person last introduced with a title of this head and qualifier (folded): "minister" and "saudi". */
  withQualifiedTitle(head: string, qualifier: string): (PersonName & { kind: ParticipantKind }) | undefined {
    return this.byTitle.get(qualified(head, qualifier));
  }

  find(names: readonly (string | null)[]): (PersonName & { kind: ParticipantKind }) | undefined {
    for (const name of names) {
      if (!name) continue;
      const found = this.byKey.get(nameKeyOf(name));
      if (found) return found;
    }
    return undefined;
  }

  /** True when some two-word name opens with the folded word: only then is the pair worth a lookup. */
  opensPair(word: string): boolean {
    return this.pairStarts.has(word);
  }

  /** The person a folded word (or word pair) names, if any. */
  lookup(key: string): (PersonName & { kind: ParticipantKind }) | undefined {
    return this.byKey.get(key);
  }
}

/** A descriptor waiting for its name: "the Egyptian capital" (, Cairo), "مدينة" (العلا). */
