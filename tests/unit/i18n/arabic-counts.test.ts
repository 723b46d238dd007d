import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/i18n/index.js';
import { terminalPresenter } from '../../../src/replies/presenter.js';

describe('Arabic counts agree with the noun', () => {
  const t = messages('ar');
  it.each([
    [1, 'اجتماع واحد'],
    [2, 'اجتماعان'],
    [3, '3 اجتماعات'],
    [10, '10 اجتماعات'],
    [11, '11 اجتماعاً'],
    [100, '100 اجتماع'],
  ])('%i meetings read "%s"', (n, text) => {
    expect(t.meetingCount(n)).toBe(text);
  });

  it('the page footer uses the same agreement', () => {
    expect(t.pageFooter(1, 1, 6)).toBe('الصفحة 1 من 1 · 6 اجتماعات');
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
