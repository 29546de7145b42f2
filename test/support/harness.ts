/**
 * Bot tests: the real bot (createBot → features → domain → repositories → Prisma on a temporary
 * SQLite file) polling a fake Bot API over HTTP on 127.0.0.1 — updates in, API calls out.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { type App, startApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import type { BroadcastPort } from '../../src/domain/ports.js';
import { type FakeTelegram, startFakeTelegram } from './fake-telegram.js';

export interface Harness {
  fake: FakeTelegram;
  app: App;
  dir: string;
  databaseUrl: string;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** A test double for the broadcast port (the outbox boundary). */
  broadcast?: BroadcastPort;
  /** The app's clock. */
  now?: () => Date;
}

export async function startHarness(env: Record<string, string> = {}, opts: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeTelegram();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'guarantor-test-'));
  const databaseUrl = `file:${path.join(dir, 'test.db')}`;
  const config = parseConfig({
    BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const app = await startApp(config, {
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    ...(opts.broadcast ? { broadcast: opts.broadcast } : {}),
    ...(opts.now ? { now: opts.now } : {}),
  });
  return {
    fake,
    app,
    dir,
    databaseUrl,
    async close() {
      await app.shutdown('test over');
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Telegram users for tests. */
export const users = {
  olena: { id: 1001, first_name: 'Олена', language_code: 'uk' },
  john: { id: 1002, first_name: 'John', language_code: 'en' },
  hans: { id: 1003, first_name: 'Hans', language_code: 'de' },
  ivan: { id: 1004, first_name: 'Іван', language_code: 'ru' },
  anon: { id: 1005, first_name: 'Anon' },
} as const;
