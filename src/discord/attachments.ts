/**
 * Files attached to a command, read as text before the command runs: commands get text,
 * never files. Each is checked before download, fetched with a deadline, read as an article.
 */
import type { CommandInteractionOption } from 'discord.js';
import { UserError } from '../errors.js';
import { articleText, MAX_ARTICLE_BYTES } from '../extract/article-file.js';
import { MAX_ARTICLE_KB } from '../extract/limits.js';

const DOWNLOAD_TIMEOUT_MS = 10_000;

/** A file attached to a command option, as Discord describes it before it is downloaded. */
export interface AttachedFile {
  url: string;
  name: string;
  size: number;
  contentType: string | null;
}

/** The files of a command's attachment options (`leaf`: its subcommand's own options), by option name. */
export function attachedFiles(leaf: readonly CommandInteractionOption[]): Record<string, AttachedFile> {
  const files: Record<string, AttachedFile> = {};
  for (const { name, attachment } of leaf) {
    if (attachment)
      files[name] = {
        url: attachment.url,
        name: attachment.name,
        size: attachment.size,
        contentType: attachment.contentType,
      };
  }
  return files;
}

/** The text of an attached article; refused from its size and type before a byte is downloaded. */
export async function downloadArticle(file: AttachedFile): Promise<string> {
  if (file.size > MAX_ARTICLE_BYTES) {
    throw new UserError('fileTooLarge', file.name, Math.ceil(file.size / 1024), MAX_ARTICLE_KB);
  }
  if (file.contentType && !/^text\//.test(file.contentType)) throw new UserError('attachText', file.name);
  let response: Response;
  try {
    response = await fetch(file.url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  } catch {
    throw new UserError('downloadFailed', file.name);
  }
  if (!response.ok) throw new UserError('downloadFailedStatus', file.name, response.status);
  return articleText(new Uint8Array(await response.arrayBuffer()), file.name);
}
