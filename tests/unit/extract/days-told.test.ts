/**
 * A meeting's day told away from its word: a verb of opening before the day and the meeting
 * after it, a postponement's new day past a comma, a part of a weekday on its own day, and the
 * days of a visit that holds meetings of their own. Sentences written for the test; zones named
 * so the machine's never matters.
 */
import { describe, expect, it } from 'vitest';
import type { MeetingDraft } from '../../../src/calendar/types.js';
import { arOn as ar, enOn as en } from '../../helpers/read-story.js';

const days = (found: MeetingDraft[]) => found.map((m) => `${m.date} ${m.place.name ?? '-'}`).sort();

describe('a verb of opening before the day, the meeting after it', () => {
  it('"بدأت في العاصمة العمانية مسقط، صباح اليوم السبت، الجولة الثالثة": the place between the verb and its day', () => {
    const found = ar(
      'بدأت في العاصمة العمانية مسقط، صباح اليوم السبت، الجولة الثالثة من المفاوضات بين إيران والولايات المتحدة.',
      '2025-04-26',
    );
    expect(days(found)).toEqual(['2025-04-26 Muscat']);
  });

  it('"بدأت اليوم الاثنين، في مقر …، أعمال الدورة": the session opened that day, there', () => {
    const found = ar(
      'بدأت اليوم الاثنين، في مقر الأمانة العامة لجامعة الدول العربية، أعمال الدورة 160 لمجلس الجامعة على مستوى المندوبين.',
      '2023-09-04',
    );
    expect(days(found)).toEqual(['2023-09-04 Cairo']);
  });

  it('after another meeting of the story: "وانطلقت اليوم … أعمال الاجتماع" is a meeting of its own', () => {
    const found = ar(
      'استقبل الرئيس المصري وزير الخارجية الأردني أمس في القاهرة.\n\nوانطلقت اليوم الاثنين، في القاهرة، أعمال الاجتماع الوزاري العربي.',
      '2023-09-04',
    );
    expect(days(found)).toEqual(['2023-09-03 Cairo', '2023-09-04 Cairo']);
  });

  it('"took part yesterday in the … Dialogue": a forum named Dialogue is a meeting, on that day', () => {
    const found = en(
      "Foreign Minister Wang Yi took part yesterday in the sixth China-Central Asia Foreign Ministers' Dialogue in Astana.",
      '2025-04-27',
    );
    expect(days(found)).toEqual(['2025-04-26 Astana']);
  });

  it('a Dialogue that opens a sentence is no forum: "Dialogue between the parties …" is no meeting', () => {
    expect(
      en('Dialogue between the parties must resume on Saturday, Foreign Minister Wang Yi said.', '2025-04-27'),
    ).toEqual([]);
  });
});

describe('a postponement told past a comma', () => {
  const story = [
    'يجتمع وزير الخارجية المصري سامح شكري الإثنين مع المبعوث الأممي ستيفان دي ميستورا في القاهرة.',
    '',
    'وكان الاجتماع قد حدد له يوم الأحد، قبل أن يرجأ إلى صباح الإثنين دون إعلان الأسباب.',
  ].join('\n');

  it('"حدد له يوم الأحد، قبل أن يرجأ إلى صباح الإثنين": one meeting, on the new day (the story\'s own Monday)', () => {
    const found = ar(story, '2016-01-11');
    expect(days(found)).toEqual(['2016-01-11 Cairo']);
    expect(found[0]!.status).toBe('scheduled');
  });
});

describe('an evening of a weekday on its own day', () => {
  it('"مساء الخميس" in a story of a Thursday is that evening, not the next Thursday\'s', () => {
    const found = ar('ويلتقي الرئيس السيسي المستشارة الألمانية أنغيلا ميركل مساء الخميس في القاهرة.', '2017-03-02');
    expect(days(found)).toEqual(['2017-03-02 Cairo']);
    expect(found[0]!.status).toBe('scheduled');
  });

  it('"from 9pm to 9:30pm on Sunday" in a story of a Sunday is that evening at 21:00', () => {
    const found = en(
      'GOA - An official said the two leaders were expected to meet for about 30 minutes, from 9pm to 9:30pm on Sunday.',
      '2016-10-16',
      'Asia/Kolkata',
    );
    expect(found.map((m) => [m.date, m.time])).toEqual([['2016-10-16', '21:00']]);
  });
});

