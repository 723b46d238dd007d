/**
 * A day of several meetings in one place: a host receiving a list of guests, meetings told
 * "earlier in the day", and places that belong to someone's post or name another meeting.
 * Sentences written for the test; zones named so the machine's never matters.
 */
import { describe, expect, it } from 'vitest';
import type { MeetingDraft } from '../../../src/calendar/types.js';
import { extractMeetings } from '../../../src/extract/index.js';
import { clauses } from '../../../src/extract/clauses.js';
import { oneOfTheVisit } from '../../../src/extract/triggers.js';

function ar(text: string, published: string, timezone = 'Asia/Damascus'): MeetingDraft[] {
  return extractMeetings(text, { published, timezone, language: 'ar' }).meetings;
}
function en(text: string, published: string, timezone = 'UTC'): MeetingDraft[] {
  return extractMeetings(text, { published, timezone, language: 'en' }).meetings;
}
const people = (m: MeetingDraft) => m.participants.filter((p) => p.kind === 'person').map((p) => p.name ?? p.nameAr);

describe('a host and a list of guests', () => {
  const story = [
    'Sisi welcomes leaders to Sharm El-Sheikh',
    '',
    'President Abdel Fattah al-Sisi greeted arriving leaders in Sharm El-Sheikh on Monday ahead of the summit.',
    '',
    'Earlier in the day, Sisi received King Abdullah II of Jordan, British Prime Minister Keir Starmer and Italian Prime Minister Giorgia Meloni.',
  ].join('\n');

  it('"received A, B and C" "earlier in the day" is a meeting with each guest that day, there', () => {
    const withGuests = en(story, '2025-10-13').filter((m) => people(m).length === 2);
    expect(withGuests.map((m) => people(m)[1]).sort()).toEqual(['Abdullah II', 'Giorgia Meloni', 'Keir Starmer']);
    for (const m of withGuests) {
      expect(people(m)[0]).toBe('Abdel Fattah al-Sisi');
      expect(m.date).toBe('2025-10-13');
      expect(m.place.name).toBe('Sharm el-Sheikh');
    }
  });

  it('"للاجتماع بالقادة العراقيين، وهم … و… فضلا عن …": the visitor meets each of them', () => {
    const found = ar(
      'حل رئيس الوزراء التركي أحمد داوود أوغلو اليوم في بغداد في زيارة تدوم يومين.\n\nويخصص اليوم الأول من الزيارة للاجتماع بالقادة العراقيين، وهم رئيس الجمهورية فؤاد معصوم ورئيس البرلمان سليم الجبوري، فضلا عن رئيس الوزراء حيدر العبادي.',
      '2014-11-20',
      'Asia/Baghdad',
    );
    const legs = found.filter((m) => people(m).length === 2);
    expect(legs.map((m) => m.participants[1]?.nameAr)).toEqual(['فؤاد معصوم', 'سليم الجبوري', 'حيدر العبادي']);
    expect(legs.map((m) => m.participants[0]?.nameAr)).toEqual(Array(3).fill('أحمد داوود أوغلو'));
  });

  it('ministers "meeting" one another ("يجتمع وزراء خارجية الأردن … ومصر … وفرنسا …") meet together', () => {
    const found = ar(
      'يجتمع وزراء خارجية الأردن أيمن الصفدي ومصر سامح شكري وفرنسا جان إيف لودريان وألمانيا هايكو ماس في عمان الخميس.',
      '2020-09-22',
      'Asia/Amman',
    );
    expect(found).toHaveLength(1);
  });

  it('those who attend ("حضره نائبه … ورئيس الحكومة …") sit in the one meeting', () => {
    const found = ar(
      'عقد غريفيث يوم الثلاثاء في الرياض لقاء مع الرئيس اليمني عبدربه منصور هادي، حضره نائبه علي محسن الأحمر ورئيس الحكومة أحمد عبيد بن دغر ووزير الخارجية عبدالملك المخلافي.',
      '2018-03-30',
      'Asia/Riyadh',
    );
    expect(found).toHaveLength(1);
  });

  it('a joint meeting of three is one meeting', () => {
    const joint = en(
      'President Abdel Fattah al-Sisi on Monday held a trilateral meeting in Cairo with King Abdullah II of Jordan, Iraqi Prime Minister Mustafa al-Kadhimi and French President Emmanuel Macron.',
      '2021-08-30',
    );
    expect(joint).toHaveLength(1);
  });

  it('two guests named together stay one meeting ("to meet the president and the foreign minister")', () => {
    const pair = en(
      'EU foreign policy chief Josep Borrell will travel to Tehran on Wednesday to meet President Hassan Rouhani and Foreign Minister Mohammad Javad Zarif.',
      '2020-01-20',
    );
    expect(pair).toHaveLength(1);
  });
});

describe('where someone is that day', () => {
  it('a meeting told without a place is where another meeting of the same minister puts him that day', () => {
    const found = en(
      'Jordanian Foreign Minister Ayman Safadi held talks with French Foreign Minister Jean-Marc Ayrault on Saturday.\n\nSafadi, who is attending the Munich Security Conference, also met UN Secretary-General Antonio Guterres on Saturday.',
      '2017-02-18',
    );
    expect(found.map((m) => m.place.name)).toEqual(['Munich', 'Munich']);
    // "who is attending" is no World Health Organization.
    expect(found.flatMap((m) => m.participants.map((p) => p.name))).not.toContain('World Health Organization');
  });
});

describe("a reception in the host's office", () => {
  it('"استقبل … في مكتبه" with no city named is in the outlet\'s own capital', () => {
    const [m] = ar(
      'استقبل رئيس مجلس النواب مازن القاضي، في مكتبه اليوم، رئيس مجلس الأعيان فيصل الفايز.',
      '2025-10-27',
      'Asia/Amman',
    );
    expect(m?.place.name).toBe('Amman');
  });

  it('"بمقر وزارة الخارجية الإسبانية" in a Moroccan paper: the ministry the adjective names, in its own capital', () => {
    const [m] = ar(
      'يلتقي وزير الخارجية ألباريس اليوم الاثنين المبعوث الأممي ستافان دي ميستورا بمقر وزارة الخارجية الإسبانية.',
      '2026-02-09',
      'Africa/Casablanca',
    );
    expect(m?.place.name).toBe('Madrid');
  });
});

describe('a meeting named for its city', () => {
  it('"لقمة تونس المقرر عقدها في الثلاثين" is in Tunis, and Tunisia is not a party to it', () => {
    const found = ar(
      'يجتمع وزراء الخارجية العرب غداً في القاهرة، إلى جانب الإعداد لقمة تونس المقرر عقدها في الثلاثين من الشهر الجاري.',
      '2019-03-05',
      'Africa/Cairo',
    );
    const summit = found.find((m) => m.date === '2019-03-30');
    expect(summit?.place.name).toBe('Tunis');
    expect(summit?.participants.map((p) => p.name)).not.toContain('Tunisia');
  });

  it('"مباحثات مصر والسعودية": two countries in talks, not a place', () => {
    const [m] = ar('وأجرت مصر والسعودية أمس مباحثات مصر والسعودية حول الأمن.', '2019-03-05', 'Africa/Cairo');
    expect(m?.participants.map((p) => p.name)).toEqual(expect.arrayContaining(['Egypt', 'Saudi Arabia']));
  });
});

describe('a clock time before the meeting it is of', () => {
  it('"التأم عند الساعة الثانية عشرة ظهر اليوم الاجتماع …": the meeting the story told, at noon', () => {
    const found = ar(
      'افتتح وزراء خارجية الدول الأعضاء في منظمة التعاون الإسلامي اليوم اجتماعاً طارئاً عبر الاتصال المرئي.\n\nوالتأم عند الساعة الثانية عشرة ظهر اليوم الاجتماع الافتراضي الطارئ للجنة التنفيذية للمنظمة.',
      '2021-05-16',
      'Asia/Riyadh',
    );
    expect(found.map((m) => [m.date, m.time])).toEqual([['2021-05-16', '12:00']]);
  });
});

