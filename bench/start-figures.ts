/**
 * Start figures: the compiled terminal and bot as fresh processes, each beside Node's own start
 * (`node -e 0`) measured in the same rounds. Wall time from spawn to exit (to the gateway
 * identify, for the bot); CPU time (user + system) and peak RSS from the process itself
 * (`process.resourceUsage()`, read at exit by a one-line --import, in separate runs so it costs
 * the timed runs nothing). On a machine shared with other work, wall time stretches with the
 * load; CPU time much less, so it is printed beside it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLocalDiscord } from '../tests/helpers/local-discord/index.js';
import { BENCH_NOW, type SyntheticCalendar } from './generate.js';
import { round, type Figure } from './measure.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SEED_ARTICLE = join(ROOT, 'db/seed/alwatan-2020-01-28.ar.txt');
const USAGE_AT_EXIT =
  'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write(`\\nmaxrss=${u.maxRSS} cpu=${u.userCPUTime+u.systemCPUTime}\\n`)})';

interface Command {
  name: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  input?: string;
  target: string;
}

interface Run {
  ms: number;
  rssKb: number | null;
  /** User + system CPU time, µs. */
  cpuUs: number | null;
}

function runOnce(command: Command, withUsage: boolean): Run {
  const args = withUsage ? ['--import', USAGE_AT_EXIT, ...command.args] : command.args;
  const started = performance.now();
  const run = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...command.env },
    input: command.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  const ms = performance.now() - started;
  const usage = /maxrss=(\d+) cpu=(\d+)/.exec(run.stderr);
  const stderr = run.stderr.replace(/\n?maxrss=\d+ cpu=\d+\n/, '');
  if (run.status !== 0 || stderr !== '')
    throw new Error(`${command.name} failed (${run.status}): ${stderr.split('\n')[0] ?? ''}`);
  return { ms, rssKb: usage ? Number(usage[1]) : null, cpuUs: usage ? Number(usage[2]) : null };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};

/** Each command `rounds` times, the commands taking turns so a busy moment slows them alike. */
function measure(commands: Command[], rounds: number): Map<string, { ms: number[]; rssKb: number[]; cpuUs: number[] }> {
  const results = new Map(
    commands.map((c) => [c.name, { ms: [] as number[], rssKb: [] as number[], cpuUs: [] as number[] }]),
  );
  for (const command of commands) runOnce(command, false); // warm the disk cache
  for (let round = 0; round < rounds; round++) {
    for (const command of commands) {
      results.get(command.name)!.ms.push(runOnce(command, false).ms);
      const { rssKb, cpuUs } = runOnce(command, true);
      if (rssKb !== null) results.get(command.name)!.rssKb.push(rssKb);
      if (cpuUs !== null) results.get(command.name)!.cpuUs.push(cpuUs);
    }
  }
  return results;
}