describe('a stretch of weekdays from its own day', () => {
  it('"on a working visit that runs from Tuesday to Thursday", told on a Tuesday, starts that day', () => {
    const found = en(
      'Prime Minister Ludovic Orban is in Brussels on a working visit that runs from Tuesday to Thursday, during which he will meet European and NATO officials.',
      '2020-01-07',
      'Europe/Brussels',
    );
    expect(found.map((m) => `${m.date} ${m.endDate}`)).toEqual(['2020-01-07 2020-01-09']);
  });

  it('"من الثلاثاء إلى الخميس" in a story of a Tuesday is this week\'s; "الثلاثاء المقبل" is still next week\'s', () => {
    const thisWeek = ar(
      'يقوم وزير الخارجية بزيارة إلى القاهرة من الثلاثاء إلى الخميس يلتقي خلالها الرئيس المصري.',
      '2020-01-07',
      'Africa/Cairo',
    );
    expect(thisWeek.map((m) => `${m.date} ${m.endDate}`)).toEqual(['2020-01-07 2020-01-09']);
    const nextWeek = ar(
      'يقوم وزير الخارجية بزيارة إلى القاهرة من الثلاثاء المقبل إلى الخميس يلتقي خلالها الرئيس المصري.',
      '2020-01-07',
      'Africa/Cairo',
    );
    expect(nextWeek.map((m) => m.date)).toEqual(['2020-01-14']);
  });
});

describe("a day that is not the meeting's", () => {
  it('"بمناسبة حلول شهر رمضان" is the occasion; "عصر أمس" is the visit\'s day', () => {
    const found = ar(
      'وصل إلى البلاد عصر أمس أمير دولة قطر الشيخ تميم بن حمد آل ثاني في زيارة قدم خلالها التهاني لأمير البلاد بمناسبة حلول شهر رمضان المبارك.',
      '2017-06-01',
      'Asia/Kuwait',
    );
    expect(found.map((m) => [m.date, m.status])).toEqual([['2017-05-31', 'held']]);
  });

  it('"خلال لقائهما … يوم الجمعة، أطلعت …": a Friday gone by, told by a verb of what was said there', () => {
    const found = ar(
      'وخلال لقائهما في موسكو يوم الجمعة، أطلعت ستيفاني وليامز وزير الخارجية الروسي سيرغي لافروف على الترتيبات.',
      '2020-10-17',
      'Europe/Moscow',
    );
    expect(found.map((m) => [m.date, m.place.name, m.status])).toEqual([['2020-10-16', 'Moscow', 'held']]);
  });

  it('"لقاءً مع المبعوث …، الذي حطّ في دمشق أمس": the day of a guest\'s arrival is not the meeting\'s', () => {
    const found = ar(
      'يعقد وزير الخارجية فيصل المقداد اليوم في مقر الوزارة لقاءً مع المبعوث الأممي الخاص إلى سورية غير بيدرسون، الذي حطّ في دمشق أمس، للتباحث في التحضيرات.',
      '2022-05-22',
      'Asia/Damascus',
    );
    expect(found.map((m) => m.date)).toEqual(['2022-05-22']);
    const english = en(
      'Foreign Minister Ayman Safadi holds talks today with the UN envoy, who arrived in Amman on Saturday, on the preparations.',
      '2022-05-22',
      'Asia/Amman',
    );
    expect(english.map((m) => m.date)).toEqual(['2022-05-22']);
    // (a relative clause of the meeting's own day still dates it: "التي عادت إلى الانعقاد" resumed, a review's)
    const resumed = ar(
      'وتواصلت المحادثات الإيرانية الأمريكية، التي عادت إلى الانعقاد في مسقط أمس، بوساطة عمانية.',
      '2025-04-28',
      'Asia/Muscat',
    );
    expect(resumed.map((m) => `${m.date} ${m.place.name}`)).toEqual(['2025-04-27 Muscat']);
    const own = ar(
      'ويعقد الوزراء اجتماعاً تشاورياً في القاهرة، الذي تقرر أن ينطلق غداً، لبحث التحضيرات.',
      '2022-05-22',
      'Africa/Cairo',
    );
    expect(own.map((m) => m.date)).toEqual(['2022-05-23']);
  });
});

