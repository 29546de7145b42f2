/**
 * Running for real, as `npm start` runs the bot: webhook mode behind its secret, /healthz and
 * /metrics, and start-up failures of the database reported in one line naming the cause.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { type FakeTelegram, startFakeTelegram } from '../support/fake-telegram.js';
import { type BotProcess, startBotProcess } from '../support/process.js';

let fake: FakeTelegram;
let dir: string;
const running: BotProcess[] = [];
const SECRET = 'webhook-secret_0123456789abcdef';

beforeAll(async () => {
  fake = await startFakeTelegram();
  dir = mkdtempSync(path.join(os.tmpdir(), 'guarantor-ops-'));
  chmodSync(dir, 0o755);
});
afterAll(async () => {
  await Promise.all(running.map((p) => p.stop('SIGKILL')));
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

function start(extra: Record<string, string>): BotProcess {
  const p = startBotProcess({ BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, ...extra });
  running.push(p);
  return p;
}

async function listeningPort(bot: BotProcess): Promise<number> {
  // A first start migrates and seeds a new database: slow on a busy machine.
  await bot.waitForLog(/"msg":"HTTP server listening[^\n]*/, 90_000);
  return Number(/"port":(\d+)[^\n]*"msg":"HTTP server listening/.exec(bot.output())![1]);
}

describe('webhook mode', () => {
  it('registers the webhook, refuses requests without the secret, answers updates, serves /healthz and /metrics, and stops cleanly', async () => {
    const bot = start({
      DATABASE_URL: `file:${path.join(dir, 'webhook.db')}`,
      BOT_MODE: 'webhook',
      WEBHOOK_URL: 'https://bot.example.org/telegram/hook',
      WEBHOOK_SECRET: SECRET,
      PORT: '0',
      HTTP_HOST: '127.0.0.1',
    });
    const port = await listeningPort(bot);
    await bot.waitForLog(/"msg":"webhook registered"/, 30_000);
    const base = `http://127.0.0.1:${port}`;

    const [registered] = fake.callsTo('setWebhook');
    expect(registered!.params).toMatchObject({ url: 'https://bot.example.org/telegram/hook', secret_token: SECRET, drop_pending_updates: false });
    expect(registered!.params.allowed_updates).toEqual(expect.arrayContaining(['message', 'callback_query', 'inline_query', 'my_chat_member']));
    // Webhook mode never polls.
    expect(fake.callsTo('getUpdates')).toHaveLength(0);

    // An update exactly as Telegram would post it.
    const update = fake.sendText({ id: 601, first_name: 'Taras', language_code: 'uk' }, '/start');
    const post = (headers: Record<string, string>, body: unknown = update) =>
      fetch(`${base}/telegram/hook`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

    expect((await post({})).status).toBe(401);
    expect((await post({})).status).toBe(401);
    expect((await post({ 'X-Telegram-Bot-Api-Secret-Token': 'wrong-secret_0123456789abcdef' })).status).toBe(403);
    expect((await fetch(`${base}/telegram/hook`)).status).toBe(405);
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.sentMessages(601)).toHaveLength(0);
    // Refusals from one source are logged once.
    expect(bot.output().match(/secret token refused/g)).toHaveLength(1);

    const since = fake.mark();
    const ok = await post({ 'X-Telegram-Bot-Api-Secret-Token': SECRET });
    expect(ok.status).toBe(200);
    const reply = await fake.waitForMessage(601, undefined, 10_000, { since });
    expect(String(reply.params.text)).toContain('Вітаю, Taras!');
    expect((await post({ 'X-Telegram-Bot-Api-Secret-Token': SECRET }, { hello: 'world' })).status).toBe(400);

    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const report = (await health.json()) as Record<string, unknown>;
    expect(report).toMatchObject({ status: 'ok', database: { ok: true }, queueDepth: 0, mode: 'webhook', lastDigestRun: null });
    expect(report.uptimeSeconds).toEqual(expect.any(Number));

    const metrics = await fetch(`${base}/metrics`);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await metrics.text();
    expect(text).toMatch(/^guarantor_updates_total\{type="message"\} 1$/m);
    expect(text).toMatch(/^guarantor_webhook_rejected_total\{reason="secret"\} 3$/m);
    expect(text).toMatch(/^guarantor_outbox_queue_depth 0$/m);
    expect(text).toMatch(/^guarantor_database_up 1$/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_p99_seconds /m);
    expect(text).toMatch(/^process_resident_memory_bytes /m);
    expect((await fetch(`${base}/nothing`)).status).toBe(404);

    const { code } = await bot.stop('SIGTERM');
    expect(code).toBe(0);
    expect(bot.output()).toMatch(/"msg":"stopped"/);
    expect(bot.output()).not.toContain(SECRET);
    expect(bot.output()).not.toContain(fake.token.split(':')[1]);
  }, 180_000);

  it('refuses to start in webhook mode without a secret, naming it', async () => {
    const bot = start({ DATABASE_URL: `file:${path.join(dir, 'nosecret.db')}`, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://bot.example.org/hook' });
    const { code } = await bot.exited;
    expect(code).toBe(1);
    expect(bot.output().trim()).toBe('Guarantor cannot start: WEBHOOK_SECRET is required when BOT_MODE=webhook (16–256 characters of A–Z, a–z, 0–9, _ and -)');
  });
});

describe('polling mode with PORT', () => {
  it('serves /healthz and /metrics beside long polling', async () => {
    const bot = start({ DATABASE_URL: `file:${path.join(dir, 'polling.db')}`, PORT: '0', HTTP_HOST: '127.0.0.1' });
    const port = await listeningPort(bot);
    await bot.waitForLog(/"msg":"bot started \(long polling\)"/, 30_000);
    await fake.waitForPolling();
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', mode: 'polling' });
    // No webhook path in polling mode.
    expect((await fetch(`http://127.0.0.1:${port}/telegram/hook`, { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await bot.stop('SIGTERM')).code).toBe(0);
  }, 180_000);
});

/** Runs `node dist/main.js` directly (as an unprivileged user when the tests run as root, so file permissions bite). */
function startRaw(env: Record<string, string>, nodeOptions = ''): Promise<{ code: number | null; output: string }> {
  const asRoot = process.getuid?.() === 0;
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'main.js')], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, LOG_LEVEL: 'info', NODE_OPTIONS: nodeOptions, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    }),
  );
}

