import type { Messages } from './index.js';

const plural = new Intl.PluralRules('ar');

/** "اجتماع واحد", "اجتماعان", "3 اجتماعات", "11 اجتماعاً", "100 اجتماع": Arabic counts agree with the noun. */
function meetingsCount(n: number): string {
  switch (plural.select(n)) {
    case 'one':
      return 'اجتماع واحد';
    case 'two':
      return 'اجتماعان';
    case 'few':
      return `${n} اجتماعات`;
    case 'many':
      return `${n} اجتماعاً`;
    default:
      return n === 0 ? 'لا اجتماعات' : `${n} اجتماع`;
  }
}

export const ar: Messages = {
  intlTag: 'ar-SY',
  status: { held: 'عُقد', scheduled: 'مقرر', tentative: 'محتمل', cancelled: 'ملغى' },
  kind: { person: 'شخص', country: 'دولة', organization: 'منظمة' },
  expectedIn: (period) => `متوقع في ${period}`,
  weekOf: (day) => `أسبوع ${day}`,
  upcomingTitle: (days) => (days === 1 ? 'الاجتماعات خلال اليوم المقبل' : `الاجتماعات خلال ${days} أيام المقبلة`),
  withParticipants: (names) => `مع ${names}`,
  atPlaces: (names) => `في ${names}`,
  onTitle: (day) => `الاجتماعات في ${day}`,
  betweenTitle: (from, to) => `الاجتماعات من ${from} إلى ${to}`,
  pastTitle: 'الاجتماعات السابقة',
  participantTitle: (names) => `اجتماعات ${names}`,
  placeTitle: (names) => `الاجتماعات في ${names}`,
  participantsTitle: 'المشاركون',
  pageFooter: (page, pages, total) => `الصفحة ${page} من ${pages} · ${meetingsCount(total)}`,
  nothingInNext: (days) => (days === 1 ? 'لا شيء خلال اليوم المقبل' : `لا شيء خلال ${days} أيام المقبلة`),
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
  meetingCount: (n) => meetingsCount(n),
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
  reminderTitle: (count) => (count === 1 ? '⏰ قريباً' : `⏰ ${count} اجتماعات قريبة`),
  reminderKind: { lead: 'يبدأ', 'day-before': 'غداً', 'period-start:week': 'متوقع هذا الأسبوع', 'period-start:month': 'متوقع هذا الشهر', cancelled: '✖️ أُلغي' },
  postedLate: '(نُشر متأخراً: كان البوت متوقفاً في حينه)',
  reminderTest: '⏰ تجربة: ستُنشر تذكيرات هذا التقويم هنا.',
  channelRefused: (channel, reason) =>
    `⚠️ تعذر على ديوان نشر التذكيرات في <#${channel}> (${reason}) وتوقف عن المحاولة فيها. امنحه صلاحيتي إرسال الرسائل وتضمين الروابط هناك، أو اختر قناة أخرى عبر /reminders channel.`,
  remindersOff: 'التذكيرات متوقفة هنا: يمكن لمن يملك صلاحية إدارة الخادم تفعيلها عبر /reminders channel.',
  importNothing: 'لم يُعثر على أي اجتماع في هذا المقال: لم يُضف شيء.',
  importPreview: (found, updates) =>
    `عُثر على ${found} اجتماع${updates ? ` (${updates} منها في التقويم وستُحدَّث)` : ''}. هل تُضاف؟`,
  importButton: (found) => (found === 1 ? 'أضف الاجتماع' : `أضف ${found} اجتماعات`),
  discardButton: 'تجاهل',
  importDiscarded: 'تم التجاهل: لم يُضف شيء.',
  imported: (added, updated) =>
    [added.length ? `✅ أضيف ${added.map((id) => `#${id}`).join('، ')}` : '', updated.length ? `✏️ حُدّث ${updated.map((id) => `#${id}`).join('، ')}` : '']
      .filter(Boolean)
      .join('؛ ') + '.',
  importUpdates: (id) => `يحدّث #${id}`,
  importNew: 'جديد',
  settingsTitle: '⚙️ الإعدادات',
  settingsLanguage: 'اللغة',
  settingsZone: 'المنطقة الزمنية (للاجتماعات بلا مكان)',
  languageAuto: 'لغة ديسكورد لدى كل قارئ',
  languageName: { ar: 'العربية', en: 'English' },
  genericError: 'حدث خطأ من جهتنا وسُجّل. حاول مرة أخرى.',
};
