/** People in English text: titles and roles, capitalised name runs, and people named before. */
import { gazetteer } from '../gazetteer/index.js';
import { ENGLISH_BODY_HEADS, ENGLISH_NAME_JOINERS, ENGLISH_NAMED_AFTER, ENGLISH_ROLE_WORDS } from '../meeting-words.js';
import { type Token } from '../clauses.js';

import { personMention, type ParticipantMention } from '../mentions.js';
import type { PeopleRegistry } from './registry.js';
import { GIVEN } from './given-names.js';
import { styleAt } from './english-name-words.js';
import { qualifiedHolder } from './named-by-title.js';
import { inList, wordList } from '../word-lists.js';
import { capitalised } from '../place-words.js';

// (a title may say its holder left office, "former"; an article opens no title)
const ROLE_WORD = /^(?!(?:The|A|An)$)\p{Lu}|^of$|^for$|^former$/u;
/** A name in the possessive ("Vladimir Putin's special envoy") qualifies someone else. */
const POSSESSIVE = /['’]s$/;
/** Words between a comma and the title that follows a name: "Lakhdar Brahimi, the international envoy". */
const BEFORE_TITLE =
  /^(?:the|a|an|his|her|its|their|[a-z][a-z-]+al|special|senior|top|chief|new|former|acting)$|^\p{Lu}\p{L}*(?:an|i|ese|ish)$|^(?:\p{Lu}\.)+$/u;

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
    // "President His Highness Sheikh Mohamed …": a style after the title is the title's, no one's name.
    from += styleAt(tokens, from);
    // "Ambassador to Lebanon Lisa Johnson", "envoy to Saudi Arabia …": the post's place, then the name.
    const post = tokens[from];
    if (post && POST_PREPOSITIONS.has(post.key) && !/[,.;:]/.test(post.after)) {
      const span = placeSpan(tokens, from + 1);
      if (span > 0) from += 1 + span;
    } else if (tokens[from - 1]?.key === 'of' && from - 1 > i) {
      // "the President of Chile, Ricardo Lagos", "Foreign Minister of Oman Badr Albusaidi": the state, then the name.
      from += placeSpan(tokens, from);
    }
    // "Chairman of the Standing Committee": after "of the", capitalised words are an institution unless a given name opens them.
    let institutional = false;
    for (let k = i + 1; k < from; k++) if (tokens[k]!.key === 'the') institutional = true;
    const run = englishNameRun(tokens, from);
    const ofInstitution = institutional && tokens[from]?.given !== GIVEN;
    // "Director of the Office of His Majesty Jafar Hassan": past the institution's name, a given name opens the holder's.
    const holderAt = ofInstitution ? holderAfterInstitution(tokens, from) : null;
    if (holderAt !== null) from = holderAt;
    const { to, words } =
      holderAt !== null ? englishNameRun(tokens, holderAt) : ofInstitution ? { to: from, words: 0 } : run;
    /** Where the title ends: after its institution's name, when it has one. */
    const titleEnd = ofInstitution && holderAt === null ? run.to : from;
    let roleStart = i;
    while (
      roleStart > 0 &&
      i - roleStart < 4 &&
      ROLE_WORD.test(tokens[roleStart - 1]!.text) &&
      // (nor past a dateline's agency: "WASHINGTON, Oct. 26 (Xinhua) -- Chinese Foreign Minister")
      !/[,.;:)\-–—]/.test(tokens[roleStart - 1]!.after)
    )
      roleStart--;
    // "his visiting Iranian counterpart, Javad Zarif, are …": a name set off by commas after its title.
    const apposed =
      /^,$/.test(tokens[from - 1]!.after) && (to >= tokens.length || /[,.;:]/.test(tokens[to - 1]!.after));
    // "King Abdullah", "Pope Francis", "Emir Tamim": a sovereign is named by the given name alone.
    // "Minister Shoukry", "President Putin": a title and a surname alone, the name's single word.
    const sovereign =
      words === 1 && (SOVEREIGNS.has(tokens[from - 1]!.key) ? tokens[from]!.given === GIVEN : from === i + 1);
    // ("Deputy National Security Adviser": capitalised words a title word ends are the title's)
    // ("chief Brexit negotiator Michel Barnier": a single word a lowercase title follows is the title's too)
    const titled =
      to < tokens.length &&
      isEnglishTitle(tokens[to]) &&
      (capitalised(tokens[to]!) || words === 1) &&
      !/[,.;:]/.test(tokens[to - 1]!.after) &&
      !POSSESSIVE.test(tokens[to - 1]!.text);
    if ((words >= 2 || sovereign) && !titled && (!/[,.;:]/.test(tokens[from - 1]!.after) || apposed)) {
      addEnglishPerson(tokens, registry, { from, to, roleFrom: roleStart, roleTo: from }, people, taken);
      i = to - 1;
      continue;
    }
    // "the Saudi minister", "the Iranian foreign minister": who was introduced with that title.
    const holder = findKnown && words === 0 ? qualifiedHolder(tokens, i, registry) : undefined;
    if (holder) {
      people.push(personMention(holder, tokens[i]!.start));
      continue;
    }
    // "Khalifa Shaheen Al Marar, Minister of State", "Lakhdar Brahimi, the international envoy": the name before a comma and its title.
    let comma = i;
    while (
      comma > 0 &&
      i - comma < 4 &&
      !/,/.test(tokens[comma - 1]!.after) &&
      BEFORE_TITLE.test(tokens[comma - 1]!.text)
    )
      comma--;
    if (comma >= 2 && /,/.test(tokens[comma - 1]!.after)) {
      const at = i;
      i = comma;
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
        addEnglishPerson(tokens, registry, { from: start, to: i, roleFrom: i, roleTo: titleEnd }, people, taken);
      i = at;
    }
  }
  // "He will see Mikhail Bogdanov", "Ahmed Moaz al-Khatib, a 52-year-old …": a given name opens a name without a
  // title; and people named before are found again. Names are capitalised (al-Moualem aside): most words are passed over at once.
  // (Only in a clause about a meeting: the others are read for their titled people alone, as before.)
  for (let i = 0; i < tokens.length && findKnown; i++) {
    const t = tokens[i]!;
    const first = t.text.charCodeAt(0);
    if (first >= 97 && first <= 122 && !((first === 97 || first === 101) && t.text.charCodeAt(2) === 45)) continue;
    if (taken.has(i)) continue;
    // ("received by His Highness the Amir": a style is no one's name)
    if ((t.given === GIVEN || namedAfterCue(tokens, i)) && isCapitalisedName(t) && styleAt(tokens, i) === 0) {
      const { to, words } = englishNameRun(tokens, i);
      const opensName = i === 0 || !isCapitalisedName(tokens[i - 1]) || /[,.;:]/.test(tokens[i - 1]!.after);
      // ("Bandar Seri Begawan": a place whose first word is a given name is the place)
      const place = placeSpan(tokens, i) >= to - i;
      if (opensName && words >= 2 && !place && !namedAfter(tokens, i, to) && !knownIn(tokens, i, to, registry)) {
        addEnglishPerson(tokens, registry, { from: i, to, roleFrom: i, roleTo: i }, people, taken);
        i = to - 1;
        continue;
      }
    }
    const person = registry.lookup(t.key);
    if (
      person &&
      person.kind === 'person' &&
      // (within a name read here; one found again by a word spans only that word: "Hu and Morsi")
      !people.some(
        (p) => p.start <= t.start && t.start < p.start + (p.titleStart === undefined ? 1 : (p.name?.length ?? 0)),
      )
    )
      people.push(personMention(person, t.start, null));
  }
  // The person a sentence opens with is its subject: "He" in the sentences after is them.
  const opener = people.reduce<ParticipantMention | null>((a, b) => (a && a.start < b.start ? a : b), null);
  // (named again without a title, "On Wednesday, Orban will be at …", they keep the one they had)
  if (opener && opensClause(tokens, opener.titleStart ?? opener.start)) {
    const same = registry.subject !== null && registry.subject.name === opener.name;
    registry.subjectTitle = opener.role?.toLowerCase() ?? (same ? registry.subjectTitle : null);
    registry.subject = opener;
  }
  // (looked for only where a pronoun would name someone: in a clause about a meeting, once the text has a subject)
  const subjectAsked = findKnown && !!registry.subject;
  let pronoun = -1;
  for (let k = 0; subjectAsked && k < 3 && k < tokens.length && pronoun < 0; k++)
    if (inList(tokens[k]!, SUBJECT_PRONOUN)) pronoun = k;
  if (pronoun > 0 && people.length > 0) pronoun = -1;
  // "According to a statement, he met Prime Minister …", "On Wednesday, he is due to hold talks with …": a pronoun
  // shortly before the meeting word is its subject.
  for (let k = 0; subjectAsked && k < tokens.length && pronoun < 0; k++)
    if (inList(tokens[k]!, SUBJECT_PRONOUN) && tokens.slice(k + 1, k + 6).some((t) => t.englishNoun !== null))
      pronoun = k;
  if (findKnown && pronoun >= 0 && registry.subject) {
    const { name, nameAr } = registry.subject;
    people.push({ kind: 'person', name, nameAr, role: null, start: tokens[pronoun]!.start });
  }
  return people;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she']);
