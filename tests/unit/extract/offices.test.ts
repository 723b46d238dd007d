/**
 * People named by office alone: a counterpart ("نظيره الروسي", "his Russian counterpart") and a
 * bare office with a country ("وزير الخارجية الروسي", "the Iranian president") are the person the
 * leaders lexicon says held that office in the article's year. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import type { MeetingDraft } from '../../../src/calendar/types.js';
import { extractMeetings } from '../../../src/extract/index.js';
import { knownLeaders } from '../../../src/extract/people/known-leaders.js';
import { LEADERS, OFFICE_CODES, ORGANISATION_CODES } from '../../../src/extract/people/leaders.js';

function read(text: string, published: string, language: 'ar' | 'en'): MeetingDraft[] {
  return extractMeetings(text, { published, timezone: 'UTC', language }).meetings;
}
/** Every person of every meeting, as [English name, Arabic name]. */
const people = (meetings: readonly MeetingDraft[]) =>
  meetings.flatMap((m) => m.participants.filter((p) => p.kind === 'person').map((p) => [p.name, p.nameAr]));
const englishNames = (meetings: readonly MeetingDraft[]) => people(meetings).map(([name]) => name);

describe('a counterpart with no name', () => {
  it('نظيره الروسي is Russia’s foreign minister that year when the subject is a foreign minister', () => {
    const meetings = read(
      'التقى وزير الخارجية السعودي الأمير فيصل بن فرحان في موسكو اليوم الاثنين نظيره الروسي.',
      '2023-03-13',
      'ar',
    );
    expect(people(meetings)).toContainEqual(['Sergei Lavrov', 'سيرغي لافروف']);
  });

  it('"his Russian counterpart" likewise, named in both scripts', () => {
    const meetings = read(
      'Saudi Foreign Minister Prince Faisal bin Farhan met his Russian counterpart in Moscow on Monday.',
      '2023-03-13',
      'en',
    );
    expect(people(meetings)).toContainEqual(['Sergei Lavrov', 'سيرغي لافروف']);
  });

  it('a president’s counterpart is the other country’s head of state', () => {
    const meetings = read('استقبل الرئيس عبد الفتاح السيسي في القاهرة اليوم نظيره الفرنسي.', '2019-01-28', 'ar');
    expect(englishNames(meetings)).toContain('Emmanuel Macron');
  });

  it('a subject the lexicon does not know is read by the title: a foreign minister’s counterpart', () => {
    const meetings = read(
      'Greek Foreign Minister Nikos Dendias held talks with his Turkish counterpart in Ankara on Thursday.',
      '2021-04-15',
      'en',
    );
    expect(englishNames(meetings)).toEqual(expect.arrayContaining(['Nikos Dendias', 'Mevlut Cavusoglu']));
  });

  it('the counterpart named right after keeps the text’s name, and no one else is added', () => {
    const meetings = read(
      'Omani Foreign Minister Yusuf bin Alawi met his Iranian counterpart, Abbas Araghchi, in Muscat on Sunday.',
      '2019-05-19',
      'en',
    );
    expect(englishNames(meetings)).toContain('Abbas Araghchi');
    expect(englishNames(meetings)).not.toContain('Mohammad Javad Zarif');
  });
});

