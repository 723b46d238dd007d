/**
 * The leaders lexicon (leaders.ts) as the reader uses it for one article: the short forms news
 * names a leader by in the article's year ("King Salman", "خادم الحرمين الشريفين", "العاهل
 * الأردني"), and each leader's name in the other script (سيرغي لافروف is Sergei Lavrov).
 */
import { nameKey, nameKeyOf } from '../../names/normalize.js';
import { remembered } from '../../remembered.js';
import { recordAnswers, withRecordedAnswers } from '../../prebuilt.js';
import type { Token } from '../clauses.js';
import type { ParticipantMention } from '../mentions.js';
import { ARABIC_NOT_NAMES, ARABIC_TITLES, ARABIC_VERBS } from '../meeting-words.js';
import { LEADERS, type Leader, type OfficeCode } from './leaders.js';
import { officeHolders, officeOfTitle, withOfficeHolders, type OfficeHolders } from './offices.js';
import { withOrganisationHeads } from './organisation-offices.js';
import { inList, wordList } from '../word-lists.js';
import { countryAfter } from '../name-context.js';
import { gazetteer } from '../gazetteer/index.js';
import { GIVEN, givenNameCue, NOT_GIVEN } from './given-names.js';
import { POSSESSIVE } from '../place-words.js';
import { abdSpellings, arabicSkeleton, FATHER_WORDS, latinSkeleton, withoutFathers } from './name-spellings.js';

export interface KnownLeaders extends OfficeHolders {
  /** The leader a short form opening at tokens[i] names, and how many words it takes. */
  shortFormAt(tokens: readonly Token[], i: number): { leader: Leader; words: number; full: boolean } | null;
  /** The one leader of the year whose family name (folded) this is ("ماكرون", "عون"), of several the one holding `office` (null: none, or several). */
  bySurname(key: string, office: OfficeCode | null): Leader | null;
}

interface ShortForm {
  words: readonly string[];
  leader: Leader;
  /** The leader's full name (the text's spelling of it is kept), not a short form. */
  full: boolean;
}

const byYear = new Map<number, KnownLeaders>();
/** The words of a name given after a father or a house (bin, بن, آل, ولد), folded: such a name ends on no family name. */
const PATRONYMIC = /(?:^| )(?:bin|ibn|ben|bint|al|بن|بنت|ابن|ال|ولد|ould)(?: |$)/;
/** A regnal number at the end of a name (folded): "الأول", "الثاني", "ii". */
const REGNAL_NUMBER = /^(?:اول|ثاني|ثالث|رابع|خامس|سادس|[ivx]+)$/;
/** A ruling house's name at the end of a full name: "Al Saud", "آل ثاني". */
const HOUSE = /\s+(?:Al|آل)\s+\S+$/;

/** Written by `npm run build` beside the compiled module: the keys of the leaders' names and words (leaderKeys). */
export const LEADER_KEYS = 'leader-keys.json';

/** nameKey, answered from LEADER_KEYS when there is one (src/prebuilt.ts): folding every leader's names took 15-20 ms of a start. */
let keys: { nameKey: (name: string) => string } | undefined;

/** The leaders in office in `year`, indexed once per year. */
export function knownLeaders(year: number): KnownLeaders {
  let known = byYear.get(year);
  if (!known) {
    known = index(
      LEADERS.filter((l) => l.from <= year && year <= (l.to ?? Infinity)),
      year,
      leaderNameKey(),
    );
    byYear.set(year, known);
  }
  return known;
}

function leaderNameKey(): (name: string) => string {
  keys ??= withRecordedAnswers(new URL(LEADER_KEYS, import.meta.url), { nameKey });
  return keys.nameKey;
}

/** The first words (folded) of every leader's short forms and full names, whatever the year: made once, when first asked. */
let openingWords: ReadonlySet<string> | undefined;

/**
 * The words a leader's short form or full name can open with in some year (with a list's و
 * before them too): most words open none, and are not looked up in the year's forms.
 */
const OPENS_A_LEADERS_NAME = wordList((word) => {
  openingWords ??= new Set(
    LEADERS.flatMap((leader) => formsOf(leader, fullNames(leader), leaderNameKey()).map((f) => f.words[0]!)),
  );
  return word.stems.some((stem) => openingWords!.has(stem));
});

