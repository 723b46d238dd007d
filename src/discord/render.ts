/** A front-end-neutral reply as the payload discord.js sends. */
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIStringSelectComponent,
  type APIModalInteractionResponseCallbackData,
  TextInputStyle,
} from 'discord.js';
import { messages, type Locale } from '../i18n/index.js';
import { withinDiscordLimits } from '../replies/budget.js';
import type { Reply, ReplyButton, ReplyForm, ReplySelect } from '../replies/reply.js';

const STYLES: Record<
  ReplyButton['style'],
  ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger
> = {
  primary: ButtonStyle.Primary,
  secondary: ButtonStyle.Secondary,
  success: ButtonStyle.Success,
  danger: ButtonStyle.Danger,
};

export interface DiscordPayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent | APIStringSelectComponent>[];
  allowedMentions: { parse: [] };
  /** Discord tells a file's type by its name (.ics, .png), not by a type sent with it. */
  files?: { attachment: Buffer; name: string; description?: string }[];
}

/**
 * A reply as Discord's message, within Discord's limits (src/replies/budget.ts): what is cut
 * is said in `locale` ("…and 3 more").
 */
export function toDiscordPayload(reply: Reply, locale: Locale = 'en'): DiscordPayload {
  const fitted = withinDiscordLimits(reply, messages(locale).andMore);
  const embeds: APIEmbed[] = (fitted.embeds ?? []).map((embed) => ({
    title: embed.title,
    description: embed.description,
    fields: embed.fields?.map((f) => ({ name: f.name, value: f.value, inline: f.inline ?? false })),
    footer: embed.footer ? { text: embed.footer } : undefined,
    color: embed.color,
  }));
  const components: APIActionRowComponent<APIButtonComponent | APIStringSelectComponent>[] = [];
  if (fitted.select) components.push({ type: ComponentType.ActionRow, components: [selectMenu(fitted.select)] });
  if (fitted.buttons?.length)
    components.push({
      type: ComponentType.ActionRow,
      components: fitted.buttons.map((b) => ({
        type: ComponentType.Button,
        style: STYLES[b.style],
        label: b.label,
        custom_id: b.customId,
        disabled: b.disabled ?? false,
      })),
    });
  return {
    ...(fitted.content ? { content: fitted.content } : {}),
    embeds,
    components,
    // Set on each message too, so no default elsewhere can turn mentions back on.
    allowedMentions: { parse: [] },
    ...(reply.files?.length
      ? {
          files: reply.files.map((file) => ({
            attachment:
              typeof file.data === 'string'
                ? Buffer.from(file.data)
                : Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength),
            name: file.name,
            ...(file.description ? { description: file.description.slice(0, 1024) } : {}),
          })),
        }
      : {}),
  };
}

function selectMenu(select: ReplySelect): APIStringSelectComponent {
  return {
    type: ComponentType.StringSelect,
    custom_id: select.customId,
    ...(select.placeholder ? { placeholder: select.placeholder } : {}),
    min_values: select.minValues ?? 0,
    max_values: select.maxValues ?? select.options.length,
    options: select.options.map((option) => ({
      value: option.value,
      label: option.label,
      ...(option.description ? { description: option.description } : {}),
      default: option.selected ?? false,
    })),
  };
}

/** A form as a Discord modal: one text input per row (at most 5, as Discord allows). */
export function toDiscordModal(form: ReplyForm): APIModalInteractionResponseCallbackData {
  return {
    custom_id: form.customId,
    title: form.title.slice(0, 45),
    components: form.fields.slice(0, 5).map((field) => ({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.TextInput,
          custom_id: field.customId,
          label: field.label.slice(0, 45),
          style: field.long ? TextInputStyle.Paragraph : TextInputStyle.Short,
          required: field.required ?? false,
          ...(field.maxLength ? { max_length: field.maxLength } : {}),
          ...(field.placeholder ? { placeholder: field.placeholder.slice(0, 100) } : {}),
          ...(field.value ? { value: field.value } : {}),
        },
      ],
    })),
  };
}
