/**
 * The meeting words of a clause: the nouns and verbs that make a meeting (اجتماع، قمة، التقى,
 * talks, summit), and whether one points back to a meeting already named (الاجتماع, the meeting).
 */
import { nameKey, withoutDiacritics, nameKeyOf } from '../names/normalize.js';
import type { Token } from './clauses.js';
import type { SessionFormat } from './mentions.js';
import { VISIT_NOUNS } from './meeting-words.js';
import { byPhone } from './phone-calls.js';
import { visitingAsAdjective } from './place-words.js';
import { courtesyCall, satDownWith, someoneNamedAfter, talkedWithSomeone } from './english-verbs.js';
import { someOf } from './series.js';

const DEMONSTRATIVES = new Set(['هذا', 'هذه', 'ذلك', 'تلك', 'the', 'this', 'that']);

/** A meeting word: the token, its index among the clause's, the meeting noun it stands for. */
export interface MeetingWord {
  token: Token;
  index: number;
  noun: string;
  /** An ordinal of a series ("الأول في ميونخ"): a meeting of the members of the one in hand. */
  series?: true;
  /** The plural talks a verb of holding holds past its day and place ("يعقد …، جلسات مباحثات مع كل من …"): its guests follow them. */
  held?: Token;
}

/** The meeting words of a clause (اجتماع، قمة, talks, summit …), each with the noun it stands for. */
export function meetingWords(tokens: readonly Token[], arabic: boolean): MeetingWord[] {
  const words: MeetingWord[] = [];
  const series = arabic && tokens.some((t) => SERIES.has(t.key));
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    // "بحث مع", "ناقش الوزير، صباح اليوم، مع …": a verb of talks is a meeting word only with مع after it
    const word = !arabic ? englishWord(tokens, index) : arabicWord(tokens, index);
    const ordinal = word === null && series && ordinalMeeting(tokens, index);
    const noun = ordinal ? 'اجتماع' : word;
    // "received a telephone call from", "تحادث هاتفياً مع": a phone call is no meeting.
    if (noun === null || (!VISIT_NOUNS.has(noun) && byPhone(tokens, index, arabic))) continue;
    // "عقد مؤتمراً صحفياً", "ندوة صحفية", "a news conference": the press is told, nobody meets.
    if (pressConference(tokens, index, arabic)) continue;
    // "في إطار هذه الزيارة", "خلال الزيارة", "during the visit": a circumstance of the clause's meeting, not one.
    if (definite(tokens, index) && DURING.has(tokens[index - 1]?.key ?? '') && tokens[index - 1]?.key !== token.key)
      continue;
    if (definite(tokens, index) && DURING.has(tokens[index - 2]?.key ?? '')) continue;
    // "في إطار زيارة رسمية يقوم بها إلى موسكو", "during a visit to Moscow": the visit frames the meeting told before it.
    if (
      VISIT_NOUNS.has(noun) &&
      words.length > 0 &&
      DURING.has(tokens[index - (ARTICLES.has(tokens[index - 1]?.key ?? '') ? 2 : 1)]?.key ?? '')
    )
      continue;
    if (!arabic && asPartOf(tokens, index)) continue;
    // "يعقد مجلس الجامعة اجتماعاً طارئاً": the verb holds the meeting its noun names; one meeting word.
    if (arabic && HOLD_VERBS.test(token.key) && nounFollows(tokens, index)) continue;
    // "لاجتماع وزراء الخارجية، الذي ينعقد في مقر الجامعة": the relative clause goes on about the meeting just named.
    const last = words.at(-1);
    // "يعقد الرئيس السيسي مساء اليوم، في مقر إقامته بمالابو، جلسات مباحثات مع …": the talks the verb before holds, past its day and place.
    if (arabic && last && !last.held && heldBy(tokens, last, index)) {
      last.held = token;
      continue;
    }
    if (last !== undefined && index - last.index <= RELATIVE_REACH && relativeBefore(tokens, index)) continue;
    // "meet in consultations", "Ministerial Council meeting": one meeting word, named twice; the last is the head.
    // "the 7th round of the Geneva talks": the round, and the talks it is of.
    if (
      !arabic &&
      last !== undefined &&
      (index - last.index <= 2 || roundOf(tokens, last, index) || visitFor(tokens, last, index)) &&
      !/[,.;:]/.test(tokens[index - 1]!.after)
    ) {
      words[words.length - 1] = { token, index, noun };
      continue;
    }
    // "جولة محادثات", "جلسة مباحثات": one meeting word, the round; the noun after names what it holds.
    // "اجتماع منتدى حوار التعاون", "مؤتمر قمة": a meeting noun and the bare noun it is of, one meeting word.
    if (arabic && last?.index === index - 1 && !/[،,.:؛]/.test(tokens[index - 1]!.after)) {
      if (ROUNDS.has(last.noun)) {
        last.noun = noun;
        continue;
      }
      if (bareNoun(last.token) && bareNoun(token)) continue;
    }
    words.push(ordinal ? { token, index, noun, series: true } : { token, index, noun });
  }
  return words;
}

