/**
 * Bodies the gazetteer does not know, told by their head word: a council, a committee, a forum,
 * a front, a party, a government, an opposition ("مجلس التنسيق السعودي الكويتي", "اللجنة الوزارية
 * العربية", "the Saudi-Kuwaiti Coordination Council", "the Syrian opposition"). News names them as
 * the ones meeting as often as it names people, and no list of the world's bodies is complete.
 *
 * A name is kept as the text writes it. A government or an opposition named by its country's
 * adjective is a party only as a delegation or after مع / with, and is named in both scripts
 * ("وفد الحكومة السورية" / "Syrian government delegation").
 */
import { nameKey, nameKeyOf } from '../names/normalize.js';
import type { Token } from './clauses.js';
import type { Mentions } from './mentions.js';
import { arabicAdjectives, gazetteer, type Country, type Organization } from './gazetteer/index.js';
import { ENGLISH_ADJECTIVES } from './gazetteer/parties.js';
import { ARABIC_BODY_HEADS, ARABIC_TITLES, ENGLISH_BODY_HEADS, fold } from './meeting-words.js';
import { countryAfter } from './name-context.js';
import { capitalised } from './place-words.js';

interface NamedBody {
  name: string | null;
  nameAr: string | null;
  start: number;
  end: number;
}

/** Heads that name a body only without their article: "حركة النهضة", not "الحركة الدبلوماسية". */
const NAMED_ONLY_IN_CONSTRUCT = fold(['حركة', 'جماعة', 'تيار']);

/** Modifiers that say nothing of which body it is: "اللجنة المشتركة الجديدة", "المجلس الحالي". */
// prettier-ignore
const ARABIC_VAGUE = fold(['الجديدة', 'الجديد', 'الحالية', 'الحالي', 'السابقة', 'السابق', 'المقبلة', 'المقبل', 'الماضية', 'الماضي', 'الأخيرة', 'الأخير', 'الأولى', 'الأول', 'الثانية', 'الثاني', 'الثالثة', 'الثالث', 'الرابعة', 'الخامسة', 'المذكورة', 'المذكور', 'المعنية', 'المعني', 'المختصة', 'المكلفة', 'المنعقدة', 'المنعقد', 'المرتقبة', 'المرتقب', 'المقررة', 'المقرر', 'المزمع', 'الرامية', 'الموسعة', 'الطارئة', 'العادية', 'الدورية', 'العامة', 'العام']);

/** Words that end a body's name though they take the article: a relative pronoun, a day, a title ("مجلس النواب الدكتور …"). */
// prettier-ignore
const ARABIC_STOPS = fold(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اليوم', 'الليلة', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الدكتور', 'القاضي', 'السيد', 'السيدة', 'الشيخ', 'المستشار', 'الأمير', 'اللواء', 'الفريق', 'العميد', 'السفير', 'الرئيس', 'الوزير', 'الأستاذ', 'المهندس', 'النائب', 'الملك', 'السلطان', 'الإمام', 'الأمين']);

/** Words of an office held in a body beside the titles (عضو اللجنة، الأمانة العامة لـ …): the body named right after them is part of someone's title. */
const OFFICE_WORDS = fold(['عضو', 'زعيم', 'رؤساء', 'عام', 'عامة', 'أمانة']);

/** Bodies of a state, named by its adjective: a party to talks (the government, the opposition). */
const STATE_SIDES: Readonly<Record<string, string>> = {
  [nameKey('حكومة')]: 'government',
  [nameKey('معارضة')]: 'opposition',
};
const ARABIC_SIDES: Readonly<Record<string, string>> = { government: 'الحكومة', opposition: 'المعارضة' };
const DELEGATION = nameKey('وفد');

