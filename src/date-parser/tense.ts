/**
 * The direction a sentence points to, for dates that could be past or future ("في 14 تشرين
 * الثاني" in a report of a meeting that took place). Past-tense verbs and أمس point back;
 * سـ-verbs, سوف, من المقرر and المقبل point forward; the cue nearest the date wins.
 */
import { readings } from './clitics.js';
import type { Tokens } from './tokens.js';
import { WORD } from './tokens.js';
import { shift, weekdayOnOrAfter, weekdayOnOrBefore } from '../time/wall-clock.js';
import type { WallTime } from '../time/wall-time.js';

/** How far ahead a plan told in the past may lie: two days (a weekday three days ahead and four gone by is the past one). */
const PLAN_DAYS_AHEAD = 2;

/**
 * The weekday a plan told in the past names ("had been set for Wednesday", "التي كانت مقررة يوم الخميس"):
 * most often one of the coming days when it is called off, so one within two days ahead, else the last one.
 */
export function plannedWeekday(today: WallTime, weekday: number): WallTime {
  const after = weekdayOnOrAfter(today, weekday, true);
  return after <= shift(today, PLAN_DAYS_AHEAD, 'day') ? after : weekdayOnOrBefore(today, weekday, false);
}

// Verbs of saying (قال, أعلن, ذكر, أفاد...) are left out: what is said is as often a plan as a fact;
// so are دعا / دعت (called for), whose date is the call's aim ("دعا الجانبين لاستئناف المحادثات في 15 آب")
const PAST_VERBS = new Set(
  (
    'عقد عقدت التقي التقت اجتمع اجتمعت زار زارت اكد اكدت بحث بحثت استقبل استقبلت ' +
    'وصل وصلت جري جرت تم تمت شهد شهدت كان كانت اجري اجرت ناقش ناقشت وقع وقعت اختتم اختتمت ' +
    'انعقد انعقدت انطلق انطلقت غادر غادرت حضر حضرت شارك ' +
    'شاركت التقوا اجتمعوا عقدوا زاروا اكدوا قالوا اعلنوا بحثوا ترأس ترأست تراس تراست القي القت ' +
    'طالب طالبت ادان ادانت نفي نفت رحب رحبت اعرب اعربت تلقي تلقت استضاف استضافت وقّع انتهي انتهت بدا بدات ' +
    'اندلع اندلعت سقط سقطت قتل قتلت اصيب اصيبت اسفر اسفرت احتضن احتضنت احتضنته احتضنها ' +
    // the dual of meeting verbs ("التقيا", "اجتمعا"), and verbs of telling someone at a meeting ("أطلعت وليامز الوزير …");
    // not verbs of a topic (استعرض، تناول): "استعرض الترتيبات لزيارة … يوم الاثنين" dates the visit
    'التقيا اجتمعا عقدا اطلع اطلعت ابلغ ابلغت'
  ).split(' '),
);
const PAST_WORDS = new Set([
  'امس',
  'البارحه',
  'الماضي',
  'الماضيه',
  'المنصرم',
  'المنصرمه',
  'الفايت',
  'الفايته',
  'السابق',
]);
const FUTURE_WORDS = new Set([
  'سوف',
  'المقرر',
  'المنتظر',
  'المرتقب',
  'المزمع',
  'المتوقع',
  'يتوقع',
  'تتوقع',
  'يعتزم',
  'تعتزم',
  // "أعلن … عن التوافق على عقد اجتماع … يوم الأول من يونيو": what was agreed is to come
  'التوافق',
  'توافق',
  'ينوي',
  'تنوي',
  'المقبل',
  'المقبله',
  'القادم',
  'القادمه',
  'غدا',
]);
/** Nouns that start like a سـ-verb (سيارة, سنة, ستة ...). */
const NOT_FUTURE = new Set(
  (
    'سياره سيارات سنه سنوات سنوي سنويه سنين ستة سته ستين ستون سيد سيده سيدات سيطره سياسه سياسي سياسيه سياسات ' +
    'سيناريو سيول سيف ستار سناء سيناء سنغافوره سيئ سيئه سيوله ستوكهولم سنت سنتات سنتيمتر سيرين ستوديو ' +
    'سيطرت سيطروا سيارته سياده سيرا سيره سنويا سيناتور سياسيين ستالين'
  ).split(' '),
);

export type Tense = 'past' | 'future';

/** The cue one word (folded, as the tokenizer gives it) gives: 'past', 'future' or null. */
export function tenseCue(folded: string): Tense | null {
  for (const r of readings(folded)) {
    if (r.prep !== '' || r.article) continue;
    const word = r.stem;
    if (PAST_VERBS.has(word) || PAST_WORDS.has(word)) return 'past';
    if (FUTURE_WORDS.has(word)) return 'future';
    if (isFutureVerb(word)) return 'future';
  }
  if (PAST_WORDS.has(folded)) return 'past';
  if (FUTURE_WORDS.has(folded)) return 'future';
  return null;
}

/** سيزور, ستعقد, سنواصل: س + a present-tense prefix + at least three letters. */
function isFutureVerb(word: string): boolean {
  if (word.length < 5 || word[0] !== 'س' || NOT_FUTURE.has(word)) return false;
  return 'يتن'.includes(word[1] ?? '');
}

