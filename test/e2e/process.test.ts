/**
 * The real process, as `npm start` runs it, against the fake Bot API and a temporary SQLite file.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeTelegram, startFakeTelegram } from '../support/fake-telegram.js';
import { type BotProcess, startBotProcess } from '../support/process.js';

let fake: FakeTelegram;
let dir: string;
const running: BotProcess[] = [];

beforeAll(async () => {
  fake = await startFakeTelegram();
  dir = mkdtempSync(path.join(os.tmpdir(), 'guarantor-e2e-'));
});
afterAll(async () => {
  await Promise.all(running.map((p) => p.stop('SIGKILL')));
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

function start(extra: Record<string, string> = {}, cwd?: string): BotProcess {
  const p = startBotProcess({ BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, ...extra }, cwd);
  running.push(p);
  return p;
}

describe('the bot process', () => {
  it('creates, migrates and seeds its database, answers /start, and stops cleanly on SIGTERM', async () => {
    const dbFile = path.join(dir, 'nested', 'folder', 'bot.db');
    const bot = start({ DATABASE_URL: `file:${dbFile}` });
    await bot.waitForLog(/"msg":"bot started/);
    expect(existsSync(dbFile)).toBe(true);
    expect(bot.output()).toMatch(/"applied":\["\d+_init"/);
    expect(bot.output()).toMatch(/"seeded":\{"partners":34,/);

    const since = fake.mark();
    fake.sendText({ id: 501, first_name: 'Marta', language_code: 'uk' }, '/start');
    const reply = await fake.waitForMessage(501, undefined, 10_000, { since });
    expect(String(reply.params.text)).toContain('Вітаю, Marta!');

    const { code } = await bot.stop('SIGTERM');
    expect(code).toBe(0);
    expect(bot.output()).toMatch(/"msg":"stopped"/);
    // The token never reaches the logs.
    expect(bot.output()).not.toContain(fake.token);
    expect(bot.output()).not.toContain(fake.token.split(':')[1]);
  });

  it('recreates a deleted database by itself on the next start, and skips the seed when current', async () => {
    const dbFile = path.join(dir, 'again.db');
    const first = start({ DATABASE_URL: `file:${dbFile}` });
    await first.waitForLog(/"msg":"bot started/);
    expect((await first.stop()).code).toBe(0);

    const second = start({ DATABASE_URL: `file:${dbFile}` });
    await second.waitForLog(/"msg":"bot started/);
    expect(second.output()).toMatch(/"applied":\[\],"seeded":"already current"/);
    expect((await second.stop()).code).toBe(0);

    rmSync(dbFile);
    const third = start({ DATABASE_URL: `file:${dbFile}` });
    await third.waitForLog(/"msg":"bot started/);
    expect(third.output()).toMatch(/"seeded":\{"partners":34,/);
    expect((await third.stop()).code).toBe(0);
  });

  it('uses data/guarantor.db under the working directory by default', async () => {
    const cwd = mkdtempSync(path.join(dir, 'cwd-'));
    const bot = start({}, cwd);
    await bot.waitForLog(/"msg":"bot started/);
    expect(existsSync(path.join(cwd, 'data', 'guarantor.db'))).toBe(true);
    expect((await bot.stop()).code).toBe(0);
  });

  it('keeps running when registering the command menu fails', async () => {
    fake.failNext('setMyCommands', { error_code: 500, description: 'Internal Server Error' }, 10);
    const bot = start({ DATABASE_URL: `file:${path.join(dir, 'menu.db')}` });
    await bot.waitForLog(/could not register the command menu/);
    const since = fake.mark();
    fake.sendText({ id: 502, first_name: 'Ann', language_code: 'en' }, '/help');
    expect(String((await fake.waitForMessage(502, undefined, 10_000, { since })).params.text)).toContain('What I can do');
    expect((await bot.stop()).code).toBe(0);
  });

  it('retries when Telegram cannot be reached at start, then serves', async () => {
    fake.failNext('getMe', { error_code: 502, description: 'Bad Gateway' }, 1);
    const bot = start({ DATABASE_URL: `file:${path.join(dir, 'retry.db')}` });
    await bot.waitForLog(/cannot reach Telegram; retrying/);
    const since = fake.mark();
    fake.sendText({ id: 503, first_name: 'Bo', language_code: 'en' }, '/start');
    expect(String((await fake.waitForMessage(503, undefined, 10_000, { since })).params.text)).toContain('Hello, Bo!');
    expect((await bot.stop()).code).toBe(0);
  });

  it('exits with one clear line when Telegram rejects the token', async () => {
    fake.failNext('getMe', { error_code: 401, description: 'Unauthorized' }, 1);
    const bot = start({ DATABASE_URL: `file:${path.join(dir, 'unauthorized.db')}` });
    expect((await bot.exited).code).toBe(1);
    expect(bot.output()).toMatch(/Telegram rejected BOT_TOKEN \(401 Unauthorized\)/);
  });

  it('refuses to start without a token, with one clear line and no stack trace', async () => {
    const bot = startBotProcess({ DATABASE_URL: `file:${path.join(dir, 'none.db')}` });
    const { code } = await bot.exited;
    expect(code).toBe(1);
    expect(bot.output().trim()).toBe('Guarantor cannot start: BOT_TOKEN is required: get one from @BotFather and set BOT_TOKEN');
  });

  it('refuses a malformed token the same way', async () => {
    const bot = startBotProcess({ BOT_TOKEN: 'hello', DATABASE_URL: `file:${path.join(dir, 'none.db')}` });
    expect((await bot.exited).code).toBe(1);
    expect(bot.output().trim().split('\n')).toHaveLength(1);
    expect(bot.output()).toMatch(/BOT_TOKEN does not look like a bot token/);
  });
});
