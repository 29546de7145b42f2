/**
 * Scheduled composition reads subscriptions a page at a time: over many pages it writes the same
 * outbox rows as one page holding everyone, skips chats with an unsent row on any page, and a
 * failure mid-run keeps the committed pages with the run still composing (nothing of it can be
 * delivered); running the slot again continues after the last committed page and ends exactly
 * where an uninterrupted run ends.
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
    data: {
      occurredOn: '2026-03-02',
      kind: 'ratification',
      titleEn: 'Ratified',
      titleUk: 'Ратифіковано',
      sourceUrl: 'https://example.org/pl',
      origin: 'admin',
      publishedAt: new Date(now - 1_800_000),
      partners: { create: [{ partnerCode: 'PL' }] },
    },
  });
  await db.event.create({
    data: {
      occurredOn: '2026-03-03',
      kind: 'agreement',
      titleEn: 'Signed',
      titleUk: 'Підписано',
      sourceUrl: 'https://example.org/jp',
      origin: 'admin',
      publishedAt: new Date(now - 1_700_000),
      partners: { create: [{ partnerCode: 'JP' }] },
    },
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
  subs: (await db.subscription.findMany({ orderBy: { chatId: 'asc' } })).map((s) => ({
    chatId: s.chatId,
    deliveredUpTo: s.deliveredUpTo.getTime(),
    lastRunAt: s.lastRunAt?.getTime() ?? null,
  })),
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

  it('skips chats with an unsent row on every page; a failure mid-run keeps committed pages and the slot resumes to the same end', async () => {
    const { db, repos, digests } = copy('open');
    const at = new Date(Date.now() + 7 * 86_400_000);
    await repos.outbox.createRun(
      { slot: 'instant:x', kind: 'instant', windowEnd: new Date() },
      [800_001n, 800_011n, 800_020n].map((chatId) => ({ chatId, payload: '{}', windowFrom: null, windowTo: null })),
    );
    const r = await digests.composeScheduled('digest:a', at, 3);
    const rows = await db.delivery.findMany({ where: { run: { slot: 'digest:a' } } });
    expect(rows.length).toBe(r.recipients);
    for (const c of [800_001n, 800_011n, 800_020n]) expect(rows.some((x) => x.chatId === c)).toBe(false);

    // A page that fails (here: the third read) stops the run after two committed pages: they
    // stay, the run stays composing, and the worker sees none of its rows.
    const { db: db2, repos: repos2, digests: digests2 } = copy('crash');
    const { db: db3, digests: digests3 } = copy('whole');
    const original = repos2.subscriptions.recipientPagesFrom;
    let reads = 0;
    repos2.subscriptions.recipientPagesFrom = async function* (...args) {
      for await (const page of original(...args)) {
        if (++reads === 3) throw new Error('disk gone');
        yield page;
      }
    };
    await expect(digests2.composeScheduled('digest:b', at, 3)).rejects.toThrow('disk gone');
    const run = await db2.digestRun.findUniqueOrThrow({ where: { slot: 'digest:b' } });
    expect(run.status).toBe('composing');
    expect(run.cursor).toMatch(/^(daily|weekly):\d+$/);
    const partial = await db2.delivery.count({ where: { runId: run.id } });
    expect(partial).toBeGreaterThan(0);
    expect(await repos2.outbox.due(new Date(Date.now() + 1e9), 100, [])).toEqual([]);
    // Composing the slot again (as a restart does) continues from the cursor with the run's own
    // window end, even when called later; reads start after the committed pages.
    repos2.subscriptions.recipientPagesFrom = original;
    const later = new Date(at.getTime() + 3_600_000);
    const again = await digests2.composeScheduled('digest:b', later, 3);
    expect(again.created).toBe(true);
    expect((await db2.digestRun.findUniqueOrThrow({ where: { slot: 'digest:b' } })).status).toBe('delivering');
    // The same result as a run never interrupted: same rows (no duplicates), same windows.
    await digests3.composeScheduled('digest:b', at, 3);
    expect(await snapshot(db2)).toEqual(await snapshot(db3));
    expect((await repos2.outbox.due(new Date(Date.now() + 1e9), 1000, [])).length).toBe(again.recipients);
  });
});
