/**
 * The article reader's word lists: the words that make a meeting in news copy (اجتماع، قمة,
 * talks), who meets (titles before names, joiners inside them, verbs that end them), and the
 * words of sport, where a لقاء is a match. Arabic keys are folded as src/names/normalize.ts
 * folds (ة → ه, ى → ي, hamza → ا). (The date parser's words are src/date-parser/arabic-words.ts.)
 */
import { nameKey, nameKeyOf } from '../names/normalize.js';

// The word lists below are kept dense (prettier-ignore): one word a line would make 500 lines of them.
export const fold = (words: readonly string[]) => new Set(words.map((w) => nameKey(w)));

/** Meeting nouns and verbs (stems; suffixes such as ا ات ه ها are allowed after them). */
// prettier-ignore
export const ARABIC_TRIGGERS: readonly { stem: string; noun: string }[] = [
  ['اجتماع', 'اجتماع'], ['لقاء', 'لقاء'], ['قمه', 'قمة'], ['زياره', 'زيارة'], ['يزور', 'زيارة'], ['سيزور', 'زيارة'],
  ['زار', 'زيارة'], ['يلتقي', 'لقاء'], ['سيلتقي', 'لقاء'], ['التقي', 'لقاء'], ['يستقبل', 'استقبال'], ['سيستقبل', 'استقبال'],
  ['استقبل', 'استقبال'], ['محادثات', 'محادثات'], ['مباحثات', 'مباحثات'], ['جوله', 'جولة'], ['جلسه', 'جلسة'],
  ['مؤتمر', 'مؤتمر'], ['موتمر', 'مؤتمر'], ['مشاورات', 'مشاورات'], ['منتدي', 'منتدى'], ['اجتمع', 'اجتماع'],
  ['يجتمع', 'اجتماع'], ['سيجتمع', 'اجتماع'], ['يعقد', 'اجتماع'], ['سيعقد', 'اجتماع'], ['تعقد', 'اجتماع'], ['ستعقد', 'اجتماع'],
  ['ندوه', 'مؤتمر'], ['مراسم', 'مراسم'], ['انعقد', 'اجتماع'], ['انعقدت', 'اجتماع'], ['تستضيف', 'اجتماع'], ['يستضيف', 'اجتماع'],
  ['استضاف', 'اجتماع'], ['استضافت', 'اجتماع'], ['استقبال', 'استقبال'], ['مستقبلي', 'استقبال'], ['تجتمع', 'اجتماع'],
  ['ستجتمع', 'اجتماع'], ['انعقاد', 'اجتماع'], ['مادبه', 'مأدبة'], ['ملتقي', 'منتدى'], ['ينعقد', 'اجتماع'], ['تنعقد', 'اجتماع'],
  ['سينعقد', 'اجتماع'], ['ستنعقد', 'اجتماع'], ['يلتئم', 'اجتماع'], ['تلتئم', 'اجتماع'], ['سيلتئم', 'اجتماع'], ['ستلتئم', 'اجتماع'],
  // The feminine (الوزيرة، البعثة، "she"): التقت، تلتقي، تستقبل، تزور.
  ['التقت', 'لقاء'], ['تلتقي', 'لقاء'], ['ستلتقي', 'لقاء'], ['تستقبل', 'استقبال'], ['ستستقبل', 'استقبال'], ['تزور', 'زيارة'],
  ['ستزور', 'زيارة'],
  // لقاء before a pronoun writes its hamza on a seat: لقائه، لقائهما، لقاؤه.
  ['لقائ', 'لقاء'], ['لقاؤ', 'لقاء'],
].map(([stem, noun]) => ({ stem: nameKey(stem!), noun: noun! }));

/** A pronoun after a noun in ة: "قمتهما", "جلسته", "قمتنا". */
const OWNER_SUFFIX = /^(?:ه|ها|هم|هما|نا)$/;
const FRAMES = new Set(['زيارة', 'جولة']);
const ARABIC_TRIGGER_SUFFIX = /^(?:ا|ات|اته|اتها|ه|ها|هم|هما|ين|ان|يه)?$/;
/** A verb takes fewer endings than a noun: استقبله is "received him", but وزارة is a ministry, not و + زاره. */
const ARABIC_VERB_SUFFIX = /^(?:ت|ا|وا|ه|ها|هم|هما|وه|ته|تها)?$/;
const ARABIC_VERB_SUFFIX_ZAR = /^(?:ت|ا|وا)?$/;
const VERB_TRIGGERS = new Set(['زار', 'التقي', 'استقبل', 'اجتمع', 'انعقد', 'استضاف'].map((w) => nameKey(w)));
/** "بحث مع", "اجتمع مع": talks with someone, a meeting even without a meeting noun. */
const WITH_VERBS = new Set(
  ['بحث', 'يبحث', 'سيبحث', 'تباحث', 'يتباحث', 'ناقش', 'يناقش', 'سيناقش', 'بحثا', 'ناقشا'].map((w) => nameKey(w)),
);

