/**
 * The reminder decisions db/reminder-repository.ts writes (src/reminders/plan.ts), pure: a
 * changed meeting's wanted reminders against the rows it has, and what is due grouped into
 * messages. Zones are named; instants are written with their offsets.
 */
import { describe, expect, it } from 'vitest';
import {
  batchDueReminders,
  PASSED_WHEN_PLANNED,
  reconcileReminders,
  REMINDERS_PER_MESSAGE,
} from '../../../src/reminders/plan.js';
import type { DueReminder, ExistingReminder, MeetingTiming } from '../../../src/reminders/types.js';

const BERLIN = 'Europe/Berlin';
const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;
const CHANNEL = '100000000000000001';
const OTHER_CHANNEL = '100000000000000002';

/** A timed meeting in Berlin on 2020-03-12 at 15:00 (14:00 UTC), an hour long. */
const MEETING: MeetingTiming = {
  precision: 'minute',
  startsAt: at('2020-03-12T15:00:00+01:00'),
  endsAt: at('2020-03-12T16:00:00+01:00'),
  date: '2020-03-12',
  zone: BERLIN,
  status: 'scheduled',
};
const NOW = at('2020-03-01T12:00:00Z');
const SETTINGS = { channelId: CHANNEL, leadMinutes: [] as number[] };

function row(id: number, overrides: Partial<ExistingReminder> = {}): ExistingReminder {
  return { id, channelId: CHANNEL, kind: 'lead:60', plannedStart: MEETING.startsAt, status: 'pending', ...overrides };
}

describe('reconcileReminders: a changed meeting against the rows it has', () => {
  it('a new timed meeting gets a pending row for each default lead, at its start, in the server channel', () => {
    expect(reconcileReminders(MEETING, SETTINGS, [], NOW)).toEqual({
      skip: [],
      add: [
        {
          channelId: CHANNEL,
          kind: 'lead:1440',
          plannedStart: MEETING.startsAt,
          dueAt: at('2020-03-11T15:00:00+01:00'),
          status: 'pending',
          reason: null,
        },
        {
          channelId: CHANNEL,
          kind: 'lead:60',
          plannedStart: MEETING.startsAt,
          dueAt: at('2020-03-12T14:00:00+01:00'),
          status: 'pending',
          reason: null,
        },
      ],
    });
  });

  it("uses the server's own leads when it chose some", () => {
    const { add } = reconcileReminders(MEETING, { channelId: CHANNEL, leadMinutes: [30] }, [], NOW);
    expect(add.map((r) => [r.kind, r.dueAt])).toEqual([['lead:30', at('2020-03-12T14:30:00+01:00')]]);
  });

  it('keeps a pending row that is still wanted (the store ignores adding it again)', () => {
    expect(reconcileReminders(MEETING, SETTINGS, [row(1)], NOW).skip).toEqual([]);
  });

  it('a moved meeting: pending rows of the old start are skipped as moved, sent and sending ones are left alone', () => {
    const old = MEETING.startsAt - 2 * HOUR;
    const existing = [
      row(1, { plannedStart: old }),
      row(2, { plannedStart: old, kind: 'lead:1440', status: 'sent' }),
      row(3, { plannedStart: old, kind: 'lead:1440', status: 'sending' }),
    ];
    const { skip, add } = reconcileReminders(MEETING, SETTINGS, existing, NOW);
    expect(skip).toEqual([{ id: 1, reason: 'meeting moved' }]);
    expect(add.map((r) => r.plannedStart)).toEqual([MEETING.startsAt, MEETING.startsAt]);
  });

  it("another channel: the old channel's pending rows are skipped, the new channel's added", () => {
    const { skip, add } = reconcileReminders(MEETING, { channelId: OTHER_CHANNEL, leadMinutes: [60] }, [row(1)], NOW);
    expect(skip).toEqual([{ id: 1, reason: 'meeting moved' }]);
    expect(add.map((r) => r.channelId)).toEqual([OTHER_CHANNEL]);
  });

  it('no channel: nothing is added and pending rows are skipped', () => {
    expect(reconcileReminders(MEETING, { channelId: null, leadMinutes: [] }, [row(1)], NOW)).toEqual({
      skip: [{ id: 1, reason: 'meeting moved' }],
      add: [],
    });
  });

  it('cancelled after a reminder went out: pending rows skipped as cancelled, and a notice due now', () => {
    const cancelled = { ...MEETING, status: 'cancelled' as const };
    const existing = [row(1, { kind: 'lead:1440', status: 'sent' }), row(2)];
    expect(reconcileReminders(cancelled, SETTINGS, existing, NOW)).toEqual({
      skip: [{ id: 2, reason: 'meeting cancelled' }],
      add: [
        {
          channelId: CHANNEL,
          kind: 'cancelled',
          plannedStart: MEETING.startsAt,
          dueAt: NOW,
          status: 'pending',
          reason: null,
        },
      ],
    });
  });

  it('cancelled before any reminder went out: no notice; a notice already there is never skipped nor counts as announced', () => {
    const cancelled = { ...MEETING, status: 'cancelled' as const };
    expect(reconcileReminders(cancelled, SETTINGS, [row(2)], NOW).add).toEqual([]);
    const noticeSent = [row(3, { kind: 'cancelled', status: 'sent' }), row(4, { kind: 'cancelled' })];
    expect(reconcileReminders(cancelled, SETTINGS, noticeSent, NOW)).toEqual({ skip: [], add: [] });
  });

  it('a meeting that had begun when planned gets its rows skipped from the start', () => {
    const { add } = reconcileReminders(MEETING, SETTINGS, [], MEETING.startsAt + HOUR);
    expect(add.map((r) => [r.status, r.reason])).toEqual([
      ['skipped', 'meeting had begun when planned'],
      ['skipped', 'meeting had begun when planned'],
    ]);
  });
});