const WINDOW = 25;
/**
 * أن / إن / بأن open reported speech: "أكدت أن المعرض ينطلق في 1 شباط" is not in the past; بينما and
 * (في) حين a clause of its own: "وصل الصفدي أمس، بينما يزور بن فرحان بغداد يوم الأحد".
 */
const CLAUSE_BREAKS = new Set(['ان', 'بان', 'وان', 'بينما', 'حين']);

const WAS = new Set(['كان', 'كانت', 'وكان', 'وكانت']);
/** The word of a plan right after كان: "كانت مقررة", "كان مرتقباً" (folded; "كان من المقرر" is read apart). */
const PLAN_WORDS = new Set(['مقرر', 'مقررا', 'مقرره', 'مرتقب', 'مرتقبا', 'مرتقبه', 'مزمع', 'مزمعا', 'مفترض']);
/** How far before its أن a "كان" of a plan may be ("كان من المقرر أن"). */
const PLAN_REACH = 3;

/** "كان مقرراً أن", "كان من المقرر أن", "كان يفترض أن": the أن at `at` follows a plan in the past. */
function plannedInThePast(tokens: Tokens, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - PLAN_REACH; k--) if (WAS.has(tokens.norm[k]!)) return k < at - 1;
  return false;
}

/** Prepositions after which a past verb's letters are its noun: "على عقد", "إلى بحث" (folded). */
const BEFORE_A_NOUN = new Set(['علي', 'الي', 'حول', 'بشان', 'عن', 'من', 'بعد', 'قبل', 'خلال']);

/** What a token says, as held in a text's cue cache: not read yet, nothing, past, future, or a clause break. */
const NOT_READ = 0;
const NO_CUE = 1;
const PAST = 2;
const FUTURE = 3;
const BREAK = 4;

/**
 * A text's cache of what each token says for tense (one byte a token, all NOT_READ to begin with):
 * only the words near a date are read. Typed, not an array of strings: a run of dates reads the
 * same 50 neighbours for each one.
 */
export function newCueCache(length: number): Uint8Array {
  return new Uint8Array(length);
}

/** Marks tokens [start, end) as saying nothing (a word of another date: نيسان الماضي is its own direction). */
export function silence(cues: Uint8Array, start: number, end: number): void {
  cues.fill(NO_CUE, start, end);
}

/** The cue of tokens[i], read once per text. */
function cueAt(tokens: Tokens, cues: Uint8Array, i: number): number {
  let cue = cues[i]!;
  if (cue === NOT_READ) {
    const norm = tokens.norm[i]!;
    if (CLAUSE_BREAKS.has(norm)) cue = BREAK;
    else if (tokens.kind[i] !== WORD) cue = NO_CUE;
    else {
      const tense = tenseCue(norm);
      cue = tense === 'past' ? PAST : tense === 'future' ? FUTURE : NO_CUE;
      // "التوافق على عقد اجتماع … يوم الأول من يونيو", "دعا إلى بحث": after a preposition, عقد and بحث are nouns (holding, discussing)
      if (cue === PAST && i > 0 && BEFORE_A_NOUN.has(tokens.norm[i - 1]!)) cue = NO_CUE;
    }
    cues[i] = cue;
  }
  return cue;
}

/** Whether the last past tense sentenceTense gave was a plan told in the past (كان من المقرر أن). */
let lastWasPlan = false;

/**
 * The last sentenceTense was 'past' for a plan told in the past ("كان من المقرر أن يلتقيا في 17
 * كانون الثاني"): its day may still be to come (resolve-day.ts keeps such a day of the current
 * month in this year, as English does, english-tense.ts's plannedDay).
 */
export function pastWasPlan(): boolean {
  return lastWasPlan;
}

/**
 * The tense of the sentence around tokens [start, end): the nearest cue in the same clause
 * (before wins a tie), or undefined. `cues` is the text's cache of cues (newCueCache).
 */
export function sentenceTense(tokens: Tokens, cues: Uint8Array, start: number, end: number): Tense | undefined {
  lastWasPlan = false;
  const sentence = tokens.sentence[start];
  let beforeOpen = true;
  let afterOpen = true;
  for (let d = 1; d <= WINDOW && (beforeOpen || afterOpen); d++) {
    const before = start - d;
    if (beforeOpen) {
      if (before < 0 || tokens.sentence[before] !== sentence) beforeOpen = false;
      else {
        const cue = cueAt(tokens, cues, before);
        if (cue === BREAK) {
          // "كان مقرراً أن يلتئم السبت": a plan told in the past, for a day gone by.
          if (plannedInThePast(tokens, before)) {
            lastWasPlan = true;
            return 'past';
          }
          beforeOpen = false;
        } else if (cue === PAST) {
          // "الزيارة التي كانت مقررة يوم الخميس": a plan told in the past, without its أن.
          const next = tokens.norm[before + 1] ?? '';
          lastWasPlan =
            WAS.has(tokens.norm[before]!) &&
            (PLAN_WORDS.has(next) || (next === 'من' && tokens.norm[before + 2] === 'المقرر'));
          return 'past';
        } else if (cue === FUTURE) return 'future';
      }
    }
    const after = end - 1 + d;
    if (afterOpen) {
      if (after >= tokens.length || tokens.sentence[after] !== sentence) afterOpen = false;
      else {
        const cue = cueAt(tokens, cues, after);
        if (cue === BREAK) afterOpen = false;
        else if (cue === PAST) return 'past';
        else if (cue === FUTURE) return 'future';
      }
    }
  }
  return undefined;
}