/** A verb of talks (بحث، ناقش): a meeting word when مع follows it. */
export function isTalksVerb(stems: readonly string[]): boolean {
  return stems.some((s) => WITH_VERBS.has(s));
}

/** The meeting noun a folded word (or one of its stems) stands for, or null. `next` is the folded word after it. */
export function arabicTrigger(stems: readonly string[], next?: string): string | null {
  if (next === 'مع' && isTalksVerb(stems)) return 'محادثات';
  for (const stem of stems) {
    for (const trigger of ARABIC_TRIGGERS) {
      // "قمتهما", "جلسته": ة is written ت before a pronoun. (Not "زيارته", "جولته": his visit or tour is
      // the frame of the meetings told, "ويختتم زيارته …", "في المحطة الأخيرة من جولته التي بدأها الاثنين".)
      const owned = trigger.stem.endsWith('ه') && !FRAMES.has(trigger.noun) ? `${trigger.stem.slice(0, -1)}ت` : null;
      if (owned && stem.startsWith(owned) && OWNER_SUFFIX.test(stem.slice(owned.length))) return trigger.noun;
      if (!stem.startsWith(trigger.stem)) continue;
      const suffix = stem.slice(trigger.stem.length);
      const verbSuffix = trigger.noun === 'زيارة' ? ARABIC_VERB_SUFFIX_ZAR : ARABIC_VERB_SUFFIX;
      if (VERB_TRIGGERS.has(trigger.stem) ? verbSuffix.test(suffix) : ARABIC_TRIGGER_SUFFIX.test(suffix))
        return trigger.noun;
    }
  }
  return null;
}

/** English meeting words (lower case). */
// prettier-ignore
const ENGLISH_TRIGGERS: ReadonlyMap<string, string> = new Map(Object.entries({
  meeting: 'Meeting', meetings: 'Meeting', meet: 'Meeting', meets: 'Meeting', met: 'Meeting',
  talks: 'Talks', summit: 'Summit', visit: 'Visit', visits: 'Visit', visited: 'Visit', visiting: 'Visit',
  conference: 'Conference', session: 'Session', round: 'Round', hosts: 'Meeting', hosted: 'Meeting', host: 'Meeting',
  consultations: 'Consultations', gathering: 'Meeting', gather: 'Meeting', gathers: 'Meeting', gathered: 'Meeting', ministerial: 'Ministerial meeting', forum: 'Forum',
  received: 'Meeting', receive: 'Meeting', receives: 'Meeting', 'co-host': 'Meeting', 'co-hosts': 'Meeting',
  brief: 'Briefing', briefed: 'Briefing', briefing: 'Briefing', ceremony: 'Ceremony', negotiations: 'Talks',
  banquet: 'Banquet', convene: 'Meeting', convenes: 'Meeting', convened: 'Meeting', convening: 'Meeting',
}));

/** Meeting words only as a forum's name, capitalised: "the Manama Dialogue", not "dialogue between the parties". */
const ENGLISH_NAMED_FORUMS: ReadonlyMap<string, string> = new Map([['Dialogue', 'Dialogue']]);

export function englishTrigger(word: string): string | null {
  return ENGLISH_TRIGGERS.get(word.toLowerCase()) ?? ENGLISH_NAMED_FORUMS.get(word) ?? null;
}

/** What an English verb may make of a meeting, with the words after it (src/extract/triggers.ts reads them). */
export type EnglishMeetingVerb = 'call' | 'sit' | 'talks' | 'talkWith' | 'welcome';
const ENGLISH_MEETING_VERBS = new Map<string, EnglishMeetingVerb>([
  // "called on President Ghani": a visit
  ...['call', 'calls', 'called', 'calling'].map((w) => [w, 'call'] as const),
  // "sat down with"
  ...['sit', 'sits', 'sat', 'sitting'].map((w) => [w, 'sit'] as const),
  // "welcomed Iranian President Hassan Rouhani": someone named after it (not "welcomed the decision")
  ...['welcome', 'welcomes', 'welcomed', 'welcoming', 'greet', 'greets', 'greeted', 'greeting'].map(
    (w) => [w, 'welcome'] as const,
  ),
  // "discussed … with", "conferred with"
  ...['discuss', 'discussed', 'discusses', 'discussing', 'confer', 'conferred', 'confers'].map(
    (w) => [w, 'talks'] as const,
  ),
  // "talked with Djibouti's President", "held discussions with President Kiir": someone named right after 'with'
  ...['talk', 'talked', 'talking', 'discussion', 'discussions'].map((w) => [w, 'talkWith'] as const),
]);