describe('a woman meets', () => {
  it('"التقت الوزيرة …", "ستلتقي …": the feminine verbs are meeting words', () => {
    const met = ar(
      'التقت وزيرة الخارجية الألمانية أنالينا بيربوك اليوم في برلين نظيرها الأردني أيمن الصفدي.',
      '2022-01-06',
      'Europe/Berlin',
    );
    const toMeet = ar('ستلتقي الوزيرة غداً في بيروت السفير الفرنسي.', '2022-01-06', 'Asia/Beirut');
    expect([met[0]?.date, met[0]?.place.name, met[0]?.status]).toEqual(['2022-01-06', 'Berlin', 'held']);
    expect([toMeet[0]?.date, toMeet[0]?.place.name, toMeet[0]?.status]).toEqual(['2022-01-07', 'Beirut', 'scheduled']);
  });
});

describe('a phone call', () => {
  it('is no meeting, in English or in Arabic', () => {
    expect(
      en(
        "Oman's Foreign Minister Sayyid Badr Albusaidi received a telephone call from Iraq's Fuad Hussein on Friday.",
        '2024-01-12',
      ),
    ).toEqual([]);
    expect(
      ar(
        'تحادث الرئيس قيس سعيد هاتفيا مع أمير قطر الشيخ تميم بن حمد آل ثاني مساء اليوم.',
        '2020-05-02',
        'Africa/Tunis',
      ),
    ).toEqual([]);
  });

  it('a meeting told beside a call is still a meeting', () => {
    const found = en(
      'Foreign Minister Ayman Safadi met his Egyptian counterpart Sameh Shoukry in Amman on Monday. Earlier, he took a phone call from the Saudi minister.',
      '2020-01-06',
    );
    expect(found.map((m) => m.place.name)).toEqual(['Amman']);
  });
});

describe('a journey of two legs', () => {
  it('"will fly to Kiev on Monday and then go on to Moscow for talks": the talks are not on Monday', () => {
    const found = en(
      'German Foreign Minister Annalena Baerbock will fly to Kiev on Monday and then go on to Moscow for talks on the conflict.',
      '2022-01-14',
    );
    expect(found.filter((m) => m.place.name === 'Moscow').map((m) => m.date)).not.toContain('2022-01-17');
  });
});

describe('places that are not where the meeting is', () => {
  it('"Antigua and Barbuda\'s Prime Minister" names a government, not where the leaders meet', () => {
    const [m] = en(
      "London: Antigua and Barbuda's Prime Minister Gaston Browne and Saint Lucia's Prime Minister Allen Chastanet are due to meet on Thursday.",
      '2018-04-19',
    );
    expect(m?.place.name).toBe('London');
  });

  it('the city of a guest\'s post, told after his name, is not the meeting\'s ("مدير مكتبه في دمشق")', () => {
    const [m] = ar(
      'القاهرة - يجتمع الأمين العام لجامعة الدول العربية نبيل العربي اليوم مع المبعوث الأخضر الإبراهيمي، ويحضر اللقاء السفير مختار لاماني مدير مكتبه في دمشق.',
      '2012-11-12',
      'Africa/Cairo',
    );
    expect(m?.place.name).toBe('Cairo');
  });

  it('an envoy who "was in Moscow" met people there', () => {
    const [m] = en(
      'In the second half of October, the UN envoy for Syria was in Moscow, where he had talks with Russian Foreign Minister Sergey Lavrov.',
      '2017-11-14',
    );
    expect(m?.place.name).toBe('Moscow');
  });

  it('"ahead of the Geneva talks" names the talks\' city, not the place of the meeting in hand', () => {
    const [m] = en(
      'Jordanian Foreign Minister Ayman Safadi met UN envoy Staffan de Mistura on Saturday to prepare for the Geneva talks.',
      '2017-02-18',
    );
    expect(m?.place.name).toBeNull();
  });
});

describe('the dateline', () => {
  it('"عمان - …" is where the story was filed, not Oman taking part', () => {
    const [m] = ar('عمان - يعقد وزراء خارجية الأردن ومصر وفرنسا اجتماعاً غداً في عمان.', '2020-09-23', 'Asia/Amman');
    // (the three ministers are the holders of 2020: plural-offices.ts)
    expect(m?.participants.map((p) => p.name)).toEqual([
      'Ayman Safadi',
      'Sameh Shoukry',
      'Jean-Yves Le Drian',
      'Jordan',
      'Egypt',
      'France',
    ]);
  });
});

describe('earlier meetings of a series', () => {
  it('"الثالث من نوعه، بعد أن عقد الأول في ميونخ في شباط 2020، والثاني في تموز 2020 عبر تقنية الاتصال المرئي": two meetings recalled, of the same members', () => {
    const found = ar(
      'عمان - يعقد وزراء خارجية الأردن ومصر وفرنسا وألمانيا اجتماعاً غداً في عمان. وأوضحت الوزارة أن هذا الاجتماع هو الثالث من نوعه، بعد أن عقد الأول في ميونخ في شهر شباط 2020، والثاني في تموز 2020 عبر تقنية الاتصال المرئي.',
      '2020-09-23',
      'Asia/Amman',
    );
    const recalled = found.filter((m) => m.date < '2020-09-01');
    expect(recalled.map((m) => [m.date, m.precision, m.place.name, m.status])).toEqual([
      ['2020-02-01', 'month', 'Munich', 'held'],
      ['2020-07-01', 'month', null, 'held'],
    ]);
    for (const m of recalled)
      expect(m.participants.map((p) => p.name)).toEqual(expect.arrayContaining(['Jordan', 'Egypt']));
  });
});

describe('travelling to a meeting', () => {
  it('"flew into Jeddah on Thursday for the summit" is a journey: the summit is on its own day', () => {
    const found = en(
      'Assad attends Arab League summit\n\nSyrian President Bashar al-Assad flew into Jeddah on Thursday for the Arab League summit.\n\nHe met Tunisian President Kais Saied on Friday before the summit opened.',
      '2023-05-19',
    );
    expect(found.map((m) => m.date)).not.toContain('2023-05-18');
    expect(found.every((m) => m.place.name === 'Jeddah')).toBe(true);
  });
});

describe('meetings recalled in passing', () => {
  it('"The 7th round of the Geneva talks, the previous one, closed on July 14": the round, that day, in Geneva', () => {
    const found = en(
      'The 7th round of the Geneva talks, the previous one, closed on July 14, four months ago to the day.',
      '2017-11-14',
    );
    expect(found.map((m) => [m.date, m.place.name, m.status])).toEqual([['2017-07-14', 'Geneva', 'held']]);
  });

  it('"last met in August, holding talks in New Alamein": one meeting of that month, there', () => {
    const found = en(
      'President Sisi will hold talks in Abu Dhabi with President Sheikh Mohamed bin Zayed on Monday.\n\nSheikh Mohamed and Mr Sisi last met in August, holding talks in New Alamein, an Egyptian city on the Mediterranean coast.',
      '2023-09-17',
    );
    const august = found.find((m) => m.date === '2023-08-01');
    expect([august?.precision, august?.place.name, august?.status]).toEqual(['month', 'New Alamein', 'held']);
  });
});

describe('a host at home', () => {
  it('"Trump receives Sisi", the story naming no city: at the White House\'s city, the host\'s capital', () => {
    const [m] = en('President Donald Trump receives Egyptian President Abdel Fattah al-Sisi on Monday.', '2017-04-03');
    expect(m?.place.name).toBe('Washington');
  });

  it("a city the story names wins over the host's capital", () => {
    const [m] = en(
      'President Donald Trump receives Egyptian President Abdel Fattah al-Sisi in Palm Beach on Monday.',
      '2017-04-03',
    );
    expect(m?.place.name).toBe('Palm Beach');
  });
});

describe('found in review', () => {
  it('"استقبل الرئيس … في مكتبه في دمشق" is in Damascus: the host\'s office, not someone\'s post', () => {
    const [m] = ar(
      'استقبل الرئيس بشار الأسد في مكتبه في دمشق اليوم وزير الخارجية الإيراني محمد جواد ظريف.',
      '2019-02-25',
      'Asia/Amman',
    );
    expect(m?.place.name).toBe('Damascus');
  });

  it('a call told before the meeting, in its own phrase, neither drops the meeting nor makes it remote', () => {
    const found = en('After talking by phone, the two ministers met in Geneva on Monday.', '2021-02-05');
    expect(found.map((m) => [m.date, m.place.name])).toEqual([['2021-02-01', 'Geneva']]);
  });

  it('"القضايا ذات الاهتمام المشترك" after a list of guests does not make their meetings one', () => {
    const found = ar(
      'استقبل الرئيس ميشال عون اليوم في بعبدا رئيس الحكومة نجيب ميقاتي، ورئيس مجلس النواب نبيه بري، وقائد الجيش العماد جوزيف عون، وبحث معهم القضايا ذات الاهتمام المشترك.',
      '2022-03-01',
      'Asia/Beirut',
    );
    expect(found.length).toBe(3);
  });
});

