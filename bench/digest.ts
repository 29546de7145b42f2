/**
 * Digest benchmark (`npx tsx bench/digest.ts`, or through `npm run bench`):
 * 1. Composition: 100,000 subscribers with mixed filters, languages, time zones and frequencies,
 *    40 newly published events; time and peak memory to compose every digest, then to write them
 *    to the outbox (one transaction).
 * 2. Delivery against the fake Bot API enforcing 30 messages a second (and one a second per chat):
 *    the outbox worker vs a naive `for … await sendMessage` loop, side by side, 1,500 messages each.
 *    Reports rate as a ratio to the limit, 429s and duplicates.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import pino from 'pino';
import { Telegram } from 'telegraf';
import { createPrisma } from '../src/db/client.js';
import { createRepositories } from '../src/db/repositories/index.js';
import type { Recipient } from '../src/db/repositories/subscriptions.js';
import { applyMigrations } from '../src/db/schema-engine.js';
import { seedDatabase } from '../src/db/seed.js';
import { createDigestService } from '../src/delivery/digests.js';
import { createRateLimiter } from '../src/delivery/rate-limiter.js';
import { createDeliveryWorker } from '../src/delivery/worker.js';
import { KIND_GROUPS } from '../src/domain/digest.js';
import { loadI18n } from '../src/i18n/index.js';
import { startFakeTelegram } from '../test/support/fake-telegram.js';

const SUBSCRIBERS = 100_000;
const EVENTS = 40;
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 1500);
const LIMIT = 30;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'guarantor-bench-'));
  const log = pino({ level: 'silent' });
  try {
    // ── 1. composition ─────────────────────────────────────────────────────────────────────
    const url = `file:${path.join(dir, 'bench.db')}`;
    await applyMigrations(url);
    const db = createPrisma(url);
    await seedDatabase(db);
    const partners = (await db.partner.findMany({ select: { code: true } })).map((p) => p.code);
    const pillars = (await db.pillar.findMany({ select: { id: true } })).map((p) => p.id);
    const frameworks = (await db.framework.findMany({ select: { id: true } })).map((f) => f.id);
    const kinds = ['joined', 'agreement', 'ratification', 'pledge', 'renewal', 'meeting'];
    const published = Date.now() - 3_600_000;
    for (let i = 0; i < EVENTS; i++) {
      await db.event.create({
        data: {
          occurredOn: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}`,
          kind: kinds[i % kinds.length]!,
          frameworkId: i % 3 === 0 ? null : frameworks[i % frameworks.length]!,
          titleEn: `Milestone ${i}: partner news with a reasonably long headline`,
          titleUk: `Подія ${i}: новина партнера з досить довгим заголовком`,
          sourceUrl: `https://example.org/news/${i}`,
          origin: 'admin',
          publishedAt: new Date(published + i * 1000),
          partners: { create: [{ partnerCode: partners[i % partners.length]! }, ...(i % 5 === 0 ? [{ partnerCode: partners[(i + 7) % partners.length]! }] : [])] },
        },
      });
    }
    const repos = createRepositories(db);
    const digests = createDigestService({ repos, i18n: loadI18n(), logger: log });
    const zones = ['Europe/Kyiv', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'UTC'];
    const recipients: Recipient[] = Array.from({ length: SUBSCRIBERS }, (_, i) => ({
      chatId: BigInt(1_000_000 + i),
      active: true,
      pausedAt: null,
      frequency: i % 7 === 0 ? 'weekly' : 'daily',
      deliveryHour: i % 24,
      weekday: 1 + (i % 7),
      timezone: zones[i % zones.length]!,
      quietFrom: null,
      quietTo: null,
      silent: i % 2 === 0,
      linkPreviews: false,
      deliveredUpTo: new Date(published - 1000),
      lastRunAt: null,
      language: i % 3 === 0 ? 'en' : 'uk',
      telegramLanguage: null,
      chatType: 'private',
      filters: {
        partners: i % 4 === 1 ? [partners[i % partners.length]!, partners[(i * 3) % partners.length]!] : [],
        pillars: i % 4 === 2 ? [pillars[i % pillars.length]!] : [],
        kinds: i % 4 === 3 ? [KIND_GROUPS[i % 3]!] : [],
      },
    }));
    globalThis.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const heapBefore = process.memoryUsage().heapUsed;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const t0 = performance.now();
    const composer = await digests.composer();
    const { rows } = digests.composeRows(composer, recipients, new Date(), 'digest', new Set());
    const composeMs = performance.now() - t0;
    peak = Math.max(peak, process.memoryUsage().rss);
    clearInterval(sampler);
    const composePeak = peak;
    const heapAfter = process.memoryUsage().heapUsed;
    const stamp = new Date().toISOString().replace('Z', '+00:00');
    for (let i = 0; i < recipients.length; i += 2000) {
      const chunk = recipients.slice(i, i + 2000);
      await db.$executeRawUnsafe(
        `INSERT INTO "Subscriber" ("chatId", "chatType", "language", "createdAt", "updatedAt") VALUES ${chunk.map(() => "(?, 'private', ?, ?, ?)").join(', ')}`,
        ...chunk.flatMap((r) => [r.chatId, r.language, stamp, stamp]),
      );
    }
    const t1 = performance.now();
    await repos.outbox.createRun({ slot: 'bench', kind: 'digest', windowEnd: new Date() }, rows);
    const writeMs = performance.now() - t1;
    console.log(`digest composition: ${SUBSCRIBERS.toLocaleString('en')} subscribers (mixed filters, en/uk, 5 time zones), ${EVENTS} new events`);
    console.log(`  composed ${rows.length.toLocaleString('en')} digests in ${(composeMs / 1000).toFixed(2)} s; outbox write ${(writeMs / 1000).toFixed(2)} s`);
    console.log(`  peak RSS while composing ${mb(composePeak)} (before composing ${mb(rssBefore)}: Node, Prisma, the catalog and the 100,000 recipients read); JS heap ${mb(heapBefore)} → ${mb(heapAfter)}; process max RSS incl. the outbox write ${mb(process.resourceUsage().maxRSS * 1024)}`);
    console.log(`  targets: composition < 10 s → ${composeMs < 10_000 ? 'met' : 'MISSED'}; peak < 300 MB → ${composePeak < 300 * 1024 * 1024 ? 'met' : 'MISSED'}`);
    await db.$disconnect();

    // ── 2. delivery rate ───────────────────────────────────────────────────────────────────
    const fake = await startFakeTelegram();
    try {
      fake.enforceRateLimits({ globalPerSecond: LIMIT, perChatPerSecond: 1, perGroupPerMinute: 20 });
      const url2 = `file:${path.join(dir, 'deliver.db')}`;
      await applyMigrations(url2);
      const db2 = createPrisma(url2);
      const repos2 = createRepositories(db2);
      const chats = Array.from({ length: MESSAGES }, (_, i) => 5_000_000 + i);
      await db2.subscriber.createMany({ data: chats.map((c) => ({ chatId: BigInt(c), chatType: 'private' })) });
      await db2.subscription.createMany({ data: chats.map((c) => ({ chatId: BigInt(c), deliveredUpTo: new Date(0) })) });
      await repos2.outbox.createRun(
        { slot: 'bench-delivery', kind: 'announcement', windowEnd: new Date() },
        chats.map((c) => ({ chatId: BigInt(c), payload: JSON.stringify({ kind: 'announcement', lang: 'en', parts: [`Bench message to ${c}`], silent: true, linkPreviews: false }), windowFrom: null, windowTo: null })),
      );
      const telegram = new Telegram(fake.token, { apiRoot: fake.apiRoot });
      const worker = createDeliveryWorker({
        outbox: repos2.outbox,
        subscriptions: repos2.subscriptions,
        api: telegram,
        limiter: createRateLimiter({ perSecond: LIMIT }),
        logger: log,
        concurrency: 3,
        coldStartMs: 0,
      });
      const since = fake.mark();
      await worker.start();
      await worker.drained();
      await worker.stop();
      const calls = fake.callsTo('sendMessage').filter((c) => c.seq >= since);
      const ok = calls.filter((c) => c.ok);
      const span = (ok.at(-1)!.at - ok[0]!.at) / 1000;
      if (process.env.BENCH_DEBUG) for (const c of calls.filter((x) => !x.ok)) console.log('  429 at', c.at - calls[0]!.at, 'ms, call', calls.indexOf(c));
      const rate = (ok.length - 1) / span;
      // steady state: after the first second's burst of LIMIT messages
      const steady = (ok.length - 1 - LIMIT) / ((ok.at(-1)!.at - ok[LIMIT]!.at) / 1000);
      const perChat = new Map<number, number>();
      for (const c of ok) perChat.set(c.params.chat_id as number, (perChat.get(c.params.chat_id as number) ?? 0) + 1);
      const dupes = [...perChat.values()].filter((n) => n > 1).length;
      const missing = chats.filter((c) => !perChat.has(c)).length;
      await db2.$disconnect();

      // the naive loop, against the same limits
      fake.enforceRateLimits({ globalPerSecond: LIMIT, perChatPerSecond: 1, perGroupPerMinute: 20 });
      const naiveChats = chats.map((c) => c + 1_000_000);
      const since2 = fake.mark();
      const n0 = performance.now();
      for (const c of naiveChats) {
        try {
          await telegram.sendMessage(c, `Naive message to ${c}`);
        } catch {
          // a naive loop does not retry
        }
      }
      const naiveSec = (performance.now() - n0) / 1000;
      const naive = fake.callsTo('sendMessage').filter((c) => c.seq >= since2);
      const naiveOk = naive.filter((c) => c.ok).length;
      const naive429 = naive.filter((c) => !c.ok && (c.response as { error_code?: number }).error_code === 429).length;

      console.log(`delivery: ${MESSAGES.toLocaleString('en')} messages each, fake Bot API enforcing ${LIMIT} msg/s overall and 1 msg/s per chat`);
      console.log(
        `  outbox worker: ${ok.length} delivered in ${span.toFixed(1)} s = ${rate.toFixed(2)} msg/s overall; steady state ${steady.toFixed(2)} msg/s = ${((steady / LIMIT) * 100).toFixed(1)}% of the limit; 429s: ${calls.length - ok.length}; duplicates: ${dupes}; missing: ${missing}`,
      );
      console.log(
        `  naive loop:    ${naiveOk} of ${MESSAGES} delivered in ${naiveSec.toFixed(1)} s = ${(naiveOk / naiveSec).toFixed(2)} msg/s (${((naiveOk / naiveSec / LIMIT) * 100).toFixed(1)}% of the limit); 429s: ${naive429}; lost: ${MESSAGES - naiveOk}`,
      );
    } finally {
      await fake.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
