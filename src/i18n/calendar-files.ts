/**
 * The words of iCalendar files and feeds (src/ical/, /meetings export, /calendar ical-link), in
 * English and Arabic: kept apart from en.ts and ar.ts, which hook them in as `calendarFiles`.
 */
const en = {
  /** The calendar's name in a calendar program. */
  calendarName: 'Diwan: diplomatic meetings',
  /** Lines of an event's description. */
  participants: 'Participants',
  place: 'Place',
  source: 'Source',
  status: 'Status',
  onlyWeekKnown: (first: string, last: string) =>
    `Only the week is known (${first} to ${last}): shown as an all-day span.`,
  onlyMonthKnown: (month: string) => `Only the month is known (${month}): shown as an all-day span.`,
  /** `counted`: "6 meetings", as `meetingCount` says it. */
  exported: (counted: string, file: string) =>
    `📅 ${counted} in ${file}: open the file with Outlook, Google Calendar or Apple Calendar.`,
  feedLink: (url: string) =>
    [
      `📅 This server's calendar feed: ${url}`,
      'Keep it secret: anyone with the link can read the calendar. Calendar programs fetch it again every few hours.',
      '• Outlook: Add calendar › Subscribe from web, paste the link.',
      '• Google Calendar: Other calendars › + › From URL, paste the link.',
      'Shared by mistake? `/calendar ical-link rotate:true` makes a new link; the old one stops working at once.',
    ].join('\n'),
  feedRotated: 'A new link: the old one no longer works, so subscribers need this one.',
  errors: {
    nothingToExport: () => 'no meeting matches: there is nothing to export',
    exportTooLarge: (megabytes: number) =>
      `the export would be larger than Discord takes (${megabytes} MB): narrow it with from, to, participant or place, or use npx meetings export`,
    feedsOff: () => 'calendar feeds are off on this bot: whoever runs it sets FEED_PORT to turn them on',
    cliJsonNeedsIcsFile: () => '--json goes with --ics FILE: without a file, the calendar itself goes to stdout',
    cliCannotWrite: (file: string) => `cannot write ${file}`,
  },
};

const ar: typeof en = {
  calendarName: 'ديوان: الاجتماعات الدبلوماسية',
  participants: 'المشاركون',
  place: 'المكان',
  source: 'المصدر',
  status: 'الحالة',
  onlyWeekKnown: (first, last) => `لا يُعرف إلا الأسبوع (من ${first} إلى ${last}): يظهر أياماً كاملة.`,
  onlyMonthKnown: (month) => `لا يُعرف إلا الشهر (${month}): يظهر أياماً كاملة.`,
  exported: (counted, file) => `📅 ${counted} في ${file}: افتح الملف بـOutlook أو تقويم Google أو تقويم Apple.`,
  feedLink: (url) =>
    [
      `📅 رابط تقويم هذا الخادم: ${url}`,
      'احفظه سرّاً: من يملك الرابط يقرأ التقويم. تعيد برامج التقويم جلبه كل بضع ساعات.',
      '• Outlook: إضافة تقويم › الاشتراك من الويب، ثم الصق الرابط.',
      '• تقويم Google: تقويمات أخرى › + › من عنوان URL، ثم الصق الرابط.',
      'شاركته خطأً؟ `/calendar ical-link rotate:true` ينشئ رابطاً جديداً ويتوقف القديم فوراً.',
    ].join('\n'),
  feedRotated: 'رابط جديد: لم يعد القديم يعمل، فعلى المشتركين استعمال هذا.',
  errors: {
    nothingToExport: () => 'لا يطابق أي اجتماع: لا شيء للتصدير',
    exportTooLarge: (megabytes) =>
      `الملف أكبر مما يقبله Discord (${megabytes} ميغابايت): ضيّقه بـfrom أو to أو participant أو place، أو استعمل npx meetings export`,
    feedsOff: () => 'روابط التقويم معطّلة في هذا البوت: يفعّلها من يشغّله بضبط FEED_PORT',
    cliJsonNeedsIcsFile: () => 'الخيار --json يُستعمل مع --ics FILE: دون ملف يُكتب التقويم نفسه على stdout',
    cliCannotWrite: (file) => `تعذّرت الكتابة في ${file}`,
  },
};

export { ar as calendarFilesAr, en as calendarFilesEn };
