/** The words Diwan answers with, in English and Arabic. One place decides each sentence. */
import type { MeetingStatus, ParticipantKind } from '../calendar/types.js';
import { ar } from './ar.js';
import { en } from './en.js';
import type { Messages } from './messages.js';

export type Locale = 'en' | 'ar';
export const LOCALES: readonly Locale[] = ['en', 'ar'];

export type { Messages };

const MESSAGES: Record<Locale, Messages> = { en, ar };

export function messages(locale: Locale): Messages {
  return MESSAGES[locale];
}

/** Discord's locale (`ar`, `en-US`, …) or a `--lang` value, to one we speak. */
export function toLocale(tag: string | null | undefined): Locale {
  return tag?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export type { MeetingStatus, ParticipantKind };