describe('a weekday alone after a date of that weekday', () => {
  it('"يوم السبت 30 مارس … ويتضمن برنامج السبت لقاءً": the Saturday the story named, not the one nearest its day', () => {
    const story = [
      'يصل البابا فرنسيس إلى الرباط يوم السبت 30 مارس في زيارة تدوم يومين.',
      '',
      'ويتضمن برنامج السبت لقاءً مع الملك محمد السادس في القصر الملكي بالرباط.',
    ].join('\n');
    expect(days(ar(story, '2019-02-20', 'Africa/Casablanca'))).toEqual(['2019-03-30 Rabat']);
  });

  it('only the last date named before it, a few paragraphs up at most', () => {
    const story = [
      'تعقد القمة العربية يوم السبت 30 مارس في تونس.',
      '',
      'وكان وزراء الخارجية قد اجتمعوا يوم الأربعاء 20 مارس في القاهرة.',
      '',
      'ويلتقي الوزير نظيره الأردني السبت في عمّان.',
    ].join('\n');
    expect(days(ar(story, '2019-03-20'))).toContain('2019-03-23 Amman');
  });

  it('a Saturday recalled does not take a Saturday to come back', () => {
    const story = [
      'التقى وزير الخارجية نظيره الأردني يوم السبت 16 مارس في عمّان.',
      '',
      'ويلتقي الوزيران مجدداً السبت في القاهرة.',
    ].join('\n');
    expect(days(ar(story, '2019-03-20'))).toEqual(['2019-03-16 Amman', '2019-03-23 Cairo']);
  });
});

describe('a visit of several days and the meetings in it', () => {
  const story = [
    'ISLAMABAD: The foreign ministers of Pakistan and Afghanistan renewed their commitment to cooperation.',
    '',
    'Afghan Acting Foreign Minister Amir Khan Muttaqi is visiting Pakistan from May 5 to 8.',
    '',
    'On Sunday, Foreign Minister Bilawal Bhutto Zardari received Amir Khan Muttaqi at the Ministry of Foreign Affairs.',
  ].join('\n');

  it('a meeting on one of its days is a meeting of its own, and the visit that frames it is no second one', () => {
    const found = en(story, '2023-05-07');
    expect(days(found)).toEqual(['2023-05-07 Islamabad']);
    expect(found[0]!.participants.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Bilawal Bhutto Zardari', 'Amir Khan Muttaqi']),
    );
  });

  it('a visit of several days with no meeting of its own day is still the meeting', () => {
    const found = en(
      'Afghan Acting Foreign Minister Amir Khan Muttaqi is visiting Pakistan from May 5 to 8 for talks.',
      '2023-05-04',
    );
    expect(found.map((m) => [m.date, m.endDate])).toEqual([['2023-05-05', '2023-05-08']]);
  });
});

describe("dates that are not a meeting's day", () => {
  it('"لويجي دي مايو": a month\'s name after a name\'s particle is a surname, and "يوم واحد" is one day, no Sunday', () => {
    const found = ar(
      'اجتمع وزير الخارجية الإيطالي لويجي دي مايو أمس برئيس الحكومة الليبية عبد الحميد الدبيبة في طرابلس.\n\nووصل دي مايو في زيارة يتوقع أن تقتصر على يوم واحد.',
      '2021-03-22',
      'Africa/Tripoli',
    );
    expect(days(found)).toEqual(['2021-03-21 Tripoli']);
  });

  it('"On Monday, the United Nations said he would …": the day of the report, not of the talks', () => {
    const found = en(
      'The new UN envoy held talks with Syrian Foreign Minister Walid Muallem in Damascus on Wednesday.\n\nOn Monday, the United Nations said the envoy would follow his trip with further stops for talks with the main players.',
      '2014-09-10',
    );
    expect(days(found)).toEqual(['2014-09-10 Damascus']);
  });

  it('"…, the envoy said": a report told after its sentence leaves the sentence\'s day to the meeting', () => {
    const found = en('Talks between the rivals will follow in Geneva on March 3, the UN envoy said.', '2020-02-25');
    expect(days(found)).toEqual(['2020-03-03 Geneva']);
  });
});

