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
  return parts.join('\n\n');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