/** The kind of English verb of meeting a folded word is, or null (told once per word by the tokenizer). */
export function englishMeetingVerb(key: string): EnglishMeetingVerb | null {
  return ENGLISH_MEETING_VERBS.get(key) ?? null;
}

/** Words that open a person's title: a name follows, after a descriptor. */
// prettier-ignore
export const ARABIC_TITLES = fold([
  'السفير', 'السفيرة', 'المبعوث', 'المبعوثة', 'الممثل', 'الممثلة', 'وزير', 'وزيرة', 'الوزير', 'الوزيرة', 'رئيس', 'رئيسة',
  'الرئيس', 'الرئيسة', 'المستشار', 'المستشارة', 'الأمين', 'نائب', 'نائبة', 'الملك', 'الأمير', 'الشيخ', 'الدكتور', 'المتحدث',
  'المتحدثة', 'مساعد', 'مساعدة', 'منسق', 'منسقة', 'المنسق', 'مدير', 'مديرة', 'المدير', 'قائد', 'العماد', 'اللواء', 'السيد',
  'السيدة', 'نظيره', 'نظيرته', 'نظيريه', 'مستشار', 'المفوض', 'المفوضة', 'كبير', 'كبيرة', 'ولي', 'سمو', 'المهندس', 'الناطق',
  'الملا', 'معالي', 'سعادة', 'فخامة', 'مندوب', 'المندوب', 'مندوبة', 'المندوبة', 'الفريق', 'المشير', 'وكيل', 'البطريرك',
  'الكاردينال', 'الزعيم', 'العاهل', 'الموفد', 'موفد', 'الموفدة', 'ممثل', 'ممثلة', 'النائب', 'المرشد', 'البابا', 'نظراؤه',
  'نظيرها', 'برئاسة', 'مار', 'وزيرا', 'رئيسا', 'الوزيران', 'الرئيسان',
  // Offices news names people by beside the ministers': governors, diplomats, mediators, a ruler, consuls, bishops.
  'محافظ', 'المحافظ', 'الدبلوماسي', 'الديبلوماسي', 'حاكم', 'القنصل', 'المطران',
  'المستشارين', 'المستشاران',
]);

/** Titles that follow a name in Egyptian and Gulf copy ("سامح شكري وزير الخارجية", "أحمد أبو الغيط الأمين العام"). */
// prettier-ignore
export const ARABIC_TITLES_AFTER_NAME = fold([
  'الأمين', 'المبعوث', 'المبعوثة', 'وزير', 'وزيرة', 'كبير', 'كبيرة', 'المتحدث', 'المستشار', 'مستشار', 'الممثل', 'المنسق',
  'رئيس', 'رئيسة', 'نائب', 'مساعد', 'الناطق',
]);

/** Words that join the parts of a name: بن، آل، أبو، عبد (محمد بن عبد الرحمن آل ثاني). */
// prettier-ignore
export const ARABIC_NAME_JOINERS = fold(['بن', 'بنت', 'ابن', 'آل', 'أبو', 'أبي', 'عبد', 'بو', 'ولد']);

/** Words after which a name needs no title: "اجتمع مع …", "بحضور …", "إلى جانب …", "يرافقه …". */
// prettier-ignore
export const ARABIC_NAME_CUES = fold([
  'مع', 'ومع', 'بحضور', 'وبحضور', 'بمشاركة', 'وبمشاركة', 'جانب', 'بجانب', 'يرافقه', 'ويرافقه', 'يرافقها', 'ويرافقها', 'ترافقه',
  'يرافقهم', 'وضم', 'ضم', 'يضم', 'شارك', 'وشارك', 'حضره', 'وحضره',
]);

/** Nouns that a person's name follows when something is named after them: مطار رفيق الحريري، جامعة الملك سعود. */
// prettier-ignore
export const ARABIC_NAMED_AFTER = fold([
  'مطار', 'شارع', 'جامعة', 'مسجد', 'مستشفى', 'مدرسة', 'قاعة', 'ميدان', 'ساحة', 'مركز', 'جائزة', 'مؤسسة', 'قاعدة', 'جسر',
  'ميناء', 'مدينة', 'مجمع', 'كلية', 'معهد', 'برج', 'طريق', 'ضاحية', 'حي', 'ملعب', 'مكتبة', 'متحف', 'صندوق', 'منتدى',
]);

