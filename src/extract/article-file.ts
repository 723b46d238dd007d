/** An article given as a file (the terminal, a Discord attachment): text, or a clear refusal. */
import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';

/** Larger files are refused before they are read. */
export const MAX_ARTICLE_BYTES = 200 * 1024;

/** The UTF-8 text of an article file; refuses what is too large, binary or not UTF-8. */
export function articleText(bytes: Uint8Array, name: string): string {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    throw new UserError('fileTooLarge', name, Math.ceil(bytes.byteLength / 1024), MAX_ARTICLE_BYTES / 1024);
  }
  if (bytes.includes(0)) throw new UserError('notTextFile', name);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError('notUtf8', name);
  }
  return text.replace(/^\uFEFF/, '');
}

/** An article file on this machine (the terminal, the local console), read as `articleText` reads bytes. */
export async function readArticleFile(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    throw new UserError('cliCannotRead', path);
  }
  return articleText(bytes, path);
}
