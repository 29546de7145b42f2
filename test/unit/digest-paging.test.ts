/**
 * Scheduled composition reads subscriptions a page at a time: over many pages it writes the same
 * outbox rows as one page holding everyone, skips chats with an unsent row on any page, and a
 * failure mid-run leaves nothing written (the slot can run again).
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrisma, type Db } from '../../src/db/client.js';
import { createRepositories } from '../../src/db/repositories/index.js';
import { applyMigrations } from '../../src/db/schema-engine.js';
import { seedDatabase } from '../../src/db/seed.js';
import { createDigestService } from '../../src/services/digests.js';
import { loadI18n } from '../../src/i18n/index.js';

const N = 23;
let dir: string;
const open: Db[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'guarantor-paging-'));
  const url = `file:${path.join(dir, 'base.db')}`;
  await applyMigrations(url);
  const db = createPrisma(url);
  await seedDatabase(db);
  const now = Date.now();
  await db.event.create({
    data: { occurredOn: '2026-03-02', kind: 'ratification', titleEn: 'Ratified', titleUk: 'Ратифіковано', sourceUrl: 'https://example.org/pl', origin: 'admin', publishedAt: new Date(now - 1_800_000), partners: { create: [{ partnerCode: 'PL' }] } },
  });
  await db.event.create({
    data: { occurredOn: '2026-03-03', kind: 'agreement', titleEn: 'Signed', titleUk: 'Підписано', sourceUrl: 'https://example.org/jp', origin: 'admin', publishedAt: new Date(now - 1_700_000), partners: { create: [{ partnerCode: 'JP' }] } },
  });
  for (let i = 0; i < N; i++) {
    const chatId = BigInt(800_000 + i);
    await db.subscriber.create({ data: { chatId, chatType: 'private', language: i % 2 ? 'uk' : 'en', reachable: i !== 5 } });
    await db.subscription.create({
      data: {
        chatId,
        deliveredUpTo: new Date(now - 3_600_000),
        frequency: i % 9 === 4 ? 'instant' : i % 3 === 0 ? 'weekly' : 'daily',
        deliveryHour: i % 24,
        weekday: 1 + (i % 7),
        pausedAt: i === 7 ? new Date() : null,
        ...(i % 4 === 1 ? { filters: { create: [{ type: 'partner', value: 'PL' }] } } : {}),
        ...(i % 4 === 2 ? { filters: { create: [{ type: 'partner', value: 'FR' }] } } : {}),
      },
    });
  }
  await db.$disconnect();
});

afterAll(async () => {
  for (const db of open) await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

function copy(name: string) {
  const file = path.join(dir, `${name}.db`);
  copyFileSync(path.join(dir, 'base.db'), file);
  const db = createPrisma(`file:${file}`);
  open.push(db);
  const repos = createRepositories(db);
  return { db, repos, digests: createDigestService({ repos, i18n: loadI18n(), logger: pino({ level: 'silent' }) }) };
}

const snapshot = async (db: Db) => ({
  rows: (await db.delivery.findMany({ orderBy: { chatId: 'asc' } })).map((r) => ({ chatId: r.chatId, payload: r.payload, windowTo: r.windowTo?.getTime() })),
  subs: (await db.subscription.findMany({ orderBy: { chatId: 'asc' } })).map((s) => ({ chatId: s.chatId, deliveredUpTo: s.deliveredUpTo.getTime(), lastRunAt: s.lastRunAt?.getTime() ?? null })),
});

describe('scheduled composition in pages', () => {
  it('writes the same rows and marks the same subscriptions over pages of 1, 4 and everyone', async () => {
    const at = new Date(Date.now() + 7 * 86_400_000);
    const results = [];
    for (const pageSize of [1, 4, 1000]) {
      const { db, digests } = copy(`page-${pageSize}`);
      const r = await digests.composeScheduled('digest:test', at, pageSize);
      expect(r.created).toBe(true);
      results.push({ r, ...(await snapshot(db)) });
      expect((await digests.composeScheduled('digest:test', at, pageSize)).created).toBe(false);
    }
    const [one, four, all] = results;
    expect(all!.rows.length).toBeGreaterThan(4);
    expect(one!.rows).toEqual(all!.rows);
    expect(four!.rows).toEqual(all!.rows);
    expect(one!.subs).toEqual(all!.subs);
    expect(four!.subs).toEqual(all!.subs);
    expect(one!.r).toEqual(all!.r);
    // unreachable, paused and instant subscriptions get nothing; filters to FR get nothing new
    const chats = new Set(all!.rows.map((r) => Number(r.chatId) - 800_000));
    for (const i of [5, 7, 4, 13, 22, 2, 6]) expect(chats.has(i), `subscriber ${i}`).toBe(false);
  });

  it('skips chats with an unsent row on every page, and a failure mid-run writes nothing', async () => {
    const { db, repos, digests } = copy('open');
    const at = new Date(Date.now() + 7 * 86_400_000);
    await repos.outbox.createRun({ slot: 'instant:x', kind: 'instant', windowEnd: new Date() }, [800_001n, 800_011n, 800_020n].map((chatId) => ({ chatId, payload: '{}', windowFrom: null, windowTo: null })));
    const r = await digests.composeScheduled('digest:a', at, 3);
    const rows = await db.delivery.findMany({ where: { run: { slot: 'digest:a' } } });
    expect(rows.length).toBe(r.recipients);
    for (const c of [800_001n, 800_011n, 800_020n]) expect(rows.some((x) => x.chatId === c)).toBe(false);

    // A page that fails (here: the third read) rolls back the run, its rows and its windows.
    const { db: db2, repos: repos2, digests: digests2 } = copy('crash');
    const before = await snapshot(db2);
    const original = repos2.subscriptions.recipientPages;
    repos2.subscriptions.recipientPages = async function* (...args) {
      let n = 0;
      for await (const page of original(...args)) {
        if (++n === 3) throw new Error('disk gone');
        yield page;
      }
    };
    await expect(digests2.composeScheduled('digest:b', at, 3)).rejects.toThrow('disk gone');
    expect(await repos2.outbox.hasRun('digest:b')).toBe(false);
    expect(await snapshot(db2)).toEqual(before);
    repos2.subscriptions.recipientPages = original;
    const again = await digests2.composeScheduled('digest:b', at, 3);
    expect(again.created).toBe(true);
    expect(again.recipients).toBeGreaterThan(0);
  });
});
