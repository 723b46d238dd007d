/**
 * A news story's own meeting, told without a day: the headline and the lead report the day's
 * news, so the meeting is on the publication day; its status comes from the verb. Articles
 * written for the test (Tuesday 2020-01-28).
 */
import { describe, expect, it } from 'vitest';
import { extractMeetings } from '../../../src/extract/index.js';
import { ar, arOn, brief, en, PUBLISHED } from '../../helpers/read-story.js';

describe('the day of a meeting the story tells without one', () => {
  it('a past-tense lead without a day is the publication day, held', () => {
    const found = ar(
      'الرئيس يستقبل الموفد الأوروبي\n\nاستقبل رئيس الجمهورية العماد ميشال عون في قصر بعبدا الموفد الأوروبي هانز شميدت، وبحث معه الأوضاع في المنطقة والعلاقات الثنائية بين البلدين.',
    );
    expect(found.map(brief)).toEqual([{ date: PUBLISHED, place: 'Baabda', status: 'held' }]);
  });

  it('a headline in the present tense is the day’s news: held, not scheduled', () => {
    const found = en(
      'Foreign minister meets Gulf envoy in Muscat\n\nThe talks covered shipping in the Strait of Hormuz and the next round of regional consultations, officials said.',
    );
    expect(found.map(brief)).toEqual([{ date: PUBLISHED, place: 'Muscat', status: 'held' }]);
  });

  it('a headline in the future stays scheduled', () => {
    const found = ar(
      'وزير الخارجية سيلتقي نظيره العماني في مسقط\n\nقالت مصادر دبلوماسية إن الجانبين سيبحثان العلاقات الثنائية والأوضاع في المنطقة وملفات التعاون الاقتصادي.',
    );
    expect(found.map((m) => m.status)).toEqual(['scheduled']);
  });

  it('a day-less headline joins the dated meeting of its lead instead of making a second one', () => {
    const found = ar(
      'المقداد يلتقي بيدرسون في دمشق\n\nالتقى وزير الخارجية فيصل المقداد يوم الخميس المقبل المبعوث الأممي غير بيدرسون لبحث مسار اللجنة الدستورية.',
    );
    expect(found.map(brief)).toEqual([{ date: '2020-01-30', place: 'Damascus', status: 'scheduled' }]);
  });

  it('a day-less meeting deep in the body is background, not the day’s news', () => {
    const found = ar(
      'وزير الخارجية في القاهرة\n\nوصل وزير الخارجية أيمن الصفدي إلى القاهرة اليوم في زيارة رسمية تستمر يومين يلتقي خلالها كبار المسؤولين المصريين ويبحث معهم الأوضاع الإقليمية.\n\nوكانت الحكومة قد أعلنت عن خطة جديدة للنقل.\n\nوسبق أن التقى الصفدي الأمين العام للجامعة العربية أحمد أبو الغيط في عمّان.',
    );
    expect(found.map((m) => m.place.name)).toEqual(['Cairo']);
  });

  it('"قبل ظهر اليوم" is this morning: the day of the meeting, not a bound before it', () => {
    const found = ar(
      'استقبل رئيس الحكومة قبل ظهر اليوم في السراي سفير فرنسا هيرفيه ماغرو وعرض معه الأوضاع العامة في البلاد.',
    );
    expect(found.map((m) => ({ date: m.date, status: m.status }))).toEqual([{ date: PUBLISHED, status: 'held' }]);
  });

  it('a past meeting verb spelled like the article (التقى) reads as held on the day', () => {
    const [m] = ar('التقى وزير الخارجية اليوم في عمّان نظيره الأردني أيمن الصفدي وبحث معه العلاقات الثنائية.');
    expect(m?.status).toBe('held');
  });
});

