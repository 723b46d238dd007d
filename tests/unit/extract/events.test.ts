/**
 * Finding a story's meetings in real news copy: words that look like sport but are diplomacy,
 * programmes of several meetings, status told by the verb. Articles written for the test
 * (Tuesday 2020-01-28).
 */
import { describe, expect, it } from 'vitest';
import type { MeetingDraft } from '../../../src/calendar/types.js';
import { extractMeetings } from '../../../src/extract/index.js';
import { ar, arOn, brief, en, enOn } from '../../helpers/read-story.js';

describe('words sport shares with diplomacy', () => {
  it('the Arab League is not a football league', () => {
    const found = en(
      'Arab League ministers meet in Cairo\n\nArab League foreign ministers will meet in Cairo on Thursday, a League official said. The League has called for a halt to the fighting.',
    );
    expect(found.map(brief)).toEqual([{ date: '2020-01-30', place: 'Cairo', status: 'scheduled' }]);
  });

  it('a regular (دوري) ministerial meeting is not a league match', () => {
    const found = ar(
      'يعقد مجلس الجامعة العربية اجتماعه الدوري على مستوى المندوبين في القاهرة يوم الخميس المقبل، لبحث جدول أعمال الدورة العادية للمجلس الوزاري الدوري وتقرير فريق العمل.',
    );
    expect(found.map(brief)).toEqual([{ date: '2020-01-30', place: 'Cairo', status: 'scheduled' }]);
  });

  it('a match report is still no meeting', () => {
    const found = en(
      'Al-Hilal meet Al-Nassr in the league\n\nAl-Hilal will meet Al-Nassr at King Fahd stadium in Riyadh on Thursday; the coach said the team needs the points to stay top of the league.',
    );
    expect(found).toEqual([]);
  });
});

describe('the day a story was reported is not the day of its meeting', () => {
  it('"أعلن الأحد أن …" dates the announcement; the summit keeps its own day', () => {
    const found = ar('وكانت الرئاسة قد أعلنت الأحد أن الرئيس سيشارك في قمة عربية تستضيفها الرياض يوم الخميس المقبل.');
    expect(found.map(brief)).toEqual([{ date: '2020-01-30', place: 'Riyadh', status: 'scheduled' }]);
  });
});

describe('a country named as the place', () => {
  it('a summit "in Egypt" is in the Egyptian city its own clause names', () => {
    const found = ar(
      'وصل الرئيس الضيف اليوم إلى مدينة الإسكندرية، وأجرى مباحثات مع الرئيس المصري عبد الفتاح السيسي، قبل يوم من قمة ثلاثية تعقد في مصر غداً الأربعاء.',
    );
    expect(found.map((m) => ({ date: m.date, place: m.place.name }))).toEqual([
      { date: '2020-01-28', place: 'Alexandria' },
      { date: '2020-01-29', place: 'Alexandria' },
    ]);
  });

  it('the country of someone’s post ("وزير الدفاع في المملكة المتحدة") is not where they meet', () => {
    const found = extractMeetings(
      'الدوحة – 28 يناير\n\nعقد رئيس الوزراء اليوم لقاءً مع جون سميث وزير الخارجية وبيتر براون وزير الدفاع في المملكة المتحدة، اللذين يزوران البلاد.',
      { published: '2020-01-28', timezone: 'Asia/Qatar', language: 'ar' },
    ).meetings;
    expect(found.map((m) => m.place.name)).toEqual(['Doha']);
  });
});

describe('status from the verb of the sentence', () => {
  it('"held talks" told without a day joins "Tuesday\'s meeting" and makes it held', () => {
    const found = en(
      "Sudan and South Sudan presidents hold first talks since April\n\nTuesday's meeting between the two presidents is unlikely to produce quick results.\n\nSudanese President Omar al-Bashir held talks with South Sudan's Salva Kiir in Addis Ababa, on the margins of an African Union summit.",
    );
    expect(found.map(brief)).toEqual([{ date: '2020-01-28', place: 'Addis Ababa', status: 'held' }]);
  });

  it('"was holding talks", "كان لرئيس الجمهورية لقاء مع …" on the story\'s day: held', () => {
    expect(
      en('The Kurdish delegation was holding technical talks at the Oil Ministry in Baghdad on Tuesday afternoon.').map(
        brief,
      ),
    ).toEqual([{ date: '2020-01-28', place: 'Baghdad', status: 'held' }]);
    expect(
      ar(
        'بقصر قرطاج، وظهر هذا اليوم الثلاثاء، كان لرئيس الجمهورية قيس سعيد لقاء مع وزير الشؤون الخارجية محمد علي النفطي.',
      ).map(brief),
    ).toEqual([{ date: '2020-01-28', place: 'Carthage', status: 'held' }]);
  });

  it('a meeting on the day, its past verb in another phrase of the sentence, was held', () => {
    const found = en(
      'On Tuesday, the meeting between the two ministers in Beirut, which they held behind closed doors, lasted two hours.',
    );
    expect(found.map(brief)).toEqual([{ date: '2020-01-28', place: 'Beirut', status: 'held' }]);
  });

  it('the same sentence in the future stays scheduled', () => {
    const found = en(
      'On Tuesday, the meeting between the two ministers in Beirut, which they will hold behind closed doors, is to last two hours.',
    );
    expect(found.map((m) => m.status)).toEqual(['scheduled']);
  });

  it('an Arabic meeting of the day that the sentence says was held (والذي عقد) is held', () => {
    const found = ar(
      'وتناول الاجتماع بين الرئيس عون والموفد الفرنسي في قصر بعبدا اليوم، والذي عقد بعيداً عن الإعلام، الأوضاع العامة.',
    );
    expect(found.map(brief)).toEqual([{ date: '2020-01-28', place: 'Baabda', status: 'held' }]);
  });

  it('a visit whose day has come does not make the ceremony it holds later that day held', () => {
    const found = arOn(
      'بابا الفاتيكان يصل القاهرة ظهر اليوم\n\nيحل البابا فرنسيس، بابا الفاتيكان، بالقاهرة ظهر اليوم الجمعة، في زيارة إلى مصر تستمر يومين.\n\nوتقام مراسم الاستقبال الرسمي لبابا الفاتيكان في مطار القاهرة فور وصوله في الثانية بعد ظهر اليوم.',
      '2017-04-28',
    );
    expect(found.map((m) => m.status)).toEqual(['scheduled']);
  });

  it("a hope for what a fixed meeting brings keeps it scheduled (a review's sentences)", () => {
    expect(
      ar('يعقد وزيرا الخارجية غداً في الرياض اجتماعاً يأمل الجانبان أن يسفر عن اتفاق.').map((m) => m.status),
    ).toEqual(['scheduled']);
    expect(
      en('The two ministers will meet in Riyadh on Wednesday, hoping to reach a deal on shipping.').map(
        (m) => m.status,
      ),
    ).toEqual(['scheduled']);
  });

  it('a hope or a sources\' guess is tentative: "يؤمل أن تنعقد", "رجّحت المصادر", "hopes to sit down"', () => {
    expect(
      ar('وجّه الرئيس الدعوة لحضور القمة العربية التي يؤمل أن تنعقد في بغداد في 17 أيار المقبل.').map((m) => m.status),
    ).toEqual(['tentative']);
    expect(
      ar('كما رجّحت المصادر ذاتها أن يجتمع المبعوث الأممي بالرئيس السوري بشار الأسد في دمشق غداً.').map((m) => m.status),
    ).toEqual(['tentative']);
    expect(
      en('Kishida hopes to sit down with Chinese Premier Li Qiang in Jakarta on Wednesday.').map((m) => m.status),
    ).toEqual(['tentative']);
  });
});

