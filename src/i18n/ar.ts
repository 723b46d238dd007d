import { calendarFilesAr } from './calendar-files.js';
import type { PermissionName } from './en.js';
import { icu } from './icu.js';
import { reminderWords } from './reminder-words.js';
import { meetingNumbers } from './meeting-numbers.js';
import type { Messages } from './messages.js';
import { digestAr } from './digest.js';
import { eventsAr, eventsErrorsAr } from './events.js';
import { feedErrorsAr, feedsAr } from './feeds-ar.js';
import { followErrorsAr, followAr } from './follow-ar.js';
import { pictureErrors, pictureWords } from './picture.js';
import { dateStyleErrors, dateStyleWords } from './date-style-words.js';

/** Arabic as Syria writes it: Levantine month names, Arabic-Indic digits (in dates and counts alike). */
const TAG = 'ar-SY';

/** "اجتماع واحد", "اجتماعان", "٣ اجتماعات", "١١ اجتماعاً", "١٠٠ اجتماع". */
const meetings = icu(
  TAG,
  '{n, plural, zero {لا اجتماعات} one {اجتماع واحد} two {اجتماعان} few {# اجتماعات} many {# اجتماعاً} other {# اجتماع}}',
);
const meetingsCount = (n: number) => meetings({ n });

/** Days as the object of a verb: "يوماً واحداً", "يومين", "٣ أيام", "٣٦٦ يوماً", "٤٠٠ يوم". */
const days = icu(TAG, '{n, plural, one {يوماً واحداً} two {يومين} few {# أيام} many {# يوماً} other {# يوم}}');

/** "خلال اليوم المقبل", "خلال ٧ أيام مقبلة", "خلال ٣٠ يوماً مقبلاً". */
/** "مشارك واحد", "مشاركان", "٣ مشاركين", "١١ مشاركاً", "١٠٠ مشارك". */
const participantsCount = icu(
  TAG,
  '{n, plural, zero {لا مشاركين} one {مشارك واحد} two {مشاركان} few {# مشاركين} many {# مشاركاً} other {# مشارك}}',
);
const pageOf = icu(TAG, 'الصفحة {page, number} من {pages, number} · {counted}');
const addMeetings = icu(
  TAG,
  '{n, plural, one {أضف الاجتماع} two {أضف الاجتماعين} few {أضف # اجتماعات} many {أضف # اجتماعاً} other {أضف # اجتماع}}',
);
const lowConfidence = icu(
  TAG,
  '⚠️ {n, plural, one {اجتماع واحد موسوم} two {اجتماعان موسومان} few {# اجتماعات موسومة} many {# اجتماعاً موسوماً} other {# اجتماع موسوم}} بثقة منخفضة: راجِعها.',
);
/** "اختير ٣ من ٥." in the server's digits. */
const chosenOf = icu(TAG, 'اختير {chosen, number} من {found, number}.');
const andMore = icu(TAG, '{n, plural, one {…وواحد آخر} two {…واثنان آخران} other {…و# أخرى}}');

/** "منها ٣ في التقويم وستُحدَّث". */
const updatesIn = icu(
  TAG,
  '{n, plural, one {واحد منها في التقويم وسيُحدَّث} two {اثنان منها في التقويم وسيُحدَّثان} other {# منها في التقويم وستُحدَّث}}',
);

const nextDays = icu(
  TAG,
  'خلال {n, plural, one {اليوم المقبل} two {اليومين المقبلين} few {# أيام مقبلة} many {# يوماً مقبلاً} other {# يوم مقبل}}',
);

/** Discord shows these in English (it has no Arabic client); the Arabic is said beside them. */
const PERMISSION_NAMES: Record<PermissionName, string> = {
  'Manage Events': 'إدارة الأحداث',
  'Manage Server': 'إدارة الخادم',
};

/** «؛ هل تقصد جيمس جيفري أو جيفري فيلتمان؟» بعد اسم لم يطابقه شيء. */
function didYouMean(names: readonly string[]): string {
  if (names.length === 0) return '';
  const last = names.at(-1)!;
  return `؛ هل تقصد ${names.length === 1 ? last : `${names.slice(0, -1).join('، ')} أو ${last}`}؟`;
}

