/**
 * How a server writes dates and numbers (`/settings dates`): the family of Arabic month names,
 * the Hijri date beside the Gregorian one or not, and one digit system for everything Arabic it
 * says (dates, clock times, counts, page numbers).
 *
 * The style in force is the one of the server being written for, held in an AsyncLocalStorage
 * for the length of the work (an interaction, a reminder batch, a digest): the catalogue's
 * counts (src/i18n/icu.ts) and the dates of src/replies/date-format.ts read it, so the style
 * need not be threaded through every sentence of the catalogue. Outside any such work the
 * default applies, which writes exactly what Diwan wrote before the setting existed.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** Levantine (كانون الثاني), Egyptian and Gulf (يناير), Maghrebi (جانفي). */
export const MONTH_NAMES = ['levantine', 'egyptian-gulf', 'maghrebi'] as const;
export type MonthNames = (typeof MONTH_NAMES)[number];

/** Arabic-Indic (٠١٢٣) or Latin (0123) digits, in every Arabic text of the server. */
export const DIGIT_SYSTEMS = ['arabic-indic', 'latin'] as const;
export type DigitSystem = (typeof DIGIT_SYSTEMS)[number];

export interface DateStyle {
  months: MonthNames;
  /** The Umm al-Qura date in brackets after a Gregorian day. */
  hijri: boolean;
  digits: DigitSystem;
}

/** Levantine months, Arabic-Indic digits, no Hijri date: what Diwan wrote before the setting. */
export const DEFAULT_DATE_STYLE: Readonly<DateStyle> = Object.freeze({
  months: 'levantine',
  hijri: false,
  digits: 'arabic-indic',
});

/** The CLDR region whose Arabic uses each family of month names (checked in tests/unit/i18n). */
const MONTH_REGIONS: Record<MonthNames, string> = {
  levantine: 'ar-SY',
  'egyptian-gulf': 'ar-EG',
  maghrebi: 'ar-TN',
};

const NUMBERING: Record<DigitSystem, string> = { 'arabic-indic': 'arab', latin: 'latn' };

/**
 * The Intl tag Arabic is written in under `style`: "ar-SY-u-nu-arab", "ar-TN-u-nu-latn";
 * with `calendar`, that calendar's dates in the same digits ("ar-SY-u-ca-islamic-umalqura-nu-arab").
 */
export function arabicTag(style: Readonly<DateStyle>, calendar?: 'islamic-umalqura'): string {
  const extension = calendar ? `ca-${calendar}-nu-${NUMBERING[style.digits]}` : `nu-${NUMBERING[style.digits]}`;
  return `${MONTH_REGIONS[style.months]}-u-${extension}`;
}

/** A short key naming a style, for caches of formatters. */
export function styleKey(style: Readonly<DateStyle>): string {
  return `${style.months}|${style.hijri ? 'h' : ''}|${style.digits}`;
}

/** True when `value` is a whole style as stored (a column read back, a JSON value). */
export function isDateStyle(value: { months: string; hijri: boolean; digits: string }): value is DateStyle {
  return (
    (MONTH_NAMES as readonly string[]).includes(value.months) &&
    (DIGIT_SYSTEMS as readonly string[]).includes(value.digits)
  );
}

const current = new AsyncLocalStorage<Readonly<DateStyle>>();

/** Runs `work` writing for a server whose style is `style` (the default when none is given). */
export function withDateStyle<T>(style: Readonly<DateStyle> | undefined, work: () => T): T {
  return current.run(style ?? DEFAULT_DATE_STYLE, work);
}

/** The style of the server being written for now, or the default. */
export function currentDateStyle(): Readonly<DateStyle> {
  return current.getStore() ?? DEFAULT_DATE_STYLE;
}