describe('a programme: one visitor, several hosts on one day', () => {
  it('a reception of the visitor by new hosts is a meeting apart from the summit he came for', () => {
    const found = ar(
      'بمشاركة سوريا.. انطلاق أعمال القمة العربية في بغداد\n\nانطلقت اليوم في العاصمة العراقية بغداد أعمال القمة العربية العادية في دورتها الـ 34، بمشاركة سوريا ممثلة بوزير الخارجية حسان الخطيب.\n\nواستقبل رئيس الجمهورية العراقية كمال يوسف ورئيس مجلس الوزراء العراقي علي حسين الوزير الخطيب، رئيس الوفد السوري إلى القمة، في مقر انعقادها ببغداد.',
    );
    expect(found.map(brief)).toEqual([
      { date: '2020-01-28', place: 'Baghdad', status: 'held' },
      { date: '2020-01-28', place: 'Baghdad', status: 'held' },
    ]);
    expect(found[1]!.participants.map((p) => p.nameAr)).toEqual(expect.arrayContaining(['كمال يوسف', 'حسان الخطيب']));
  });
});

describe('a date a week after the story', () => {
  it('"on February 4" said on January 28 is February 4, not a weekday read as this one', () => {
    const found = en('The secretary of state will meet the Russian foreign minister on February 4 in Sochi.');
    expect(found.map(brief)).toEqual([{ date: '2020-02-04', place: 'Sochi', status: 'scheduled' }]);
  });
});

describe('called off, and whose postponement', () => {
  it('"أعلنت … اليوم إرجاء اجتماع …، الذي كان مقرراً عقده غداً": the relative clause\'s day is the meeting\'s', () => {
    const found = ar(
      'أعلنت الأمانة العامة للجامعة العربية اليوم إرجاء اجتماع مجلس الدفاع العربي المشترك، الذي كان مقرراً عقده غداً الأربعاء في القاهرة، إلى موعد يحدد فيما بعد.',
    );
    expect(found.map(brief)).toEqual([{ date: '2020-01-29', place: 'Cairo', status: 'cancelled' }]);
  });

  it('"were to have met" is a meeting that did not take place', () => {
    const found = en('The Japanese and Chinese foreign ministers were to have met on Tuesday afternoon in Phnom Penh.');
    expect(found.map(brief)).toEqual([{ date: '2020-01-28', place: 'Phnom Penh', status: 'cancelled' }]);
  });

  it('"ألغت" (she called off) calls the visit off, as "ألغى" does', () => {
    const found = ar(
      'ألغت الحكومة الإسبانية بصورة مفاجئة الزيارة التي كان وزير الخارجية خوسيه مانويل ألباريس سيقوم بها إلى الجزائر اليوم.',
    );
    expect(found.map((m) => `${m.date} ${m.status}`)).toEqual(['2020-01-28 cancelled']);
  });

  it('"…، الذي كان من المنتظر أن يعقد الاثنين …، أُرجئ": the verb after the relative clause calls it off', () => {
    const found = ar(
      'وأضاف أن اجتماع المبعوثين الخاصين إلى ليبيا، الذي كان من المنتظر أن يعقد الاثنين في تونس بمشاركة دول ومنظمات، أُرجئ هو الآخر للأسباب ذاتها.',
    );
    expect(found.map(brief)).toEqual([{ date: '2020-01-27', place: 'Tunis', status: 'cancelled' }]);
  });

  it('"…، التي كان مقرراً أن تنطلق في كينشاسا الثلاثاء، أجلت …": أجلت calls it off too (a review\'s sentence)', () => {
    const found = ar('جولة المفاوضات الجديدة، التي كان مقرراً أن تنطلق في كينشاسا الثلاثاء، أُجِّلَت إلى موعد لم يحدد.');
    expect(found.map((m) => m.status)).toEqual(['cancelled']);
  });

  it('"cancels" in the present says the meeting is off', () => {
    const found = en('The secretary of state cancels his meeting with the chancellor in Berlin on Thursday.');
    expect(found.map((m) => m.status)).toEqual(['cancelled']);
  });

  it('"التأجيل" with the article speaks of a postponement already told, not of the summit named next to it', () => {
    const found = ar(
      'أعلنت الجامعة إرجاء الاجتماع الطارئ الذي كان مقرراً اليوم في جدة. وقال مصدر إن التأجيل يعود إلى الانشغال بالإعداد للقمة الإسلامية التي تفتتح في مكة المكرمة يوم الخميس.',
    );
    expect(found.map(brief)).toEqual([
      { date: '2020-01-28', place: 'Jeddah', status: 'cancelled' },
      { date: '2020-01-30', place: 'Mecca', status: 'scheduled' },
    ]);
  });
});

describe('talks held ahead of a meeting to come', () => {
  it('"held talks … ahead of the summit in Jeddah on Friday": the summit is on the Friday to come', () => {
    const found = enOn(
      'Foreign Minister Prince Faisal bin Farhan held talks with several foreign ministers ahead of the Arab League summit in Jeddah on Friday.',
      '2023-05-18',
    );
    expect(found.map(brief)).toEqual([{ date: '2023-05-19', place: 'Jeddah', status: 'scheduled' }]);
  });

  it('"The prince then met his Iraqi counterpart": a meeting held is not the summit still to come', () => {
    const found = enOn(
      [
        'Saudi FM meets Arab counterparts ahead of summit',
        'RIYADH: Foreign Minister Prince Faisal bin Farhan held talks with several foreign ministers ahead of the Arab League summit in Jeddah on Friday.',
        'The prince then met his Iraqi counterpart Fuad Hussein.',
      ].join('\n\n'),
      '2023-05-18',
    );
    const summit = found.filter((m) => m.date === '2023-05-19');
    expect(summit.flatMap((m) => m.participants.map((p) => p.name))).not.toContain('Fuad Hussein');
  });
});

describe("a visit's days told by their number", () => {
  it('"في اليوم الثاني … إلى مدينة أربيل، عاصمة إقليم كردستان العراق، ليعقد لقاءات": the next day, in Erbil', () => {
    const found = ar(
      'وصل رئيس الوزراء التركي أحمد داوود أوغلو اليوم إلى بغداد في زيارة تدوم يومين.\n\nأما في اليوم الثاني فيتوجه داوود أوغلو إلى مدينة أربيل، عاصمة إقليم كردستان العراق، ليعقد سلسلة لقاءات مع رئيس الإقليم مسعود بارزاني.',
    );
    expect(found.map(brief)).toContainEqual({ date: '2020-01-29', place: 'Erbil', status: 'scheduled' });
  });
});

describe('the day of a stay told without a meeting word', () => {
  it('"arrived in Beirut on Monday … held talks with … He later met …": two meetings that Monday', () => {
    const found = en(
      "BEIRUT - US envoy Amos Hochstein arrived in Beirut on Monday.\n\nHochstein held talks with Lebanon's parliament Speaker Nabih Berri.\n\nHe later met Lebanese caretaker Prime Minister Najib Mikati.",
    );
    expect(found.map(brief)).toEqual([
      { date: '2020-01-27', place: 'Beirut', status: 'held' },
      { date: '2020-01-27', place: 'Beirut', status: 'held' },
    ]);
  });
});

