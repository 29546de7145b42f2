/**
 * Pictures benchmark: the seed dataset, each picture drawn (SVG) and rasterised (resvg, off the main
 * thread) repeatedly in both languages; the cached path (a remembered file_id); how long the event
 * loop was held while pictures rendered; and the process's RSS with pictures loaded.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { loadI18n } from '../src/i18n/index.js';
import { type MapFilter, type PictureKind, drawPicture, rasterise } from '../src/pictures/index.js';
import { createPictureService } from '../src/services/pictures.js';
import { loadSeededCatalog } from '../test/support/catalog.js';
import type { BenchModule, BenchRow } from './index.js';

const ITERATIONS = Number(process.env.BENCH_PICTURE_ITERATIONS ?? 15);
const CACHED_ITERATIONS = 2000;
const P99_TARGET_MS = 300;
const CACHED_TARGET_MS = 5;

const PICTURES: Array<[PictureKind, MapFilter]> = [
  ['map', 'all'],
  ['map', 'coalition'],
  ['timeline', 'all'],
  ['stats', 'all'],
];

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;

export const picturesBench: BenchModule = {
  name: 'pictures',
  description: `each picture drawn and rasterised ${ITERATIONS}× per language (seed data), the cached file_id path, RSS`,
  async run() {
    const catalog = await loadSeededCatalog();
    const i18n = loadI18n();
    const rows: BenchRow[] = [];
    const rssBefore = process.memoryUsage().rss;

    // The first map projects every country once (cached for the process afterwards).
    let t = performance.now();
    const first = drawPicture({ kind: 'map', filter: 'all' }, catalog, i18n.translator('en'));
    await rasterise(first.svg);
    rows.push({ what: 'first map (projects the shapes once)', value: ms(performance.now() - t) });

    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    for (const [kind, filter] of PICTURES) {
      const total: number[] = [];
      const svgOnly: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < ITERATIONS; i++) {
        for (const lang of ['uk', 'en'] as const) {
          t = performance.now();
          const c = process.cpuUsage();
          const d = drawPicture({ kind, filter }, catalog, i18n.translator(lang));
          svgOnly.push(performance.now() - t);
          await rasterise(d.svg);
          total.push(performance.now() - t);
          const used = process.cpuUsage(c);
          cpu.push((used.user + used.system) / 1000);
        }
      }
      const p99 = quantile(total, 0.99);
      rows.push({
        what: `${kind}${filter === 'all' ? '' : ` ${filter}`}: SVG + PNG, median / p99`,
        value: `${ms(quantile(total, 0.5))} / ${ms(p99)}`,
        target: `p99 < ${P99_TARGET_MS} ms`,
        ratio: P99_TARGET_MS / p99,
        note: `CPU time median ${ms(quantile(cpu, 0.5))} (wall time waits for a core on a busy machine); SVG alone (main thread) median ${ms(quantile(svgOnly, 0.5))}, p99 ${ms(quantile(svgOnly, 0.99))}`,
      });
    }
    delay.disable();
    rows.push({
      what: 'event loop held while rendering (max delay)',
      value: ms(delay.max / 1e6),
      note: `p99 ${ms(delay.percentile(99) / 1e6)}: rasterising runs in libuv's pool, only the SVG string is built on the main thread`,
    });

    // The cached path: the service finds the remembered file_id for the current data version.
    const service = createPictureService({ facts: { catalog: async () => catalog }, i18n, render: async () => Buffer.alloc(0) });
    service.remember(await service.get('map', 'all', 'en'), 'FILE');
    const cached: number[] = [];
    for (let i = 0; i < CACHED_ITERATIONS; i++) {
      t = performance.now();
      await service.get('map', 'all', 'en');
      cached.push(performance.now() - t);
    }
    const cachedP99 = quantile(cached, 0.99);
    rows.push({
      what: 'cached picture (file_id lookup), median / p99',
      value: `${ms(quantile(cached, 0.5))} / ${ms(cachedP99)}`,
      target: `< ${CACHED_TARGET_MS} ms`,
      ratio: CACHED_TARGET_MS / cachedP99,
    });
    const rss = process.memoryUsage().rss;
    rows.push({
      what: 'RSS with pictures loaded',
      value: `${(rss / 2 ** 20).toFixed(0)} MB`,
      note: `+${((rss - rssBefore) / 2 ** 20).toFixed(0)} MB for shapes, fonts and renders`,
    });
    return rows;
  },
};