/** Verbs that end a name when they follow it ("جون جودفري يقود …"). */
// prettier-ignore
export const ARABIC_VERBS = fold([
  'يقود', 'سيقود', 'قاد', 'يشارك', 'سيشارك', 'شارك', 'يحضر', 'سيحضر', 'حضر', 'يزور', 'سيزور', 'زار', 'يصل', 'سيصل', 'وصل',
  'قال', 'يقول', 'أكد', 'يؤكد', 'أعلن', 'يعلن', 'التقى', 'يلتقي', 'سيلتقي', 'استقبل', 'يستقبل', 'سيستقبل', 'بحث', 'يبحث',
  'سيبحث', 'سيسافر', 'يسافر', 'غادر', 'يغادر', 'سيغادر', 'عقد', 'يعقد', 'سيعقد', 'أشار', 'يشير', 'ترأس', 'يترأس', 'سيترأس',
  'دعا', 'يدعو', 'يرافق', 'سيرافق', 'رافق', 'أجرى', 'يجري', 'سيجري', 'ناقش', 'يناقش', 'سيناقش', 'أوضح', 'يوضح', 'اعتبر',
  'بدأ', 'يبدأ', 'سيبدأ', 'وقع', 'يوقع', 'سيوقع', 'تلقى', 'أجرت', 'تزور', 'ستزور', 'تلتقي', 'ستلتقي', 'تشارك', 'ستشارك',
  // The past tense of the verbs of report and decision news opens a clause with, right after its subject's name
  // ("حسان دياب قرر أن يسكن"): none is a given or family name.
  'قرر', 'قررت', 'أشاد', 'أشادت', 'طالب', 'طالبت', 'رحب', 'رحبت', 'شدد', 'شددت', 'أعرب', 'أعربت', 'أضاف', 'أضافت', 'لفت',
  'لفتت', 'نوه', 'نوهت', 'توجه', 'توجهت', 'أبلغ', 'أبلغت', 'هنأ', 'هنأت', 'استعرض', 'استعرضت', 'تناول', 'تناولت', 'تطرق',
  'تطرقت', 'أبدى', 'أبدت', 'ألقى', 'ألقت', 'حذر', 'حذرت', 'جدد', 'جددت', 'ثمن', 'ثمنت', 'نفى', 'نفت', 'أعربت', 'أكدت',
  'قالت', 'أعلنت', 'أشارت', 'دعت', 'أوضحت', 'اعتبرت', 'وصلت', 'غادرت', 'شاركت', 'التقت', 'استقبلت', 'بحثت', 'ناقشت',
  'تمسك', 'أبدى', 'اتصل', 'اتصلت', 'تعهد', 'تعهدت', 'رفض', 'رفضت', 'أيد', 'أيدت', 'انتقد', 'انتقدت',
  // A programme's verbs of the day's deeds ("ويلقي الأب الأقدس كلمة", "يفتتح المعرض").
  'يلقي', 'سيلقي', 'تلقي', 'ستلقي', 'يوجه', 'سيوجه', 'يفتتح', 'سيفتتح', 'يتفقد', 'سيتفقد', 'يدشن', 'سيدشن',
]);