describe('a meeting noun and the noun it is of', () => {
  it('"اجتماع منتدى حوار التعاون الآسيوي المقرر غداً": one meeting, dated and placed by the whole phrase', () => {
    const found = ar('الوزير موجود في طهران للمشاركة في اجتماع منتدى حوار التعاون الآسيوي المقرر غداً الأربعاء.');
    expect(found.map(brief)).toEqual([{ date: '2020-01-29', place: 'Tehran', status: 'scheduled' }]);
  });
});

describe('arriving to attend a meeting the story has told', () => {
  const names = (m: MeetingDraft | undefined) => (m?.participants ?? []).map((p) => p.name);

  it("the journey's day and airport are not a meeting; the traveller is at the summit", () => {
    const found = en(
      'Arab leaders began arriving in Saudi Arabia ahead of the 29th Arab League summit, which opens in Dammam today.\n\nEgyptian President Abdel Fattah El-Sisi landed yesterday in Dhahran to attend the summit.',
    );
    expect(found.map(brief)).toEqual([{ date: '2020-01-28', place: 'Dammam', status: 'held' }]);
    expect(names(found[0])).toContain('Abdel Fattah El-Sisi');
  });

  it('وصل أمس إلى … للمشاركة في القمة: one summit, with him', () => {
    const found = ar(
      'تنطلق اليوم الثلاثاء في تونس أعمال القمة العربية الثلاثين.\n\nووصل الرئيس اللبناني ميشال عون أمس إلى مدينة الحمامات للمشاركة في القمة العربية.',
    );
    expect(found.map(brief)).toEqual([{ date: '2020-01-28', place: 'Tunis', status: 'scheduled' }]);
    expect(names(found[0])).toContain('Michel Aoun');
  });

  it('"flew to … on Monday for talks with …", "توجه أمس إلى … لإجراء مباحثات": the talks were that day', () => {
    const flew = en('The CIA director flew to Doha on Monday for talks with the Qatari prime minister.');
    expect(flew.map(brief)).toEqual([{ date: '2020-01-27', place: 'Doha', status: 'held' }]);
    const went = ar('توجه رئيس الوزراء القطري أمس إلى القاهرة لإجراء مباحثات مع الرئيس عبد الفتاح السيسي.');
    expect(went.map(brief)).toEqual([{ date: '2020-01-27', place: 'Cairo', status: 'held' }]);
  });

  it('a meeting told in a relative clause keeps its own day: "who flew to Washington in December to meet Biden, will …"', () => {
    const met = en(
      'Zelenskiy, who flew to Washington in December to meet President Joe Biden, will attend the NATO summit in Vilnius in July.',
    );
    expect(met.find((m) => m.participants.some((p) => p.name === 'Joe Biden'))?.date).toBe('2019-12-01');
    const talks = en(
      'Lavrov, who arrived in Riyadh on Monday and held talks with Foreign Minister Faisal bin Farhan, will meet Crown Prince Mohammed bin Salman on Wednesday.',
    );
    expect(talks.map((m) => m.date)).toContain('2020-01-27');
  });
});

describe('a meeting on the sidelines of another', () => {
  it('the bilateral and the ministerial it was held beside are two meetings, that day, there', () => {
    const found = ar(
      'التقى وزير الخارجية العراقي علي كريم، اليوم، نظيره الكويتي سالم الأحمد، على هامش اجتماعات مجلس وزراء الخارجية العرب في العاصمة المصرية القاهرة.',
    );
    expect(found.map(brief)).toEqual([
      { date: '2020-01-28', place: 'Cairo', status: 'held' },
      { date: '2020-01-28', place: 'Cairo', status: 'held' },
    ]);
  });
});

describe('English wire phrasings of a visit', () => {
  it('"called on the president" is a courtesy call held; "called on Syria to halt" is an appeal', () => {
    expect(en('The foreign minister called on President Karim Nassar in Kabul on Tuesday.').map(brief)).toEqual([
      { date: '2020-01-28', place: 'Kabul', status: 'held' },
    ]);
    expect(en('Arab governments called on Syria to halt the bloodshed in Homs on Tuesday.')).toEqual([]);
  });

  it('"earlier in the day" is the story’s own day, not a meeting recalled', () => {
    const found = en(
      'Minister visits Kabul\n\nThe foreign minister called on President Karim Nassar in Kabul on Tuesday.\n\nEarlier in the day, the minister met his Afghan counterpart Omar Sadiq as he began a regional tour.',
    );
    expect(found.map(brief)).toEqual([
      { date: '2020-01-28', place: 'Kabul', status: 'held' },
      { date: '2020-01-28', place: 'Kabul', status: 'held' },
    ]);
  });
});

describe('"visiting" that says who came', () => {
  it('a headline\'s "holds talks with visiting U.S. officials" is the story\'s talks, not a visit to the United States', () => {
    const found = enOn(
      'Vice foreign minister holds talks with visiting U.S. officials\n\nBEIJING, Dec. 12 -- Vice Foreign Minister Xie Feng held talks on Sunday with U.S. Assistant Secretary of State Daniel Kritenbrink in Beijing, the ministry said on Monday.',
      '2022-12-12',
    );
    expect(found.map(brief)).toEqual([{ date: '2022-12-11', place: 'Beijing', status: 'held' }]);
  });

  it('"received visiting U.S. officials on Monday" is a reception held where the story is filed, not a visit to the United States', () => {
    const found = en("MUSCAT - Oman's sultan received visiting U.S. officials on Monday.");
    expect(found.map(brief)).toEqual([{ date: '2020-01-27', place: 'Muscat', status: 'held' }]);
  });
});

describe('a body that sits at its seat', () => {
  it('the Security Council meets in New York, not in the city it talks about nor the dateline’s', () => {
    const found = ar(
      'دمشق - سانا\n\nيعقد مجلس الأمن الدولي جلسة طارئة يوم الخميس لبحث خطة السيطرة على مدينة غزة، وفق ما أعلنت البعثة الفرنسية.',
    );
    expect(found.map(brief)).toEqual([{ date: '2020-01-30', place: 'New York', status: 'scheduled' }]);
  });
});

describe('what is not a meeting of its own', () => {
  it('the day a report was made ("أعلن البيت الأبيض يوم أمس أن …") is not the day of what it announces', () => {
    const found = ar('أعلن البيت الأبيض يوم أمس أن الرئيس سيلتقي رئيس الوزراء الكندي في واشنطن يوم الخميس المقبل.');
    expect(found.map(brief)).toEqual([{ date: '2020-01-30', place: 'Washington', status: 'scheduled' }]);
  });

  it('a visitor’s arrival on a day gone by is where he came, not a meeting; his talks are', () => {
    const found = ar(
      'وكان وزير الخارجية قد وصل أمس إلى مسقط في زيارة رسمية. والتقى الوزير اليوم نظيره العماني بدر البوسعيدي في مسقط.',
    );
    expect(found.map(brief)).toEqual([{ date: '2020-01-28', place: 'Muscat', status: 'held' }]);
  });
});

describe('a past meeting of a month, named with its place', () => {
  it('"the last ministerial meeting took place in November in Abu Dhabi" is a meeting of that month', () => {
    const found = en('The last ministerial meeting in that format took place in November in Abu Dhabi.');
    expect(found.map((m) => ({ ...brief(m), endDate: m.endDate }))).toEqual([
      { date: '2019-11-01', endDate: '2019-11-30', place: 'Abu Dhabi', status: 'held' },
    ]);
  });

  it('the same in Arabic (القمة الأخيرة … في كانون الأول الماضي بالجزائر)', () => {
    const found = ar('وكانت القمة الأخيرة بين الرئيسين قد عقدت في كانون الأول الماضي بالجزائر.');
    expect(found.map(brief)).toEqual([{ date: '2019-12-01', place: 'Algiers', status: 'held' }]);
  });
});

