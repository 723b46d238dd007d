/** What `/reminders …` answers, in English and Arabic (src/handlers/reminders.ts). */
import { icu, type IcuValues } from './icu.js';

/** The largest whole unit of a lead time in minutes: 1440 is one day, 90 stays minutes. */
function leadUnit(minutes: number): IcuValues {
  for (const [unit, size] of [
    ['week', 10080],
    ['day', 1440],
    ['hour', 60],
  ] as const)
    if (minutes % size === 0) return { unit, n: minutes / size };
  return { unit: 'minute', n: minutes };
}

/** Lead times in minutes as a language says them, joined: "1 day, 1 hour", "يوم واحد، ساعة واحدة". */
function leadList(say: (values: IcuValues) => string, separator: string) {
  return (minutes: readonly number[]) => minutes.map((m) => say(leadUnit(m))).join(separator);
}

/** Why Discord refused a reminder channel, as src/discord/reminder-sender.ts records it. */
export type RefusalKey = 'notTextChannel' | 'missingPermissions';

/** A recorded refusal in a language: ours by key; Discord's own message (with its code) as Discord said it. */
function refusalIn(texts: Record<RefusalKey, string>) {
  return (reason: string) => (Object.hasOwn(texts, reason) ? texts[reason as RefusalKey] : reason);
}

const en = {
  refusal: refusalIn({
    notTextChannel: 'not a server text channel',
    missingPermissions: 'missing the View Channel, Send Messages or Embed Links permission',
  }),
  /** "1 day, 1 hour", "90 minutes": lead times as people say them. */
  leads: leadList(
    icu(
      'en-GB',
      '{unit, select, week {{n, plural, one {# week} other {# weeks}}} day {{n, plural, one {# day} other {# days}}} hour {{n, plural, one {# hour} other {# hours}}} other {{n, plural, one {# minute} other {# minutes}}}}',
    ),
    ', ',
  ),
  /** The terminal's preview of reminders due in a span. */
  previewTitle: icu('en-GB', '⏰ {n, plural, one {# reminder} other {# reminders}} due {span}'),
  before: (lead: string) => `${lead} before`,
  dayBeforeRule: 'the day before, 09:00',
  firstDayRule: 'first day, 09:00',
  none: 'none',
  channelSet: (channel: string) => `⏰ Reminders will be posted in ${channel}.`,
  leadsSet: (leads: string) => `⏰ Timed meetings get reminders ${leads} before.`,
  roleSet: (role: string) => `⏰ Reminders will mention ${role}.`,
  nobodyMentioned: '⏰ Reminders will mention nobody.',
  resumed: '⏰ Reminders resumed.',
  pausedUntil: (moment: string) =>
    `⏸️ Reminders paused until ${moment}. Those that come due meanwhile are posted late afterwards if their meeting has not begun.`,
  testPosted: (channel: string) => `✅ Posted a test message in ${channel}.`,
  title: '⏰ Reminders',
  field: {
    channel: 'Channel',
    leads: 'Before timed meetings',
    mention: 'Mention',
    dayOnly: 'Day-only meetings',
    periods: 'Weeks and months',
    pausedUntil: 'Paused until',
    refused: '⚠️ Refused by Discord',
    next: 'Next reminders',
  },
  channelNotSet: 'not set: /reminders channel',
  nobody: 'nobody',
  dayOnlyRule: '09:00 the day before, local time',
  periodRule: '09:00 on the first day',
  nonePlanned: 'none planned',
};

const ar: typeof en = {
  refusal: refusalIn({
    notTextChannel: 'ليست قناة نصية في خادم',
    missingPermissions: 'تنقصه صلاحية عرض القناة أو إرسال الرسائل أو تضمين الروابط',
  }),
  leads: leadList(
    icu(
      'ar-SY',
      '{unit, select, week {{n, plural, one {أسبوع واحد} two {أسبوعان} few {# أسابيع} many {# أسبوعاً} other {# أسبوع}}} day {{n, plural, one {يوم واحد} two {يومان} few {# أيام} many {# يوماً} other {# يوم}}} hour {{n, plural, one {ساعة واحدة} two {ساعتان} few {# ساعات} many {# ساعة} other {# ساعة}}} other {{n, plural, one {دقيقة واحدة} two {دقيقتان} few {# دقائق} many {# دقيقة} other {# دقيقة}}}}',
    ),
    '، ',
  ),
  previewTitle: icu(
    'ar-SY',
    '⏰ {n, plural, zero {لا تذكيرات} one {تذكير واحد} two {تذكيران} few {# تذكيرات} many {# تذكيراً} other {# تذكير}} مستحقة {span}',
  ),
  before: (lead) => `قبله بـ${lead}`,
  dayBeforeRule: 'اليوم السابق، الساعة 09:00',
  firstDayRule: 'اليوم الأول، الساعة 09:00',
  none: 'لا شيء',
  channelSet: (channel) => `⏰ ستُنشر التذكيرات في ${channel}.`,
  leadsSet: (leads) => `⏰ تُرسل تذكيرات الاجتماعات المحددة الوقت قبلها بـ${leads}.`,
  roleSet: (role) => `⏰ ستذكر التذكيرات ${role}.`,
  nobodyMentioned: '⏰ لن تذكر التذكيرات أحداً.',
  resumed: '⏰ استُؤنفت التذكيرات.',
  pausedUntil: (moment) =>
    `⏸️ التذكيرات موقوفة حتى ${moment}. ما يحين منها في أثناء ذلك يُنشر متأخراً بعده إن لم يكن اجتماعه قد بدأ.`,
  testPosted: (channel) => `✅ نُشرت رسالة تجريبية في ${channel}.`,
  title: '⏰ التذكيرات',
  field: {
    channel: 'القناة',
    leads: 'قبل الاجتماعات المحددة الوقت',
    mention: 'الإشارة',
    dayOnly: 'اجتماعات اليوم فقط',
    periods: 'الأسابيع والأشهر',
    pausedUntil: 'موقوفة حتى',
    refused: '⚠️ رفضها ديسكورد',
    next: 'التذكيرات التالية',
  },
  channelNotSet: 'غير محددة: /reminders channel',
  nobody: 'لا أحد',
  dayOnlyRule: 'الساعة 09:00 من اليوم السابق، بالتوقيت المحلي',
  periodRule: 'الساعة 09:00 من اليوم الأول',
  nonePlanned: 'لا شيء مقرر',
};

export const reminderWords = { en, ar };
