/**
 * The words of `/settings dates` (a server's date style, src/i18n/date-style.ts), in English and
 * Arabic: spread into en.ts and ar.ts (`...dateStyleWords.en`, their errors into `errors`).
 */
import type { DigitSystem, MonthNames } from './date-style.js';

const en = {
  settingsDates: 'Dates',
  monthNames: {
    levantine: 'Levantine months',
    'egyptian-gulf': 'Egyptian and Gulf months',
    maghrebi: 'Maghrebi months',
  } as Record<MonthNames, string>,
  digitNames: { 'arabic-indic': 'Arabic-Indic digits', latin: 'Latin digits' } as Record<DigitSystem, string>,
  hijriOn: 'with the Hijri date',
  hijriOff: 'no Hijri date',
  /** The style in words, then today as the server's Arabic now writes it. */
  dateStyleSummary: (months: string, digits: string, hijri: string, example: string) =>
    `${months} · ${digits} · ${hijri}\n${example}`,
};

const errors = {
  dateStyleChoice: () =>
    'months: levantine, egyptian-gulf or maghrebi; hijri: on or off; digits: arabic-indic or latin',
};

const ar: typeof en = {
  settingsDates: 'التواريخ',
  monthNames: {
    levantine: 'الأشهر الشامية (كانون الثاني)',
    'egyptian-gulf': 'الأشهر المصرية والخليجية (يناير)',
    maghrebi: 'الأشهر المغاربية (جانفي)',
  },
  digitNames: { 'arabic-indic': 'الأرقام المشرقية (٠١٢٣)', latin: 'الأرقام الغربية (0123)' },
  hijriOn: 'مع التاريخ الهجري',
  hijriOff: 'دون التاريخ الهجري',
  dateStyleSummary: (months, digits, hijri, example) => `${months} · ${digits} · ${hijri}\n${example}`,
};

const errorsAr: typeof errors = {
  dateStyleChoice: () =>
    'أسماء الأشهر (months): levantine أو egyptian-gulf أو maghrebi؛ التاريخ الهجري (hijri): on أو off؛ الأرقام (digits): arabic-indic أو latin',
};

/** The date style's words by language, and its errors'. */
export const dateStyleWords = { en, ar };
export const dateStyleErrors = { en: errors, ar: errorsAr };
