/** An article attached in Discord: checked before download, fetched with a deadline, read as text. */
import type { AttachedFile } from '../../commands/command.js';
import { UserError } from '../errors.js';
import { articleText, MAX_ARTICLE_BYTES } from '../extract/article-file.js';

const DOWNLOAD_TIMEOUT_MS = 10_000;

export async function downloadArticle(file: AttachedFile): Promise<string> {
  // Refused before a byte is downloaded: Discord tells the size and the type.
  if (file.size > MAX_ARTICLE_BYTES) {
    throw new UserError('fileTooLarge', file.name, Math.ceil(file.size / 1024), MAX_ARTICLE_BYTES / 1024);
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
