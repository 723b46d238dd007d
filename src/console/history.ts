/**
 * The console's line history, kept in a file beside the database (as Node's REPL keeps
 * ~/.node_repl_history), so the arrow keys bring back commands typed in an earlier run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Lines kept: enough for weeks of use, small enough to read at every start. */
export const HISTORY_SIZE = 500;

/** The history file for a database file; none for an in-memory database. */
export function historyFileFor(databasePath: string): string | null {
  return databasePath === ':memory:' ? null : join(dirname(databasePath), 'console-history');
}

/** The lines of the history file, newest first (readline's order); none when it is missing or unreadable. */
export function readHistory(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, HISTORY_SIZE);
  } catch {
    return [];
  }
}

/** Writes the history, newest first, readable by its owner only (it holds what was typed). A failure to write loses only the history. */
export function writeHistory(file: string, lines: readonly string[]): void {
  try {
    writeFileSync(file, `${lines.slice(0, HISTORY_SIZE).join('\n')}\n`, { mode: 0o600 });
  } catch {
    // A read-only folder: the console works on without a saved history
  }
}
