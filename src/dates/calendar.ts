/** Calendar helpers on wall-clock days (UTC-mode dayjs values): weekdays, months, holidays. */
import { dayjs, type Dayjs } from '../time/dayjs.js';
import type { Holiday } from './ir.js';
import { fromHijri, toHijri } from './hijri.js';

/** A calendar day, or null when it does not exist (30 February). */
export function dateOf(year: number, month: number, day: number): Dayjs | null {
  const d = dayjs.utc(Date.UTC(year, month - 1, day));
  return d.year() === year && d.month() === month - 1 && d.date() === day ? d : null;
}

const UNIT_MS = { week: 604_800_000, day: 86_400_000, hour: 3_600_000, minute: 60_000, second: 1000 } as const;

/**
 * A UTC-mode wall clock moved by a unit of fixed length (weeks down to seconds). Wall clocks
 * know no DST, so this is plain arithmetic: dayjs's add() costs ten times as much.
 */
export function shift(at: Dayjs, amount: number, unit: keyof typeof UNIT_MS): Dayjs {
  return dayjs.utc(at.valueOf() + amount * UNIT_MS[unit]);
}

/** The day a wall clock falls on (its midnight), by arithmetic as shift() is. */
export function dayStart(at: Dayjs): Dayjs {
  const ms = at.valueOf();
  return dayjs.utc(ms - (((ms % UNIT_MS.day) + UNIT_MS.day) % UNIT_MS.day));
}

/** The first day of the month `months` after the one `at` is in (Date.UTC carries months over into years). */
export function monthStart(at: Dayjs, months = 0): Dayjs {
  return dayjs.utc(Date.UTC(at.year(), at.month() + months, 1));
}

/** The first day with `weekday` on or after `from` (strictly after with `strict`). */
export function weekdayOnOrAfter(from: Dayjs, weekday: number, strict: boolean): Dayjs {
  let ahead = (weekday - from.day() + 7) % 7;
  if (ahead === 0 && strict) ahead = 7;
  return shift(from, ahead, 'day');
}

/** The last day with `weekday` on or before `from` (strictly before with `strict`). */
export function weekdayOnOrBefore(from: Dayjs, weekday: number, strict: boolean): Dayjs {
  let back = (from.day() - weekday + 7) % 7;
  if (back === 0 && strict) back = 7;
  return shift(from, -back, 'day');
}

/** Monday of the ISO week holding `day`. */
export function mondayOf(day: Dayjs): Dayjs {
  return shift(dayStart(day), -((day.day() + 6) % 7), 'day');
}

/** Western Easter Sunday (anonymous Gregorian computus). */
export function easter(year: number): Dayjs {
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
  return dayjs.utc(Date.UTC(year, month - 1, day));
}

/** Hijri month and day of the Islamic holidays. */
const HIJRI_HOLIDAYS: Partial<Record<Holiday, readonly [number, number]>> = {
  eidFitr: [10, 1], eidAdha: [12, 10], hijriNewYear: [1, 1], mawlid: [3, 12], ashura: [1, 10],
};

/** The occurrences of a holiday around the Gregorian `year` (the year before, that year, the next). */
function occurrences(holiday: Holiday, year: number): Dayjs[] {
  const hijri = HIJRI_HOLIDAYS[holiday];
  if (hijri) {
    const first = toHijri(dayjs.utc(Date.UTC(year - 1, 0, 1))).year;
    const out: Dayjs[] = [];
    for (let hy = first; hy <= first + 3; hy++) {
      const d = fromHijri(hy, hijri[0], hijri[1]);
      if (d) out.push(d);
    }
    return out;
  }
  const one = (y: number): Dayjs =>
    holiday === 'easter' ? easter(y) : holiday === 'christmas' ? dayjs.utc(Date.UTC(y, 11, 25)) : dayjs.utc(Date.UTC(y, 0, 1));
  return [one(year - 1), one(year), one(year + 1)];
}

/** The holiday in Gregorian `year`, or nearest to `today` in the direction of `past`. */
export function holidayDate(holiday: Holiday, today: Dayjs, year: number | undefined, past: boolean): Dayjs | null {
  const list = occurrences(holiday, year ?? today.year());
  if (year !== undefined) return list.find((d) => d.year() === year) ?? null;
  if (past) return [...list].reverse().find((d) => !d.isAfter(today)) ?? null;
  return list.find((d) => !d.isBefore(today)) ?? null;
}
