/** One budget for every message: Discord's limits hold for the largest replies, and what is cut is counted. */
import { describe, expect, it } from 'vitest';
import { toDiscordPayload } from '../../../src/discord/render.js';
import { importFromOptions } from '../../../src/handlers/import.js';
import { embedsLength, fitText, withinDiscordLimits } from '../../../src/replies/budget.js';
import { LIMITS, type Reply } from '../../../src/replies/reply.js';
import { messages } from '../../../src/i18n/index.js';
import { programmeArticle } from '../../helpers/articles.js';
import { handlerContext, openTestCalendar } from '../../helpers/calendar.js';

const more = messages('en').andMore;
const lines = (n: number, width = 40) => Array.from({ length: n }, (_, i) => `${i + 1}. ${'x'.repeat(width)}`);

/** Every limit Discord enforces on one message. */
function expectWithinDiscordLimits(reply: Reply): void {
  expect(reply.content?.length ?? 0).toBeLessThanOrEqual(LIMITS.content);
  const embeds = reply.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
  expect(embedsLength(embeds)).toBeLessThanOrEqual(LIMITS.embedTotal);
  for (const embed of embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
    for (const field of embed.fields ?? []) expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  }
  expect(reply.select?.options.length ?? 0).toBeLessThanOrEqual(LIMITS.selectOptions);
}

describe('fitText', () => {
  it('leaves text that fits as it is', () => {
    expect(fitText('a\nb', 10, more)).toBe('a\nb');
  });

  it('keeps whole lines and says how many were left out', () => {
    const text = lines(100).join('\n');
    const fitted = fitText(text, 1024, more);
    expect(fitted.length).toBeLessThanOrEqual(1024);
    const kept = fitted.split('\n');
    expect(kept.at(-1)).toBe(`…and ${100 - (kept.length - 1)} more`);
    expect(kept.slice(0, -1)).toEqual(lines(100).slice(0, kept.length - 1));
  });

  it('keeps whole paragraphs when blank lines separate them (a meeting is two lines)', () => {
    const entries = Array.from({ length: 50 }, (_, i) => `**#${i + 1} · Talks**\nMonday · Geneva`);
    const fitted = fitText(entries.join('\n\n'), 300, more);
    expect(fitted.length).toBeLessThanOrEqual(300);
    const kept = fitted.split('\n\n');
    expect(kept.slice(0, -1).every((entry) => /^\*\*#\d+ · Talks\*\*\nMonday · Geneva$/.test(entry))).toBe(true);
    expect(kept.at(-1)).toBe(`…and ${50 - (kept.length - 1)} more`);
  });

  it('cuts one entry too long with an ellipsis', () => {
    const fitted = fitText('y'.repeat(5000), 2000, more);
    expect(fitted).toHaveLength(2000);
    expect(fitted.endsWith('…')).toBe(true);
  });

  it('says it in Arabic in an Arabic server', () => {
    expect(fitText(lines(100).join('\n'), 500, messages('ar').andMore)).toMatch(/\n…و[٠-٩]+ أخرى$/);
  });
});

describe('withinDiscordLimits', () => {
  it('leaves a reply that fits unchanged', () => {
    const reply: Reply = {
      content: 'hi',
      embeds: [{ title: 't', description: 'd', fields: [{ name: 'n', value: 'v' }] }],
    };
    expect(withinDiscordLimits(reply, more)).toEqual(reply);
  });

  it('twelve embeds of 1,500 characters: the embeds that fit in 6,000, and the content says how many more', () => {
    const embeds = Array.from({ length: 12 }, (_, i) => ({
      title: `Meeting ${i + 1}`,
      description: lines(30, 45).join('\n'),
    }));
    const fitted = withinDiscordLimits({ content: 'Found 12 meetings.', embeds }, more);
    expectWithinDiscordLimits(fitted);
    const shown = fitted.embeds!.length;
    expect(shown).toBeGreaterThan(0);
    expect(fitted.embeds!.map((e) => e.title)).toEqual(embeds.slice(0, shown).map((e) => e.title));
    expect(fitted.content).toBe(`Found 12 meetings.\n…and ${12 - shown} more`);
  });

  it('one embed with a full description and full fields: its longest texts cut to fit 6,000', () => {
    const fitted = withinDiscordLimits(
      {
        embeds: [
          {
            title: 'T'.repeat(300),
            description: lines(200).join('\n'),
            fields: Array.from({ length: 30 }, (_, i) => ({ name: `Field ${i}`, value: lines(40).join('\n') })),
            footer: 'F'.repeat(3000),
          },
        ],
      },
      more,
    );
    expectWithinDiscordLimits(fitted);
    const [embed] = fitted.embeds!;
    expect(embed!.title!.endsWith('…')).toBe(true);
    expect(embed!.description).toMatch(/\n…and \d+ more$/);
  });

  it('thirty fields: twenty-four, then one that says how many more', () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({ name: `#${i + 1}`, value: 'v' }));
    const [embed] = withinDiscordLimits({ embeds: [{ fields }] }, more).embeds!;
    expect(embed!.fields).toHaveLength(25);
    expect(embed!.fields!.at(-1)).toEqual({ name: '…', value: '…and 6 more' });
  });

  it('a menu of 30 choices keeps 25, with labels and descriptions within 100 characters', () => {
    const options = Array.from({ length: 30 }, (_, i) => ({
      value: String(i),
      label: 'L'.repeat(150),
      description: 'D'.repeat(150),
    }));
    const fitted = withinDiscordLimits({ select: { customId: 'a:b:1', options, maxValues: 30 } }, more);
    expect(fitted.select!.options).toHaveLength(25);
    expect(fitted.select!.maxValues).toBe(25);
    expect(fitted.select!.options.every((o) => o.label.length <= 100 && (o.description?.length ?? 0) <= 100)).toBe(
      true,
    );
  });
});

describe('the import preview of the largest articles, as Discord gets it', () => {
  const published = Date.parse('2020-01-28T12:00:00Z');

  it.each([12, 40, 336])('%i meetings: within every limit, the rest counted', (count) => {
    const calendar = openTestCalendar();
    try {
      const ctx = handlerContext(calendar.scope, published);
      const reply = importFromOptions(ctx, { text: programmeArticle(count), published: '2020-01-28' });
      const payload = toDiscordPayload(reply, 'en');
      const fitted = withinDiscordLimits(reply, more);
      expectWithinDiscordLimits(fitted);
      expect(payload.embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
      expect(reply.content).toMatch(new RegExp(`Found ${count} meetings`));
      const description = fitted.embeds![0]!.description!;
      const entries = description.split('\n\n');
      if (count === 12) expect(entries).toHaveLength(12);
      else expect(entries.at(-1)).toBe(`…and ${count - (entries.length - 1)} more`);
    } finally {
      calendar.close();
    }
  });
});
