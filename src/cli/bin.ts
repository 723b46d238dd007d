/** The `meetings` executable: `.env` (when present) under the environment, then the CLI. */
import { existsSync } from 'node:fs';
import { runCli } from './main.js';

if (existsSync('.env')) process.loadEnvFile('.env');
// A reader that stops early (`| head`) closes the pipe: the rest of the answer is not wanted.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  // Made when read (only `when` and `import` read it): process.stdin costs a start 5-6 ms of CPU.
  get stdin() {
    return process.stdin;
  },
  env: process.env,
})
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`meetings: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  )
  .then(exitOnceWritten);

/**
 * The answer is out (the command closed what it opened): exit once stdout and stderr have taken
 * what was written, not when the event loop empties, by which time V8 has finished a garbage
 * collection begun for a heap about to be freed (`extract`: 8-10 ms of CPU after the answer).
 */
function exitOnceWritten(): void {
  process.stderr.write('', () => process.stdout.write('', () => process.exit()));
}