/** The keys of every leader's names and words (each year's index folds some of them, whatever the year), as LEADER_KEYS's text (bin/build.js writes it). */
export function leaderKeys(): string {
  return recordAnswers({ nameKey }, (ask) => index(LEADERS, 0, ask.nameKey));
}

/** A leader's names in both scripts, each also without its ruling house's name. */
function fullNames(leader: Leader): string[] {
  const full: string[] = [];
  for (const name of [leader.name, ...abdSpellings(leader.nameAr)]) {
    full.push(name);
    // "فيصل بن فرحان" is فيصل بن فرحان آل سعود: the house's name is often left out.
    const house = HOUSE.exec(name);
    if (house) full.push(name.slice(0, house.index));
  }
  return full;
}

/** The forms a leader is found by: the short ones, then the full names of several words. */
function formsOf(leader: Leader, full: readonly string[], keyOf: (name: string) => string): ShortForm[] {
  const forms = [
    ...leader.short.map((form) => ({ form, full: false })),
    // A full name is found wherever the text writes it, whatever title (or none) it has: "والعماني بدر البوسعيدي".
    ...full.filter((name) => name.includes(' ')).map((form) => ({ form, full: true })),
  ];
  return forms.map(({ form, full: isFull }) => ({ words: form.split(/\s+/).map(keyOf), leader, full: isFull }));
}

/** `keyOf` is nameKey, or its answers read back. */
function index(leaders: readonly Leader[], year: number, keyOf: (name: string) => string): KnownLeaders {
  const shortForms = new Map<string, ShortForm[]>();
  const names = new Map<string, Leader>();
  // Latin spellings of one Arabic name differ in their vowels (Meshal, Mishal; Moualem, Muallem): null where two leaders share one.
  const skeletons = new Map<string, Leader | null>();
  // Arabic spellings of a foreign name differ too (زيغمار غابرييل, زيجمار جابرييل; سيرغي, سيرجي).
  const arabicSkeletons = new Map<string, Leader | null>();
  const surnames = new Map<string, Leader[]>();
  // "رجب إردوغان", "Recep Erdogan": a full name of three words or more, its middle left out (null where two share one).
  const firstAndLast = new Map<string, Leader | null>();
  for (const leader of leaders) {
    const full = fullNames(leader);
    for (const name of full) {
      const key = keyOf(name);
      names.set(key, leader);
      const words = key.split(' ');
      // (not where the family name is a given name too: "حسن محمود", "محمود يوسف" are anyone)
      if (words.length >= 3 && !PATRONYMIC.test(key) && givenNameCue(words.at(-1)!) === NOT_GIVEN) {
        const short = `${words[0]} ${words.at(-1)}`;
        if (firstAndLast.get(short) !== leader) firstAndLast.set(short, firstAndLast.has(short) ? null : leader);
      }
      // "ميشال عون" is "الرئيس عون"; a name in بن or آل has no family name at its end ("سلمان بن عبد العزيز"),
      // nor one in a regnal number ("خوان كارلوس الأول": "الوزير الأول" is a prime minister).
      const last = key.slice(key.lastIndexOf(' ') + 1);
      const holders = surnames.get(last) ?? [];
      if (
        key.includes(' ') &&
        !PATRONYMIC.test(key) &&
        !REGNAL_NUMBER.test(last) &&
        last.length > 2 &&
        !holders.includes(leader)
      )
        surnames.set(last, [...holders, leader]);
    }
    const skeleton = leader.spelledOneWay ? null : latinSkeleton(leader.name);
    if (skeleton) skeletons.set(skeleton, skeletons.has(skeleton) ? null : leader);
    const arabic = leader.arabicSpelledOneWay ? null : arabicSkeleton(keyOf(leader.nameAr));
    if (arabic) arabicSkeletons.set(arabic, arabicSkeletons.has(arabic) ? null : leader);
    for (const form of formsOf(leader, full, keyOf)) {
      const first = form.words[0]!;
      shortForms.set(first, [...(shortForms.get(first) ?? []), form]);
    }
  }
  // The longest form first: "King Abdullah II" before a shorter one that opens it.
  for (const forms of shortForms.values()) forms.sort((a, b) => b.words.length - a.words.length);
  // Remembered: each clause asks again for the people it names, and a Latin name not found as written is folded to its skeleton.
  const named = remembered((name: string) => {
    const key = nameKeyOf(name);
    const found = names.get(key) ?? names.get(withoutFathers(key) ?? '') ?? firstAndLast.get(key);
    if (found) return found;
    const skeleton = ARABIC_LETTER.test(name) ? arabicSkeleton(key) : latinSkeleton(name);
    return (skeleton && (ARABIC_LETTER.test(name) ? arabicSkeletons : skeletons).get(skeleton)) || undefined;
  }, 10_000);
  const known = officeHolders(leaders, year, named);
  return {
    ...known,
    bySurname(key, office) {
      const holders = surnames.get(key) ?? [];
      const fitting =
        holders.length > 1 ? holders.filter((l) => known.officesOf(l).some((o) => o.code === office)) : holders;
      return fitting.length === 1 ? fitting[0]! : null;
    },
    shortFormAt(tokens, i) {
      const token = tokens[i]!;
      if (!inList(token, OPENS_A_LEADERS_NAME)) return null;
      // (the first word with what clings to it: a list's "وسالم عبد الله الجابر الصباح", "التقى … بخادم الحرمين الشريفين";
      // not ل, "to": "حمّله تحياته لخادم الحرمين الشريفين" names whom greetings go to, no one who meets)
      for (const stem of token.stems) {
        if (stem !== token.key && token.key.startsWith('ل')) continue;
        const form = shortForms.get(stem)?.find((f) => f.words.every((w, k) => k === 0 || tokens[i + k]?.key === w));
        if (form) return { leader: form.leader, words: form.words.length, full: form.full };
      }
      return null;
    },
  };
}