describe('a month too loose to place a meeting', () => {
  it('"hosted a summit in Berlin last month" names no month of its own: no meeting is drafted for it', () => {
    expect(en('Germany, which hosted a summit on Libya in Berlin last month, is drafting a statement.')).toEqual([]);
  });
});

describe('meeting verbs in a relative clause', () => {
  it('"التي تنعقد غداً" dates the session it follows', () => {
    const found = ar(
      'وصل الوزير إلى القاهرة اليوم للمشاركة في الدورة العادية لمجلس وزراء الخارجية العرب، التي تنعقد غداً الأربعاء بمقر جامعة الدول العربية.',
    );
    expect(found.map(brief)).toEqual([{ date: '2020-01-29', place: 'Cairo', status: 'scheduled' }]);
  });

  it('"لاجتماع …، الذي ينعقد في مقر الجامعة" is one meeting, placed by its relative clause', () => {
    const found = ar(
      'ويترأس الوزير يوم الخميس الدورة الجديدة لاجتماع وزراء الخارجية العرب، الذي ينعقد في مقر الأمانة العامة لجامعة الدول العربية بالقاهرة.',
    );
    expect(found.map(brief)).toEqual([{ date: '2020-01-30', place: 'Cairo', status: 'scheduled' }]);
  });
});

describe('a definite meeting word dated by the relative clause after its comma', () => {
  it('"القمة …، التي تنطلق غداً الأحد" is the summit of tomorrow', () => {
    const found = ar('ويشارك الرئيس في القمة العربية الأوروبية الأولى، التي تنطلق غداً الأربعاء في منتجع شرم الشيخ.');
    expect(found.map(brief)).toEqual([{ date: '2020-01-29', place: 'Sharm el-Sheikh', status: 'scheduled' }]);
  });

  it('the relative clause of a second meeting word does not date the first', () => {
    const found = ar(
      'ويلتئم الاجتماع العربي الطارئ على هامش اجتماع وزراء خارجية منظمة التعاون الإسلامي، الذي تبدأ أعماله يوم الخميس في إسطنبول.',
    );
    expect(found.map(brief)).toEqual([{ date: '2020-01-30', place: 'Istanbul', status: 'scheduled' }]);
  });
});

describe('more words of meeting', () => {
  it('"the Gulf leaders will gather in Riyadh on Thursday (Jan. 30)": a meeting that day', () => {
    const found = en(
      'The Gulf leaders will gather in Riyadh on Thursday (Jan. 30), with the king presiding over the session.',
    );
    expect(found.map(brief)).toEqual([{ date: '2020-01-30', place: 'Riyadh', status: 'scheduled' }]);
  });

  it('"أعمال الدورة …" of a council is a session', () => {
    const found = ar('تنطلق اليوم الثلاثاء أعمال الدورة الثامنة والعشرين للمجلس المركزي في رام الله.');
    expect(found.map(brief)).toEqual([{ date: '2020-01-28', place: 'Ramallah', status: 'scheduled' }]);
  });

  it('a tournament (الدورة الرياضية) is not one', () => {
    expect(ar('فاز المنتخب أمس في الدورة الرياضية التي تستمر حتى الخميس في رام الله.')).toEqual([]);
  });

  it('"convene", "sit down with", "discussed … with" are meetings in English', () => {
    expect(en('The council will convene in Geneva on Thursday.').map(brief)).toEqual([
      { date: '2020-01-30', place: 'Geneva', status: 'scheduled' },
    ]);
    expect(
      en('Envoy Geir Pedersen will sit down with Minister Faisal Mekdad in Damascus on Thursday.').map(brief),
    ).toEqual([{ date: '2020-01-30', place: 'Damascus', status: 'scheduled' }]);
    expect(
      en('Envoy Geir Pedersen discussed the constitution with Minister Faisal Mekdad in Damascus on Thursday.').map(
        brief,
      ),
    ).toEqual([{ date: '2020-01-23', place: 'Damascus', status: 'held' }]);
  });
});

describe('the day of a report and a plan gone by', () => {
  it('"the government confirmed on Tuesday" dates the announcement, not the summit', () => {
    const found = en(
      'Berlin will host a summit on Libya on Sunday, the German government confirmed on Tuesday, January 28.',
    );
    expect(found.map(brief)).toEqual([{ date: '2020-02-02', place: 'Berlin', status: 'scheduled' }]);
  });

  it('"الاجتماع الذي كان مقرراً أن يلتئم الأحد لم يُعقد": last Sunday, called off', () => {
    const found = ar('وقالت المصادر إن الاجتماع، الذي كان مقرراً أن يلتئم الأحد في الخرطوم، لم يُعقد.');
    expect(found.map(brief)).toEqual([{ date: '2020-01-26', place: 'Khartoum', status: 'cancelled' }]);
  });

  it('"the talks did not take place" on Monday: cancelled', () => {
    const found = en('The talks between the two delegations in Geneva on Monday did not take place.');
    expect(found.map(brief)).toEqual([{ date: '2020-01-27', place: 'Geneva', status: 'cancelled' }]);
  });
});

describe("a programme's lines", () => {
  it('each timed line is a meeting of the day its heading names, where the last arrival put the visitor', () => {
    const found = en(
      "The minister's programme\n\nForeign Minister Ayman Safadi is to make a two-day visit to China. His schedule:\n\nDay 1: Thursday, January 30\n\n09.30 (7 AM IST): Arrival in Beijing\n15.30 (1 PM IST): Talks with Premier Li Keqiang\n18.30: Premier Li hosts a banquet\n\nDay 2: Friday, January 31\n\n10.00: Arrival in Shanghai\n11.15 (8.45 AM IST): Meeting with Mayor Gong Zheng",
    );
    // Each line is the visitor's, named before the lines began.
    expect(found.every((m) => m.participants.some((p) => p.name === 'Ayman Safadi'))).toBe(true);
    expect(found.map((m) => [m.date, m.time, m.place.name])).toEqual([
      ['2020-01-30', '15:30', 'Beijing'],
      ['2020-01-30', '18:30', 'Beijing'],
      ['2020-01-31', '11:15', 'Shanghai'],
    ]);
  });

  it('"11 am - …" lines are meetings of their own, apart from the visit the lead told; a name after a title is no place', () => {
    const found = en(
      'Visit of President Gabriel Boric\n\nPrime Minister Helen Clark will hold talks with the President of Chile, Gabriel Boric, during his one-day visit to Auckland on Thursday. The programme:\n\nThursday 30 January\n\n11 am - President Santiago and Helen Clark meet at the Carlton Hotel.\n\n1.15 pm - The President and the Prime Minister open their bilateral meeting.',
    );
    expect(found.map((m) => [m.date, m.time, m.place.name])).toEqual([
      ['2020-01-30', null, 'Auckland'],
      ['2020-01-30', '11:00', 'Auckland'],
      ['2020-01-30', '13:15', 'Auckland'],
    ]);
  });

  it('an Arabic programme: a weekday heading, then "الساعة 10: …" lines', () => {
    const found = ar(
      'برنامج المجلس المركزي في رام الله يومي الأربعاء والخميس:\n\nالخميس:\nالساعة 10: انطلاق جلسة مغلقة.\nالساعة 5: جلسة مسائية مغلقة.',
    );
    expect(found.map((m) => [m.date, m.time, m.place.name])).toEqual([
      ['2020-01-30', '10:00', 'Ramallah'],
      ['2020-01-30', '17:00', 'Ramallah'],
    ]);
  });

  it('a city in a quoted title (عنوان "القدس العاصمة") is not where a session sits', () => {
    const found = ar(
      'تنطلق اليوم الثلاثاء أعمال الدورة العادية للمجلس المركزي، التي تحمل عنوان "القدس العاصمة الأبدية".',
    );
    expect(found.map(brief)).toEqual([{ date: '2020-01-28', place: null, status: 'scheduled' }]);
  });
});

