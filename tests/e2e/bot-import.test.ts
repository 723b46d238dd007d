/**
 * /calendar import through the real client: an article pasted into the form or attached as a
 * file, a preview of what was found, Confirm by the one who asked, and the new meetings in
 * /meetings upcoming. Bad input is refused with nothing written.
 */
import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { SlashCommandSpec } from '../helpers/local-discord/index.js';
import {
  answered,
  buttonLabelled,
  expectDeferredPrivate,
  expectEphemeral,
  expectNoPings,
  newServer,
  press,
  textOf,
  useBotHarness,
} from '../helpers/bot-answers.js';

/** Written for this test: a Syrian-style report of a visit next Monday. */
const ARTICLE =
  'أعلن مكتب المبعوث الأممي الخاص إلى سورية غير بيدرسون أنه سيزور دمشق يوم الاثنين المقبل، ' +
  'حيث يلتقي وزير الخارجية وليد المعلم لبحث التحضير للجولة المقبلة من أعمال اللجنة الدستورية.';
const EDITOR = String(PermissionFlagsBits.ManageEvents);

describe('importing an article', () => {
  // The day after the article: "next Monday" is still to come, and the article is not from the future.
  const harness = useBotHarness({ now: '2020-01-28T12:00:00Z' });
  const importCommand = (guildId: string, options: SlashCommandSpec['options'], more: Partial<SlashCommandSpec> = {}) =>
    harness().discord.command({
      command: 'calendar',
      subcommand: 'import',
      options,
      guildId,
      permissions: EDITOR,
      ...more,
    });
  const meetingCount = (guildId: string) => {
    const scope = harness().app.calendars.forGuild(guildId);
    return scope.store.countMeetings();
  };

  it('through the form: preview, Confirm, and the visit is in /meetings upcoming', async () => {
    const { discord } = harness();
    const guildId = await newServer(harness());
    const opened = await importCommand(guildId, {});
    expect(opened.callback.type).toBe(9);
    const form = opened.callback.data as {
      custom_id: string;
      components: { components: { custom_id: string; style: number }[] }[];
    };
    const article = form.components.flatMap((row) => row.components).find((input) => input.custom_id === 'article');
    expect(article?.style).toBe(2); // a paragraph, for a whole article

    const preview = await discord.modalSubmit({
      guildId,
      customId: form.custom_id,
      fields: { article: ARTICLE, published: '2020-01-28' },
      permissions: EDITOR,
    });
    expect(preview.ephemeral).toBe(true);
    expect(preview.callback.type).toBe(5); // reading an article: acknowledged first, answered when done
    const shown = textOf(await answered(preview));
    expect(shown).toMatch(/Found 1 meeting/);
    expect(shown).toContain('Monday, 3 February 2020');
    expect(shown).toContain('Damascus');
    expect(shown).toContain('غير بيدرسون');
    expect(shown).toContain('سيزور دمشق'); // the source sentence
    expect(meetingCount(guildId)).toBe(6); // nothing added before Confirm

    const confirmed = await press(discord, preview, buttonLabelled(await answered(preview), /Add/), { guildId });
    expect(confirmed.callback.type).toBe(6); // the import is written, then the preview becomes its answer
    expect(textOf(await answered(confirmed))).toMatch(/Added #\d+/);
    expect(meetingCount(guildId)).toBe(7);

    const upcoming = await discord.command({
      command: 'meetings',
      subcommand: 'upcoming',
      options: { days: 10 },
      guildId,
    });
    expect(textOf(upcoming)).toMatch(/Visit to Damascus/);
    expect(textOf(upcoming)).toContain('Monday, 3 February 2020');
  });

  it('from an attached .txt file; importing it again updates the meeting instead of adding a second', async () => {
    const { discord } = harness();
    const guildId = await newServer(harness());
    const file = () => discord.upload('pedersen.txt', ARTICLE);
    const first = await importCommand(guildId, { file: file(), published: '2020-01-28' });
    await answered(await press(discord, first, buttonLabelled(await answered(first), /Add/), { guildId }));
    expect(meetingCount(guildId)).toBe(7);

    const again = await importCommand(guildId, { file: file(), published: '2020-01-28' });
    const shown = textOf(await answered(again));
    expect(shown).toMatch(/already in the calendar/);
    expect(shown).toMatch(/Updates #\d+/);
    const confirmed = await press(discord, again, buttonLabelled(await answered(again), /Add/), { guildId });
    expect(textOf(await answered(confirmed))).toMatch(/Updated #\d+/);
    expect(meetingCount(guildId)).toBe(7);
  });

  it('a second press of Add (a double click, a retry) says it was already done, by whom, and adds nothing', async () => {
    const { discord } = harness();
    const guildId = await newServer(harness());
    const preview = await importCommand(guildId, { text: ARTICLE, published: '2020-01-28' });
    const add = buttonLabelled(await answered(preview), /Add/);
    expect(textOf(await answered(await press(discord, preview, add, { guildId })))).toMatch(/Added #7/);
    const added = meetingCount(guildId);
    // The import is acknowledged first (a deferred update), its answer an edit of the preview.
    const second = await press(discord, preview, add, { guildId });
    const said = textOf(await answered(second));
    expect(said).toMatch(/Already done: <@\d+> confirmed this import <t:\d+:F>/);
    expect(said).toContain('#7');
    expect(said).not.toMatch(/Added|Updated/);
    const edit = second.responses().find((response) => response.kind === 'edit-original');
    expectNoPings(edit?.body);
    expect(meetingCount(guildId)).toBe(added);
  });

  it('pasted as the text option; Discard adds nothing', async () => {
    const { discord } = harness();
    const guildId = await newServer(harness());
    const preview = await importCommand(guildId, { text: ARTICLE, published: '2020-01-28' });
    const discarded = await press(discord, preview, buttonLabelled(await answered(preview), /Discard/), { guildId });
    expect(textOf(discarded)).toMatch(/nothing was added/);
    expect(meetingCount(guildId)).toBe(6);
  });

  it('only the person who pasted the article can confirm it', async () => {
    const { discord } = harness();
    const guildId = await newServer(harness());
    const preview = await importCommand(guildId, { text: ARTICLE, published: '2020-01-28' });
    const other = discord.addMember(guildId, { user: { username: 'colleague' }, permissions: EDITOR });
    const add = buttonLabelled(await answered(preview), /Add/);
    const refused = await press(discord, preview, add, { guildId, userId: other });
    // Acknowledged at once (the import may be long), refused privately, the preview left as it was.
    const refusal = await refused.waitForFollowUp();
    expect((refusal.flags ?? 0) & 64).toBe(64);
    expect(refusal.content).toMatch(/only the person who pasted/);
    expect(buttonLabelled(preview.original() as unknown as Record<string, unknown>, /Add/).disabled).toBe(false);
    expect(meetingCount(guildId)).toBe(6);
  });

  it('refuses without Manage Events, a future publication day, an empty text, a binary or oversized file', async () => {
    const { discord } = harness();
    const guildId = await newServer(harness());
    expectEphemeral(await importCommand(guildId, { text: ARTICLE }, { permissions: '0' }), /Manage Events/);
    await expectDeferredPrivate(await importCommand(guildId, { text: ARTICLE, published: '2030-01-01' }), /future/);
    const emptyForm = await discord.modalSubmit({
      guildId,
      customId: 'calendar:import:0',
      fields: { article: '   ', published: '' },
      permissions: EDITOR,
    });
    await expectDeferredPrivate(emptyForm, /the article is empty/);
    await expectDeferredPrivate(
      await importCommand(guildId, { file: discord.upload('photo.txt', Buffer.from([0xff, 0xd8, 0, 1, 2])) }),
      /not a text file|not UTF-8/,
    );
    const downloads = () => discord.calls().filter((call) => call.path.startsWith('/attachments/')).length;
    const before = downloads();
    const huge = discord.upload('huge.txt', 'ا'.repeat(150_000)); // 300 KB of UTF-8
    await expectDeferredPrivate(await importCommand(guildId, { file: huge }), /at most 200 KB/);
    expect(downloads()).toBe(before); // refused from its size, never downloaded
    expect(meetingCount(guildId)).toBe(6);
  });

  it('an article that describes no meeting says so and adds nothing', async () => {
    const guildId = await newServer(harness());
    const answer = await importCommand(guildId, {
      text: 'ارتفعت أسعار الخضار في أسواق دمشق خلال الأسبوع الجاري بنسبة عشرة بالمئة بسبب موجة البرد.',
      published: '2020-01-28',
    });
    await expectDeferredPrivate(answer, /No meeting found/);
    expect(meetingCount(guildId)).toBe(6);
  });
});
