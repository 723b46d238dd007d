/**
 * /settings dates through the real discord.js client and the local Discord (issue 15 item 10):
 * an Arabic server picks its month names, the Hijri date and one digit system, and its listings
 * follow; a member without Manage Server is refused, and another server keeps the default.
 */
import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { embedsOf, expectEphemeral, newServer, setArabic, textOf, useBotHarness } from '../helpers/bot-answers.js';

const ADMIN = String(PermissionFlagsBits.ManageGuild);
const ARABIC_INDIC = /[٠-٩]/;

describe('/settings dates', () => {
  const harness = useBotHarness();

  const dates = (guildId: string, options: Record<string, string>, permissions = ADMIN) =>
    harness().discord.command({ command: 'settings', subcommand: 'dates', options, permissions, guildId });
  const upcoming = (guildId: string) =>
    harness().discord.command({ command: 'meetings', subcommand: 'upcoming', options: {}, guildId, locale: 'en-US' });

  it('a member without Manage Server is refused, privately, and the dates stay as they were', async () => {
    const guildId = await newServer(harness());
    await setArabic(harness(), guildId);
    const answer = await dates(guildId, { months: 'maghrebi', digits: 'latin' }, '0');
    expectEphemeral(answer, /إدارة الخادم/);
    const listing = textOf(await upcoming(guildId));
    expect(listing).toContain('الخميس، ٣٠ كانون الثاني ٢٠٢٠');
    expect(listing).not.toContain('جانفي');
  });

  it('Egyptian and Gulf months, Latin digits, the Hijri date: /meetings upcoming writes them, and nothing in Arabic-Indic digits', async () => {
    const guildId = await newServer(harness());
    await setArabic(harness(), guildId);
    const set = await dates(guildId, { months: 'egyptian-gulf', digits: 'latin', hijri: 'on' });
    expect(set.ephemeral).toBe(false);
    const field = embedsOf(set)[0]?.fields?.find((f) => f.name === 'التواريخ')?.value;
    expect(field).toContain('الأشهر المصرية والخليجية (يناير)');
    expect(field).toContain('مع التاريخ الهجري');
    // Today as the server now writes it: the harness's clock stands at Sunday 26 January 2020.
    expect(field).toContain('الأحد، 26 يناير 2020 (1 جمادى الآخرة 1441 هـ)');

    const listing = await upcoming(guildId);
    const [embed] = embedsOf(listing);
    expect(embed?.title).toBe('الاجتماعات خلال 7 أيام مقبلة');
    // The Brussels meeting, known to its day only.
    expect(textOf(listing)).toContain('الخميس، 30 يناير 2020 (5 جمادى الآخرة 1441 هـ)');
    expect(textOf(listing)).not.toMatch(ARABIC_INDIC);
    expect(textOf(listing)).not.toContain('كانون');
  });

  it('Maghrebi months keep Arabic-Indic digits unless told; /meetings on and /settings show follow', async () => {
    const guildId = await newServer(harness());
    await setArabic(harness(), guildId);
    await dates(guildId, { months: 'maghrebi' });
    const day = await harness().discord.command({
      command: 'meetings',
      subcommand: 'on',
      options: { date: '2020-01-30' },
      guildId,
    });
    expect(embedsOf(day)[0]?.title).toBe('الاجتماعات في الخميس، ٣٠ جانفي ٢٠٢٠');
    expect(textOf(day)).not.toContain('(');

    await dates(guildId, { digits: 'latin' });
    const show = await harness().discord.command({
      command: 'settings',
      subcommand: 'show',
      options: {},
      guildId,
      permissions: ADMIN,
    });
    const field = embedsOf(show)[0]?.fields?.find((f) => f.name === 'التواريخ')?.value;
    expect(field).toBe('الأشهر المغاربية (جانفي) · الأرقام الغربية (0123) · دون التاريخ الهجري\nالأحد، 26 جانفي 2020');

    // Another server keeps the default: Levantine months, Arabic-Indic digits.
    const elsewhere = await newServer(harness());
    await setArabic(harness(), elsewhere);
    expect(textOf(await upcoming(elsewhere))).toContain('الخميس، ٣٠ كانون الثاني ٢٠٢٠');
  });
});
