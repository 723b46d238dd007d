/**
 * Input that is not a news story: empty, in neither language, hostile, or a story with dates
 * and places but no meeting. The extractor refuses the first kinds clearly, finishes on the
 * hostile ones (its cost grows with the length, never its square), and finds nothing in the last.
 */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { datelinePlace } from '../../../src/extract/dateline.js';
import { extractMeetings, MAX_ARTICLE_CHARS } from '../../../src/extract/index.js';
import { isSportsReport } from '../../../src/extract/sports.js';
import { clauses } from '../../../src/extract/clauses.js';

const source = { published: '2020-01-28', timezone: 'Asia/Damascus' } as const;

/** Pieces that make the readers work hardest: titles, joiners, commas, abbreviations, quotes, dates. */
const PIECES = [
  'وزير الخارجية ',
  'السفير ',
  'اجتماع ',
  'في ',
  'دمشق ',
  '، ',
  'أمس ',
  'بن ',
  'آل ',
  '«',
  'U.S. ',
  'Jan. ',
  'met ',
  'Minister ',
  'a.m. ',
  '- ',
  'الخميس المقبل ',
  'كلاً على حدة ',
  'Mr. Abu ',
  '.',
  '\n',
  'قد ',
  'Foreign ',
  '....',
];

function hostile(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += PIECES[(i * 7 + (i >> 3)) % PIECES.length];
  return text;
}

describe('text that is not an article', () => {
  it('refuses empty text', () => {
    expect(() => extractMeetings('', source)).toThrow(UserError);
    expect(() => extractMeetings('   \n\t ', source)).toThrow(UserError);
  });

  it('refuses text in neither language, saying so', () => {
    expect(() => extractMeetings('1234 5678 — 99/100 … 42 ١٢٣ ☺☺☺', source)).toThrow(/neither Arabic nor English/);
    expect(() => extractMeetings('Москва встреча министров во вторник', source)).toThrow(/neither Arabic nor English/);
  });

  it('refuses a few words as too short to be an article', () => {
    expect(() => extractMeetings('hello there', source)).toThrow(/too short/);
  });

  it('refuses a text over the article limit, at once', () => {
    const text = hostile(1_000_000);
    expect(() => extractMeetings(text, source)).toThrow(UserError);
  });
});

describe('hostile input finishes', () => {
  it('reads the largest article allowed, built from the hardest pieces', () => {
    const result = extractMeetings(hostile(MAX_ARTICLE_CHARS - 100), source);
    expect(Array.isArray(result.meetings)).toBe(true);
  }, 10_000);

  it.each([
    ['titles without names', 'وزير '.repeat(38_000)],
    ['meeting words without end', 'اجتماع في دمشق، '.repeat(12_000)],
    ['one endless word', 'ا'.repeat(190_000)],
    ['English titles and joiners', 'Foreign Minister Abu Al Bin '.repeat(6_500)],
    ['full stops', 'a.'.repeat(95_000)],
    ['open quotes', '«اجتماع '.repeat(20_000)],
  ])(
    '%s',
    (_name, text) => {
      expect(Array.isArray(extractMeetings(text, source).meetings)).toBe(true);
    },
    10_000,
  );

  it('cuts 1 MB into clauses, finds its dateline and judges it, and returns', () => {
    const text = hostile(1_000_000);
    const parts = clauses(text);
    expect(parts.length).toBeGreaterThan(0);
    expect(datelinePlace(text)).toBeNull();
    expect(isSportsReport(parts)).toBe(false);
  }, 10_000);
});

describe('a long schedule that names no place', () => {
  it("reads every line once: a line asks the place of the day's other meetings, not theirs of it again", () => {
    const lines = Array.from({ length: 40 }, (_, k) => {
      const clock = `${7 + Math.floor(k / 4)}:${String((k % 4) * 15).padStart(2, '0')}`;
      return `${clock} a.m.: President Trump meets Minister ${String.fromCharCode(65 + (k % 26))}. Smith of delegation ${k}`;
    });
    const text = ['Schedule', '', 'Monday, March 2', ...lines].join('\n');
    const found = extractMeetings(text, { ...source, language: 'en' }).meetings;
    expect(new Set(found.map((m) => m.time)).size).toBeGreaterThanOrEqual(30);
    expect(found.every((m) => m.date === '2020-03-02')).toBe(true);
  });
});

describe('stories with dates and places but no meeting', () => {
  it.each([
    [
      'prices',
      'دمشق-سانا\nأصدرت وزارة التجارة الداخلية اليوم قراراً حددت بموجبه سعر ليتر المازوت بـ 650 ليرة، على أن يبدأ العمل به اعتباراً من صباح يوم غد الثلاثاء، فيما ستقوم دوريات الوزارة بجولات على المحطات.',
    ],
    [
      'weather',
      'القاهرة - أ ش أ\nتوقعت هيئة الأرصاد أن يسود غداً الأربعاء طقس بارد على القاهرة والإسكندرية، مع أمطار حتى يوم الجمعة ١٤ يناير الجاري، من الساعة الرابعة حتى التاسعة صباحاً.',
    ],
    [
      'a decree',
      'دمشق-سانا\nأصدر الرئيس اليوم مرسوماً بتعطيل الجهات العامة من يوم الثلاثاء 11 أيار ولغاية يوم الأحد 16 منه بمناسبة العيد، وحددت وزارة التربية يوم الأحد 30 أيار موعداً للامتحانات عند الساعة التاسعة صباحاً.',
    ],
    [
      'a match',
      'الرياض - «الرياض»\nفاز الهلال على الاتحاد في اللقاء الذي جمعهما مساء أمس على ملعب الملك فهد في الرياض، وسجل اللاعب هدفين في الدقيقة 23، ويلتقي النصر الشباب يوم الخميس المقبل في قمة الجولة.',
    ],
    [
      'English prices',
      'LONDON (Reuters) - Oil prices rose on Tuesday to $65 a barrel in London trading, and analysts expect them to stay high until March.',
    ],
  ])('%s', (_name, text) => {
    expect(extractMeetings(text, { ...source, published: '2021-04-19' }).meetings).toEqual([]);
  });
});