describe('a stay told once, its meetings told later', () => {
  const story = [
    'الرئيس الإيراني في بغداد في أول زيارة خارجية',
    '',
    'حط الرئيس الإيراني مسعود بزشكيان، صباح اليوم الأربعاء، في العاصمة العراقية بغداد، تلبية لدعوة رسمية.',
    '',
    'وتعد هذه أول رحلة يقوم بها إلى الخارج منذ توليه منصبه.',
    '',
    'ومن المنتظر أن يجتمع بزشكيان بكل من الرئيس العراقي عبد اللطيف رشيد، ورئيس مجلس الوزراء محمد شياع السوداني، ورئيس مجلس القضاء الأعلى القاضي فائق زيدان.',
  ].join('\n');

  it('"حط … صباح اليوم الأربعاء" and, paragraphs later, "ومن المنتظر أن يجتمع بكل من …": a meeting with each, that day', () => {
    const found = ar(story, '2024-09-11', 'Asia/Baghdad').filter((m) => people(m).length === 2);
    expect(found.map((m) => people(m)[1]).sort()).toEqual([
      'Abdul Latif Rashid',
      'Mohammed Shia al-Sudani',
      'فائق زيدان',
    ]);
    for (const m of found) expect(`${m.date} ${m.place.name}`).toBe('2024-09-11 Baghdad');
  });

  it('"talked about meeting face to face in the near future": no day, neither the stay\'s nor another', () => {
    const found = en(
      'Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry spoke on the telephone on Sunday.\n\nLavrov and Kerry talked about the possibility of meeting face to face in the near future.',
      '2013-02-18',
    );
    expect(found).toEqual([]);
  });
});

describe('a host at home', () => {
  it('"استقبل رئيس الجمهورية العماد ميشال عون … ميقاتي", no city named: at the presidency, in Baabda', () => {
    const found = ar(
      'استقبل رئيس الجمهورية العماد ميشال عون، اليوم الأربعاء عند الرابعة وعشر دقائق، الرئيس المكلف نجيب ميقاتي.',
      '2022-08-31',
      'Asia/Beirut',
    );
    expect(found.map((m) => `${m.date} ${m.time} ${m.place.name}`)).toEqual(['2022-08-31 16:10 Baabda']);
  });
});

describe('a list of guests with a title set off by commas', () => {
  it('"لقاءات مع الرئيس …، والفريق أول …، نائب رئيس الوزراء …، ووزير الخارجية …": one meeting each', () => {
    const found = ar(
      [
        'يصل الرئيس الفلسطيني محمود عباس إلى القاهرة السبت في زيارة تمتد ثلاثة أيام.',
        '',
        'ويجري الرئيس الفلسطيني خلال الزيارة لقاءات مع الرئيس عدلي منصور، والفريق أول عبد الفتاح السيسي، نائب رئيس الوزراء وزير الدفاع، ووزير الخارجية نبيل فهمي.',
      ].join('\n'),
      '2013-11-08',
      'Africa/Cairo',
    );
    const guests = found.filter((m) => people(m).length === 2).map((m) => people(m)[1]);
    expect(guests).toEqual(['Adly Mansour', 'Abdel Fattah al-Sisi', 'Nabil Fahmy']);
  });

  it("a delegation received, its members named, is one meeting (a review's sentence)", () => {
    const found = ar(
      'استقبل الرئيس عبد الفتاح السيسي اليوم وفدا من الكونغرس الأمريكي ضم السيناتور ليندسي غراهام، عضو لجنة المخصصات، والسيناتور ريتشارد بلومنثال، والسيناتور كريس كونز.',
      '2024-04-15',
      'Africa/Cairo',
    );
    expect(found).toHaveLength(1);
  });
});

describe('the first leg of a tour', () => {
  const story = [
    'FM Qureshi calls on President Ghani in Kabul',
    '',
    'KABUL: Foreign Minister Shah Mehmood Qureshi called on Afghan President Ashraf Ghani in Kabul on Monday, the Foreign Office said.',
    '',
    'Qureshi flew to Kabul this morning on the first leg of a three-day trip that will also take him to Iran, China and Russia.',
  ].join('\n');

  it('the headline\'s "Qureshi … Ghani" is the body\'s meeting, and the later stops have no day yet', () => {
    expect(en(story, '2018-12-24').map((m) => `${m.date} ${m.place.name}`)).toEqual(['2018-12-24 Kabul']);
  });
});

describe('a tour begun today', () => {
  it('"استهل اليوم جولة تقوده إلى الصين وكوريا الجنوبية": today is the first stop\'s, not both countries\'', () => {
    const found = ar(
      'استهل أمير دولة قطر الشيخ تميم بن حمد آل ثاني اليوم جولة تقوده إلى الصين وكوريا الجنوبية.',
      '2014-11-03',
      'Asia/Qatar',
    );
    expect(found.map((m) => `${m.date} ${m.place.name ?? m.place.country}`)).toEqual(['2014-11-03 CN']);
    // (an Arabic tour's stop is titled in Arabic: "زيارة في الصين", not "Visit في …")
    expect(found[0]?.titleAr).toBe('زيارة في الصين');
  });

  it('"opened his two-day Gulf tour on Saturday with stops in Qatar and Saudi Arabia": a visit to each, that Saturday', () => {
    const found = en(
      'French Foreign Minister Jean-Yves Le Drian held talks in Kuwait on Sunday. Le Drian opened his two-day Gulf tour on Saturday with stops in Qatar and Saudi Arabia.',
      '2017-07-16',
    );
    expect(found.map((m) => `${m.date} ${m.place.country}`).sort()).toEqual([
      '2017-07-15 QA',
      '2017-07-15 SA',
      '2017-07-16 KW',
    ]);
  });

  it('"setting off on Feb. 9 on a three-day tour of … Kuwait, Oman and Qatar": the tour\'s days are every stop\'s', () => {
    const found = en(
      "Turkey's foreign minister is setting off on Feb. 9 on a three-day tour of the Gulf that will take him on official visits to Kuwait, Oman and Qatar.",
      '2021-02-08',
    );
    expect(found.map((m) => m.date)).toEqual(['2021-02-09', '2021-02-09', '2021-02-09']);
  });
});