/** Words between a title and a name that are never part of the name. */
// prettier-ignore
export const ARABIC_NOT_NAMES = fold([
  'الخاص', 'الخاصة', 'الأممي', 'الأممية', 'الدولي', 'الدولية', 'العام', 'العامة', 'الخارجية', 'الداخلية', 'الدفاع', 'الوزراء',
  'الجمهورية', 'لشؤون', 'شؤون', 'إلى', 'الى', 'في', 'من', 'عن', 'على', 'مع', 'ضد', 'بين', 'ما', 'يسمى', 'تسمى', 'المزعوم',
  'الإرهابي', 'تنظيم', 'داعش', 'مكتب', 'بالإنابة', 'السابق', 'الحالي', 'أيضاً', 'أيضا', 'هيئة', 'اللجنة', 'مجلس', 'الأمن',
  'المعارضة', 'الحكومة', 'الوفد', 'وفد', 'وفدا', 'لمنسق', 'مكافحة', 'الإرهاب', 'مستشاري', 'كبار', 'مسؤولي', 'مسؤول', 'الأعلى',
  'السياسي', 'السياسية', 'المتحدة', 'الأمم', 'التحالف', 'الاتحاد', 'الأوروبي', 'العربية', 'الجامعة', 'هو', 'هي', 'أنه',
  'أن', 'التي', 'الذي', 'الذين', 'وذلك', 'كما', 'حيث', 'اليوم', 'أمس', 'غداً', 'غدا', 'بلاده', 'بلادها', 'الرئاسة',
  // Particles and pronoun-carrying prepositions: "قد التقى", "عنها", "له".
  'قد', 'لقد', 'كان', 'وكان', 'كانت', 'إن', 'إنه', 'لا', 'لم', 'لن', 'عنه', 'عنها', 'منه', 'منها', 'له', 'لها', 'به', 'بها',
  'فيه', 'فيها', 'معه', 'معها', 'إليه', 'إليها', 'عليه', 'عليها', 'بعد', 'قبل', 'قبيل', 'عقب', 'إثر', 'خلال', 'فور', 'المرافق',
  'جانب', 'جانبه', 'حتى', 'وعن', 'وفي', 'ومن', 'وإلى', 'ومع', 'وعلى', 'ثم', 'أو', 'بل', 'كذلك', 'وكذلك', 'ذلك', 'هذا', 'هذه',
  'تلك', 'عبر', 'لدى', 'نحو', 'ضمن', 'دون', 'عند', 'منذ', 'خلاله', 'خلالها', 'الساعة', 'حوالي',
  // Descriptors after a title: "السفير الجديد", "الرئيس الأسبق".
  'الجديد', 'الجديدة', 'الأسبق', 'المكلف', 'المنتخب', 'الدائم', 'المقبل', 'الراحل', 'الأول', 'المستقيل', 'الفخري',
  'المناوب', 'المقيم', 'الضيف', 'المضيف', 'نفسه', 'ذاته',
  // A seat or a building is where, not who: "في قصر بعبدا", "بمقر الوزارة".
  'قصر', 'مقر', 'ديوان', 'فندق', 'مبنى', 'دار',
  // Groups met as such: "يلتقي الرئيس مرسي أبناء الجالية", "ممثلي الأحزاب", "عدداً من السفراء".
  'أبناء', 'ممثلي', 'ممثلين', 'ممثلو', 'رجال', 'عدد', 'أعضاء', 'قادة', 'سفراء', 'رؤساء', 'نواب', 'وجهاء', 'زعماء', 'أفراد',
  'عائلات', 'أسر', 'طلاب', 'شيوخ', 'ممثلات', 'مجموعة', 'جموع', 'حشد',
  // Common nouns a title or a cue may stand before: "الوكيل الإخباري", "دول الجوار", "جهاز المخابرات", "وسبل التعامل",
  // and what a minister "stresses": "أكد وزير الخارجية عمق العلاقات", "… أهمية الحوار".
  'الإخباري', 'الإخبارية', 'دول', 'جهاز', 'مستشفى', 'المستشفى', 'عبارة', 'سبل', 'منطقة', 'حرص', 'دعم', 'دعوة', 'عمق',
  'أهمية', 'ضرورة', 'متانة',
  // Particles and common nouns a name run reached: "صرح بأن", "خوشناو لوكالة", "بند بعنوان", "جاء تلبية لدعوة".
  'بأن', 'لأن', 'لوكالة', 'بعنوان', 'تلبية', 'أمام', 'الأحوال', 'طابع', 'سيما', 'مسيرة', 'أركان', 'الحاضرين', 'حرس',
  'أجل',
  // A wife named with her husband ("وقرينته أمينة أردوغان"): the word is no part of her name.
  'قرينته', 'عقيلته', 'زوجته', 'قرينة', 'عقيلة',
]);

/** Words that say who attends a meeting: a clause with one, and no meeting word, is about the meeting in hand. */
// prettier-ignore
const ATTENDANCE_WORDS = new Set([
  ...fold([
    'يحضر', 'سيحضر', 'حضر', 'حضور', 'لحضور', 'بحضور', 'يشارك', 'سيشارك', 'شارك', 'مشاركة', 'للمشاركة', 'بمشاركة', 'تشارك',
    'ستشارك', 'المشاركين', 'المشاركون', 'يرافقه', 'رافقه', 'ضم', 'يضم',
  ]),
  'attend', 'attends', 'attended', 'attending', 'present', 'joined', 'participated', 'participate', 'participating', 'accompanied',
  'accompanying',
]);

/** The word says who attends (its stems are searched, so وبحضور and للمشاركة are found). */
export function saysWhoAttends(token: { stems: readonly string[] }): boolean {
  return token.stems.some((s) => ATTENDANCE_WORDS.has(s));
}

/** Words only sport uses: a لقاء or a قمة between teams is a match, not a meeting. */
// prettier-ignore
export const SPORTS_WORDS = fold([
  'ملعب', 'مباراة', 'المباراة', 'مباريات', 'لاعب', 'اللاعب', 'لاعبين', 'اللاعبين', 'ركلة', 'الهداف', 'match', 'stadium', 'striker',
  'goalkeeper',
]);
/**
 * Words sport shares with politics (فريق is also a minister's team, the Arab League is a league,
 * a دوري meeting is a regular one): they count only beside the others.
 */
