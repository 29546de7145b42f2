/**
 * The bot at rest, in a fresh process (forked by bench/startup.ts): starts the app on a database
 * that is already current, takes a few updates from the fake Bot API (the parent runs it), then
 * reports its memory. IDLE_MODE=engine loads the wasm schema engine first, as every start did
 * before the migration check (the "before" figure); IDLE_MODE=lean is today's start; IDLE_LIFTOFF=1
 * keeps V8 from optimising Prisma's wasm query compiler, as src/main.ts does by default.
 */
import v8 from 'node:v8';
import pino from 'pino';
import { startApp } from '../src/app.js';
import { parseConfig } from '../src/config.js';
import { applyMigrations } from '../src/db/schema-engine.js';

const env = process.env;
const config = parseConfig({ BOT_TOKEN: env.BENCH_TOKEN, TELEGRAM_API_ROOT: env.BENCH_API_ROOT, DATABASE_URL: env.BENCH_DATABASE_URL, LOG_LEVEL: 'silent' });
const memory = () => {
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers };
};
const base = memory();
// As src/main.ts does unless WASM_TIER_UP=true.
if (env.IDLE_LIFTOFF === '1') v8.setFlagsFromString('--liftoff-only');
if (env.IDLE_MODE === 'engine') await applyMigrations(config.databaseUrl);
const app = await startApp(config, { logger: pino({ level: 'silent' }) });
process.send!({ type: 'ready', base });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
process.on('message', (msg: { type: string }) => {
  void (async () => {
    if (msg.type === 'measure') {
      await sleep(2000);
      const idle = memory();
      (globalThis as { gc?: () => void }).gc?.();
      await sleep(500);
      process.send!({ type: 'memory', idle, afterGc: memory() });
    } else if (msg.type === 'stop') {
      await app.shutdown('bench over');
      process.exit(0);
    }
  })();
});
