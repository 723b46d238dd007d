/** ألفاظ الخلاصات الإخبارية المتابَعة بالعربية (تطابق src/i18n/feeds-en.ts). */
import type { FeedFailure, FeedMode } from '../feeds/types.js';
import type { feedErrorsEn, feedsEn } from './feeds-en.js';

const meetingList = (numbers: readonly number[]) => numbers.map((n) => `#${n}`).join('، ');

export const feedErrorsAr: typeof feedErrorsEn = {
  tooManyFeeds: (max) => `يتابع هذا الخادم ${max} خلاصة، وهو الحد الأقصى؛ احذف واحدة أولاً`,
  notFeedUrl: (url) => `"${url}" ليس عنوان http أو https`,
  noSuchFeed: (url) => `لا يتابع هذا الخادم خلاصة على ${url} (انظر /calendar feeds list)`,
  feedPostGone: () => 'لم يعد هذا المقال محفوظاً',
  feedPostDecided: (by) => `سبق أن قرّر ${by} بشأن هذا المقال`,
  thresholdRange: () => 'العتبة نسبة مئوية صحيحة من 50 إلى 100',
  undoExpired: () => 'لا يمكن التراجع عن اجتماعات أضيفت من خلاصة إلا خلال 24 ساعة؛ احذفها بالأمر /calendar delete',
};

export const feedsAr: typeof feedsEn = {
  mode: { review: 'مراجعة', auto: 'إضافة فورية' } satisfies Record<FeedMode, string>,
  failure: {
    scheme: 'عنوانها ليس http أو https',
    address: 'عنوانها على شبكة خاصة أو محلية، ولا يجلب البوت منها شيئاً',
    redirects: 'تحيل إلى عناوين أخرى أكثر من 3 مرات',
    timeout: 'لم تُجب خلال 10 ثوانٍ',
    'too-large': 'حجمها يتجاوز 2 ميغابايت',
    'content-type': 'ليست خلاصة (نوع المحتوى خاطئ)',
    network: 'تعذّر الوصول إليها',
    malformed: 'ليست بصيغة RSS أو Atom أو JSON Feed سليمة',
    html: 'هي صفحة ويب لا خلاصة (ابحث عن رابط RSS فيها)',
    'not-found': 'تجيب بالرمز 404: غير موجودة',
    gone: 'تجيب بالرمز 410: أزيلت نهائياً، فتوقفت متابعتها',
    'server-error': 'يجيب خادمها بخطأ',
    refused: 'يرفض خادمها الطلب',
  } satisfies Record<FeedFailure, string>,
  added: (url, mode, channel) =>
    `تجري متابعة ${url} (${mode === 'auto' ? 'تُضاف الاجتماعات المؤكدة فوراً والباقي للمراجعة' : 'كل مقال فيه اجتماعات يُعرض للمراجعة'}${channel ? ` في <#${channel}>` : ''}). تُقرأ المقالات الجديدة كل 15 دقيقة.`,
  updated: (url) => `${url} متابَعة من قبل: غُيّرت إعداداتها.`,
  listTitle: (count, max) => `الخلاصات التي يتابعها هذا الخادم (${count} من ${max})`,
  listEmpty: 'لا يتابع هذا الخادم أي خلاصة. أضف واحدة بالأمر /calendar feeds add url:…',
  listLine: (url, mode, channel, state) =>
    `${url} · ${mode === 'auto' ? 'إضافة فورية' : 'مراجعة'}${channel ? ` · <#${channel}>` : ''} · ${state}`,
  stateOk: 'تعمل',
  statePaused: 'موقوفة مؤقتاً',
  stateFailing: (reason) => `متعثرة: ${reason}`,
  removed: (url) => `توقفت متابعة ${url}.`,
  paused: (url) => `أوقفت ${url} مؤقتاً: لن تُقرأ حتى يُنفَّذ /calendar feeds pause مجدداً.`,
  resumed: (url) => `استؤنفت قراءة ${url}.`,
  failureNotice: (url, reason) =>
    `تعذّرت قراءة الخلاصة ${url}: ${reason}. ستُعاد المحاولة لاحقاً على فترات متباعدة؛ يوقفها الأمر /calendar feeds remove.`,
  thresholdSet: (percent) =>
    `صارت الخلاصات في وضع الإضافة الفورية تضيف الاجتماع فوراً حين تبلغ ثقة القارئ به ${percent}% على الأقل؛ ويُعرض الباقي للمراجعة.`,
  polled: (feeds, review, added, failures) =>
    `قُرئت ${feeds} خلاصة: ${review} مقال للمراجعة، و${added} اجتماع أضيف فوراً، و${failures} تعثّر.`,
  postsGivenUp: (channel, outlet, reason) =>
    `تعذّر إرسال منشورات الخلاصة ${outlet} إلى <#${channel}> (${reason}) فتُركت. تحقق من أن البوت يستطيع النشر هناك، أو اختر قناة أخرى بالأمر /calendar feeds add.`,
  reviewTitle: (outlet) => `من ${outlet}`,
  reviewFound: (count) => (count === 1 ? 'في هذا المقال اجتماع واحد:' : `في هذا المقال ${count} اجتماعات:`),
  addAll: (count) => (count === 1 ? 'أضفه' : `أضف الـ${count} كلها`),
  addSome: 'أضف ما تختاره هنا فقط…',
  discard: 'تجاهل',
  addedTitle: (outlet) => `أضيف من ${outlet}`,
  addedFound: (added, merged) =>
    [
      added.length ? `أضيف إلى التقويم: ${meetingList(added)}.` : '',
      merged.length ? `موجودة في التقويم من قبل، ودُمجت مع هذا المقال: ${meetingList(merged)}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  undo: 'تراجع',
  undoUntil: (when) => `يمكن التراجع حتى ${when}.`,
  decidedAdded: (by, added, updated) =>
    `أضاف ${by} ${[...added, ...updated].length ? meetingList([...added, ...updated]) : 'لا شيء جديد'}${updated.length ? ` (${meetingList(updated)} معروفة من قبل، دُمجت)` : ''}.`,
  decidedDiscarded: (by) => `تجاهل ${by} هذا المقال.`,
  decidedUndone: (by, removed, restored) =>
    `تراجع ${by} عن هذا: ${
      [
        removed.length ? `حُذفت ${meetingList(removed)}` : '',
        restored.length ? `أعيدت ${meetingList(restored)} كما كانت، دون هذا المقال` : '',
      ]
        .filter(Boolean)
        .join('؛ ') || 'لم يبق ما يُتراجع عنه'
    }.`,
};