// prettier-ignore
export const SPORTS_SHARED_WORDS = fold(['league', 'دوري', 'الدوري', 'فريق', 'الفريق', 'هدف', 'هدفين', 'أهداف', 'الدقيقة', 'نقطة', 'نقاط', 'مدرب', 'الصدارة', 'goal', 'goals', 'coach', 'team']);

/** English words that open a person's title (lower case). */
// prettier-ignore
export const ENGLISH_TITLES = new Set([
  'ambassador', 'envoy', 'minister', 'president', 'secretary', 'secretary-general', 'adviser', 'advisor', 'chairman',
  'chairwoman', 'chair', 'king', 'prince', 'sheikh', 'emir', 'spokesman', 'spokeswoman', 'spokesperson', 'coordinator',
  'representative', 'counterpart', 'commissioner', 'chancellor', 'premier', 'director', 'general', 'mr', 'mrs', 'ms', 'dr',
  'head', 'leader', 'official', 'diplomat', 'mediator', 'chief', 'speaker', 'sheikh', 'deputy', 'negotiator', 'queen',
  'patriarch', 'pope', 'secretary general', 'director general', 'vice president', 'under secretary', 'crown prince',
  // Ranks and offices news names people by beside the ministers' (and their abbreviations, "Gen.", "Sen.").
  'marshal', 'governor', 'mayor', 'senator', 'commander', 'colonel', 'admiral', 'cardinal', 'ayatollah', 'sayyid', 'gen',
  'lt', 'col', 'sen', 'gov',
]);

/** Head words of an English body's name ("Coordination Council", "Negotiations Committee"): no one's name. */
// prettier-ignore
export const ENGLISH_BODY_HEADS: ReadonlySet<string> = new Set(['council', 'committee', 'commission', 'organization', 'organisation', 'union', 'forum', 'group', 'front', 'movement', 'party', 'coalition', 'alliance', 'conference', 'assembly', 'parliament', 'congress', 'bloc', 'dialogue', 'fund', 'federation', 'association', 'league', 'cooperation', 'secretariat', 'mission', 'quartet', 'initiative']);
/** Head words of an Arabic body's name (مجلس التنسيق، اللجنة الوزارية، حكومة الوفاق), folded without their article. */
// prettier-ignore
export const ARABIC_BODY_HEADS = fold(['مجلس', 'لجنة', 'هيئة', 'منظمة', 'اتحاد', 'جبهة', 'حركة', 'حزب', 'تحالف', 'ائتلاف', 'منتدى', 'ملتقى', 'كتلة', 'تكتل', 'جماعة', 'حكومة', 'معارضة', 'بعثة', 'تيار', 'رابطة']);
/**
 * Words of a role between a title and the name ("Secretary of State Mike Pompeo"), and the regions a post is for
 * ("Assistant Secretary of State for East Asian and Pacific Affairs"): no one's name.
 */
// prettier-ignore
export const ENGLISH_ROLE_WORDS = new Set([
  'of', 'for', 'state', 'foreign', 'affairs', 'defense', 'defence', 'the', 'prime', 'crown', 'deputy', 'special',
  'east', 'asian', 'pacific', 'african', 'european', 'atlantic', 'arab', 'middle', 'eastern', 'western', 'northern',
  'southern', 'central', 'asia', 'africa', 'europe',
  // "Minister Responsible for Foreign Affairs" (Oman's), "Minister without Portfolio", "Ambassador Extraordinary and Plenipotentiary"
  'responsible', 'without', 'portfolio', 'extraordinary', 'plenipotentiary', 'designate',
]);
/** Words of things named after a person: "Hamad International Airport", "King Fahd Causeway" (lower case). */
// prettier-ignore
export const ENGLISH_NAMED_AFTER = new Set([
  'airport', 'university', 'mosque', 'hospital', 'street', 'center', 'centre', 'palace', 'hall', 'bridge', 'foundation', 'award',
  'park', 'stadium', 'square', 'hotel', 'road', 'school', 'college', 'institute', 'club', 'prize', 'city', 'port', 'avenue',
  'highway', 'base', 'causeway', 'library', 'museum', 'conference', 'complex', 'tower', 'district', 'fund', 'program', 'programme',
  'accords', 'accord', 'agreement', 'treaty', 'declaration', 'plan', 'initiative', 'doctrine', 'line', 'corridor',
  'room', 'court', 'project', 'building', 'villa', 'residence', 'gardens', 'theatre', 'theater', 'camp', 'lounge', 'terminal',
  // and outlets: "Geo News reported", "Anadolu Agency said"
  'news', 'agency', 'television', 'radio',
]);
/** Words that join the parts of a name ("Abdullah bin Zayed Al Nahyan", "Luigi Di Maio"). */
// prettier-ignore
export const ENGLISH_NAME_JOINERS = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'de', 'di', 'da', 'van', 'von', 'der', 'le', 'la', 'abu']);

