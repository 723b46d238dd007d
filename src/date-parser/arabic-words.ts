/**
 * The Arabic words of date expressions (weekdays, Gregorian and Hijri months, numbers, day words,
 * parts of the day, zones), in folded spelling (see tokens.ts: أ إ آ -> ا, ة -> ه, ى -> ي,
 * ئ -> ي) and without the article or other clitics (see clitics.ts). Values are plain numbers so
 * rules stay small. The English words are english.ts's; the parts of the day and their hours
 * here serve both.
 */
import { CARDINALS, DECADES, FIRST_OF_MONTH, ORDINALS, TENS, THOUSANDS } from './number-words.js';
import { foldArabic } from './tokens.js';

// Keys are folded here, so a list may be written in ordinary spelling (أوائل, دقائق)
const table = <T>(entries: Record<string, T>): ReadonlyMap<string, T> =>
  new Map(Object.entries(entries).map(([k, v]) => [foldArabic(k), v]));
const set = (words: string): ReadonlySet<string> => new Set(words.split(' ').map(foldArabic));

/** Weekdays, 0 = Sunday (dayjs's numbering). */
export const WEEKDAYS = table<number>({
  احد: 0,
  اثنين: 1,
  اتنين: 1,
  ثلاثاء: 2,
  ثلاثا: 2,
  // الثلثاء: an older spelling some papers keep (al-Hayat)
  ثلثاء: 2,
  اربعاء: 3,
  اربعا: 3,
  خميس: 4,
  جمعه: 5,
  سبت: 6,
});
/** Weekday names that are also common words without the article (أحد = one, اثنين = two). */
export const WEEKDAYS_NEEDING_ARTICLE = set('احد اثنين اتنين');

/** Gregorian month names of one word: Levantine/Iraqi, Egyptian/Gulf, Maghrebi, Moroccan. */
export const MONTHS = table<number>({
  شباط: 2,
  اذار: 3,
  نيسان: 4,
  ايار: 5,
  حزيران: 6,
  تموز: 7,
  اب: 8,
  ايلول: 9,
  يناير: 1,
  فبراير: 2,
  مارس: 3,
  ابريل: 4,
  مايو: 5,
  يونيو: 6,
  يونيه: 6,
  يوليو: 7,
  يوليه: 7,
  اغسطس: 8,
  اغسطوس: 8,
  سبتمبر: 9,
  اكتوبر: 10,
  نوفمبر: 11,
  ديسمبر: 12,
  جانفي: 1,
  فيفري: 2,
  افريل: 4,
  ماي: 5,
  جوان: 6,
  جويليه: 7,
  اوت: 8,
  يوليوز: 7,
  غشت: 8,
  شتنبر: 9,
  نونبر: 11,
  دجنبر: 12,
});
/** Month names that are everyday words too (آب father, مارس practised...): never a date alone. */
export const MONTHS_NEEDING_CONTEXT = set('اب ماي مارس اوت نيسان غشت');
/** كانون / تشرين + الأول / الثاني (article optional: كانون ثاني). */
export const TWO_WORD_MONTHS = table<readonly [number, number]>({ كانون: [12, 1], تشرين: [10, 11] });

/** Hijri months, 1 = محرم. Two-word names take their second word from HIJRI_SECOND. */
export const HIJRI_MONTHS = table<number>({ محرم: 1, صفر: 2, رجب: 7, شعبان: 8, رمضان: 9, شوال: 10 });
export const HIJRI_TWO_WORD = table<readonly [number, number]>({ ربيع: [3, 4], جمادي: [5, 6] });
export const HIJRI_FIRST = set('اول اولي');
export const HIJRI_SECOND = set('ثاني ثانيه اخر اخره');
/** ذو/ذي القعدة, ذو/ذي الحجة. */
export const HIJRI_DHU = set('ذو ذي');
export const HIJRI_DHU_MONTHS = table<number>({ قعده: 11, حجه: 12 });

/** After a noun: next / past / this (gender and number folded together). */
export const NEXT = set('مقبل مقبله مقبلين مقبلتين مقبلان قادم قادمه قادمين قادمتين تالي تاليه اتي اتيه جاي جايه');
export const PAST = set('ماضي ماضيه ماض ماضيين ماضيتين سابق سابقه سابقين منصرم منصرمه فايت فايته فائت منقضي');
export const CURRENT = set('جاري جاريه حالي حاليه');
export const THIS = set('هذا هذه');

