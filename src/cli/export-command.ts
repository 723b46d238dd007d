/** `npx meetings export … [--ics FILE]`: the .ics of an export written to FILE, or to stdout. */
import { writeFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import type { Reply } from '../replies/reply.js';

/** `--ics` alone (or `--ics -`) means stdout, as no --ics does. */
export const STDOUT = '-';

/**
 * `--ics` as parseArgs reads it: alone, or followed by another flag, it takes no file; so it is
 * given the value `-` (stdout) before the arguments are parsed.
 */
export function icsFlagValued(args: readonly string[]): string[] {
  return args.map((arg, i) => {
    const next = args[i + 1];
    return arg === '--ics' && (next === undefined || next.startsWith('--')) ? `--ics=${STDOUT}` : arg;
  });
}

/**
 * Writes the export's file: to `target`, then returns the reply to print (what was written);
 * to stdout when no target, then returns null (stdout holds the calendar alone).
 */
export function writeExport(
  reply: Reply,
  target: string | undefined,
  json: boolean,
  stdout: NodeJS.WritableStream,
): Reply | null {
  const file = reply.files?.[0];
  if (!file) return reply;
  if (target === undefined || target === STDOUT) {
    if (json) throw new UserError('cliJsonNeedsIcsFile');
    stdout.write(file.data);
    return null;
  }
  try {
    writeFileSync(target, file.data);
  } catch {
    throw new UserError('cliCannotWrite', target);
  }
  return { ...reply, content: reply.content?.replace(file.name, target) };
}
