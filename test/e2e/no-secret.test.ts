/**
 * No secret anywhere: when the Bot API answers a non-JSON page (a proxy's HTTP 413), Telegraf's
 * error carries the request URL with the token. The app runs in-process against the fake Bot API
 * behind a proxy that answers such a page to sends for two chats; the token must be absent from the
 * captured logs, the report sent to ADMIN_CHAT_ID and the database file.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, startApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { type FakeTelegram, startFakeTelegram } from '../support/fake-telegram.js';

const ADMIN_CHAT = -100555;
const USER = { id: 7001, first_name: 'Leak', language_code: 'en' };
const SUBSCRIBER = 7002;
const VICTIMS = new Set([USER.id, SUBSCRIBER]);

let fake: FakeTelegram;
let proxy: Server;
let app: App;
let dir: string;
const logLines: string[] = [];
let html413 = 0;

function body(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Forwards everything to the fake Bot API, except sends to the victims: an nginx 413 page. */
async function startProxy(upstream: string): Promise<string> {
  proxy = createServer((req, res) => {
    void (async () => {
      const raw = await body(req);
      let chatId: unknown;
      try {
        chatId = (JSON.parse(raw.toString('utf8') || '{}') as { chat_id?: unknown }).chat_id;
      } catch {
        chatId = undefined;
      }
      if (/\/send(Message|Photo|Document)$/.test(req.url ?? '') && VICTIMS.has(Number(chatId))) {
        html413++;
        const page =
          '<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body><center><h1>413 Request Entity Too Large</h1></center><hr><center>nginx</center></body></html>';
        res.writeHead(413, { 'content-type': 'text/html' });
        res.end(page);
        return;
      }
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && k !== 'host' && k !== 'content-length') headers[k] = v;
      const r = await fetch(upstream + (req.url ?? ''), { method: req.method ?? 'GET', headers, ...(raw.length ? { body: raw } : {}) });
      res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? 'application/json' });
      res.end(Buffer.from(await r.arrayBuffer()));
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  fake = await startFakeTelegram();
  const apiRoot = await startProxy(fake.apiRoot);
  dir = mkdtempSync(path.join(os.tmpdir(), 'guarantor-secret-'));
  const config = parseConfig({
    BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: apiRoot,
    DATABASE_URL: `file:${path.join(dir, 'secret.db')}`,
    ADMIN_CHAT_ID: String(ADMIN_CHAT),
    LOG_LEVEL: 'debug',
  });
  const logger = createLogger({
    level: 'debug',
    secrets: [config.botToken],
    destination: { write: (line: string) => void logLines.push(line) },
  });
  app = await startApp(config, { logger });
  await fake.waitForPolling(30_000);
}, 120_000);

afterAll(async () => {
  await app?.shutdown('test over');
  await fake?.close();
  await new Promise((r) => proxy?.close(r));
  rmSync(dir, { recursive: true, force: true });
});

describe('a non-JSON answer from the Bot API (HTTP 413 page)', () => {
  it('leaves the token out of the logs, the admin report and the database', async () => {
    const token = fake.token;
    const secretHalf = token.split(':')[1]!;

    // An interactive reply fails: logged, reported to the admin chat, the polite apology fails too.
    const since = fake.mark();
    fake.sendText(USER, '/help');
    const report = await fake.waitForMessage(ADMIN_CHAT, undefined, 20_000, { since });

    // A broadcast delivery fails: the outbox stores the error in Delivery.lastError.
    await app.db.subscriber.create({ data: { chatId: BigInt(SUBSCRIBER), chatType: 'private', language: 'en' } });
    await app.db.subscription.create({ data: { chatId: BigInt(SUBSCRIBER), deliveredUpTo: new Date() } });
    await app.services.broadcast.announce({ en: 'Maintenance tonight', uk: 'Технічні роботи сьогодні' }, { byUserId: 1n });
    let lastError: string | null = null;
    for (let i = 0; i < 200 && !lastError; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const row = await app.db.delivery.findFirst({ where: { chatId: BigInt(SUBSCRIBER) }, select: { lastError: true } });
      lastError = row?.lastError ?? null;
    }
    // The fault really happened, and its text (with the URL) was kept — minus the token.
    expect(html413).toBeGreaterThanOrEqual(2);
    expect(lastError).toMatch(/invalid json response body at http:\/\/127\.0\.0\.1:\d+\/bot\[redacted\]\/sendMessage/);
    const reportText = String(report.params.text);
    expect(reportText).toMatch(/\[redacted\]/);
    const logs = logLines.join('');
    expect(logs).toMatch(/bot\[redacted\]\/sendMessage/);

    for (const secret of [token, secretHalf, encodeURIComponent(token)]) {
      expect(logs).not.toContain(secret);
      expect(reportText).not.toContain(secret);
      expect(lastError).not.toContain(secret);
    }
    // Every byte the database holds (the main file and its write-ahead log).
    await app.db.$queryRawUnsafe('PRAGMA wal_checkpoint(PASSIVE)');
    for (const f of ['secret.db', 'secret.db-wal']) {
      const file = path.join(dir, f);
      if (!existsSync(file)) continue;
      const bytes = readFileSync(file);
      expect(bytes.includes(Buffer.from(secretHalf)), f).toBe(false);
    }
  }, 60_000);
});
