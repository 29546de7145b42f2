/**
 * Digest benchmark (`npx tsx bench/digest.ts`, or through `npm run bench`):
 * 1. Composition: 100,000 subscribers (in SQLite) with mixed filters, languages, time zones and
 *    frequencies, 40 newly published events; the time and the peak RSS of a fresh process reading,
 *    composing and writing every digest to the outbox: paged as the bot runs it
 *    (composeScheduled), and side by side the former whole-at-once way (bench/digest-compose.ts).
 * 2. Delivery against the fake Bot API enforcing 30 messages a second (and one a second per chat):
 *    the outbox worker vs a naive `for … await sendMessage` loop, side by side, 1,500 messages each.
 *    Reports rate as a ratio to the limit, 429s and duplicates.
 */
import { fork } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pino from 'pino';
import { Telegram } from 'telegraf';
import { createPrisma } from '../src/db/client.js';
import { createRepositories } from '../src/db/repositories/index.js';
import { applyMigrations } from '../src/db/schema-engine.js';
import { seedDatabase } from '../src/db/seed.js';
import { PAGE_SIZE } from '../src/services/digests.js';
import { createRateLimiter } from '../src/delivery/rate-limiter.js';
import { createDeliveryWorker } from '../src/delivery/worker.js';
import { KIND_GROUPS } from '../src/domain/digest.js';
import { startFakeTelegram } from '../test/support/fake-telegram.js';
import { startApp } from '../src/app.js';
import { parseConfig } from '../src/config.js';
import type { BenchModule, BenchRow } from './index.js';

const SUBSCRIBERS = 100_000;
const EVENTS = 40;
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 1500);
const LIMIT = 30;
const COMPOSE_TARGET_S = 10;
const PEAK_TARGET_MB = 300;
const CAPPED_HEAP_MB = 256;