describe('a day said once for several meetings', () => {
  it('a visitor’s programme: each host met that day is a meeting of its own, with the visitor', () => {
    const found = ar(
      'وصل وزير الخارجية الإيراني عباس عراقجي إلى بغداد اليوم والتقى رئيس الوزراء العراقي محمد شياع السوداني.\n\nثم التقى عراقجي رئيس مجلس النواب محمود المشهداني في مقر البرلمان وبحث معه العلاقات الثنائية.',
    );
    const people = found.map((m) => m.participants.filter((p) => p.kind === 'person').map((p) => p.nameAr));
    expect(found.map(brief)).toEqual([
      { date: PUBLISHED, place: 'Baghdad', status: 'held' },
      { date: PUBLISHED, place: 'Baghdad', status: 'held' },
    ]);
    expect(people[1]).toEqual(expect.arrayContaining(['عباس عراقجي', 'محمود المشهداني']));
  });

  it('the host a visit’s own sentence names is that visit’s meeting, not a second one', () => {
    const found = ar(
      'أعلن مكتب المبعوث الأممي غير بيدرسون أنه سيزور دمشق يوم الاثنين المقبل، حيث يلتقي وزير الخارجية وليد المعلم.',
    );
    expect(found.map(brief)).toEqual([{ date: '2020-02-03', place: 'Damascus', status: 'scheduled' }]);
  });

  it('a meeting recalled after the day’s is not one of its legs', () => {
    const found = ar(
      'التقى وزير الخارجية الأردني أيمن الصفدي اليوم في عمّان المبعوث الأممي غير بيدرسون.\n\nوكان الصفدي قد التقى وزير الخارجية التركي هاكان فيدان في أنقرة.',
    );
    expect(found.map(brief)).toEqual([{ date: PUBLISHED, place: 'Amman', status: 'held' }]);
  });

  it('a clock time without a day is the time of the meeting in hand, on its day', () => {
    const found = ar(
      'تنطلق غداً في تونس أعمال القمة العربية بمشاركة القادة العرب.\n\nوفي الساعة الثانية عشرة ظهراً تفتتح جلسة العمل الأولى للقمة.',
    );
    expect(found.map((m) => ({ date: m.date, time: m.time, place: m.place.name }))).toEqual([
      { date: '2020-01-29', time: '12:00', place: 'Tunis' },
    ]);
  });

  it('the dateline’s day is when the story was filed, not the meeting’s', () => {
    const found = ar('بنغازي 28 يناير 2020 (وال)- يعقد مجلس النواب غداً الأربعاء جلسة يحضرها رئيس البرلمان العربي.');
    expect(found.map((m) => ({ date: m.date, place: m.place.name }))).toEqual([
      { date: '2020-01-29', place: 'Benghazi' },
    ]);
  });

  it('a date of something before ("منذ انطلاق الاحتجاجات في 17 تشرين الأول") dates no visit', () => {
    const found = ar(
      'يزور الموفد الأميركي ديفيد هيل بيروت الأسبوع المقبل. وتعد هذه الزيارة الأولى لمسؤول أميركي منذ انطلاق الاحتجاجات في 17 تشرين الأول.',
    );
    expect(found.map((m) => m.date)).toEqual(['2020-02-03']);
  });

  it('talks "over recent weeks" / "خلال الأسابيع الماضية" are a stretch of talks: only the dated meeting is one', () => {
    const english = en(
      'Officials from Baghdad and Erbil have held a string of talks in Baghdad over recent weeks in search of a settlement. The two delegations will meet again in Baghdad on Thursday.',
    );
    expect(english.map((m) => m.date)).toEqual(['2020-01-30']);
    const arabic = ar(
      'عقد الجانبان جولات من المحادثات في بغداد خلال الأسابيع الماضية. ويلتقي الوفدان مجدداً في بغداد الخميس المقبل.',
    );
    expect(arabic.map((m) => m.date)).toEqual(['2020-01-30']);
  });
});

