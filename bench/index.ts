/**
 * npm run bench — runs the named benchmark modules in order and prints their figures.
 * `npm run bench -- browse` runs only the modules named. A module exports `name` and `run()`, which
 * returns rows to print; add new modules to MODULES.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';

export interface BenchRow {
  /** What was measured. */
  what: string;
  /** The figure, already formatted with its unit. */
  value: string;
  /** The target, formatted; '' when there is none. */
  target?: string;
  /** value ÷ target in the direction where ≥ 1 means the target is met; undefined when there is none. */
  ratio?: number;
  note?: string;
}

export interface BenchModule {
  name: string;
  description: string;
  run(): Promise<BenchRow[]>;
}

const MODULES: Array<() => Promise<BenchModule>> = [
  async () => (await import('./startup.js')).startupBench,
  async () => (await import('./browse.js')).browseBench,
  async () => (await import('./digest.js')).digestBench,
  async () => (await import('./digest.js')).answersBench,
  async () => (await import('./pictures.js')).picturesBench,
];

function table(rows: BenchRow[]): string {
  const cells = rows.map((r) => [
    r.what,
    r.value,
    r.target ?? '',
    r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}× ${r.ratio >= 1 ? '✓' : '✗'}`,
    r.note ?? '',
  ]);
  const head = ['measure', 'value', 'target', 'vs target', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  // Figures from a busy machine are not comparable: say how busy it was.
  const load = os.loadavg()[0]!.toFixed(2);
  console.log(`Node ${process.version}, ${os.cpus().length} cores, load average (1 min) ${load} at start`);
  for (const load of MODULES) {
    const mod = await load();
    if (only.length && !only.includes(mod.name)) continue;
    console.log(`\n## ${mod.name} — ${mod.description}\n`);
    const started = performance.now();
    const rows = await mod.run();
    console.log(table(rows));
    console.log(`\n(${mod.name}: ${((performance.now() - started) / 1000).toFixed(1)} s; load average now ${os.loadavg()[0]!.toFixed(2)})`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