/** The present tense of the verbs that end a name and of the meeting verbs, folded: "س" before one makes it future. */
const PRESENT_VERBS = new Set([...ARABIC_VERBS, ...ARABIC_TRIGGERS.map((t) => t.stem)].filter((w) => /^[يت]/.test(w)));

/** A folded word that is a verb in the future: سيلتقي، ستعقد، وسيزور. */
export function isFutureVerb(word: string): boolean {
  const bare = word.replace(/^[وف](?=س)/, '');
  return bare.length > 4 && bare[0] === 'س' && PRESENT_VERBS.has(bare.slice(1));
}

// The reader's cues for how meeting words hang together (reader.ts).
/** Meeting nouns that make a meeting with a date alone; a visit or a tour needs a where or a who. */
const MEETING_NOUNS: ReadonlySet<string> = new Set([
  'اجتماع',
  'قمة',
  'جلسة',
  'مؤتمر',
  'مراسم',
  'Meeting',
  'Summit',
  'Session',
  'Conference',
  'Ministerial meeting',
  'Briefing',
  'Ceremony',
  'مأدبة',
  'Banquet',
]);
/** Talks and their rounds: a meeting by themselves on a day ("At the previous round, held on May 16-19"). */
const TALKS_NOUNS: ReadonlySet<string> = new Set(['Talks', 'Round', 'Consultations', 'محادثات', 'مباحثات', 'مشاورات']);

/**
 * A meeting word that is a meeting with its date alone, no one and no place named with it: a
 * meeting, a summit; talks on a day ("ended its second round last week" is too loose to keep).
 */
export function meetingByItself(noun: string, when: { precision: string }, programmeLine = false): boolean {
  return (
    MEETING_NOUNS.has(noun) ||
    (TALKS_NOUNS.has(noun) && (when.precision === 'day' || when.precision === 'minute')) ||
    // "10.15: The India-China Business Forum": a programme's line of a gathering is the visitor's ("Visit to the Yu Garden" is not)
    (programmeLine && !VISIT_NOUNS.has(noun))
  );
}
/**
 * "the same afternoon", "في اليوم نفسه", "وفي السياق ذاته،" opening the clause (the occasion just told, unless the clause
 * tells a plan: "وفي الإطار نفسه، من المقرر أن يلتقي …"): the day of the meeting just named.
 */
export const SAME_DAY =
  /\bsame (?:day|afternoon|morning|evening)\b|\b(?:earlier|later) (?:in the|that) day\b|اليوم\s+(?:نفسه|ذاته)|^\s*و?في\s+(?:السياق|الإطار)\s+(?:نفسه|ذاته)\s*[،,](?![^.]*(?:المقرر|المرتقب|المنتظر|سوف|\sس[يت]))|في وقت (?:سابق|لاحق) من (?:اليوم|النهار)/i;
/**
 * "in the near future", "soon", "قريباً", "خلال أيام", "in the coming days", "during the first quarter of 2026", "next year": a meeting
 * with no day, or none the calendar keeps (a quarter, a year), the day of no other.
 */
export const NO_DAY =
  /\b(?:soon|near future|as early as possible|at an early date|in the coming period|(?:first|second|third|fourth|last) (?:quarter|half) of|(?:next|later this|early next|late next) year|(?:in|over|within) the (?:next|coming) (?:few )?days|within days\b(?! of))\b|(?:خلال|غضون)\s+أيام(?:\s+(?:قليلة|معدودة))?(?=\s*(?:[.,،؛:]|$))|(?:خلال|في)\s+الأيام\s+(?:القليلة\s+)?(?:المقبلة|القادمة)|(?<![\u0621-\u064A])قريبا(?:ً)?(?!\s+من)|القريب العاجل|المستقبل القريب|أقرب وقت|اقرب وقت|أقرب فرصة|الفترة المقبلة|الفترة القادمة|الربع (?:الأول|الثاني|الثالث|الرابع|الأخير)|النصف (?:الأول|الثاني) من|العام (?:المقبل|القادم)|السنة (?:المقبلة|القادمة)/i;
/** "the coming days", "الأيام القليلة المقبلة" as a date expression: a few days from now, none of them the meeting's (NO_DAY's words, as the parser reads them). */
export const FEW_DAYS =
  /^(?:the\s+)?(?:coming|next(?:\s+few)?|few)\s+days$|^الأيام\s+(?:القليلة\s+)?(?:القادمة|المقبلة)$/i;