describe('earlier in the day', () => {
  it('"Earlier in the day, he had met …" is another meeting of the day of the one in hand', () => {
    const found = en(
      'Envoy Amos Hochstein met Prime Minister Najib Mikati in Beirut on Tuesday.\n\nEarlier in the day, Hochstein had met the army commander, General Joseph Aoun, at his office in Yarze.',
    );
    expect(found.map((m) => [m.date, m.participants.filter((p) => p.kind === 'person').map((p) => p.name)])).toEqual([
      ['2020-01-28', ['Amos Hochstein', 'Najib Mikati']],
      ['2020-01-28', ['Amos Hochstein', 'Joseph Aoun']],
    ]);
  });
});

describe('two or more who met', () => {
  it('"التقيا اليوم", "كان في استقبال" on the day are meetings held', () => {
    expect(ar('وكان وزيرا الخارجية المصري والأردني قد التقيا اليوم الثلاثاء في عمّان.').map(brief)).toEqual([
      { date: '2020-01-28', place: 'Amman', status: 'held' },
    ]);
    expect(
      ar('وكان رئيس الوزراء في استقبال الرئيس الإيراني اليوم الثلاثاء في مطار بغداد، قبل اجتماع بينهما.').map(brief)[0]
        ?.status,
    ).toBe('held');
  });
});

describe('a month that is a surname', () => {
  it('"Theresa May" dates nothing; "in May" does', () => {
    const found = en('Prime Minister Theresa May will host the Commonwealth summit in London on Thursday.');
    expect(found.map(brief)).toEqual([{ date: '2020-01-30', place: 'London', status: 'scheduled' }]);
    expect(
      en('In May President Emmanuel Macron met Chancellor Angela Merkel in Paris.').map((m) => [m.date, m.precision]),
    ).toEqual([['2019-05-01', 'month']]);
  });
});

describe('a meeting held beside one called off', () => {
  it('"the deputies\' meeting was put off … Assad met Putin in Moscow on Monday" are two meetings', () => {
    const found = en(
      'A meeting of deputy foreign ministers in Moscow due this week has been put off, a source said on Tuesday.\n\nPresident Bashar al-Assad met President Vladimir Putin in Moscow on Monday.',
    );
    expect(found.map(brief)).toEqual([
      { date: '2020-01-27', place: 'Moscow', status: 'cancelled' },
      { date: '2020-01-27', place: 'Moscow', status: 'held' },
    ]);
  });

  it('talks held in a month gone by, with their place, are a meeting of that month', () => {
    const found = en('The Syrian and Turkish defence ministers held landmark talks in Moscow in December.');
    expect(found.map((m) => [m.date, m.precision, m.place.name, m.status])).toEqual([
      ['2019-12-01', 'month', 'Moscow', 'held'],
    ]);
  });
});

describe("a list's lines, one meeting each", () => {
  it('"جاءت على النحو التالي: - لقاء مع …" is a meeting per line, of the day, place and host told before the list', () => {
    const found = ar(
      'أجرى وزير الخارجية أحمد عطاف مساء أمس ببغداد سلسلة من اللقاءات الثنائية، جاءت على النحو التالي:\n\n- لقاء مع وزير الخارجية التونسي محمد علي النفطي.\n\n- لقاء مع وزيرة الشؤون الخارجية بغينيا بيساو سوزي كارلا باربوسا.\n\n- مباحثات مع وزير الخارجية الفلسطيني رياض المالكي.',
    );
    const people = (m: MeetingDraft) => m.participants.filter((p) => p.kind === 'person').map((p) => p.nameAr);
    expect(found.map((m) => [m.date, m.place.name])).toEqual(Array(found.length).fill(['2020-01-27', 'Baghdad']));
    expect(found.filter((m) => people(m).includes('سوزي كارلا باربوسا')).map(people)).toContainEqual([
      'سوزي كارلا باربوسا',
      'أحمد عطاف',
    ]);
    expect(found.some((m) => people(m).join() === ['رياض المالكي', 'أحمد عطاف'].join())).toBe(true);
  });
});

describe('a visitor meeting each host of a list', () => {
  it('"يجتمع الوزير بكل من الرئيس …، ورئيس الوزراء …" is one meeting per host', () => {
    const found = ar(
      'ومن المقرر أن يجتمع وزير الخارجية أيمن الصفدي اليوم في بغداد بكل من رئيس الجمهورية برهم صالح، ورئيس مجلس الوزراء عادل عبد المهدي.',
    );
    expect(found.map((m) => m.participants.filter((p) => p.kind === 'person').map((p) => p.nameAr))).toEqual([
      ['أيمن الصفدي', 'برهم صالح'],
      ['أيمن الصفدي', 'عادل عبد المهدي'],
    ]);
  });
});

describe('where a visitor stays', () => {
  it('talks told further on are in the city of the visit the story told, and "On Tuesday" is no one', () => {
    const found = en(
      'Envoy to meet president on Thursday\n\nThe new UN envoy, Geir Pedersen, is due to hold talks with President Bashar al-Assad on Thursday.\n\nPedersen, who arrived on Monday for his first visit to Damascus in his new role, is sounding out officials.\n\nOn Tuesday, Pedersen was in talks with Foreign Minister Walid Muallem.',
    );
    expect(found.map((m) => [m.date, m.place.name, m.status])).toEqual([
      ['2020-01-30', 'Damascus', 'scheduled'],
      ['2020-01-28', 'Damascus', 'held'],
    ]);
    const diplomat = en('On Tuesday, the former Norwegian diplomat was in talks with Foreign Minister Walid Muallem.');
    expect(diplomat.flatMap((m) => m.participants.map((p) => p.name))).not.toContain('On Tuesday');
  });

  it('Security Council members meeting in consultations are in New York', () => {
    const found = en(
      'Security Council members are due to meet in consultations at 5:30 pm today on the situation in Egypt.',
    );
    expect(found.map((m) => [m.place.name, m.time])).toEqual([['New York', '17:30']]);
  });
});

describe("a visitor's hosts one after another", () => {
  it('"فالتقى رئيس الحكومة …، ورئيس مجلس النواب …" is one meeting per host; "بحضور" keeps one meeting', () => {
    const hosts = (text: string) =>
      ar(text).map((m) => m.participants.filter((p) => p.kind === 'person').map((p) => p.nameAr));
    expect(
      hosts(
        'يتابع الموفد الفرنسي جان إيف لودريان اليوم الثلاثاء جولته في بيروت، فالتقى رئيس الحكومة نجيب ميقاتي، ورئيس مجلس النواب نبيه بري.',
      ),
    ).toEqual([
      ['جان إيف لودريان', 'نجيب ميقاتي'],
      ['جان إيف لودريان', 'نبيه بري'],
    ]);
    expect(
      hosts(
        'التقى الموفد الفرنسي جان إيف لودريان اليوم الثلاثاء في بيروت رئيس الحكومة نجيب ميقاتي، بحضور وزير الخارجية عبد الله بو حبيب، ورئيس مجلس النواب نبيه بري.',
      ),
    ).toHaveLength(1);
  });
});

