/**
 * The reading rules of the extractor, one behaviour each, on sentences written for the test
 * (Arabic and English). Publication days are given; zones are named so the machine's never matters.
 */
import { describe, expect, it } from 'vitest';
import type { MeetingDraft } from '../../../src/calendar/types.js';
import { extractMeetings } from '../../../src/extract/index.js';

/** Tuesday 2020-01-28. */
const PUBLISHED = '2020-01-28';

function ar(text: string, published = PUBLISHED, timezone = 'Asia/Damascus'): MeetingDraft[] {
  return extractMeetings(text, { published, timezone, language: 'ar' }).meetings;
}
function en(text: string, published = PUBLISHED, timezone = 'UTC'): MeetingDraft[] {
  return extractMeetings(text, { published, timezone, language: 'en' }).meetings;
}
const brief = (m: MeetingDraft) => ({ date: m.date, place: m.place.name, status: m.status });
const names = (m: MeetingDraft | undefined) => (m?.participants ?? []).map((p) => p.nameAr ?? p.name);

describe('dates next to a meeting', () => {
  it('a clock time in the clause of a day makes the meeting that day at that time', () => {
    const [m] = ar('تعقد الجامعة اجتماعاً طارئاً في القاهرة يوم السبت المقبل ١ فبراير، في تمام الساعة العاشرة صباحاً.');
    expect({ date: m?.date, time: m?.time, precision: m?.precision, zone: m?.timezone }).toEqual({
      date: '2020-02-01',
      time: '10:00',
      precision: 'minute',
      zone: 'Africa/Cairo',
    });
  });

  it('a part of a day (مساء اليوم) names a day, not a clock time', () => {
    const [m] = ar('يستقبل رئيس مجلس النواب نبيه بري مساء اليوم في بيروت السفيرة الفرنسية آن غريو.');
    expect({ date: m?.date, time: m?.time, precision: m?.precision }).toEqual({
      date: PUBLISHED,
      time: null,
      precision: 'day',
    });
  });

  it('a date counted from another event (قبل يومين من موعد الاجتماعات) dates nothing', () => {
    expect(ar('سيغادر الوفد دمشق قبل يومين من موعد الاجتماعات.')).toEqual([]);
  });

  it('a date after قبل / before is a bound, not the day of the visit', () => {
    expect(ar('ومن المتوقع أن يزور الحريري دار الفتوى قبل موعد الجمعة للقاء المفتي.')).toEqual([]);
  });

  it('"الاجتماع" takes a date only after it: one before it belongs to something else', () => {
    const [m] = ar('وكان الوفد قد وصل أمس، وتناول الاجتماع في دمشق العلاقات الثنائية.');
    expect(m).toBeUndefined();
  });

  it('a postponement to a new day keeps only the new day, as scheduled', () => {
    const found = ar('أما زيارة وزير الخارجية القطري إلى بيروت، والتي كانت مقررة غداً، فأرجئت إلى يوم الإثنين المقبل.');
    expect(found.map(brief)).toEqual([{ date: '2020-02-03', place: 'Beirut', status: 'scheduled' }]);
  });

  it('English: a bare weekday with a past verb is the last such day, not the next', () => {
    const [m] = en(
      'Zarif, who met Indian Foreign Minister Subrahmanyam Jaishankar in New Delhi on Monday, said the move was a mistake.',
      '2020-01-16',
    );
    expect(brief(m!)).toEqual({ date: '2020-01-13', place: 'New Delhi', status: 'held' });
  });

  it('English: "later this month" runs from the day after the article to the month\'s end', () => {
    const [m] = en('The council will hold a meeting in Riyadh later this month.', '2020-11-10', 'Asia/Dubai');
    expect({ date: m?.date, endDate: m?.endDate, precision: m?.precision }).toEqual({
      date: '2020-11-11',
      endDate: '2020-11-30',
      precision: 'month',
    });
  });

  it('English: the day a report was made ("said Tuesday") is not the meeting\'s', () => {
    const [m] = en(
      'The U.N. envoy said Tuesday that talks between the rivals will open in Geneva on Wednesday at 10 a.m. local time.',
      '2020-02-25',
      'America/New_York',
    );
    expect({ date: m?.date, time: m?.time, zone: m?.timezone }).toEqual({
      date: '2020-02-26',
      time: '10:00',
      zone: 'Europe/Zurich',
    });
  });

  it('English: abbreviations (Nov. 19, a.m.) do not end the sentence', () => {
    const [m] = en(
      'U.S. Secretary of State Mike Pompeo is due in Abu Dhabi on Nov. 19 and will hold talks with the Crown Prince.',
      '2020-11-10',
      'Asia/Dubai',
    );
    expect(brief(m!)).toEqual({ date: '2020-11-19', place: 'Abu Dhabi', status: 'scheduled' });
  });

  it('English: "the same afternoon" is the day of the meeting just named', () => {
    const found = en(
      'The minister will be received by the president at Baabda Palace on Thursday, before heading to the Grand Serail for talks with the prime minister the same afternoon.',
      '2020-07-21',
      'Asia/Beirut',
    );
    expect(found.map(brief)).toEqual([
      { date: '2020-07-23', place: 'Baabda', status: 'scheduled' },
      { date: '2020-07-23', place: 'Beirut', status: 'scheduled' },
    ]);
  });

  it('English: a month named with a past verb ("launched in May") is an allusion, not an entry', () => {
    expect(en('Talks with the fund, launched in May, have stalled.', '2020-07-21')).toEqual([]);
  });
});

