/**
 * The words of Discord Scheduled Events sync, in English and Arabic: what an event's
 * description says, and what `/settings` and the owner's notice say of the sync. Hooked into
 * en.ts and ar.ts as `events`.
 */
import { icu } from './icu.js';
import { meetingNumbers } from './meeting-numbers.js';

/** Arabic counts as ar.ts has them: ICU plurals (six forms) and Arabic-Indic digits. */
const AR = 'ar-SY';
const nextDaysAr = icu(
  AR,
  '{n, plural, one {اليوم القادم} two {اليومين القادمين} few {الأيام الـ# القادمة} many {الـ# يوماً القادمة} other {الـ# يوم القادمة}}',
);
const eventsCountAr = icu(
  AR,
  '{n, plural, zero {لا فعاليات} one {فعالية واحدة} two {فعاليتان} few {# فعاليات} many {# فعالية} other {# فعالية}}',
);
const meetingsCountAr = icu(
  AR,
  '{n, plural, one {اجتماع واحد} two {اجتماعان} few {# اجتماعات} many {# اجتماعاً} other {# اجتماع}}',
);

export const eventsEn = {
  /** Before the participants in an event's description. */
  with: 'With',
  source: 'Source',
  tentative: 'Tentative: not confirmed yet.',
  /** A week- or month-only meeting, or one from an unknown place, has no event; the `/settings` field. */
  settingsField: 'Discord Events',
  off: 'off: meetings are not put in Discord Events (/settings events on)',
  on: (days: number, live: number) =>
    `on: meetings of the next ${days} day${days === 1 ? '' : 's'} · ${live} event${live === 1 ? '' : 's'} in Discord`,
  paused: (reason: string) =>
    `⚠️ paused: Discord refused (${reason}). Give the bot Create Events and Manage Events, then /settings events on`,
  removedByHand: (numbers: readonly number[]) =>
    `removed by hand in Discord, not made again: ${meetingNumbers(numbers).join(', ')}`,
  failed: (count: number) => `${count} meeting${count === 1 ? '' : 's'} Discord would not take (see the bot's log)`,
  /** Direct message to the server's owner, once, when Discord refuses the sync. */
  refusedNotice: (server: string, reason: string) =>
    `⚠️ Diwan stopped putting ${server}'s meetings in Discord Events: Discord refused (${reason}). Give the bot the Create Events and Manage Events permissions, then run /settings events on.`,
};

/** The expected failures of Events sync and the weekly digest, spread into `errors` of en.ts and ar.ts. */
export const eventsErrorsEn = {
  eventsOnlyInDiscord: () => 'Discord Events sync is set in a Discord server, with /settings events',
  digestOnlyInDiscord: () => 'the weekly digest is posted in a Discord server: choose it there with /reminders digest',
};

export const eventsErrorsAr: typeof eventsErrorsEn = {
  eventsOnlyInDiscord: () => 'تُضبط مزامنة فعاليات ديسكورد داخل خادم ديسكورد، عبر /settings events',
  digestOnlyInDiscord: () => 'يُنشر الملخص الأسبوعي في خادم ديسكورد: اختره هناك عبر /reminders digest',
};

export const eventsAr: typeof eventsEn = {
  with: 'بمشاركة',
  source: 'المصدر',
  tentative: 'مبدئي: لم يُؤكَّد بعد.',
  settingsField: 'فعاليات ديسكورد',
  off: 'متوقفة: لا تُنشر الاجتماعات في فعاليات ديسكورد (/settings events on)',
  on: (days, live) => `مفعّلة: اجتماعات ${nextDaysAr({ n: days })} · ${eventsCountAr({ n: live })} في ديسكورد`,
  paused: (reason) =>
    `⚠️ موقوفة: رفض ديسكورد الطلب (${reason}). امنح البوت صلاحيتي إنشاء الفعاليات وإدارة الفعاليات، ثم /settings events on`,
  removedByHand: (numbers) => `حُذفت يدوياً في ديسكورد ولن تُنشأ ثانية: ${meetingNumbers(numbers).join('، ')}`,
  failed: (count) => `${meetingsCountAr({ n: count })} لم يقبلها ديسكورد (انظر سجل البوت)`,
  refusedNotice: (server, reason) =>
    `⚠️ توقف ديوان عن نشر اجتماعات ${server} في فعاليات ديسكورد: رفض ديسكورد الطلب (${reason}). امنح البوت صلاحيتي إنشاء الفعاليات وإدارة الفعاليات، ثم نفّذ /settings events on.`,
};
