/**
 * A server's date style (src/i18n/date-style.ts) as src/replies/date-format.ts and the
 * catalogue write it: month names, digits and the Hijri date, from this Node's ICU. A test here
 * fails should ICU ever write a style differently from what a reader of that region expects.
 */
import { describe, expect, it } from 'vitest';
import type { MeetingSummary } from '../../../src/calendar/types.js';
import { DEFAULT_DATE_STYLE, withDateStyle, type DateStyle } from '../../../src/i18n/date-style.js';
import { messages } from '../../../src/i18n/index.js';
import { pictureLabels } from '../../../src/picture/labels.js';
import { formatClock, formatDay, formatHijriDay, formatMonth, localDigits } from '../../../src/replies/date-format.js';
import { whenText } from '../../../src/replies/meeting-view.js';
import { discordPresenter, terminalPresenter } from '../../../src/replies/presenter.js';

const style = (months: DateStyle['months'], digits: DateStyle['digits'], hijri = false): DateStyle => ({
  months,
  digits,
  hijri,
});
const months2020 = (s: DateStyle) =>
  withDateStyle(s, () =>
    Array.from({ length: 12 }, (_, m) => formatMonth(`2020-${String(m + 1).padStart(2, '0')}`, 'ar')),
  );

describe("each family's month names, as ICU gives them", () => {
  it('Levantine: كانون الثاني … كانون الأول (Syria, Lebanon, Jordan, Iraq, Palestine)', () => {
    expect(months2020(style('levantine', 'latin'))).toEqual([
      'كانون الثاني 2020',
      'شباط 2020',
      'آذار 2020',
      'نيسان 2020',
      'أيار 2020',
      'حزيران 2020',
      'تموز 2020',
      'آب 2020',
      'أيلول 2020',
      'تشرين الأول 2020',
      'تشرين الثاني 2020',
      'كانون الأول 2020',
    ]);
  });

  it('Egyptian and Gulf: يناير … ديسمبر', () => {
    expect(months2020(style('egyptian-gulf', 'latin'))).toEqual([
      'يناير 2020',
      'فبراير 2020',
      'مارس 2020',
      'أبريل 2020',
      'مايو 2020',
      'يونيو 2020',
      'يوليو 2020',
      'أغسطس 2020',
      'سبتمبر 2020',
      'أكتوبر 2020',
      'نوفمبر 2020',
      'ديسمبر 2020',
    ]);
  });

  it('Maghrebi: جانفي، فيفري … as Tunisia and Algeria write them', () => {
    expect(months2020(style('maghrebi', 'latin'))).toEqual([
      'جانفي 2020',
      'فيفري 2020',
      'مارس 2020',
      'أفريل 2020',
      'ماي 2020',
      'جوان 2020',
      'جويلية 2020',
      'أوت 2020',
      'سبتمبر 2020',
      'أكتوبر 2020',
      'نوفمبر 2020',
      'ديسمبر 2020',
    ]);
  });
});

describe('a day in each style', () => {
  it('the default is what Diwan wrote before the setting: Levantine, Arabic-Indic, no Hijri date', () => {
    expect(formatDay('2020-01-30', 'ar')).toBe('الخميس، ٣٠ كانون الثاني ٢٠٢٠');
    expect(withDateStyle(DEFAULT_DATE_STYLE, () => formatDay('2020-01-30', 'ar'))).toBe('الخميس، ٣٠ كانون الثاني ٢٠٢٠');
  });

  it.each([
    [style('levantine', 'latin'), 'الخميس، 30 كانون الثاني 2020'],
    [style('egyptian-gulf', 'arabic-indic'), 'الخميس، ٣٠ يناير ٢٠٢٠'],
    [style('egyptian-gulf', 'latin'), 'الخميس، 30 يناير 2020'],
    [style('maghrebi', 'arabic-indic'), 'الخميس، ٣٠ جانفي ٢٠٢٠'],
    [style('maghrebi', 'latin'), 'الخميس، 30 جانفي 2020'],
  ])('%o writes 30 January 2020 as "%s"', (s, text) => {
    expect(withDateStyle(s, () => formatDay('2020-01-30', 'ar'))).toBe(text);
  });

  it('with the Hijri date: the Umm al-Qura day in brackets, in the same digits', () => {
    expect(withDateStyle(style('levantine', 'latin', true), () => formatDay('2020-01-30', 'ar'))).toBe(
      'الخميس، 30 كانون الثاني 2020 (5 جمادى الآخرة 1441 هـ)',
    );
    expect(withDateStyle(style('egyptian-gulf', 'arabic-indic', true), () => formatDay('2020-01-30', 'ar'))).toBe(
      'الخميس، ٣٠ يناير ٢٠٢٠ (٥ جمادى الآخرة ١٤٤١ هـ)',
    );
  });

  it.each([
    // Eid al-Fitr 1442 and 1445, and the first of Ramadan 1444, as Saudi Arabia kept them.
    ['2021-05-13', '1 شوال 1442 هـ'],
    ['2024-04-10', '1 شوال 1445 هـ'],
    ['2023-03-23', '1 رمضان 1444 هـ'],
  ])('the Hijri date of %s is %s (Umm al-Qura)', (day, hijri) => {
    expect(withDateStyle(style('levantine', 'latin', true), () => formatHijriDay(day, 'ar'))).toBe(hijri);
  });

  it('English keeps its own months and digits, and says the Hijri date when asked', () => {
    const s = style('maghrebi', 'arabic-indic');
    expect(withDateStyle(s, () => formatDay('2020-01-30', 'en'))).toBe('Thursday, 30 January 2020');
    expect(withDateStyle({ ...s, hijri: true }, () => formatDay('2020-01-30', 'en'))).toBe(
      'Thursday, 30 January 2020 (5 Jumada II 1441 AH)',
    );
  });

  it('a week or a range in a title is written without the Hijri date', () => {
    expect(withDateStyle(style('levantine', 'latin', true), () => formatDay('2020-01-27', 'ar', false))).toBe(
      '27 كانون الثاني 2020',
    );
  });
});

