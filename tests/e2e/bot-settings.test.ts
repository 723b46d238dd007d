/**
 * /settings: a server that reads Arabic gets every answer and reminder in Arabic (Discord has
 * no Arabic client locale to follow), and its own zone for meetings with no place.
 */
import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { embedsOf, expectEphemeral, newServer, textOf, useBotHarness, setArabic } from '../helpers/bot-answers.js';

const ADMIN = String(PermissionFlagsBits.ManageGuild);

describe('server settings', () => {
  const harness = useBotHarness();

  it('a member without Manage Server cannot change them', async () => {
    const answer = await harness().discord.command({
      command: 'settings',
      subcommand: 'language',
      options: { language: 'ar' },
      permissions: '0',
    });
    expectEphemeral(answer, /Manage Server/);
  });

  it('language ar: listings answer in Arabic for every reader, whatever their client', async () => {
    const { discord } = harness();
    const guildId = await newServer(harness());
    const set = await setArabic(harness(), guildId);
    expect(textOf(set)).toContain('العربية');
    const answer = await discord.command({
      command: 'meetings',
      subcommand: 'upcoming',
      options: {},
      guildId,
      locale: 'en-US',
    });
    expect(embedsOf(answer)[0]?.title).toBe('الاجتماعات خلال ٧ أيام مقبلة');
    expect(textOf(answer)).toContain('دمشق');
    // Another server keeps following its readers' clients.
    const elsewhere = await discord.command({
      command: 'meetings',
      subcommand: 'upcoming',
      options: {},
      locale: 'en-US',
    });
    expect(embedsOf(elsewhere)[0]?.title).toBe('Meetings in the next 7 days');
  });

  it('language auto goes back to each reader’s client', async () => {
    const { discord } = harness();
    const guildId = await newServer(harness());
    await setArabic(harness(), guildId);
    await discord.command({
      command: 'settings',
      subcommand: 'language',
      options: { language: 'auto' },
      permissions: ADMIN,
      guildId,
    });
    const answer = await discord.command({
      command: 'meetings',
      subcommand: 'upcoming',
      options: {},
      guildId,
      locale: 'en-US',
    });
    expect(embedsOf(answer)[0]?.title).toBe('Meetings in the next 7 days');
  });

  it('timezone: a meeting with no place moves with the calendar’s zone, keeping its local day', async () => {
    const { discord } = harness();
    const guildId = await newServer(harness());
    const added = await discord.command({
      command: 'calendar',
      subcommand: 'add',
      options: { title: 'Donor call', date: '2020-01-29 09:00' },
      permissions: String(PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ManageEvents),
      guildId,
    });
    const shown = textOf(added);
    const utcInstant = Number(/<t:(\d+):F>/.exec(shown)?.[1]);
    expect(utcInstant).toBe(Date.parse('2020-01-29T09:00:00Z') / 1000);
    const zone = await discord.command({
      command: 'settings',
      subcommand: 'timezone',
      options: { zone: 'Asia/Damascus' },
      permissions: ADMIN,
      guildId,
    });
    expect(textOf(zone)).toContain('Asia/Damascus');
    const id = /#(\d+)/.exec(shown)?.[1];
    const again = await discord.command({
      command: 'meetings',
      subcommand: 'show',
      options: { meeting: id! },
      guildId,
    });
    // 09:00 in Damascus (UTC+2 in winter) is 07:00 UTC.
    expect(Number(/<t:(\d+):F>/.exec(textOf(again))?.[1])).toBe(Date.parse('2020-01-29T07:00:00Z') / 1000);
  });

  it('timezone refuses a zone that does not exist', async () => {
    const answer = await harness().discord.command({
      command: 'settings',
      subcommand: 'timezone',
      options: { zone: 'Mars/Olympus' },
      permissions: ADMIN,
    });
    expectEphemeral(answer, /unknown time zone/);
  });

  it('zone autocomplete offers Asia/Damascus for "dama"', async () => {
    const answer = await harness().discord.autocomplete({
      command: 'settings',
      subcommand: 'timezone',
      options: { zone: 'dama' },
      focused: 'zone',
    });
    expect(answer.choices?.map((c) => c.value)).toContain('Asia/Damascus');
  });

  it("zone autocomplete finds a zone by its city or country in either script, the place's zone first", async () => {
    const zonesFor = async (typed: string) =>
      (
        await harness().discord.autocomplete({
          command: 'settings',
          subcommand: 'timezone',
          options: { zone: typed },
          focused: 'zone',
        })
      ).choices?.map((c) => c.value) ?? [];
    expect((await zonesFor('القاهرة'))[0]).toBe('Africa/Cairo');
    expect((await zonesFor('Egypt'))[0]).toBe('Africa/Cairo');
    expect((await zonesFor('London'))[0]).toBe('Europe/London');
    expect((await zonesFor('دمشق'))[0]).toBe('Asia/Damascus');
  });
});