/** Lower-case words a capitalised name may hold between its capitalised ones ("Friends of the Syrian People"). */
const ENGLISH_JOINS = new Set(['of', 'the', 'for', 'on', '&']);
/** Joins that carry a name on past its head: "Council of the Arab League", "Conference on Syria". */
const CARRY_ON = new Set(['of', 'on', 'for']);
/** First words that are no body's: an article, a possessive's owner, a determiner. */
const NOT_FIRST = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'its', 'his', 'her', 'their', 'our', 'news']);
// prettier-ignore
const CALENDAR_WORDS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Sides of a state in English: "the Syrian government", "Syrian opposition delegation". */
const ENGLISH_SIDES = new Set(['government', 'opposition']);

/** The country a word is the adjective of; in Arabic, or its name (سورية is Syria and Syrian). */
const adjectiveCountry = (token: Token | undefined, arabic: boolean): Country | null =>
  token === undefined ? null : countryAfter([token], 0, gazetteer().entries, arabic);

/** A state's side (or its delegation) in both scripts: "Syrian government delegation", "وفد الحكومة السورية". */
function stateSide(
  country: Country,
  side: string,
  delegation: boolean,
): { name: string | null; nameAr: string | null } {
  const english = ENGLISH_ADJECTIVES[country.code]?.[0];
  // The feminine of a one-word adjective (سوري: سورية); "كوري شمالي" takes the article on both words: left out.
  const arabic = arabicAdjectives(country.code, country.nameAr).find((a) => a.endsWith('ة') && !a.includes(' '));
  return {
    name: english ? `${english} ${side}${delegation ? ' delegation' : ''}` : null,
    nameAr: arabic ? `${delegation ? 'وفد ' : ''}${ARABIC_SIDES[side]} ال${arabic}` : null,
  };
}

/** Words before a party: "مع الحكومة السورية", "between the government and the opposition". */
const PARTY_CUES = new Set(['مع', 'بين', 'with', 'between', 'and']);

/** "بالحكومة", "والمعارضة السورية", or مع / with right before: the side is one of those meeting. */
function asParty(head: Token, before: Token | undefined): boolean {
  return /^[بو]ال/.test(head.text) || (before !== undefined && PARTY_CUES.has(before.key));
}

/** A word in the article (its marks aside: المُقبل). */
const STARTS_DEFINITE = /^ال(?:[\u0621-\u064A]|[\u064B-\u0652]){2,}/;

/** The word as a name writes it, its clinging conjunction or preposition off: والتكتل التكتل, للجنة اللجنة, لمجلس مجلس. */
function bare(token: Token): string {
  const { text } = token;
  if (/^[وفبك]ال/.test(text)) return text.slice(1);
  // لل is ل + ال, the article's lam dropped: للجنة is ل + اللجنة, للتغيير ل + التغيير.
  if (text.startsWith('لل')) return ARABIC_BODY_HEADS.has(nameKeyOf(text.slice(1))) ? `ا${text}` : `ال${text.slice(2)}`;
  if (/^[وفبلك]/.test(text) && !ARABIC_BODY_HEADS.has(token.key) && ARABIC_BODY_HEADS.has(nameKeyOf(text.slice(1))))
    return text.slice(1);
  return text;
}

