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
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`meetings: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