describe('places', () => {
  it('the dateline places a meeting the text places nowhere else', () => {
    const [m] = ar('القاهرة - أ ش أ\n\nاستقبل الرئيس عبد الفتاح السيسي أمس وزير الخارجية الأردني أيمن الصفدي.');
    expect(brief(m!)).toEqual({ date: '2020-01-27', place: 'Cairo', status: 'held' });
  });

  it('an English dateline with an agency, and "UNITED NATIONS" as New York', () => {
    const [m] = en(
      'UNITED NATIONS (AP) — The Security Council met behind closed doors on Monday to discuss the embargo.',
      '2020-02-25',
      'America/New_York',
    );
    expect(brief(m!)).toEqual({ date: '2020-02-24', place: 'New York', status: 'held' });
  });

  it('a meeting by video link has no place, dateline or not', () => {
    const [m] = en(
      'THE HAGUE (AFP) - The head of the watchdog briefed ambassadors on the findings by video link on Tuesday, a spokesman said.',
      '2020-04-08',
      'Europe/Amsterdam',
    );
    expect(brief(m!)).toEqual({ date: '2020-04-07', place: null, status: 'held' });
  });

  it('a seat of government stands for its city (قصر بعبدا, عين التينة)', () => {
    expect(
      ar('التقى الرئيس ميشال عون أمس في قصر بعبدا المنسق الخاص يان كوبيش.', '2021-03-17', 'Asia/Beirut').map(brief),
    ).toEqual([{ date: '2021-03-16', place: 'Baabda', status: 'held' }]);
    expect(
      ar('يستقبل رئيس المجلس نبيه بري اليوم في عين التينة السفيرة آن غريو.', '2021-03-17', 'Asia/Beirut')[0]?.place
        .name,
    ).toBe('Beirut');
  });

  it("a place inside someone's title is their post, not where they meet", () => {
    const [m] = ar('التقى وزير الخارجية وليد المعلم أمس المبعوث الخاص للأمين العام إلى سورية غير بيدرسون في دمشق.');
    expect(m?.place.name).toBe('Damascus');
  });

  it('"العاصمة الأردنية عمان" is the city Amman, not the country Oman', () => {
    const [m] = ar(
      'عقد الوزراء اجتماعهم الأخير بالعاصمة الأردنية عمان في الرابع عشر من يناير الماضي.',
      '2020-02-19',
      'Africa/Cairo',
    );
    expect(m?.place.name).toBe('Amman');
  });

  it('"في المدينة ذاتها" is the place just named', () => {
    const [m] = ar(
      'جدول أعمال اجتماعات جنيف هو البند الذي تعثرت عنده الجولة الثانية التي عقدت أواخر تشرين الثاني الماضي في المدينة ذاتها.',
      '2020-08-20',
    );
    expect({ date: m?.date, place: m?.place.name, precision: m?.precision, status: m?.status }).toEqual({
      date: '2019-11-21',
      place: 'Geneva',
      precision: 'week',
      status: 'held',
    });
  });

  it('"the same city" reaches back over sentences without a meeting word to the last place they name', () => {
    const found = en(
      'The minister arrived in Vienna on Monday. He toured Paris. Officials from Iran were there too. Talks will be held in the same city on Tuesday.',
      '2020-07-24',
    );
    expect(found.map((m) => `${m.date} ${m.place.name}`)).toEqual(['2020-07-28 Paris']);
    const arabic = ar(
      'عقد الوزير اجتماعا في عمان أمس. وزار الوفد بيروت. ويعقد اجتماع آخر في المدينة ذاتها يوم الخميس المقبل.',
      '2020-01-28',
    );
    expect(arabic.map((m) => `${m.date} ${m.place.name}`)).toEqual(['2020-01-27 Amman', '2020-01-30 Beirut']);
  });

  it('a second meeting of the sentence keeps its place (على أن يسبقها اجتماع …)', () => {
    const found = ar(
      'الاجتماعات المقرر عقدها في 4 مارس/آذار المقبل بمقر الأمانة العامة بالقاهرة، على أن يسبقها اجتماع المندوبين يوم 3 مارس/آذار.',
      '2020-02-19',
      'Africa/Cairo',
    );
    expect(found.map((m) => `${m.date} ${m.place.name}`)).toEqual(['2020-03-04 Cairo', '2020-03-03 Cairo']);
  });

  it('a meeting named without a place (a headline, لقاء الجمعة) is the placed meeting of that day', () => {
    const found = ar(
      'لقاء الجمعة في بعبدا\n\nيعود الملف إلى الواجهة مع اللقاء المرتقب بين الرئيس ميشال عون والرئيس المكلف سعد الحريري في قصر بعبدا بعد غد الجمعة.',
      '2021-03-17',
      'Asia/Beirut',
    );
    expect(found.map(brief)).toEqual([{ date: '2021-03-19', place: 'Baabda', status: 'scheduled' }]);
  });
});

