/** An article given as a file (the terminal, a Discord attachment): text, or a clear refusal. */
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { MAX_ARTICLE_KB, MAX_ARTICLE_SIZE } from './limits.js';

/** Larger files are refused before they are read (src/extract/limits.ts). */
export const MAX_ARTICLE_BYTES = MAX_ARTICLE_SIZE;

/** The UTF-8 text of an article file; refuses what is too large, binary or not UTF-8. */
export function articleText(bytes: Uint8Array, name: string): string {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) throw tooLarge(name, bytes.byteLength);
  if (bytes.includes(0)) throw new UserError('notTextFile', name);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError('notUtf8', name);
  }
  return text.replace(/^\uFEFF/, '');
}

/**
 * An article file on this machine (the terminal, the local console), read as `articleText`
 * reads bytes. Its type and size are checked before a byte is read, and no more than the
 * limit and one byte is ever read: a device (/dev/zero) or a pipe with no writer would
 * otherwise never end, and a huge file was read whole (1.5 GB in memory) before its refusal.
 */
export async function readArticleFile(path: string): Promise<string> {
  const refuseUnlessRegular = (isFile: boolean) => {
    if (!isFile) throw new UserError('notRegularFile', path);
  };
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UserError('cliCannotRead', path);
  }
  refuseUnlessRegular(info.isFile());
  if (info.size > MAX_ARTICLE_BYTES) throw tooLarge(path, info.size);
  let file;
  try {
    // Non-blocking: a file swapped for a pipe since stat does not hang the open.
    file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    throw new UserError('cliCannotRead', path);
  }
  try {
    refuseUnlessRegular((await file.stat()).isFile());
    const buffer = new Uint8Array(MAX_ARTICLE_BYTES + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await file.read(buffer, length, buffer.byteLength - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.byteLength) throw tooLarge(path, length);
    }
    return articleText(buffer.subarray(0, length), path);
  } finally {
    await file.close();
  }
}

function tooLarge(name: string, bytes: number): UserError {
  return new UserError('fileTooLarge', name, Math.ceil(bytes / 1024), MAX_ARTICLE_KB);
}
