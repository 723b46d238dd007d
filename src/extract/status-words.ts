/**
 * The Arabic words status.ts reads a meeting's status by: put off, called off, hedged, held. Folded
 * as the text's words are (src/names), whole.
 */
import { fold } from './meeting-words.js';

/** Put off to another day: the new day is the meeting's (أرجئت إلى يوم الإثنين), past and present. */
const ARABIC_POSTPONED_WORDS = [
  'تاجيل',
  'تاجل',
  'تاجلت',
  'ارجي',
  'ارجيت',
  'ارجا',
  'ارجات',
  'ارجاء',
  'يرجي',
  'ترجي',
  'يرجا',
  'ترجا',
  'اجل',
  'اجلت',
  'يوجل',
  'توجل',
];
export const ARABIC_POSTPONED = fold(ARABIC_POSTPONED_WORDS);
/** Called off or put off (folded, whole words; و/ف before them allowed). */
export const ARABIC_CANCELLED = fold(['الغاء', 'الغي', 'الغيت', 'الغت', 'يلغي', 'سيلغي', ...ARABIC_POSTPONED_WORDS]);
// prettier-ignore
export const ARABIC_TENTATIVE_WORDS = fold([
  'احتمال', 'احتمالا', 'مرجح', 'يرجح', 'رجحت', 'ترجح', 'ربما', 'محتمل', 'محتملا', 'متوقع', 'يتوقع',
  // "يؤمل أن تنعقد": it is hoped (not يأمل الجانبان, the parties' hope for what a meeting brings)
  'يؤمل',
]);
export const ARABIC_HELD = fold([
  // A session begun ("الدورة …، المنطلقة اليوم"): under way, so held on its day.
  'المنطلقة',
  'المنعقدة',
  'عقد',
  'عقدت',
  'انعقد',
  'انعقدت',
  'التقي',
  'التقت',
  'اجتمع',
  'اجتمعت',
  'زار',
  'زارت',
  'استقبل',
  'استقبلت',
  'بحث',
  'اجري',
  'اجرت',
  'شارك',
  'استضافت',
  'استضاف',
  'جمع',
  'جمعهما',
  // Welcomed, hosted: "رحّب … اليوم بمعالي … خلال استقباله له", "احتضنه مجلس قصر البحر", "الجلسة التي احتضنها قصر الدرعية".
  'رحب',
  // "شهد قصر بيان مساء اليوم انعقاد جلسة المباحثات": the venue saw it held
  'شهد',
  'شهدت',
  'احتضن',
  'احتضنه',
  'احتضنت',
  'احتضنها',
  // Talked with: "ناقش الوزير مع نظيره", "وتباحثا".
  'ناقش',
  'ناقشا',
  'تباحث',
  'تباحثا',
  'بحثا',
  // "جاء ذلك خلال لقائه": what was said came at a meeting held.
  'جاء',
  // Began, opened, ended: "انطلقت اليوم أعمال القمة", "أسدل الستار على أشغال الاجتماع".
  'انطلقت',
  'انطلق',
  'بدات',
  'بدا',
  'افتتح',
  'افتتحت',
  'اختتم',
  'اختتمت',
  'انتهت',
  'اسدل',
  // Two or more who met: "التقيا في مسقط", "اجتمعوا".
  'التقيا',
  'التقوا',
  'اجتمعا',
  'اجتمعوا',
  'عقدا',
  'عقدوا',
  'زارا',
  'استقبلا',
  'شاركا',
  'شاركوا',
  'تباحثوا',
  'ناقشوا',
  'بحثوا',
  // Took place, lasted: "جرى اللقاء في قصر بعبدا", "واستغرق ما يقارب ساعة".
  'جري',
  'جرت',
  'استغرق',
  'استغرقت',
  // With the one received or met as a pronoun: "الذي استقبله رسمياً", "التقاه أمس", "اجتماع جمعهما".
  'استقبله',
  'استقبلها',
  'استقبلهم',
  'استقبلته',
  'استقبلتها',
  'زاره',
  'زارها',
  'التقاه',
  'التقاها',
  'التقته',
  'جمعه',
  'جمعها',
  'جمعتهما',
  'جمعتهم',
]);
