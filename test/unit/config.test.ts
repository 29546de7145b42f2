import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_API_ROOT, DEFAULT_DATABASE_URL, DEFAULT_HTTP_PORT, parseConfig } from '../../src/config.js';

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
    const p = problems({ BOT_TOKEN: TOKEN, ADMIN_IDS: '1,abc', DIGEST_CRON: 'every day', DIGEST_TIMEZONE: 'Mars/Olympus', DATABASE_URL: 'mysql://x' });
    expect(p.map((x) => x.split(' ')[0]).sort()).toEqual(['ADMIN_IDS', 'DATABASE_URL', 'DIGEST_CRON', 'DIGEST_TIMEZONE']);
  });

  it('takes a SQLite file or a PostgreSQL server as DATABASE_URL', () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN, DATABASE_URL: 'postgresql://bot@db:5432/guarantor' }).databaseUrl).toBe('postgresql://bot@db:5432/guarantor');
    expect(parseConfig({ BOT_TOKEN: TOKEN, DATABASE_URL: 'postgres://bot@db/guarantor' }).databaseUrl).toBe('postgres://bot@db/guarantor');
    expect(problems({ BOT_TOKEN: TOKEN, DATABASE_URL: 'postgres://' }).map((x) => x.split(' ')[0])).toEqual(['DATABASE_URL']);
  });

  it('caps the broadcast rate at 30/s unless paid broadcasts are on', () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN, BROADCAST_RATE: '100' }).broadcastRate).toBe(30);
    expect(parseConfig({ BOT_TOKEN: TOKEN, BROADCAST_RATE: '100', PAID_BROADCAST: 'true' }).broadcastRate).toBe(100);
  });
});

describe('parseConfig: polling, webhook and the HTTP server', () => {
  const SECRET = 'Abc_def-0123456789xyz';

  it('defaults to long polling without an HTTP server', () => {
    const c = parseConfig({ BOT_TOKEN: TOKEN });
    expect(c.mode).toBe('polling');
    expect(c.webhook).toBeUndefined();
    expect(c.httpPort).toBeUndefined();
  });

  it('runs the HTTP server in polling mode when PORT or HTTP_PORT is set (HTTP_PORT wins)', () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN, PORT: '9100' }).httpPort).toBe(9100);
    expect(parseConfig({ BOT_TOKEN: TOKEN, PORT: '9100', HTTP_PORT: '9200' }).httpPort).toBe(9200);
    expect(parseConfig({ BOT_TOKEN: TOKEN, PORT: '9100' }).mode).toBe('polling');
  });

  it('takes webhook mode with its URL, secret and the URL path; port 8080 by default', () => {
    const c = parseConfig({ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://bot.example.org/tg/hook', WEBHOOK_SECRET: SECRET });
    expect(c.mode).toBe('webhook');
    expect(c.webhook).toEqual({ url: 'https://bot.example.org/tg/hook', secret: SECRET, path: '/tg/hook' });
    expect(c.httpPort).toBe(DEFAULT_HTTP_PORT);
    expect(parseConfig({ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://bot.example.org', WEBHOOK_SECRET: SECRET }).webhook?.path).toBe('/');
    expect(
      parseConfig({
        BOT_TOKEN: TOKEN,
        BOT_MODE: 'webhook',
        WEBHOOK_URL: 'https://bot.example.org/x',
        WEBHOOK_SECRET: SECRET,
        WEBHOOK_PATH: '/inner',
        PORT: '3000',
      }),
    ).toMatchObject({ webhook: { path: '/inner' }, httpPort: 3000 });
  });

  it('requires the URL and the secret in webhook mode, naming each', () => {
    const p = problems({ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook' });
    expect(p).toHaveLength(2);
    expect(p[0]).toMatch(/^WEBHOOK_URL is required when BOT_MODE=webhook/);
    expect(p[1]).toMatch(/^WEBHOOK_SECRET is required when BOT_MODE=webhook/);
    // Polling ignores a missing webhook configuration.
    expect(problems({ BOT_TOKEN: TOKEN, BOT_MODE: 'polling' })).toEqual([]);
  });

  it('refuses a plain-http public URL, a weak or malformed secret and an unknown mode, without echoing the secret', () => {
    const p = problems({ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook', WEBHOOK_URL: 'http://bot.example.org/hook', WEBHOOK_SECRET: 'short' });
    expect(p.map((x) => x.split(' ')[0]).sort()).toEqual(['WEBHOOK_SECRET', 'WEBHOOK_URL']);
    expect(p.join('\n')).not.toContain('short');
    expect(problems({ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://x.org/', WEBHOOK_SECRET: 'has spaces in it!!!!!' })[0]).toMatch(
      /^WEBHOOK_SECRET must be 16–256/,
    );
    expect(problems({ BOT_TOKEN: TOKEN, BOT_MODE: 'hook' })[0]).toMatch(/^BOT_MODE/);
    expect(problems({ BOT_TOKEN: TOKEN, PORT: 'eighty' })[0]).toMatch(/^PORT/);
    // A loopback http URL is allowed (local tests behind a TLS proxy).
    expect(parseConfig({ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook', WEBHOOK_URL: 'http://127.0.0.1:8443/hook', WEBHOOK_SECRET: SECRET }).webhook?.path).toBe(
      '/hook',
    );
  });
});
