/**
 * RFC 5545 line folding (3.1): a content line longer than 75 octets goes on in lines that begin
 * with a space. ical-generator folds every character of a calendar with a new TextEncoder each:
 * 4.2 s of the 5.4 s a 2,000-meeting feed took (bench/generate.ts's calendar, while other work
 * ran). This folds the same places, leaving the many short lines as they are, and counts UTF-8
 * octets from the code point.
 */

/** Octets of content a line holds before it is folded, as ical-generator counts them. */
const LINE_OCTETS = 74;

function utf8Octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

function foldLine(line: string): string {
  if (line.length <= LINE_OCTETS / 4 || Buffer.byteLength(line) <= LINE_OCTETS) return line;
  // Pieces cut with slice and joined once: a string grown a character at a time kept the
  // garbage collector busier than the folding itself.
  const pieces: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length;) {
    const codePoint = line.codePointAt(i)!;
    const size = utf8Octets(codePoint);
    octets += size;
    if (octets > LINE_OCTETS) {
      pieces.push(line.slice(start, i));
      start = i;
      octets = size;
    }
    i += codePoint > 0xffff ? 2 : 1;
  }
  pieces.push(line.slice(start));
  return pieces.join('\r\n ');
}

/** `text` (lines ended by CRLF) with every long line folded; a code point is never split. */
export function foldLines(text: string): string {
  return text.split('\r\n').map(foldLine).join('\r\n');
}
