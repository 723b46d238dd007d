/**
 * Finding a story's meetings in real news copy: words that look like sport but are diplomacy,
 * programmes of several meetings, status told by the verb. Articles written for the test
 * (Tuesday 2020-01-28).
 */
import { describe, expect, it } from 'vitest';
import { ar, brief, en } from '../../helpers/read-story.js';

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
