/** An article given as a file (the terminal, a Discord attachment): text, or a clear refusal. */
import { UserError } from '../errors.js';

/** Larger files are refused before they are read. */
export const MAX_ARTICLE_BYTES = 200 * 1024;

/** The UTF-8 text of an article file; refuses what is too large, binary or not UTF-8. */
export function articleText(bytes: Uint8Array, name: string): string {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    throw new UserError(`${name} is ${Math.ceil(bytes.byteLength / 1024)} KB; an article may be at most ${MAX_ARTICLE_BYTES / 1024} KB`);
  }
  if (bytes.includes(0)) throw new UserError(`${name} is not a text file`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`${name} is not UTF-8 text`);
  }
  return text.replace(/^\uFEFF/, '');
}
