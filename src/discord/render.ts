/** A front-end-neutral reply as the payload discord.js sends. */
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIModalInteractionResponseCallbackData,
  TextInputStyle,
} from 'discord.js';
import type { Reply, ReplyButton, ReplyForm } from '../replies/reply.js';

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
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: [] };
}

export function toDiscordPayload(reply: Reply): DiscordPayload {
  const embeds: APIEmbed[] = (reply.embeds ?? []).map((embed) => ({
    title: embed.title,
    description: embed.description,
    fields: embed.fields?.map((f) => ({ name: f.name, value: f.value, inline: f.inline ?? false })),
    footer: embed.footer ? { text: embed.footer } : undefined,
    color: embed.color,
  }));
  const components: APIActionRowComponent<APIButtonComponent>[] = reply.buttons?.length
    ? [
        {
          type: ComponentType.ActionRow,
          components: reply.buttons.map((b) => ({
            type: ComponentType.Button,
            style: STYLES[b.style],
            label: b.label,
            custom_id: b.customId,
            disabled: b.disabled ?? false,
          })),
        },
      ]
    : [];
  return {
    ...(reply.content ? { content: reply.content } : {}),
    embeds,
    components,
    // Set on each message too, so no default elsewhere can turn mentions back on.
    allowedMentions: { parse: [] },
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
        },
      ],
    })),
  };
}
