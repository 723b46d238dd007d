/**
 * The calendar outside Discord, through the real bot: `/meetings export` attaches an .ics that
 * node-ical reads back to the server's meetings, and the feed `/calendar ical-link` links to is
 * fetched over HTTP (127.0.0.1, a free port) with its ETag, 304, 404 and rotation.
 */
import { randomBytes } from 'node:crypto';
import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import {
  answered,
  expectDeferredPrivate,
  expectEphemeral,
  newServer,
  useBotHarness,
  setArabic,
} from '../helpers/bot-answers.js';
import { readEvents } from '../helpers/ics.js';
import type { InteractionExchange } from '../helpers/local-discord/index.js';

const MANAGE_SERVER_AND_EVENTS = String(PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ManageEvents);
const MANAGE_EVENTS = String(PermissionFlagsBits.ManageEvents);

/** The .ics a deferred export answer attached, once the bot is done. */
async function attachedIcs(answer: InteractionExchange): Promise<{ name: string; text: string }> {
  await answered(answer);
  const edit = answer.responses().find((response) => response.kind === 'edit-original');
  const file = edit?.files[0];
  if (!file) throw new Error('the export answer attached no file');
  return { name: file.name, text: Buffer.from(file.data).toString('utf8') };
}

const FEED_LINK = /http:\/\/127\.0\.0\.1:\d+\/feed\/[A-Za-z0-9_-]{43}\.ics/;

