/** `npx meetings calendar MONTH --png FILE`: the picture `/meetings calendar` attaches, written to a file. */
import { writeFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { messages, type Locale } from '../i18n/index.js';
import type { Reply } from '../replies/reply.js';

/** Writes the reply's picture to `file`; the reply says where, how large, and (--json) what it shows. */
export async function writePicture(reply: Reply, file: string, locale: Locale): Promise<Reply> {
  const picture = reply.files?.[0];
  if (!picture) return reply;
  try {
    await writeFile(file, picture.data);
  } catch {
    throw new UserError('cliCannotWrite', file);
  }
  const shown = reply.json?.() as { width?: number; height?: number } | undefined;
  const bytes = Buffer.byteLength(picture.data);
  const size = Math.ceil(bytes / 1024);
  return {
    content: `${reply.content ?? ''}\n${messages(locale).pictureWritten(file, shown?.width ?? 0, shown?.height ?? 0, size)}`,
    json: () => ({ ...(shown ?? {}), file, bytes }),
  };
}
