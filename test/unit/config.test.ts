import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_API_ROOT, DEFAULT_DATABASE_URL, parseConfig } from '../../src/config.js';

const TOKEN = '123456789:AAEabcdefghijklmnopqrstuvwxyz012345';

function problems(env: Record<string, string | undefined>): string[] {
  try {
    parseConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('parseConfig', () => {
  it('applies defaults when only the token is given', () => {
    const c = parseConfig({ BOT_TOKEN: TOKEN });
    expect(c).toMatchObject({
      botToken: TOKEN,
      apiRoot: DEFAULT_API_ROOT,
      databaseUrl: DEFAULT_DATABASE_URL,
      adminIds: [],
      digestTimezone: 'Europe/Kyiv',
      logLevel: 'info',
      broadcastRate: 30,
      paidBroadcast: false,
    });
  });

  it('names a missing token in one clear line', () => {
    expect(problems({})).toEqual(['BOT_TOKEN is required: get one from @BotFather and set BOT_TOKEN']);
    expect(problems({ BOT_TOKEN: '   ' })).toHaveLength(1);
  });

  it('rejects a malformed token without echoing it in full', () => {
    const p = problems({ BOT_TOKEN: 'not-a-token' });
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/BOT_TOKEN does not look like a bot token/);
    expect(p[0]).not.toContain('not-a-token');
  });

  it('parses admin ids, the API root and the cron with seconds', () => {
    const c = parseConfig({
      BOT_TOKEN: TOKEN,
      ADMIN_IDS: '111, 222,333',
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/',
      DIGEST_CRON: '*/10 * * * * *',
      DIGEST_TIMEZONE: 'UTC',
      ADMIN_CHAT_ID: '-100123',
    });
    expect(c.adminIds).toEqual([111n, 222n, 333n]);
    expect(c.apiRoot).toBe('http://127.0.0.1:8081');
    expect(c.digestCron).toBe('*/10 * * * * *');
    expect(c.adminChatId).toBe(-100123n);
  });

  it('reports every bad value at once', () => {
    const p = problems({ BOT_TOKEN: TOKEN, ADMIN_IDS: '1,abc', DIGEST_CRON: 'every day', DIGEST_TIMEZONE: 'Mars/Olympus', DATABASE_URL: 'postgres://x' });
    expect(p.map((x) => x.split(' ')[0]).sort()).toEqual(['ADMIN_IDS', 'DATABASE_URL', 'DIGEST_CRON', 'DIGEST_TIMEZONE']);
  });

  it('caps the broadcast rate at 30/s unless paid broadcasts are on', () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN, BROADCAST_RATE: '100' }).broadcastRate).toBe(30);
    expect(parseConfig({ BOT_TOKEN: TOKEN, BROADCAST_RATE: '100', PAID_BROADCAST: 'true' }).broadcastRate).toBe(100);
  });
});
