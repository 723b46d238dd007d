/** Behaviour of the parser beyond the corpora: whole words, spans, zones, DST, tense, limits. */
import { describe, expect, it } from 'vitest';
import {
  parseOneDate,
  parseTimeExpressions,
  toDucklingValue,
  type TimeExpression,
} from '../../../src/date-parser/index.js';
import { localInstant } from '../../../src/time/local-days.js';

const damascus = { at: Date.parse('2020-01-28T10:00:00+02:00'), zone: 'Asia/Damascus' };
const local = (e: TimeExpression | undefined | null): string | null =>
  e && e.value.type === 'value' ? e.value.point.local : null;

describe('whole words only', () => {
  it.each(['حب', 'اياب', 'ابحث', 'الأبحاث', 'مارست الحكومة ضغوطاً', 'أبي وأمي', 'ماية', 'سيارة', 'تموزي', 'نيسانية'])(
    '%s gives nothing',
    (text) => {
      expect(parseTimeExpressions(text, damascus)).toEqual([]);
    },
  );

  it('takes a month that is also a word only with a day number or شهر', () => {
    expect(parseTimeExpressions('زار أب الضحية المحكمة', damascus)).toEqual([]);
    expect(local(parseTimeExpressions('في 6 آب', damascus)[0])).toBe('2020-08-06T00:00:00');
    expect(parseTimeExpressions('في شهر آب', damascus)[0]?.value).toEqual({
      type: 'value',
      point: { local: '2020-08-01T00:00:00', grain: 'month' },
    });
  });

  it('reads clinging prefixes و ف ب ل ك and the article', () => {
    const found = parseTimeExpressions(
      'وصل أمس وبعد غد يغادر، فالخميس المقبل موعد القمة وللأسبوع المقبل خطط',
      damascus,
    );
    expect(found.map((e) => [e.text, local(e)])).toEqual([
      ['أمس', '2020-01-27T00:00:00'],
      ['وبعد غد', '2020-01-30T00:00:00'],
      ['فالخميس المقبل', '2020-01-30T00:00:00'],
      ['وللأسبوع المقبل', '2020-02-03T00:00:00'],
    ]);
  });

  it('does not read أحد (one) or اثنين (two) as weekdays', () => {
    expect(parseTimeExpressions('قال أحد المسؤولين إن اثنين من الجنود أصيبا', damascus)).toEqual([]);
    expect(local(parseTimeExpressions('يوم أحد', damascus)[0])).toBe('2020-02-02T00:00:00');
  });
});

describe('spans', () => {
  it('are UTF-16 offsets into the original text, diacritics and tatweel included', () => {
    const text = 'وَصَلَ الوفدُ يومَ الخميـــس المُقبِل 🇸🇾 إلى دمشق';
    const [e] = parseTimeExpressions(text, damascus);
    expect(e?.text).toBe('يومَ الخميـــس المُقبِل');
    expect(text.slice(e!.start, e!.end)).toBe(e!.text);
    expect(local(e)).toBe('2020-01-30T00:00:00');
  });

  it('leave a separate في outside and keep several expressions apart, in order', () => {
    const text = 'عقد الاجتماع في 14 تشرين الثاني الماضي، ثم في 28 منه، ويعقد التالي الشهر المقبل';
    const found = parseTimeExpressions(text, damascus);
    expect(found.map((e) => e.text)).toEqual(['14 تشرين الثاني الماضي', '28 منه', 'الشهر المقبل']);
    expect(found.map(local)).toEqual(['2019-11-14T00:00:00', '2019-11-28T00:00:00', '2020-02-01T00:00:00']);
  });

  it("stop at a line's end: a schedule's day heading is not the time of the line after it", () => {
    const found = parseTimeExpressions('الأحد 2 شباط 2020\n8:15 مراسم الوداع في المطار.', damascus);
    expect(found.map((e) => e.text)).toEqual(['الأحد 2 شباط 2020', '8:15']);
    expect(local(found[0])).toBe('2020-02-02T00:00:00');
  });
});