describe('status', () => {
  it('a hedge about who attends does not make the meeting tentative', () => {
    const [m] = ar(
      'سيعقد المندوبون اجتماعاً تحضيرياً في القاهرة يوم الخميس ٣٠ يناير الجاري، مشيراً إلى أنه من المرجح أن يشارك الرئيس محمود عباس.',
      PUBLISHED,
      'Africa/Cairo',
    );
    expect(m?.status).toBe('scheduled');
    expect(names(m)).toContain('محمود عباس');
  });

  it("a hedge in the meeting's own phrase makes it tentative", () => {
    const [m] = ar('من المرجح أن يزور وزير الخارجية العاصمة الإيرانية طهران يوم الأربعاء المقبل.');
    expect(brief(m!)).toEqual({ date: '2020-01-29', place: 'Tehran', status: 'tentative' });
  });

  it('a cancellation is a whole word: أبو الغيط is a name, not ألغي', () => {
    const [m] = ar(
      'وكان الرئيس عبد الفتاح السيسي قد استقبل أمس بقصر الاتحادية أحمد أبو الغيط الأمين العام للجامعة.',
      PUBLISHED,
      'Africa/Cairo',
    );
    expect(brief(m!)).toEqual({ date: '2020-01-27', place: 'Cairo', status: 'held' });
  });

  it('a meeting called off on its day is cancelled', () => {
    const [m] = ar(
      'ألغي اللقاء الذي كان مقرراً اليوم في قصر بسترس بين الوزير شربل وهبة والسفيرة دوروثي شيا.',
      '2021-02-15',
      'Asia/Beirut',
    );
    expect(brief(m!)).toEqual({ date: '2021-02-15', place: 'Beirut', status: 'cancelled' });
  });

  it('English: "expected to" reported by unnamed diplomats is tentative, from a schedule it is not', () => {
    const hedged = en(
      'The council is expected to take up the findings at a meeting in New York on Friday, diplomats told AFP.',
      '2020-04-08',
    );
    const firm = en('On Friday, the minister is expected to meet the speaker in Beirut.', '2020-04-08');
    expect([hedged[0]?.status, firm[0]?.status]).toEqual(['tentative', 'scheduled']);
  });
});

