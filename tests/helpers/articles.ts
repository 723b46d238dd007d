/**
 * Articles written for tests of the import preview: a short English report with one sure and
 * one doubtful meeting, and an Arabic programme of as many meetings as asked (the largest
 * inputs a preview, a menu and a confirmation have to hold).
 */

/** Written for these tests: a visit on Monday (a meeting word, a date, a place and people in one clause), and "the two sides would meet again on Friday" (a verb, a day, no place, nobody). */
export const TWO_MEETINGS_ENGLISH =
  'Envoy to visit Damascus next week\n' +
  'U.N. envoy Geir Pedersen will visit Damascus on Monday to meet Foreign Minister Walid al-Muallem, his office said on Tuesday.\n' +
  'Diplomats said delegates would meet again on Friday.';

const CITIES = [
  'دمشق',
  'بيروت',
  'عمان',
  'القاهرة',
  'الرياض',
  'بغداد',
  'الدوحة',
  'مسقط',
  'الرباط',
  'أبوظبي',
  'المنامة',
  'الخرطوم',
  'جنيف',
  'فيينا',
  'باريس',
  'لندن',
  'برلين',
  'روما',
  'مدريد',
  'موسكو',
  'أنقرة',
  'طهران',
  'بروكسل',
  'ستوكهولم',
  'أوسلو',
  'كوبنهاغن',
  'وارسو',
  'أثينا',
  'لشبونة',
  'دبلن',
];
const MONTHS = [
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين الأول',
  'تشرين الثاني',
  'كانون الأول',
  'كانون الثاني',
];

/**
 * A headline and `count` paragraphs, each one meeting in its own city on its own day from 1
 * February 2020 on (read against 28 January 2020): up to 336 meetings, each found by the reader.
 */
export function programmeArticle(count: number): string {
  if (count > 28 * MONTHS.length) throw new Error(`at most ${28 * MONTHS.length} meetings`);
  const lines = ['برنامج حافل لوزراء الاقتصاد العرب'];
  for (let i = 0; i < count; i++) {
    const city = CITIES[i % CITIES.length]!;
    const day = (i % 28) + 1;
    const month = MONTHS[Math.floor(i / 28)]!;
    lines.push(
      `يعقد وزراء الاقتصاد والتجارة في الدول العربية اجتماعاً موسعاً في ${city} يوم ${day} ${month} المقبل لبحث سبل تعزيز التبادل التجاري بين بلدانهم وتنسيق السياسات الجمركية والاستثمارية المشتركة.`,
    );
  }
  return lines.join('\n');
}