describe('where a meeting is, when the clause does not say', () => {
  it('a meeting on the sidelines of another is where and when that one is', () => {
    const found = ar(
      'اجتمع وزير الخارجية عبدالله بو حبيب بنظيره الأردني أيمن الصفدي، وذلك على هامش الاجتماع الوزاري العربي المقرر اليوم في القاهرة.',
    );
    expect(found.map((m) => ({ date: m.date, place: m.place.name, status: m.status }))[0]).toEqual({
      date: PUBLISHED,
      place: 'Cairo',
      status: 'held',
    });
  });

  it('a city after "آتياً من" with its descriptor is where the visitor comes from, not where he meets', () => {
    const found = ar(
      'يصل بابا الفاتيكان إلى القاهرة ظهر اليوم، آتياً من العاصمة الإيطالية روما، ويلتقي الرئيس عبد الفتاح السيسي في قصر الاتحادية.',
    );
    expect(found.map((m) => m.place.name)).toEqual(['Cairo']);
  });

  it('a ministry named without a city is the outlet’s own country’s: its capital', () => {
    const found = extractMeetings(
      'استقبل وزير الخارجية سامح شكري، اليوم الثلاثاء، نظيره السوري فيصل المقداد بمقر وزارة الخارجية.',
      { published: PUBLISHED, timezone: 'Africa/Cairo', language: 'ar' },
    ).meetings;
    expect(found.map((m) => ({ place: m.place.name, from: m.placeFrom }))).toEqual([
      { place: 'Cairo', from: 'outlet' },
    ]);
  });

  it('a place after "الوضع في" is what is talked about, not where the meeting is', () => {
    const found = ar('يعقد مجلس الأمن الدولي يوم السبت جلسة طارئة لبحث الوضع في غزة.');
    // Not Gaza: the council sits at its seat.
    expect(found.map((m) => m.place.name)).toEqual(['New York']);
  });

  it('a dateline with the agency first and the city after the dash places the story', () => {
    const found = ar(
      'رئيس الإقليم يستقبل السفير البريطاني\n\nشفق نيوز– أربيل\n\nاستقبل رئيس إقليم كوردستان نيجيرفان بارزاني اليوم السفير البريطاني لدى العراق ستيفن هيتشن وبحث معه التعاون بين البلدين.',
    );
    expect(found.map((m) => m.place.name)).toEqual(['Erbil']);
  });
});

describe('days a story says loosely', () => {
  it('"will meet on Tuesday" published on a Tuesday is that day, not a week on', () => {
    const [m] = en('Foreign Minister Ayman Safadi will meet UN envoy Geir Pedersen in Amman on Tuesday.');
    expect(m?.date).toBe(PUBLISHED);
  });

  it('"next Tuesday" said on a Tuesday stays a week on', () => {
    const [m] = en('Foreign Minister Ayman Safadi will meet UN envoy Geir Pedersen in Amman next Tuesday.');
    expect(m?.date).toBe('2020-02-04');
  });

  it('a past meeting told with who met where is kept with its month; a month alone is an allusion', () => {
    const told = en(
      'President Emmanuel Macron last met President Michel Aoun in Paris in November, before the crisis deepened.',
    );
    expect(told.map((m) => ({ date: m.date, precision: m.precision, status: m.status }))).toEqual([
      { date: '2019-11-01', precision: 'month', status: 'held' },
    ]);
    expect(en('Talks with the fund, launched in November, have stalled.')).toEqual([]);
  });
});

describe('meeting words as news writes them', () => {
  it('"جاء ذلك لدى استقباله" is a meeting: the reception of a guest', () => {
    const found = ar(
      'جاء ذلك لدى استقباله، اليوم الثلاثاء، في مكتبه برام الله، المبعوث النرويجي لعملية السلام تور فنيسلاند.',
    );
    expect(found.map(brief)).toEqual([{ date: PUBLISHED, place: 'Ramallah', status: 'held' }]);
  });

  it('a verb of talks with its مع further on ("ناقش الوزير، صباح اليوم، مع …") is a meeting', () => {
    const found = ar(
      'ناقش وزير الداخلية فتحي باشاغا، صباح اليوم الثلاثاء، مع منسق البعثة الأممية ريزدون زينينغا الأوضاع الأمنية في طرابلس.',
    );
    expect(found.map((m) => m.date)).toEqual([PUBLISHED]);
  });

  it('"الاجتماعية" (social) is no meeting, as "اجتماعيه" (his two meetings) would be', () => {
    const found = ar('أكد وزير الخارجية يوم الأحد المقبل أهمية التعاون في المجالات الاقتصادية والاجتماعية والثقافية.');
    expect(found).toEqual([]);
  });
});