describe('ranges', () => {
  it('reads بين with a glued و on a weekday or an ordinal', () => {
    const days = (text: string) => parseTimeExpressions(text, damascus).map((e) => [e.text, e.value]);
    expect(days('بين الخميس والسبت')).toEqual([
      [
        'بين الخميس والسبت',
        {
          type: 'interval',
          from: { local: '2020-01-30T00:00:00', grain: 'day' },
          to: { local: '2020-02-02T00:00:00', grain: 'day' },
        },
      ],
    ]);
    expect(days('بين الثالث عشر والخامس عشر من تموز')).toEqual([
      [
        'بين الثالث عشر والخامس عشر من تموز',
        {
          type: 'interval',
          from: { local: '2020-07-13T00:00:00', grain: 'day' },
          to: { local: '2020-07-16T00:00:00', grain: 'day' },
        },
      ],
    ]);
  });

  it('never starts inside a number word', () => {
    const found = parseTimeExpressions('الثالث عشر والخامس عشر من تموز', damascus);
    expect(found.map((e) => e.text)).not.toContain('عشر من تموز');
    expect(local(found.at(-1))).toBe('2020-07-15T00:00:00');
  });

  it('reads يومي + two day numbers as one range with no pieces inside', () => {
    const found = parseTimeExpressions('يعقد المؤتمر يومي 11 و12 تشرين الثاني المقبل', damascus);
    expect(found.map((e) => [e.text, e.value])).toEqual([
      [
        'يومي 11 و12 تشرين الثاني المقبل',
        {
          type: 'interval',
          from: { local: '2020-11-11T00:00:00', grain: 'day' },
          to: { local: '2020-11-13T00:00:00', grain: 'day' },
        },
      ],
    ]);
  });

  it('reads a day and the next joined by و before their month as both days, in digits or in words', () => {
    const range = (text: string) => parseTimeExpressions(text, damascus).map((e) => [e.text, e.value]);
    const both = {
      type: 'interval',
      from: { local: '2020-03-16T00:00:00', grain: 'day' },
      to: { local: '2020-03-18T00:00:00', grain: 'day' },
    };
    expect(range('الزيارة مبرمجة في السادس عشر والسابع عشر من مارس')).toEqual([
      ['السادس عشر والسابع عشر من مارس', both],
    ]);
    expect(range('تعقد القمة في 16 و17 مارس')).toEqual([['16 و17 مارس', both]]);
    // (two days apart are two days told, not a stretch: the last with its month)
    expect(range('في 3 و10 مارس').map(([text]) => text)).toEqual(['10 مارس']);
  });

  it('reads a weekday and an ordinal of a month as that date when the date falls on that weekday', () => {
    const day = (text: string) => local(parseTimeExpressions(text, damascus)[0]);
    // 4 September 2016 was a Sunday: the date, not the fourth Sunday (the 25th)
    expect(day('يوم الأحد الرابع من سبتمبر/أيلول 2016')).toBe('2016-09-04T00:00:00');
    // 8 May 2023 was a Monday, but not the 2nd: the second Monday of May
    expect(day('الاثنين الثاني من أيار 2023')).toBe('2023-05-08T00:00:00');
    expect(day('الخميس الثالث من أيار 2023')).toBe('2023-05-18T00:00:00');
  });

  it('reads الفاتح and غرة as the first of a month, and a Hijri month after من [شهر]', () => {
    const days = (text: string) => parseTimeExpressions(text, damascus).map((e) => [e.text, local(e)]);
    // (Algeria's "الفاتح من نوفمبر"; not "من شهر", a month ago)
    expect(days('تحتفل الجزائر بعيد الفاتح من نوفمبر')).toEqual([['الفاتح من نوفمبر', '2020-11-01T00:00:00']]);
    expect(days('يبدأ العمل بالقرار في غرة مارس')).toEqual([['غرة مارس', '2020-03-01T00:00:00']]);
    // 1 Ramadan 1441 was 24 April 2020
    expect(days('تبدأ المفاوضات في الأول من شهر رمضان')).toEqual([['الأول من شهر رمضان', '2020-04-24T00:00:00']]);
    // (only before a month: "على حين غرة" is "by surprise", محمد الفاتح a name, and neither is one o'clock)
    expect(days('وصل الوزير على حين غرة صباح الاثنين').map(([text]) => text)).toEqual(['صباح الاثنين']);
    expect(days('وصل محمد الفاتح مساء الخميس').map(([text]) => text)).toEqual(['مساء الخميس']);
  });

  it('reads a month named in both calendars without a mark between as one month ("تشرين الثاني نوفمبر")', () => {
    const found = parseTimeExpressions('يصل يوم 3 تشرين الثاني نوفمبر 2022', damascus);
    expect(found.map((e) => [e.text, local(e)])).toEqual([['3 تشرين الثاني نوفمبر 2022', '2022-11-03T00:00:00']]);
  });

  it("places a coming pair of weekdays after today, even on the first one's weekday", () => {
    const thursday = { at: Date.parse('2022-07-07T12:00:00+03:00'), zone: 'Asia/Beirut' };
    const found = parseTimeExpressions('يتوجه الوزير إلى عمّان يومي الخميس والجمعة المقبلين', thursday);
    expect(found.map((e) => [e.text, e.value])).toEqual([
      [
        'يومي الخميس والجمعة المقبلين',
        {
          type: 'interval',
          from: { local: '2022-07-14T00:00:00', grain: 'day' },
          to: { local: '2022-07-16T00:00:00', grain: 'day' },
        },
      ],
    ]);
  });

  it('lends the part of the day of one end to the other', () => {
    const [e] = parseTimeExpressions('من الساعة 3 الى الساعة 5 مساء', damascus);
    expect(e?.value).toEqual({
      type: 'interval',
      from: { local: '2020-01-28T15:00:00', grain: 'hour' },
      to: { local: '2020-01-28T18:00:00', grain: 'hour' },
    });
  });
});