describe('/meetings export and calendar feeds', () => {
  const harness = useBotHarness({ env: { FEED_PORT: '0' } });

  const exportIn = (guildId: string, options: Record<string, string> = {}) =>
    harness().discord.command({ command: 'meetings', subcommand: 'export', options, guildId });

  const feedLinkOf = async (guildId: string, rotate = false): Promise<string> => {
    const answer = await harness().discord.command({
      command: 'calendar',
      subcommand: 'ical-link',
      options: rotate ? { rotate: true } : {},
      permissions: MANAGE_SERVER_AND_EVENTS,
      guildId,
    });
    expect(answer.ephemeral).toBe(true);
    const link = FEED_LINK.exec(answer.content ?? '')?.[0];
    if (!link) throw new Error(`no feed link in: ${answer.content}`);
    return link;
  };

  it('export: a private .ics attachment that node-ical reads back to the seed meetings, Arabic intact', async () => {
    const guildId = await newServer(harness());
    const answer = await exportIn(guildId);
    expect(answer.callback.type).toBe(5);
    expect(answer.ephemeral).toBe(true);
    const file = await attachedIcs(answer);
    expect(file.name).toBe('diwan-meetings.ics');
    const events = readEvents(file.text);
    expect(events).toHaveLength(6);
    expect(new Set(events.map((e) => e.uid)).size).toBe(6);
    const pedersen = events.find((e) => e.summary === 'UN envoy Geir Pedersen visits Damascus')!;
    expect(pedersen.days).toEqual({ first: '2020-01-29', afterLast: '2020-01-30' });
    expect(pedersen.status).toBe('CONFIRMED');
    expect(pedersen.location).toBe('Damascus · دمشق');
    expect(pedersen.description).toContain('Geir Pedersen · غير بيدرسون');
    expect(pedersen.description).toContain('سيزور دمشق في 29 الشهر الجاري');
    expect(pedersen.description).toContain('Al-Watan (Damascus) · 2020-01-28');
    const message = await answered(answer);
    expect(String(message.content)).toMatch(/6 meetings in diwan-meetings\.ics/);
  });

  it('export of a participant or of some days holds only those meetings', async () => {
    const guildId = await newServer(harness());
    const jeffrey = readEvents((await attachedIcs(await exportIn(guildId, { participant: 'جيفري' }))).text);
    expect(jeffrey.map((e) => e.summary).sort()).toEqual([
      'Global Coalition Small Group political directors meeting',
      'James Jeffrey meets senior EU officials',
      'Small Group on Syria meeting',
    ]);
    const days = readEvents(
      (await attachedIcs(await exportIn(guildId, { from: '2020-01-28', to: '2020-01-29' }))).text,
    );
    expect(days.map((e) => e.summary).sort()).toEqual([
      'Global Coalition Small Group political directors meeting',
      'UN envoy Geir Pedersen visits Damascus',
    ]);
  });

  it('export refusals are private and in the server language', async () => {
    const guildId = await newServer(harness());
    await expectDeferredPrivate(await exportIn(guildId, { from: '2020-02-01', to: '2020-01-01' }), /ends|before/);
    await setArabic(harness(), guildId);
    await expectDeferredPrivate(await exportIn(guildId, { from: '2031-01-01' }), /لا شيء للتصدير/);
    const arabic = await attachedIcs(await exportIn(guildId));
    expect(readEvents(arabic.text).map((e) => e.summary)).toContain('زيارة المبعوث الأممي غير بيدرسون إلى دمشق');
  });

  it('the feed: text/calendar with an ETag and Cache-Control, a 304 for the same ETag, a new body after a change', async () => {
    const guildId = await newServer(harness());
    const link = await feedLinkOf(guildId);
    expect(await feedLinkOf(guildId)).toBe(link);

    const first = await fetch(link);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(first.headers.get('cache-control')).toMatch(/private/);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const events = readEvents(await first.text());
    expect(events).toHaveLength(6);

    const again = await fetch(link, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const head = await fetch(link, { method: 'HEAD' });
    expect([head.status, head.headers.get('etag'), await head.text()]).toEqual([200, etag, '']);
    expect((await fetch(link, { method: 'POST' })).status).toBe(405);

    const pedersen = events.find((e) => e.summary === 'UN envoy Geir Pedersen visits Damascus')!;
    const number = /^meeting-(\d+)\./.exec(pedersen.uid)![1]!;
    await harness().discord.command({
      command: 'calendar',
      subcommand: 'cancel',
      options: { meeting: number },
      permissions: MANAGE_EVENTS,
      guildId,
    });
    const changed = await fetch(link, { headers: { 'If-None-Match': etag! } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    const cancelled = readEvents(await changed.text()).find((e) => e.uid === pedersen.uid)!;
    expect([cancelled.status, cancelled.sequence]).toEqual(['CANCELLED', pedersen.sequence + 1]);
  });

  it('every token that opens nothing gets the same 404, and a rotated token stops working at once', async () => {
    const guildId = await newServer(harness());
    const link = await feedLinkOf(guildId);
    const origin = new URL(link).origin;
    const notFound = async (url: string) => {
      const response = await fetch(url);
      return [response.status, await response.text()];
    };
    const unknown = await notFound(`${origin}/feed/${randomBytes(32).toString('base64url')}.ics`);
    expect(unknown[0]).toBe(404);
    expect(await notFound(`${origin}/feed/short.ics`)).toEqual(unknown);
    expect(await notFound(`${origin}/`)).toEqual(unknown);

    const rotated = await feedLinkOf(guildId, true);
    expect(rotated).not.toBe(link);
    expect(await notFound(link)).toEqual(unknown);
    expect((await fetch(rotated)).status).toBe(200);
  });

  it('only Manage Server shows or rotates the link', async () => {
    const guildId = await newServer(harness());
    const answer = await harness().discord.command({
      command: 'calendar',
      subcommand: 'ical-link',
      options: { rotate: true },
      permissions: MANAGE_EVENTS,
      guildId,
    });
    expectEphemeral(answer, /Manage Server/);
  });

  it('one server never sees another server’s meetings, in exports or feeds', async () => {
    const [first, second] = [await newServer(harness()), await newServer(harness())];
    await harness().discord.command({
      command: 'calendar',
      subcommand: 'add',
      options: { title: 'Closed-door talks of the first server', date: '2020-02-03' },
      permissions: MANAGE_EVENTS,
      guildId: first,
    });
    const titles = (ics: string) => readEvents(ics).map((e) => e.summary);
    const secret = 'Closed-door talks of the first server';
    expect(titles((await attachedIcs(await exportIn(first))).text)).toContain(secret);
    expect(titles((await attachedIcs(await exportIn(second))).text)).not.toContain(secret);
    const [firstFeed, secondFeed] = [await feedLinkOf(first), await feedLinkOf(second)];
    expect(firstFeed).not.toBe(secondFeed);
    expect(titles(await (await fetch(firstFeed)).text())).toContain(secret);
    expect(titles(await (await fetch(secondFeed)).text())).not.toContain(secret);
  });

  it('the feed server stops with the bot', async () => {
    const link = await feedLinkOf(await newServer(harness()));
    await harness().stopBot();
    await expect(fetch(link)).rejects.toThrow();
  });
});