describe('clock times', () => {
  it('"at 10 a.m." alone is on the story’s day, not the day after', () => {
    const [m] = en('Queen Elizabeth will open the Commonwealth summit in London at 10 a.m. on the day.');
    expect({ date: m?.date, time: m?.time }).toEqual({ date: PUBLISHED, time: '10:00' });
  });

  it('"on February 24 at 12:00" said on the 23rd is the 24th: a month\'s date keeps its clock time\'s day', () => {
    const [m] = extractMeetings('The ministers will meet in Paris on February 24 at 12:00.', {
      published: '2015-02-23',
      timezone: 'UTC',
      language: 'en',
    }).meetings;
    expect({ date: m?.date, time: m?.time }).toEqual({ date: '2015-02-24', time: '12:00' });
  });
});

describe('status from the verb', () => {
  it('a meeting that began or ended on the day was held ("انطلقت اليوم أعمال القمة")', () => {
    const found = ar('انطلقت اليوم في العاصمة العراقية بغداد أعمال القمة العربية بمشاركة القادة العرب.');
    expect(found.map(brief)).toEqual([{ date: PUBLISHED, place: 'Baghdad', status: 'held' }]);
  });

  it('"وزارة" is the ministry, not "and visited him": a plan told by the ministry stays a plan', () => {
    const found = ar(
      'يصل وزير الخارجية أيمن الصفدي اليوم إلى دمشق، حيث يجتمع بالرئيس السوري أحمد الشرع، وفق بيان صادر عن وزارة الخارجية.',
    );
    expect(found.map(brief)).toEqual([{ date: PUBLISHED, place: 'Damascus', status: 'scheduled' }]);
  });

  it('"اليوم الجمعة" is Friday, not "gathered him" (جمعه): a plan of the day told on a Friday stays a plan', () => {
    const found = arOn(
      'يصل وزير الخارجية الإيراني عباس عراقجي اليوم الجمعة إلى مسقط، حيث يجتمع بنظيره العماني بدر البوسعيدي.',
      '2026-02-06',
      'Asia/Muscat',
    );
    expect(found.map(brief)).toEqual([{ date: '2026-02-06', place: 'Muscat', status: 'scheduled' }]);
  });

  it('"سيادة الرئيس" is no future verb: "ترأس سيادة الرئيس اليوم اجتماعاً" was held that day', () => {
    const found = arOn(
      'ترأس سيادة الرئيس عبد الفتاح السيسي اليوم في القاهرة اجتماعاً مع رئيس الوزراء مصطفى مدبولي.',
      '2023-05-02',
    );
    expect(found.map(brief)).toEqual([{ date: '2023-05-02', place: 'Cairo', status: 'held' }]);
  });

  it('"من مختلف أرجاء العالم" (from all over the world) is no postponement (إرجاء); "أُرجئ … من أجل" still is one', () => {
    const summit = arOn(
      'تنعقد قمة شرم الشيخ للسلام ظهر غد الاثنين بمشاركة قادة ما يزيد على عشرين دولة من مختلف أرجاء العالم.',
      '2025-10-12',
    );
    expect(summit.map((m) => m.status)).toEqual(['scheduled']);
    const put = arOn(
      'أُرجئ اجتماع وزراء الخارجية العرب الذي كان مقرراً غداً في القاهرة من أجل مزيد من التحضير.',
      '2025-10-12',
    );
    expect(put.map((m) => m.status)).toEqual(['cancelled']);
  });

  it('the second review\'s sentences: "وزاره" (visited him) is held, "سيتم عقد" is to come, "للندن" is London', () => {
    const brief2 = (text: string) => arOn(text, '2024-03-10').map((m) => [m.place.name, m.status]);
    expect(
      brief2(
        'وصل رئيس الحكومة نواف سلام إلى طهران صباح اليوم، وزاره وزير الخارجية عباس عراقجي في مقر إقامته، في لقاء تناول العلاقات الثنائية.',
      ),
    ).toEqual([['Tehran', 'held']]);
    expect(brief2('سيتم عقد الاجتماع الثلاثي في عمّان اليوم بمشاركة وزراء الخارجية.')).toEqual([['Amman', 'scheduled']]);
    expect(brief2('تم عقد الاجتماع الثلاثي في عمّان اليوم بمشاركة وزراء الخارجية.')).toEqual([['Amman', 'held']]);
    expect(brief2('يبدأ رئيس الدولة اليوم زيارة رسمية للندن يلتقي خلالها رئيس الوزراء البريطاني ريشي سوناك.')).toEqual([
      ['London', 'scheduled'],
    ]);
    // (the future of a relative clause is not the meeting's; "في ارجاء العاصمة" is throughout it; "اجتماعية" is social)
    expect(brief2('ترأس ولي العهد اليوم في الرياض الاجتماع التحضيري للقمة التي ستُعقد غداً.')[0]).toEqual([
      'Riyadh',
      'held',
    ]);
    expect(brief2('انتشرت قوات الأمن في ارجاء العاصمة بغداد قبل انطلاق القمة العربية اليوم.')).toEqual([
      ['Baghdad', 'scheduled'],
    ]);
    expect(brief2('أطلقت الحكومة اليوم في الرياض مبادرة اجتماعية جديدة.')).toEqual([]);
    // (a family name that is a given name too matches no leader: "اللواء حسن محمود" is not Hassan Sheikh Mohamud)
    const [police] = arOn('استقبل محافظ الإسكندرية اليوم اللواء حسن محمود مدير أمن المحافظة.', '2024-03-10');
    expect((police?.participants ?? []).map((p) => p.name)).not.toContain('Somalia');
  });

  it('reading the change again: "ومن أجل", a given name in سـ, "والذي سيعقد", plural travellers, vowel marks', () => {
    const [plan] = arOn(
      'يلتقي الوزير غداً في عمّان نظيره الأردني ومن أجل تعزيز التعاون يبحثان الملفات الثنائية.',
      '2024-03-10',
    );
    expect(plan?.status).toBe('scheduled');
    expect(plan?.participants.filter((p) => p.kind === 'person')).toEqual([]);
    expect(arOn('ترأس سيرغي لافروف اليوم في موسكو اجتماعاً مع نظيره السوري.', '2024-03-10')[0]?.status).toBe('held');
    expect(
      arOn(
        'يعقد الوزير اليوم في مقر الوزارة لقاءً مع المبعوثين الأمميين، الذين وصلوا إلى دمشق أمس، للتباحث.',
        '2024-03-10',
      ).map((m) => m.date),
    ).toEqual(['2024-03-10']);
    expect(arOn('أطلقت الحكومة اليوم في الرياض مبادرة اجتماعيّة جديدة.', '2024-03-10')).toEqual([]);
    expect(arOn('التقى الوزير اليوم بِالرياض نظيره السعودي.', '2024-03-10').map((m) => m.place.name)).toEqual([
      'Riyadh',
    ]);
  });

  it('"will be held", "is to be held" on the day are still to come; "were held" was held', () => {
    const status = (text: string) => en(text).map((m) => m.status);
    expect(status('The meeting will be held in Cairo on Tuesday.')).toEqual(['scheduled']);
    expect(status('The summit is to be held in Cairo today.')).toEqual(['scheduled']);
    expect(status('The talks were held in Geneva on Tuesday.')).toEqual(['held']);
  });

  it('talks that resumed on the day were held', () => {
    const [m] = en('Officials from world powers resumed talks in Vienna on Tuesday on the nuclear programme.');
    expect(m?.status).toBe('held');
  });

  it('a held meeting further into the opening, without a day, is the day’s news', () => {
    const found = en(
      'Envoy in Beirut as ceasefire talks advance\n\nUS envoy Amos Hochstein arrived in Beirut on Tuesday as the group accepted a new proposal for a ceasefire.\n\nHochstein held talks with Parliament Speaker Nabih Berri at his residence in Ain al-Tineh, officials said.',
    );
    expect(found.map((m) => ({ date: m.date, status: m.status }))).toEqual([{ date: PUBLISHED, status: 'held' }]);
  });
});