describe('days counted from something else', () => {
  it('does not read اليوم before an ordinal as today', () => {
    expect(parseTimeExpressions('قد تقتصر الزيارة على اليوم الأخير من أعمال اللجنة', damascus)).toEqual([]);
    expect(parseTimeExpressions('في اليوم الثالث للقمة', damascus)).toEqual([]);
    expect(parseTimeExpressions('اليوم الأول من شهر آذار', damascus).map(local)).toEqual(['2020-03-01T00:00:00']);
  });

  it('gives nothing for a shift counted from an event, and counts من الآن from today', () => {
    expect(parseTimeExpressions('وصل الوفد قبل يومين من موعد الاجتماعات', damascus)).toEqual([]);
    expect(parseTimeExpressions('تبدأ الحملة بعد أسبوع من الانتخابات', damascus)).toEqual([]);
    expect(parseTimeExpressions('تبدأ الحملة بعد أسبوع من اليوم', damascus).map((e) => [e.text, local(e)])).toEqual([
      ['بعد أسبوع من اليوم', '2020-02-04T00:00:00'],
    ]);
  });
});

describe('zones', () => {
  it('"الساعة التاسعة بتوقيت غرينتش من صباح غد السبت": the zone between a time and its day keeps them one expression', () => {
    const found = parseTimeExpressions('يلتقي الطرفان عند الساعة التاسعة بتوقيت غرينتش من صباح غد الثلاثاء.', damascus);
    expect(found.map((e) => e.text)).toEqual(['الساعة التاسعة بتوقيت غرينتش من صباح غد الثلاثاء']);
    expect(found[0]!.zone).toBe('Etc/UTC');
    expect(local(found[0])).toBe('2020-01-29T09:00:00');
  });

  it('reports the zone a text names and resolves the day there', () => {
    const [e] = parseTimeExpressions('الساعة 10:30 بتوقيت القدس', damascus);
    expect(e?.zone).toBe('Asia/Jerusalem');
    expect(local(e)).toBe('2020-01-28T10:30:00');
  });

  it('shows a Mecca time at Damascus offset in Duckling form', () => {
    const [e] = parseTimeExpressions('الساعة التاسعة صباحا بتوقيت مكة المكرمة', damascus);
    expect(toDucklingValue(e!, { zone: 'Asia/Damascus' })).toEqual({
      type: 'value',
      value: '2020-01-28T08:00:00.000+02:00',
      grain: 'minute',
    });
    expect(toDucklingValue(e!, { offsetMinutes: 0 })).toEqual({
      type: 'value',
      value: '2020-01-28T06:00:00.000+00:00',
      grain: 'minute',
    });
  });

  it('resolves in a fixed-offset zone', () => {
    const [e] = parseTimeExpressions('غدا', { at: Date.parse('2020-01-28T23:30:00Z'), zone: '+05:30' });
    expect(local(e)).toBe('2020-01-30T00:00:00');
    expect(toDucklingValue(e!, {})).toEqual({ type: 'value', value: '2020-01-30T00:00:00.000+05:30', grain: 'day' });
  });

  it('uses the reference zone for "today", not UTC', () => {
    // 23:30 UTC on the 27th is already the 28th in Damascus
    expect(
      local(parseTimeExpressions('اليوم', { at: Date.parse('2020-01-27T23:30:00Z'), zone: 'Asia/Damascus' })[0]),
    ).toBe('2020-01-28T00:00:00');
  });

  it('rejects an unknown zone', () => {
    expect(() => parseTimeExpressions('اليوم', { at: 0, zone: 'Mars/Olympus' })).toThrow(/Unknown time zone/);
  });
});

describe('DST', () => {
  it('keeps wall-clock time across the New York change (offset follows the date)', () => {
    const ref = { at: Date.parse('2020-03-07T12:00:00-05:00'), zone: 'America/New_York' };
    const [e] = parseTimeExpressions('بعد غد الساعة 9 صباحا', ref);
    expect(toDucklingValue(e!, { zone: 'America/New_York' })).toEqual({
      type: 'value',
      value: '2020-03-09T09:00:00.000-04:00',
      grain: 'hour',
    });
  });

  it('keeps days whole across the Berlin change in autumn', () => {
    const ref = { at: Date.parse('2020-10-24T12:00:00+02:00'), zone: 'Europe/Berlin' };
    const [e] = parseTimeExpressions('الأسبوع المقبل', ref);
    expect(toDucklingValue(e!, { zone: 'Europe/Berlin' })).toEqual({
      type: 'value',
      value: '2020-10-26T00:00:00.000+01:00',
      grain: 'week',
    });
  });

  it('shows 01:30 on the night New York falls back as the first 01:30, the instant the calendar stores', () => {
    const ref = { at: Date.parse('2020-10-31T12:00:00-04:00'), zone: 'America/New_York' };
    const [e] = parseTimeExpressions('غدا الساعة 01:30', ref);
    expect(toDucklingValue(e!, { zone: 'America/New_York' })).toEqual({
      type: 'value',
      value: '2020-11-01T01:30:00.000-04:00',
      grain: 'minute',
    });
    expect(Date.parse('2020-11-01T01:30:00.000-04:00')).toBe(localInstant('2020-11-01', '01:30', 'America/New_York'));
  });
});