/** Punctuation after a word ends a name. */
const ends = (t: Token) => /[،,.:;؛"«»()]/.test(t.after);

/** A title or an office word right before: "رئيس مجلس الوزراء", "عضو اللجنة المركزية", "head of the …", "member of the …". */
const afterOffice = (t: Token | undefined) =>
  t !== undefined &&
  (t.title || t.key === 'member' || t.stems.some((s) => ARABIC_TITLES.has(s) || OFFICE_WORDS.has(s)));

function arabicBodies(tokens: readonly Token[]): NamedBody[] {
  const bodies: NamedBody[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!;
    const headKey = head.stems.find((s) => ARABIC_BODY_HEADS.has(s));
    if (headKey === undefined || head.quoted || ends(head) || afterOffice(tokens[i - 1])) continue;
    const definite = /^(?:[وفبلك]?ال|لل)/.test(head.text);
    if (definite && NAMED_ONLY_IN_CONSTRUCT.has(headKey)) continue;
    const words = [bare(head)];
    let last = i;
    for (let k = i + 1; k < tokens.length && k - i <= 6; k++) {
      const t = tokens[k]!;
      // "اللجنة التنفيذية لمنظمة التحرير": a body of a body.
      const ofBody = k > i + 1 && /^ل[^ل]/.test(t.text) && t.stems.some((s) => ARABIC_BODY_HEADS.has(s));
      if ((!STARTS_DEFINITE.test(t.text) || ARABIC_STOPS.has(t.key)) && !ofBody) break;
      words.push(t.text);
      last = k;
      if (ends(t)) break;
    }
    // Vague modifiers at the end say nothing of which body ("اللجنة المشتركة الجديدة").
    while (last > i && ARABIC_VAGUE.has(tokens[last]!.key)) {
      words.pop();
      last--;
    }
    if (last === i) continue;
    const side = STATE_SIDES[headKey];
    const country = side && last === i + 1 ? adjectiveCountry(tokens[last], true) : null;
    // "الحكومة المؤقتة" is whichever government the story is about; "حكومة الوفاق الوطني" is named.
    if (side && !country && last < i + 2) continue;
    // "وفد الحكومة السورية": the delegation of a side, as written.
    const delegation = side && tokens[i - 1]?.stems.includes(DELEGATION) ? tokens[i - 1]! : null;
    // A state's side is a party as a delegation, or with مع / بين before it ("الحكومة السورية رفضت" is not).
    if (side && !delegation && !asParty(head, tokens[i - 1])) continue;
    const written = [...(delegation ? ['وفد'] : []), ...words].join(' ');
    const both = country && side ? stateSide(country, side, delegation !== null) : null;
    bodies.push({
      name: both?.name ?? null,
      nameAr: written,
      start: (delegation ?? head).start,
      end: tokens[last]!.end,
    });
    i = last;
  }
  return bodies;
}

/** Words a title-case headline leaves in lower case. */
const TITLE_LOWER = new Set(['the', 'and', 'for', 'with', 'from', 'into', 'over', 'amid']);

/** The first word from `k` on that is not a join is capitalised ("of the Syrian People"). */
function capitalisedAfterJoins(tokens: readonly Token[], k: number): boolean {
  while (tokens[k] !== undefined && ENGLISH_JOINS.has(tokens[k]!.key)) k++;
  const first = tokens[k];
  return first !== undefined && capitalised(first);
}
const POSSESSIVE = /['’]s$/;

function englishBodies(tokens: readonly Token[]): NamedBody[] {
  // A headline in title case capitalises every word: no name is told by its capitals there.
  // (a sentence has lower-case words of its own, "met", "opened": a headline capitalises them all but "of", "and" …)
  const titleCase =
    tokens.length >= 4 && tokens.every((t) => capitalised(t) || t.key.length < 3 || TITLE_LOWER.has(t.key));
  const bodies: NamedBody[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "the Syrian government (delegation)": a state's side, named by its adjective.
    const country = ends(t) ? null : adjectiveCountry(t, false);
    const sideWord = tokens[i + 1];
    if (country && sideWord && ENGLISH_SIDES.has(sideWord.key)) {
      const delegation = !ends(sideWord) && tokens[i + 2]?.key === 'delegation' ? tokens[i + 2]! : null;
      const before = tokens[i - 1]?.key === 'the' ? tokens[i - 2] : tokens[i - 1];
      if (delegation || (before !== undefined && PARTY_CUES.has(before.key))) {
        const { name, nameAr } = stateSide(country, sideWord.key, delegation !== null);
        bodies.push({
          name: name ?? `${t.text} ${sideWord.key}${delegation ? ' delegation' : ''}`,
          nameAr,
          start: t.start,
          end: (delegation ?? sideWord).end,
        });
      }
      i += delegation ? 2 : 1;
      continue;
    }
    if (titleCase || !capitalised(t) || t.title || NOT_FIRST.has(t.key)) continue;
    // A run of capitalised words (and the small words between them), up to a title, a date or punctuation.
    let last = i;
    let head = -1;
    for (let k = i; k < tokens.length; k++) {
      const w = tokens[k]!;
      if (w.title || CALENDAR_WORDS.has(w.key) || (k > i && w.key === 'and')) break;
      if (capitalised(w)) {
        last = k;
        if (ENGLISH_BODY_HEADS.has(w.key)) head = k;
      } else if (!(ENGLISH_JOINS.has(w.key) && k > i && capitalisedAfterJoins(tokens, k + 1))) break;
      if (ends(w)) break;
    }
    let start = i;
    i = last;
    if (head < 0 || POSSESSIVE.test(t.text)) continue;
    // "Members of the High Negotiations Committee": a name begins after an "of" that no head comes before.
    for (let k = start; k < head && !ENGLISH_BODY_HEADS.has(tokens[k]!.key); k++)
      if (tokens[k]!.key === 'of') start = tokens[k + 1]!.key === 'the' ? k + 2 : k + 1;
    // The head ends the name, or a join carries it on ("Council of the Arab League"); "Conference Center" is a building.
    const end = head === last ? head : CARRY_ON.has(tokens[head + 1]!.key) ? last : -1;
    if (end < 0 || (head === start && end === start)) continue;
    const name = tokens
      .slice(start, end + 1)
      .map((w) => w.text)
      .join(' ');
    // "West Bank", "Russian Federation": a place or a country, not a body.
    if ((gazetteer().entries.get(nameKeyOf(name)) ?? []).some((e) => e.kind === 'place' || e.kind === 'country'))
      continue;
    // "head of the Arab League …": the body of someone's office.
    const of = tokens[start - 1]?.key === 'the' ? start - 2 : start - 1;
    if (tokens[of]?.key === 'of' && afterOffice(tokens[of - 1])) continue;
    bodies.push({ name, nameAr: null, start: tokens[start]!.start, end: tokens[end]!.end });
  }
  return bodies;
}

/** The bodies a clause names by their head word, in text order. */
function namedBodies(tokens: readonly Token[], arabic: boolean): NamedBody[] {
  return arabic ? arabicBodies(tokens) : englishBodies(tokens);
}

/**
 * The bodies a clause names that the gazetteer does not know ("مجلس التنسيق السعودي الكويتي",
 * "the Syrian opposition"), as parties: not where the gazetteer read an organisation or a venue.
 */
export function withNamedBodies(tokens: readonly Token[], arabic: boolean, mentions: Mentions): void {
  const known = [
    ...mentions.participants.filter((p) => p.kind === 'organization').map((p) => p.start),
    ...mentions.places.filter((p) => p.venue).map((p) => p.start),
    ...mentions.institutions.map((p) => p.start),
  ];
  const bodies = namedBodies(tokens, arabic).filter((b) => !known.some((start) => start >= b.start && start < b.end));
  if (bodies.length === 0) return;
  for (const { name, nameAr, start } of bodies)
    mentions.participants.push({ kind: 'organization', name, nameAr, role: null, start });
  mentions.participants.sort((a, b) => a.start - b.start);
}

/** Words that make a council a state's own: "مجلس الأمن القومي", "National Security Council". */
const NATIONAL = new Set(['قومي', 'وطني', 'national']);

/** "مجلس الأمن الروسي", "Iran's Supreme National Security Council": a state's council, not the UN's. */
export function nationalBody(organization: Organization, tokens: readonly Token[], at: number, next: number): boolean {
  if (organization.name !== 'UN Security Council') return false;
  const { entries } = gazetteer();
  const national = (t: Token | undefined) =>
    t !== undefined &&
    (NATIONAL.has(t.key) || (entries.get(t.key) ?? []).some((e) => e.kind === 'country' && e.adjective));
  return national(tokens[next]) || national(tokens[at - 1]);
}