describe('a visit to several countries told by its verb', () => {
  it('"will visit Kenya, Nigeria and Saudi Arabia next week": a visit to each, over the week, no city made up', () => {
    const found = en(
      'WASHINGTON (Reuters) - U.S. Secretary of State John Kerry will visit Kenya, Nigeria and Saudi Arabia next week to hold talks on regional issues, the State Department said on Thursday.',
      '2016-08-18',
    );
    expect(found.map((m) => `${m.date} ${m.endDate} ${m.place.country}`).sort()).toEqual([
      '2016-08-22 2016-08-28 KE',
      '2016-08-22 2016-08-28 NG',
      '2016-08-22 2016-08-28 SA',
    ]);
    expect(found.every((m) => people(m).includes('John Kerry'))).toBe(true);
  });

  it('"a spokeswoman said that from February 24 to March 6 Kerry will go to …": his stops, not hers', () => {
    const found = en(
      [
        'WASHINGTON - US Secretary of State John Kerry will travel next week on his first foreign trip since taking office this month.',
        '',
        'In a statement, department spokeswoman Victoria Nuland said that from February 24 to March 6 Kerry will go to the United Kingdom, Germany and Qatar.',
        '',
        'While he is in London, Kerry will hold talks with senior British officials.',
      ].join('\n'),
      '2013-02-20',
    );
    const stops = found.filter((m) => m.endDate === '2013-03-06');
    expect([...new Set(stops.map((m) => `${m.date} ${m.place.country}`))].sort()).toEqual([
      '2013-02-24 DE',
      '2013-02-24 GB',
      '2013-02-24 QA',
    ]);
    expect(found.some((m) => m.place.name === 'London')).toBe(true);
    expect(found.every((m) => people(m).includes('John Kerry') && !people(m).includes('Victoria Nuland'))).toBe(true);
  });

  it('"heads to Paris and Rome" is a journey; "voters go to the polls in France and Germany" is none', () => {
    const found = en(
      'President Emmanuel Macron will hold talks with Chancellor Olaf Scholz in Berlin on Monday, a day after voters go to the polls in France and Germany on Sunday. Scholz heads to Paris and Rome on Tuesday for talks.',
      '2022-04-20',
    );
    expect(found.map((m) => `${m.date} ${m.place.name}`).sort()).toEqual([
      '2022-04-25 Berlin',
      '2022-04-26 Paris',
      '2022-04-26 Rome',
    ]);
  });

  it('"سيقوم بجولة يزور خلالها الأردن وتركيا ولبنان" with its days: one stop per country', () => {
    const found = ar(
      'أعلنت وزارة الخارجية الأميركية اليوم الخميس أن الوزير ريكس تيلرسون سيقوم بجولة يزور خلالها الأردن وتركيا ولبنان بين 11 و16 شباط الجاري.',
      '2018-02-08',
      'Asia/Amman',
    );
    expect(found.map((m) => m.place.country).sort()).toEqual(['JO', 'LB', 'TR']);
  });

  it('"زار أمس كلا من الأردن ورام الله": both stops on that one day', () => {
    const found = ar('وكان وزير الخارجية قد زار أمس الاثنين كلا من الأردن ومصر.', '2021-05-25', 'Africa/Cairo');
    expect(found.map((m) => `${m.date} ${m.place.country}`).sort()).toEqual(['2021-05-24 EG', '2021-05-24 JO']);
  });

  it('"a two-day trip to Turkey, where he discussed Syria, Libya and US sanctions": the topics are no stops', () => {
    const found = en(
      'Zarif landed in Russia on Monday following a two-day trip to Turkey, where he discussed Syria, Libya and US sanctions against Iran with Foreign Minister Mevlut Cavusoglu.',
      '2020-06-16',
    );
    expect(found.map((m) => m.place.country)).not.toContain('SY');
    expect(found.map((m) => m.place.country)).not.toContain('LY');
  });

  it('"A three-day state visit to China by U.S. President Donald Trump": a noun of visit lists no stops', () => {
    const found = en(
      [
        'Trump arrives in Beijing for state visit to China',
        '',
        'A three-day state visit to China by U.S. President Donald Trump began on Wednesday afternoon, when he landed in Beijing.',
      ].join('\n'),
      '2017-11-08',
    );
    expect(found.map((m) => m.place.country)).toEqual(['CN']);
  });

  // A review's sentences: what a verb's object is not.
  it.each([
    ['ar', '2023-02-20', 'Asia/Beirut', 'زار رئيس وزراء لبنان نجيب ميقاتي دمشق أمس والتقى الرئيس بشار الأسد.', 'LB'],
    ['ar', '2023-03-01', 'Asia/Damascus', 'زار دمشق أمس وزراء خارجية الأردن والسعودية ومصر.', 'JO'],
    [
      'ar',
      '2023-05-10',
      'Asia/Damascus',
      'التقى الرئيس السوري بشار الأسد اليوم المبعوث الأممي غير بيدرسون الذي زار بيروت وعمان الأسبوع الماضي.',
      'JO',
    ],
    [
      'en',
      '2024-01-16',
      'Asia/Qatar',
      "Qatar's emir visited Tehran on Tuesday, urging Iran and the United States to return to nuclear talks.",
      'US',
    ],
    [
      'en',
      '2024-04-16',
      'America/New_York',
      'The State Department on Tuesday warned Americans not to travel to Iraq, Syria and Lebanon as Blinken held talks in Cairo.',
      'SY',
    ],
    [
      'en',
      '2023-01-10',
      'Asia/Riyadh',
      'Manchester City will travel to Saudi Arabia and Qatar next week for two friendlies, the club said after a meeting with the league.',
      'QA',
    ],
    [
      'en',
      '2024-02-05',
      'Asia/Qatar',
      'Hamas leader Ismail Haniyeh, who lives in Qatar and frequently travels to Turkey and Egypt, met the Qatari prime minister on Monday.',
      'TR',
    ],
  ])('%s %s %s: "%s" lists no stop in %s', (language, published, timezone, text, country) => {
    const found = extractMeetings(text, { published, timezone, language: language as 'ar' | 'en' }).meetings;
    expect(found.map((m) => m.place.country)).not.toContain(country);
  });

  it('"visited Jeddah, Saudi Arabia, on Wednesday": the city\'s country is no stop of its own', () => {
    const found = en(
      'U.S. Secretary of State Antony Blinken visited Jeddah, Saudi Arabia, on Wednesday for talks with Crown Prince Mohammed bin Salman.',
      '2023-06-07',
    );
    expect(found.map((m) => m.place.name)).toEqual(['Jeddah']);
  });

  it('a headline\'s "to visit Turkey, Belgium this week" is told again below it: no stops of its own', () => {
    const found = en(
      [
        'FM Cho to visit Turkey, Belgium this week',
        '',
        'SEOUL, January 20 - Foreign Minister Cho Hyun will leave for Turkey on Wednesday to hold talks with his Turkish counterpart Hakan Fidan, the ministry said on Tuesday.',
      ].join('\n'),
      '2026-01-20',
    );
    // (the headline's week may stand as one visit; not as a stop per country beside the body's)
    expect(found.filter((m) => m.date !== '2026-01-21')).toHaveLength(1);
    expect(found.map((m) => m.date)).toContain('2026-01-21');
  });
});

describe('one verb of meeting, a guest, a place and a day in each of its parts', () => {
  it('"will meet Abbas in Ramallah on Friday and Netanyahu in Jerusalem on Saturday": two meetings, the subject in each', () => {
    const found = en(
      'Secretary of State John Kerry will meet Palestinian President Mahmoud Abbas in Ramallah on Friday and Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Saturday.',
      '2013-11-04',
    );
    expect(found.map((m) => `${m.date} ${m.place.name} ${people(m).join('; ')}`)).toEqual([
      '2013-11-08 Ramallah John Kerry; Mahmoud Abbas',
      '2013-11-09 Jerusalem John Kerry; Benjamin Netanyahu',
    ]);
  });

  it('"يلتقي … عباس في رام الله الجمعة، ونتنياهو في القدس السبت": two meetings; "on Saturday and Sunday" is one', () => {
    const found = ar(
      'يلتقي الرئيس المصري عبد الفتاح السيسي الرئيس الفلسطيني محمود عباس في رام الله الجمعة، ورئيس الوزراء الإسرائيلي بنيامين نتنياهو في القدس السبت.',
      '2017-11-06',
    );
    expect(found.map((m) => `${m.date} ${m.place.name}`)).toEqual(['2017-11-10 Ramallah', '2017-11-11 Jerusalem']);
    expect(people(found[1]!)).toContain('Abdel Fattah al-Sisi');
    const ningbo = en(
      'The meeting, set for Saturday and Sunday in Ningbo, will be presided over by Yang Jiechi.',
      '2012-04-06',
    );
    expect(ningbo).toHaveLength(1);
  });

  it("a part that opens with a verb or a day of its own is no guest's meeting (a review's sentences)", () => {
    const days = (found: MeetingDraft[]) => found.map((m) => `${m.date} ${m.place.name}`);
    expect(
      days(
        en(
          'Kerry will meet Palestinian President Mahmoud Abbas in Ramallah on Friday and return to Washington on Saturday.',
          '2013-06-27',
        ),
      ),
    ).toEqual(['2013-06-28 Ramallah']);
    expect(
      days(
        en(
          'Trump will meet King Salman in Riyadh on Saturday and Sunday, before flying to Israel on Monday.',
          '2017-05-20',
        ),
      ),
    ).toEqual(['2017-05-20 Riyadh']);
    const amman = ar(
      'يلتقي وزير الخارجية الأمريكي جون كيري الرئيس محمود عباس في رام الله الجمعة، ويتوجه إلى عمان السبت للقاء العاهل الأردني.',
      '2013-06-27',
    );
    expect(people(amman.find((m) => m.place.name === 'Ramallah')!)).not.toContain('Abdullah II');
  });
});

