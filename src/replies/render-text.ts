/** A reply as plain text, for the terminal and the local console (src/discord/render.ts makes the Discord payload). */
import type { Reply } from './reply.js';

export function renderText(reply: Reply): string {
  const parts: string[] = [];
  if (reply.content) parts.push(reply.content);
  for (const embed of reply.embeds ?? []) {
    const lines: string[] = [];
    if (embed.title) lines.push(embed.title, '─'.repeat(Math.min(60, embed.title.length)));
    if (embed.description) lines.push(embed.description);
    for (const field of embed.fields ?? [])
      lines.push(`${field.name}: ${field.value.includes('\n') ? `\n${indent(field.value)}` : field.value}`);
    if (embed.footer) lines.push(`(${embed.footer})`);
    parts.push(lines.join('\n'));
  }
  return withoutControls(parts.join('\n\n'));
}

/**
 * C0 and C1 control characters but the line break and the tab: an article or a title that
 * carries ESC, CSI or BEL would otherwise set the operator's window title, clear the screen or
 * worse when printed in a terminal.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu;

/** `text` without terminal control characters (line breaks and tabs kept). */
export function withoutControls(text: string): string {
  return text.replace(CONTROLS, '');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
