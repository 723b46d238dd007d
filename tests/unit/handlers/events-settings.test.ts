/** `/settings events` and `/settings show` (src/handlers/events-settings.ts), in both languages. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScheduledEventRepository } from '../../../db/scheduled-event-repository.js';
import { settingsCommand } from '../../../commands/settings.js';
import type { CommandContext } from '../../../commands/command.js';
import { MANAGE_GUILD } from '../../../src/handlers/permissions.js';
import {
  handlerContext,
  meetingDraft,
  openTestCalendar,
  replyText,
  type TestCalendar,
} from '../../helpers/calendar.js';

let calendar: TestCalendar;
let events: ScheduledEventRepository;
beforeEach(() => {
  calendar = openTestCalendar({ seed: false });
  events = new ScheduledEventRepository(calendar.db);
});
afterEach(() => calendar.close());

function context(permissions: bigint | null = null, locale: 'en' | 'ar' = 'en'): CommandContext {
  return { ...handlerContext(calendar.scope, undefined, locale), actor: { userId: 'u', permissions }, events };
}

const run = (ctx: CommandContext, subcommand: string, options: Record<string, string | number> = {}) =>
  settingsCommand.run(ctx, { subcommand, options });

describe('/settings events', () => {
  it('turns the sync on for 14 days, or as many as asked, and off again keeping the days', async () => {
    const on = replyText(await run(context(MANAGE_GUILD), 'events', { sync: 'on' }));
    expect(on).toMatch(/Discord Events: on: meetings of the next 14 days · 0 events in Discord/);
    await run(context(MANAGE_GUILD), 'events', { sync: 'on', days: 30 });
    expect(events.settings(calendar.scope.calendar.id)).toMatchObject({ enabled: true, days: 30 });
    const off = replyText(await run(context(MANAGE_GUILD), 'events', { sync: 'off' }));
    expect(off).toMatch(/Discord Events: off/);
    expect(events.settings(calendar.scope.calendar.id)).toMatchObject({ enabled: false, days: 30 });
  });

  it('is refused without Manage Server, for days out of 1-90, and where there is no Discord', async () => {
    await expect(async () => run(context(0n), 'events', { sync: 'on' })).rejects.toThrow(/Manage Server/);
    await expect(async () => run(context(MANAGE_GUILD), 'events', { sync: 'on', days: 91 })).rejects.toThrow(/1 to 90/);
    const terminal = handlerContext(calendar.scope);
    await expect(async () => run(terminal, 'events', { sync: 'on' })).rejects.toThrow(/set in a Discord server/);
    expect(events.settings(calendar.scope.calendar.id).enabled).toBe(false);
  });

  it('/settings show says, in Arabic too, why it is paused and which events were removed by hand', async () => {
    const id = calendar.scope.calendar.id;
    calendar.scope.store.addMeetings([meetingDraft({ title: 'Talks', date: '2030-01-01' })], { now: 0 });
    events.setSync(id, true, 14);
    events.claim(id, 1, 0, false);
    events.recordLive(id, 1, '900', null, 0);
    events.removedInDiscord('900', 0);
    events.block(id, 'missing the Create Events permission');
    const en = replyText(await run(context(), 'show'));
    expect(en).toMatch(/paused: Discord refused \(missing the Create Events permission\)/);
    expect(en).toMatch(/removed by hand in Discord, not made again: #1/);
    const ar = replyText(await run(context(null, 'ar'), 'show'));
    expect(ar).toMatch(/فعاليات ديسكورد: \n {2}مفعّلة: اجتماعات الـ١٤ يوماً القادمة · لا فعاليات في ديسكورد/);
    expect(ar).toMatch(/حُذفت يدوياً في ديسكورد ولن تُنشأ ثانية: #1/);
  });
});