const SUBJECT_PRONOUN = wordList((word) => SUBJECT_PRONOUNS.has(word.key));
/** Words no name holds: a weekday, a month, a preposition that opens a date, a time zone, a news agency. */
const NOT_A_NAME =
  /^(?:On|In|At|By|Since|Last|Next|This)\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|April|July|September|October|November|December)\b|^(?:GMT|UTC|IST|CET|CEST|EET|EEST|EST|EDT|PST|PDT|BST|MSK|AST|KST|JST)$|^(?:IRNA|ISNA|SANA|WAFA|KUNA|QNA|SPA|WAM|MENA|ONA|BNA|APS|MAP|TAP|NINA|INA|TASS|AFP|Xinhua)$/;
const SOVEREIGNS = new Set(['king', 'queen', 'emir', 'sultan', 'pope', 'prince', 'sheikh', 'patriarch']);
/** "led by X", "attended by X", "met with X": the words before a name that need no title or known given name. */
const CUE_BEFORE_BY = new Set(['led', 'headed', 'chaired', 'attended', 'hosted', 'accompanied', 'joined', 'received']);
const CUE_BEFORE_WITH = new Set(['met', 'meet', 'meets', 'meeting', 'talks']);

/** Adverbs between a verb of meeting and "with": "held talks here with", "met separately with". */
const CUE_ADVERBS = new Set([
  'here',
  'there',
  'today',
  'yesterday',
  'separately',
  'also',
  'later',
  'earlier',
  'jointly',
]);
const CUE_ADVERB = wordList((word) => CUE_ADVERBS.has(word.key));
/** tokens[i] comes right after "led by", "met with" …: a capitalised run there is someone. */
function namedAfterCue(tokens: readonly Token[], i: number): boolean {
  const preposition = tokens[i - 1]?.key;
  // ("held talks here with …", "met separately with …": an adverb may stand between the verb and the preposition)
  let at = i - 2;
  if (tokens[at] !== undefined && inList(tokens[at]!, CUE_ADVERB)) at--;
  const verb = tokens[at]?.key;
  if (verb === undefined) return false;
  return (preposition === 'by' && CUE_BEFORE_BY.has(verb)) || (preposition === 'with' && CUE_BEFORE_WITH.has(verb));
}
/** Words between a title and the place of its post: "Ambassador to Lebanon", "envoy in Yemen". */
const POST_PREPOSITIONS = new Set(['to', 'in']);