/** Time from spawning `npm start`'s script with a token to the local Discord's gateway receiving identify. */
async function botStartToIdentify(rounds: number): Promise<number[]> {
  const discord = await startLocalDiscord({ guilds: [{ name: 'Bench server' }] });
  const folder = mkdtempSync(join(tmpdir(), 'diwan-bench-start-'));
  const times: number[] = [];
  try {
    // The first start makes the database (migrations, no calendar yet): a warm-up, as a restart is the usual start.
    for (let i = 0; i <= rounds; i++) {
      const seen = discord.gatewayEvents('identify').length;
      const started = performance.now();
      const child = spawn(process.execPath, ['bin/start.js'], {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          DISCORD_TOKEN: discord.token,
          DISCORD_API_BASE: discord.apiBase,
          DATABASE_PATH: join(folder, 'bot.sqlite'),
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      await discord.waitFor(() => discord.gatewayEvents('identify').length > seen, {
        timeoutMs: 30_000,
        description: `the bot to identify (stderr: ${stderr})`,
      });
      if (i > 0) times.push(performance.now() - started);
      child.kill('SIGTERM');
      await exited;
    }
  } finally {
    await discord.close();
    rmSync(folder, { recursive: true, force: true });
  }
  return times;
}

/**
 * The start figures. `calendar` (the 10k one, its calendar made the terminal's own here) is what
 * `upcoming` lists. Needs a current dist/ (`npm run bench` builds it first).
 */
export async function startFigures(
  calendar: SyntheticCalendar,
  rounds: number,
  log: (line: string) => void,
): Promise<Figure[]> {
  // The terminal answers from the calendar keyed 'local'.
  calendar.db.prepare("UPDATE calendars SET key = 'local', guild_id = NULL WHERE id = ?").run(calendar.calendarId);
  calendar.db.pragma('wal_checkpoint(TRUNCATE)');
  const at = new Date(BENCH_NOW).toISOString();
  const onCalendar = { DATABASE_PATH: calendar.path, DIWAN_SOURCES: '' };
  const seedSentences = readFileSync(SEED_ARTICLE, 'utf8');
  const node: Command = { name: 'node -e 0', args: ['-e', '0'], target: '' };
  const commands: Command[] = [
    node,
    {
      name: `upcoming --json, ${calendar.size / 1000}k calendar`,
      args: ['bin/meetings.js', 'upcoming', '--at', at, '--json'],
      env: onCalendar,
      target: 'target: under 300 ms and 70 MB',
    },
    {
      name: 'when, the seed article line by line',
      args: ['bin/meetings.js', 'when', '--at', '2020-01-28T10:00:00+02:00', '--tz', 'Asia/Damascus'],
      input: seedSentences,
      env: onCalendar,
      target: 'target: under 400 ms',
    },
    {
      name: 'extract --json, the seed article',
      args: ['bin/meetings.js', 'extract', SEED_ARTICLE, '--published', '2020-01-28', '--json'],
      env: onCalendar,
      target: 'target: under 400 ms',
    },
    {
      name: 'upcoming --json from the sources (tsx)',
      args: ['bin/meetings.js', 'upcoming', '--at', at, '--json'],
      env: { ...onCalendar, DIWAN_SOURCES: '1' },
      target: 'how it ran before dist/',
    },
  ];
  log(`  start: ${commands.length} commands, ${rounds} rounds…`);
  const results = measure(commands, rounds);
  log(`  start: the bot to identify, ${rounds} starts…`);
  const bot = await botStartToIdentify(rounds);
  const base = results.get(node.name)!;
  const baseMs = median(base.ms);
  const baseRss = median(base.rssKb) / 1024;
  const baseCpu = median(base.cpuUs) / 1000;
  const figure = (name: string, ms: number[], note: string): Figure => ({
    name: `start: ${name}`,
    size: null,
    p50_ms: round(median(ms), 1),
    p99_ms: round(Math.max(...ms), 1),
    baseline_p50_ms: round(baseMs, 1),
    ratio: round(median(ms) / baseMs, 2),
    baseline: 'node -e 0, same rounds',
    note,
  });
  const figures: Figure[] = [];
  for (const command of commands.slice(1)) {
    const { ms, rssKb, cpuUs } = results.get(command.name)!;
    const rss = median(rssKb) / 1024;
    const cpu = median(cpuUs) / 1000;
    figures.push(
      figure(
        command.name,
        ms,
        `${command.target}; CPU ${cpu.toFixed(0)} ms (node -e 0: ${baseCpu.toFixed(0)} ms); ` +
          `peak RSS ${rss.toFixed(0)} MB (node -e 0: ${baseRss.toFixed(0)} MB)`,
      ),
    );
  }
  figures.push(
    figure(
      'bot, process start to gateway identify',
      bot,
      `target: under 1500 ms; local Discord, 1 server, ${rounds} restarts`,
    ),
  );
  for (const f of figures) log(`  ${f.name}: ${f.p50_ms} ms wall (node -e 0: ${f.baseline_p50_ms} ms); ${f.note}`);
  return figures;
}
