/**
 * Arabic number words, in folded spelling (see arabic-words.ts): ordinals and cardinals for days,
 * hours and counts, the tens, and the hundreds, thousands and decades of years written in words.
 */
import { foldArabic } from './tokens.js';

const table = <T>(entries: Record<string, T>): ReadonlyMap<string, T> =>
  new Map(Object.entries(entries).map(([k, v]) => [foldArabic(k), v]));
const set = (words: string): ReadonlySet<string> => new Set(words.split(' ').map(foldArabic));

/** Ordinal words (masculine and feminine), value 1..10; حادي only inside 11/21/31. */
export const ORDINALS = table<number>({
  اول: 1,
  اولي: 1,
  حادي: 1,
  حاديه: 1,
  ثاني: 2,
  ثانيه: 2,
  ثان: 2,
  ثالث: 3,
  ثالثه: 3,
  رابع: 4,
  رابعه: 4,
  خامس: 5,
  خامسه: 5,
  سادس: 6,
  سادسه: 6,
  سابع: 7,
  سابعه: 7,
  ثامن: 8,
  ثامنه: 8,
  تاسع: 9,
  تاسعه: 9,
  عاشر: 10,
  عاشره: 10,
});
/**
 * The first of a month, as words that are no number elsewhere: الفاتح (the Maghreb's, "الفاتح من نوفمبر"; also a
 * name, محمد الفاتح) and غرة ("غرة رمضان"; "على حين غرة" is "by surprise"): a day only before its month.
 */
export const FIRST_OF_MONTH = set('فاتح غره');
/** Cardinal units 1..10, in every gender and case. */
export const CARDINALS = table<number>({
  واحد: 1,
  واحده: 1,
  احد: 1,
  احدي: 1,
  اثنان: 2,
  اثنين: 2,
  اثنتان: 2,
  اثنتين: 2,
  اثنا: 2,
  اثني: 2,
  ثلاث: 3,
  ثلاثه: 3,
  اربع: 4,
  اربعه: 4,
  خمس: 5,
  خمسه: 5,
  ست: 6,
  سته: 6,
  سبع: 7,
  سبعه: 7,
  ثمان: 8,
  ثماني: 8,
  ثمانيه: 8,
  تسع: 9,
  تسعه: 9,
  عشر: 10,
  عشره: 10,
});
/** The "-teen" word: ثلاثة عشر. */
export const TEEN = set('عشر عشره');
/** Tens, 20..90 (days, minutes, and the years written in words). */
export const TENS = table<number>({
  عشرون: 20,
  عشرين: 20,
  ثلاثون: 30,
  ثلاثين: 30,
  اربعون: 40,
  اربعين: 40,
  خمسون: 50,
  خمسين: 50,
  ستون: 60,
  ستين: 60,
  سبعون: 70,
  سبعين: 70,
  ثمانون: 80,
  ثمانين: 80,
  تسعون: 90,
  تسعين: 90,
});
/** Hundreds in one word (تسعمائة, تسعمئة), for years written in words. */
export const HUNDREDS = table<number>({
  مئه: 100,
  مائه: 100,
  مئتين: 200,
  مائتين: 200,
  مئتان: 200,
  مائتان: 200,
  ثلاثمئه: 300,
  ثلاثمائه: 300,
  اربعمئه: 400,
  اربعمائه: 400,
  خمسمئه: 500,
  خمسمائه: 500,
  ستمئه: 600,
  ستمائه: 600,
  سبعمئه: 700,
  سبعمائه: 700,
  ثمانمئه: 800,
  ثمانمائه: 800,
  ثمانيمئه: 800,
  ثمانيمائه: 800,
  تسعمئه: 900,
  تسعمائه: 900,
});
/** Thousands: ألف, ألفين / ألفان. */
export const THOUSANDS = table<number>({ الف: 1000, الفين: 2000, الفان: 2000 });
/** Decades by their tens (الثمانينيات, ستينات القرن الماضي). */
export const DECADES = table<number>({
  عشرينيات: 20,
  عشرينات: 20,
  ثلاثينيات: 30,
  ثلاثينات: 30,
  اربعينيات: 40,
  اربعينات: 40,
  خمسينيات: 50,
  خمسينات: 50,
  ستينيات: 60,
  ستينات: 60,
  سبعينيات: 70,
  سبعينات: 70,
  ثمانينيات: 80,
  ثمانينات: 80,
  تسعينيات: 90,
  تسعينات: 90,
});