describe("talks still to come after the day's reception", () => {
  it('"استقبل … اليوم … ومن المنتظر أن يعقد الرئيسان جلسة مباحثات": a reception held, the talks a meeting to come', () => {
    const found = ar(
      [
        'السيسي يستقبل أردوغان في القاهرة',
        '',
        'استقبل الرئيس عبد الفتاح السيسي، اليوم الثلاثاء، نظيره التركي رجب طيب أردوغان فور وصوله إلى قصر الاتحادية في القاهرة.',
        '',
        'ومن المنتظر أن يعقد الرئيسان جلسة مباحثات رسمية تتناول سبل تعزيز التعاون بين البلدين.',
      ].join('\n'),
    );
    expect(found.map(brief)).toEqual([
      { date: PUBLISHED, place: 'Cairo', status: 'held' },
      { date: PUBLISHED, place: 'Cairo', status: 'scheduled' },
    ]);
    expect(found[1]!.participants.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Abdel Fattah al-Sisi', 'Recep Tayyip Erdogan']),
    );
  });

  it('"welcomed … on Tuesday. The two leaders will hold one-on-one talks": the talks to come; "the meeting will show" is no such talks', () => {
    const found = en(
      [
        'Erdogan welcomes Abbas in Ankara',
        '',
        'Turkish President Recep Tayyip Erdogan on Tuesday welcomed Palestinian President Mahmoud Abbas at the presidential complex in Ankara.',
        '',
        'The two leaders will hold one-on-one talks, followed by a joint news conference.',
      ].join('\n'),
    );
    expect(found.map((m) => m.status)).toEqual(['held', 'scheduled']);
    const alone = en(
      [
        'Erdogan welcomes Abbas in Ankara',
        '',
        'Turkish President Recep Tayyip Erdogan on Tuesday welcomed Palestinian President Mahmoud Abbas at the presidential complex in Ankara.',
        '',
        'Ankara hopes the meeting will show that the two sides can work together.',
      ].join('\n'),
    );
    expect(alone.map((m) => m.status)).toEqual(['held']);
  });

  it('a future that does not govern the talks makes none: "will call … after the talks", "political will for talks", "سترفض أي مباحثات"', () => {
    const welcomed = [
      'Erdogan welcomes Abbas in Ankara',
      '',
      'Turkish President Recep Tayyip Erdogan on Tuesday welcomed Palestinian President Mahmoud Abbas at the presidential complex in Ankara.',
      '',
    ].join('\n');
    for (const after of [
      'Erdogan said he will call Abbas after the talks.',
      'The two leaders expressed the political will for regular talks on Jerusalem.',
      'Erdogan said Turkey will never accept talks with Israel.',
    ])
      expect(en(welcomed + after).map((m) => m.status)).toEqual(['held']);
    const received =
      'استقبل الرئيس عبد الفتاح السيسي، اليوم الثلاثاء، نظيره التركي رجب طيب أردوغان في قصر الاتحادية بالقاهرة.\n\n';
    for (const after of [
      'وسيطلع السيسي الملك عبد الله الثاني على نتائج المباحثات.',
      'وأكد أن مصر سترفض أي مباحثات مع إسرائيل.',
    ])
      expect(ar(received + after).map((m) => m.status)).toEqual(['held']);
  });

  it('an arrival is no reception: "وصل اليوم … ومن المقرر أن يلتقي" stays one meeting, to come', () => {
    const found = ar(
      'وصل وزير الخارجية الإيراني اليوم إلى بغداد في زيارة رسمية.\n\nومن المقرر أن يلتقي الوزير خلال الزيارة رئيس الوزراء العراقي.',
    );
    expect(found.map((m) => m.status)).toEqual(['scheduled']);
  });
});

describe('a postponed meeting', () => {
  it('put off to a new day is scheduled on that day, not cancelled', () => {
    const found = ar(
      'تأجيل افتتاح المشاورات اليمنية في الرياض إلى الخميس المقبل.\n\nوكان من المقرر أن تفتتح المشاورات اليوم، قبل أن يتقرر تأجيلها.',
    );
    expect(found.find((m) => m.date === '2020-01-30')?.status).toBe('scheduled');
  });
});

describe('dates that are not a meeting’s', () => {
  it('a deadline’s day ("before a June 30 deadline") dates no meeting', () => {
    const found = en(
      'Negotiators met in Vienna on Tuesday as the talks enter their final month before a June 30 deadline.',
    );
    expect(found.map((m) => m.date)).toEqual([PUBLISHED]);
  });
});