/** The nouns of a visit (not of talks or a meeting). */
export const VISIT_NOUNS: ReadonlySet<string> = new Set(['زيارة', 'Visit']);
/** Verbs of including (تضمن، شمل، ضم in their tenses: تتضمن، يشمل، ستشمل، شملت، ضمت): a visit's or a tour's list follows. */
export const INCLUDES_VERB = String.raw`[وف]?(?:س?[تي])?(?:تضمن|شمل)ت?|[وف]?ضمت`;
/** "في المدينة ذاتها", "in the same city": the place just named. */
export const SAME_CITY = /(?:المدينة|العاصمة)\s+(?:ذاتها|نفسها)|\bsame city\b/i;
/** "على هامش", "on the sidelines of": a meeting held beside another, where that one is. */
export const SIDELINES = /على\s+هامش|\bon the (?:sidelines|margins?) of\b/i;

/**
 * Held without a place: by video, by phone. The dateline is not where such a meeting was.
 * (The English and Arabic cues apart: one expression, case-insensitive over both, searches twice as slowly.)
 */
const BY_VIDEO_ENGLISH = /\bvideo(?:\s*link|conference)?\b|\bvirtual(?:ly)?\b/i;
const BY_VIDEO_ARABIC = /الاتصال المرئي|(?:عبر|ب)\s*(?:تقنية\s*)?(?:ال)?فيديو|افتراضي|عن بُ?عد/;
/** A phone call told: "by phone", "phone call", "telephoned", "اتصال هاتفي", "هاتفياً", "المكالمة الهاتفية". */
const BY_PHONE =
  /\b(?:by (?:tele)?phone|(?:tele)?phone (?:call|conversation|talks)|(?:tele)?phoned)\b|هاتفي|(?:^|\s)[وف]?[يت]?هاتف(?:ت|ه|ها)?\s|عبر الهاتف/i;

/** The words say the meeting was held by video or by phone. */
export function saysRemote(text: string): boolean {
  return BY_VIDEO_ENGLISH.test(text) || BY_VIDEO_ARABIC.test(text) || BY_PHONE.test(text);
}

/** The words tell of a phone call. */
export function saysByPhone(text: string): boolean {
  return BY_PHONE.test(text);
}

/** Verbs of report ("said", "noted", قال، أوضح): global, for matchAll; `search` reads it from the start. */
export const REPORTING_VERBS = /\b(?:said|says|told|announced|added|stated|noted)\b|قال|أعلن|أفاد|أوضح|صرح|ذكر|أضاف/g;

/** Arabic relative pronouns, as an expression's alternatives: a relative clause opens with one. */
export const ARABIC_RELATIVES = 'التي|الذي|الذين|اللذين|اللتين|اللواتي';

/** A spokesperson's title: one who tells of a meeting, not one who sits in it. */
export const SPOKESPERSON = /spokes(?:man|woman|person)|press secretary|المتحدث|الناطق|متحدث|ناطق/i;

/** "كلاً على حدة", "each separately", "held separate meetings with", "لقاءات منفصلة", "يجتمع … بكل من الرئيس … ورئيس الوزراء …": one meeting per counterpart. */
export const SEPARATELY =
  /كلا\S*\s+على\s+حد[ةى]|كل[\u064B-\u0652]*\s+(?:منهما\s+|منهم\s+)?على\s+حد[ةى]|\beach separately\b|\bseparately\b(?=[^.]*\beach\b)|\bseparate (?:bilateral )?(?:meetings|talks)\b|(?:اجتماعات|لقاءات|مباحثات|محادثات)\s+(?:ثنائية\s+)?منفصلة|(?:ال)?(?:لقاءات|اجتماعات)\s+(?:ال)?ثنائية|\bbilateral meetings\b|(?:اجتماعين|لقاءين)\s+منفصلين|(?:يجتمع|سيجتمع|اجتمع|يلتقي|سيلتقي|التقى)\s+(?:\S+\s+){0,9}بكل\s+من/;

/**
 * A role without the و, ب or ل clinging to its title ("ووزير الخارجية", "وولي العهد", "بالرئيس
 * المصري"), not a letter of the title itself ("وزير", "ولي", "وكيل").
 */
export function withoutClinging(role: string): string {
  const space = role.indexOf(' ');
  const [first, rest] = space < 0 ? [role, ''] : [role.slice(0, space), role.slice(space)];
  let word = first;
  while (/^[وفبل]/.test(word) && !ARABIC_TITLES.has(nameKeyOf(word)) && ARABIC_TITLES.has(nameKeyOf(word.slice(1))))
    word = word.slice(1);
  return word + rest;
}