describe('one digit system throughout', () => {
  const latin = style('egyptian-gulf', 'latin');

  it('counts and page numbers follow the style, as the dates do', () => {
    const t = messages('ar');
    expect(t.pageFooter(2, 12, t.meetingCount(6))).toBe('الصفحة ٢ من ١٢ · ٦ اجتماعات');
    expect(withDateStyle(latin, () => t.pageFooter(2, 12, t.meetingCount(6)))).toBe('الصفحة 2 من 12 · 6 اجتماعات');
    expect(withDateStyle(latin, () => t.upcomingTitle(30))).toBe('الاجتماعات خلال 30 يوماً مقبلاً');
    expect(t.importChosen(3, 12)).toBe('اختير ٣ من ١٢.');
    expect(withDateStyle(latin, () => t.importChosen(3, 12))).toBe('اختير 3 من 12.');
    expect(t.reminders.leads([3 * 1440, 60])).toBe('٣ أيام، ساعة واحدة');
    expect(withDateStyle(latin, () => t.reminders.leads([3 * 1440, 60]))).toBe('3 أيام، ساعة واحدة');
  });

  it("the venue's clock and the terminal's moments follow it", () => {
    const at = Date.parse('2020-01-30T11:00:00Z');
    expect(formatClock(at, 'Africa/Cairo', 'ar')).toBe('١٣:٠٠');
    expect(withDateStyle(latin, () => formatClock(at, 'Africa/Cairo', 'ar'))).toBe('13:00');
    const line = withDateStyle(latin, () =>
      discordPresenter.moment(at, 'Africa/Cairo', { locale: 'ar', place: 'القاهرة' }),
    );
    expect(line.startsWith('13:00 بتوقيت القاهرة')).toBe(true);
    expect(withDateStyle(latin, () => terminalPresenter.moment(at, 'Africa/Cairo', { locale: 'ar' }))).toContain(
      '30 يناير 2020',
    );
  });

  it('a day-only meeting and a month-only one read in the chosen names and digits', () => {
    const meeting = {
      precision: 'day',
      date: '2020-01-30',
      endDate: '2020-01-30',
    } as MeetingSummary;
    const view = { locale: 'ar' as const, present: discordPresenter };
    expect(withDateStyle(style('maghrebi', 'latin'), () => whenText(meeting, view))).toBe('الخميس، 30 جانفي 2020');
    const month = { ...meeting, precision: 'month', date: '2020-02-01', endDate: '2020-02-29' } as MeetingSummary;
    expect(withDateStyle(style('maghrebi', 'arabic-indic'), () => whenText(month, view))).toBe('متوقع في فيفري ٢٠٢٠');
  });

  it("the month picture's labels: the month's name, day numbers and clock times", () => {
    const labels = withDateStyle(style('egyptian-gulf', 'latin'), () => pictureLabels('2020-01', 'ar'));
    expect(labels.month).toBe('يناير 2020');
    expect(
      withDateStyle(style('egyptian-gulf', 'latin'), () => [labels.dayNumber('2020-01-09'), labels.clock('10:00')]),
    ).toEqual(['9', '10:00']);
    const levantine = pictureLabels('2020-01', 'ar');
    expect([levantine.month, levantine.dayNumber('2020-01-09'), levantine.clock('10:00')]).toEqual([
      'كانون الثاني ٢٠٢٠',
      '٩',
      '١٠:٠٠',
    ]);
  });

  it('ASCII digits made outside Intl are written in the style, in Arabic only', () => {
    expect(localDigits('10:30', 'ar')).toBe('١٠:٣٠');
    expect(withDateStyle(style('levantine', 'latin'), () => localDigits('10:30', 'ar'))).toBe('10:30');
    expect(localDigits('10:30', 'en')).toBe('10:30');
  });

  it('two servers answered at once keep their own styles across awaits', async () => {
    const answer = (s: DateStyle) =>
      withDateStyle(s, async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        const first = formatDay('2020-01-30', 'ar');
        await new Promise((resolve) => setTimeout(resolve, 1));
        return [first, messages('ar').meetingCount(3)];
      });
    const [a, b] = await Promise.all([answer(style('maghrebi', 'latin')), answer(style('levantine', 'arabic-indic'))]);
    expect(a).toEqual(['الخميس، 30 جانفي 2020', '3 اجتماعات']);
    expect(b).toEqual(['الخميس، ٣٠ كانون الثاني ٢٠٢٠', '٣ اجتماعات']);
  });
});