describe('a part of a day told without its day', () => {
  it('"… on Tuesday. In the afternoon, Xi went to the Pentagon, where he held talks": that Tuesday\'s afternoon', () => {
    const found = en(
      [
        'Chinese VP meets Obama, senior U.S. officials',
        'Chinese Vice President Xi Jinping met U.S. President Barack Obama at the White House on Tuesday.',
        'In the afternoon, Xi went to the Pentagon, where he held talks with U.S. Defense Secretary Leon Panetta.',
      ].join('\n\n'),
      '2012-02-15',
    );
    expect(found.map((m) => `${m.date} ${people(m).at(-1)}`)).toEqual([
      '2012-02-14 Barack Obama',
      '2012-02-14 Leon Panetta',
    ]);
  });

  it("the day before it must be the story's own, not a plan's weeks ahead (a review's sentence)", () => {
    const found = en(
      [
        'Macron in Cairo',
        'CAIRO (AFP) - French President Emmanuel Macron met Egyptian President Abdel Fattah al-Sisi in Cairo on Monday. The two leaders are due to meet again in Paris on Feb. 12.',
        'In the afternoon, Macron met Grand Imam of Al-Azhar Ahmed el-Tayeb.',
      ].join('\n\n'),
      '2019-01-29',
    );
    expect(found.find((m) => people(m).includes('Ahmed el-Tayeb'))?.date).toBe('2019-01-28');
  });
});

describe("a journey's meeting told later in one of its country's cities", () => {
  it('"will travel to Saudi Arabia and Qatar on Saturday … talks with senior Saudi officials in Riyadh": in Riyadh, that day', () => {
    const found = en(
      [
        "Iran's top diplomat to visit Saudi Arabia, Qatar",
        'Iranian Foreign Minister Abbas Araghchi will travel to Saudi Arabia and Qatar on Saturday, his ministry said.',
        'Araghchi is to hold talks with senior Saudi officials in Riyadh and then head to Doha for a conference on Arab-Iranian dialogue.',
      ].join('\n\n'),
      '2025-05-09',
    );
    expect(found.map((m) => `${m.date} ${m.place.name ?? '-'}`)).toEqual(['2025-05-10 Riyadh', '2025-05-10 -']);
  });

  it('"left for Pakistan yesterday on a two-day visit … In Islamabad, Alawi is to hold talks with …": on the journey\'s day', () => {
    const found = en(
      [
        'Foreign minister leaves for two-day visit to Pakistan',
        'MUSCAT: Yousuf bin Alawi bin Abdullah, Minister Responsible for Foreign Affairs, left for Pakistan yesterday on a two-day visit, the embassy said.',
        'The trip answers an invitation that Sartaj Aziz extended when he visited Muscat in September 2016.',
        'Since then, the chairman of the State Council took a delegation to Islamabad in January 2017.',
        'In Islamabad, Alawi is to hold bilateral talks with Sartaj Aziz, Adviser to the Prime Minister of Pakistan on Foreign Affairs.',
      ].join('\n\n'),
      '2017-05-08',
    );
    const talks = found.find((m) => m.place.name === 'Islamabad');
    expect(talks?.date).toBe('2017-05-07');
    // ("Minister Responsible for Foreign Affairs" is a title, not someone called Responsible)
    expect(talks?.participants.filter((p) => p.kind === 'person').map((p) => p.name)).toEqual([
      'Sartaj Aziz',
      'Yousuf bin Alawi bin Abdullah',
    ]);
  });
});

describe("a schedule's lines told in another city's time", () => {
  const story = [
    'البيت الأبيض يعلن الجدول الزمني للقاء السيسي وترامب',
    '',
    'أعلن البيت الأبيض تفاصيل برنامج زيارة الرئيس عبد الفتاح السيسي اليوم الاثنين، ولقائه نظيره الأمريكي دونالد ترامب.',
    '',
    'وقال البيان إن الأمن يتصدر أولويات الرئيس ترامب، وكذلك الرئيس السيسي، ولهذا يستقبل ترامب الرئيس المصري اليوم ليتباحث معه.',
    '',
    'ويسير الجدول الزمني للقمة، بتوقيت القاهرة، على النحو الآتي:',
    '5:55 مساء: لقاء ترامب والسيسي',
    '6:10 مساء: ترامب يترأس اجتماعا ثنائيا موسعا مع الرئيس السيسي',
  ].join('\n');
  const found = ar(story, '2017-04-03', 'Africa/Cairo');

  it('"يستقبل ترامب الرئيس المصري": the host is the one after the verb, not a name before a comma', () => {
    expect(found.filter((m) => m.time === null).map((m) => m.place.name)).toEqual(['Washington']);
  });

  it('a name closed by its commas is still the subject: "Jordan\'s foreign minister, Ayman Safadi, received …" is in Amman', () => {
    const jordan = en(
      "Jordan's foreign minister, Ayman Safadi, received his Egyptian counterpart Badr Abdelatty on Monday.",
      '2024-10-14',
      'Asia/Amman',
    );
    expect(jordan.map((m) => m.place.name)).toEqual(['Amman']);
  });

  it('each line is where the visit is, at its local time', () => {
    expect(
      found
        .filter((m) => m.time !== null)
        .map((m) => `${m.time} ${m.place.name}`)
        .sort(),
    ).toEqual(['11:55 Washington', '12:10 Washington']);
  });
});

describe("a schedule's days told by headings", () => {
  it('each line is on the day of the heading above it', () => {
    const story = [
      'البابا يزور الأردن وفلسطين',
      '',
      'يصل البابا فرنسيس إلى عمّان يوم السبت 24 أيار، وفق البرنامج الذي أعلنه الفاتيكان.',
      '',
      'السبت 24 أيار 2014',
      '13:45 مراسم استقبال رسمية في قصر الحسينية في عمّان، تليها زيارة رسمية للملك عبد الله الثاني.',
      '',
      'الأحد 25 أيار 2014',
      '8:15 مراسم الوداع في مطار الملكة علياء الدولي.',
      '9:30 مراسم استقبال في القصر الرئاسي في بيت لحم وزيارة رسمية للرئيس محمود عباس.',
    ].join('\n');
    const found = ar(story, '2014-05-20', 'Asia/Amman');
    const lines = found.filter((m) => m.time !== null).map((m) => `${m.date} ${m.time} ${m.place.name}`);
    expect(lines).toContain('2014-05-24 13:45 Amman');
    expect(lines).toContain('2014-05-25 09:30 Bethlehem');
    expect(lines.filter((line) => line.endsWith('Bethlehem'))).toEqual(['2014-05-25 09:30 Bethlehem']);
  });
});

describe('"held separate meetings with" one guest after another', () => {
  it('English: one meeting with each of them', () => {
    const found = en(
      'RIYADH - Foreign Minister Badr Albusaidi held separate meetings on Monday with Saudi Foreign Minister Prince Faisal bin Farhan and GCC Secretary-General Jasem Albudaiwi in Riyadh.',
      '2024-04-29',
      'Asia/Riyadh',
    );
    expect(found.map((m) => people(m).length)).toEqual([2, 2]);
  });

  it('Arabic: "عقد لقاءات منفصلة مع"', () => {
    const found = ar(
      'عقد وزير الخارجية بدر البوسعيدي اليوم الاثنين في الرياض لقاءات منفصلة مع وزير الخارجية السعودي الأمير فيصل بن فرحان والأمين العام لمجلس التعاون جاسم البديوي.',
      '2024-04-29',
      'Asia/Riyadh',
    );
    expect(found.map((m) => people(m).length)).toEqual([2, 2]);
  });
});

describe('"لقاءات جانبية مع كل من …": side meetings, one per guest', () => {
  it('an adjective between the meetings and مع still lists their guests', () => {
    const found = ar(
      'وعقد الرئيس جوزاف عون اليوم في نيويورك لقاءات جانبية مع كل من الرئيس السوري أحمد الشرع، والرئيس العراقي عبد اللطيف رشيد، ورئيسة وزراء إيطاليا جيورجيا ميلوني.',
      '2025-09-23',
      'America/New_York',
    );
    expect(found.map((m) => people(m).length)).toEqual([2, 2, 2]);
  });
});