/** A clause about a series of meetings: "هو الثالث من نوعه", "عقدوا اجتماعين". */
const SERIES = new Set(['نوعه', 'اجتماعين', 'لقاءين', 'جولتين', 'قمتين', 'اجتماعان', 'لقاءان'].map(nameKey));
/** Ordinals standing for a meeting of the series (الأول، والثاني، أولهما، وثانٍ). */
const ORDINALS = new Set(['اول', 'ثاني', 'ثان', 'ثالث', 'رابع', 'اولهما', 'ثانيهما', 'اولها', 'ثانيها'].map(nameKey));
/** What follows an ordinal that stands for a meeting: where, or a verb of holding ("وثانٍ عقد في تموز"). */
const AFTER_ORDINAL = /^(?:في|عقد\S*|انعقد\S*|جري|جرت|استضاف\S*)$/;

/** "بعد أن عقد الأول في ميونخ في شباط 2020، والثاني في تموز": an ordinal of a series, not an adjective of a noun. */
function ordinalMeeting(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (!token.stems.some((stem) => ORDINALS.has(stem))) return false;
  if (index > 0 && tokens[index - 1]!.arabicNoun !== null && !/[،,]/.test(tokens[index - 1]!.after)) return false;
  return AFTER_ORDINAL.test(tokens[index + 1]?.key ?? '');
}

/** "round of the Geneva talks": a round, then at most four words ("of", "the", capitalised names) before the noun it is a round of. */
function roundOf(tokens: readonly Token[], last: MeetingWord, index: number): boolean {
  if (last.noun !== 'Round' || index - last.index > 5) return false;
  return tokens.slice(last.index + 1, index).every((t) => t.key === 'of' || t.key === 'the' || /^[A-Z]/.test(t.text));
}

/** "will visit Moscow for talks with Lavrov next week", "visiting Ankara to hold talks": the talks are the visit's. */
function visitFor(tokens: readonly Token[], last: MeetingWord, index: number): boolean {
  if (
    last.noun !== 'Visit' ||
    index - last.index > 5 ||
    tokens.slice(last.index, index).some((t) => /[,.;:]/.test(t.after))
  )
    return false;
  const before = tokens[index - 1]!.key;
  return before === 'for' || (before === 'hold' && tokens[index - 2]?.key === 'to');
}

/** "مؤتمر صحفي", "ندوة صحافية", "press conference", "news briefing": a meeting word the press takes. */
function pressConference(tokens: readonly Token[], index: number, arabic: boolean): boolean {
  if (arabic) return PRESS_AR.test(tokens[index + 1]?.key ?? '');
  return PRESS_EN.has(tokens[index - 1]?.key ?? '');
}
const PRESS_AR = /^(?:ال)?صحا?في(?:ا|ه)?$/;
const PRESS_EN = new Set(['press', 'news']);

/** "as part of the continuing consultations": the frame of what the clause tells, not a meeting. */
function asPartOf(tokens: readonly Token[], index: number): boolean {
  for (let k = index - 2; k >= 1 && k >= index - 5; k--)
    if (tokens[k]!.key === 'part' && tokens[k - 1]!.key === 'as' && tokens[k + 1]!.key === 'of') return true;
  return false;
}

/** Words before a meeting word that make it the circumstance of another ("في إطار هذه الزيارة", "during the visit"). */
const DURING = new Set(['اطار', 'خلال', 'during']);
/** An article or a possessive between "during" and its visit ("during a visit", "during his visit"). */
const ARTICLES = new Set(['a', 'an', 'his', 'her', 'their', 'its']);

