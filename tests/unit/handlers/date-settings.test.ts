/** `/settings dates` (src/handlers/date-settings.ts): chosen in parts, shown, refused. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settingsCommand } from '../../../commands/settings.js';
import type { CommandContext } from '../../../commands/command.js';
import { MANAGE_GUILD } from '../../../src/handlers/permissions.js';
import type { Reply } from '../../../src/replies/reply.js';
import { handlerContext, openTestCalendar, replyText, type TestCalendar } from '../../helpers/calendar.js';

let calendar: TestCalendar;
beforeEach(() => {
  calendar = openTestCalendar({ seed: false });
});
afterEach(() => calendar.close());

function context(permissions: bigint | null = MANAGE_GUILD, locale: 'en' | 'ar' = 'en'): CommandContext {
  // The scope as a front-end makes it for each command: the calendar's settings read afresh.
  const scope = { ...calendar.scope, calendar: calendar.scope.store.calendarRef() };
  return { ...handlerContext(scope, undefined, locale), actor: { userId: 'u', permissions } };
}

const dates = (ctx: CommandContext, options: Record<string, string>) =>
  settingsCommand.run(ctx, { subcommand: 'dates', options }) as Reply;

describe('/settings dates', () => {
  it('changes only what it is given, and answers with today written in the new style', () => {
    const first = dates(context(), { months: 'egyptian-gulf' });
    expect(first.json!()).toMatchObject({ dates: { months: 'egyptian-gulf', hijri: false, digits: 'arabic-indic' } });
    const second = dates(context(), { hijri: 'on', digits: 'latin' });
    expect(second.json!()).toMatchObject({ dates: { months: 'egyptian-gulf', hijri: true, digits: 'latin' } });
    // The test clock stands at Sunday 26 January 2020 (1 Jumada II 1441).
    expect(replyText(second)).toMatch(
      /Egyptian and Gulf months · Latin digits · with the Hijri date\n\s*الأحد، 26 يناير 2020 \(1 جمادى الآخرة 1441 هـ\)/,
    );
  });

  it('/settings show in Arabic names the style in Arabic', () => {
    dates(context(), { months: 'maghrebi' });
    const shown = settingsCommand.run(context(MANAGE_GUILD, 'ar'), { subcommand: 'show', options: {} }) as Reply;
    expect(replyText(shown)).toContain('الأشهر المغاربية (جانفي) · الأرقام المشرقية (٠١٢٣) · دون التاريخ الهجري');
    expect(replyText(shown)).toContain('الأحد، ٢٦ جانفي ٢٠٢٠');
  });

  it('is refused without Manage Server, and for values it does not know (the terminal types them)', () => {
    expect(() => dates(context(0n), { months: 'maghrebi' })).toThrow(/Manage Server/);
    expect(() => dates(context(), { months: 'persian' })).toThrow(/levantine, egyptian-gulf or maghrebi/);
    expect(() => dates(context(), { hijri: 'yes' })).toThrow(/hijri: on or off/);
    expect(calendar.scope.store.calendarRef().dateStyle).toEqual({
      months: 'levantine',
      hijri: false,
      digits: 'arabic-indic',
    });
  });
});
