/**
 * The memory figure: RSS after login to a local Discord with 100 servers, the bot against a bare
 * discord.js client with the same intents, each in a fresh child process (127.0.0.1 only).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startLocalDiscord } from '../tests/helpers/local-discord/index.js';
import type { GuildSpec } from '../tests/helpers/local-discord/types.js';
import { round, type Figure } from './measure.js';

const run = promisify(execFile);
const CHILD = new URL('./memory-child.ts', import.meta.url).pathname;
const MB = 1024 * 1024;

interface ChildMemory {
  mode: string;
  guilds: number;
  rss: number;
  heapUsed: number;
  gc: boolean;
}

function guild(i: number): GuildSpec {
  return {
    name: `Server ${i}`,
    channels: ['general', 'news', 'calendar', 'random', 'voice'].map((name) => ({ name })),
    roles: Array.from({ length: 5 }, (_, r) => ({ name: `role ${r}` })),
    members: Array.from({ length: 50 }, (_, m) => ({ user: { username: `member-${i}-${m}` } })),
  };
}

async function child(mode: 'bot' | 'bare', apiBase: string, token: string, databasePath: string): Promise<ChildMemory> {
  const { stdout } = await run(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', CHILD, mode, apiBase, token, databasePath],
    {
      timeout: 90_000,
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  const line = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as ChildMemory;
}

export async function memoryFigures(servers: number, rounds: number, log: (line: string) => void): Promise<Figure[]> {
  const discord = await startLocalDiscord({ guilds: Array.from({ length: servers }, (_, i) => guild(i)) });
  const folder = mkdtempSync(join(tmpdir(), 'diwan-bench-memory-'));
  try {
    // Alternating, so neither always runs on a warmer machine; the lower RSS of each counts.
    const bots: ChildMemory[] = [];
    const bares: ChildMemory[] = [];
    for (let i = 0; i < rounds; i++) {
      bares.push(await child('bare', discord.apiBase, discord.token, join(folder, `unused-${i}.sqlite`)));
      bots.push(await child('bot', discord.apiBase, discord.token, join(folder, `bot-${i}.sqlite`)));
    }
    const bot = bots.reduce((a, b) => (b.rss < a.rss ? b : a));
    const bare = bares.reduce((a, b) => (b.rss < a.rss ? b : a));
    if (bot.guilds !== servers || bare.guilds !== servers)
      throw new Error(`logged into ${bot.guilds}/${bare.guilds} of ${servers} servers`);
    log(
      `  memory: bot ${(bot.rss / MB).toFixed(1)} MB (heap ${(bot.heapUsed / MB).toFixed(1)}), bare ${(bare.rss / MB).toFixed(1)} MB (heap ${(bare.heapUsed / MB).toFixed(1)})`,
    );
    const figure = (name: string, ours: number, base: number, note: string): Figure => ({
      name,
      size: null,
      p50_ms: null,
      p99_ms: null,
      baseline_p50_ms: null,
      ratio: round(ours / base, 2),
      rate: round(ours / MB, 1),
      baseline_rate: round(base / MB, 1),
      unit: 'MB',
      baseline: 'bare discord.js client, Guilds intent, same local Discord',
      note,
    });
    return [
      figure(
        `memory RSS, ${servers} servers`,
        bot.rss,
        bare.rss,
        `after login and GC (${bot.gc ? 'exposed' : 'not exposed'}); lower of ${rounds} fresh process(es) each`,
      ),
      figure(`memory heap used, ${servers} servers`, bot.heapUsed, bare.heapUsed, 'V8 heap after GC'),
    ];
  } finally {
    await discord.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