/** Meeting nouns as a construct writes them, without article, preposition or ending (folded): اجتماع منتدى, مؤتمر قمة. */
const BARE_NOUNS = new Set(
  ['اجتماع', 'لقاء', 'قمة', 'مؤتمر', 'منتدى', 'ملتقى', 'ندوة', 'محادثات', 'مباحثات', 'مشاورات', 'جلسة', 'جولة'].map(
    nameKey,
  ),
);

/** The word is a meeting noun alone (or after و): the head or the second term of a construct. */
function bareNoun(token: Token): boolean {
  return BARE_NOUNS.has(token.key) || (token.key.startsWith('و') && BARE_NOUNS.has(token.key.slice(1)));
}

/** Meeting nouns that name a round of what the noun after them names (جولة محادثات، جلسة مباحثات). */
const ROUNDS = new Set(['جولة', 'جلسة']);

/** What one meets that is no one: "to meet shared challenges", "met the deadline". */
const MET_THINGS = new Set([
  'challenge',
  'challenges',
  'demand',
  'demands',
  'need',
  'needs',
  'target',
  'targets',
  'goal',
  'goals',
  'deadline',
  'deadlines',
  'expectations',
  'requirements',
  'obligations',
  'commitments',
  'criteria',
  'conditions',
]);
const MEET_VERB = new Set(['meet', 'meets', 'met']);
/** How many words may stand between "meet" and what is met ("to meet the shared security challenges"). */
const MET_REACH = 4;

/** "meet" whose object is a thing, not a person: "to meet shared challenges". */
function meetsAThing(tokens: readonly Token[], index: number): boolean {
  if (!MEET_VERB.has(tokens[index]!.key)) return false;
  for (let k = index + 1; k < tokens.length && k <= index + MET_REACH; k++)
    if (MET_THINGS.has(tokens[k]!.key)) return true;
  return false;
}

function englishWord(tokens: readonly Token[], index: number): string | null {
  const token = tokens[index]!;
  // ("Dialogue between the parties …" opening a sentence is capitalised as any first word is: no forum's name.)
  if (token.englishNoun === 'Dialogue' && (index === 0 || /[.:!?]\s*$/.test(tokens[index - 1]!.after))) return null;
  if (token.englishNoun)
    return meetsAThing(tokens, index) || visitingAsAdjective(tokens, index) ? null : token.englishNoun;
  // "called on President Ghani", "sat down with", "discussed … with" (the verbs: meeting-words.ts, told once per word)
  const verb = token.englishVerb;
  if (verb === null) return null;
  if (verb === 'call') return courtesyCall(tokens, index) ? 'Meeting' : null;
  if (verb === 'sit') return satDownWith(tokens, index) ? 'Talks' : null;
  if (verb === 'talkWith') return talkedWithSomeone(tokens, index) ? 'Talks' : null;
  if (verb === 'welcome') return someoneNamedAfter(tokens, index) ? 'Meeting' : null;
  return withAfter(tokens, index, 'with') ? 'Talks' : null;
}

/** "أعمال الدورة", "الدورة العادية لمجلس …": a council's session (not a tournament, a term or a course). */
const SESSION_BEFORE = new Set(['اعمال', 'واعمال', 'افتتاح', 'لافتتاح']);
const SESSION_AFTER =
  /^(?:عاديه|غير|استثنائيه|طارئه|[0-9٠-٩]+|(?:ال)?(?:اولي|ثانيه|ثالثه|رابعه|خامسه|سادسه|سابعه|ثامنه|تاسعه|عاشره|حاديه))$/;

function arabicWord(tokens: readonly Token[], index: number): string | null {
  const token = tokens[index]!;
  // ("الشؤون الاجتماعية", "مبادرة اجتماعية": ية ends an adjective, not a dual's "his two meetings", اجتماعيه)
  if (token.arabicNoun) return ADJECTIVE.test(withoutDiacritics(token.text)) ? null : token.arabicNoun;
  if (token.talksVerb && withAfter(tokens, index, 'مع')) return 'محادثات';
  // "افتتاح أعمال الجمعية العامة للأمم المتحدة", "أعمال مجلس الجامعة": the proceedings of an assembly are its session
  // (not "جدول أعمال", the agenda, nor "رجال الأعمال").
  if (token.stems.includes('اعمال') && proceedingsOf(tokens, index)) return 'جلسة';
  if (token.stems.includes('دوره') && sessionOfItsOwn(tokens, index)) {
    const before = tokens[index - 1]?.key;
    const after = tokens[index + 1]?.key ?? '';
    if ((before !== undefined && SESSION_BEFORE.has(before)) || SESSION_AFTER.test(after)) return 'جلسة';
  }
  return null;
}

