/** The words of the weekly digest, in English and Arabic. Hooked into en.ts and ar.ts as `digest`. */

export const digestEn = {
  title: (first: string, last: string) => `🗓️ This week's meetings: ${first} – ${last}`,
  nothing: 'No meetings this week.',
  /** Meetings known only by their week or month, or begun before the week. */
  otherDays: 'This week, day not known',
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as readonly string[],
  chosen: (channel: string, weekday: string, time: string, zone: string) =>
    `🗓️ Each ${weekday} at ${time} (${zone}) the week's meetings will be posted in <#${channel}>, and that message kept up to date as they change.`,
  off: '🗓️ No weekly digest is posted.',
  refused: (channel: string, reason: string) =>
    `⚠️ Diwan could not post the weekly digest in <#${channel}> (${reason}) and stopped trying there. Give it Send Messages and Embed Links there, or choose another channel with /reminders digest.`,
};

export const digestAr: typeof digestEn = {
  title: (first, last) => `🗓️ اجتماعات هذا الأسبوع: ${first} – ${last}`,
  nothing: 'لا اجتماعات هذا الأسبوع.',
  otherDays: 'هذا الأسبوع، دون يوم محدد',
  weekdays: ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'],
  chosen: (channel, weekday, time, zone) =>
    `🗓️ في كل ${weekday} الساعة ${time} (${zone}) تُنشر اجتماعات الأسبوع في <#${channel}>، وتُحدَّث الرسالة نفسها كلما تغيّرت.`,
  off: '🗓️ لا يُنشر ملخص أسبوعي.',
  refused: (channel, reason) =>
    `⚠️ تعذر على ديوان نشر الملخص الأسبوعي في <#${channel}> (${reason}) وتوقف عن المحاولة فيها. امنحه صلاحيتي إرسال الرسائل وتضمين الروابط هناك، أو اختر قناة أخرى عبر /reminders digest.`,
};
