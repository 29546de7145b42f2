/**
 * Cold start: what a first start costs (apply every migration with the wasm schema engine, load the
 * bundled dataset) against a warm start on the same database (nothing to apply, seed already current),
 * measured side by side, several rounds each.
 */
import { fork, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { startFakeTelegram } from '../test/support/fake-telegram.js';
import { prepareDatabase } from '../src/app.js';
import { PROJECT_ROOT } from '../src/paths.js';
import type { BenchModule, BenchRow } from './index.js';

const ROUNDS = 5;

async function timed(url: string): Promise<number> {
  const started = performance.now();
  const db = await prepareDatabase({ databaseUrl: url }, pino({ level: 'silent' }));
  await db.$disconnect();
  return performance.now() - started;
}

type Mem = { rss: number; heapUsed: number; external: number; arrayBuffers: number };
const MB = (b: number) => b / 1024 / 1024;

/** Starts the bot in a fresh process on a current database, sends it a few updates, reports its memory at rest. */
async function idleMemory(url: string, mode: 'lean' | 'engine', liftoff: boolean): Promise<{ base: Mem; idle: Mem; afterGc: Mem }> {
  const fake = await startFakeTelegram();
  const child = fork(fileURLToPath(new URL('./idle-child.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    env: { ...process.env, BENCH_TOKEN: fake.token, BENCH_API_ROOT: fake.apiRoot, BENCH_DATABASE_URL: url, IDLE_MODE: mode, IDLE_LIFTOFF: liftoff ? '1' : '0' },
    stdio: 'inherit',
  });
  const next = <T>(type: string) => new Promise<T>((resolve) => child.on('message', (m: { type: string }) => m.type === type && resolve(m as T)));
  try {
    const { base } = await next<{ base: Mem }>('ready');
    await fake.waitForPolling(60_000);
    const since = fake.mark();
    const texts = ['/start', '/country Germany', '/country Японія', '/signatories', '/timeline', '/stats', 'who signed in 2024?', '/pillar military'];
    texts.forEach((t, i) => fake.sendText({ id: 3000 + i, first_name: 'U', language_code: i % 2 ? 'en' : 'uk' }, t));
    await fake.waitForCalls('sendMessage', texts.length, 60_000, { since });
    const measured = next<{ idle: Mem; afterGc: Mem }>('memory');
    child.send({ type: 'measure' });
    const { idle, afterGc } = await measured;
    child.send({ type: 'stop' });
    await new Promise((r) => child.once('exit', r));
    return { base, idle, afterGc };
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await fake.close();
  }
}

/**
 * The production process itself (`node dist/main.js`, as `npm start` runs it after its build) on a
 * current database: RSS read from /proc after start, 8 updates answered and 2 s at rest.
 */
export async function productionIdleRss(url: string, env: Record<string, string> = {}): Promise<number | undefined> {
  const main = path.join(PROJECT_ROOT, 'dist', 'main.js');
  if (!existsSync(main) || !existsSync('/proc/self/status')) return undefined;
  const fake = await startFakeTelegram();
  const child = spawn(process.execPath, [main], {
    env: { PATH: process.env.PATH ?? '', BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, DATABASE_URL: url, LOG_LEVEL: 'warn', ...env },
    stdio: 'ignore',
  });
  try {
    await fake.waitForPolling(120_000);
    const since = fake.mark();
    const texts = ['/start', '/country Germany', '/country Японія', '/signatories', '/timeline', '/stats', 'who signed in 2024?', '/pillar military'];
    texts.forEach((t, i) => fake.sendText({ id: 4000 + i, first_name: 'U', language_code: i % 2 ? 'en' : 'uk' }, t));
    await fake.waitForCalls('sendMessage', texts.length, 60_000, { since });
    await new Promise((r) => setTimeout(r, 2000));
    const kb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]);
    return kb * 1024;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await fake.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export const startupBench: BenchModule = {
  name: 'startup',
  description: `database preparation at start: cold (new file) vs warm (current), ${ROUNDS} rounds each`,
  async run(): Promise<BenchRow[]> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'guarantor-bench-startup-'));
    try {
      // The first preparation in a process also compiles the wasm schema engine: a real first start.
      const first = await timed(`file:${path.join(dir, 'first.db')}`);
      const cold: number[] = [];
      const warm: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const url = `file:${path.join(dir, `round-${i}.db`)}`;
        cold.push(await timed(url));
        warm.push(await timed(url));
      }
      const c = median(cold);
      const w = median(warm);
      // At rest: the bot after start and a few updates, on a current database, each in a fresh process.
      const current = `file:${path.join(dir, 'round-0.db')}`;
      const before = await idleMemory(current, 'engine', false);
      const noEngine = await idleMemory(current, 'lean', false);
      const after = await idleMemory(current, 'lean', true);
      const prod = await productionIdleRss(current);
      const prodTierUp = await productionIdleRss(current, { WASM_TIER_UP: 'true' });
      const target = 150;
      return [
        { what: 'first start in a fresh process (incl. compiling the wasm engine)', value: `${first.toFixed(0)} ms`, note: 'one measurement' },
        {
          what: 'cold start: migrate + seed a new database (median)',
          value: `${c.toFixed(0)} ms`,
          note: `min ${Math.min(...cold).toFixed(0)} ms, max ${Math.max(...cold).toFixed(0)} ms`,
        },
        {
          what: 'warm start: nothing to apply, seed current (median)',
          value: `${w.toFixed(0)} ms`,
          note: `min ${Math.min(...warm).toFixed(0)} ms, max ${Math.max(...warm).toFixed(0)} ms`,
        },
        { what: 'cold ÷ warm', value: `${(c / w).toFixed(1)}×`, note: 'same process, same rounds' },
        {
          what: 'rss idle: start + 8 updates, schema engine loaded at start (before)',
          value: `${MB(before.idle.rss).toFixed(0)} MB`,
          note: `after gc ${MB(before.afterGc.rss).toFixed(0)} MB; heap ${MB(before.afterGc.heapUsed).toFixed(0)} MB, external ${MB(before.afterGc.external).toFixed(0)} MB; bare node+tsx ${MB(before.base.rss).toFixed(0)} MB`,
        },
        {
          what: 'rss idle: engine skipped, V8 optimises the wasm query compiler (WASM_TIER_UP=true)',
          value: `${MB(noEngine.idle.rss).toFixed(0)} MB`,
          note: `after gc ${MB(noEngine.afterGc.rss).toFixed(0)} MB; ${MB(before.idle.rss - noEngine.idle.rss).toFixed(0)} MB saved by not loading the schema engine`,
        },
        {
          what: 'rss idle: engine skipped, wasm kept at baseline tier (after, the default)',
          value: `${MB(after.idle.rss).toFixed(0)} MB`,
          note: `after gc ${MB(after.afterGc.rss).toFixed(0)} MB; heap ${MB(after.afterGc.heapUsed).toFixed(0)} MB, external ${MB(after.afterGc.external).toFixed(0)} MB`,
        },
        prod === undefined || prodTierUp === undefined
          ? { what: 'rss idle of node dist/main.js', value: 'n/a', note: 'run npm run build first (Linux /proc needed)' }
          : {
              what: 'rss idle of node dist/main.js (as npm start runs it): start + 8 updates + 2 s',
              value: `${MB(prod).toFixed(0)} MB`,
              target: `≤ ${target} MB`,
              ratio: target / MB(prod),
              note: `${MB(prodTierUp).toFixed(0)} MB with WASM_TIER_UP=true`,
            },
        {
          what: 'rss idle after ÷ before',
          value: `${(after.idle.rss / before.idle.rss).toFixed(2)}×`,
          note: `${MB(before.idle.rss - after.idle.rss).toFixed(0)} MB saved; these three children run under tsx, which itself holds ~40 MB`,
        },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