export const ar: Messages = {
  intlTag: TAG,
  ...pictureWords.ar,
  ...dateStyleWords.ar,
  status: { held: 'عُقد', scheduled: 'مقرر', tentative: 'محتمل', cancelled: 'ملغى' },
  pastUnconfirmed: 'مضى، ولم يتأكد انعقاده',
  kind: { person: 'شخص', country: 'دولة', organization: 'منظمة' },
  expectedIn: (period) => `متوقع في ${period}`,
  weekOf: (day) => `أسبوع ${day}`,
  upcomingTitle: (n) => `الاجتماعات ${nextDays({ n })}`,
  withParticipants: (names) => `مع ${names}`,
  atPlaces: (names) => `في ${names}`,
  onTitle: (day) => `الاجتماعات في ${day}`,
  betweenTitle: (from, to) => `الاجتماعات من ${from} إلى ${to}`,
  pastTitle: 'الاجتماعات السابقة',
  participantTitle: (names) => `اجتماعات ${names}`,
  placeTitle: (names) => `الاجتماعات في ${names}`,
  participantsTitle: 'المشاركون',
  pageFooter: (page, pages, counted) => pageOf({ page, pages, counted }),
  nothingInNext: (n) => `لا شيء ${nextDays({ n })}`,
  nothingOnDay: (day) => `لا شيء في ${day}`,
  nothingBetween: (from, to) => `لا شيء من ${from} إلى ${to}`,
  noMeetingsOf: (names) => `لا اجتماعات لـ${names}`,
  noMeetingsIn: (names) => `لا اجتماعات في ${names}`,
  nothingAtAll: 'لا اجتماعات في هذا التقويم بعد.',
  onWhen: (when) => `في ${when}`,
  lastWas: (title, when) => `آخر اجتماع كان ${title} ${when}`,
  nextIs: (title, when) => `والتالي المعروف ${title} ${when}`,
  noneBefore: 'لا اجتماع قبله',
  noneAfter: 'ولا اجتماع معروف بعده',
  field: {
    when: 'الموعد',
    where: 'المكان',
    status: 'الحالة',
    participants: 'المشاركون',
    source: 'المصدر',
    sources: 'المصادر',
    meetings: 'الاجتماعات',
    aliases: 'يُكتب أيضاً',
    role: 'الصفة',
    kind: 'النوع',
  },
  noPlace: 'المكان غير محدد',
  venueClock: (clock, place, offset) =>
    place ? `${clock} بتوقيت ${place} (${offset})` : `${clock} بالتوقيت المحلي (${offset})`,
  meetingCount: (n) => meetingsCount(n),
  participantCount: (n) => participantsCount({ n }),
  alsoMatched: (names) => `يطابق أيضاً: ${names}`,
  previous: 'السابق',
  next: 'التالي',
  added: (id) => `✅ أضيف الاجتماع #${id} كما فُهم:`,
  edited: (id) => `✏️ عُدّل الاجتماع #${id} كما فُهم:`,
  cancelled: (id) => `✖️ أُلغي الاجتماع #${id}.`,
  confirmDelete: (id) => `حذف الاجتماع #${id}؟ لا يمكن التراجع عن ذلك.`,
  deleteButton: 'احذف',
  keepButton: 'أبقِه',
  kept: (id) => `بقي الاجتماع #${id}.`,
  deleted: (id) => `🗑️ حُذف الاجتماع #${id}.`,
  reminderTitle: (n) => (n === 1 ? '⏰ قريباً' : `⏰ ${meetingsCount(n)} قريبة`),
  reminderKind: {
    lead: 'يبدأ',
    'day-before': 'غداً',
    'period-start:week': 'متوقع هذا الأسبوع',
    'period-start:month': 'متوقع هذا الشهر',
    cancelled: '✖️ أُلغي',
  },
  reminders: reminderWords.ar,
  postedLate: '(نُشر متأخراً: كان البوت متوقفاً في حينه)',
  reminderTest: '⏰ تجربة: ستُنشر تذكيرات هذا التقويم هنا.',
  channelRefused: (channel, reason) =>
    `⚠️ تعذر على ديوان نشر التذكيرات في <#${channel}> (${reminderWords.ar.refusal(reason)}) وتوقف عن المحاولة فيها. امنحه صلاحيتي إرسال الرسائل وتضمين الروابط هناك، أو اختر قناة أخرى عبر /reminders channel.`,
  remindersOff: 'التذكيرات متوقفة هنا: يمكن لمن يملك صلاحية إدارة الخادم تفعيلها عبر /reminders channel.',
  importNothing: 'لم يُعثر على أي اجتماع في هذا المقال: لم يُضف شيء.',
  importPreview: (found, updates) =>
    `عُثر على ${meetingsCount(found)}${updates ? ` (${updatesIn({ n: updates })})` : ''}. هل تُضاف؟`,
  importButton: (n) => addMeetings({ n }),
  discardButton: 'تجاهل',
  importDiscarded: 'تم التجاهل: لم يُضف شيء.',
  imported: (added, updated) =>
    [
      added.length ? `✅ أضيف ${meetingNumbers(added).join('، ')}` : '',
      updated.length ? `✏️ حُدّث ${meetingNumbers(updated).join('، ')}` : '',
    ]
      .filter(Boolean)
      .join('؛ ') + '.',
  importAlreadyDone: (by, at, meetings) =>
    `تمّ ذلك من قبل: أكّد ${by} هذا الاستيراد ${at}${meetings.length ? ` (${meetings.map((id) => `#${id}`).join('، ')})` : ''}؛ لم يُضف شيء مرة أخرى.`,
  importUpdates: (id) => `يحدّث #${id}`,
  importNew: 'جديد',
  importPublished: (day, assumed) =>
    assumed
      ? `قُرئ على أنه منشور في ${day} (لم يُعطَ تاريخ النشر فافتُرض اليوم؛ غيّره بـ published:).`
      : `قُرئ على أنه منشور في ${day}.`,
  importLowConfidence: (n) => lowConfidence({ n }),
  importChosen: (chosen, found) => chosenOf({ chosen, found }),
  importUntick: 'أزل العلامة عن أي اجتماع لا تريده، ثم أضف الباقي.',
  importFirstOnly: (shown) => `تضم القائمة أول ${shown}؛ أما البقية فتُضاف دائماً.`,
  importPick: 'الاجتماعات التي ستُضاف (أزل العلامة لاستبعاد أحدها)',
  importFoundTitle: 'الاجتماعات التي عُثر عليها',
  titlesButton: 'صحّح العناوين ثم أضف',
  dayButton: 'غيّر تاريخ النشر',
  titlesForm: {
    title: 'العناوين ثم الإضافة',
    instead: 'تُصحَّح العناوين في نموذج داخل ديسكورد؛ أما هنا فأضف الاجتماعات ثم استعمل /calendar edit meeting:… title:…',
  },
  dayForm: {
    title: 'تاريخ النشر',
    instead: 'استورد المقال مجدداً مع published:…',
    label: 'تاريخ النشر',
  },
  andMore: (n) => andMore({ n }),
  confidenceField: 'الثقة',
  evidenceField: 'مصدر القراءة',
  confidence: { high: 'عالية', medium: 'متوسطة', low: 'منخفضة' },
  doubts: {
    verbOnly: 'لا يدل على اللقاء إلا فعل',
    dateBorrowed: 'يومه هو اليوم المذكور قبله',
    publicationDay: 'لم يُذكر يوم: يوم النشر',
    vagueDate: 'لا يُعرف إلا الأسبوع أو الشهر',
    placeFar: 'قُرئ المكان بعيداً عن ذكر الاجتماع',
    noPlace: 'لم يُذكر مكان',
    noPerson: 'لم يُذكر شخص، بل دول أو هيئات فقط',
    nobody: 'لم يُذكر أحد',
  },
  evidenceWhat: { event: 'كلمة الاجتماع', date: 'التاريخ', place: 'المكان', people: 'المشاركون' },
  evidenceFrom: {
    clause: 'عبارته',
    sentence: 'جملته',
    paragraph: 'فقرته',
    lead: 'مقدمة الخبر',
    headline: 'العنوان',
    dateline: 'سطر المكان والتاريخ',
    capital: 'البلد المذكور (عاصمته)',
    outlet: 'بلد الوسيلة الإعلامية (عاصمته)',
    seat: 'مقر المنظمة المجتمعة',
    article: 'موضع آخر من المقال',
  },
  assumedPublished: (day) => `لم يُعطَ ‎--published: قُرئ على أنه منشور في ${day} (اليوم)`,
  addForm: {
    title: 'إضافة اجتماع',
    instead: 'أعطِ عنواناً وتاريخاً على الأقل: /calendar add title:… date:…',
    titleLabel: 'العنوان',
    dayLabel: 'اليوم',
    dayExample: '2020-01-30، غداً، tomorrow',
    timeLabel: 'الساعة المحلية',
    placeLabel: 'المكان',
    placeExample: 'دمشق',
    participantsLabel: 'المشاركون',
    participantsExample: 'غير بيدرسون، جيمس جيفري',
  },
  importForm: {
    title: 'استيراد مقال',
    instead: 'الصق المقال في text:… أو أرفقه ملفاً في file:… (ملف ‎.txt)',
    articleLabel: 'المقال',
    publishedLabel: 'تاريخ النشر',
    publishedExample: '2020-01-28 (افتراضياً: اليوم)',
  },
  events: eventsAr,
  digest: digestAr,
  settingsTitle: '⚙️ الإعدادات',
  settingsLanguage: 'اللغة',
  settingsZone: 'المنطقة الزمنية (للاجتماعات بلا مكان)',
  languageAuto: 'لغة ديسكورد لدى كل قارئ',
  languageName: { ar: 'العربية', en: 'English' },
  genericError: 'حدث خطأ من جهتنا وسُجّل. حاول مرة أخرى.',
  // Each sentence opens with an Arabic word, so Discord sets it right to left even when a
  // typed value (a date, an English name) comes early. Typed values are quoted «…».
  calendarFiles: calendarFilesAr,
  feeds: feedsAr,
  follow: followAr,
  errors: {
    ...eventsErrorsAr,
    ...calendarFilesAr.errors,
    ...feedErrorsAr,
    ...followErrorsAr,
    ...pictureErrors.ar,
    ...dateStyleErrors.ar,
    noMeeting: (id) => `لا يوجد في هذا التقويم اجتماع برقم #${id}`,
    notMeetingNumber: (id) => `القيمة «${id}» ليست رقم اجتماع`,
    noMeetingMatches: (text) => `لا يوجد في هذا التقويم اجتماع يطابق «${text}»`,
    meetingNeedsTitle: () => 'لا بد من عنوان للاجتماع',
    meetingNeedsDate: () => 'لا بد من تاريخ للاجتماع (YYYY-MM-DD، أو اليوم، أو غداً)',
    participantNeedsName: () => 'لا بد من اسم للمشارك',
    sayWhatToChange: () => 'حدّد ما تريد تعديله: title أو date أو time أو zone أو place أو participants أو status',
    statusOneOf: (statuses) => `يجب أن تكون الحالة (status) إحدى القيم: ${statuses.join('، ')}`,
    meetingEndsBeforeBegins: (end, start) => `ينتهي الاجتماع (${end}) قبل أن يبدأ (${start})`,
    onlyDeleteAsker: () => 'لا يؤكد الحذفَ إلا من طلب حذف هذا الاجتماع',
    notDate: (text) => `القيمة «${text}» ليست تاريخاً (اكتبه بصيغة YYYY-MM-DD)`,
    notCalendarDate: (text) => `لا وجود لتاريخ «${text}» في التقويم`,
    unreadableDate: (text) =>
      `تعذّرت قراءة «${text}» تاريخاً؛ اكتبه بصيغة YYYY-MM-DD، أو بكلمات مثل اليوم وغداً والخميس المقبل`,
    ambiguousDate: (text) => `التاريخ «${text}» يحتمل قراءتين (يوم/شهر أو شهر/يوم)؛ اكتبه بصيغة YYYY-MM-DD`,
    dateNeedsYear: (text) => `التاريخ «${text}» تنقصه السنة؛ اكتبه بصيغة YYYY-MM-DD`,
    notTimeOfDay: (text) => `القيمة «${text}» ليست وقتاً من اليوم (اكتبه بصيغة HH:mm، بنظام 24 ساعة)`,
    notInstant: (what, text) => `يجب أن تكون قيمة ${what} لحظةً بصيغة ISO مثل 2020-01-26T12:00:00Z، لا «${text}»`,
    unknownZone: (zone) => `منطقة زمنية غير معروفة: «${zone}»`,
    unknownZoneUseIana: (zone) => `منطقة زمنية غير معروفة: «${zone}» (استعمل اسماً من أسماء IANA مثل Asia/Damascus)`,
    unknownZonePickOne: (zone) => `منطقة زمنية غير معروفة: «${zone}»؛ اختر واحدة من القائمة (مثل Asia/Damascus)`,
    daysRange: (max) => `يجب أن يكون عدد الأيام (days) عدداً صحيحاً من 1 إلى ${max}`,
    rangeEndsBeforeBegins: (last, first) => `تنتهي الفترة (${last}) قبل أن تبدأ (${first})`,
    rangeTooLong: (max) => `لا يمكن أن تتجاوز الفترة ${days({ n: max })}`,
    pageFromOne: () => 'يجب أن يكون رقم الصفحة (page) عدداً صحيحاً يبدأ من 1',
    typeParticipant: () => 'اكتب اسم مشارك',
    typePlace: () => 'اكتب اسم مكان',
    noParticipantMatches: (name, suggestions = []) =>
      `لا يوجد في هذا التقويم مشارك يطابق «${name}»${didYouMean(suggestions)}`,
    noPlaceMatches: (name, suggestions = []) => `لا يوجد في هذا التقويم مكان يطابق «${name}»${didYouMean(suggestions)}`,
    articleGone: () => 'لم يعد هذا المقال متاحاً هنا؛ الصقه مرة أخرى',
    noMeetingChosen: () => 'لم يُختر أي اجتماع: اختر واحداً على الأقل، أو تجاهل',
    onlyArticleOwner: () => 'لا يؤكد الإضافةَ إلا من لصق هذا المقال',
    notPublicationDay: (day) => `القيمة «${day}» ليست يوم نشر (اكتبه بصيغة YYYY-MM-DD)`,
    publicationInFuture: (day) => `يوم النشر ${day} لم يأتِ بعد`,
    fileTooLarge: (name, kb, maxKb) =>
      `يتجاوز الملف ${name} الحد الأقصى لحجم المقال (${maxKb} KB)، إذ يبلغ حجمه ${kb} KB`,
    notRegularFile: (name) => `${name} ليس ملفاً عادياً (جهاز أو أنبوب أو مجلد): احفظ المقال في ملف`,
    notTextFile: (name) => `الملف ${name} ليس ملفاً نصياً`,
    notUtf8: (name) => `الملف ${name} ليس نصاً بترميز UTF-8`,
    articleEmpty: () => 'المقال فارغ',
    articleTooLong: (kb) => `يتجاوز نص المقال ${kb} KB`,
    notArticleLanguage: () => 'النص ليس بالعربية ولا بالإنكليزية',
    articleTooShort: () => 'النص أقصر من أن يكون مقالاً؛ الصق جملة أو أكثر',
    attachText: (name) => `الملف ${name} ليس ملفاً نصياً (أرفق ملفاً بامتداد .txt)`,
    downloadFailed: (name) => `تعذّر تنزيل الملف ${name}؛ حاول مرة أخرى`,
    downloadFailedStatus: (name, status) => `تعذّر تنزيل الملف ${name} (HTTP ${status})؛ حاول مرة أخرى`,
    notLeadTime: (text) => `القيمة «${text}» ليست مهلة تذكير (اكتب مثلاً 1d أو 2h أو 30m)`,
    leadTimeCount: () => 'حدّد من مهلة تذكير واحدة إلى خمس مهل، مثل 1d,1h',
    leadTimeRange: () => 'يجب أن تتراوح كل مهلة تذكير بين دقيقة واحدة وأربعة أسابيع',
    remindersNotHere: () => 'تُنشر التذكيرات عبر البوت ووحدة التحكم المحلية، لا من هنا',
    pauseInFuture: () => 'اختر لحظة في المستقبل لإيقاف التذكيرات مؤقتاً حتى حلولها، أو اكتب off لاستئنافها',
    chooseChannelFirst: () => 'اختر قناة أولاً: /reminders channel',
    languageChoice: () => 'يجب أن تكون اللغة ar أو en أو auto',
    needPermission: (permission) =>
      permission
        ? `تحتاج إلى صلاحية «${PERMISSION_NAMES[permission]}» (${permission}) لتنفيذ ذلك؛ راجع أحد مشرفي الخادم`
        : 'لا تملك الصلاحية اللازمة لتنفيذ ذلك؛ راجع أحد مشرفي الخادم',
    notInServer: () => 'استعمل ديوان داخل خادم: لكل خادم تقويمه الخاص',
    notOurCommand: (name) => `الأمر /${name} ليس من أوامر هذا البوت (ربما بقي من تسجيل قديم)`,
    staleButton: () => 'لم يعد هذا الزر صالحاً للاستعمال',
    staleForm: () => 'لم يعد هذا النموذج صالحاً للاستعمال',
    unknownSubcommand: (subcommand, command) => `لا يتضمن الأمر /${command} أمراً فرعياً باسم «${subcommand}»`,
    noSuchSubcommand: (command, subcommand) => `لا يتضمن الأمر /${command} أمراً فرعياً باسم «${subcommand}»`,
    noSuchOption: (command, name, known) =>
      `لا يتضمن الأمر /${command} خياراً باسم «${name}» (الخيارات: ${known.join('، ') || 'لا شيء'})`,
    missingOptions: (names) =>
      `${names.length === 1 ? 'خيار ناقص' : 'خيارات ناقصة'}: ${names.join('، ')} (مثلاً ${names.map((m) => `${m}:…`).join(' ')})`,
    required: (name) => `الخيار ${name} مطلوب`,
    mustBeWhole: (name) => `يجب أن يكون ${name} عدداً صحيحاً`,
    mustBeNumber: (name, whole, text) => `يجب أن يكون ${name} ${whole ? 'عدداً صحيحاً' : 'عدداً'}، لا «${text}»`,
    numberRange: (name, min, max) => `يجب أن يكون ${name} من ${min ?? '…'} إلى ${max ?? '…'}`,
    mustBeBoolean: (name) => `يجب أن تكون قيمة ${name} إما true أو false`,
    unknownSlashCommand: (name, commands) =>
      `أمر غير معروف: /${name}؛ الأوامر المتاحة: ${commands.map((c) => `/${c}`).join('، ')}`,
    needsSubcommand: (command, subcommands) => `يحتاج الأمر /${command} إلى واحد من: ${subcommands.join('، ')}`,
    notAnOption: (text, options) =>
      `النص «${text}» ليس خياراً؛ اكتب name:value (الخيارات: ${options.join('، ') || 'لا شيء'})`,
    clockNeedsInstant: () => 'اكتب /clock متبوعاً بلحظة بصيغة ISO، مثل /clock 2020-01-26T12:00Z',
    langChoice: () => 'اكتب /lang ar أو /lang en',
    noSuchButton: () => 'لا يوجد زر بهذا الرقم',
    noSuchPage: (which) => (which === 'next' ? 'لا توجد صفحة تالية' : 'لا توجد صفحة سابقة'),
    cliLangChoice: (lang) => `يجب أن تكون قيمة --lang إما ar أو en، لا «${lang}»`,
    cliRemindersWindow: () => 'يتطلب الأمر reminders الخيارين --from ISO و--to ISO',
    cliFlagGoesWith: (flag, commands) => `الخيار --${flag} يُستعمل مع ${commands.join(' أو ')} فقط`,
    cliTakesFile: (command) => `يتطلب الأمر ${command} ملفاً FILE (المقال، نصاً بترميز UTF-8)`,
    cliCannotRead: (file) => `تعذّرت قراءة ${file}`,
    cliUnknownCommand: (name) => `أمر غير معروف: «${name}» (انظر meetings --help)`,
    cliTakes: (command, args) =>
      args.length > 0 ? `يتطلب الأمر ${command} الوسائط ${args.join(' ')}` : `لا يقبل الأمر ${command} أي وسائط`,
    cliToAfterFrom: () => 'يجب أن تكون قيمة --to بعد --from',
  },
};
