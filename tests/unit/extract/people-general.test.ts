/**
 * Who takes part, on patterns that hold across news rather than in one article: titles the
 * recogniser knows beyond the ministers', a name's role that stops where the next person's title
 * begins, names whose family name comes first, leaders named by the start of their full name,
 * offices named in the plural over a list of countries. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import type { MeetingDraft } from '../../../src/calendar/types.js';
import { extractMeetings } from '../../../src/extract/index.js';

function ar(text: string, published: string): MeetingDraft[] {
  return extractMeetings(text, { published, timezone: 'Asia/Amman', language: 'ar' }).meetings;
}
function en(text: string, published: string): MeetingDraft[] {
  return extractMeetings(text, { published, timezone: 'UTC', language: 'en' }).meetings;
}
const people = (m: MeetingDraft | undefined) =>
  (m?.participants ?? []).filter((p) => p.kind === 'person').map((p) => p.nameAr ?? p.name);

describe('titles beyond the ministers', () => {
  it('a governor, a diplomat and advisers in the plural are titles: the names after them take part', () => {
    const [m] = ar(
      'استقبل الرئيس سمير الحداد اليوم في رام الله الوفد، بحضور محافظ نابلس غسان دغلس، والديبلوماسي في السفارة الكندية مارك بيرنز، والمستشارين رفيق شلالا وأسامة خشاب.',
      '2021-03-16',
    );
    expect(people(m)).toEqual(
      expect.arrayContaining(['سمير الحداد', 'غسان دغلس', 'مارك بيرنز', 'رفيق شلالا', 'أسامة خشاب']),
    );
  });
});

describe('a role after a name', () => {
  it('stops at و and the next title: "ديفيد لامي وزير الخارجية وسعادة السيد جون هيلي وزير الدفاع" is two people', () => {
    const [m] = ar(
      'التقى الوزير اليوم في الدوحة ديفيد لامي وزير الخارجية وسعادة السيد جون هيلي وزير الدفاع.',
      '2024-07-10',
    );
    expect(people(m)).toEqual(expect.arrayContaining(['ديفيد لامي', 'جون هيلي']));
  });
});

describe('people named again', () => {
  it('a Chinese or Korean name is taken up by its first word, the family name: "Hu and Morsi held talks"', () => {
    const m = en(
      'Egyptian President Mohamed Morsi arrived in Beijing on Tuesday at the invitation of Chinese President Hu Jintao. Hu and Morsi held talks in Beijing on Tuesday.',
      '2012-08-29',
    ).find((d) => d.date === '2012-08-28');
    expect(people(m)).toEqual(expect.arrayContaining(['هو جين تاو', 'محمد مرسي']));
  });

  it('a surname found again hides only its own word, not the name after it: "Zubaidi and Nasser met"', () => {
    const [m] = en(
      'Iraqi Foreign Minister Abdel Karim Salman al-Zubaidi arrived in Amman on Sunday at the invitation of Jordanian Foreign Minister Omar Nasser. Zubaidi and Nasser held talks in Amman on Sunday.',
      '2021-03-14',
    );
    expect(people(m)).toEqual(expect.arrayContaining(['Abdel Karim Salman al-Zubaidi', 'Omar Nasser']));
  });
});
