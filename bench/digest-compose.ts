/**
 * One scheduled digest composition in a fresh process (forked by bench/digest.ts), so that its peak
 * RSS is its own: argv = database URL, mode ('paged': composeScheduled as the bot runs it; 'whole':
 * the former way, every recipient read at once, composed, then written in one createRun).
 * Replies over IPC with { ms, rows, considered, peakRss, startRss }. BENCH_PAGE_SIZE overrides the page
 * size; the parent passes BENCH_NODE_FLAGS (e.g. --max-old-space-size=160) to this process.
 */
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { createPrisma } from '../src/db/client.js';
import { createRepositories } from '../src/db/repositories/index.js';
import { PAGE_SIZE, createDigestService } from '../src/services/digests.js';
import { loadI18n } from '../src/i18n/index.js';

const [url, mode] = process.argv.slice(2) as [string, 'paged' | 'whole'];
const db = createPrisma(url);
const repos = createRepositories(db);
const digests = createDigestService({ repos, i18n: loadI18n(), logger: pino({ level: 'silent' }) });
await repos.catalog.get();
const startRss = process.memoryUsage().rss;
const at = new Date();
const t0 = performance.now();
let rows = 0;
let considered = 0;
if (mode === 'paged') {
  const r = await digests.composeScheduled('bench', at, Number(process.env.BENCH_PAGE_SIZE ?? PAGE_SIZE));
  rows = r.recipients;
  considered = r.considered;
} else {
  const c = await digests.composer();
  const recipients = await repos.subscriptions.recipients(['daily', 'weekly']);
  const open = await repos.outbox.chatsWithOpenDelivery(['digest', 'instant']);
  const out = digests.composeRows(c, recipients, at, 'digest', open);
  await repos.outbox.createRun({ slot: 'bench', kind: 'digest', windowEnd: at }, out.rows, out.empty, out.considered);
  rows = out.rows.length;
  considered = out.considered.length;
}
const ms = performance.now() - t0;
// better-sqlite3 answers synchronously, so a sampling timer would hardly run: the kernel's maximum
// resident set size of this process is the peak.
const peak = Math.max(process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
await db.$disconnect();
process.send!({ ms, rows, considered, peakRss: peak, startRss, heapUsedEnd: process.memoryUsage().heapUsed });
