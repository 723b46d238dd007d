/** Previous and Next under a listing, in the reader's direction. */
import { messages, type Locale } from '../i18n/index.js';
import type { ReplyButton } from './reply.js';

/**
 * The two page buttons: Previous then Next for a left-to-right reader; for an Arabic reader the
 * row reads from the right, so Next stands on the left with its arrow pointing left.
 */
export function pageButtons(
  locale: Locale,
  to: (page: number) => string,
  page: number,
  pageCount: number,
): ReplyButton[] {
  const t = messages(locale);
  const rtl = locale === 'ar';
  const previous: ReplyButton = {
    customId: to(page - 1),
    label: rtl ? `${t.previous} ▶` : `◀ ${t.previous}`,
    style: 'secondary',
    disabled: page <= 1,
  };
  const next: ReplyButton = {
    customId: to(page + 1),
    label: rtl ? `◀ ${t.next}` : `${t.next} ▶`,
    style: 'secondary',
    disabled: page >= pageCount,
  };
  return rtl ? [next, previous] : [previous, next];
}
