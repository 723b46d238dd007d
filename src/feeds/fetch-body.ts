/** Reading a response body under a size limit: refused from Content-Length, cut while streaming. */
import type { IncomingMessage } from 'node:http';
import { FetchRefused } from './fetch-errors.js';

/** The body as text (in its declared charset, else UTF-8), or `too-large` past `limit` bytes. */
export async function readLimited(response: IncomingMessage, limit: number, charset?: string): Promise<string> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    response.destroy();
    throw new FetchRefused('too-large', `${declared} bytes`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      response.destroy();
      throw new FetchRefused('too-large', `over ${limit} bytes`);
    }
    chunks.push(chunk);
  }
  return decode(Buffer.concat(chunks), charset);
}

/** Arabic sites still send windows-1256 now and then; an unknown charset is read as UTF-8. */
function decode(bytes: Buffer, charset: string | undefined): string {
  try {
    return new TextDecoder(charset?.toLowerCase() || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
