/** The bot as a real process: `src/index.ts` run by Node with tsx's loader, with only the settings given. */
import { spawn, type ChildProcess } from 'node:child_process';

export interface BotProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/**
 * `src/index.ts` with only the settings given (nothing from the test's environment). It runs in
 * one Node process with tsx as its loader (`node --import tsx`): the tsx command would be a
 * second process relaying signals, which kills a bot busy for 30 ms with SIGKILL; npx itself
 * dies of a SIGTERM (npm's own handling). A signal must reach the bot, whose clean exit is tested.
 */
export function startBotProcess(env: Record<string, string>, via: 'npx' | 'tsx' = 'tsx'): BotProcess {
  const [command, ...args] =
    via === 'npx' ? ['npx', 'tsx', 'src/index.ts'] : [process.execPath, '--import', 'tsx', 'src/index.ts'];
  const child = spawn(command!, args, {
    cwd: process.cwd(),
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      TZ: 'Pacific/Kiritimati',
      DISCORD_APPLICATION_ID: '',
      DISCORD_GUILD_ID: '',
      REMINDER_CHANNEL_ID: '',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}
