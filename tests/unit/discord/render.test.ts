/** What the router hands discord.js: payloads that ping nobody, options as every front-end reads them. */
import { ApplicationCommandOptionType, ButtonStyle, ComponentType, type CommandInteractionOption } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { toDiscordModal, toDiscordPayload } from '../../../src/discord/render.js';
import { commandInput } from '../../../src/discord/router.js';
import { decodeCustomId, encodeCustomId } from '../../../src/replies/custom-id.js';
import { escapeMarkdown } from '../../../src/replies/presenter.js';

describe('toDiscordPayload', () => {
  it('turns a reply into embeds, one row of buttons and no mentions', () => {
    const payload = toDiscordPayload({
      content: 'hello',
      embeds: [{ title: 'T', description: 'D', fields: [{ name: 'n', value: 'v' }], footer: 'F', color: 1 }],
      buttons: [
        { customId: 'a:b:1', label: 'Delete', style: 'danger' },
        { customId: 'a:c:1', label: 'Keep', style: 'secondary', disabled: true },
      ],
    });
    expect(payload).toEqual({
      content: 'hello',
      embeds: [
        {
          title: 'T',
          description: 'D',
          fields: [{ name: 'n', value: 'v', inline: false }],
          footer: { text: 'F' },
          color: 1,
        },
      ],
      components: [
        {
          type: ComponentType.ActionRow,
          components: [
            {
              type: ComponentType.Button,
              style: ButtonStyle.Danger,
              label: 'Delete',
              custom_id: 'a:b:1',
              disabled: false,
            },
            {
              type: ComponentType.Button,
              style: ButtonStyle.Secondary,
              label: 'Keep',
              custom_id: 'a:c:1',
              disabled: true,
            },
          ],
        },
      ],
      allowedMentions: { parse: [] },
    });
  });

  it('clears embeds and buttons when a reply has none (an update replaces the old ones)', () => {
    expect(toDiscordPayload({ content: 'kept' })).toEqual({
      content: 'kept',
      embeds: [],
      components: [],
      allowedMentions: { parse: [] },
    });
  });
});

describe('toDiscordModal', () => {
  it('keeps within what Discord accepts: title and labels 45 characters, 5 inputs', () => {
    const modal = toDiscordModal({
      customId: 'calendar:add:0',
      title: 'x'.repeat(60),
      fields: Array.from({ length: 6 }, (_, i) => ({
        customId: `f${i}`,
        label: 'l'.repeat(50),
        required: i === 0,
        maxLength: 10,
      })),
    });
    expect(modal.title).toHaveLength(45);
    expect(modal.components).toHaveLength(5);
    const [first] = modal.components;
    expect(first).toMatchObject({
      type: ComponentType.ActionRow,
      components: [
        { type: ComponentType.TextInput, custom_id: 'f0', required: true, max_length: 10, label: 'l'.repeat(45) },
      ],
    });
  });
});

describe('commandInput', () => {
  const option = (
    name: string,
    type: ApplicationCommandOptionType,
    value?: string | number,
    options?: CommandInteractionOption[],
  ) => ({ name, type, value, options }) as CommandInteractionOption;

  it('reads a subcommand and its options', () => {
    const data = [
      option('upcoming', ApplicationCommandOptionType.Subcommand, undefined, [
        option('days', ApplicationCommandOptionType.Integer, 3),
        option('place', ApplicationCommandOptionType.String, 'دمشق'),
      ]),
    ];
    expect(commandInput('meetings', data)).toEqual({ subcommand: 'upcoming', options: { days: 3, place: 'دمشق' } });
  });

  it('joins a group and its subcommand with a space', () => {
    const data = [
      option('group', ApplicationCommandOptionType.SubcommandGroup, undefined, [
        option('sub', ApplicationCommandOptionType.Subcommand, undefined, []),
      ]),
    ];
    expect(commandInput('x', data)).toEqual({ subcommand: 'group sub', options: {} });
  });

  it('reads a command without subcommands', () => {
    expect(commandInput('x', [option('name', ApplicationCommandOptionType.String, 'a')])).toEqual({
      subcommand: null,
      options: { name: 'a' },
    });
  });
});

describe('escapeMarkdown', () => {
  it.each([
    [
      '**bold** _it_ ~~s~~ `code` ||spoiler||',
      '\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\`code\\` \\|\\|spoiler\\|\\|',
    ],
    ['[click](https://example.com)', '\\[click\\](https://example.com)'],
    ['# Heading\n> quote\n- item', '\\# Heading\n\\> quote\n\\- item'],
  ])('escapes %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it('breaks @everyone, @here and user, role and channel mentions', () => {
    const escaped = escapeMarkdown(
      '@everyone @here <@123456789012345678> <@!123456789012345678> <@&123456789012345678> <#123456789012345678>',
    );
    expect(escaped).not.toMatch(/@everyone|@here|<@!?\d|<@&\d|<#\d/);
    expect(escaped.replaceAll('\u200b', '')).toBe(
      '@everyone @here <@123456789012345678> <@!123456789012345678> <@&123456789012345678> <#123456789012345678>',
    );
  });

  it('leaves Arabic text as it is', () => {
    expect(escapeMarkdown('اجتماع «المجموعة المصغرة» حول سورية')).toBe('اجتماع «المجموعة المصغرة» حول سورية');
  });
});

describe('custom ids', () => {
  it('round-trip, colons in the data included', () => {
    const id = encodeCustomId('meetings', 'page', { q: { kind: 'on', date: '2020-01-29' }, p: 2, note: 'a:b' });
    expect(decodeCustomId(id)).toEqual({
      command: 'meetings',
      action: 'page',
      data: { q: { kind: 'on', date: '2020-01-29' }, p: 2, note: 'a:b' },
    });
  });

  it('refuse to exceed Discord’s 100 characters, and ignore ids that are not ours', () => {
    expect(() => encodeCustomId('meetings', 'page', { text: 'x'.repeat(100) })).toThrow(/100/);
    expect(decodeCustomId('no-colons')).toBeNull();
    expect(decodeCustomId('a:b:{not json')).toBeNull();
  });
});