/** The number of words of the gazetteer name (a place, a country) that starts at tokens[at], or 0. */
function placeSpan(tokens: readonly Token[], at: number): number {
  const first = tokens[at];
  if (!first || first.nameSpan === 0) return 0;
  const { entries } = gazetteer();
  for (let size = Math.min(first.nameSpan, tokens.length - at); size > 0; size--) {
    let key = '';
    for (let k = at; k < at + size; k++) key += k === at ? tokens[k]!.key : ` ${tokens[k]!.key}`;
    if (entries.has(key)) return size;
  }
  return 0;
}

/** Words of an institution's name between its capitalised words: "Office of His Majesty", "Joint Chiefs of Staff". */
const INSTITUTION_LINKS = new Set(['of', 'the', 'and', 'for']);
/** How many words an institution's name after a title may take before its holder's name. */
const INSTITUTION_REACH = 8;

/** Where the holder's name opens after an institution's name that opens at tokens[from], or null: a given name and a second name word. */
function holderAfterInstitution(tokens: readonly Token[], from: number): number | null {
  for (let k = from + 1; k < tokens.length && k - from <= INSTITUTION_REACH; k++) {
    const t = tokens[k]!;
    if (/[,.;:]/.test(tokens[k - 1]!.after)) return null;
    if (t.given === GIVEN && isCapitalisedName(t) && isCapitalisedName(tokens[k + 1]) && !/[,.;:]/.test(t.after))
      return k;
    if (!capitalised(t) && !INSTITUTION_LINKS.has(t.key)) return null;
  }
  return null;
}

