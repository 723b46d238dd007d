/**
 * Events' covers (src/events-sync/covers.ts): the month picture of a calendar's month as a PNG
 * data URI, drawn again only when the month's picture changed, and none (logged once) when the
 * picture is larger than Discord takes. Meetings in Europe/Berlin.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MonthCovers } from '../../../src/events-sync/covers.js';
import { createLogger } from '../../../src/logger.js';
import { renderPng } from '../../../src/picture/render-png.js';
import { addMeeting, meetingDraft, openTestCalendar, type TestCalendar } from '../../helpers/calendar.js';

const BERLIN = 'Europe/Berlin';
let calendar: TestCalendar;
let drawn: number;
let logged: string[];

beforeEach(() => {
  calendar = openTestCalendar({ seed: false });
  drawn = 0;
  logged = [];
  addMeeting(calendar.scope, meetingDraft({ title: 'Geneva talks', date: '2020-03-05', timezone: BERLIN }));
});
afterEach(() => calendar.close());

function covers(maxBytes?: number): MonthCovers {
  return new MonthCovers({
    calendars: { forCalendar: () => calendar.scope.store },
    logger: createLogger('info', [], (line) => logged.push(line)),
    maxBytes,
    render: (svg) => {
      drawn++;
      return renderPng(svg);
    },
  });
}

const id = () => calendar.scope.calendar.id;

describe('a month’s cover', () => {
  it('is the month picture as a PNG data URI, drawn once while the month does not change, again when it does', async () => {
    const source = covers();
    const first = await source.monthCover(id(), '2020-03');
    expect(first?.dataUri).toMatch(/^data:image\/png;base64,/);
    const png = Buffer.from(first!.dataUri.split(',')[1]!, 'base64');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1000);
    expect(await source.monthCover(id(), '2020-03')).toEqual(first);
    expect(drawn).toBe(1);

    // Another month is its own picture; a meeting added to March changes March's.
    const april = await source.monthCover(id(), '2020-04');
    expect(april?.hash).not.toBe(first?.hash);
    addMeeting(calendar.scope, meetingDraft({ title: 'Amman round', date: '2020-03-20', timezone: BERLIN }));
    const changed = await source.monthCover(id(), '2020-03');
    expect(changed?.hash).not.toBe(first?.hash);
    expect(drawn).toBe(3);
  });

  it('is none when the picture is larger than Discord takes, said in the log once', async () => {
    const source = covers(1_000);
    expect(await source.monthCover(id(), '2020-03')).toBeNull();
    addMeeting(calendar.scope, meetingDraft({ title: 'Amman round', date: '2020-03-20', timezone: BERLIN }));
    expect(await source.monthCover(id(), '2020-03')).toBeNull();
    expect(await source.monthCover(id(), '2020-04')).toBeNull();
    expect(logged.filter((line) => line.includes('too large for an event cover'))).toHaveLength(1);
    expect(drawn).toBe(3);
  });
});