/** Cycle nouns: singular, dual and plural forms. */
export type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
export const UNITS = table<{ unit: Unit; count: number | null }>({
  دقيقه: { unit: 'minute', count: 1 },
  دقيقتين: { unit: 'minute', count: 2 },
  دقايق: { unit: 'minute', count: null },
  دقائق: { unit: 'minute', count: null },
  ساعه: { unit: 'hour', count: 1 },
  ساعتين: { unit: 'hour', count: 2 },
  ساعات: { unit: 'hour', count: null },
  يوم: { unit: 'day', count: 1 },
  يوما: { unit: 'day', count: 1 },
  يومين: { unit: 'day', count: 2 },
  ايام: { unit: 'day', count: null },
  اسبوع: { unit: 'week', count: 1 },
  اسبوعا: { unit: 'week', count: 1 },
  اسبوعين: { unit: 'week', count: 2 },
  اسابيع: { unit: 'week', count: null },
  شهر: { unit: 'month', count: 1 },
  شهرا: { unit: 'month', count: 1 },
  شهرين: { unit: 'month', count: 2 },
  اشهر: { unit: 'month', count: null },
  شهور: { unit: 'month', count: null },
  سنه: { unit: 'year', count: 1 },
  عام: { unit: 'year', count: 1 },
  عاما: { unit: 'year', count: 1 },
  سنتين: { unit: 'year', count: 2 },
  عامين: { unit: 'year', count: 2 },
  سنوات: { unit: 'year', count: null },
  اعوام: { unit: 'year', count: null },
  سنين: { unit: 'year', count: null },
});

/** Parts of the day. */
export type Pod = 'dawn' | 'morning' | 'noon' | 'afternoon' | 'evening' | 'night';
/** One-word parts of the day, as adverbs (صباحاً) or nouns (الصباح, صباح اليوم). */
export const PODS = table<Pod>({
  صباحا: 'morning',
  صباح: 'morning',
  صبح: 'morning',
  صبحا: 'morning',
  فجرا: 'dawn',
  فجر: 'dawn',
  ظهرا: 'noon',
  ظهر: 'noon',
  ظهيره: 'noon',
  عصرا: 'afternoon',
  عصر: 'afternoon',
  مساء: 'evening',
  مساءا: 'evening',
  مسا: 'evening',
  مغرب: 'evening',
  عشاء: 'evening',
  ليلا: 'night',
  ليل: 'night',
  ليله: 'night',
});
/** The hours each part of the day covers, [from, to) — used for "مساء اليوم" and to place 12-hour times. */
export const POD_HOURS: Record<Pod, readonly [number, number]> = {
  dawn: [3, 7],
  morning: [4, 12],
  noon: [12, 14],
  afternoon: [12, 19],
  evening: [18, 24],
  night: [18, 24],
};

/** Day words: اليوم 0, أمس -1, غداً +1 ... (single words). */
export const DAY_WORDS = table<number>({
  امس: -1,
  البارحه: -1,
  بارحه: -1,
  امبارح: -1,
  مبارح: -1,
  غدا: 1,
  غد: 1,
  بكره: 1,
  بكرا: 1,
  بكرة: 1,
});
/** Now. */
export const NOW_WORDS = set('الان الآن حالا حاليا');

/** Words that join the ends of a range ("to") or bound it ("until"). */
export const RANGE_TO = set('الي حتي لغايه غايه');
export const UNTIL = set('حتي لغايه');

/** Harmless words allowed before an expression and left out of its span. */
export const APPROX = set('حوالي حوالى بحدود حدود قرابه نحو تقريبا');

/** Part-of-month words: early, middle, late (and Duckling's "beginning" = the first day). */
export type MonthPart = 'early' | 'mid' | 'late' | 'first';
export const MONTH_PARTS = table<MonthPart>({
  مطلع: 'early',
  اوائل: 'early',
  مستهل: 'early',
  مطالع: 'early',
  منتصف: 'mid',
  نصف: 'mid',
  نص: 'mid',
  اواسط: 'mid',
  وسط: 'mid',
  اواخر: 'late',
  نهايه: 'late',
  اخر: 'late',
  اخير: 'late',
  ختام: 'late',
  اواخرو: 'late',
  نهايات: 'late',
  بدايات: 'first',
  بدايه: 'first',
  بداية: 'first',
});

/** GMT and UTC, by the IANA name the rest of Diwan knows as a zone (it has a slash, as every place's zone). */
export const UTC = 'Etc/UTC';

