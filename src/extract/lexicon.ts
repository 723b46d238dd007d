/**
 * The words that make a meeting in news copy: what meets (اجتماع، قمة، talks), who (titles
 * before names), how sure the text is, and the verbs that end a name. Arabic keys are folded
 * as src/names/normalize.ts folds (ة → ه, ى → ي, hamza → ا).
 */
import { nameKey } from '../names/normalize.js';

const fold = (words: readonly string[]) => new Set(words.map((w) => nameKey(w)));

/** Meeting nouns and verbs (stems; suffixes such as ا ات ه ها are allowed after them). */
export const ARABIC_TRIGGERS: readonly { stem: string; noun: string }[] = [
  ['اجتماع', 'اجتماع'], ['لقاء', 'لقاء'], ['قمه', 'قمة'], ['زياره', 'زيارة'], ['يزور', 'زيارة'], ['سيزور', 'زيارة'],
  ['زار', 'زيارة'], ['يلتقي', 'لقاء'], ['سيلتقي', 'لقاء'], ['التقي', 'لقاء'], ['يستقبل', 'استقبال'], ['سيستقبل', 'استقبال'],
  ['استقبل', 'استقبال'], ['محادثات', 'محادثات'], ['مباحثات', 'مباحثات'], ['جوله', 'جولة'], ['جلسه', 'جلسة'],
  ['مؤتمر', 'مؤتمر'], ['موتمر', 'مؤتمر'], ['مشاورات', 'مشاورات'], ['منتدي', 'منتدى'], ['اجتمع', 'اجتماع'],
  ['يجتمع', 'اجتماع'], ['سيجتمع', 'اجتماع'], ['يعقد', 'اجتماع'], ['سيعقد', 'اجتماع'], ['تعقد', 'اجتماع'], ['ستعقد', 'اجتماع'],
].map(([stem, noun]) => ({ stem: nameKey(stem!), noun: noun! }));

const ARABIC_TRIGGER_SUFFIX = /^(?:ا|ات|اته|اتها|ه|ها|هم|هما|ين|ان|يه)?$/;

/** The meeting noun a folded word (or one of its stems) stands for, or null. */
export function arabicTrigger(stems: readonly string[]): string | null {
  for (const stem of stems) {
    for (const trigger of ARABIC_TRIGGERS) {
      if (stem.startsWith(trigger.stem) && ARABIC_TRIGGER_SUFFIX.test(stem.slice(trigger.stem.length))) return trigger.noun;
    }
  }
  return null;
}

/** English meeting words (lower case). */
const ENGLISH_TRIGGERS: Record<string, string> = {
  meeting: 'Meeting', meetings: 'Meeting', meet: 'Meeting', meets: 'Meeting', met: 'Meeting',
  talks: 'Talks', summit: 'Summit', visit: 'Visit', visits: 'Visit', visited: 'Visit', visiting: 'Visit',
  conference: 'Conference', session: 'Session', round: 'Round', hosts: 'Meeting', hosted: 'Meeting', host: 'Meeting',
  consultations: 'Consultations', gathering: 'Meeting', ministerial: 'Ministerial meeting', forum: 'Forum',
};

export function englishTrigger(word: string): string | null {
  return ENGLISH_TRIGGERS[word.toLowerCase()] ?? null;
}

/** Words that open a person's title: a name follows, after a descriptor. */
export const ARABIC_TITLES = fold([
  'السفير', 'السفيرة', 'المبعوث', 'المبعوثة', 'الممثل', 'الممثلة', 'وزير', 'وزيرة', 'الوزير', 'الوزيرة', 'رئيس', 'رئيسة',
  'الرئيس', 'الرئيسة', 'المستشار', 'المستشارة', 'الأمين', 'نائب', 'نائبة', 'الملك', 'الأمير', 'الشيخ', 'الدكتور', 'المتحدث',
  'المتحدثة', 'مساعد', 'مساعدة', 'منسق', 'منسقة', 'المنسق', 'مدير', 'مديرة', 'المدير', 'قائد', 'العماد', 'اللواء', 'السيد',
  'السيدة', 'نظيره', 'نظيرته', 'نظيريه', 'مستشار', 'المفوض', 'المفوضة', 'كبير', 'كبيرة', 'ولي', 'سمو',
]);

