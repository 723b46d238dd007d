import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/i18n/index.js';
import { terminalPresenter } from '../../../src/replies/presenter.js';

describe('Arabic counts agree with the noun', () => {
  const t = messages('ar');
  it.each([
    [1, 'اجتماع واحد'],
    [2, 'اجتماعان'],
    [3, '٣ اجتماعات'],
    [6, '٦ اجتماعات'],
    [10, '١٠ اجتماعات'],
    [11, '١١ اجتماعاً'],
    [12, '١٢ اجتماعاً'],
    [100, '١٠٠ اجتماع'],
    [102, '١٠٢ اجتماع'],
  ])('%i meetings read "%s"', (n, text) => {
    expect(t.meetingCount(n)).toBe(text);
  });

  it('the page footer uses the same agreement, and the same digits as the dates', () => {
    expect(t.pageFooter(1, 1, t.meetingCount(6))).toBe('الصفحة ١ من ١ · ٦ اجتماعات');
    expect(t.pageFooter(2, 12, t.participantCount(30))).toBe('الصفحة ٢ من ١٢ · ٣٠ مشاركاً');
  });

  it.each([
    [1, 'الاجتماعات خلال اليوم المقبل'],
    [2, 'الاجتماعات خلال اليومين المقبلين'],
    [7, 'الاجتماعات خلال ٧ أيام مقبلة'],
    [30, 'الاجتماعات خلال ٣٠ يوماً مقبلاً'],
  ])('the next %i days read "%s"', (n, text) => {
    expect(t.upcomingTitle(n)).toBe(text);
  });

  it('an import preview counts its meetings and its button agrees', () => {
    expect(t.importPreview(12, 0)).toBe('عُثر على ١٢ اجتماعاً. هل تُضاف؟');
    expect(t.importButton(2)).toBe('أضف الاجتماعين');
    expect(t.importButton(5)).toBe('أضف ٥ اجتماعات');
  });
});

describe('English counts', () => {
  const t = messages('en');
  it.each([
    [1, '1 meeting'],
    [2, '2 meetings'],
    [1200, '1,200 meetings'],
  ])('%i meetings read "%s"', (n, text) => {
    expect(t.meetingCount(n)).toBe(text);
  });

  it('/participants and /meetings pages share one footer', () => {
    expect(t.pageFooter(1, 3, t.participantCount(45))).toBe('Page 1 of 3 · 45 participants');
    expect(t.pageFooter(1, 1, t.meetingCount(1))).toBe('Page 1 of 1 · 1 meeting');
  });
});

describe('the terminal shows a moment in the reader’s language and the meeting’s zone', () => {
  const at = Date.parse('2020-01-29T07:30:00Z');
  it('in English', () => {
    const text = terminalPresenter.moment(at, 'Asia/Damascus', { locale: 'en' });
    expect(text).toContain('09:30');
    expect(text).toContain('Asia/Damascus');
    expect(text).toContain('2020-01-29T07:30:00.000Z');
  });
  it('in Arabic, with Levantine month names', () => {
    const text = terminalPresenter.moment(at, 'Asia/Damascus', { locale: 'ar' });
    expect(text).toContain('كانون الثاني');
    expect(text).toContain('Asia/Damascus');
  });
});