describe('a meeting called off', () => {
  it('"talks … that had been set for March 13" put off on Monday: the day set is the meeting\'s', () => {
    const found = en(
      'The ministry on Monday put off talks between the two delegations in Geneva that had been set for March 13.',
      '2020-03-10',
    );
    expect(found.map((m) => `${m.date} ${m.place.name} ${m.status}`)).toEqual(['2020-03-13 Geneva cancelled']);
  });

  it('"the talks, which were due to be held today, have been put off": the verb after the relative clause calls them off', () => {
    const found = en('Peace talks in London, which were due to be held today, have been put off.', '2025-04-23');
    expect(found.map((m) => `${m.date} ${m.place.name} ${m.status}`)).toEqual(['2025-04-23 London cancelled']);
  });

  it('"meetings due to begin this morning would now not take place": called off', () => {
    const found = en(
      'The ministry said the ministerial meetings in London due to begin this morning would now not take place.',
      '2025-04-23',
    );
    expect(found.map((m) => `${m.date} ${m.place.name} ${m.status}`)).toEqual(['2025-04-23 London cancelled']);
  });
});

describe('a leg of a tour told over two sentences', () => {
  const story =
    'On Monday, on the first leg of the tour, the foreign minister met Afghan President Ashraf Ghani. The two held a one-on-one meeting at the Presidential Palace in Kabul.';

  it('"On Monday, on the first leg of the tour, … met": the past verb past the aside makes it last Monday', () => {
    expect(en(story, '2018-12-25').map((m) => `${m.date} ${m.status}`)).toEqual(['2018-12-24 held']);
  });

  it('"The two held a … meeting at the Presidential Palace in Kabul": the city past the venue is where they met', () => {
    expect(en(story, '2018-12-25').map((m) => m.place.name)).toEqual(['Kabul']);
  });
});

describe('a day told from another day', () => {
  it('"talks that had been set for March 9 will get under way the day after": March 10', () => {
    const found = en(
      'Syria peace talks in Geneva that had been set for March 9 will get under way the day after, with participants arriving over several days.',
      '2016-03-05',
    );
    expect(days(found)).toEqual(['2016-03-10 Geneva']);
  });

  it('"وصل يوم الأحد على أن يلتقي الرئيس في اليوم التالي": the day after that Sunday, not after the article\'s day', () => {
    const found = ar('وصل وزير الخارجية إلى دمشق يوم الأحد على أن يلتقي الرئيس السوري في اليوم التالي.', '2016-03-05');
    expect(days(found)).toEqual(['2016-02-29 Damascus']);
  });

  it('"the meeting, set for Saturday and Sunday": two days of one span, not a plan and its new day', () => {
    const found = en(
      'The foreign ministers will meet in Ningbo at the weekend. The meeting, set for Saturday and Sunday in Ningbo, will be chaired by China.',
      '2012-04-05',
    );
    expect(found.map((m) => m.date)).toEqual(['2012-04-07']);
  });
});

describe('a visit called off by the verb that opens the sentence', () => {
  it('"أرجأ رئيس الوزراء، اليوم الإثنين، الزيارة التي كان من المقرر أن يقوم بها اليوم إلى الرياض": called off', () => {
    const found = ar(
      'بغداد: أرجأ رئيس الوزراء العراقي، مصطفى الكاظمي، اليوم الإثنين، الزيارة التي كان من المقرر أن يقوم بها اليوم إلى الرياض.',
      '2020-07-20',
      'Asia/Baghdad',
    );
    expect(found.map((m) => `${m.date} ${m.place.name} ${m.status}`)).toEqual(['2020-07-20 Riyadh cancelled']);
  });
});

describe('a weekend and its Sunday', () => {
  it('"will host … this weekend for a summit" and "invited to Sunday\'s talks": one meeting, that Sunday', () => {
    const found = en(
      "Berlin will host world leaders this weekend for a summit on the conflict in Libya.\n\nRepresentatives of 11 countries have been invited to Sunday's talks in Berlin.",
      '2020-01-14',
      'Europe/Berlin',
    );
    expect(days(found)).toEqual(['2020-01-19 Berlin']);
  });
});

describe('the day a meeting had been planned for', () => {
  it('"أُرجئ إلى يومنا هذا الأربعاء، بعد أن كان مقرراً أن تنطلق المشاورات أمس الثلاثاء": one meeting, on its new day', () => {
    const found = ar(
      'ذكرت مصادر سياسية، أمس، أن افتتاح المشاورات اليمنية في الرياض أُرجئ إلى يومنا هذا الأربعاء، بعد أن كان مقرراً أن تنطلق المشاورات أمس الثلاثاء.',
      '2022-03-30',
      'Asia/Aden',
    );
    expect(found.map((m) => `${m.date} ${m.place.name}`)).toEqual(['2022-03-30 Riyadh']);
  });
});

