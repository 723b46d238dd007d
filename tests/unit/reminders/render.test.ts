import { describe, expect, it } from 'vitest';
import type { ReminderBatch } from '../../../src/reminders/types.js';
import type { Meeting } from '../../../src/calendar/types.js';
import { renderBatch } from '../../../src/reminders/deliver.js';
import { terminalPresenter } from '../../../src/replies/presenter.js';

function meeting(id: number, precision: Meeting['precision'], date: string, endDate: string): Meeting {
  return {
    number: id,
    calendarId: 1,
    title: `Meeting ${id}`,
    titleAr: null,
    precision,
    date,
    endDate,
    time: null,
    startsAt: Date.parse(`${date}T00:00:00Z`),
    endsAt: Date.parse(`${endDate}T00:00:00Z`) + 86_400_000,
    timezone: 'UTC',
    zone: 'UTC',
    place: { name: 'Geneva', nameAr: 'جنيف', country: 'CH' },
    status: 'tentative',
    evidence: null,
    participants: [],
    sources: [],
    createdAt: 0,
    updatedAt: 0,
    revision: 0,
  };
}

function batch(...kinds: [number, string][]): ReminderBatch {
  return {
    nonce: 'diwan-r1',
    calendarId: 1,
    channelId: '1',
    reminders: kinds.map(([meetingNumber, kind], i) => ({
      id: i + 1,
      calendarId: 1,
      meetingNumber,
      channelId: '1',
      kind,
      dueAt: 0,
      late: false,
      attempts: 1,
    })),
  };
}

describe('the words of a reminder', () => {
  const meetings = new Map([
    [1, meeting(1, 'week', '2020-02-03', '2020-02-09')],
    [2, meeting(2, 'month', '2020-02-01', '2020-02-29')],
  ]);

  it('a week-only meeting is "expected this week", a month-only one "expected this month"', () => {
    const reply = renderBatch(batch([1, 'period-start'], [2, 'period-start']), meetings, {
      locale: 'en',
      present: terminalPresenter,
    });
    const text = reply.embeds?.[0]?.description ?? '';
    expect(text).toContain('Expected this week: #1');
    expect(text).toContain('Expected this month: #2');
    expect(reply.embeds?.[0]?.title).toBe('⏰ 2 meetings coming up');
  });

  it('in Arabic', () => {
    const reply = renderBatch(batch([2, 'period-start']), meetings, { locale: 'ar', present: terminalPresenter });
    expect(reply.embeds?.[0]?.description).toContain('متوقع هذا الشهر');
  });
});