interface ComposeFigures {
  ms: number;
  rows: number;
  considered: number;
  peakRss: number;
  startRss: number;
  heapUsedEnd: number;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
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
          partners: {
            create: [{ partnerCode: partners[i % partners.length]! }, ...(i % 5 === 0 ? [{ partnerCode: partners[(i + 7) % partners.length]! }] : [])],
          },
        },
      });
    }
    // 100,000 subscribers and their subscriptions (ids 1…N in order), with filters, in SQL.
    const zones = ['Europe/Kyiv', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'UTC'];
    const stamp = new Date().toISOString().replace('Z', '+00:00');
    const windowFrom = new Date(published - 1000).toISOString().replace('Z', '+00:00');
    for (let i = 0; i < SUBSCRIBERS; i += 2000) {
      const ids = Array.from({ length: Math.min(2000, SUBSCRIBERS - i) }, (_, k) => i + k);
      await db.$executeRawUnsafe(
        `INSERT INTO "Subscriber" ("chatId", "chatType", "language", "createdAt", "updatedAt") VALUES ${ids.map(() => "(?, 'private', ?, ?, ?)").join(', ')}`,
        ...ids.flatMap((n) => [BigInt(1_000_000 + n), n % 3 === 0 ? 'en' : 'uk', stamp, stamp]),
      );
      await db.$executeRawUnsafe(
        `INSERT INTO "Subscription" ("id", "chatId", "frequency", "deliveryHour", "weekday", "timezone", "silent", "deliveredUpTo", "createdAt", "updatedAt") VALUES ${ids.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        ...ids.flatMap((n) => [
          n + 1,
          BigInt(1_000_000 + n),
          n % 7 === 0 ? 'weekly' : 'daily',
          n % 24,
          1 + (n % 7),
          zones[n % zones.length]!,
          n % 2 === 0 ? 1 : 0,
          windowFrom,
          stamp,
          stamp,
        ]),
      );
      const filters = ids.flatMap((n): Array<[number, string, string]> =>
        n % 4 === 1
          ? [...new Set([partners[n % partners.length]!, partners[(n * 3) % partners.length]!])].map((c) => [n + 1, 'partner', c])
          : n % 4 === 2
            ? [[n + 1, 'pillar', pillars[n % pillars.length]!]]
            : n % 4 === 3
              ? [[n + 1, 'kind', KIND_GROUPS[n % 3]!]]
              : [],
      );
      await db.$executeRawUnsafe(
        `INSERT INTO "SubscriptionFilter" ("subscriptionId", "type", "value") VALUES ${filters.map(() => '(?, ?, ?)').join(', ')}`,
        ...filters.flat(),
      );
    }
    await db.$disconnect();
    // BENCH_KEEP_DB=<file>: keep a copy of the generated database, to profile digest-compose.ts on it.
    if (process.env.BENCH_KEEP_DB) copyFileSync(path.join(dir, 'bench.db'), process.env.BENCH_KEEP_DB);
    // Each way of composing in its own fresh process, on its own copy of the same database.
    const compose = async (mode: 'whole' | 'paged', nodeFlags: string[] = []) => {
      const file = path.join(dir, `compose-${mode}-${nodeFlags.length}.db`);
      copyFileSync(path.join(dir, 'bench.db'), file);
      const flags = [...nodeFlags, ...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean)];
      const child = fork(fileURLToPath(new URL('./digest-compose.ts', import.meta.url)), [`file:${file}`, mode], {
        execArgv: ['--import', 'tsx', ...flags],
        stdio: 'inherit',
      });
      return new Promise<ComposeFigures>((resolve, reject) => {
        child.once('message', (m) => resolve(m as ComposeFigures));
        child.once('exit', (code) => reject(new Error(`compose process (${mode}) exited (${code}) without figures`)));
      });
    };
    const whole = await compose('whole');
    const paged = await compose('paged');
    // The same paged run with V8's old space capped: the live heap is small, and without a cap V8
    // lets garbage accumulate before collecting it (the peak RSS is mostly collectable garbage).
    const capped = await compose('paged', [`--max-old-space-size=${CAPPED_HEAP_MB}`]);
    if (paged.rows !== whole.rows) throw new Error(`paged composition wrote ${paged.rows} rows, the whole one ${whole.rows}`);
    const line = (what: string, f: ComposeFigures) =>
      `  ${what}: ${f.rows.toLocaleString('en')} digests of ${f.considered.toLocaleString('en')} due in ${(f.ms / 1000).toFixed(2)} s; peak RSS ${mb(f.peakRss)} (${mb(f.startRss)} before composing; JS heap in use at the end ${mb(f.heapUsedEnd)})`;
    console.log(
      `digest composition: ${SUBSCRIBERS.toLocaleString('en')} subscribers (mixed filters, en/uk, 5 time zones), ${EVENTS} new events; read, composed and written to the outbox`,
    );
    console.log(line('paged (as the bot runs)', paged));
    console.log(line('whole (all read at once)', whole));
    console.log(line(`paged, --max-old-space-size=${CAPPED_HEAP_MB}`, capped));
    rows.push(
      {
        what: `compose + write ${SUBSCRIBERS.toLocaleString('en')} digests — time`,
        value: `${(paged.ms / 1000).toFixed(2)} s`,
        target: `< ${COMPOSE_TARGET_S} s`,
        ratio: COMPOSE_TARGET_S / (paged.ms / 1000),
        note: `${paged.rows.toLocaleString('en')} rows, pages of ${PAGE_SIZE}; all at once: ${(whole.ms / 1000).toFixed(2)} s`,
      },
      {
        what: `compose + write ${SUBSCRIBERS.toLocaleString('en')} digests — peak RSS`,
        value: mb(paged.peakRss),
        target: `< ${PEAK_TARGET_MB} MB`,
        ratio: (PEAK_TARGET_MB * 1024 * 1024) / paged.peakRss,
        note: `whole process; all at once: ${mb(whole.peakRss)} (${(whole.peakRss / paged.peakRss).toFixed(2)}× the paged peak)`,
      },
      {
        what: `the same, old space capped at ${CAPPED_HEAP_MB} MB — peak RSS`,
        value: mb(capped.peakRss),
        target: `< ${PEAK_TARGET_MB} MB`,
        ratio: (PEAK_TARGET_MB * 1024 * 1024) / capped.peakRss,
        note: `in ${(capped.ms / 1000).toFixed(2)} s (${(capped.ms / paged.ms).toFixed(2)}× the uncapped time); ${mb(capped.startRss)} before composing`,
      },
    );

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
        chats.map((c) => ({
          chatId: BigInt(c),
          payload: JSON.stringify({ kind: 'announcement', lang: 'en', parts: [`Bench message to ${c}`], silent: true, linkPreviews: false }),
          windowFrom: null,
          windowTo: null,
        })),
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

      rows.push(
        {
          what: `outbox worker: ${MESSAGES.toLocaleString('en')} messages, steady rate`,
          value: `${steady.toFixed(2)} msg/s`,
          target: `≥ 95% of ${LIMIT} msg/s`,
          ratio: steady / (LIMIT * 0.95),
          note: `${ok.length} delivered in ${span.toFixed(1)} s; 429s: ${calls.length - ok.length}; duplicates: ${dupes}; missing: ${missing}`,
        },
        {
          what: `naive sendMessage loop, ${MESSAGES.toLocaleString('en')} messages`,
          value: `${(naiveOk / naiveSec).toFixed(2)} msg/s`,
          note: `${naiveOk} of ${MESSAGES} delivered in ${naiveSec.toFixed(1)} s; 429s: ${naive429}; lost: ${MESSAGES - naiveOk}`,
        },
      );
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
  return rows;
}

/**
 * 3. Answers during a broadcast at the limit: the real app (startApp, polling the fake Bot API,
 * which enforces 30 messages a second and one a second per chat) delivers an announcement to
 * ANSWER_BROADCAST chats while ANSWER_USERS users each send /country at a random moment of it.
 * Every answer must arrive (delivered %), quickly (p99 from the update's injection to the fake
 * recording the answer), and nothing may meet a 429.
 */
const ANSWER_BROADCAST = Number(process.env.BENCH_ANSWER_BROADCAST ?? 600);
const ANSWER_USERS = Number(process.env.BENCH_ANSWER_USERS ?? 120);
const ANSWER_P99_TARGET_MS = 1500;

export async function answersDuringBroadcast(): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'guarantor-bench-answers-'));
  const fake = await startFakeTelegram();
  const url = `file:${path.join(dir, 'answers.db')}`;
  const config = parseConfig({
    BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    DATABASE_URL: url,
    LOG_LEVEL: 'silent',
    INSTANT_CRON: '0 0 1 1 *',
    DIGEST_CRON: '0 0 1 1 *',
  });
  const app = await startApp(config, { logger: pino({ level: 'silent' }) });
  try {
    await fake.waitForPolling(60_000);
    const chats = Array.from({ length: ANSWER_BROADCAST }, (_, i) => 6_000_000 + i);
    await app.db.subscriber.createMany({ data: chats.map((c) => ({ chatId: BigInt(c), chatType: 'private', language: 'en' })) });
    await app.db.subscription.createMany({ data: chats.map((c) => ({ chatId: BigInt(c), deliveredUpTo: new Date() })) });
    fake.enforceRateLimits({ globalPerSecond: LIMIT, perChatPerSecond: 1, perGroupPerMinute: 20 });
    const since = fake.mark();
    const t0 = Date.now();
    await app.services.broadcast.announce({ en: 'Bench announcement', uk: 'Оголошення' }, { byUserId: 1n });
    const spanMs = (ANSWER_BROADCAST / LIMIT) * 1000 * 0.7;
    const sentAt = new Map<number, number>();
    const names = ['Germany', 'Japan', 'France', 'Poland', 'Canada', 'Italy'];
    await new Promise<void>((resolve) => {
      let left = ANSWER_USERS;
      for (let i = 0; i < ANSWER_USERS; i++) {
        const id = 7_000_000 + i;
        setTimeout(
          () => {
            sentAt.set(id, Date.now());
            fake.sendText({ id, first_name: 'U', language_code: 'en' }, `/country ${names[i % names.length]}`);
            if (--left === 0) resolve();
          },
          500 + Math.random() * spanMs,
        );
      }
    });
    const answersOk = () => fake.calls.filter((c) => c.seq >= since && c.ok && c.method === 'sendMessage' && sentAt.has(c.params.chat_id as number));
    for (let i = 0; answersOk().length < ANSWER_USERS && i < 600; i++) await new Promise((r) => setTimeout(r, 50));
    const broadcastOk = () => fake.calls.filter((c) => c.seq >= since && c.ok && c.method === 'sendMessage' && (c.params.chat_id as number) < 7_000_000).length;
    const broadcastAtLastAnswer = broadcastOk();
    await app.worker.drained();
    const answers = answersOk();
    const latency = answers.map((c) => c.at - sentAt.get(c.params.chat_id as number)!).sort((a, b) => a - b);
    const first = new Set(answers.map((c) => c.params.chat_id));
    const tooMany = fake.calls.filter((c) => c.seq >= since && !c.ok && (c.response as { error_code?: number }).error_code === 429).length;
    const p = (q: number) => latency[Math.min(latency.length - 1, Math.ceil((q / 100) * latency.length) - 1)] ?? NaN;
    const broadcastSecs = (Date.now() - t0) / 1000;
    if (process.env.BENCH_DEBUG) {
      for (const c of fake.calls.filter((x) => x.seq >= since && !x.ok))
        console.log('  refused', c.method, c.params.chat_id, c.at - t0, 'ms', JSON.stringify(c.response));
    }
    return [
      {
        what: `answers during a broadcast at ${LIMIT} msg/s: delivered`,
        value: `${((first.size / ANSWER_USERS) * 100).toFixed(1)}%`,
        target: '100%',
        ratio: first.size / ANSWER_USERS,
        note: `${ANSWER_USERS} users' /country while ${ANSWER_BROADCAST} announcement messages went out (${broadcastAtLastAnswer} by the last answer)`,
      },
      {
        what: 'answers during a broadcast: p99 latency',
        value: `${p(99)} ms`,
        target: `≤ ${ANSWER_P99_TARGET_MS} ms`,
        ratio: ANSWER_P99_TARGET_MS / Math.max(1, p(99)),
        note: `median ${p(50)} ms, max ${latency.at(-1)} ms`,
      },
      {
        what: 'answers during a broadcast: 429s seen',
        value: String(tooMany),
        target: '0',
        ratio: tooMany === 0 ? 1 : 0,
        note: `broadcast of ${broadcastOk()} messages took ${broadcastSecs.toFixed(1)} s`,
      },
    ];
  } finally {
    await app.shutdown('bench over');
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const answersBench: BenchModule = {
  name: 'answers',
  description: `answers to users during a broadcast at ${LIMIT} msg/s (the one send path)`,
  run: answersDuringBroadcast,
};

export const digestBench: BenchModule = {
  name: 'digest',
  description: `digests for ${SUBSCRIBERS.toLocaleString('en')} subscribers (compose + outbox write), delivery at ${LIMIT} msg/s`,
  run,
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await run())
    console.log(
      `${r.what}: ${r.value}${r.target ? ` (target ${r.target}${r.ratio === undefined ? '' : `, ${r.ratio.toFixed(2)}×`})` : ''}${r.note ? ` — ${r.note}` : ''}`,
    );
}
