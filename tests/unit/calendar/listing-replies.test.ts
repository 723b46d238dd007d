/** The answer a listing gives in Discord and the console: pages, buttons, and what they carry. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listMeetings, type ListingQuery } from '../../../src/handlers/meetings.js';
import { decodeCustomId } from '../../../src/replies/custom-id.js';
import type { Reply } from '../../../src/replies/reply.js';
import {
  addMeetings,
  handlerContext,
  meetingDraft,
  openTestCalendar,
  type TestCalendar,
} from '../../helpers/calendar.js';

let calendar: TestCalendar;
beforeEach(() => {
  calendar = openTestCalendar();
});
afterEach(() => calendar.close());

/** Presses the "Next" button of a reply: the question and page it carries, asked again. */
function pressNext(reply: Reply): Reply {
  const next = reply.buttons?.[1];
  expect(next?.disabled).toBe(false);
  const action = decodeCustomId(next!.customId) as { data: { q: ListingQuery; p: number } };
  return listMeetings(handlerContext(calendar.scope), action.data.q, action.data.p);
}

const json = (reply: Reply) =>
  reply.json!() as { meetings: { title: string }[]; total: number; page: number; pageCount: number };

describe('a listing longer than a page', () => {
  it('has Previous (disabled) and Next buttons, and Next gives page 2 of the same listing', () => {
    addMeetings(
      calendar.scope,
      ...Array.from({ length: 8 }, (_, i) => meetingDraft({ title: `Extra ${i + 1}`, date: '2020-01-31' })),
    );
    const first = listMeetings(handlerContext(calendar.scope), { kind: 'upcoming', days: 7 });
    expect(json(first)).toMatchObject({ total: 13, page: 1, pageCount: 2 });
    expect(first.buttons?.map((b) => [b.label, b.disabled])).toEqual([
      ['◀ Previous', true],
      ['Next ▶', false],
    ]);
    const second = pressNext(first);
    expect(json(second)).toMatchObject({ total: 13, page: 2, pageCount: 2 });
    expect(json(second).meetings.map((m) => m.title)).not.toContain(json(first).meetings[0]!.title);
  });

  it('fits in one page: no buttons', () => {
    expect(listMeetings(handlerContext(calendar.scope), { kind: 'upcoming', days: 7 }).buttons).toBeUndefined();
  });

  it('of a name that matches many participants still pages (no crash on a long button id)', () => {
    addMeetings(
      calendar.scope,
      ...Array.from({ length: 20 }, (_, i) =>
        meetingDraft({
          title: `Meeting ${i + 1}`,
          date: '2020-01-31',
          participants: [{ name: `Qx Person${i + 1}`, nameAr: null, kind: 'person' }],
        }),
      ),
    );
    const first = listMeetings(handlerContext(calendar.scope), { kind: 'participant', name: 'qx' });
    expect(json(first)).toMatchObject({ total: 20, pageCount: 2 });
    for (const button of first.buttons ?? []) expect(button.customId.length).toBeLessThanOrEqual(100);
    const second = pressNext(first);
    expect(json(second)).toMatchObject({ total: 20, page: 2 });
    expect(json(second).meetings).toHaveLength(10);
  });
});
