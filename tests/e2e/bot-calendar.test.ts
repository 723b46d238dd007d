/**
 * Changing the calendar through Discord (/calendar add, edit, cancel, delete), who may do it,
 * what the answers show (times, escaped text, no pings) and the page buttons. Each test works
 * in a server of its own, so none sees what another wrote.
 */
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import type { SlashCommandSpec } from '../helpers/local-discord/index.js';
import {
  buttonLabelled,
  buttonsOf,
  discordTimestamp,
  embedsOf,
  expectEphemeral,
  expectNoPings,
  newServer,
  press,
  textOf,
  useBotHarness,
} from '../helpers/bot-answers.js';

describe('changing the calendar from Discord', () => {
  const harness = useBotHarness();

  const calendar = (
    guildId: string,
    subcommand: string,
    options: SlashCommandSpec['options'],
    more: Partial<SlashCommandSpec> = {},
  ) => harness().discord.command({ command: 'calendar', subcommand, options, guildId, ...more });
  const meetings = (
    guildId: string,
    subcommand: string,
    options: SlashCommandSpec['options'] = {},
    more: Partial<SlashCommandSpec> = {},
  ) => harness().discord.command({ command: 'meetings', subcommand, options, guildId, ...more });
  /** The first field of the meeting's embed: when it is, whatever the language. */
  const when = (answer: Parameters<typeof embedsOf>[0]) => embedsOf(answer)[0]?.fields?.[0]?.value ?? '';
  /** A seed meeting's number in a server's calendar (numbers run across all calendars). */
  const seedId = (guildId: string, title: string) => {
    const scope = harness().app.calendars.forGuild(guildId);
    const [found] = scope.store.findMeetings(title, harness().clock.now(), 1);
    if (!found) throw new Error(`no seed meeting "${title}" in ${guildId}`);
    return String(found.number);
  };
  const meetingCount = (guildId: string) => {
    const scope = harness().app.calendars.forGuild(guildId);
    return scope.store.meetingsOverlapping(-8.64e15, 8.64e15, {}, { offset: 0, limit: 1000 }).total;
  };
  /** A member of the server with only the usual permissions (no Manage Events). */
  const plainMember = (guildId: string, username = 'member') =>
    harness().discord.addMember(guildId, { user: { username } });
  const addedId = (content: string | undefined) => Number(/#(\d+)/.exec(content ?? '')?.[1]);

  it('add: echoes the meeting as understood; /meetings upcoming and show then find it', async () => {
    const guildId = await newServer(harness());
    const added = await calendar(guildId, 'add', {
      title: 'Astana talks on Syria',
      date: '2020-01-31',
      place: 'Damascus',
      participants: 'Geir Pedersen, Sergey Lavrov',
    });
    expect(added.callback.type).toBe(4);
    expect(added.content).toMatch(/^✅ Added meeting #\d+, as understood:/);
    expect(when(added)).toBe('Friday, 31 January 2020');
    const id = addedId(added.content);

    const upcoming = await meetings(guildId, 'upcoming');
    expect(embedsOf(upcoming)[0]?.description).toContain(`#${id} · Astana talks on Syria`);
    const shown = await meetings(guildId, 'show', { meeting: String(id) });
    const text = textOf(shown);
    expect(text).toContain('Geir Pedersen (غير بيدرسون)');
    expect(text).toContain('Sergey Lavrov');
    expect(text).toContain('Damascus');
  });

  it("add a timed meeting: the venue's own time, then <t:unix:F> and <t:unix:R> at the right instant, in field values only", async () => {
    const guildId = await newServer(harness());
    const added = await calendar(guildId, 'add', {
      title: 'Envoy briefing',
      date: '2020-01-28',
      time: '14:00',
      zone: 'Asia/Damascus',
    });
    // 14:00 in Damascus (UTC+2 in winter) is 12:00 UTC.
    const unix = Date.parse('2020-01-28T12:00:00Z') / 1000;
    expect(when(added)).toBe(`14:00 local time (UTC+2) · <t:${unix}:F> (<t:${unix}:R>)`);
    const shown = await meetings(guildId, 'show', { meeting: 'Envoy briefing' });
    const [embed] = embedsOf(shown);
    expect(discordTimestamp(when(shown))).toBe(unix * 1000);
    expect(discordTimestamp(when(shown), 'R')).toBe(unix * 1000);
    expect(embed?.title).not.toMatch(/<t:/);
    const listing = await meetings(guildId, 'upcoming');
    expect(embedsOf(listing)[0]?.description).toContain(`<t:${unix}:F>`);
    expect(embedsOf(listing)[0]?.title).not.toMatch(/<t:/);
  });

  it('add with the time in the date ("2020-01-30 09:30") at a known place takes its zone', async () => {
    const guildId = await newServer(harness());
    const added = await calendar(guildId, 'add', { title: 'Breakfast', date: '2020-01-30 09:30', place: 'Brussels' });
    expect(discordTimestamp(when(added))).toBe(Date.parse('2020-01-30T08:30:00Z'));
  });

  it("add at a place the calendar has never met takes the city's zone from the gazetteer, and says the venue's time", async () => {
    const guildId = await newServer(harness());
    const added = await calendar(guildId, 'add', {
      title: 'Gaza talks',
      date: '2020-02-03',
      time: '13:00',
      place: 'Cairo',
    });
    // 13:00 in Cairo (UTC+2) is 11:00 UTC, not 13:00 UTC
    const unix = Date.parse('2020-02-03T11:00:00Z') / 1000;
    expect(when(added)).toBe(`13:00 Cairo time (UTC+2) · <t:${unix}:F> (<t:${unix}:R>)`);
    // Stored with its Arabic name too: an Arabic reader sees it
    const shown = textOf(await meetings(guildId, 'show', { meeting: 'Gaza talks' }, { locale: 'ar' }));
    expect(shown).toContain('القاهرة');
  });

  it("an Arabic reader sees the venue's time in Arabic first, the Discord timestamps isolated after it", async () => {
    const guildId = await newServer(harness());
    const added = await calendar(
      guildId,
      'add',
      { title: 'محادثات غزة', date: '2020-02-03', time: '13:00', place: 'القاهرة' },
      { locale: 'ar' },
    );
    const unix = Date.parse('2020-02-03T11:00:00Z') / 1000;
    expect(when(added)).toBe(
      `١٣:٠٠ بتوقيت القاهرة (\u2068UTC+2\u2069) · \u2068<t:${unix}:F>\u2069 (\u2068<t:${unix}:R>\u2069)`,
    );
  });

  it("place autocomplete offers the calendar's places first, then cities of the world with their zones, in both scripts", async () => {
    const guildId = await newServer(harness());
    const typed = (value: string, locale?: string) =>
      harness().discord.autocomplete({
        command: 'calendar',
        subcommand: 'add',
        options: { title: 'x', date: '2020-02-03', place: value },
        focused: 'place',
        guildId,
        ...(locale ? { locale } : {}),
      });
    const cairo = (await typed('Cai')).choices ?? [];
    expect(cairo[0]).toEqual({ name: 'Cairo · القاهرة · Africa/Cairo', value: 'Cairo (EG)' });
    const arabic = (await typed('القاه', 'ar')).choices ?? [];
    expect(arabic[0]?.value).toBe('Cairo (EG)');
    // Damascus is a seed place: the calendar's own entry comes first, once
    const damascus = (await typed('Damas')).choices ?? [];
    expect(damascus[0]?.value).toMatch(/^#\d+$/);
    expect(damascus.filter((c) => c.name.startsWith('Damascus'))).toHaveLength(1);
    // A country is a place too, timed at its capital
    const egypt = await calendar(guildId, 'add', {
      title: 'Border talks',
      date: '2020-02-03',
      time: '10:00',
      place: 'Egypt (EG)',
    });
    expect(discordTimestamp(when(egypt))).toBe(Date.parse('2020-02-03T08:00:00Z'));
  });

  it('add in Arabic keeps the Arabic title, shown first to an Arabic reader', async () => {
    const guildId = await newServer(harness());
    const added = await calendar(guildId, 'add', { title: 'لقاء في جنيف', date: 'غداً' }, { locale: 'ar' });
    expect(added.content).toMatch(/أضيف الاجتماع #\d+/);
    expect(embedsOf(added)[0]?.title).toContain('لقاء في جنيف');
    expect(when(added)).toContain('٢٧');
  });

  it('edit: a new time shows as a Discord timestamp, the rest kept', async () => {
    const guildId = await newServer(harness());
    const id = seedId(guildId, 'senior EU officials');
    const edited = await calendar(guildId, 'edit', { meeting: id, time: '10:00' });
    expect(edited.content).toContain(`#${id}`);
    // Brussels is UTC+1 in January.
    const unix = Date.parse('2020-01-30T09:00:00Z') / 1000;
    expect(when(edited)).toBe(`10:00 Brussels time (UTC+1) · <t:${unix}:F> (<t:${unix}:R>)`);
    const shown = await meetings(guildId, 'show', { meeting: id });
    expect(embedsOf(shown)[0]?.title).toBe(`#${id} · James Jeffrey meets senior EU officials`);
    expect(when(shown)).toContain(`<t:${unix}:F>`);
    expect(textOf(shown)).toContain('Brussels');
  });

  it('edit without anything to change says what can be changed', async () => {
    const guildId = await newServer(harness());
    expectEphemeral(
      await calendar(guildId, 'edit', { meeting: seedId(guildId, 'senior EU officials') }),
      /say what to change/,
    );
  });

  it('cancel: the meeting stays, marked cancelled', async () => {
    const guildId = await newServer(harness());
    const id = seedId(guildId, 'Pedersen');
    const cancelled = await calendar(guildId, 'cancel', { meeting: id });
    expect(textOf(cancelled)).toMatch(/cancelled/i);
    const shown = await meetings(guildId, 'show', { meeting: id });
    expect(embedsOf(shown)[0]?.fields?.find((f) => f.name === 'Status')?.value).toMatch(/cancelled/);
  });

  it('/meetings past: a scheduled meeting gone by reads as past and unconfirmed until edit status:held settles it', async () => {
    const guildId = await newServer(harness());
    const id = seedId(guildId, 'senior EU officials');
    const { clock } = harness();
    const before = clock.now();
    clock.set('2020-03-01T00:00:00Z');
    try {
      const brussels = async () =>
        (embedsOf(await meetings(guildId, 'past'))[0]?.description ?? '')
          .split('\n\n')
          .find((entry) => entry.includes(`#${id} ·`)) ?? '';
      expect(await brussels()).toContain('⌛ past, not confirmed held');
      expect(await brussels()).not.toContain('scheduled');
      const edited = await calendar(guildId, 'edit', { meeting: id, status: 'held' });
      expect(embedsOf(edited)[0]?.fields?.find((f) => f.name === 'Status')?.value).toBe('✔️ held');
      expect(await brussels()).toContain('✔️ held');
    } finally {
      clock.set(before);
    }
  });

  it('"Reminders are off" under /meetings upcoming is shown to a member with Manage Server, not to the others', async () => {
    const guildId = await newServer(harness());
    const member = plainMember(guildId);
    const manager = harness().discord.addMember(guildId, {
      user: { username: 'manager' },
      permissions: PermissionFlagsBits.ManageGuild,
    });
    expect(textOf(await meetings(guildId, 'upcoming', {}, { userId: manager }))).toContain('Reminders are off here');
    expect(textOf(await meetings(guildId, 'upcoming', {}, { userId: member }))).not.toContain('Reminders are off');
    expect(textOf(await meetings(guildId, 'upcoming', {}, { userId: member }))).toContain('Small Group on Syria');
  });

  describe('add without options opens a form (a modal)', () => {
    it('the form asks for title, day, time, place and participants; submitting it adds the meeting', async () => {
      const guildId = await newServer(harness());
      const opened = await calendar(guildId, 'add', {});
      expect(opened.callback.type).toBe(9);
      const form = opened.callback.data as {
        custom_id: string;
        title: string;
        components: { components: { custom_id: string; required: boolean }[] }[];
      };
      const inputs = form.components.flatMap((row) => row.components);
      expect(inputs.map((input) => input.custom_id)).toEqual(['title', 'date', 'time', 'place', 'participants']);
      expect(inputs.filter((input) => input.required).map((input) => input.custom_id)).toEqual(['title', 'date']);
      expect(form.title.length).toBeLessThanOrEqual(45);

      const submitted = await harness().discord.modalSubmit({
        guildId,
        customId: form.custom_id,
        fields: {
          title: 'Geneva round',
          date: '2020-02-03',
          time: '10:00',
          place: 'Geneva',
          participants: 'Geir Pedersen',
        },
      });
      expect(submitted.callback.type).toBe(4);
      expect(submitted.content).toMatch(/Added meeting #\d+/);
      // Geneva is not in the seed, but the gazetteer knows its zone: 10:00 there is 09:00 UTC.
      expect(discordTimestamp(when(submitted))).toBe(Date.parse('2020-02-03T09:00:00Z'));
      const shown = await meetings(guildId, 'show', { meeting: 'Geneva round' });
      expect(textOf(shown)).toContain('Geir Pedersen');
      expectNoPings(submitted.callback);
    });

    it('empty optional fields count as not given', async () => {
      const guildId = await newServer(harness());
      const submitted = await harness().discord.modalSubmit({
        guildId,
        customId: 'calendar:add:0',
        fields: { title: 'Quiet talks', date: '2020-02-04', time: '', place: '', participants: '' },
        shape: 'action-row',
      });
      expect(submitted.ephemeral).toBe(false);
      expect(when(submitted)).toBe('Tuesday, 4 February 2020');
    });

    it('a mistake in the form is answered ephemerally; nothing is written', async () => {
      const guildId = await newServer(harness());
      const submitted = await harness().discord.modalSubmit({
        guildId,
        customId: 'calendar:add:0',
        fields: { title: 'x', date: '01/02' },
      });
      expectEphemeral(submitted, /YYYY-MM-DD/);
      expect(meetingCount(guildId)).toBe(6);
    });

    it('a member without Manage Events gets no form, but the refusal', async () => {
      const guildId = await newServer(harness());
      const answer = await calendar(guildId, 'add', {}, { userId: plainMember(guildId) });
      expectEphemeral(answer, /Manage Events/);
    });

    it('a form submitted by a member without Manage Events is refused too', async () => {
      const guildId = await newServer(harness());
      const submitted = await harness().discord.modalSubmit({
        guildId,
        customId: 'calendar:add:0',
        userId: plainMember(guildId),
        fields: { title: 'x', date: '2020-02-04' },
      });
      expectEphemeral(submitted, /Manage Events/);
      expect(meetingCount(guildId)).toBe(6);
    });
  });

  describe('delete asks first, with buttons only the asker can use', () => {
    it('Delete pressed by the asker deletes', async () => {
      const guildId = await newServer(harness());
      const id = seedId(guildId, 'Pedersen');
      const preview = await calendar(guildId, 'delete', { meeting: id });
      expect(preview.ephemeral).toBe(true);
      expect(preview.content).toMatch(new RegExp(`Delete meeting #${id}\\?`));
      expect(embedsOf(preview)[0]?.title).toContain('Geir Pedersen visits Damascus');

      const done = await press(harness().discord, preview, buttonLabelled(preview, /Delete/), { guildId });
      expect(done.callback.type).toBe(7);
      expect(done.content).toContain(`Meeting #${id} deleted`);
      expect(embedsOf(done)).toEqual([]);
      expectEphemeral(await meetings(guildId, 'show', { meeting: id }), new RegExp(`no meeting #${id}`));
      expect(meetingCount(guildId)).toBe(5);
    });

    it('Delete pressed by another member is refused to them alone; nothing is deleted', async () => {
      const guildId = await newServer(harness());
      const other = harness().discord.addMember(guildId, {
        user: { username: 'events-admin' },
        permissions: PermissionFlagsBits.ManageEvents,
      });
      const preview = await calendar(guildId, 'delete', { meeting: 'Pedersen' });
      const refused = await press(harness().discord, preview, buttonLabelled(preview, /Delete/), {
        guildId,
        userId: other,
      });
      expectEphemeral(refused, /only the person who asked/);
      expect(meetingCount(guildId)).toBe(6);
    });

    it('Keep keeps', async () => {
      const guildId = await newServer(harness());
      const id = seedId(guildId, 'Pedersen');
      const preview = await calendar(guildId, 'delete', { meeting: id });
      const kept = await press(harness().discord, preview, buttonLabelled(preview, /Keep/), { guildId });
      expect(kept.callback.type).toBe(7);
      expect(kept.content).toContain(`Meeting #${id} kept`);
      expect(meetingCount(guildId)).toBe(6);
      expect(embedsOf(await meetings(guildId, 'show', { meeting: id }))[0]?.title).toContain('Pedersen');
    });
  });

  describe('members without Manage Events', () => {
    it.each([
      ['add', { title: 'Sneaky meeting', date: '2020-02-02' }],
      ['edit', { meeting: 'senior EU officials', title: 'Renamed' }],
      ['cancel', { meeting: 'senior EU officials' }],
      ['delete', { meeting: 'senior EU officials' }],
    ] as const)(
      '/calendar %s is refused, ephemerally, naming the permission; nothing is written',
      async (subcommand, options) => {
        const guildId = await newServer(harness());
        const member = plainMember(guildId);
        const answer = await calendar(guildId, subcommand, options, { userId: member });
        expectEphemeral(answer, /Manage Events/);
        expect(meetingCount(guildId)).toBe(6);
        const shown = await meetings(guildId, 'show', { meeting: 'senior EU officials' });
        expect(embedsOf(shown)[0]?.title).toMatch(/^#\d+ · James Jeffrey meets senior EU officials$/);
        expect(embedsOf(shown)[0]?.fields?.find((f) => f.name === 'Status')?.value).toMatch(/scheduled/);
      },
    );

    it('an Administrator may, without Manage Events itself', async () => {
      const guildId = await newServer(harness());
      const admin = harness().discord.addMember(guildId, {
        user: { username: 'admin' },
        permissions: PermissionFlagsBits.Administrator,
      });
      const answer = await calendar(guildId, 'add', { title: 'Admin meeting', date: '2020-02-02' }, { userId: admin });
      expect(answer.ephemeral).toBe(false);
      expect(meetingCount(guildId)).toBe(7);
    });
  });

  it('a title with @everyone, a role mention and markdown is shown escaped and pings nobody', async () => {
    const guildId = await newServer(harness());
    const title = 'Talks @everyone <@&123456789012345678> **now** _x_ @here';
    const added = await calendar(guildId, 'add', {
      title,
      date: '2020-01-28',
      place: '<#123456789012345678> [Geneva](https://example.com)',
      participants: '@everyone, <@123456789012345678>',
    });
    const id = addedId(added.content);
    const shown = await meetings(guildId, 'show', { meeting: String(id) });
    const listing = await meetings(guildId, 'upcoming');
    for (const answer of [added, shown, listing]) {
      expectNoPings(answer.callback);
      const text = textOf(answer);
      expect(text).toContain('Talks');
      // Broken so they never read as mentions, even were mentions allowed.
      expect(text).not.toContain('@everyone');
      expect(text).not.toContain('@here');
      expect(text).not.toMatch(/<@&\d|<@\d|<#\d/);
      expect(text).toContain('\\*\\*now\\*\\*');
      expect(text).toContain('\\_x\\_');
    }
    expect(textOf(shown)).toContain('\\[Geneva\\](https://example.com)');
    // The REST body itself, as the local Discord received it.
    const bodies = harness()
      .discord.calls({ method: 'POST', path: '/interactions/:id/:token/callback' })
      .filter((call) => [added.id, shown.id, listing.id].includes(call.params.id ?? call.path.split('/')[2] ?? ''));
    expect(bodies).toHaveLength(3);
    for (const call of bodies) expectNoPings(call.body);
  });

  it('page buttons: Next shows page 2 in the same message (callback type 7), Previous goes back', async () => {
    const guildId = await newServer(harness());
    for (let i = 1; i <= 7; i += 1) {
      const added = await calendar(guildId, 'add', {
        title: `Consultation ${i}`,
        date: '2020-01-28',
        time: `${String(8 + i).padStart(2, '0')}:00`,
        zone: 'UTC',
      });
      expect(added.ephemeral).toBe(false);
    }
    const first = await meetings(guildId, 'upcoming');
    expect(embedsOf(first)[0]?.footer?.text).toMatch(/Page 1 of 2 · 12 meetings/);
    expect(buttonLabelled(first, /Previous/).disabled).toBe(true);
    const next = buttonLabelled(first, /Next/);
    expect(next.disabled).toBe(false);

    const second = await press(harness().discord, first, next, { guildId });
    expect(second.callback.type).toBe(7);
    expect(second.ephemeral).toBe(false);
    expect(embedsOf(second)[0]?.footer?.text).toMatch(/Page 2 of 2 · 12 meetings/);
    expect(embedsOf(second)[0]?.description).toContain('Brussels');
    expect(embedsOf(second)[0]?.description).not.toContain('London');
    expect(buttonLabelled(second, /Next/).disabled).toBe(true);
    expectNoPings(second.callback);
    // The message itself now holds page 2.
    expect(textOf(second.original() as unknown as Record<string, unknown>)).toContain('Page 2 of 2');

    const back = await press(harness().discord, second, buttonLabelled(second, /Previous/), { guildId });
    expect(embedsOf(back)[0]?.footer?.text).toMatch(/Page 1 of 2/);
  });

  it("another member's Next opens their own private copy at that page; the shared listing stays where it was", async () => {
    const guildId = await newServer(harness());
    for (let i = 1; i <= 7; i += 1) {
      await calendar(guildId, 'add', {
        title: `Round ${i}`,
        date: '2020-01-28',
        time: `${8 + i}:00`.padStart(5, '0'),
        zone: 'UTC',
      });
    }
    const shared = await meetings(guildId, 'upcoming');
    const member = plainMember(guildId, 'reader');
    const theirs = await press(harness().discord, shared, buttonLabelled(shared, /Next/), {
      guildId,
      userId: member,
    });
    expect(theirs.callback.type).toBe(4);
    expect(theirs.ephemeral).toBe(true);
    expect(embedsOf(theirs)[0]?.footer?.text).toMatch(/Page 2 of 2/);
    // Everyone else still sees page 1
    expect(textOf(shared.original() as unknown as Record<string, unknown>)).toContain('Page 1 of 2');
    // Their own copy turns its page in place
    const back = await press(harness().discord, theirs, buttonLabelled(theirs, /Previous/), {
      guildId,
      userId: member,
    });
    expect(back.callback.type).toBe(7);
    expect(embedsOf(back)[0]?.footer?.text).toMatch(/Page 1 of 2/);
  });

  it('/participants pages say page, pages and count as /meetings pages do', async () => {
    const guildId = await newServer(harness());
    const names = Array.from({ length: 30 }, (_, i) => `Envoy Number${i}`).join(', ');
    await calendar(guildId, 'add', { title: 'Crowded round', date: '2020-01-28', participants: names });
    const listed = await harness().discord.command({ command: 'participants', subcommand: 'list', guildId });
    expect(embedsOf(listed)[0]?.footer?.text).toMatch(/^Page 1 of \d+ · \d+ participants$/);
  });

  it('an Arabic listing reads its page buttons from the right: Next on the left, pointing left', async () => {
    const guildId = await newServer(harness());
    for (let i = 1; i <= 7; i += 1) {
      await calendar(guildId, 'add', {
        title: `جولة ${i}`,
        date: '2020-01-28',
        time: `${8 + i}:00`.padStart(5, '0'),
        zone: 'UTC',
      });
    }
    const first = await meetings(guildId, 'upcoming', {}, { locale: 'ar' });
    const buttons = buttonsOf(first);
    expect(buttons.map((b) => b.label)).toEqual(['◀ التالي', 'السابق ▶']);
    expect(buttons.map((b) => b.disabled ?? false)).toEqual([false, true]);
    const second = await press(harness().discord, first, buttonLabelled(first, /التالي/), { guildId, locale: 'ar' });
    expect(embedsOf(second)[0]?.footer?.text).toMatch(/^الصفحة ٢ من ٢/);
  });

  it('page buttons of a filtered listing keep the filter', async () => {
    const guildId = await newServer(harness());
    for (let i = 1; i <= 9; i += 1) {
      await calendar(guildId, 'add', { title: `Jeffrey call ${i}`, date: '2020-01-28', participants: 'James Jeffrey' });
    }
    const first = await meetings(guildId, 'upcoming', { participant: 'جيفري' });
    expect(embedsOf(first)[0]?.footer?.text).toMatch(/Page 1 of 2 · 12 meetings/);
    const second = await press(harness().discord, first, buttonLabelled(first, /Next/), { guildId });
    expect(embedsOf(second)[0]?.footer?.text).toMatch(/Page 2 of 2 · 12 meetings/);
    expect(embedsOf(second)[0]?.description).not.toContain('Damascus');
  });

  describe('mistakes in what was typed', () => {
    it.each([
      ['an impossible day', { title: 'x', date: '2020-02-30' }, /not a date/],
      ['an ambiguous day', { title: 'x', date: '01/02' }, /two ways.*YYYY-MM-DD/],
      ['a time that is no time', { title: 'x', date: '2020-02-01', time: '25h' }, /HH:mm/],
      [
        'an unknown zone',
        { title: 'x', date: '2020-02-01', zone: 'Mars/Olympus' },
        /unknown time zone.*Asia\/Damascus/,
      ],
    ] as const)('%s is refused with a hint; nothing is written', async (_what, options, says) => {
      const guildId = await newServer(harness());
      expectEphemeral(await calendar(guildId, 'add', options), says);
      expect(meetingCount(guildId)).toBe(6);
    });

    it('an unknown meeting to edit, cancel or delete', async () => {
      const guildId = await newServer(harness());
      for (const subcommand of ['cancel', 'delete'])
        expectEphemeral(await calendar(guildId, subcommand, { meeting: '#404' }), /no meeting #404/);
      expectEphemeral(await calendar(guildId, 'edit', { meeting: '404', title: 'y' }), /no meeting #404/);
    });
  });
});
