/**
 * Backups while the bot runs: `npm run backup`'s function copies a running app's database (WAL
 * mode, writes going on) into a consistent file; restored as the README says (stop, copy over the
 * database, drop -wal/-shm, start), the app opens it and finds everything written before the backup.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, startApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { backupDatabase } from '../../src/db/backup.js';
import { type FakeTelegram, startFakeTelegram } from '../support/fake-telegram.js';

let fake: FakeTelegram;
let dir: string;
const apps: App[] = [];

beforeAll(async () => {
  fake = await startFakeTelegram();
  dir = mkdtempSync(path.join(os.tmpdir(), 'guarantor-backup-'));
});
afterAll(async () => {
  for (const a of apps) await a.shutdown('test over');
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

async function start(file: string): Promise<App> {
  const config = parseConfig({ BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, DATABASE_URL: `file:${file}`, LOG_LEVEL: 'silent' });
  const app = await startApp(config, { logger: pino({ level: 'silent' }) });
  apps.push(app);
  return app;
}

describe('npm run backup', () => {
  it('backs up a running database while it is written to, and the restored copy opens with the app intact', async () => {
    const live = path.join(dir, 'live.db');
    const app = await start(live);
    // WAL mode with a busy timeout, set where the app opens the database.
    expect(await app.db.$queryRawUnsafe('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    expect(await app.db.$queryRawUnsafe('PRAGMA busy_timeout')).toEqual([{ timeout: 5000n }]);
    const partners = await app.db.partner.count();
    expect(partners).toBeGreaterThan(30);

    // Writers keep going during the backup: subscribers join one by one.
    let written = 0;
    let writing = true;
    const writer = (async () => {
      while (writing) {
        written++;
        await app.db.subscriber.create({ data: { chatId: BigInt(900_000 + written), chatType: 'private', language: written % 2 ? 'uk' : 'en' } });
        await new Promise((r) => setImmediate(r));
      }
    })();
    while (written < 50) await new Promise((r) => setTimeout(r, 10));
    const committedBefore = await app.db.subscriber.count({ where: { chatId: { gt: 900_000n } } });

    const target = path.join(dir, 'backups', 'copy.db');
    const result = await backupDatabase(`file:${live}`, target);
    const committedAfter = await app.db.subscriber.count({ where: { chatId: { gt: 900_000n } } });
    writing = false;
    await writer;
    expect(result.target).toBe(target);
    expect(result.bytes).toBeGreaterThan(0);
    expect(existsSync(`${target}.partial`)).toBe(false);
    expect(written).toBeGreaterThan(committedBefore); // writes really went on around the backup

    // Restore, as the README says: the app stopped, the copy put in place of the database, no stale -wal/-shm.
    const restored = path.join(dir, 'restored', 'guarantor.db');
    rmSync(path.dirname(restored), { recursive: true, force: true });
    await import('node:fs').then((fs) => fs.mkdirSync(path.dirname(restored)));
    copyFileSync(target, restored);
    const raw = new Database(restored, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();

    const again = await start(restored);
    expect(await again.db.$queryRawUnsafe('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(await again.db.partner.count()).toBe(partners);
    const inCopy = await again.db.subscriber.count({ where: { chatId: { gt: 900_000n } } });
    // One consistent snapshot: everything committed before the backup began, nothing beyond what existed after it.
    expect(inCopy).toBeGreaterThanOrEqual(committedBefore);
    expect(inCopy).toBeLessThanOrEqual(committedAfter);
    const ids = (await again.db.subscriber.findMany({ where: { chatId: { gt: 900_000n } }, select: { chatId: true }, orderBy: { chatId: 'asc' } })).map((s) =>
      Number(s.chatId - 900_000n),
    );
    // No gaps: a prefix of the writes, in order.
    expect(ids).toEqual(Array.from({ length: inCopy }, (_, i) => i + 1));
  }, 120_000);

  it('names the cause when the database cannot be read', async () => {
    await expect(backupDatabase(`file:${path.join(dir, 'missing.db')}`, path.join(dir, 'x.db'))).rejects.toThrow(
      /^database .*missing\.db: the file does not exist$/,
    );
  });
});
