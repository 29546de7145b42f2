/**
 * Bot tests: the real app (startApp → createBot → features → services → domain → Prisma on a
 * temporary SQLite file copied from the suite's template) against the fake Bot API — updates in,
 * API calls out.
 *
 * By default the fake runs in process (no socket: Telegraf's requests are answered by the same code
 * that serves HTTP, see fake-telegram/in-process.ts) and the bot long-polls it as in production.
 * `drive: 'handleUpdate'` hands each injected update to `bot.handleUpdate()` instead, as Telegraf's
 * own tests do (updates of one chat in order, chats concurrently). `transport: 'http'` puts the fake
 * on 127.0.0.1 for tests of HTTP behaviour.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { Update } from 'telegraf/types';
import { type App, startApp } from '../../src/app.js';
import type { FloodOptions } from '../../src/bot/middleware/flood.js';
import { parseConfig } from '../../src/config.js';
import type { BroadcastPort } from '../../src/domain/ports.js';
import { copyDatabaseTemplate } from './database-template.js';
import { type FakeTelegram, startFakeTelegram, type Transport } from './fake-telegram.js';

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
  /** Where the fake Bot API lives: 'in-process' (default) or 'http' (127.0.0.1). */
  transport?: Transport;
  /** How updates reach the bot: 'polling' (default, getUpdates as in production) or 'handleUpdate'. */
  drive?: 'polling' | 'handleUpdate';
  /**
   * Flood protection: off by default, since a test plays a user typing far faster than a person
   * (test/bot/send-path.test.ts switches it on to test it).
   */
  flood?: FloodOptions | false;
}

export async function startHarness(env: Record<string, string> = {}, opts: HarnessOptions = {}): Promise<Harness> {
  // TEST_TRANSPORT=http / TEST_DRIVE=handleUpdate run every bot test that way (to compare or debug).
  const transport = opts.transport ?? (process.env.TEST_TRANSPORT === 'http' ? 'http' : 'in-process');
  const drive = opts.drive ?? (process.env.TEST_DRIVE === 'handleUpdate' ? 'handleUpdate' : 'polling');
  const fake = await startFakeTelegram({ transport });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'guarantor-test-'));
  const file = path.join(dir, 'test.db');
  copyDatabaseTemplate(file);
  const databaseUrl = `file:${file}`;
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
    flood: opts.flood ?? false,
  });
  if (drive === 'handleUpdate') driveByHandleUpdate(fake, app);
  return {
    fake,
    app,
    dir,
    databaseUrl,
    async close() {
      fake.onUpdate(undefined);
      await app.shutdown('test over');
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The chat an update belongs to (its sender for inline queries): updates of one chat are handled in order. */
function chatOf(u: Update): string {
  const any = u as unknown as Record<string, { chat?: { id: number }; from?: { id: number }; message?: { chat?: { id: number } } } | undefined>;
  for (const v of Object.values(any)) {
    if (typeof v !== 'object' || v === null) continue;
    const id = v.chat?.id ?? v.message?.chat?.id ?? v.from?.id;
    if (id !== undefined) return String(id);
  }
  return 'none';
}

/** Every injected update goes to bot.handleUpdate (the app's getUpdates poll is then never answered). */
function driveByHandleUpdate(fake: FakeTelegram, app: App): void {
  const chains = new Map<string, Promise<void>>();
  fake.onUpdate((u) => {
    const key = chatOf(u);
    const next = (chains.get(key) ?? Promise.resolve())
      .then(() => app.bot.handleUpdate(u))
      .catch((err: unknown) => app.logger.error({ err }, 'handleUpdate failed'))
      .finally(() => fake.consumed(u));
    chains.set(key, next);
  });
}

/** Telegram users for tests. */
export const users = {
  olena: { id: 1001, first_name: 'Олена', language_code: 'uk' },
  john: { id: 1002, first_name: 'John', language_code: 'en' },
  hans: { id: 1003, first_name: 'Hans', language_code: 'de' },
  ivan: { id: 1004, first_name: 'Іван', language_code: 'ru' },
  anon: { id: 1005, first_name: 'Anon' },
} as const;