describe("a schedule's line naming no one", () => {
  it('"10.15: The India-China Business Forum" is the visitor\'s meeting at that time; "15.00: Visit to the Yu Garden" is none', () => {
    const story = [
      'Modi in China: the schedule',
      '',
      'Prime Minister Narendra Modi begins a three-day visit to China on Thursday.',
      '',
      'Saturday, May 16 (Shanghai)',
      '09.30: The PM meets chief executives of leading Chinese companies',
      '10.15: The India-China Business Forum',
      '15.00: Visit to the Yu Garden',
    ].join('\n');
    // (a line of a visit to a sight is no meeting)
    const lines = en(story, '2015-05-14', 'Asia/Kolkata').filter((m) => m.time !== null);
    expect(lines.map((m) => `${m.date} ${m.time} ${m.place.name}`)).toEqual([
      '2015-05-16 09:30 Shanghai',
      '2015-05-16 10:15 Shanghai',
    ]);
    expect(people(lines[1]!)).toEqual(['Narendra Modi']);
  });
});

describe('"in his meeting with X", "in another meeting with Y": each guest of a day of talks', () => {
  it('an Arabic minister\'s meetings told one paragraph each ("وخلال اجتماعه ب…", "وفي اجتماع آخر مع…") are one meeting per guest, that day, there', () => {
    const found = ar(
      [
        'المنامة - بنا',
        '',
        'التقى وزير الخارجية الشيخ خالد بن أحمد آل خليفة اليوم الأحد عدداً من المسؤولين المشاركين في منتدى حوار المنامة.',
        '',
        'وخلال اجتماعه بوزير خارجية جمهورية مصر العربية سامح شكري، أكد وزير الخارجية عمق العلاقات بين البلدين.',
        '',
        'وفي اجتماع آخر مع وزير خارجية كندا جون بيرد، أشاد الشيخ خالد بن أحمد بعلاقات الصداقة.',
      ].join('\n'),
      '2014-12-07',
      'Asia/Bahrain',
    );
    const guests = found.filter((m) => people(m).length === 2);
    expect(guests.map((m) => people(m).find((p) => p !== 'Khalid bin Ahmed Al Khalifa'))).toEqual([
      'Sameh Shoukry',
      'John Baird',
    ]);
    for (const m of guests) {
      expect(people(m)).toContain('Khalid bin Ahmed Al Khalifa');
      expect([m.date, m.place.name, m.status]).toEqual(['2014-12-07', 'Manama', 'held']);
    }
  });

  it('an English minister\'s "In his meeting with …" and "also met …" each go to the visitor, not to the guest before', () => {
    const found = en(
      [
        'Minister of Foreign Affairs Ayman Safadi on Saturday held talks in Munich with French Foreign Minister Jean-Marc Ayrault.',
        '',
        'In his meeting with Italian Foreign Minister Angelino Alfano, Safadi spoke of the refugees Jordan hosts.',
        '',
        'The minister also met UN Secretary-General Antonio Guterres to discuss the refugee question.',
      ].join('\n'),
      '2017-02-18',
      'Asia/Amman',
    );
    expect(found.map(people)).toEqual([
      ['Ayman Safadi', 'Jean-Marc Ayrault'],
      ['Angelino Alfano', 'Ayman Safadi'],
      ['Antonio Guterres', 'Ayman Safadi'],
    ]);
    expect(new Set(found.map((m) => `${m.date} ${m.place.name} ${m.status}`))).toEqual(
      new Set(['2017-02-18 Munich held']),
    );
  });

  it('"اجتماعه", "اجتماع آخر", "his meeting", "another meeting" are meetings of the day in hand; a verb with its object, a جولة, "the meeting" are not', () => {
    const words = (text: string) => clauses(text).flatMap((clause) => clause.tokens);
    const told = (text: string, word: string) => {
      const tokens = words(text);
      return oneOfTheVisit(
        tokens,
        tokens.findIndex((token) => token.text === word),
      );
    };
    expect(told('وخلال اجتماعه بوزير الخارجية', 'اجتماعه')).toBe(true);
    expect(told('وفي لقائهما أمس', 'لقائهما')).toBe(true);
    expect(told('وفي اجتماع آخر مع الوزير', 'اجتماع')).toBe(true);
    expect(told('In his meeting with the minister', 'meeting')).toBe(true);
    expect(told('In another meeting, the minister', 'meeting')).toBe(true);
    expect(told('مباحثات يعقدها مع نظيره', 'يعقدها')).toBe(false);
    expect(told('واستقبله الرئيس', 'واستقبله')).toBe(false);
    expect(told('تحتضن الرياض جولة محادثات', 'جولة')).toBe(false);
    expect(told('After the meeting with the minister', 'meeting')).toBe(false);
  });
});

describe('a closed session and the one with the delegations', () => {
  it('"لقاء مغلق … ويلي اللقاء المغلق اجتماع ثنائي موسع": two meetings of the day, there, the second with the same leaders', () => {
    const found = ar(
      'ومن المقرر أن يعقد الرئيس المصري محمد مرسي والرئيس السوداني عمر البشير اليوم لقاء مغلقاً في قاعة الصداقة بالخرطوم.\n\nويلي اللقاء المغلق اجتماع ثنائي موسع ينضم إليه عدد من وزراء البلدين.',
      '2013-04-04',
      'Africa/Cairo',
    );
    expect(found.map((m) => `${m.date} ${m.place.name} ${m.status}`)).toEqual([
      '2013-04-04 Khartoum scheduled',
      '2013-04-04 Khartoum scheduled',
    ]);
    for (const m of found) expect(people(m)).toEqual(['Mohamed Morsi', 'Omar al-Bashir']);
  });

  it('"one-on-one talks … followed by an expanded meeting": two meetings', () => {
    const found = en(
      'President Donald Trump and North Korean leader Kim Jong Un will hold one-on-one talks in Hanoi on Wednesday evening. The one-on-one meeting will be followed by an expanded meeting with their delegations.',
      '2019-02-26',
      'Asia/Bangkok',
    );
    expect(found.map((m) => `${m.date} ${m.place.name}`)).toEqual(['2019-02-27 Hanoi', '2019-02-27 Hanoi']);
  });

  it('one session told twice ("a closed meeting … during the closed meeting") stays one meeting', () => {
    const found = en(
      "Lebanese President Michel Aoun held a closed meeting with US Secretary of State Rex Tillerson in Baabda on Thursday. During the closed meeting, Aoun stressed Lebanon's right to its maritime border.",
      '2018-02-15',
      'Asia/Beirut',
    );
    expect(found).toHaveLength(1);
  });
});

describe('two guests received one after the other', () => {
  it('"ثم", "held similar meetings with": a meeting with each guest', () => {
    const sideline = ar(
      'وعلى هامش القمة، استقبل الرئيس الجزائري عبد المجيد تبون اليوم الاثنين رئيس الوزراء الهولندي مارك روته، ثم رئيسة الوزراء الإيطالية جورجيا ميلوني.',
      '2022-11-07',
    );
    expect(sideline.map(people)).toEqual([
      ['Abdelmadjid Tebboune', 'Mark Rutte'],
      ['Abdelmadjid Tebboune', 'Giorgia Meloni'],
    ]);
    const munich = en(
      "Saudi Foreign Minister Prince Faisal bin Farhan met British Foreign Secretary David Cameron in Munich on Friday. Prince Faisal held similar meetings with Canada's Foreign Minister Melanie Joly and Bulgaria's Foreign Minister Mariya Gabriel.",
      '2024-02-17',
    );
    expect(munich.map((m) => people(m).at(-1))).toEqual(['David Cameron', 'Melanie Joly', 'Mariya Gabriel']);
  });

  it('the word may stand before the verb or after the guests ("separately met", "with each"; a review\'s sentences)', () => {
    const cairo = en(
      "Egyptian President Abdel Fattah al-Sisi separately met Jordan's King Abdullah and Palestinian President Mahmoud Abbas in Cairo on Tuesday, the presidency said.",
      '2024-01-10',
    );
    expect(cairo.map((m) => people(m).at(-1))).toEqual(['Abdullah', 'Mahmoud Abbas']);
    const ankara = en(
      'Turkish Foreign Minister Hakan Fidan met Iraqi Foreign Minister Fuad Hussein and Lebanese caretaker Foreign Minister Abdallah Bou Habib in Ankara on Thursday, holding talks with each on regional security.',
      '2024-02-29',
    );
    expect(ankara).toHaveLength(2);
  });

  it('"talks with the president and the foreign minister" stays one meeting', () => {
    const moscow = en(
      'On Tuesday Kerry travels on to Moscow, where he is to hold talks with President Vladimir Putin and Russian Foreign Minister Sergei Lavrov.',
      '2015-12-13',
    );
    expect(moscow.map(people)).toEqual([['Vladimir Putin', 'Sergei Lavrov']]);
  });
});