/** "Hamad International Airport": a thing named after someone, not them. */
function namedAfter(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to && k < tokens.length; k++) if (ENGLISH_NAMED_AFTER.has(tokens[k]!.key)) return true;
  return false;
}

/** One of tokens[from, to) names someone the article named before: they are found again, whole. */
function knownIn(tokens: readonly Token[], from: number, to: number, registry: PeopleRegistry): boolean {
  for (let k = from; k < to; k++) if (registry.lookup(tokens[k]!.key)) return true;
  return false;
}

/** No word in lower case (a verb, a preposition) comes before tokens' offset `start`: it is where the clause's subject stands. */
function opensClause(tokens: readonly Token[], start: number): boolean {
  for (const t of tokens) {
    if (t.start >= start) return true;
    if (!capitalised(t) && !ENGLISH_ROLE_WORDS.has(t.key) && !ENGLISH_NAME_JOINERS.has(t.key)) return false;
  }
  return true;
}

/** A capitalised word that can be part of a name: not a title, a role word or a place (told once per word: english-name-words.ts). */
function isCapitalisedName(t: Token | undefined): boolean {
  return t !== undefined && t.nameWord;
}

function isEnglishTitle(t: Token | undefined): boolean {
  return t !== undefined && t.title;
}

/** The end of the name that starts at tokens[from]: capitalised words and the joiners between them. */
function englishNameRun(tokens: readonly Token[], from: number): { to: number; words: number } {
  let to = from;
  let words = 0;
  while (to < tokens.length && words < 4) {
    const t = tokens[to]!;
    // "Mishal Al Ahmad Al Jaber Al Sabah": "Al", "bin", "Abu" join the words of a name, capitalised or not, and are not counted.
    const joins = ENGLISH_NAME_JOINERS.has(t.key) && to > from && isCapitalisedName(tokens[to + 1]);
    if (joins) {
      if (!/[,.;:]/.test(t.after)) {
        to++;
        continue;
      }
      break;
    }
    // "… Al Jubeir Monday met", "… Al Nahyan Receives", "… Al Nahyan Ruler's Representative": a day, a headline's verb
    // or a possessive after a name is not of it.
    if (words >= 2 && (NAME_BREAKS.has(t.key) || (POSSESSIVE.test(t.text) && afterHouse(tokens, to)))) break;
    if (isCapitalisedName(t) || surnameAsPlace(tokens, to, from) || initialOfName(tokens, to)) words++;
    else break;
    to++;
    // ("Kim Jong-un's new …": a name in the possessive ends there)
    if (/[,.;:]/.test(t.after) || POSSESSIVE.test(t.text)) break;
  }
  return { to, words };
}

