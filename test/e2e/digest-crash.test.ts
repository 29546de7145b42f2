/**
 * Exactly once across a crash: the real process (`node dist/main.js`) broadcasts a digest to 200
 * subscribers against the fake Bot API enforcing its rate limits; it is killed with SIGKILL in the
 * middle, started again, and every subscriber must have received the digest (all its parts) once.
 *
 * The one residual Telegram cannot resolve: a message whose request had left when the process
 * died may or may not have been delivered, and the Bot API offers no way to ask. The worker then
 * sends that part again. The test identifies those rows from the database left by the kill (still
 * 'sending', with a message the fake recorded beyond partsSent) and allows exactly them one extra
 * copy of exactly that part; every other chat must have each part exactly once.
 *
 * The second case kills the process while a run of 20,000 subscriptions is being composed (after
 * its first page committed): nothing of the run may leave before it is whole, the restart
 * continues the run from its cursor (never composes it afresh), and every subscriber with news
 * gets exactly one digest.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrisma } from '../../src/db/client.js';
import { applyMigrations } from '../../src/db/schema-engine.js';
import { seedDatabase } from '../../src/db/seed.js';
import { type FakeTelegram, startFakeTelegram } from '../support/fake-telegram.js';
import { type BotProcess, startBotProcess } from '../support/process.js';

const N = 200;
const UK_EVERY = 10; // every 10th subscriber reads Ukrainian, and their digest is several messages long
// The long Ukrainian digest: headline and heading, the one long item (never cut), the data date.
const UK_PARTS = 3;
let fake: FakeTelegram;
let dir: string;
const running: BotProcess[] = [];

beforeAll(async () => {
  fake = await startFakeTelegram();
  dir = mkdtempSync(path.join(os.tmpdir(), 'guarantor-crash-'));
});
afterAll(async () => {
  await Promise.all(running.map((p) => p.stop('SIGKILL')));
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

const chatIds = Array.from({ length: N }, (_, i) => 700_000 + i);

async function prepare(databaseUrl: string): Promise<void> {
  await applyMigrations(databaseUrl);
  const db = createPrisma(databaseUrl);
  try {
    await seedDatabase(db);
    const now = Date.now();
    await db.subscriber.createMany({
      data: chatIds.map((chatId, i) => ({ chatId: BigInt(chatId), chatType: 'private', language: i % UK_EVERY === 0 ? 'uk' : 'en' })),
    });
    await db.subscription.createMany({ data: chatIds.map((chatId) => ({ chatId: BigInt(chatId), deliveredUpTo: new Date(now - 3_600_000) })) });
    await db.event.create({
      data: {
        occurredOn: '2026-03-02',
        kind: 'ratification',
        titleEn: 'The Sejm ratifies the agreement',
        titleUk: 'Сейм ратифікував угоду',
        bodyUk: 'Довгий опис. '.repeat(300),
        sourceUrl: 'https://example.org/pl',
        origin: 'admin',
        publishedAt: new Date(now - 1_800_000),
        partners: { create: [{ partnerCode: 'PL' }] },
      },
    });
  } finally {
    await db.$disconnect();
  }
}

function digestCalls(): Array<{ seq: number; chatId: number; text: string }> {
  return fake
    .callsTo('sendMessage')
    .filter((c) => c.ok && typeof c.params.chat_id === 'number' && (c.params.chat_id as number) >= 700_000)
    .map((c) => ({ seq: c.seq, chatId: c.params.chat_id as number, text: String(c.params.text) }));
}

describe('a digest broadcast killed with SIGKILL', () => {
  it('resumes where it stopped: every subscriber gets every part once (bar the one message in flight per lane)', async () => {
    const databaseUrl = `file:${path.join(dir, 'crash.db')}`;
    await prepare(databaseUrl);
    fake.enforceRateLimits({ globalPerSecond: 100, perChatPerSecond: 1 });
    const env = {
      BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      DATABASE_URL: databaseUrl,
      DIGEST_CRON: '* * * * * *',
      INSTANT_CRON: '0 0 1 1 *',
      BROADCAST_RATE: '100',
      PAID_BROADCAST: 'true',
    };
    const first = startBotProcess(env);
    running.push(first);
    // (A loaded machine may take many seconds to start the process.)
    await first.waitForLog(/bot started/, 120_000);
    // Kill it a third of the way through.
    for (let i = 0; digestCalls().length < 80; i++) {
      if (i > 2400) throw new Error(`the broadcast never got going:\n${first.output()}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    first.child.kill('SIGKILL');
    await first.exited;
    const atKill = digestCalls();
    expect(atKill.length).toBeLessThan(N);

    // What the database knew at the kill: rows in flight whose next part the fake did record.
    const db = createPrisma(databaseUrl);
    const ambiguous = new Set<number>();
    try {
      const sending = await db.delivery.findMany({ where: { status: { not: 'sent' } } });
      for (const row of sending) {
        const got = atKill.filter((c) => c.chatId === Number(row.chatId)).length;
        if (got > row.partsSent) ambiguous.add(Number(row.chatId));
      }
      expect(ambiguous.size).toBeLessThanOrEqual(10); // at most one message per worker lane
    } finally {
      await db.$disconnect();
    }

    const second = startBotProcess(env);
    running.push(second);
    await second.waitForLog(/bot started/, 120_000);
    const expected = chatIds.reduce((n, _c, i) => n + (i % UK_EVERY === 0 ? UK_PARTS : 1), 0);
    for (let i = 0; digestCalls().length < expected; i++) {
      if (i > 2400) throw new Error(`only ${digestCalls().length} of ${expected} messages:\n${second.output().slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    await second.waitForLog(/resuming deliveries interrupted/);
    // Ticks go on: nothing more is sent.
    await new Promise((r) => setTimeout(r, 1500));
    const all = digestCalls();
    const check = createPrisma(databaseUrl);
    // The fake records a message before the bot hears Telegram's answer and marks its row sent.
    let rows = await check.delivery.findMany();
    for (let i = 0; i < 200 && !rows.every((r) => r.status === 'sent'); i++) {
      await new Promise((r) => setTimeout(r, 50));
      rows = await check.delivery.findMany();
    }
    await check.$disconnect();
    expect(rows).toHaveLength(N);
    expect(rows.filter((r) => r.status !== 'sent').map((r) => `${r.chatId}: ${r.status} ${r.lastError ?? ''}`)).toEqual([]);
    for (const [i, chatId] of chatIds.entries()) {
      const parts = [...new Set(all.filter((c) => c.chatId === chatId).map((c) => c.text))];
      expect(parts.length, `chat ${chatId}`).toBe(i % UK_EVERY === 0 ? UK_PARTS : 1);
      for (const part of parts) {
        const n = all.filter((c) => c.chatId === chatId && c.text === part).length;
        if (ambiguous.has(chatId)) expect(n, `chat ${chatId} part ${part}`).toBeGreaterThanOrEqual(1);
        else expect(n, `chat ${chatId} part ${part}`).toBe(1);
        expect(n).toBeLessThanOrEqual(2);
      }
    }
    expect(all.length - expected).toBeLessThanOrEqual(ambiguous.size);
    const refused = fake.callsTo('sendMessage').filter((c) => !c.ok);
    expect(refused.map((c) => JSON.stringify(c.response))).toEqual([]);
    expect(fake.stats.tooManyRequests).toBe(0);
    expect((await second.stop('SIGTERM')).code).toBe(0);
  }, 300_000);

  it('continues a composition killed with SIGKILL: each subscriber gets exactly one digest, nothing leaves before the run is whole', async () => {
    const file = path.join(dir, 'compose.db');
    const databaseUrl = `file:${file}`;
    const TOTAL = 20_000;
    const NEWS = 150; // the first NEWS subscriptions (by id) follow Poland, which has news; the rest follow France, which has none
    await applyMigrations(databaseUrl);
    const db = createPrisma(databaseUrl);
    const ids = Array.from({ length: TOTAL }, (_, i) => 900_000 + i);
    try {
      await seedDatabase(db);
      const now = Date.now();
      for (let i = 0; i < TOTAL; i += 5000) {
        const chunk = ids.slice(i, i + 5000);
        await db.subscriber.createMany({ data: chunk.map((chatId) => ({ chatId: BigInt(chatId), chatType: 'private', language: 'en' })) });
        await db.subscription.createMany({ data: chunk.map((chatId) => ({ chatId: BigInt(chatId), deliveredUpTo: new Date(now - 3_600_000) })) });
      }
      const subs = await db.subscription.findMany({ select: { id: true, chatId: true }, orderBy: { id: 'asc' } });
      await db.subscriptionFilter.createMany({
        data: subs.map((s, i) => ({ subscriptionId: s.id, type: 'partner', value: i < NEWS ? 'PL' : 'FR' })),
      });
      await db.event.create({
        data: {
          occurredOn: '2026-03-02',
          kind: 'ratification',
          titleEn: 'The Sejm ratifies the agreement',
          titleUk: 'Сейм ратифікував угоду',
          sourceUrl: 'https://example.org/pl',
          origin: 'admin',
          publishedAt: new Date(now - 1_800_000),
          partners: { create: [{ partnerCode: 'PL' }] },
        },
      });
    } finally {
      await db.$disconnect();
    }
    fake.reset();
    fake.enforceRateLimits({ globalPerSecond: 30, perChatPerSecond: 1 });
    const env = {
      BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      DATABASE_URL: databaseUrl,
      DIGEST_CRON: '* * * * * *',
      INSTANT_CRON: '0 0 1 1 *',
    };
    const news = new Set(ids.slice(0, NEWS));
    const sentToNews = () => fake.callsTo('sendMessage').filter((c) => c.ok && news.has(c.params.chat_id as number));

    const first = startBotProcess(env);
    running.push(first);
    // Kill it once a page of the run is committed and the run is still composing.
    const reader = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
    let killedAt: { cursor: string; rows: number } | undefined;
    try {
      for (let i = 0; !killedAt; i++) {
        if (i > 6000) throw new Error(`the composition was never caught half-way:\n${first.output().slice(-3000)}`);
        if (first.child.exitCode !== null) throw new Error(`the bot exited:\n${first.output()}`);
        const run = reader.prepare(`SELECT id, status, cursor FROM DigestRun WHERE kind = 'digest' AND cursor IS NOT NULL ORDER BY id LIMIT 1`).get() as
          { id: number; status: string; cursor: string } | undefined;
        if (run?.status === 'composing') {
          first.child.kill('SIGKILL');
          const rows = (reader.prepare('SELECT count(*) AS n FROM Delivery WHERE runId = ?').get(run.id) as { n: number }).n;
          killedAt = { cursor: run.cursor, rows };
        } else if (run) {
          throw new Error(`the run was composed before the kill could catch it (status ${run.status}); make it bigger`);
        }
        await new Promise((r) => setTimeout(r, 2));
      }
    } finally {
      reader.close();
    }
    await first.exited;
    // Nothing of a run still composing was sent.
    expect(sentToNews()).toEqual([]);

    const second = startBotProcess(env);
    running.push(second);
    await second.waitForLog(/continuing a digest run/, 120_000);
    for (let i = 0; sentToNews().length < NEWS; i++) {
      if (i > 2400) throw new Error(`only ${sentToNews().length} of ${NEWS} digests:\n${second.output().slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    await new Promise((r) => setTimeout(r, 1500));
    const check = new Database(file, { readonly: true });
    try {
      const runs = check.prepare(`SELECT id, status FROM DigestRun WHERE kind = 'digest' AND id IN (SELECT DISTINCT runId FROM Delivery)`).all() as Array<{
        id: number;
        status: string;
      }>;
      expect(runs).toHaveLength(1); // one run holds every row: the restart continued it, composed nothing afresh
      const rows = check.prepare('SELECT chatId, status FROM Delivery').all() as Array<{ chatId: number; status: string }>;
      expect(rows.map((r) => Number(r.chatId)).sort((a, b) => a - b)).toEqual([...news].sort((a, b) => a - b));
      expect(rows.every((r) => r.status === 'sent')).toBe(true);
      // Subscribers without news: their windows moved, exactly once, to the run's end.
      const stale = check.prepare(`SELECT count(*) AS n FROM Subscription WHERE lastRunAt IS NULL`).get() as { n: number };
      expect(stale.n).toBe(0);
      expect((check.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check).toBe('ok');
    } finally {
      check.close();
    }
    const perChat = new Map<number, number>();
    for (const c of sentToNews()) perChat.set(c.params.chat_id as number, (perChat.get(c.params.chat_id as number) ?? 0) + 1);
    expect([...perChat.values()].every((n) => n === 1)).toBe(true);
    expect(perChat.size).toBe(NEWS);
    expect(fake.stats.tooManyRequests).toBe(0);
    console.log(
      `[reliability] composition crash: ${TOTAL} subscriptions, killed at cursor ${killedAt.cursor} with ${killedAt.rows} rows committed; ` +
        `deliveries ${perChat.size}, duplicates 0, losses ${NEWS - perChat.size}`,
    );
    expect((await second.stop('SIGTERM')).code).toBe(0);
  }, 400_000);
});