describe("a visitor's hosts joined by و alone", () => {
  const hosts = (text: string) =>
    ar(text).map((m) => m.participants.filter((p) => p.kind === 'person').map((p) => p.nameAr));

  it('"ويلتقي المقداد اليوم رئيس الجمهورية … ورئيس مجلس الوزراء …": one meeting per host', () => {
    expect(
      hosts(
        'وصل وزير الخارجية السوري فيصل المقداد إلى بغداد أمس. ويلتقي المقداد اليوم رئيس الجمهورية عبد اللطيف رشيد ورئيس مجلس الوزراء محمد شياع السوداني.',
      ),
    ).toEqual([
      ['فيصل المقداد', 'عبد اللطيف رشيد'],
      ['فيصل المقداد', 'محمد شياع السوداني'],
    ]);
  });

  it('"التقى الرئيس ميشال عون ورئيس الحكومة نجيب ميقاتي": two people, one meeting', () => {
    expect(hosts('التقى الرئيس ميشال عون ورئيس الحكومة نجيب ميقاتي اليوم في بعبدا.')).toHaveLength(1);
  });
});

describe("each guest's country", () => {
  it('a country named before a guest\'s title is that guest\'s, and "US" is the United States', () => {
    const found = en(
      'On Friday, PM Modi is scheduled to meet Mauritius Prime Minister Pravind Kumar Jugnauth, US President Joe Biden and Bangladesh Prime Minister Sheikh Hasina.',
    );
    expect(found.map((m) => m.participants.filter((p) => p.kind === 'country').map((p) => p.name))).toEqual([
      ['Mauritius'],
      ['United States'],
      ['Bangladesh'],
    ]);
  });

  it('"adviser to the U.S. president" names a party, not a place: the meeting is where the story is filed', () => {
    for (const adviser of ['the U.S. president', 'US President Donald Trump']) {
      const [m] = en(`AMMAN - King Abdullah on Tuesday received Jared Kushner, senior adviser to ${adviser}.`);
      expect(m?.place.name).toBe('Amman');
      expect(m?.participants.map((p) => p.name)).toContain('United States');
    }
  });
});

describe('states met one by one', () => {
  const states = (m: MeetingDraft) => m.participants.filter((p) => p.kind === 'country').map((p) => p.name);

  it('"bilateral meetings with the leaders of the UK, Japan, Germany and Italy": a meeting with each', () => {
    const found = en(
      'On Saturday, Prime Minister Narendra Modi will hold bilateral meetings in New Delhi with the leaders of the UK, Japan, Germany and Italy.',
    );
    expect(found.map((m) => states(m).sort())).toEqual([
      ['India', 'United Kingdom'],
      ['India', 'Japan'],
      ['Germany', 'India'],
      ['India', 'Italy'],
    ]);
  });

  it('"التقى ميقاتي … كلاً من وزراء خارجية كندا وقبرص وألمانيا": a meeting with each', () => {
    const found = ar(
      'والتقى رئيس الحكومة اللبنانية نجيب ميقاتي اليوم في باريس كلاً من وزراء خارجية كندا وقبرص وألمانيا.',
    );
    expect(found.map((m) => states(m).filter((s) => s !== 'Lebanon' && s !== 'France'))).toEqual([
      ['Canada'],
      ['Cyprus'],
      ['Germany'],
    ]);
  });

  it('a title after a clinging و keeps its own first letter ("ووزير الخارجية", "وولي العهد"; a review\'s sentence)', () => {
    const [meeting] = ar(
      'التقى الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة ووزير الخارجية الأمريكي وولي العهد السعودي.',
    );
    expect(meeting!.participants.filter((p) => p.kind === 'person').map((p) => p.role)).toEqual([
      'الرئيس المصري',
      'وزير الخارجية الأمريكي',
      'ولي العهد السعودي',
    ]);
  });

  it('so does a named guest\'s title ("ووزير الخارجية الأردني أيمن الصفدي"; a review\'s sentence)', () => {
    const [meeting] = ar(
      'استقبل الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة رئيس الوزراء الفلسطيني محمد مصطفى ووزير الخارجية الأردني أيمن الصفدي.',
    );
    expect(meeting!.participants.filter((p) => p.kind === 'person').map((p) => p.role)).toEqual([
      'الرئيس المصري',
      'رئيس الوزراء الفلسطيني',
      'وزير الخارجية الأردني',
    ]);
  });

  it('each holder of a plural title has the role the text gives them, whole', () => {
    const [meeting] = ar('اجتمع وزراء خارجية الأردن ومصر وفرنسا وألمانيا اليوم في عمان لبحث عملية السلام.');
    expect(meeting!.participants.filter((p) => p.kind === 'person').map((p) => p.role)).toEqual([
      'وزير خارجية الأردن',
      'وزير خارجية مصر',
      'وزير خارجية فرنسا',
      'وزير خارجية ألمانيا',
    ]);
    const [pair] = ar('التقى وزيرا الخارجية الأمريكي والإيراني اليوم في جنيف.');
    expect(pair!.participants.filter((p) => p.kind === 'person').map((p) => p.role)).toEqual([
      'وزير الخارجية الأمريكي',
      'وزير الخارجية الإيراني',
    ]);
  });
});

describe('the meetings still to come of a visit under way', () => {
  const hosts = (found: MeetingDraft[]) =>
    found.map((m) => [m.date, m.status, ...m.participants.filter((p) => p.kind === 'person').map((p) => p.name)]);

  it('"arrived last night … would meet: President …, Prime Minister … and Speaker …" is one meeting per host, today', () => {
    const found = en(
      'Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Baghdad late on Monday on an official visit.\n' +
        'Ahmed Al-Sahaf, spokesperson for the Iraqi foreign ministry, said Amir-Abdollahian would meet the top leaders: President Abdul-Latif Rashid, Prime Minister Mohammad Shia Al-Sudani and Parliament Speaker Mohammad Al-Halboosi.',
    );
    expect(hosts(found).slice(-3)).toEqual([
      ['2020-01-28', 'scheduled', 'Hossein Amir-Abdollahian', 'Abdul-Latif Rashid'],
      ['2020-01-28', 'scheduled', 'Hossein Amir-Abdollahian', 'Mohammad Shia Al-Sudani'],
      ['2020-01-28', 'scheduled', 'Hossein Amir-Abdollahian', 'Mohammad Al-Halboosi'],
    ]);
    // The spokesperson tells of the meetings; he is in none of them.
    expect(found.flatMap((m) => m.participants.map((p) => p.name))).not.toContain('Ahmed Al-Sahaf');
  });

  it('a spokesperson who leads a delegation takes part', () => {
    const [m] = ar(
      'استضافت مسقط أمس اجتماعاً ضم المبعوث الأمريكي تيم ليندركينغ ووفد جماعة أنصار الله برئاسة الناطق الرسمي محمد عبد السلام.',
    );
    expect(m?.participants.map((p) => p.nameAr)).toContain('محمد عبد السلام');
  });
});