describe('tense', () => {
  it('reports the direction it used', () => {
    expect(parseTimeExpressions('زار الوزير باريس في 20 كانون الأول', damascus)[0]).toMatchObject({
      tense: 'past',
      value: { point: { local: '2019-12-20T00:00:00' } },
    });
    expect(parseTimeExpressions('سيزور الوزير باريس في 20 كانون الأول', damascus)[0]).toMatchObject({
      tense: 'future',
      value: { point: { local: '2020-12-20T00:00:00' } },
    });
  });

  it('reads a reported plan after أن in its own tense', () => {
    expect(local(parseTimeExpressions('أكد الوزير أن المؤتمر يعقد في 5 تشرين الثاني', damascus)[0])).toBe(
      '2020-11-05T00:00:00',
    );
    expect(local(parseTimeExpressions('أكد الوزير في 5 تشرين الثاني', damascus)[0])).toBe('2019-11-05T00:00:00');
  });

  it('reads a plan told in the past (كان مقرراً أن) as a day gone by', () => {
    // Tuesday 2020-01-28: "was to meet on Sunday" is the Sunday before
    expect(local(parseTimeExpressions('الاجتماع الذي كان مقرراً أن يلتئم الأحد', damascus)[0])).toBe(
      '2020-01-26T00:00:00',
    );
    expect(local(parseTimeExpressions('الاجتماع الذي من المقرر أن يلتئم الأحد', damascus)[0])).toBe(
      '2020-02-02T00:00:00',
    );
  });

  it('reads a clause after بينما or في حين in its own tense', () => {
    // Tuesday 2020-01-28: the visit told after بينما is the Sunday to come, not the one gone by
    expect(local(parseTimeExpressions('وصل الوزير إلى عمّان، بينما يزور نظيره بغداد يوم الأحد', damascus)[0])).toBe(
      '2020-02-02T00:00:00',
    );
    expect(local(parseTimeExpressions('وصل الوزير إلى عمّان، في حين يزور نظيره بغداد يوم الأحد', damascus)[0])).toBe(
      '2020-02-02T00:00:00',
    );
  });

  it('reads عقد and بحث after a preposition as nouns, and what was agreed (التوافق على) as to come', () => {
    // Tuesday 2020-01-28: the meeting called for is the Sunday to come
    expect(
      local(parseTimeExpressions('دعت الجامعة العربية إلى عقد اجتماع طارئ يوم الأحد في القاهرة', damascus)[0]),
    ).toBe('2020-02-02T00:00:00');
    expect(
      local(
        parseTimeExpressions(
          'وكان الناطق قد أعلن عن التوافق على عقد اجتماع طارئ في تونس يوم الأول من شباط',
          damascus,
        )[0],
      ),
    ).toBe('2020-02-01T00:00:00');
  });

  it('reads "ago" after a clinging و and across a word of about (وقبل نحو ستة أشهر)', () => {
    expect(local(parseTimeExpressions('وقبل ثلاثة أيام التقى الوزيران في دمشق', damascus)[0])).toBe(
      '2020-01-25T00:00:00',
    );
    expect(local(parseTimeExpressions('قبل نحو ستة أشهر زار الوزير دمشق', damascus)[0])).toBe('2019-07-28T00:00:00');
  });

  it('lets أمس in the sentence point back', () => {
    expect(local(parseTimeExpressions('وصل أمس وفد زار المدينة السبت', damascus)[1])).toBe('2020-01-25T00:00:00');
  });
});

