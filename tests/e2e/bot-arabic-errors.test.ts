/**
 * A server that reads Arabic gets its refusals in Arabic too, through the real client: the
 * ephemeral error of an unknown meeting, and a missing permission named as Discord shows it.
 */
import { describe, it } from 'vitest';
import { expectEphemeral, newServer, useBotHarness, setArabic } from '../helpers/bot-answers.js';

describe('errors in the server’s language', () => {
  const harness = useBotHarness();

  it('after /settings language ar, an unknown meeting id is refused in Arabic', async () => {
    const { discord } = harness();
    const guildId = await newServer(harness());
    await setArabic(harness(), guildId);
    const answer = await discord.command({
      command: 'meetings',
      subcommand: 'show',
      options: { meeting: '999' },
      guildId,
      locale: 'en-US',
    });
    expectEphemeral(answer, /^⚠️ لا يوجد في هذا التقويم اجتماع برقم #999$/);
  });

  it('a server left on its readers’ clients keeps refusing in English', async () => {
    const { discord } = harness();
    const guildId = await newServer(harness());
    const answer = await discord.command({
      command: 'meetings',
      subcommand: 'show',
      options: { meeting: '999' },
      guildId,
      locale: 'en-US',
    });
    expectEphemeral(answer, /^⚠️ there is no meeting #999 in this calendar$/);
  });

  it('a member without Manage Server is told in Arabic which permission is missing', async () => {
    const { discord } = harness();
    const guildId = await newServer(harness());
    await setArabic(harness(), guildId);
    const answer = await discord.command({
      command: 'settings',
      subcommand: 'timezone',
      options: { zone: 'Asia/Damascus' },
      permissions: '0',
      guildId,
    });
    expectEphemeral(answer, /صلاحية «إدارة الخادم» \(Manage Server\)/);
  });
});