/**
 * The clause's people with the leaders it names by a short form ("King Salman", "خادم الحرمين
 * الشريفين") in place of what the recogniser made of those words ("Salman"), each leader's name
 * in the other script, and the holders of the offices it names without a name ("نظيره الروسي",
 * "the Iranian president": offices.ts).
 */
export function withLeaders(
  tokens: readonly Token[],
  people: readonly ParticipantMention[],
  known: KnownLeaders,
): ParticipantMention[] {
  const named = people.map((p) => (p.kind === 'person' ? inBothScripts(p, known) : p));
  for (let i = 0; i < tokens.length; i++) {
    const hit = known.shortFormAt(tokens, i);
    // "Mohammad bin Salman bin Abdulaziz Al Saud", "محمد بن سلمان": after bin, the leader is someone's father.
    if (!hit || (i > 0 && FATHER_WORDS.has(tokens[i - 1]!.key))) continue;
    // A full name keeps the text's spelling in its own script ("Abdel Fattah El-Sisi"); a short form ("King Salman") takes the leader's.
    const written = hit.full ? wordsOf(tokens, i, i + hit.words, hit.leader) : null;
    const arabic = written !== null && ARABIC_LETTER.test(written);
    const name = written && !arabic ? written : hit.leader.name;
    const nameAr = written && arabic ? written : hit.leader.nameAr;
    // (up to the next word: "King Salman bin Abdulaziz" is read by the recogniser as "Salman bin Abdulaziz")
    const [from, to] = [tokens[i]!.start, tokens[i + hit.words]?.end ?? Infinity];
    const read = named.findIndex((p) => p.kind === 'person' && p.start >= from && p.start < to);
    // The person read there keeps where their title starts (a place in it is their post), with the leader's names.
    if (read >= 0) named[read] = { ...named[read]!, name, nameAr };
    else named.push({ kind: 'person', name, nameAr, role: null, start: from, ...titleBefore(tokens, i) });
    i += hit.words - 1;
  }
  const arabic = ARABIC_LETTER.test(tokens.find((t) => LETTER.test(t.text))?.text ?? '');
  if (arabic) titledSurnames(tokens, named, known);
  else surnamesAlone(tokens, named, known);
  return [...withOrganisationHeads(tokens, withOfficeHolders(tokens, named, known, arabic), known, arabic)];
}

/** The furthest a title runs before a name: "ووزير خارجية جمهورية الصين الشعبية وانغ يي". */
const TITLE_WORDS_BEFORE = 5;

/**
 * Where the title of the name at tokens[at] starts, when the words right before it hold one
 * ("ووزير خارجية الصين وانغ يي", no comma between): in a list of guests, the countries from there
 * on are that guest's, not the one's before.
 */