describe('the days and status of meetings moved, chained or beside one called off', () => {
  it('"وأرجأ الوزير اجتماعه مع نظيره … إلى يوم الإثنين المقبل": the meeting is on, on its new day', () => {
    const found = ar(
      'وأرجأ وزير الخارجية الأردني أيمن الصفدي اجتماعه مع نظيره المصري في عمان إلى يوم الإثنين المقبل.',
      '2021-03-03',
      'Asia/Amman',
    );
    expect(found.map((m) => `${m.date} ${m.place.name} ${m.status}`)).toEqual(['2021-03-08 Amman scheduled']);
  });

  it('"The next day" opening a sentence counts from the day told before it', () => {
    const found = en(
      'The ministers met in Geneva on March 1.\n\nThe next day, they met again in Geneva with the envoy.',
      '2021-03-03',
    );
    expect(days(found)).toEqual(['2021-03-01 Geneva', '2021-03-02 Geneva']);
  });

  it('a meeting in a sentence that tells of another called off is not called off', () => {
    const found = en(
      'Lavrov will meet Cavusoglu in Ankara on Friday, adding that the summit, which had been planned for May, has been postponed.',
      '2021-03-03',
    );
    expect(found.filter((m) => m.date === '2021-03-05').map((m) => m.status)).toEqual(['scheduled']);
  });

  it('"hosted Erdogan in Sochi on Monday and invited him to Moscow": the visit is Monday\'s, held', () => {
    const found = en('Putin hosted Erdogan in Sochi on Monday and invited him to Moscow.', '2021-09-28');
    expect(found.map((m) => `${m.date} ${m.place.name} ${m.status}`)).toEqual(['2021-09-27 Sochi held']);
  });
});

describe('a stay told until a day', () => {
  it('"began a visit to Beirut today that lasts until Wednesday": the visit spans to Wednesday', () => {
    const found = en(
      'French envoy Jean-Yves Le Drian began a visit to Beirut today that lasts until Wednesday.',
      '2025-12-08',
    );
    expect(found.map((m) => `${m.date} ${m.endDate}`)).toEqual(['2025-12-08 2025-12-10']);
  });

  it('"until" a day weeks away is not the end of a stay', () => {
    const found = en('Le Drian met Aoun in Baabda today; the talks will not resume until March 30.', '2025-12-08');
    expect(found.map((m) => m.endDate ?? m.date)).toContain('2025-12-08');
  });
});

describe("a day something has held since is not the meeting's", () => {
  it('"في زيارة هي الأولى منذ أن تسلم مهام الرئاسة في الثلاثين من يونيو 2012": the visit is today\'s', () => {
    const found = ar(
      'حط الرئيس المصري محمد مرسي اليوم الخميس في العاصمة السودانية الخرطوم، في زيارة هي الأولى له منذ أن تسلم مهام الرئاسة رسمياً في الثلاثين من يونيو 2012.',
      '2013-04-04',
      'Africa/Cairo',
    );
    expect(days(found)).toEqual(['2013-04-04 Khartoum']);
  });

  it('"his first trip abroad since taking office on May 10": the talks are Tuesday\'s', () => {
    const found = en(
      'President Yoon Suk Yeol held talks with Japanese Prime Minister Fumio Kishida in Tokyo on Tuesday, on his first trip to Japan since taking office on May 10.',
      '2023-03-16',
      'Asia/Seoul',
    );
    expect(days(found)).toEqual(['2023-03-14 Tokyo']);
  });
  it('"the first in-person talks since the administration was launched on May 10": no meeting on May 10', () => {
    const found = en(
      "South Korean Foreign Minister Park Jin will visit Washington next week. The meeting would be the allies' first in-person talks at the foreign minister level since the Yoon Suk-yeol administration was launched on May 10.",
      '2022-06-09',
      'Asia/Seoul',
    );
    expect(found.map((m) => m.date)).not.toContain('2022-05-10');
  });

  it('"the first summit since Putin met Trump in Helsinki in July 2018": the Helsinki meeting keeps its month', () => {
    const found = en(
      'Putin and Biden will meet in Geneva on June 16. It will be the first Russian-US summit since Putin met Donald Trump in Helsinki in July 2018.',
      '2021-06-15',
      'Europe/Moscow',
    );
    expect(days(found)).toEqual(['2018-07-01 Helsinki', '2021-06-16 Geneva']);
  });
});