describe("a bloc's gathering", () => {
  const parties = (found: MeetingDraft[]) => found.flatMap((m) => m.participants.map((p) => p.name));

  it('"القمة العربية", "اجتماع وزراء الخارجية العرب", "an Arab summit" have the Arab League take part', () => {
    expect(parties(ar('انطلقت اليوم في الرياض أعمال القمة العربية بحضور القادة.'))).toContain('Arab League');
    expect(parties(ar('يعقد وزراء الخارجية العرب غداً في القاهرة اجتماعاً طارئاً.'))).toContain('Arab League');
    expect(parties(ar('انطلقت اليوم في الكويت أعمال القمة الخليجية.'))).toContain('Gulf Cooperation Council');
    expect(parties(en('Arab foreign ministers will meet in Cairo on Sunday.'))).toContain('Arab League');
  });

  it("a state's name is no bloc: 'المملكة العربية السعودية', 'United Arab Emirates'", () => {
    expect(
      parties(ar('التقى وزير الخارجية أيمن الصفدي اليوم في عمّان نظيره وزير خارجية المملكة العربية السعودية.')),
    ).not.toContain('Arab League');
    expect(
      parties(en('The United Arab Emirates foreign minister met his Omani counterpart in Muscat on Monday.')),
    ).not.toContain('Arab League');
  });
});

describe("a journey's stops", () => {
  it('"the trip from … to … will take Kerry to Jordan, the UAE and Morocco": a meeting at each stop, over the trip\'s days', () => {
    const found = en(
      'Secretary of State John Kerry will travel to the region next week.\nThe nine-day trip from February 2 to February 10 will take Kerry to Jordan, the United Arab Emirates, Algeria and Morocco, the State Department said.\nIran will be on the agenda of his talks.',
    );
    // (countries alone: no city is made up for a stop)
    expect(found.map((m) => [m.place.name ?? m.place.country, m.date, m.endDate, m.status])).toEqual([
      ['JO', '2020-02-02', '2020-02-10', 'scheduled'],
      ['AE', '2020-02-02', '2020-02-10', 'scheduled'],
      ['DZ', '2020-02-02', '2020-02-10', 'scheduled'],
      ['MA', '2020-02-02', '2020-02-10', 'scheduled'],
    ]);
    expect(found.every((m) => m.participants.some((p) => p.name === 'John Kerry'))).toBe(true);
  });

  it('the end of a journey is no stop, nor a place the trip is about', () => {
    expect(
      ar('سيغادر المبعوث بعد الاجتماع إلى كوبنهاغن وبروكسل، على أن تنتهي جولته الأوروبية في 30 كانون الثاني.'),
    ).toEqual([]);
    expect(
      en(
        'US envoy Amos Hochstein landed on Tuesday on a trip meant to calm the border, where fighting with Gaza and Lebanon goes on.\nHe will hold talks in Beirut on Wednesday.',
      ).map((m) => m.place.name),
    ).toEqual(['Beirut']);
  });
});

describe("a programme told in another city's time", () => {
  /** The White House's schedule as Cairo's press gives it: its heading names the zone of its lines. */
  const schedule = (lead: string) =>
    extractMeetings(
      `${lead}\n` +
        'ويسير الجدول الزمني للقمة، بتوقيت القاهرة، على النحو الآتي:\n' +
        '5:50 مساء ترامب يستقبل الرئيس السيسي\n' +
        '6:10 مساء ترامب يترأس اجتماعا ثنائيا موسعا مع الرئيس السيسي',
      { published: '2017-04-03', timezone: 'Africa/Cairo', language: 'ar' },
    ).meetings;

  it('"بتوقيت القاهرة، على النحو الآتي:" then "5:50 مساء ترامب يستقبل …": each line, in Washington\'s time', () => {
    const found = schedule('يستقبل الرئيس الأمريكي دونالد ترامب اليوم في واشنطن الرئيس عبد الفتاح السيسي.');
    expect(found.map((m) => [m.place.name, m.time]).filter(([, time]) => time !== null)).toEqual([
      ['Washington', '11:50'],
      ['Washington', '12:10'],
    ]);
  });

  it('the line at the moment the story already told, in another zone, is that meeting, not a second one', () => {
    const found = schedule(
      'يستقبل الرئيس الأمريكي دونالد ترامب اليوم في واشنطن الرئيس عبد الفتاح السيسي في تمام الساعة 11:50 صباحا بتوقيت واشنطن.',
    );
    expect(found.map((m) => m.time)).toEqual(['11:50', '12:10']);
  });
});

describe('phone calls and meetings with no day', () => {
  const call = [
    'Egyptian and Turkish foreign ministers discuss Gaza',
    '',
    'Cairo – Egyptian Foreign Minister Badr Abdel-Aty spoke by telephone today with his Turkish counterpart Hakan Fidan, as part of the continuing consultations between Cairo and Ankara.',
    '',
    'President Erdogan is due to co-chair, with President Abdel Fattah al-Sisi, the second meeting of the Strategic Cooperation Council during the first quarter of 2026.',
  ].join('\n');

  it('a call "as part of the continuing consultations", under a headline of talks, is no meeting; nor a council meeting "during the first quarter of 2026"', () => {
    expect(
      extractMeetings(call, { published: '2025-12-23', timezone: 'Africa/Cairo', language: 'en' }).meetings,
    ).toEqual([]);
  });

  it('"بحث مساء أمس، في اتصال هاتفي مع …": the call is told past a comma after its day, still no meeting', () => {
    expect(
      arOn(
        'ونقلت وكالة الأنباء الأردنية أن الملك عبد الله الثاني بحث مساء أمس السبت، في اتصال هاتفي مع أمير دولة قطر الشيخ تميم بن حمد آل ثاني، المستجدات في المنطقة.',
        '2026-03-01',
        'Asia/Amman',
      ),
    ).toEqual([]);
    // (a meeting with a phone call told in a phrase of its own stays one)
    expect(
      arOn(
        'استقبل الملك عبد الله الثاني مساء أمس السبت، في قصر الحسينية، أمير دولة قطر الشيخ تميم بن حمد آل ثاني، بعد اتصال هاتفي جرى بينهما الأسبوع الماضي.',
        '2026-03-01',
        'Asia/Amman',
      ).map((m) => m.date),
    ).toEqual(['2026-02-28']);
  });

  it('"في اتصال هاتفي" past the long names of caller and called is the call the talks were held in', () => {
    expect(
      arOn(
        'بحث وزير الخارجية السعودي الأمير فيصل بن فرحان مع نظيره الإيراني حسين أمير عبداللهيان في اتصال هاتفي اليوم العلاقات الثنائية.',
        '2023-05-10',
        'Asia/Riyadh',
      ),
    ).toEqual([]);
    // (a call told after a held meeting's day, "a day after a phone call", is not the way it was held)
    expect(
      extractMeetings(
        'Saudi Foreign Minister Prince Faisal bin Farhan held talks with his Iranian counterpart Hossein Amir-Abdollahian in Riyadh on Wednesday, a day after a phone call with Blinken.',
        { published: '2023-05-10', timezone: 'Asia/Riyadh', language: 'en' },
      ).meetings.map((m) => m.date),
    ).toEqual(['2023-05-10']);
  });

  it("a call another clause of the sentence tells is not the way the meeting was held (a review's sentences)", () => {
    for (const text of [
      'التقى وزير الخارجية الكويتي الشيخ سالم عبدالله الجابر الصباح اليوم نظيره العماني بدر البوسعيدي في الكويت واستكمل معه ما بحثاه في اتصال هاتفي.',
      'التقى الرئيس أردوغان الرئيس بوتين اليوم في سوتشي بعد أن بحث الزعيمان في اتصال هاتفي سابق ملف الحبوب.',
    ])
      expect(arOn(text, '2024-05-14', 'Asia/Kuwait')).toHaveLength(1);
    for (const text of [
      'ANKARA (Reuters) - Erdogan met Putin in Sochi on Monday to discuss the deal agreed in a phone call in July.',
      'SOCHI (Reuters) - Erdogan met Putin on Monday after the two leaders spoke by phone last week.',
      "DOHA (QNA) - Qatar's prime minister held talks with Hamas leaders in Doha on Monday on proposals Washington made in a phone call.",
    ])
      expect(extractMeetings(text, { published: '2024-05-14', timezone: 'UTC', language: 'en' }).meetings).toHaveLength(
        1,
      );
  });

  it("an English call the talks were held in, past the names of both sides, is no meeting (a review's sentences)", () => {
    for (const text of [
      'Blinken held talks with Saudi Foreign Minister Prince Faisal bin Farhan on Tuesday in a phone call.',
      'Egyptian Foreign Minister Sameh Shoukry discussed with his Jordanian counterpart Ayman Safadi the situation in Gaza in a phone call on Tuesday, the ministry said.',
    ])
      expect(extractMeetings(text, { published: '2024-06-12', timezone: 'UTC', language: 'en' }).meetings).toEqual([]);
  });

  it('"to meet shared challenges" meets no one', () => {
    const found = extractMeetings(
      'The kingdom hoped to work with the United States on Friday to meet shared challenges.',
      {
        published: '2021-01-30',
        timezone: 'UTC',
        language: 'en',
      },
    ).meetings;
    expect(found).toEqual([]);
  });

  it('"held a meeting on the needs of refugees with …" is a meeting: only the verb meets a thing', () => {
    const found = extractMeetings(
      'The minister held a meeting on the needs of refugees with UN envoy Geir Pedersen in Damascus on Monday.',
      { published: '2021-03-03', timezone: 'Asia/Damascus', language: 'en' },
    ).meetings;
    expect(found.map((m) => `${m.date} ${m.place.name}`)).toEqual(['2021-03-01 Damascus']);
  });
});