/** An adjective: a word with the article ending in ية or يه (الاجتماعية "social"), or any ending in ية (اجتماعية; "his two meetings" is written اجتماعيه). */
const ADJECTIVE = /^[وفبلك]?ال\S+ي[ةه]$|\Sية$/;

/** أعمال right before an assembly or a council with the article, not after جدول or رجال. */
function proceedingsOf(tokens: readonly Token[], index: number): boolean {
  if (NOT_PROCEEDINGS.has(tokens[index - 1]?.key ?? '') || /[،,.:؛]/.test(tokens[index]!.after)) return false;
  const next = tokens[index + 1];
  return next !== undefined && /^(?:جمعيه|مجلس)$/.test(next.key) && /^[وب]?ال/.test(next.text);
}
const NOT_PROCEEDINGS = new Set(['جدول', 'رجال', 'سيدات', 'رواد']);

/** How far a session's own meeting noun may follow it ("الدورة الثانية والثلاثين لمجلس الجامعة على مستوى القمة"). */
const SESSION_REACH = 10;

/** Not "على هامش الدورة" (the session beside which a meeting is held), nor a session whose meeting noun follows ("… على مستوى القمة"). */
function sessionOfItsOwn(tokens: readonly Token[], index: number): boolean {
  if (tokens[index - 1]?.key === 'هامش' || tokens[index - 2]?.key === 'هامش') return false;
  for (let k = index + 1; k < tokens.length && k <= index + SESSION_REACH; k++) if (tokens[k]!.arabicNoun) return false;
  return true;
}

/** Verbs of holding (يعقد، تعقد، سيعقد): their object is the meeting noun after them. */
const HOLD_VERBS = /^[وف]?(?:س|ل)?[يت]عقد(?:ان|ون|ا)?$/;
/** Talks in the plural (لقاءات، اجتماعات، مباحثات، محادثات): held with each of a list, past the verb's day and place. */
const HELD_LIST = /^[وف]?(?:ال)?(?:لقاءات|اجتماعات|مباحثات|محادثات)$/;
/** Words that end the verb's own phrase before such talks: another deed ("ثم", "قبل أن يبدأ محادثات"; not "بعد ظهر اليوم"). */
const NOT_HELD = new Set(['ثم', 'حيث', 'أن'].map(nameKey));
/** A verb joined by و after a comma ("، ويعقد", "، وسيلتقي"): another deed, not "، وفقاً للبرنامج" or "، وسط حضور". */
const AND_VERB = /^وس?[يت]\S{2,}/;

/** The talks at `index` are those the verb of holding `verb` holds: within twice its reach, no other deed or "، و…" between. */
function heldBy(tokens: readonly Token[], verb: MeetingWord, index: number): boolean {
  if (!HOLD_VERBS.test(verb.token.key) || index - verb.index > 2 * HOLD_REACH || !HELD_LIST.test(tokens[index]!.key))
    return false;
  for (let k = verb.index + 1; k < index; k++) {
    if (NOT_HELD.has(tokens[k]!.key)) return false;
    if (/[،,]/.test(tokens[k - 1]!.after) && AND_VERB.test(tokens[k]!.text)) return false;
  }
  return true;
}
/** How far after its verb the meeting noun may come: the body that holds it stands between. */
const HOLD_REACH = 10;

function nounFollows(tokens: readonly Token[], index: number): boolean {
  for (let k = index + 1; k < tokens.length && k <= index + HOLD_REACH; k++) {
    if (tokens[k]!.arabicNoun !== null) return true;
    if (/[،,.]/.test(tokens[k]!.after)) return false;
  }
  return false;
}

/** Relative pronouns: a meeting word after one is said of the meeting named before it. */
const RELATIVE = new Set(['الذي', 'التي', 'والذي', 'والتي', 'which']);
/** How far (in words) a meeting word may follow the meeting it continues ("the summit, which Egypt hosts"). */
const RELATIVE_REACH = 10;

/** A relative pronoun among the few words before word `index` ("الذي كان مقرراً أن يلتئم"). */
function relativeBefore(tokens: readonly Token[], index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - 4; k--) if (RELATIVE.has(tokens[k]!.key)) return true;
  return false;
}

