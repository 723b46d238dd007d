/**
 * The import preview a person can trust, through the real client and the local Discord (which
 * refuses messages over Discord's limits, as Discord does): how sure the reader is of each
 * meeting and the words it read, the publication day it assumed, meetings left out with the
 * menu, and previews and confirmations of the largest articles within Discord's limits.
 */
import { ApplicationCommandOptionType, PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { InteractionExchange, SlashCommandSpec } from '../helpers/local-discord/index.js';
import { programmeArticle, TWO_MEETINGS_ENGLISH } from '../helpers/articles.js';
import {
  answered,
  buttonLabelled,
  embedsOf,
  newServer,
  press,
  textOf,
  useBotHarness,
  type AnswerEmbed,
} from '../helpers/bot-answers.js';

const EDITOR = String(PermissionFlagsBits.ManageEvents | PermissionFlagsBits.ManageGuild);

interface SelectMenu {
  type: number;
  custom_id: string;
  min_values: number;
  max_values: number;
  options: { value: string; label: string; default?: boolean }[];
}

/** The select menu of a message, if it has one. */
function menuOf(message: Record<string, unknown>): SelectMenu | undefined {
  const rows = (message.components as { components: SelectMenu[] }[] | undefined) ?? [];
  return rows.flatMap((row) => row.components).find((component) => component.type === 3);
}

/** What Discord counts towards a message's 6,000 characters of embeds. */
function embedCharacters(embeds: AnswerEmbed[]): number {
  return embeds.reduce(
    (sum, e) =>
      sum +
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text?.length ?? 0) +
      (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0),
    0,
  );
}