describe('welcomed, and a meeting moved online', () => {
  it('"X welcomed President Y at the Peace Palace in Baghdad on Monday": a reception, held', () => {
    const found = extractMeetings(
      'Iraqi President Barham Salih welcomed Iranian President Hassan Rouhani at the Peace Palace in Baghdad on Monday.',
      { published: '2019-03-11', timezone: 'Asia/Baghdad', language: 'en' },
    ).meetings;
    expect(found.map((m) => `${m.date} ${m.place.name} ${m.status}`)).toEqual(['2019-03-11 Baghdad held']);
    expect(found[0]!.participants.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Barham Salih', 'Hassan Rouhani']),
    );
  });

  it('"welcomed the decision" is no meeting', () => {
    const found = extractMeetings('Iraqi President Barham Salih on Monday welcomed the decision of the Arab League.', {
      published: '2019-03-11',
      timezone: 'Asia/Baghdad',
      language: 'en',
    }).meetings;
    expect(found).toEqual([]);
  });

  it('"called off their meeting in Prague … and will talk by video conference instead": the meeting called off stays in Prague', () => {
    const found = extractMeetings(
      "German Foreign Minister Heiko Maas and his Visegrad Group counterparts have called off their meeting in Prague, which had been planned for March 13, and will talk by video conference instead, Germany's dpa news agency reported on Thursday.",
      { published: '2020-03-13', timezone: 'Europe/Berlin', language: 'en' },
    ).meetings;
    expect(found.filter((m) => m.status === 'cancelled').map((m) => `${m.date} ${m.place.name}`)).toEqual([
      '2020-03-13 Prague',
    ]);
  });
});

describe('talks recalled with their days only', () => {
  it('"At the previous round, held on May 16-19": a round of talks with its days is a meeting, where the story\'s talks are', () => {
    const found = extractMeetings(
      'The seventh round of intra-Syrian talks in Geneva has begun.\n\nAt the previous round, held on May 16-19, the parties agreed to set up a mechanism of expert consultations.',
      { published: '2017-07-10', timezone: 'Europe/Zurich', language: 'en' },
    ).meetings;
    expect(found.map((m) => `${m.date} ${m.place.name} ${m.status}`)).toContain('2017-05-16 Geneva held');
  });
});

describe('a meeting of the day told by taking part or chairing', () => {
  it('was held', () => {
    expect(
      en(
        'The Sultanate of Oman took part today in the joint ministerial meeting of the GCC and the United States in Riyadh.',
      ).map((m) => m.status),
    ).toEqual(['held']);
    expect(
      en('Foreign Minister Ayman Safadi co-chaired today in Amman a meeting of the Syria contact group.').map(
        (m) => m.status,
      ),
    ).toEqual(['held']);
  });

  it("will take part, or a background clause's past beside a meeting still to come: not held (a review's sentences)", () => {
    expect(en('Oman will take part today in the joint ministerial meeting in Riyadh.').map((m) => m.status)).toEqual([
      'scheduled',
    ]);
    expect(
      enOn(
        'Lavrov is due to hold talks with Chinese Foreign Minister Wang Yi in Beijing today after the two men exchanged views by phone last week.',
        '2024-03-13',
      ).map((m) => m.status),
    ).toEqual(['scheduled']);
    expect(
      arOn(
        'سيجتمع رئيس الوزراء الفلسطيني محمد اشتية مساء اليوم في رام الله مع وزيرة الخارجية الألمانية أنالينا بيربوك التي ترأست أمس اجتماعاً أوروبياً حول غزة.',
        '2024-03-14',
        'Asia/Hebron',
      ).map((m) => m.status),
    ).toEqual(['scheduled']);
  });
});

describe('an occasion taken to meet', () => {
  it('"used the summit today to hold talks", "اغتنم مشاركته … ليعقد سلسلة من اللقاءات": held', () => {
    expect(
      en(
        'Prime Minister Anwar Ibrahim used the 42nd Asean Summit in Labuan Bajo today to hold talks with four fellow Asean leaders.',
      ).map((m) => m.status),
    ).toEqual(['held']);
    expect(
      ar(
        'اغتنم وزير الخارجية التونسي محمد علي النفطي مشاركته في اجتماع مجلس وزراء الخارجية اليوم بمدينة جدة ليعقد سلسلة من اللقاءات مع نظرائه.',
      ).map((m) => m.status),
    ).toEqual(['held']);
  });

  it('"is due in Labuan Bajo today to hold talks": still to come', () => {
    expect(
      en('Prime Minister Anwar Ibrahim is due in Labuan Bajo today to hold talks with four fellow Asean leaders.').map(
        (m) => m.status,
      ),
    ).toEqual(['scheduled']);
  });
});

describe('"had a bilateral meeting" tells a meeting held', () => {
  it('on the day the story was published', () => {
    expect(
      en(
        'Anwar Ibrahim had a bilateral meeting with Laotian Prime Minister Sonexay Siphandone in Labuan Bajo today.',
      ).map((m) => m.status),
    ).toEqual(['held']);
  });
});

describe('a departure told as background is the journey, no meeting', () => {
  it('"وكان ولي العهد قد غادر الرياض أمس، بتوجيه من الملك …، متوجهاً إلى الولايات المتحدة في زيارة": only the talks of the day', () => {
    const found = arOn(
      'ومن المقرر أن يجتمع الأمير محمد بن سلمان بالرئيس دونالد ترامب اليوم الثلاثاء في البيت الأبيض.\n\nوكان ولي العهد السعودي قد غادر الرياض أمس، بتوجيه من خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، واستجابة للدعوة الموجهة إليه من الرئيس الأميركي، متوجهاً إلى الولايات المتحدة في زيارة رسمية.',
      '2025-11-18',
      'Asia/Riyadh',
    );
    expect(found.map((m) => `${m.date} ${m.place.name}`)).toEqual(['2025-11-18 Washington']);
  });
});