describe('a bare office with a country', () => {
  it('وزير الخارجية الروسي with no name after it is that year’s foreign minister', () => {
    const meetings = read('استقبل الرئيس السوري بشار الأسد في دمشق اليوم وزير الخارجية الروسي.', '2017-03-13', 'ar');
    expect(people(meetings)).toContainEqual(['Sergei Lavrov', 'سيرغي لافروف']);
  });

  it('"the Iranian president" and "Iraq\'s prime minister" are the holders in the article’s year', () => {
    const meetings = read(
      "The Iranian president will meet Iraq's prime minister in Baghdad on Wednesday.",
      '2023-09-12',
      'en',
    );
    expect(people(meetings)).toEqual(
      expect.arrayContaining([
        ['Ebrahim Raisi', 'إبراهيم رئيسي'],
        ['Mohammed Shia al-Sudani', 'محمد شياع السوداني'],
      ]),
    );
  });

  it('the same words name the holder of another year: الرئيس الأمريكي is Obama in 2015, Biden in 2022', () => {
    const text = 'يلتقي العاهل الأردني في واشنطن غداً الرئيس الأمريكي.';
    expect(englishNames(read(text, '2015-02-02', 'ar'))).toContain('Barack Obama');
    expect(englishNames(read(text, '2022-07-11', 'ar'))).toContain('Joe Biden');
  });

  it('the title is kept as the holder’s role, without the و that joins it to a list', () => {
    const [meeting] = read(
      'استقبل الملك عبد الله الثاني في عمّان اليوم رئيس الوزراء العراقي والرئيس الفلسطيني.',
      '2023-05-08',
      'ar',
    );
    const roles = meeting?.participants.filter((p) => p.kind === 'person').map((p) => [p.name, p.role]);
    expect(roles).toEqual(
      expect.arrayContaining([
        ['Mohammed Shia al-Sudani', 'رئيس الوزراء العراقي'],
        ['Mahmoud Abbas', 'الرئيس الفلسطيني'],
      ]),
    );
  });

  it('a name after the title wins: Araghchi, not the foreign minister of 2019', () => {
    const meetings = read('التقى يوسف بن علوي في مسقط اليوم وزير الخارجية الإيراني عباس عراقجي.', '2019-05-19', 'ar');
    expect(people(meetings).map(([, nameAr]) => nameAr)).toContain('عباس عراقجي');
    expect(englishNames(meetings)).not.toContain('Mohammad Javad Zarif');
  });

  it('a year the office changed hands names nobody: the U.S. president of 2017', () => {
    const meetings = read(
      'The Saudi foreign minister met the U.S. president in Washington on Tuesday.',
      '2017-03-14',
      'en',
    );
    const names = englishNames(meetings);
    expect(names).toContain('Adel al-Jubeir');
    expect(names).not.toContain('Barack Obama');
    expect(names).not.toContain('Donald Trump');
  });

  it('an office or a country the lexicon does not cover names nobody', () => {
    // Mexico and Argentina are not in the lexicon; Israel is, but not its presidents.
    const meetings = read(
      'استقبل وزير الخارجية المكسيكي في مكسيكو اليوم الرئيس الإسرائيلي ونظيره الأرجنتيني.',
      '2020-02-10',
      'ar',
    );
    expect(meetings).toHaveLength(1);
    expect(people(meetings)).toEqual([]);
  });

  it('a deputy’s, a former holder’s or an adviser’s title is not the holder', () => {
    const meetings = read(
      'التقى نائب وزير الخارجية الروسي في دمشق اليوم مستشار الرئيس السوري ووزير الخارجية التركي السابق.',
      '2019-04-08',
      'ar',
    );
    expect(meetings).toHaveLength(1);
    const names = englishNames(meetings);
    expect(names).not.toContain('Sergei Lavrov');
    expect(names).not.toContain('Bashar al-Assad');
    expect(names).not.toContain('Mevlut Cavusoglu');
  });
});

describe('a leader in another Latin spelling', () => {
  it('is still the leader, so the bare office and the name are one person: Meshal and Mishal', () => {
    const meetings = read(
      "Kuwait's Amir received the Saudi foreign minister in Kuwait City on Monday. " +
        'Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah held talks with Prince Faisal bin Farhan at Bayan Palace on Monday.',
      '2024-06-03',
      'en',
    );
    const arabic = people(meetings).map(([, nameAr]) => nameAr);
    expect(arabic).toContain('مشعل الأحمد الجابر الصباح');
    expect(new Set(arabic).size).toBe(2);
  });
});

describe('the offices of the leaders lexicon', () => {
  it('gives every row known offices inside its years', () => {
    const codes: readonly string[] = OFFICE_CODES;
    const organisations: readonly string[] = ORGANISATION_CODES;
    const wrong = LEADERS.filter(
      (l) =>
        l.offices.length === 0 ||
        l.offices.some(
          (o) =>
            !codes.includes(o.code) ||
            !(/^[A-Z]{2}$/.test(o.country) || organisations.includes(o.country)) ||
            o.from < l.from ||
            (o.to !== null && (o.to < o.from || (l.to !== null && o.to > l.to))) ||
            (o.to === null && l.to !== null),
        ),
    );
    expect(wrong.map((l) => l.name)).toEqual([]);
  });

  it('answers who held an office in a year with one person, or nobody in the year it changed hands', () => {
    const saudiFm = (year: number) => knownLeaders(year).holder('SA', 'fm')?.name ?? null;
    expect(saudiFm(2016)).toBe('Adel al-Jubeir');
    expect(saudiFm(2019)).toBeNull();
    expect(saudiFm(2021)).toBe('Faisal bin Farhan Al Saud');
    // One person, two offices in turn: Abu Dhabi's crown prince, then the UAE's president.
    expect(knownLeaders(2020).holder('AE', 'cp')?.name).toBe('Mohamed bin Zayed Al Nahyan');
    expect(knownLeaders(2023).holder('AE', 'hos')?.name).toBe('Mohamed bin Zayed Al Nahyan');
    // An office of another state than the row's: the Arab League's secretary-general was Egypt's foreign minister.
    expect(knownLeaders(2010).holder('EG', 'fm')?.name).toBe('Ahmed Aboul Gheit');
  });
});