/** Zone names after بتوقيت (one or two words), folded, article-less where Arabic drops it. */
export const ZONES = table<string>({
  دمشق: 'Asia/Damascus',
  سوريا: 'Asia/Damascus',
  ليبيا: 'Africa/Tripoli',
  بنغازي: 'Africa/Tripoli',
  جده: 'Asia/Riyadh',
  اربيل: 'Asia/Baghdad',
  'رام الله': 'Asia/Hebron',
  السودان: 'Africa/Khartoum',
  موريتانيا: 'Africa/Nouakchott',
  نواكشوط: 'Africa/Nouakchott',
  مقديشو: 'Africa/Mogadishu',
  الصومال: 'Africa/Mogadishu',
  جيبوتي: 'Africa/Djibouti',
  'الدار البيضاء': 'Africa/Casablanca',
  بروكسل: 'Europe/Brussels',
  روما: 'Europe/Rome',
  مدريد: 'Europe/Madrid',
  فيينا: 'Europe/Vienna',
  استانا: 'Asia/Almaty',
  بكين: 'Asia/Shanghai',
  نيودلهي: 'Asia/Kolkata',
  'اسلام اباد': 'Asia/Karachi',
  بيروت: 'Asia/Beirut',
  لبنان: 'Asia/Beirut',
  القدس: 'Asia/Jerusalem',
  فلسطين: 'Asia/Hebron',
  غزه: 'Asia/Gaza',
  عمان: 'Asia/Amman',
  الاردن: 'Asia/Amman',
  بغداد: 'Asia/Baghdad',
  العراق: 'Asia/Baghdad',
  القاهره: 'Africa/Cairo',
  مصر: 'Africa/Cairo',
  مكه: 'Asia/Riyadh',
  'مكه المكرمه': 'Asia/Riyadh',
  الرياض: 'Asia/Riyadh',
  السعوديه: 'Asia/Riyadh',
  الكويت: 'Asia/Kuwait',
  الدوحه: 'Asia/Qatar',
  قطر: 'Asia/Qatar',
  المنامه: 'Asia/Bahrain',
  البحرين: 'Asia/Bahrain',
  دبي: 'Asia/Dubai',
  'ابو ظبي': 'Asia/Dubai',
  ابوظبي: 'Asia/Dubai',
  الامارات: 'Asia/Dubai',
  مسقط: 'Asia/Muscat',
  صنعاء: 'Asia/Aden',
  عدن: 'Asia/Aden',
  اليمن: 'Asia/Aden',
  الخرطوم: 'Africa/Khartoum',
  طرابلس: 'Africa/Tripoli',
  تونس: 'Africa/Tunis',
  الجزاير: 'Africa/Algiers',
  الجزائر: 'Africa/Algiers',
  الرباط: 'Africa/Casablanca',
  المغرب: 'Africa/Casablanca',
  انقره: 'Europe/Istanbul',
  اسطنبول: 'Europe/Istanbul',
  تركيا: 'Europe/Istanbul',
  طهران: 'Asia/Tehran',
  ايران: 'Asia/Tehran',
  موسكو: 'Europe/Moscow',
  لندن: 'Europe/London',
  باريس: 'Europe/Paris',
  برلين: 'Europe/Berlin',
  جنيف: 'Europe/Zurich',
  واشنطن: 'America/New_York',
  نيويورك: 'America/New_York',
  غرينتش: UTC,
  غرينيتش: UTC,
  جرينتش: UTC,
  جرينيتش: UTC,
  غرينش: UTC,
  gmt: UTC,
  utc: UTC,
});

/** Every word an expression can begin with (after clitics): the scan skips all other words at once. */
export const STARTERS: ReadonlySet<string> = new Set([
  ...WEEKDAYS.keys(),
  ...MONTHS.keys(),
  ...TWO_WORD_MONTHS.keys(),
  ...HIJRI_MONTHS.keys(),
  ...HIJRI_TWO_WORD.keys(),
  ...HIJRI_DHU,
  ...ORDINALS.keys(),
  ...FIRST_OF_MONTH,
  ...CARDINALS.keys(),
  ...TENS.keys(),
  ...THIS,
  ...UNITS.keys(),
  ...PODS.keys(),
  ...DAY_WORDS.keys(),
  ...NOW_WORDS,
  ...UNTIL,
  ...MONTH_PARTS.keys(),
  ...THOUSANDS.keys(),
  ...DECADES.keys(),
  // The stretches' (rules/stretches.ts)
  // (ما of ما تبقى is mayStart's own test: as a clitic's stem, كما and بما, it is everywhere)
  ...set('ربع نصف ثلث وقت لاحقا بقيه باقي عطله فصل شتاء ربيع صيف خريف'),
  ...set(
    'عقد عامي سنتي يوم يومي قبل بعد منذ من بين خلال غضون اخر اخير عيد كريسماس كريسمس راس المولد عاشوراء عاشورا ساعه ت ال',
  ),
]);
