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
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrisma } from '../../src/db/client.js';
import { applyMigrations } from '../../src/db/schema-engine.js';
import { seedDatabase } from '../../src/db/seed.js';
import { type FakeTelegram, startFakeTelegram } from '../support/fake-telegram.js';
import { type BotProcess, startBotProcess } from '../support/process.js';

const N = 200;
const UK_EVERY = 10; // every 10th subscriber reads Ukrainian, and their digest is two messages long
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
    // Kill it a third of the way through.
    for (let i = 0; digestCalls().length < 80; i++) {
      if (i > 400) throw new Error(`the broadcast never got going:\n${first.output()}`);
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
    const expected = chatIds.reduce((n, _c, i) => n + (i % UK_EVERY === 0 ? 2 : 1), 0);
    for (let i = 0; digestCalls().length < expected; i++) {
      if (i > 800) throw new Error(`only ${digestCalls().length} of ${expected} messages:\n${second.output().slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    await second.waitForLog(/resuming deliveries interrupted/);
    // Ticks go on: nothing more is sent.
    await new Promise((r) => setTimeout(r, 1500));
    const all = digestCalls();
    const check = createPrisma(databaseUrl);
    const rows = await check.delivery.findMany();
    await check.$disconnect();
    expect(rows).toHaveLength(N);
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    for (const [i, chatId] of chatIds.entries()) {
      const parts = [...new Set(all.filter((c) => c.chatId === chatId).map((c) => c.text))];
      expect(parts.length, `chat ${chatId}`).toBe(i % UK_EVERY === 0 ? 2 : 1);
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
  }, 60_000);
});
