/** What makes two imports the same article: its text, read loosely, and its publication day. */

/**
 * The key of an article in a calendar: a hash of its normalised text (Unicode NFC, runs of
 * white space as one space, trimmed) and its publication day. The same article pasted again,
 * attached as a file or imported from the terminal has the same key; the same text published
 * on another day (its relative dates mean other days) does not.
 */
export function articleKey(text: string, published: string | null): string {
  const normalised = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  // node:crypto taken when a key is made: imported, it costs every terminal start (calendar questions
  // open the database, whose migrations import this) 7-10 ms of CPU, for keys only an import makes.
  return process
    .getBuiltinModule('node:crypto')
    .createHash('sha256')
    .update(`${published ?? ''}\n${normalised}`)
    .digest('hex');
}
