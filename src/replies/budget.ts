/**
 * The one rule that keeps a reply within what Discord accepts in a message (`LIMITS`): 2,000
 * characters of content, 10 embeds holding 6,000 characters together, 25 fields of 1,024, a
 * description of 4,096. Every message the bot sends passes through `withinDiscordLimits`
 * (src/discord/render.ts); handlers write compact replies, and this is the guarantee.
 *
 * Text is cut at whole entries, saying how many were left out ("…and 12 more"): an entry is a
 * paragraph when blank lines separate the text, else a line. One entry too long is cut short
 * with "…". Embeds past the budget are left out, the content saying how many.
 */
import { clip, LIMITS, type Reply, type ReplyEmbed, type ReplyField, type ReplySelect } from './reply.js';

/** "…and N more", in the reader's language. */
export type MoreText = (left: number) => string;

/** A reply Discord accepts: the same reply when it already fits, else one cut to fit. */
export function withinDiscordLimits(reply: Reply, more: MoreText): Reply {
  const embeds = (reply.embeds ?? []).map((embed) => fitEmbed(embed, more));
  let left = 0;
  while (embeds.length > LIMITS.embeds || (embeds.length > 1 && embedsLength(embeds) > LIMITS.embedTotal)) {
    embeds.pop();
    left++;
  }
  if (embeds.length === 1 && embedLength(embeds[0]!) > LIMITS.embedTotal)
    embeds[0] = shrinkEmbed(embeds[0]!, LIMITS.embedTotal, more);
  const content = left > 0 ? [reply.content, more(left)].filter(Boolean).join('\n') : reply.content;
  return {
    ...reply,
    ...(content !== undefined ? { content: fitText(content, LIMITS.content, more) } : {}),
    ...(reply.embeds ? { embeds } : {}),
    ...(reply.buttons
      ? { buttons: reply.buttons.map((button) => ({ ...button, label: clip(button.label, LIMITS.buttonLabel) })) }
      : {}),
    ...(reply.select ? { select: fitSelect(reply.select) } : {}),
  };
}

/** `text` in at most `max` characters: whole entries while they fit, then "…and N more". */
export function fitText(text: string, max: number, more: MoreText): string {
  if (text.length <= max) return text;
  const separator = text.includes('\n\n') ? '\n\n' : '\n';
  const entries = text.split(separator);
  let length = 0;
  let kept = 0;
  // Keep entries while they and the note for the rest fit.
  while (kept < entries.length) {
    const next = length + (kept > 0 ? separator.length : 0) + entries[kept]!.length;
    const note = kept + 1 < entries.length ? separator.length + more(entries.length - kept - 1).length : 0;
    if (next + note > max) break;
    length = next;
    kept++;
  }
  if (kept === 0) {
    // Not even the first entry fits: cut it short, and still say what is left.
    const note = entries.length > 1 ? `${separator}${more(entries.length - 1)}` : '';
    return note.length < max / 2 ? `${clip(entries[0]!, max - note.length)}${note}` : clip(text, max);
  }
  const shown = entries.slice(0, kept).join(separator);
  return kept < entries.length ? `${shown}${separator}${more(entries.length - kept)}` : shown;
}

/** The characters Discord counts towards an embed's share of the 6,000. */
export function embedLength(embed: ReplyEmbed): number {
  let length = (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.length ?? 0);
  for (const field of embed.fields ?? []) length += field.name.length + field.value.length;
  return length;
}

/** The characters Discord counts towards a message's 6,000. */
export function embedsLength(embeds: readonly ReplyEmbed[]): number {
  return embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
}

/** Each part of an embed within its own limit; past 25 fields, the last one says how many more. */
function fitEmbed(embed: ReplyEmbed, more: MoreText): ReplyEmbed {
  let fields = embed.fields?.map((field): ReplyField => ({
    ...field,
    name: clip(field.name, LIMITS.fieldName),
    value: fitText(field.value, LIMITS.fieldValue, more),
  }));
  if (fields && fields.length > LIMITS.fields) {
    const left = fields.length - (LIMITS.fields - 1);
    fields = [...fields.slice(0, LIMITS.fields - 1), { name: '…', value: more(left) }];
  }
  return {
    ...embed,
    ...(embed.title !== undefined ? { title: clip(embed.title, LIMITS.embedTitle) } : {}),
    ...(embed.description !== undefined
      ? { description: fitText(embed.description, LIMITS.embedDescription, more) }
      : {}),
    ...(embed.footer !== undefined ? { footer: clip(embed.footer, LIMITS.footer) } : {}),
    ...(fields ? { fields } : {}),
  };
}

/**
 * One embed over `max` on its own: its texts (description, field values, footer) each cut in
 * proportion to what must go; if its titles and names alone are too long, its last fields go.
 */
function shrinkEmbed(embed: ReplyEmbed, max: number, more: MoreText): ReplyEmbed {
  let shrunk: ReplyEmbed = embed;
  const fixed = (e: ReplyEmbed) => (e.title?.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length, 0);
  while (fixed(shrunk) > max - 100 && (shrunk.fields?.length ?? 0) > 0)
    shrunk = { ...shrunk, fields: shrunk.fields!.slice(0, -1) };
  for (let round = 0; round < 5 && embedLength(shrunk) > max; round++) {
    const texts = embedLength(shrunk) - fixed(shrunk);
    // A little under the exact share, for the "…and N more" the cuts add.
    const share = Math.max(0, max - fixed(shrunk)) / texts - 0.02 * (round + 1);
    const cut = (text: string) => fitText(text, Math.max(1, Math.floor(text.length * share)), more);
    shrunk = {
      ...shrunk,
      ...(shrunk.description ? { description: cut(shrunk.description) } : {}),
      ...(shrunk.footer ? { footer: clip(shrunk.footer, Math.max(1, Math.floor(shrunk.footer.length * share))) } : {}),
      ...(shrunk.fields ? { fields: shrunk.fields.map((field) => ({ ...field, value: cut(field.value) })) } : {}),
    };
  }
  while (embedLength(shrunk) > max && (shrunk.fields?.length ?? 0) > 0)
    shrunk = { ...shrunk, fields: shrunk.fields!.slice(0, -1) };
  return shrunk;
}

/** At most 25 options, each label and description within Discord's 100 characters. */
function fitSelect(select: ReplySelect): ReplySelect {
  const options = select.options.slice(0, LIMITS.selectOptions).map((option) => ({
    ...option,
    label: clip(option.label, LIMITS.optionLabel),
    ...(option.description !== undefined ? { description: clip(option.description, LIMITS.optionDescription) } : {}),
  }));
  return {
    ...select,
    options,
    ...(select.placeholder !== undefined ? { placeholder: clip(select.placeholder, LIMITS.selectPlaceholder) } : {}),
    ...(select.maxValues !== undefined ? { maxValues: Math.min(select.maxValues, options.length) } : {}),
    ...(select.minValues !== undefined ? { minValues: Math.min(select.minValues, options.length) } : {}),
  };
}