describe('English tense', () => {
  const at = (day: string) => ({ at: Date.parse(`${day}T12:00:00Z`), zone: 'UTC' });
  const read = (text: string, day: string) =>
    parseTimeExpressions(text, at(day)).map((e) => [e.text, local(e) ?? e.value, e.tense]);

  it('follows the nearest cue in the clause, not one across a comma', () => {
    // Published Thursday 2021-06-24
    expect(
      read(
        'Blinken, who met Maas in Berlin on Wednesday, will travel to Paris on Friday, the State Department said on Thursday.',
        '2021-06-24',
      ),
    ).toEqual([
      ['on Wednesday,', '2021-06-23T00:00:00', 'past'],
      ['on Friday,', '2021-06-25T00:00:00', 'future'],
      ['on Thursday', '2021-06-24T00:00:00', 'past'],
    ]);
    expect(read('A military round will follow in Geneva on March 3, Salame said.', '2020-02-25')).toEqual([
      ['March 3', '2020-03-03T00:00:00', 'future'],
    ]);
  });

  it('reads "had been scheduled" as a plan of the past, "is scheduled" as one to come', () => {
    expect(read('Lavrov had been scheduled to fly to Ankara on Sunday', '2020-06-16')).toEqual([
      ['on Sunday', '2020-06-14T00:00:00', 'past'],
    ]);
    expect(read('Lavrov is scheduled to fly to Ankara on Sunday', '2020-06-16')).toEqual([
      ['on Sunday', '2020-06-21T00:00:00', 'future'],
    ]);
  });

  it('reads a plan told in the pluperfect as the nearest of its weekdays, gone by or to come', () => {
    // (published on a Monday: Wednesday is two days ahead, five behind)
    expect(read('put off a meeting that had been set for Wednesday in The Hague', '2013-08-26')).toEqual([
      ['Wednesday', '2013-08-28T00:00:00', 'past'],
    ]);
    // (published on a Saturday: Sunday is tomorrow)
    expect(read('put off a meeting with Mofaz that had been due to take place on Sunday', '2012-06-30')).toEqual([
      ['on Sunday', '2012-07-01T00:00:00', 'past'],
    ]);
  });

  it('reads a plan told as the future of a past ("was to hold talks on Thursday") as the nearest of its weekdays', () => {
    // (published on a Wednesday: Thursday is tomorrow, not six days ago)
    expect(read('In Ankara, Westerwelle was to hold talks with Davutoglu on Thursday', '2010-01-06')).toEqual([
      ['on Thursday', '2010-01-07T00:00:00', 'past'],
    ]);
    // (not what was said on a day: "said on Tuesday" is the day it was said)
    expect(read('The minister said on Tuesday that talks would resume', '2010-01-06')).toEqual([
      ['on Tuesday', '2010-01-05T00:00:00', 'past'],
    ]);
  });

  it('reads a day of a month planned in the pluperfect as the nearer of its years', () => {
    // (published on April 20: April 24 is four days ahead, not a year behind)
    expect(read('a peace conference that had been due to open on April 24', '2021-04-20')).toEqual([
      ['April 24', '2021-04-24T00:00:00', 'past'],
    ]);
    // (a day more than two months ahead is not the nearer one: "Last year's forum, which had been set for November 27"; a review's)
    expect(read('The forum, which had been set for November 27 in Barcelona, was cancelled', '2021-06-15')).toEqual([
      ['November 27', '2020-11-27T00:00:00', 'past'],
    ]);
    // (a plan's verb and object between "had been due to" and the day; next January's, written in December: a review's)
    expect(
      read('Hariri had been due to meet President Michel Aoun at the Baabda palace on November 22', '2017-11-20'),
    ).toEqual([['November 22', '2017-11-22T00:00:00', 'past']]);
    expect(
      read('The summit, which had been scheduled for January 5 in Riyadh, will be held in AlUla', '2020-12-28'),
    ).toEqual([['January 5', '2021-01-05T00:00:00', 'past']]);
    // (published on May 2: eight days gone by)
    expect(read('a peace conference that had been due to open on April 24', '2021-05-02')).toEqual([
      ['April 24', '2021-04-24T00:00:00', 'past'],
    ]);
  });

  it('reads a present passive ("are held", "is held") as no past', () => {
    // (published on Sunday September 3: the summit is two days ahead, not a year behind)
    expect(
      read('when the 43rd Asean Summit and its related summits are held here from Sept 5-7', '2023-09-03').map(
        ([text, value]) => [text, JSON.stringify(value).slice(0, 60)],
      ),
    ).toEqual([['Sept 5-7', expect.stringContaining('2023-09-05')]]);
    expect(read('The summit is held on Sept 5.', '2023-09-03')).toEqual([['Sept 5', '2023-09-05T00:00:00', undefined]]);
    expect(read('The summit was held on Sept 5.', '2023-09-30')).toEqual([['Sept 5', '2023-09-05T00:00:00', 'past']]);
  });

  it('reads the day of what a meeting is "ahead of" as still to come', () => {
    // (published on a Thursday: the summit is tomorrow, not last Friday)
    expect(
      read('held talks with his counterparts ahead of the Arab League summit in Jeddah on Friday', '2023-05-18'),
    ).toEqual([['on Friday', '2023-05-19T00:00:00', 'future']]);
    expect(read('The ministers met on the eve of the summit on Friday', '2023-05-18')).toEqual([
      ['on Friday', '2023-05-19T00:00:00', 'future'],
    ]);
    // (the nearer of its weekdays, as a plan's: written on the Thursday after, the summit was last Tuesday's; a review's)
    expect(
      read("On the eve of Tuesday's summit in Singapore, Trump met Prime Minister Lee Hsien Loong", '2018-06-14'),
    ).toEqual([['Tuesday', '2018-06-12T00:00:00', 'future']]);
    // (the day before "ahead of" is the talks' own)
    expect(read('Talks were held on Monday ahead of the summit', '2023-05-18')).toEqual([
      ['on Monday', '2023-05-15T00:00:00', 'past'],
    ]);
  });

  it('reads a past verb across an abbreviated month ("on Sept. 12 and … on Sept. 26")', () => {
    expect(read('Kerry met Lavrov in Geneva on Sept. 12 and Zarif in New York on Sept. 26.', '2013-10-05')).toEqual([
      ['Sept. 12', '2013-09-12T00:00:00', 'past'],
      ['Sept. 26', '2013-09-26T00:00:00', 'past'],
    ]);
  });

  it("reads a date opening its sentence by the sentence's verb, past an aside and a title's dot", () => {
    expect(
      read(
        "On Friday, ahead of Saturday's meeting with Ms. Khar, Mr. Krishna called on President Asif Ali Zardari.",
        '2012-09-08',
      ),
    ).toEqual([
      ['On Friday,', '2012-09-07T00:00:00', 'past'],
      ['Saturday', '2012-09-08T00:00:00', 'future'],
    ]);
    expect(
      read("On Friday, ahead of Saturday's summit, Mr. Krishna will call on President Zardari.", '2012-09-06'),
    ).toEqual([
      ['On Friday,', '2012-09-07T00:00:00', 'future'],
      ['Saturday', '2012-09-08T00:00:00', 'future'],
    ]);
  });

  it('reads a date in a phrase opening the sentence after its dateline by the sentence\'s verb ("RIYADH: On the sidelines of … on Tuesday, … held")', () => {
    expect(
      read(
        'RIYADH: On the sidelines of an Arab League meeting in Cairo on Tuesday, Prince Faisal held talks with his Tunisian counterpart.',
        '2024-09-11',
      ),
    ).toEqual([['on Tuesday,', '2024-09-10T00:00:00', 'past']]);
    expect(
      read(
        'RIYADH: On the sidelines of an Arab League meeting in Cairo on Tuesday, Prince Faisal will hold talks with his Tunisian counterpart.',
        '2024-09-11',
      ),
    ).toEqual([['on Tuesday,', '2024-09-17T00:00:00', 'future']]);
  });

  it("reads an opening date past a relative clause's verb, after a dateline, and past an initial's dot (a review's sentences)", () => {
    expect(
      read(
        'On Monday, Ms. Sherman, who led the U.S. side at the last round, will hold talks with Sergei Ryabkov in Geneva.',
        '2022-01-07',
      ),
    ).toEqual([['On Monday,', '2022-01-10T00:00:00', 'future']]);
    expect(
      read(
        'ISLAMABAD - On Saturday, before his formal talks with Ms. Khar, S.M. Krishna called on President Zardari.',
        '2012-09-09',
      ),
    ).toEqual([['On Saturday,', '2012-09-08T00:00:00', 'past']]);
    expect(
      read("On Friday, S.M. Krishna, India's external affairs minister, met President Zardari.", '2012-09-08'),
    ).toEqual([['On Friday,', '2012-09-07T00:00:00', 'past']]);
  });

  it("reads a date in a participle's aside by the verb after the aside", () => {
    expect(
      read(
        'Kerry, Jubeir and Lavrov, meeting in Qatar on Monday, had recognised the need for a political solution.',
        '2015-08-04',
      ),
    ).toEqual([['on Monday,', '2015-08-03T00:00:00', 'past']]);
    // (not a report's verb: the report has a day of its own; a review's sentence)
    expect(
      read(
        'Mediators from Qatar and Egypt, meeting Hamas leaders in Doha on Monday, told Reuters on Saturday they expected a breakthrough.',
        '2024-03-09',
      )[0],
    ).toEqual(['on Monday,', '2024-03-11T00:00:00', undefined]);
    expect(read('The ministers, meeting in Doha on Monday, will discuss the crisis.', '2015-08-04')).toEqual([
      ['on Monday,', '2015-08-10T00:00:00', 'future'],
    ]);
  });

  it('reads a date before "and" by the verb before it, not the next verb\'s', () => {
    expect(
      read('Jaishankar landed in Moscow on Monday evening and will hold talks with Lavrov.', '2023-12-26'),
    ).toEqual([['on Monday evening', '2023-12-25T00:00:00', 'past']]);
  });

  it('reads the day of what was agreed or decided as still to come', () => {
    // (published on a Monday: the talks agreed on are tomorrow's; a review's)
    expect(
      read('Iran and six world powers agreed to go ahead with talks in Lausanne on Tuesday', '2015-03-30'),
    ).toEqual([['on Tuesday', '2015-03-31T00:00:00', 'future']]);
    expect(read('The two sides decided to meet again on Thursday', '2015-03-30')).toEqual([
      ['on Thursday', '2015-04-02T00:00:00', 'future'],
    ]);
  });

  it('reads a past verb across a list of guests between it and the date', () => {
    // (published on a Tuesday: Monday gone by is the day before)
    expect(
      read(
        'Erdogan also held talks with German Chancellor Angela Merkel, French President Emmanuel Macron and British Prime Minister Boris Johnson on Monday.',
        '2021-06-15',
      ),
    ).toEqual([['on Monday', '2021-06-14T00:00:00', 'past']]);
  });

  it('reads the past verb before a colon across the list it opens', () => {
    // (published in November: April gone by, not the April to come)
    expect(read('Xi and Trump have met twice before: first at Mar-a-Lago in April.', '2017-11-08')).toEqual([
      ['April', '2017-04-01T00:00:00', 'past'],
    ]);
  });

  it('reads the meeting a visit "follows" as gone by', () => {
    // (published in November: September gone by, not the September to come)
    expect(read("Sheikh Mohamed's visit follows his meeting in Abu Dhabi in September.", '2024-11-09')).toEqual([
      ['September', '2024-09-01T00:00:00', 'past'],
    ]);
  });

  it('keeps a plan set out before a colon, and a plan a visit "follows", to come (a review\'s sentences)', () => {
    expect(
      read(
        'The ministers set out a timetable: talks in Geneva in January and a signing in Riyadh in February.',
        '2024-12-05',
      ),
    ).toEqual([
      ['January', '2025-01-01T00:00:00', undefined],
      ['February', '2025-02-01T00:00:00', undefined],
    ]);
    expect(
      read("Putin's visit, planned for October, follows his meeting with Modi in Kazan in September.", '2024-08-05'),
    ).toEqual([
      ['October,', '2024-10-01T00:00:00', 'future'],
      ['September', '2024-09-01T00:00:00', undefined],
    ]);
  });

  it('reads "Late in January," opening a sentence as the tense after it tells', () => {
    expect(read("Late in January, Kuwait's foreign minister made a rare visit to Tehran.", '2017-02-14')).toEqual([
      ['January,', '2017-01-01T00:00:00', 'past'],
    ]);
  });

  it('reads on across the dot of "U.S." or "Mr." to the verb that gives the tense', () => {
    // (published on a Tuesday: Monday gone by is the day before)
    expect(read("Oman's sultan received visiting U.S. officials on Monday.", '2020-01-28')).toEqual([
      ['on Monday', '2020-01-27T00:00:00', 'past'],
    ]);
    expect(read('The ministers met Mr. Lavrov on Monday.', '2020-01-28')).toEqual([
      ['on Monday', '2020-01-27T00:00:00', 'past'],
    ]);
  });

  it('reads "back in April" and a closing ", in January." as the past their sentence tells', () => {
    expect(read('Back in April, Yun scrapped a planned trip to Japan.', '2013-06-30')).toEqual([
      ['April,', '2013-04-01T00:00:00', 'past'],
    ]);
    expect(
      read('Kiir and Bashir last held official talks at the previous AU summit, in January.', '2012-07-14'),
    ).toEqual([['January', '2012-01-01T00:00:00', 'past']]);
    expect(read('The two leaders will meet again at the next summit, in January.', '2012-07-14')).toEqual([
      ['January', '2013-01-01T00:00:00', 'future'],
    ]);
    // (a verb of saying or deciding, or an infinitive, before the comma tells no meeting gone by)
    for (const text of [
      'The two leaders agreed to meet again, in January.',
      'The White House announced a state visit by Indian Prime Minister Narendra Modi, in January.',
      'Putin accepted an invitation from Kim Jong Un to visit Pyongyang, in January.',
    ])
      expect(read(text, '2012-07-14').map(([, local]) => local)).toEqual(['2013-01-01T00:00:00']);
  });

  it("reads a month alone as the nearer one when no verb tells its tense, and a past that is no participle as its noun's verb", () => {
    // Lloyd Austin's visit was four months before, not eight months ahead.
    expect(
      read(
        "He is the third senior official of Biden's administration to visit Delhi, after Lloyd Austin in March and John Kerry in April.",
        '2021-07-27',
      ).map(([, local]) => local),
    ).toEqual(['2021-03-01T00:00:00', '2021-04-01T00:00:00']);
    // (six months or more back, the one to come)
    expect(read('A summit after the floods in January', '2021-07-27').map(([, local]) => local)).toEqual([
      '2022-01-01T00:00:00',
    ]);
    expect(read('The fifth round of the talks took place in Baghdad in April.', '2022-06-26')).toEqual([
      ['April', '2022-04-01T00:00:00', 'past'],
    ]);
    // (a participle describing the talks is still no tense of the clause)
    expect(read('Kerry will visit Moscow for talks held in April', '2022-06-26').map(([, local]) => local)).toEqual([
      '2023-04-01T00:00:00',
    ]);
    expect(read('Kerry meets Lavrov in March', '2022-06-26')).toEqual([['March', '2023-03-01T00:00:00', 'future']]);
    // (reviews' sentences: another clause's "will", a month five months back, an auxiliary, a noun, a negative)
    const local = (text: string, published: string) => read(text, published).map(([, day]) => day);
    expect(local("Like the meeting in Jeddah in May, Sunday's talks will focus on Sudan.", '2024-06-12')[0]).toBe(
      '2024-05-01T00:00:00',
    );
    expect(
      local('The Brussels conference in January, the eighth of its kind, raised 7.5 billion euros.', '2024-06-12'),
    ).toEqual(['2024-01-01T00:00:00']);
    expect(local('The talks were to resume in Muscat in May, the ministry said.', '2024-02-10')).toEqual([
      '2024-05-01T00:00:00',
    ]);
    expect(local('Saudi Arabia hosted Arab heads of state in May at a summit in Riyadh.', '2024-07-15')).toEqual([
      '2024-05-01T00:00:00',
    ]);
    expect(local('Erdogan and Putin did not meet in Astana in March.', '2024-07-15')).toEqual(['2024-03-01T00:00:00']);
    expect(read('The two sides failed to meet in March', '2022-06-26')).toEqual([
      ['March', '2022-03-01T00:00:00', 'past'],
    ]);
  });

  it('takes a participle after "be" as no tense, and a capitalised -ed word as a name', () => {
    expect(read('The minister will be received by the president on Thursday', '2020-07-21')).toEqual([
      ['on Thursday', '2020-07-23T00:00:00', 'future'],
    ]);
    expect(read('The United Nations on Friday', '2020-07-24')).toEqual([
      ['on Friday', '2020-07-31T00:00:00', undefined],
    ]);
  });

  it('reads a part of the day alone as that part of a day, never a year, and leaves "the same afternoon" to the text', () => {
    const [afternoon] = parseTimeExpressions('afternoon', at('2020-07-24'));
    expect(afternoon?.value).toEqual({
      type: 'interval',
      from: { local: '2020-07-24T12:00:00', grain: 'hour' },
      to: { local: '2020-07-24T19:00:00', grain: 'hour' },
    });
    expect(parseTimeExpressions('talks with the prime minister the same afternoon', at('2020-07-24'))).toEqual([]);
    expect(read('He said that on Monday the talks will resume', '2020-07-24')).toEqual([
      ['on Monday', '2020-07-27T00:00:00', 'future'],
    ]);
  });

  it('reads "later this month" as the rest of the month, and nothing on its last day', () => {
    const [later] = parseTimeExpressions('a meeting later this month', at('2020-11-10'));
    expect(later?.value).toEqual({
      type: 'interval',
      from: { local: '2020-11-11T00:00:00', grain: 'month' },
      to: { local: '2020-12-01T00:00:00', grain: 'month' },
    });
    expect(parseTimeExpressions('a meeting later this month', at('2020-11-30'))).toEqual([]);
  });

  it('reads the words that are also months or weekdays as dates only where they are written as such', () => {
    expect(
      parseTimeExpressions(
        'The talks may resume; protesters march on the capital; The Sun reported it',
        at('2020-07-24'),
      ),
    ).toEqual([]);
    expect(read('The talks resume in May', '2020-07-24')).toEqual([['May', '2021-05-01T00:00:00', 'future']]);
    expect(read('He left on Thurs. and returned', '2020-07-24')).toEqual([
      ['on Thurs.', '2020-07-23T00:00:00', 'past'],
    ]);
  });

  it('takes a stretch of time for no date ("for 108 days", "two and a half years"), but "in two weeks" and "two days ago" count from today', () => {
    expect(
      parseTimeExpressions('He was detained for 108 days and served two and a half years', at('2020-07-24')),
    ).toEqual([]);
    expect(read('The talks resume in two weeks; they met two days ago', '2020-07-24')).toEqual([
      ['in two weeks', '2020-08-07T00:00:00', undefined],
      ['two days ago', '2020-07-22T00:00:00', undefined],
    ]);
  });

  it('reads "last month" on the 31st as the month before, and "last night" whatever the machine\'s zone', () => {
    expect(read('The envoy visited Berlin last month', '2019-12-31')).toEqual([
      ['last month', '2019-11-01T00:00:00', undefined],
    ]);
    expect(read('The delegation arrived last night', '2020-07-24')).toEqual([
      ['last night', '2020-07-23T00:00:00', undefined],
    ]);
  });

  it('never reads across a line end, and leaves digits amid Arabic to the Arabic rules', () => {
    expect(parseTimeExpressions('They meet on\nMonday', at('2020-07-24')).map((e) => e.text)).toEqual(['Monday']);
    expect(parseTimeExpressions('March\n3', at('2020-07-24')).map((e) => e.text)).toEqual(['March']);
  });

  // How long it takes is the bench's (bench/hostile-dates.ts): here, that a long run is read whole
  it('reads every clause of a 1 MB run of dated clauses', () => {
    expect(parseTimeExpressions('met on Tuesday, '.repeat(65_000), at('2020-07-24'))).toHaveLength(65_000);
  });
});

