/**
 * Cold start: what a first start costs (apply every migration with the wasm schema engine, load the
 * bundled dataset) against a warm start on the same database (nothing to apply, seed already current),
 * measured side by side, several rounds each.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { prepareDatabase } from '../src/app.js';
import type { BenchModule, BenchRow } from './index.js';

const ROUNDS = 5;

async function timed(url: string): Promise<number> {
  const started = performance.now();
  const db = await prepareDatabase({ databaseUrl: url }, pino({ level: 'silent' }));
  await db.$disconnect();
  return performance.now() - started;
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
      return [
        { what: 'first start in a fresh process (incl. compiling the wasm engine)', value: `${first.toFixed(0)} ms`, note: 'one measurement' },
        { what: 'cold start: migrate + seed a new database (median)', value: `${c.toFixed(0)} ms`, note: `min ${Math.min(...cold).toFixed(0)} ms, max ${Math.max(...cold).toFixed(0)} ms` },
        { what: 'warm start: nothing to apply, seed current (median)', value: `${w.toFixed(0)} ms`, note: `min ${Math.min(...warm).toFixed(0)} ms, max ${Math.max(...warm).toFixed(0)} ms` },
        { what: 'cold ÷ warm', value: `${(c / w).toFixed(1)}×`, note: 'same process, same rounds' },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