describe('people', () => {
  it('a name right after the verb and before its title (X الأمين العام)', () => {
    const [m] = ar(
      'استقبل الرئيس عبد الفتاح السيسي أمس في القاهرة أحمد أبو الغيط الأمين العام لجامعة الدول العربية.',
      PUBLISHED,
      'Africa/Cairo',
    );
    expect(names(m)).toEqual(expect.arrayContaining(['عبد الفتاح السيسي', 'أحمد أبو الغيط']));
  });

  it('a name before its title in Egyptian copy (سامح شكري وزير الخارجية)', () => {
    const [m] = ar(
      'استقبل سامح شكري وزير الخارجية، اليوم، نظيره الأردني أيمن الصفدي بالقاهرة.',
      PUBLISHED,
      'Africa/Cairo',
    );
    expect(names(m)).toEqual(expect.arrayContaining(['سامح شكري', 'أيمن الصفدي']));
  });

  it('short particles (قد) are never part of a name', () => {
    const [m] = ar('وكان المبعوث الأممي غير بيدرسون قد التقى في موسكو أمس الوزير سيرغي لافروف.');
    expect(names(m)).toContain('غير بيدرسون');
    expect(names(m).some((n) => n?.includes('قد'))).toBe(false);
  });

  it('names joined by بن، آل، عبد are read whole', () => {
    const [m] = ar('يزور وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني بيروت غداً.');
    expect(names(m)).toContain('محمد بن عبد الرحمن آل ثاني');
  });

  it("a title right after a name is that person's role, not another person", () => {
    const [m] = ar(
      'اجتمع الدكتور مطلق القحطاني المبعوث الخاص لوزير الخارجية في تسوية المنازعات أمس في الدوحة مع زلماي خليل زاد.',
      '2020-02-27',
      'Asia/Qatar',
    );
    expect(names(m)).toEqual(['مطلق القحطاني', 'زلماي خليل زاد']);
  });

  it('"كلاً على حدة": one meeting with each counterpart', () => {
    const text =
      'المبعوث زلماي خليل زاد ورئيس المكتب الملا عبد الغني برادر.\nوكان الدكتور مطلق القحطاني قد اجتمع أمس في الدوحة مع خليل زاد وبرادر، كلاً على حدة.';
    const found = ar(text, '2020-02-27', 'Asia/Qatar');
    expect(found.map((m) => names(m).join(' + '))).toEqual([
      'مطلق القحطاني + زلماي خليل زاد',
      'مطلق القحطاني + عبد الغني برادر',
    ]);
  });

  it('"اللقاء مع الرئيس الأسد" sends its attendees to the meeting with that person', () => {
    const text =
      'استقبل الرئيس بشار الأسد اليوم الوزير محمد جواد ظريف.\nويزور الوزير وليد المعلم موسكو يوم الخميس المقبل.\nحضر اللقاء مع الرئيس الأسد الدكتور فيصل المقداد.';
    const found = ar(text, '2019-04-16');
    expect(names(found.find((m) => m.date === '2019-04-16'))).toContain('فيصل المقداد');
    expect(names(found.find((m) => m.date === '2019-04-18'))).not.toContain('فيصل المقداد');
  });

  it('English: titles with role words and names with joiners', () => {
    const [m] = en(
      'Abu Dhabi: Sheikh Abdullah bin Zayed Al Nahyan on Monday received Secretary of State Mike Pompeo. The meeting was attended by Khalifa Shaheen Al Marar, Minister of State.',
      '2020-11-10',
      'Asia/Dubai',
    );
    expect(m?.participants.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Abdullah bin Zayed Al Nahyan', 'Mike Pompeo', 'Khalifa Shaheen Al Marar']),
    );
  });
});

describe('what is not a meeting', () => {
  it('a ministry (وزارة) is not a visit (و + زاره)', () => {
    expect(ar('أصدرت وزارة التجارة اليوم قراراً بتعديل الأسعار في دمشق.')).toEqual([]);
  });

  it('a match report: its لقاء and قمة are games', () => {
    expect(
      ar(
        'فاز الفريق في اللقاء الذي جمعهما مساء أمس على ملعب المدينة في الرياض، وسجل اللاعب هدفين، ويلتقي النصر الشباب يوم الخميس في قمة الجولة.',
      ),
    ).toEqual([]);
  });
});