describe('parseOneDate', () => {
  it.each([
    ['tomorrow', '2020-01-29T00:00:00'],
    ['الخميس المقبل', '2020-01-30T00:00:00'],
    ['  2020-01-30 14:00 ', '2020-01-30T14:00:00'],
    ['on January 30', '2020-01-30T00:00:00'],
    ['في 29 الشهر الجاري', '2020-01-29T00:00:00'],
    ['٢٠٢٠-٠١-٣٠', '2020-01-30T00:00:00'],
  ])('%s -> %s', (text, expected) => {
    expect(local(parseOneDate(text, damascus))).toBe(expected);
  });

  it('returns null when the text is more than a date', () => {
    expect(parseOneDate('الخميس المقبل في دمشق', damascus)).toBeNull();
    expect(parseOneDate('meeting', damascus)).toBeNull();
    expect(parseOneDate('   ', damascus)).toBeNull();
  });
});

describe('limits', () => {
  // Words that begin an expression, repeated with nothing to end one: no date, however long the run
  // (its time is the bench's, bench/hostile-dates.ts, which also runs "1:" and the other pieces)
  it.each([
    ['في ', 350_000],
    ['1', 1_000_000],
    ['١٢ ', 330_000],
    ['من ', 330_000],
    ['الساعة ', 140_000],
  ])('a 1 MB run of %j reads as no date', (unit, times) => {
    expect(parseTimeExpressions(unit.repeat(times), damascus)).toEqual([]);
  });

  it('ignores day numbers and months that do not exist', () => {
    expect(parseTimeExpressions('في 31 شباط', damascus)).toEqual([]);
    expect(parseTimeExpressions('99/99/2020', damascus)).toEqual([]);
  });
});

describe('a weekday and a date on two lines', () => {
  it('are two expressions: a headline ending on a weekday is not the date line under it', () => {
    const found = parseTimeExpressions('برنامج لقاءاته يبدأ الأحد\n\n3-6-2023 | 12:06', {
      at: Date.parse('2023-06-03T09:00:00Z'),
      zone: 'Asia/Baghdad',
    });
    expect(found.map((e) => [e.text, local(e)])).toEqual([
      ['الأحد', '2023-06-04T00:00:00'],
      ['3-6-2023', '2023-06-03T00:00:00'],
      ['12:06', '2023-06-03T12:06:00'],
    ]);
  });
});