describe('a plan told in the past, without its أن', () => {
  it('"ألغى الوفد السوري زيارة إلى بيروت كانت مقررة يوم الخميس", told on a Tuesday: the Thursday to come, called off', () => {
    const found = ar('ألغى الوفد السوري زيارة إلى بيروت كانت مقررة يوم الخميس.', '2025-08-26', 'Asia/Beirut');
    expect(found.map((m) => `${m.date} ${m.place.name} ${m.status}`)).toEqual(['2025-08-28 Beirut cancelled']);
  });

  it('"… كانت مقررة يوم الأحد", told on a Tuesday: the Sunday gone by (five days ahead is too far for a plan)', () => {
    const found = ar('ألغى الوفد السوري زيارة إلى بيروت كانت مقررة يوم الأحد.', '2025-08-26', 'Asia/Beirut');
    expect(found.map((m) => m.date)).toEqual(['2025-08-24']);
  });

  it('"ويرافق أردوغان في زيارته وزير الخارجية …": those who go with him, not a meeting of their own', () => {
    const found = ar(
      'يصل الرئيس التركي رجب طيب أردوغان اليوم إلى تونس في زيارة يلتقي خلالها الرئيس قيس سعيد.\n\nويرافق أردوغان في زيارته وزير الخارجية مولود تشاووش أوغلو ووزير الدفاع خلوصي أكار.',
      '2019-12-25',
      'Africa/Tunis',
    );
    expect(found).toHaveLength(1);
  });
  it('"asked Egypt to postpone the meeting because of the elections it held last May": no meeting in May, and the meeting is off', () => {
    const found = en(
      'October 4, 2015 (KHARTOUM) - Egypt has decided to postpone a meeting of the tripartite committee with Ethiopia and Sudan in Khartoum on Sunday. Ethiopia asked Egypt to postpone the meeting because of the elections it held last May.',
      '2015-10-04',
      'Africa/Khartoum',
    );
    expect(found.map((m) => m.date)).not.toContain('2015-05-01');
  });
});

describe('a modal before a bare verb looks ahead', () => {
  it('"quoted … as saying the talks could resume on June 20", told on June 8: this June 20, not last year\'s', () => {
    const found = en(
      'Russian news agencies quoted Deputy Foreign Minister Mikhail Bogdanov as saying the talks could resume on June 20, a date he described as preliminary.',
      '2017-06-08',
      'UTC',
    );
    expect(found.map((m) => `${m.date} ${m.status}`)).toEqual(['2017-06-20 tentative']);
  });

  it('"could have met on Monday" is still the past', () => {
    const found = en('Officials said the two ministers could have met on Monday in Vienna.', '2017-06-08', 'UTC');
    expect(found.map((m) => m.date)).toEqual(['2017-06-05']);
  });
});

describe('a day in brackets says the date before it again', () => {
  it('"مساء الأمس (الإثنين)", told on a Tuesday: last evening, not next Monday', () => {
    const found = ar(
      'لقي الرئيس محمد ولد الشيخ الغزواني، مساء الأمس (الإثنين)، استقبالا رسميا في الجزائر، ثم جلس على انفراد مع الرئيس الجزائري عبد المجيد تبون في جلسة محادثات.',
      '2022-11-01',
      'Africa/Algiers',
    );
    expect(found.map((m) => `${m.date} ${m.status}`)).toEqual(['2022-10-31 held']);
  });

  it('"at 10 a.m. (0700 GMT)": a clock time in brackets is the same moment elsewhere, kept', () => {
    const found = en('The two ministers will meet in Amman on Monday at 10 a.m. (0700 GMT).', '2022-11-01', 'UTC');
    expect(found.map((m) => `${m.date} ${m.time}`)).toEqual(['2022-11-07 10:00']);
  });
});

describe('"for the first time since …": the day of what came before', () => {
  it('"have sat down together for the first time since a quarrel … pushed the two countries to the edge of war in April": no meeting in April', () => {
    const found = en(
      "The leaders of Sudan and South Sudan have sat down together for the first time since a quarrel over their shared border pushed the two countries to the edge of war in April.\n\nSudanese President Omar al-Bashir held talks with South Sudan's Salva Kiir in the Ethiopian capital, on the margins of an African Union summit.",
      '2012-07-14',
      'Africa/Addis_Ababa',
    );
    expect(found.map((m) => `${m.date} ${m.place.name}`)).toEqual(['2012-07-14 Addis Ababa']);
  });
});