/** A reminder due at 12:00 UTC for a meeting an hour later, never sent before. */
function due(id: number, overrides: Partial<DueReminder> = {}): DueReminder {
  return {
    id,
    calendarId: 1,
    meetingNumber: id,
    channelId: CHANNEL,
    kind: 'lead:60',
    dueAt: NOW,
    attempts: 0,
    batch: null,
    status: 'pending',
    updatedAt: NOW,
    precision: 'minute',
    startsAt: NOW + HOUR,
    endsAt: NOW + 2 * HOUR,
    pausedUntil: null,
    blockedChannelId: null,
    ...overrides,
  };
}

describe('reconcileReminders: reminders whose time has passed when the meeting is planned', () => {
  it('a meeting added an hour and a half ahead gets its 1-hour reminder, not the 1-day one', () => {
    const planned = MEETING.startsAt - 90 * 60_000;
    const { add } = reconcileReminders(MEETING, SETTINGS, [], planned);
    expect(add.map((r) => [r.kind, r.status, r.reason])).toEqual([
      ['lead:1440', 'skipped', PASSED_WHEN_PLANNED],
      ['lead:60', 'pending', null],
    ]);
  });

  it('a reminder due a minute before planning (within the beat) still goes out', () => {
    const planned = MEETING.startsAt - 61 * 60_000;
    const { add } = reconcileReminders(MEETING, SETTINGS, [], planned);
    expect(add.find((r) => r.kind === 'lead:60')).toMatchObject({ status: 'pending', reason: null });
  });
});

describe('batchDueReminders: what is due, grouped into messages', () => {
  it('says "late" only for reminders that fell due before the bot was up again', () => {
    const backAt = NOW - 10 * 60_000;
    const rows = [
      due(1, { dueAt: NOW - 20 * 60_000 }), // due while the bot was down
      due(2, { dueAt: NOW - 5 * 60_000 }), // due while it was up (a pause, a retry): on time as far as it knew
    ];
    const { batches } = batchDueReminders(rows, NOW, backAt);
    expect(batches[0]!.reminders.map((r) => [r.id, r.late])).toEqual([
      [1, true],
      [2, false],
    ]);
  });

  it(`fills one batch per channel, at most ${REMINDERS_PER_MESSAGE} each, named after its first row`, () => {
    const rows = Array.from({ length: REMINDERS_PER_MESSAGE + 2 }, (_, i) => due(i + 1));
    rows.push(due(100, { channelId: OTHER_CHANNEL }));
    const { begun, batches } = batchDueReminders(rows, NOW);
    expect(begun).toEqual([]);
    expect(batches.map((b) => [b.nonce, b.channelId, b.reminders.length])).toEqual([
      ['diwan-r1', CHANNEL, REMINDERS_PER_MESSAGE],
      ['diwan-r16', CHANNEL, 2],
      ['diwan-r100', OTHER_CHANNEL, 1],
    ]);
  });

  it('counts the attempt and says whether it comes late (over two minutes after it was due)', () => {
    const { batches } = batchDueReminders([due(1, { attempts: 2 }), due(2, { dueAt: NOW - 3 * 60_000 })], NOW);
    expect(batches[0]!.reminders).toEqual([
      {
        id: 1,
        calendarId: 1,
        meetingNumber: 1,
        channelId: CHANNEL,
        kind: 'lead:60',
        dueAt: NOW,
        late: false,
        attempts: 3,
      },
      {
        id: 2,
        calendarId: 1,
        meetingNumber: 2,
        channelId: CHANNEL,
        kind: 'lead:60',
        dueAt: NOW - 3 * 60_000,
        late: true,
        attempts: 1,
      },
    ]);
  });

  it('passes over a paused server until its pause ends, and a refused channel', () => {
    const rows = [
      due(1, { pausedUntil: NOW + 1 }),
      due(2, { pausedUntil: NOW }),
      due(3, { blockedChannelId: CHANNEL }),
      due(4, { channelId: OTHER_CHANNEL, blockedChannelId: CHANNEL }),
    ];
    const { begun, batches } = batchDueReminders(rows, NOW);
    expect(begun).toEqual([]);
    expect(batches.flatMap((b) => b.reminders.map((r) => r.id))).toEqual([2, 4]);
  });

  it('drops a reminder whose meeting has begun, but not a cancellation notice', () => {
    const begunMeeting = { startsAt: NOW - HOUR, endsAt: NOW + HOUR };
    const { begun, batches } = batchDueReminders(
      [due(1, begunMeeting), due(2, { ...begunMeeting, kind: 'cancelled' })],
      NOW,
    );
    expect(begun).toEqual([1]);
    expect(batches.flatMap((b) => b.reminders.map((r) => r.id))).toEqual([2]);
  });

  it('a week or a month is worth a reminder until its period is over', () => {
    const week = { precision: 'week' as const, startsAt: NOW - 2 * 24 * HOUR, endsAt: NOW + 5 * 24 * HOUR };
    expect(batchDueReminders([due(1, week)], NOW).begun).toEqual([]);
  });

  it('sends a row again in its old batch, with the same nonce, even once its meeting has begun', () => {
    const rows = [
      due(5, { batch: 'diwan-r3', startsAt: NOW - HOUR, attempts: 1 }),
      due(6),
      due(7, { batch: 'diwan-r3', attempts: 1 }),
    ];
    const { begun, batches } = batchDueReminders(rows, NOW);
    expect(begun).toEqual([]);
    expect(batches.map((b) => [b.nonce, b.reminders.map((r) => r.id)])).toEqual([
      ['diwan-r3', [5, 7]],
      ['diwan-r6', [6]],
    ]);
  });
});