/** Exactly one line on stderr/stdout, exit 1, no stack trace and no engine gibberish. */
function expectOneLine(r: { code: number | null; output: string }, cause: RegExp): void {
  expect(r.code, r.output).toBe(1);
  const lines = r.output.trim().split('\n');
  expect(lines, r.output).toHaveLength(1);
  expect(lines[0]).toMatch(/^Guarantor cannot start: /);
  expect(lines[0]).toMatch(cause);
  expect(r.output).not.toMatch(/External error|\n\s+at /);
}

describe('a database that cannot be opened: one line naming the cause, exit code 1', () => {
  it('a file that is not a database', async () => {
    const file = path.join(dir, 'not-a-db.db');
    writeFileSync(file, 'This is a text file, not SQLite.\n'.repeat(200));
    chmodSync(file, 0o666);
    expectOneLine(await startRaw({ DATABASE_URL: `file:${file}` }), /not-a-db\.db: the file is not a SQLite database/);
  });

  it('an unreadable file', async () => {
    const file = path.join(dir, 'unreadable.db');
    writeFileSync(file, '');
    chmodSync(file, 0o000);
    expectOneLine(await startRaw({ DATABASE_URL: `file:${file}` }), /unreadable\.db: permission denied: the file is not readable/);
  });

  it('a folder that does not exist and cannot be created', async () => {
    const blocker = path.join(dir, 'a-file');
    writeFileSync(blocker, 'x');
    expectOneLine(
      await startRaw({ DATABASE_URL: `file:${path.join(blocker, 'sub', 'bot.db')}` }),
      /its folder .*a-file\/sub does not exist and cannot be created/,
    );
    const locked = path.join(dir, 'locked');
    writeFileSync(path.join(dir, 'placeholder'), '');
    rmSync(locked, { recursive: true, force: true });
    await import('node:fs').then((fs) => fs.mkdirSync(locked, { mode: 0o555 }));
    chmodSync(locked, 0o555);
    expectOneLine(
      await startRaw({ DATABASE_URL: `file:${path.join(locked, 'new', 'bot.db')}` }),
      /locked\/new does not exist and cannot be created \(permission denied\)/,
    );
  });

  it('the SQLite native module cannot be loaded', async () => {
    // Every native addon fails to load, as after an upgrade of Node.js without `npm rebuild`.
    const preload = path.join(dir, 'no-native.cjs');
    writeFileSync(
      preload,
      `require.extensions['.node'] = (module, filename) => { const e = new Error(filename + ': invalid ELF header'); e.code = 'ERR_DLOPEN_FAILED'; throw e; };\n`,
    );
    chmodSync(preload, 0o644);
    expectOneLine(
      await startRaw({ DATABASE_URL: `file:${path.join(dir, 'native.db')}` }, `--require ${preload}`),
      /the SQLite native module \(better-sqlite3\) cannot be loaded .*invalid ELF header.*npm rebuild better-sqlite3/,
    );
  });
});