describe("a bilateral told beside a body's meeting", () => {
  it('is its own meeting, not the council session that names nobody', () => {
    const found = en(
      'Egyptian Foreign Minister Sameh Shoukry held talks on Sunday with Hadi al-Bahra, head of the Syrian National Coalition, on the sidelines of the meeting of the Arab League Council of Foreign Ministers in Cairo. Shoukry also met his Yemeni counterpart Jamal al-Salal on Sunday at the Arab League headquarters.',
      '2014-09-08',
    );
    const salal = found.filter((m) => people(m).includes('Jamal al-Salal'));
    expect(salal).toHaveLength(1);
    expect(people(salal[0]!)).toEqual(['Sameh Shoukry', 'Jamal al-Salal']);
  });
});

describe('talks after an arrival in the evening', () => {
  const day = (found: MeetingDraft[]) => found.map((m) => `${m.date} ${m.place.name}`);
  it('are held the next day, not the night of the arrival', () => {
    expect(
      day(
        en(
          'Iranian Foreign Minister Abbas Araqchi arrived in Cairo late on Wednesday for talks with Egyptian officials.',
          '2024-10-17',
        ),
      ),
    ).toEqual(['2024-10-17 Cairo']);
    expect(
      day(
        en(
          'US Secretary of State Antony Blinken, who landed in Cairo on Wednesday evening, will hold talks with Foreign Minister Sameh Shoukry.',
          '2024-10-17',
        ),
      ),
    ).toEqual(['2024-10-17 Cairo']);
    expect(
      day(
        ar(
          'وصل نائب رئيس الوزراء الروسي يوري بوريسوف إلى دمشق مساء الأحد، مترئساً وفداً رسمياً لإجراء محادثات مع المسؤولين السوريين.',
          '2020-09-07',
        ),
      ),
    ).toEqual(['2020-09-07 Damascus']);
  });

  it('"ahead of talks", and a past arrival before "and will hold talks" (a review\'s sentences)', () => {
    expect(
      day(
        en(
          'Kenyan President William Ruto arrived in Seoul on Monday evening ahead of talks with South Korean President Yoon Suk Yeol.',
          '2024-06-04',
        ),
      ),
    ).toEqual(['2024-06-04 Seoul']);
    expect(
      day(
        en(
          'Indian Foreign Minister S. Jaishankar landed in Moscow on Monday evening and will hold talks with Russian Foreign Minister Sergei Lavrov.',
          '2023-12-26',
        ),
      ),
    ).toEqual(['2023-12-26 Moscow']);
  });

  it('"arrived … on Sunday and is expected to meet … on Monday": the meeting\'s own day (a review\'s sentence)', () => {
    expect(
      day(
        en(
          'Iranian Foreign Minister Abbas Araqchi arrived in Cairo on Sunday and is expected to meet President Abdel Fattah al-Sisi on Monday.',
          '2024-03-10',
        ),
      ),
    ).toEqual(['2024-03-11 Cairo']);
  });

  it('a morning arrival, or talks with a day of their own, keep their day', () => {
    expect(
      day(
        en(
          'Iranian Foreign Minister Abbas Araqchi arrived in Cairo on Wednesday morning for talks with Egyptian officials.',
          '2024-10-17',
        ),
      ),
    ).toEqual(['2024-10-16 Cairo']);
    expect(
      day(
        en(
          'Russian Foreign Minister Sergei Lavrov landed in Cairo on Tuesday evening and is scheduled to hold talks with the Egyptian leadership on Thursday.',
          '2024-10-16',
        ),
      ),
    ).toEqual(['2024-10-17 Cairo']);
  });
});

