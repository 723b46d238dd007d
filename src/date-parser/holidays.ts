/**
 * Holidays a text can name (عيد الفطر, Christmas, رأس السنة الهجرية) as days on the Gregorian
 * calendar: Western Easter by the computus, the Islamic ones through the Umm al-Qura calendar.
 */
import { civilDate } from '../time/wall-clock.js';
import type { WallTime } from '../time/wall-time.js';
import { fromHijri, toHijri } from './hijri.js';
import type { Holiday } from './ir.js';

/** Western Easter Sunday (anonymous Gregorian computus). */
export function easter(year: number): WallTime {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

/** Hijri month and day of the Islamic holidays. */
const HIJRI_HOLIDAYS: Partial<Record<Holiday, readonly [number, number]>> = {
  eidFitr: [10, 1],
  eidAdha: [12, 10],
  hijriNewYear: [1, 1],
  mawlid: [3, 12],
  ashura: [1, 10],
};

/** The occurrences of a holiday around the Gregorian `year` (the year before, that year, the next). */
function occurrences(holiday: Holiday, year: number): WallTime[] {
  const hijri = HIJRI_HOLIDAYS[holiday];
  if (hijri) {
    const first = toHijri(Date.UTC(year - 1, 0, 1)).year;
    const out: WallTime[] = [];
    for (let hy = first; hy <= first + 3; hy++) {
      const d = fromHijri(hy, hijri[0], hijri[1]);
      if (d !== null) out.push(d);
    }
    return out;
  }
  const one = (y: number): WallTime =>
    holiday === 'easter' ? easter(y) : holiday === 'christmas' ? Date.UTC(y, 11, 25) : Date.UTC(y, 0, 1);
  return [one(year - 1), one(year), one(year + 1)];
}

/** The holiday in Gregorian `year`, or nearest to `today` in the direction of `past`. */
export function holidayDate(
  holiday: Holiday,
  today: WallTime,
  year: number | undefined,
  past: boolean,
): WallTime | null {
  const list = occurrences(holiday, year ?? civilDate(today).year);
  if (year !== undefined) return list.find((d) => civilDate(d).year === year) ?? null;
  if (past) return [...list].reverse().find((d) => d <= today) ?? null;
  return list.find((d) => d >= today) ?? null;
}