/**
 * "S.M. Krishna", "George W. Bush", "S Jaishankar": an initial (a capital, with its full stop or
 * not) before a name's next word is of the name; not a state's ("U.S.", "U.K.", "U.N.").
 */
function initialOfName(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at]!;
  if (!INITIALS.test(t.text) || STATE_INITIALS.has(t.key)) return false;
  const next = tokens[at + 1];
  return next !== undefined && (isCapitalisedName(next) || INITIALS.test(next.text));
}
const INITIALS = /^(?:[A-Z]\.){1,3}$|^[A-Z]$/;
const STATE_INITIALS: ReadonlySet<string> = new Set(['u s', 'u k', 'u n', 'e u', 'u a e', 'a u']);

/** tokens[at] follows a house's name ("… Al Nahyan"): the name has ended. */
function afterHouse(tokens: readonly Token[], at: number): boolean {
  return at >= 2 && ENGLISH_NAME_JOINERS.has(tokens[at - 2]!.key);
}

/** Capitalised words that follow a name without being of it: days and months (AP style), a title-case headline's verbs. */
// prettier-ignore
const NAME_BREAKS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'meets', 'met', 'receives', 'received', 'holds', 'held', 'hosts', 'visits', 'says', 'arrives', 'calls', 'discusses',
  'urges', 'welcomes', 'signs', 'attends', 'leaves', 'heads', 'chairs', 'opens', 'talks', 'tells', 'to',
]);

/** "Ricardo Lagos", "Bernardino Leon": a place's name right after a name's given name is its surname. */
function surnameAsPlace(tokens: readonly Token[], at: number, from: number): boolean {
  const t = tokens[at]!;
  const before = tokens[at - 1];
  return (
    at === from + 1 &&
    before !== undefined &&
    before.given === GIVEN &&
    !/[,.;:]/.test(before.after) &&
    t.nameSpan > 0 &&
    !t.title &&
    capitalised(t)
  );
}

/** Registers the person named by tokens[from, to) with the title tokens[roleFrom, roleTo), and marks those words taken. */
function addEnglishPerson(
  tokens: readonly Token[],
  registry: PeopleRegistry,
  { from, to, roleFrom, roleTo }: { from: number; to: number; roleFrom: number; roleTo: number },
  people: ParticipantMention[],
  taken: Set<number>,
): void {
  const written = wordsText(tokens, from, to);
  // "On Wednesday, the former minister …": a day before a comma and a title is no one.
  if (NOT_A_NAME.test(written)) return;
  // "the UN General Assembly": a body's head word ends no one's name ("General" is no title there).
  if (ENGLISH_BODY_HEADS.has(tokens[to - 1]!.key)) return;
  // "Vladimir Putin's special envoy": Putin is named, the envoy takes part.
  const possessive = written.charCodeAt(written.length - 1) === 115 && POSSESSIVE.test(written);
  const name = possessive ? written.slice(0, -2) : written;
  const role = wordsText(tokens, roleFrom, roleTo);
  const person = registry.add({ kind: 'person', name, nameAr: null, role });
  // "Saudi Foreign Minister …", "Saudi Minister of Foreign Affairs Prince …" is "the Saudi minister" after.
  const roleWords = tokens.slice(roleFrom, roleTo);
  // ("" too: "the envoy" alone is the one introduced last with that title)
  for (const head of roleWords)
    if (head.title)
      registry.qualifiedTitle(
        head.key,
        roleWords.flatMap((t) => (t === head ? [''] : [t.key])),
        person,
      );
  for (let k = Math.min(from, roleFrom); k < Math.max(to, roleTo); k++) taken.add(k);
  if (possessive) return;
  people.push({
    kind: 'person',
    name: person.name,
    nameAr: person.nameAr,
    role,
    start: tokens[from]!.start,
    titleStart: tokens[roleFrom]!.start,
  });
}

/** The words tokens[from, to) as the text writes them, one space apart. */
function wordsText(tokens: readonly Token[], from: number, to: number): string {
  let text = '';
  for (let k = from; k < to; k++) text += k === from ? tokens[k]!.text : ` ${tokens[k]!.text}`;
  return text;
}