describe("a visitor's meetings told one after another", () => {
  const withWhom = (found: MeetingDraft[]) =>
    found
      .map((m) => `${m.date} ${m.place.name ?? '-'} ${people(m).sort().join(' + ')}`)
      .filter((line) => line.includes('+'))
      .sort();

  it('"held discussions with", then "also talked with" someone else: two talks of that day, there', () => {
    const found = en(
      "ADDIS ABABA — Prime Minister Abiy Ahmed held discussions on Monday with South Sudan's President Salva Kiir on the margins of the African Union summit in Addis Ababa. Abiy also talked with Djibouti's President Ismail Omar Guelleh about the railway.",
      '2020-02-10',
    );
    expect(withWhom(found)).toContain('2020-02-10 Addis Ababa Abiy Ahmed + Ismail Omar Guelleh');
    expect(withWhom(found)).toContain('2020-02-10 Addis Ababa Abiy Ahmed + Salva Kiir Mayardit');
  });

  it('"sat down at the palace with", a place between the verb and "with"; "the King" is the king the story named', () => {
    const found = en(
      'AMMAN — King Abdullah came back home on Thursday after a tour of Europe.\n\nOn Wednesday, the King sat down in Paris with French President Emmanuel Macron.',
      '2020-01-16',
    );
    expect(withWhom(found)).toEqual(['2020-01-15 Paris Abdullah + Emmanuel Macron']);
  });

  it('a meeting the next sentence says "also" of is on the day, and in the city, that sentence told', () => {
    const found = en(
      "AMMAN — King Abdullah came back home on Thursday after a tour of Europe.\n\nIn Strasbourg on Wednesday, the King spoke before the European Parliament.\n\nThe King also held a meeting with David Sassoli, the Parliament's president.",
      '2020-01-16',
    );
    expect(withWhom(found)).toEqual(['2020-01-15 Strasbourg Abdullah + David Sassoli']);
  });

  it('"يلتقي الرئيس أبناء الجالية …، كما يلتقي …": the community and the minister are two meetings', () => {
    const found = ar(
      'الخرطوم - يزور الرئيس محمد مرسي السودان يومي الخميس والجمعة.\n\nوفي يوم الجمعة، يلتقي الرئيس مرسي أبناء الجالية المصرية في أحد فنادق الخرطوم، كما يلتقي النائب الأول للرئيس السوداني علي عثمان محمد طه في مقر إقامته.',
      '2013-04-04',
      'Africa/Khartoum',
    );
    const friday = found.filter((m) => m.date === '2013-04-05');
    expect(friday.map((m) => people(m).length).sort()).toEqual([1, 2]);
    for (const m of friday) expect(people(m)).toContain('Mohamed Morsi');
  });

  it('no talks: "there had been no discussions with Washington", "talked with Sky News", "sat down for an interview with CNN"', () => {
    for (const text of [
      'BAGHDAD — Iraqi Prime Minister Adel Abdul Mahdi said on Thursday there had been no discussions with Washington on a troop withdrawal.',
      'WASHINGTON — Secretary of State Mike Pompeo said on Thursday that Iran is not talking with the United States.',
      'Speaking in London on Thursday, Foreign Secretary Dominic Raab talked with Sky News about Iran.',
      'Secretary of State Mike Pompeo sat down for an interview with CNN in Washington on Thursday.',
    ])
      expect(en(text, '2020-01-16')).toEqual([]);
  });

  it('no journey: "the refugees went to Turkey and Lebanon"; "the King of Bahrain" is not the king named before', () => {
    const went = en(
      'Secretary of State Mike Pompeo met Foreign Minister Heiko Maas in Berlin on Thursday. Most of the refugees went to Turkey and Lebanon last week.',
      '2020-01-16',
    );
    expect(went.map((m) => m.place.name)).toEqual(['Berlin']);
    const kings = en(
      'Secretary of State Mike Pompeo met King Abdullah in Amman on Thursday. On Friday he will meet the King of Bahrain in Manama.',
      '2020-01-16',
    );
    expect(kings.find((m) => m.place.name === 'Manama')?.participants.map((p) => p.name)).not.toContain('Abdullah');
  });

  it('"also" after a clause that names nobody there is no stay: "A rocket hit the consulate in Basra on Tuesday. Pompeo also met …"', () => {
    const found = en(
      'Secretary of State Mike Pompeo is on a tour of the Middle East. A rocket hit the US consulate in Basra on Tuesday. Pompeo also met Kurdish leader Masoud Barzani.',
      '2020-01-16',
    );
    expect(found.map((m) => `${m.date} ${m.place.name ?? '-'}`)).toEqual(['2020-01-16 -']);
  });

  it('"will talk about defense questions with senior Polish officials": talks with those the next words name', () => {
    const found = en(
      'In Warsaw on Tuesday, Secretary of State John Kerry will talk about defense questions with senior Polish officials.',
      '2013-10-31',
    );
    expect(found.map((m) => `${m.date} ${m.place.name}`)).toEqual(['2013-11-05 Warsaw']);
  });

  it('"وتبدأ لقاءات ماكرون غداً الأحد باجتماع مع …، يليه لقاء مع …، ثم مع …": a meeting with each host that day', () => {
    const found = ar(
      'وصل الرئيس الفرنسي إيمانويل ماكرون اليوم السبت إلى بيروت في زيارة تستمر يومين.\n\nوتبدأ لقاءات ماكرون غداً الأحد باجتماع مع رئيس الجمهورية ميشال عون، يليه لقاء مع رئيس مجلس النواب نبيه بري، ثم مع رئيس الحكومة حسان دياب.',
      '2020-08-01',
      'Asia/Beirut',
    );
    expect(withWhom(found)).toEqual([
      '2020-08-02 Beirut Emmanuel Macron + Hassan Diab',
      '2020-08-02 Beirut Emmanuel Macron + Michel Aoun',
      '2020-08-02 Beirut Emmanuel Macron + Nabih Berri',
    ]);
  });

  it('"A met B … A and B also met C" that day: the second meeting names someone new, and is another', () => {
    const found = en(
      'Greek Foreign Minister Nikos Dendias met his Turkish counterpart Mevlut Cavusoglu in Ankara on Thursday. Dendias and Cavusoglu also met President Recep Tayyip Erdogan in Ankara on Thursday.',
      '2021-04-15',
    );
    expect(withWhom(found)).toEqual([
      '2021-04-15 Ankara Mevlut Cavusoglu + Nikos Dendias',
      '2021-04-15 Ankara Mevlut Cavusoglu + Nikos Dendias + Recep Tayyip Erdogan',
    ]);
  });

  it('"the Prime Minister" after a story that opened with Prime Minister Orban, named again without his title, is Orban', () => {
    const found = en(
      'Prime Minister Ludovic Orban is in Brussels on a working visit that runs from Tuesday to Thursday.\n\nOn Wednesday, Orban will be at the European Parliament.\n\nOn Thursday, the Prime Minister will hold a bilateral meeting with European Commission President Ursula von der Leyen.',
      '2020-01-07',
    );
    expect(withWhom(found)).toContain('2020-01-09 Brussels Ludovic Orban + Ursula von der Leyen');
  });

  it("a second review's sentences: one meeting, or none, as each says", () => {
    const places = (text: string, published = '2020-01-16') => en(text, published).map((m) => m.place.name ?? '-');
    // "also" in the first mention, or in one that adds who attended, is the same meeting
    expect(
      places(
        "On Thursday, Egyptian Foreign Minister Sameh Shoukry also met his Greek counterpart Nikos Dendias in Cairo. During Thursday's meeting, Greek Foreign Minister Nikos Dendias stressed the need for calm.",
      ),
    ).toEqual(['Cairo']);
    expect(
      places(
        "Egyptian Foreign Minister Sameh Shoukry met his Greek counterpart Nikos Dendias in Cairo on Thursday. Shoukry and Dendias also discussed Libya at Thursday's meeting, attended by Egyptian Defence Minister Mohamed Zaki.",
      ),
    ).toEqual(['Cairo']);
    // "Al Thani" is a name, not Al Jazeera; "talked with them … if invited" names no one
    expect(
      places('US Secretary of State Antony Blinken talked with Sheikh Tamim Al Thani in Doha on Thursday.'),
    ).toEqual(['Doha']);
    expect(
      places('Ethiopian Prime Minister Abiy Ahmed said he would have talked with them on Thursday if invited.'),
    ).toEqual([]);
    // the council "at the summit level" is the summit, which moves
    expect(
      places(
        'Iraqi President Barham Salih arrived in Jeddah on Thursday for the Arab summit. On the sidelines of the Arab League Council at the summit level, Salih met Egyptian President Abdel Fattah al-Sisi on Thursday.',
        '2023-05-18',
      ),
    ).toEqual(['Jeddah']);
  });

  it('"the Prime Minister" after "Hungarian Prime Minister Viktor Orban" is Orban', () => {
    const found = en(
      'Hungarian Prime Minister Viktor Orban arrived in Ankara on Wednesday. On Thursday, the Prime Minister met Turkish President Recep Tayyip Erdogan.',
      '2020-01-16',
    );
    expect(withWhom(found)).toEqual(['2020-01-16 Ankara Recep Tayyip Erdogan + Viktor Orban']);
  });
});

describe('a series of meetings on the sidelines, told one by one', () => {
  const story = [
    'على هامش القمة العربية.. عطاف يكثف مشاوراته مع نظرائه',
    'أجرى وزير الخارجية الجزائري أحمد عطاف، اليوم ببغداد، سلسلة من اللقاءات الثنائية مع عدد من نظرائه، وذلك على هامش أشغال القمة العربية.',
    'وفي هذا الإطار، اجتمع عطاف بوزير الشؤون الخارجية والهجرة والتونسيين بالخارج للجمهورية التونسية، محمد علي النفطي، ثم بوزير الشؤون الخارجية والتعاون للجمهورية الإسلامية الموريتانية، محمد سالم ولد مرزوك.',
    'كما شملت لقاءاته وزير الشؤون الخارجية لجمهورية الصومال الفيدرالية، عبد السلام عبدي علي، إلى جانب وزير الشؤون الخارجية لجمهورية جيبوتي، عبد القادر حسين عمر.',
  ].join('\n\n');

  it('"سلسلة من اللقاءات": each counterpart named after it is a meeting of that day, the minister in each', () => {
    const found = ar(story, '2025-05-17', 'Asia/Baghdad');
    const withGuest = found.filter((m) => people(m).length === 2);
    expect(withGuest.map((m) => `${m.date} ${m.place.name} ${people(m).join(' + ')}`).sort()).toEqual([
      '2025-05-17 Baghdad Ahmed Attaf + Mohamed Ali Nafti',
      '2025-05-17 Baghdad Ahmed Attaf + Mohamed Salem Ould Merzoug',
      '2025-05-17 Baghdad Ahmed Attaf + عبد السلام عبدي علي',
      '2025-05-17 Baghdad Ahmed Attaf + عبد القادر حسين عمر',
    ]);
  });

  it('the series itself is no meeting of its own beside them', () => {
    const found = ar(story, '2025-05-17', 'Asia/Baghdad');
    expect(found.filter((m) => people(m).length === 1)).toHaveLength(1);
    expect(found.every((m) => people(m).includes('Ahmed Attaf'))).toBe(true);
  });
});

describe('meetings a visit includes', () => {
  it('"في زيارة تتضمن لقاءات مع رئيس الجمهورية … ورئيس الوزراء … ووزير الخارجية …": one meeting each, on the visit\'s day', () => {
    const found = ar(
      'وصل وزير الخارجية الإيراني عباس عراقجي اليوم الأحد إلى بغداد في زيارة تتضمن لقاءات مع رئيس الجمهورية عبد اللطيف رشيد ورئيس الوزراء محمد شياع السوداني ووزير الخارجية فؤاد حسين.',
      '2024-10-13',
      'Asia/Baghdad',
    );
    expect(found.map((m) => `${m.date} ${m.place.name} ${people(m).join(' + ')}`)).toEqual([
      '2024-10-13 Baghdad Abbas Araghchi + Abdul Latif Rashid',
      '2024-10-13 Baghdad Abbas Araghchi + Mohammed Shia al-Sudani',
      '2024-10-13 Baghdad Abbas Araghchi + Fuad Hussein',
    ]);
  });
});

describe('"sit down together"', () => {
  it('"on Saturday morning the two leaders will sit down together once more": a meeting of that day', () => {
    const found = en(
      'Turkish President Recep Tayyip Erdogan is due in Berlin on Thursday for talks with Chancellor Angela Merkel. On Saturday morning the two leaders will sit down together once more, over a working breakfast.',
      '2018-09-26',
    );
    expect(found.map((m) => `${m.date} ${m.place.name}`)).toEqual(['2018-09-27 Berlin', '2018-09-29 Berlin']);
  });
});