function titleBefore(tokens: readonly Token[], at: number): { titleStart?: number } {
  let title: Token | undefined;
  for (let k = at - 1; k >= Math.max(0, at - TITLE_WORDS_BEFORE); k--) {
    if (/[،,.:؛]/.test(tokens[k]!.after)) break;
    if (tokens[k]!.stems.some((s) => ARABIC_TITLES.has(s))) title = tokens[k];
  }
  return title ? { titleStart: title.start } : {};
}

/**
 * "الرئيس ماكرون", "الموفد الفرنسي لودريان": a title (and a country's adjective) before the family
 * name of a leader of the year is that leader; a surname read alone there takes their full name.
 */
/**
 * Titles of sovereigns and princes (folded): they name a king or a prince by his given name, never a
 * family name ("الملك حسين", "الأمير فيصل"). (الشيخ is everyone's honorific: "الشيخ قاسم" is a surname.)
 */
const SOVEREIGN = new Set(['ملك', 'امير', 'سلطان', 'بابا', 'عاهل'].map(nameKey));

function titledSurnames(tokens: readonly Token[], read: ParticipantMention[], known: KnownLeaders): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const title = tokens[i]!;
    // (a sovereign is named by the given name: "الملك حسين" is no Hussein of the year)
    if (!title.stems.some((s) => ARABIC_TITLES.has(s) && !SOVEREIGN.has(s)) || /[،,.:؛]/.test(title.after)) continue;
    let at = i + 1;
    // (a country's name or adjective between the title and the name: "الرئيس السوري بشار"; not "قائد الجيش …")
    if (
      countryAfter(tokens, at, gazetteer().entries, true) &&
      !/[،,.:؛]/.test(tokens[at]!.after) &&
      at + 1 < tokens.length
    )
      at++;
    const word = tokens[at]!;
    // ("سمو الشيخ": a title after a title is no family name, whoever is called حسين الشيخ; nor is a word no
    // name has, "الوزير كان", "رئيس دار", nor a verb)
    if (word.stems.some((s) => ARABIC_TITLES.has(s) || ARABIC_NOT_NAMES.has(s) || ARABIC_VERBS.has(s))) continue;
    const office = officeOfTitle(
      tokens
        .slice(i, at)
        .map((t) => t.text)
        .join(' '),
    );
    const leader = word.stems.map((s) => known.bySurname(s, office)).find((l) => l !== null);
    if (!leader) continue;
    const here = read.findIndex((p) => p.kind === 'person' && p.start >= title.start && p.start <= word.start);
    const alone =
      here >= 0 && read[here]!.start === word.start && surnameAndOtherWords(read[here]!, leader, word, tokens[at + 1]);
    if (here >= 0 && !alone) continue;
    const names = { name: leader.name, nameAr: leader.nameAr };
    if (alone) read[here] = { ...read[here]!, ...names };
    else read.push({ kind: 'person', ...names, role: null, start: word.start, titleStart: title.start });
    // "الرئيسان بوتين وأردوغان": the next word, past its و, the family name of another leader of the year.
    const next = tokens[at + 1];
    const other =
      next && /^و/.test(next.key) ? (next.stems.map((s) => known.bySurname(s, office)).find((l) => l) ?? null) : null;
    if (other && other !== leader && !/[،,.:؛]/.test(word.after))
      read.push({ kind: 'person', name: other.name, nameAr: other.nameAr, role: null, start: next!.start });
    i = at;
  }
}

/**
 * The name read at a leader's family name is that name alone, or it and words that are no part of
 * the leader's name: "الرئيس تبون يحل بتونس", "الرئيس الأميركي ترمب اعترافه" (a word in ال after it
 * makes it a given name: "الرئيس عون الخصاونة", as does a given name's own: "محمود عباس").
 */
function surnameAndOtherWords(
  read: ParticipantMention,
  leader: Leader,
  surname: Token,
  next: Token | undefined,
): boolean {
  const words = nameKeyOf(read.nameAr ?? '').split(' ');
  if (words.length === 1) return true;
  // (nor a given name: "الرئيس الفلسطيني محمود عباس" is no Mohamud of the year)
  if (!next || /^ال/.test(next.text) || surname.given !== NOT_GIVEN) return false;
  const theirs = new Set(nameKeyOf(leader.nameAr).split(' '));
  return words.slice(1).every((w) => !theirs.has(w));
}