/** Verbs that end a name when they follow it ("جون جودفري يقود …"). */
export const ARABIC_VERBS = fold([
  'يقود', 'سيقود', 'قاد', 'يشارك', 'سيشارك', 'شارك', 'يحضر', 'سيحضر', 'حضر', 'يزور', 'سيزور', 'زار', 'يصل', 'سيصل', 'وصل',
  'قال', 'يقول', 'أكد', 'يؤكد', 'أعلن', 'يعلن', 'التقى', 'يلتقي', 'سيلتقي', 'استقبل', 'يستقبل', 'سيستقبل', 'بحث', 'يبحث',
  'سيبحث', 'سيسافر', 'يسافر', 'غادر', 'يغادر', 'سيغادر', 'عقد', 'يعقد', 'سيعقد', 'أشار', 'يشير', 'ترأس', 'يترأس', 'سيترأس',
  'دعا', 'يدعو', 'يرافق', 'سيرافق', 'رافق', 'أجرى', 'يجري', 'سيجري', 'ناقش', 'يناقش', 'سيناقش', 'أوضح', 'يوضح', 'اعتبر',
  'بدأ', 'يبدأ', 'سيبدأ', 'وقع', 'يوقع', 'سيوقع', 'تلقى', 'أجرت', 'تزور', 'ستزور', 'تلتقي', 'ستلتقي', 'تشارك', 'ستشارك',
]);

/** Words between a title and a name that are never part of the name. */
export const ARABIC_NOT_NAMES = fold([
  'الخاص', 'الخاصة', 'الأممي', 'الأممية', 'الدولي', 'الدولية', 'العام', 'العامة', 'الخارجية', 'الداخلية', 'الدفاع', 'الوزراء',
  'الجمهورية', 'لشؤون', 'شؤون', 'إلى', 'الى', 'في', 'من', 'عن', 'على', 'مع', 'ضد', 'بين', 'ما', 'يسمى', 'تسمى', 'المزعوم',
  'الإرهابي', 'تنظيم', 'داعش', 'مكتب', 'بالإنابة', 'السابق', 'الحالي', 'أيضاً', 'أيضا', 'هيئة', 'اللجنة', 'مجلس', 'الأمن',
  'المعارضة', 'الحكومة', 'الوفد', 'وفد', 'لمنسق', 'مكافحة', 'الإرهاب', 'مستشاري', 'كبار', 'مسؤولي', 'مسؤول', 'الأعلى',
  'السياسي', 'السياسية', 'المتحدة', 'الأمم', 'التحالف', 'الاتحاد', 'الأوروبي', 'العربية', 'الجامعة', 'هو', 'هي', 'أنه',
  'أن', 'التي', 'الذي', 'الذين', 'وذلك', 'كما', 'حيث', 'اليوم', 'أمس', 'غداً', 'غدا', 'بلاده', 'بلادها', 'الرئاسة',
]);

/** English words that open a person's title (lower case). */
export const ENGLISH_TITLES = new Set([
  'ambassador', 'envoy', 'minister', 'president', 'secretary', 'secretary-general', 'adviser', 'advisor', 'chairman',
  'chairwoman', 'chair', 'king', 'prince', 'sheikh', 'emir', 'spokesman', 'spokeswoman', 'spokesperson', 'coordinator',
  'representative', 'counterpart', 'commissioner', 'chancellor', 'premier', 'director', 'general', 'mr', 'mrs', 'ms', 'dr',
  'head', 'leader', 'official', 'diplomat', 'mediator',
]);

/** Cues that a meeting may not happen. */
export const ARABIC_TENTATIVE = [/احتمال/, /من المرجح/, /يرجح/, /ربما/, /مرجح/, /قد\s+(?:ي|ت)/, /محتمل/, /يتوقع/, /من المتوقع/];
export const ENGLISH_TENTATIVE = [/\bmay\b/i, /\bmight\b/i, /\bcould\b/i, /\blikely\b/i, /\bpossible\b/i, /\bpossibly\b/i, /\bexpected to\b/i, /\btentative/i];
/** Cues that it was called off or put off. */
export const ARABIC_CANCELLED = [/إلغاء/, /ألغي/, /الغي/, /تأجيل/, /أرجئ/, /إرجاء/, /تأجل/, /أجّل/, /أجل\s/];
export const ENGLISH_CANCELLED = [/\bcancel+ed\b/i, /\bcalled off\b/i, /\bpostponed\b/i, /\bscrapped\b/i, /\bcancel+ation\b/i, /\bput off\b/i];
/** A verb in the past tense that says the meeting took place. */
export const ARABIC_HELD = [/(?:^|\s|و)(?:عقد|عقدت|التقى|التقت|اجتمع|اجتمعت|زار|زارت|استقبل|استقبلت|بحث|أجرى|أجرت|شارك|تم عقد)\s/];
export const ENGLISH_HELD = [/\b(?:met|held|hosted|visited|discussed|attended|took place|was held|were held)\b/i];

/** Words that attach a clause to the meeting just described ("يشارك في الاجتماع", "يحضر"). */
export const ARABIC_ATTENDANCE = fold(['يشارك', 'سيشارك', 'شارك', 'يحضر', 'سيحضر', 'حضر', 'يضم', 'تضم', 'يرافق', 'سيرافق', 'بمشاركة', 'بحضور']);
