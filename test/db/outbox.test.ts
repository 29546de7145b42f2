/**
 * The outbox on the store of this test project (SQLite, or PostgreSQL in the `postgres` project):
 * its raw multi-row insert (the one statement spelt per provider) writes each chat once per run,
 * keeps 64-bit chat ids and moments exact, and a slot is claimed once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, createPrisma } from '../../src/db/client.js';
import { applyAllMigrations } from '../../src/db/migrate.js';
import { createOutboxRepository } from '../../src/db/repositories/outbox.js';
import { TEST_PROVIDER, type TestDatabase, createTestDatabase } from '../support/postgres.js';

let database: TestDatabase;
let db: Db;
// A supergroup id and one past 2^53 (a JavaScript number would lose its last digits).
const GROUP = -1001234567890123n;
const BIG = 9007199254740993n;
const USER = 42n;

beforeAll(async () => {
  database = await createTestDatabase(TEST_PROVIDER, 'outbox');
  await applyAllMigrations(database.url);
  db = createPrisma(database.url);
  const from = new Date('2026-11-30T08:00:00.123Z');
  for (const chatId of [GROUP, BIG, USER]) {
    await db.subscriber.create({ data: { chatId, chatType: chatId < 0n ? 'supergroup' : 'private' } });
    await db.subscription.create({ data: { chatId, deliveredUpTo: from } });
  }
});
afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

describe(`outbox on ${TEST_PROVIDER}`, () => {
  it('writes a run once per slot and each chat once per run, exactly', async () => {
    const outbox = createOutboxRepository(db);
    const windowEnd = new Date('2026-12-01T09:00:00.456Z');
    const from = new Date('2026-11-30T08:00:00.123Z');
    const rows = [GROUP, BIG, USER, BIG].map((chatId, i) => ({
      chatId,
      payload: JSON.stringify({ n: i, text: 'Привіт <b>' }),
      windowFrom: from,
      windowTo: windowEnd,
    }));
    const first = await outbox.createRun({ slot: 'digest:2026-12-01T09', kind: 'digest', windowEnd }, rows);
    expect(first.created).toBe(true);
    expect(await outbox.createRun({ slot: 'digest:2026-12-01T09', kind: 'digest', windowEnd }, rows)).toEqual({ created: false, runId: null });

    const due = await outbox.due(new Date(Date.now() + 3_600_000), 10, []);
    // BIG twice in one run: the second row is ignored, the first kept.
    expect(due.map((r) => [r.chatId, JSON.parse(r.payload).n])).toEqual([
      [GROUP, 0],
      [BIG, 1],
      [USER, 2],
    ]);
    expect(due.every((r) => r.windowTo?.getTime() === windowEnd.getTime())).toBe(true);
    expect(JSON.parse(due[0]!.payload).text).toBe('Привіт <b>');
    expect(due[1]!.subscriber).toEqual({ reachable: true, strikes: 0 });

    await outbox.markSent(due[1]!.id, BIG, windowEnd, 1, new Date('2026-12-01T10:00:01Z'));
    const sub = await db.subscription.findUniqueOrThrow({ where: { chatId: BIG } });
    expect(sub.deliveredUpTo.getTime()).toBe(windowEnd.getTime());
    expect((await outbox.due(new Date(Date.now() + 3_600_000), 10, [])).map((r) => r.chatId)).toEqual([GROUP, USER]);
    expect(await outbox.lastRun('digest')).toEqual({ slot: 'digest:2026-12-01T09', windowEnd });
  });
});
