import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, createPrisma } from '../../src/db/client.js';
import { KNOWN_CHAT_TTL_MS, createSubscriberRepository } from '../../src/db/repositories/subscribers.js';
import { applyMigrations } from '../../src/db/schema-engine.js';

let dir: string;
let db: Db;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'guarantor-subs-'));
  const url = `file:${path.join(dir, 'subs.db')}`;
  await applyMigrations(url);
  db = createPrisma(url);
});
afterAll(async () => {
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe('subscriber touch() with remembered chats', () => {
  it('creates, then answers from memory, and still writes real changes', async () => {
    let clock = 1_000_000;
    const repo = createSubscriberRepository(db, { now: () => clock });
    expect(await repo.touch({ chatId: 1n, chatType: 'private', telegramLanguage: 'en' })).toEqual({ isNew: true, language: null });
    expect(await repo.touch({ chatId: 1n, chatType: 'private', telegramLanguage: 'en' })).toEqual({ isNew: false, language: null });

    // The language choice goes through the repository: remembered at once.
    await repo.setLanguage(1n, 'uk');
    expect((await repo.touch({ chatId: 1n, chatType: 'private', telegramLanguage: 'en' })).language).toBe('uk');

    // A changed Telegram language is written even though the chat is remembered.
    await repo.touch({ chatId: 1n, chatType: 'private', telegramLanguage: 'de' });
    expect((await db.subscriber.findUnique({ where: { chatId: 1n } }))?.telegramLanguage).toBe('de');

    // A write made elsewhere: seen after forget(), or after the TTL at the latest.
    await db.subscriber.update({ where: { chatId: 1n }, data: { reachable: false, unreachableWhy: 'blocked' } });
    repo.forget(1n);
    await repo.touch({ chatId: 1n, chatType: 'private', telegramLanguage: 'de' });
    expect((await db.subscriber.findUnique({ where: { chatId: 1n } }))?.reachable).toBe(true);

    await db.subscriber.update({ where: { chatId: 1n }, data: { reachable: false } });
    clock += KNOWN_CHAT_TTL_MS + 1;
    await repo.touch({ chatId: 1n, chatType: 'private', telegramLanguage: 'de' });
    expect((await db.subscriber.findUnique({ where: { chatId: 1n } }))?.reachable).toBe(true);
  });
});