/** A meeting word that points back (الاجتماع، هذا الاجتماع, the meeting) rather than introducing one. */
export function definite(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  // "سلسلة من اللقاءات", "عددا من الاجتماعات": some of a kind, told for the first time.
  if (someOf(tokens, index)) return false;
  // التقى is a verb whose first letters only look like the article.
  return /^(?:[وفبلك]{0,2})ال(?!تق)/.test(token.text) || (previous !== undefined && DEMONSTRATIVES.has(previous.key));
}

/**
 * A meeting noun told as one of the visit in hand, in its tense: with its owner ("اجتماعه",
 * "لقائهما", "his meeting") or as another ("اجتماع آخر", "another meeting").
 */
export function oneOfTheVisit(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.arabicNoun !== null) {
    // The noun itself with a pronoun, not a verb with its object ("يعقدها", "استقبله"); ة is not ه ("جولة").
    const noun = nameKeyOf(token.arabicNoun).slice(0, -1);
    return (
      (OWNER.test(token.text) && token.stems.some((stem) => stem.startsWith(noun))) || tokens[index + 1]?.key === 'اخر'
    );
  }
  return POSSESSIVES.has(tokens[index - 1]?.key ?? '');
}
const OWNER = /(?:ه|ها|هما|هم)$/;
const POSSESSIVES = new Set(['his', 'her', 'their', 'another']);

/**
 * The session a meeting word names by the words around it: its leaders alone ("لقاء مغلق",
 * "اجتماع منفرد", "one-on-one talks", "talks in restricted format", "الاجتماع الثنائي" right after its noun) or with
 * their delegations ("اجتماع ثنائي موسع", "the expanded meeting"); undefined when they say neither.
 */
export function sessionFormat(tokens: readonly Token[], index: number, arabic: boolean): SessionFormat | undefined {
  // The words on the noun's own side tell it first: "وأعقب الجلسة الموسعة اجتماع منفرد" is the expanded session,
  // then the closed one (an Arabic adjective follows its noun, an English one stands before it).
  const [own, other] = arabic ? [1, -1] : [-1, 1];
  const said = (step: number): SessionFormat | undefined => {
    for (let d = 1; d <= FORMAT_REACH; d++) {
      const at = index + step * d;
      const t = tokens[at];
      // (within its phrase: "بين الوفدين، عقد الرئيسان اجتماعا ثنائيا" is another session's delegations)
      if (t === undefined || /[،,.:؛;]/.test(tokens[step > 0 ? at - 1 : at]!.after)) return undefined;
      if (EXPANDED.has(t.key)) return 'expanded';
      if (CLOSED.has(t.key)) return 'closed';
    }
    return undefined;
  };
  // "الاجتماع الثنائي", "جلسة مباحثات ثنائية" (the bilateral beside an expanded one), not "العلاقات الثنائية"
  const after = tokens[index + 1]?.arabicNoun ? tokens[index + 2] : tokens[index + 1];
  return said(own) ?? (BILATERAL.has(after?.key ?? '') ? 'closed' : said(other));
}
const BILATERAL = new Set(['ثنائي', 'ثنائيا', 'ثنائية', 'الثنائي', 'الثنائية'].map(nameKey));
/** How far from the meeting word its format is told: "جلسة مباحثات ثنائية", "talks in restricted format". */
const FORMAT_REACH = 3;
const EXPANDED = new Set(
  [
    'موسع',
    'موسعا',
    'موسعة',
    'الموسع',
    'الموسعة',
    // "محادثات ثنائية بين وفدي البلدين": the delegations sit in it
    'وفدي',
    'الوفدين',
    'expanded',
    'enlarged',
    'delegation-level',
  ].map(nameKey),
);
const CLOSED = new Set(
  [
    'مغلق',
    'مغلقا',
    'مغلقة',
    'المغلق',
    'المغلقة',
    'منفرد',
    'منفردا',
    'المنفرد',
    'انفراد',
    'one-on-one',
    'restricted',
    'tete-a-tete',
  ].map(nameKey),
);

/** How far after a verb of talks its مع may come: the subject and a day can stand between ("ناقش وزير الداخلية فتحي باشاغا، صباح اليوم الأحد، مع …"). */
const WITH_REACH = 12;

function withAfter(tokens: readonly Token[], index: number, word: string): boolean {
  for (let k = index + 1; k < tokens.length && k <= index + WITH_REACH; k++) if (tokens[k]!.key === word) return true;
  return false;
}
