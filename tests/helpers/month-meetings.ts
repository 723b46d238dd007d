/**
 * Meetings for the month picture's tests and bench: one summary built from a few fields, and a
 * crowded month of diplomatic meetings in Arabic and English, in several zones, drawn from a
 * fixed seed so every run draws the same month.
 */
import type { MeetingStatus, MeetingSummary, Precision } from '../../src/calendar/types.js';
import { Random } from '../../bench/random.js';
import { addDays, localInstant, startOfLocalDay } from '../../src/time/local-days.js';

/** A meeting summary: a day-only meeting on `date` unless `time` or `precision` says otherwise. */
export function summary(fields: Partial<MeetingSummary> & { number: number; date: string }): MeetingSummary {
  const precision: Precision = fields.precision ?? (fields.time ? 'minute' : 'day');
  const zone = fields.zone ?? fields.timezone ?? 'UTC';
  const endDate = fields.endDate ?? fields.date;
  const startsAt = fields.time ? localInstant(fields.date, fields.time, zone) : startOfLocalDay(fields.date, zone);
  return {
    calendarId: 1,
    title: `Meeting ${fields.number}`,
    titleAr: null,
    precision,
    endDate,
    time: fields.time ?? null,
    startsAt,
    endsAt: fields.time ? startsAt + 3_600_000 : startOfLocalDay(addDays(endDate, 1), zone),
    timezone: fields.timezone ?? null,
    zone,
    place: { name: null, nameAr: null, country: null },
    status: 'scheduled',
    ...fields,
  };
}

const TITLES: [string, string][] = [
  ['Small Group on Syria meeting', 'اجتماع «المجموعة المصغرة» حول سورية'],
  ['UN envoy Geir Pedersen visits Damascus', 'المبعوث الأممي غير بيدرسن يزور دمشق'],
  ['Lavrov and Cavusoglu talks on Idlib', 'محادثات لافروف وجاووش أوغلو بشأن إدلب'],
  ['Constitutional Committee session', 'جلسة اللجنة الدستورية'],
  ['Arab League foreign ministers', 'وزراء الخارجية العرب في الجامعة العربية'],
  ['Astana format guarantors meet', 'اجتماع الدول الضامنة لمسار أستانا'],
  ['Jeffrey meets Hariri', 'جيفري يلتقي الحريري'],
  ['Security Council briefing on Syria', 'إحاطة مجلس الأمن حول سورية'],
  ['Brussels donors conference', 'مؤتمر بروكسل للمانحين'],
  ['Gulf Cooperation Council summit', 'قمة مجلس التعاون الخليجي'],
];
const ZONES = ['Asia/Damascus', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'Asia/Riyadh'];
const STATUSES: MeetingStatus[] = ['scheduled', 'scheduled', 'held', 'tentative', 'cancelled'];

/**
 * `count` meetings in `month` (YYYY-MM): mostly timed, some day-only (a few over several days),
 * about one in thirty known only to its week or month.
 */
export function crowdedMonth(month: string, count: number, seed = 7): MeetingSummary[] {
  const random = new Random(seed);
  const next = () => random.next();
  const days = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => {
    const [title, titleAr] = TITLES[Math.floor(next() * TITLES.length)]!;
    const date = `${month}-${String(1 + Math.floor(next() * days)).padStart(2, '0')}`;
    const zone = ZONES[Math.floor(next() * ZONES.length)]!;
    const status = STATUSES[Math.floor(next() * STATUSES.length)]!;
    const kind = next();
    const base = { number: i + 1, title, titleAr, timezone: zone, zone, status, date };
    if (kind < 0.02) return summary({ ...base, precision: 'month', date: `${month}-01`, endDate: `${month}-${days}` });
    if (kind < 0.035) return summary({ ...base, precision: 'week', endDate: addDays(date, 6) });
    if (kind < 0.35) {
      const long = next() < 0.15;
      return summary({ ...base, endDate: long ? addDays(date, 2) : date });
    }
    const time = `${String(8 + Math.floor(next() * 11)).padStart(2, '0')}:${next() < 0.5 ? '00' : '30'}`;
    return summary({ ...base, time });
  });
}
