/**
 * /meetings calendar through the real discord.js client: acknowledged first, then the month's
 * picture attached to the answer everyone in the channel sees, as a PNG with its description.
 */
import { describe, expect, it } from 'vitest';
import { answered, newServer, useBotHarness, setArabic } from '../helpers/bot-answers.js';

describe('the month picture in Discord', () => {
  const harness = useBotHarness();

  it('arrives as a PNG attachment on a public answer, after a deferral', async () => {
    const { discord } = harness();
    const answer = await discord.command({
      command: 'meetings',
      subcommand: 'calendar',
      options: { month: '2020-01' },
    });
    expect(answer.callback.type).toBe(5);
    expect(answer.ephemeral).toBe(false);
    const message = await answered(answer);
    expect(message.content).toBe('📅 January 2020: 4 meetings');
    const [attachment] = message.attachments as { filename: string; description?: string; content_type: string }[];
    expect(attachment).toMatchObject({
      filename: 'meetings-2020-01.png',
      description: 'Calendar of the meetings of January 2020',
    });
    const upload = answer.responses().find((response) => response.kind === 'edit-original')!.files[0]!;
    expect(upload.name).toBe('meetings-2020-01.png');
    const png = Buffer.from(upload.data);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1000);
  });

  it('is in Arabic for a server that reads Arabic, and a bad month is told privately', async () => {
    const { discord } = harness();
    const guildId = await newServer(harness());
    await setArabic(harness(), guildId);
    const answer = await discord.command({ command: 'meetings', subcommand: 'calendar', options: {}, guildId });
    const message = await answered(answer);
    expect(message.content).toBe('📅 كانون الثاني ٢٠٢٠: ٤ اجتماعات');
    expect((message.attachments as { filename: string }[])[0]?.filename).toBe('meetings-2020-01.png');

    const refused = await discord.command({
      command: 'meetings',
      subcommand: 'calendar',
      options: { month: '13/2020' },
      guildId,
    });
    const said = await refused.waitForFollowUp();
    expect(String(said.content)).toContain('«13/2020» ليس شهراً');
    expect(Number(said.flags) & 64).toBe(64);
    expect(refused.responses().map((response) => response.kind)).toEqual(['callback', 'delete-original', 'follow-up']);
    expect(refused.original()).toBeUndefined();
  });
});
