/** ألفاظ متابعة الأشخاص والأماكن بالعربية (تطابق src/i18n/follow-en.ts). */
import type { FollowKind } from '../follow/types.js';
import type { followEn, followErrorsEn } from './follow-en.js';

export const followErrorsAr: typeof followErrorsEn = {
  followNeedsDiscord: () => 'المتابعة ترسل رسائل خاصة، فلا تعمل إلا في خادم على Discord',
  tooManyFollows: (max) =>
    `تتابع ${max} من الأشخاص والأماكن في هذا الخادم، وهو الحد الأقصى؛ ألغِ متابعة أحدها بالأمر /unfollow أولاً`,
  notFollowing: (name) => `لا تتابع ${name} في هذا الخادم (انظر /follow list)`,
};

export const followAr: typeof followEn = {
  kind: { participant: 'شخص', place: 'مكان' } satisfies Record<FollowKind, string>,
  followed: (name) =>
    `أصبحت تتابع ${name} في هذا الخادم. ستصلك رسالة خاصة كلما أضيف اجتماع له أو تغيّر يومه أو وقته أو مكانه أو حالته.`,
  already: (name) => `أنت تتابع ${name} من قبل.`,
  unfollowed: (name) => `لم تعد تتابع ${name}.`,
  listTitle: (count, max) => `ما تتابعه في هذا الخادم (${count} من ${max})`,
  listEmpty: 'لا تتابع أحداً ولا مكاناً في هذا الخادم. ابدأ بالأمر /follow participant أو /follow place.',
  listFooter: 'تصلك رسائل خاصة حين تضاف اجتماعاتهم أو تتغير؛ والأمر /unfollow يوقفها.',
  noticeTitle: (server) => `اجتماعات تتابعها في ${server}`,
  change: { added: 'جديد', changed: 'تغيّر' } satisfies Record<'added' | 'changed', string>,
  noticeFooter: 'تتابع أشخاصها أو أماكنها في ذلك الخادم؛ والأمر /unfollow هناك يوقف هذه الرسائل.',
  closedIntro: 'رسائلك الخاصة مغلقة، فلم يتمكن البوت من إخبارك بهذه التغييرات:',
};
