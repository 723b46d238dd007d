/**
 * Hijri dates through Intl's `islamic-umalqura` calendar (the Saudi official one, which is also
 * what Duckling's corpus uses). Intl converts only Gregorian -> Hijri, so the other direction
 * estimates the day from the mean month and steps until Intl agrees.
 */
import type { WallTime } from '../time/wall-time.js';

export interface HijriDate {
  year: number;
  month: number;
  day: number;
}

// Made at the first Hijri date, not on import: the first Intl formatter of a process starts ICU
// (20-30 ms of CPU), which `meetings when` and the reader pay only for a text that needs it.
let formatter: Intl.DateTimeFormat | undefined;

/** The Umm al-Qura date of the calendar day a wall-clock time is on. */
export function toHijri(day: WallTime): HijriDate {
  formatter ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  const parts = formatter.formatToParts(day);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? Number.NaN);
  return { year: get('year'), month: get('month'), day: get('day') };
}

const EPOCH = Date.UTC(622, 6, 19); // 1 Muharram 1 AH (proleptic Gregorian)
const MEAN_MONTH = 29.530588;
const DAY_MS = 86_400_000;

function serial(h: HijriDate): number {
  return (h.year * 12 + h.month - 1) * 30 + h.day;
}

/** The Gregorian day of a Hijri date, or null when that date does not exist (30 of a 29-day month). */
export function fromHijri(year: number, month: number, day: number): WallTime | null {
  if (month < 1 || month > 12 || day < 1 || day > 30) return null;
  const months = (year - 1) * 12 + (month - 1);
  let guess = EPOCH + Math.round(months * MEAN_MONTH + day - 1) * DAY_MS;
  const target = serial({ year, month, day });
  for (let step = 0; step < 8; step++) {
    const at = toHijri(guess);
    const diff = target - serial(at);
    if (diff === 0) return guess;
    // 30-day months in the serial make a diff of a day or two where months have 29 days
    guess += (Math.abs(diff) > 3 ? diff : Math.sign(diff)) * DAY_MS;
  }
  return null;
}