/** A person the lexicon knows by the name found, with the other script's name filled in. */
function inBothScripts(person: ParticipantMention, known: KnownLeaders): ParticipantMention {
  if (person.name && person.nameAr) return person;
  const leader = known.named(person.name ?? person.nameAr ?? '') ?? byInitials(person.name, known);
  return leader ? { ...person, name: person.name ?? leader.name, nameAr: person.nameAr ?? leader.nameAr } : person;
}

/** "S Jaishankar", "S.M. Qureshi": initials and a surname, the leader of that surname whose names they open. */
function byInitials(name: string | null, known: KnownLeaders): Leader | null {
  const words = name?.split(/[\s.]+/).filter(Boolean) ?? [];
  const initials = words.slice(0, -1);
  if (initials.length === 0 || !initials.every((w) => /^[A-Z]$/.test(w))) return null;
  const leader = known.bySurname(nameKeyOf(words.at(-1)!), null);
  const given = leader?.name.split(' ') ?? [];
  return leader && initials.every((w, k) => given[k]?.startsWith(w)) ? leader : null;
}

const ARABIC_LETTER = /[\u0600-\u06FF]/;
const LETTER = /\p{L}/u;

/** tokens[from, to) as the text writes them, without a list's و before a name that does not open with it ("وسالم"). */
function wordsOf(tokens: readonly Token[], from: number, to: number, leader: Leader): string {
  const written = tokens
    .slice(from, to)
    .map((t) => t.text)
    .join(' ');
  return written.startsWith('و') && !leader.nameAr.startsWith('و') ? written.slice(1) : written;
}

const CAPITALISED_LATIN = /^[A-Z][a-z]/;
const HOSTED = new Set(['hosted', 'received', 'welcomed', 'chaired', 'attended', 'joined', 'met', 'greeted']);
const ARAB_FAMILY_NAME = /(?:^|\s)(?:al|el|Al|El)[- ]\S+$/;
/** Nouns a name before them qualifies: "the Trump plan", "Biden administration officials". */
// prettier-ignore
const QUALIFIED_NOUNS = new Set(['administration', 'officials', 'official', 'plan', 'government', 'camp', 'era', 'doctrine', 'team', 'aides', 'allies', 'supporters', 'forces', 'rebels', 'militia', 'movement', 'family', 'tribal', 'owners', 'leaders', 'cabinet', 'campaign', 'policy', 'policies', 'regime', 'loyalists']);

/**
 * "Erdogan met Biden", "Putin and Xi": in English a leader of the year is named by the family name
 * alone when it is theirs only (bySurname), no given name (Abbas, Salman), no place, and stands
 * alone (no capitalised word clinging before or after it: "Jared Kushner", "President Erdogan" are
 * read as names), not in the possessive ("Biden's envoy" is not Biden).
 */
function surnamesAlone(tokens: readonly Token[], named: ParticipantMention[], known: KnownLeaders): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!CAPITALISED_LATIN.test(t.text) || t.key.length < 4 || t.given === GIVEN || POSSESSIVE.test(t.text)) continue;
    const [before, after] = [tokens[i - 1], tokens[i + 1]];
    if (before && before.after === '' && CAPITALISED_LATIN.test(before.text)) continue;
    // ("a drone strike ordered by Trump": the agent of a deed; "hosted by Erdogan" is a host)
    if (before?.key === 'by' && !HOSTED.has(tokens[i - 2]?.key ?? '')) continue;
    if (after && t.after === '' && (CAPITALISED_LATIN.test(after.text) || after.key === 's')) continue;
    // "the Biden administration", "Houthi officials": the name qualifies a noun; "Cohen, a former Mossad official": another
    if (after && (t.after === '' ? QUALIFIED_NOUNS.has(after.key) : t.after.includes(',') && /^[a-z]/.test(after.text)))
      continue;
    if (gazetteer().entries.has(t.key) || named.some((p) => p.kind === 'person' && p.start === t.start)) continue;
    const leader = known.bySurname(t.key, null);
    // (an Arab family name in al- is many people's: al-Maliki, al-Bashir, al-Houthi)
    if (leader && !ARAB_FAMILY_NAME.test(leader.name))
      named.push({ kind: 'person', name: leader.name, nameAr: leader.nameAr, role: null, start: t.start });
  }
}