describe('the import preview', () => {
  const harness = useBotHarness({ now: '2020-01-28T12:00:00Z' });
  const importCommand = (guildId: string, options: SlashCommandSpec['options']) =>
    harness().discord.command({ command: 'calendar', subcommand: 'import', options, guildId, permissions: EDITOR });
  const meetingCount = (guildId: string) => harness().app.calendars.forGuild(guildId).store.countMeetings();
  const ask = (guildId: string, subcommand: string, options: SlashCommandSpec['options'] = {}) =>
    harness().discord.command({ command: 'meetings', subcommand, options, guildId });

  it('the whole flow: confidence and evidence shown, the doubtful meeting marked, Confirm, and both are in the calendar', async () => {
    const { discord } = harness();
    const guildId = await newServer(harness());
    const preview = await importCommand(guildId, { text: TWO_MEETINGS_ENGLISH, published: '2020-01-28' });
    expect(preview.callback.type).toBe(5); // acknowledged before the article is read
    const shown = await answered(preview);
    const text = textOf(shown);
    expect(text).toMatch(/Found 2 meetings/);
    expect(text).toContain('Read as published on Tuesday, 28 January 2020.');
    expect(text).toContain('⚠️ 1 is marked low confidence: check it.');

    const [visit, again] = embedsOf(shown);
    const field = (embed: AnswerEmbed | undefined, name: string) => embed?.fields?.find((f) => f.name === name)?.value;
    expect(visit?.title).toMatch(/^New · Visit to Damascus/);
    expect(field(visit, 'Confidence')).toMatch(/^🟢 high \(\d\.\d\d\)$/);
    const read = field(visit, 'Read from') ?? '';
    expect(read).toContain('date: «on Monday» (its clause)');
    expect(read).toContain('place: «Damascus» (its clause)');
    expect(read).toMatch(/people: .*Geir Pedersen \(its clause\)/);

    expect(again?.title).toMatch(/^⚠️ New · Meeting/);
    // What lowered the score is told; "only a verb" is not (bare verbs were right more often than not).
    expect(field(again, 'Confidence')).toMatch(/^⚠️ low \(0\.\d\d\): no place given; nobody named$/);
    expect(field(again, 'Read from')).toContain('date: «on Friday» (its clause)');
    expect(meetingCount(guildId)).toBe(6);

    const confirmed = await press(discord, preview, buttonLabelled(shown, /Add 2 meetings/), { guildId });
    expect(textOf(await answered(confirmed))).toMatch(/Added #7–#8/);
    expect(meetingCount(guildId)).toBe(8);

    const upcoming = textOf(publicOf(await ask(guildId, 'upcoming', { days: 10 })));
    expect(upcoming).toMatch(/#7 · Visit to Damascus/);
    expect(upcoming).toContain('Monday, 3 February 2020');
    expect(upcoming).toMatch(/#8 · Meeting/);
    expect(upcoming).toContain('Friday, 31 January 2020');
    const shownMeeting = textOf(publicOf(await ask(guildId, 'show', { meeting: '8' })));
    expect(shownMeeting).toContain('Diplomats said delegates would meet again on Friday.');
  });

  it('without a publication day, the preview says which day it assumed', async () => {
    const guildId = await newServer(harness());
    const text = textOf(await answered(await importCommand(guildId, { text: TWO_MEETINGS_ENGLISH })));
    expect(text).toContain(
      'Read as published on Tuesday, 28 January 2020 (no day given: today was assumed; give published: to change it).',
    );
  });

  it('meetings unticked in the menu are left out: the button counts the rest, and only they are added', async () => {
    const { discord } = harness();
    const guildId = await newServer(harness());
    const preview = await importCommand(guildId, { text: programmeArticle(12), published: '2020-01-28' });
    const shown = await answered(preview);
    const menu = menuOf(shown);
    expect(menu?.options).toHaveLength(12);
    expect(menu?.options.every((option) => option.default)).toBe(true);
    expect(menu?.min_values).toBe(0);
    expect(menu?.options[1]?.label).toMatch(/^2 · /);
    expect(buttonLabelled(shown, /Add/).label).toBe('Add 12 meetings');

    const kept = menu!.options.map((option) => option.value).filter((value) => value !== '1' && value !== '4');
    const message = preview.original()!;
    const chosen = await discord.selectMenu({
      customId: menu!.custom_id,
      values: kept,
      messageId: message.id,
      guildId,
    });
    const updated = await answered(chosen);
    expect(textOf(updated)).toContain('10 of 12 chosen.');
    expect(
      menuOf(updated)
        ?.options.filter((option) => !option.default)
        .map((option) => option.value),
    ).toEqual(['1', '4']);
    const add = buttonLabelled(updated, /Add/);
    expect(add.label).toBe('Add 10 meetings');

    const confirmed = await press(discord, preview, add, { guildId });
    expect(textOf(await answered(confirmed))).toMatch(/Added #7–#16\./);
    expect(meetingCount(guildId)).toBe(16);
    // Beirut (the 2nd) and Cairo (the 5th) were left out.
    expect(textOf(publicOf(await ask(guildId, 'place', { name: 'Beirut' })))).toMatch(/No meetings in|no place/i);
    expect(textOf(publicOf(await ask(guildId, 'upcoming', { days: 20 })))).toContain('Amman');
  });

  it('only the one who pasted the article may choose in its menu', async () => {
    const { discord } = harness();
    const guildId = await newServer(harness());
    const preview = await importCommand(guildId, { text: programmeArticle(3), published: '2020-01-28' });
    const menu = menuOf(await answered(preview))!;
    const other = discord.addMember(guildId, { user: { username: 'colleague' }, permissions: EDITOR });
    const refused = await discord.selectMenu({
      customId: menu.custom_id,
      values: ['0'],
      messageId: preview.original()!.id,
      guildId,
      userId: other,
    });
    const refusal = await refused.waitForFollowUp();
    expect(refusal.content).toMatch(/only the person who pasted/);
    expect(menuOf(preview.original() as unknown as Record<string, unknown>)?.options.every((o) => o.default)).toBe(
      true,
    );
  });

  it('titles fixed in a form before adding: the meetings are added with them', async () => {
    const { discord } = harness();
    const guildId = await newServer(harness());
    const preview = await importCommand(guildId, { text: TWO_MEETINGS_ENGLISH, published: '2020-01-28' });
    const opened = await press(discord, preview, buttonLabelled(await answered(preview), /Fix titles/), { guildId });
    expect(opened.callback.type).toBe(9);
    const form = opened.callback.data as {
      custom_id: string;
      components: { components: { custom_id: string; value?: string }[] }[];
    };
    const inputs = form.components.flatMap((row) => row.components);
    expect(inputs.map((input) => [input.custom_id, input.value])).toEqual([
      ['t0', 'Visit to Damascus (Geir Pedersen)'],
      ['t1', 'Meeting'],
    ]);
    expect(meetingCount(guildId)).toBe(6);

    const added = await discord.modalSubmit({
      guildId,
      customId: form.custom_id,
      fields: { t0: 'Visit to Damascus (Geir Pedersen)', t1: 'Pedersen–Muallem follow-up talks' },
      permissions: EDITOR,
    });
    expect(added.callback.type).toBe(5);
    expect(textOf(await answered(added))).toMatch(/Added #7–#8\./);
    expect(textOf(publicOf(await ask(guildId, 'show', { meeting: '8' })))).toContain(
      '#8 · Pedersen–Muallem follow-up talks',
    );
    expect(textOf(publicOf(await ask(guildId, 'show', { meeting: '7' })))).toContain('#7 · Visit to Damascus');
  });

  it('the publication day changed in a form: the article is read again against it', async () => {
    const { discord } = harness();
    const guildId = await newServer(harness());
    const preview = await importCommand(guildId, { text: TWO_MEETINGS_ENGLISH });
    const opened = await press(discord, preview, buttonLabelled(await answered(preview), /Change the day/), {
      guildId,
    });
    expect(opened.callback.type).toBe(9);
    const form = opened.callback.data as { custom_id: string; components: { components: { value?: string }[] }[] };
    expect(form.components[0]?.components[0]?.value).toBe('2020-01-28');
    const again = await discord.modalSubmit({
      guildId,
      customId: form.custom_id,
      fields: { published: '2020-01-21' },
      permissions: EDITOR,
    });
    const shown = await answered(again);
    const text = textOf(shown);
    expect(text).toContain('Read as published on Tuesday, 21 January 2020.');
    expect(text).toContain('Monday, 27 January 2020'); // "on Monday" of that week
    const confirmed = await press(discord, again, buttonLabelled(shown, /Add 2 meetings/), { guildId });
    expect(textOf(await answered(confirmed))).toMatch(/Added #7–#8\./);
    expect(textOf(publicOf(await ask(guildId, 'show', { meeting: '7' })))).toContain('Monday, 27 January 2020');
  });

  it('a 40-meeting article from a file: acknowledged before the download, a compact preview within 6,000 characters, 25 in the menu, all added', async () => {
    const { discord } = harness();
    const guildId = await newServer(harness());
    const file = discord.upload('programme.txt', programmeArticle(40));
    const preview = await importCommand(guildId, { file, published: '2020-01-28' });
    const shown = await answered(preview);
    const calls = discord.calls().map((call) => call.path);
    const deferred = calls.findIndex((path) => path.startsWith(`/interactions/${preview.id}/`));
    const download = calls.findIndex((path) => path.startsWith('/attachments/'));
    expect(deferred).toBeGreaterThanOrEqual(0);
    expect(deferred).toBeLessThan(download);

    const embeds = embedsOf(shown);
    expect(embeds).toHaveLength(1);
    expect(embedCharacters(embeds)).toBeLessThanOrEqual(6000);
    const text = textOf(shown);
    expect(text).toMatch(/Found 40 meetings/);
    expect(text).toMatch(/^\*\*1 · New · Meeting in Damascus/m);
    expect(text).toMatch(/…and \d+ more$/);
    expect(text).toContain('The menu holds the first 25; the others are always added.');
    expect(menuOf(shown)?.options).toHaveLength(25);

    const confirmed = await press(discord, preview, buttonLabelled(shown, /Add 40 meetings/), { guildId });
    expect(textOf(await answered(confirmed))).toMatch(/Added #7–#46\./);
    expect(meetingCount(guildId)).toBe(46);
  });

  it('336 meetings: the preview and the "Added" answer both fit, and the calendar holds them all', async () => {
    const { discord } = harness();
    const guildId = await newServer(harness());
    const preview = await importCommand(guildId, {
      file: discord.upload('year.txt', programmeArticle(336)),
      published: '2020-01-28',
    });
    const shown = await answered(preview);
    expect(embedCharacters(embedsOf(shown))).toBeLessThanOrEqual(6000);
    expect(String(shown.content).length).toBeLessThanOrEqual(2000);
    const confirmed = await answered(
      await press(discord, preview, buttonLabelled(shown, /Add 336 meetings/), { guildId }),
    );
    expect(String(confirmed.content)).toBe('✅ Added #7–#342.');
    expect(confirmed.components).toEqual([]); // the buttons are gone: nothing to press twice
    expect(meetingCount(guildId)).toBe(342);
  });

  it('/reminders show keeps its list of the next reminders within a field’s 1,024 characters', async () => {
    const { discord, app } = harness();
    const guildId = await newServer(harness(), { channels: [{ name: 'general' }, { name: 'reminders' }] });
    const scope = app.calendars.forGuild(guildId);
    const title = (i: number) =>
      `Consultations ${i} ${'on the constitutional committee and the political process '.repeat(3)}`;
    scope.store.addMeetings(
      Array.from({ length: 10 }, (_, i) => ({
        title: title(i + 1),
        titleAr: null,
        precision: 'day' as const,
        date: `2020-02-${String(i + 10).padStart(2, '0')}`,
        timezone: 'Asia/Damascus',
        place: { name: 'Damascus', nameAr: 'دمشق', country: 'SY' },
        status: 'scheduled' as const,
        evidence: null,
        participants: [],
      })),
      { now: app.clock.now() },
    );
    const owner = discord.guild(guildId).ownerId;
    const set = await discord.command({
      command: 'reminders',
      subcommand: 'channel',
      guildId,
      userId: owner,
      options: {
        channel: { type: ApplicationCommandOptionType.Channel, value: discord.channelId('reminders', guildId) },
      },
    });
    expect(set.callback.type).toBe(4);
    const answer = await discord.command({ command: 'reminders', subcommand: 'show', guildId, userId: owner });
    expect(answer.callback.type).toBe(4); // Discord took it
    const next = embedsOf(answer)[0]?.fields?.find((f) => f.name === 'Next reminders')?.value ?? '';
    expect(next.length).toBeGreaterThan(0);
    expect(next.length).toBeLessThanOrEqual(1024);
    expect(next).toContain('Consultations 1 ');
    expect(next).toMatch(/…and \d+ more$/);
  });
});

/** A public answer's message (a listing, a meeting). */
function publicOf(answer: InteractionExchange): Record<string, unknown> {
  expect(answer.callback.type).toBe(4);
  return answer.callback.data ?? {};
}
