/**
 * Configuration: one zod schema over the environment. parseConfig(env) is pure; loadConfig() adds
 * the optional .env file. A bad value stops start-up with one clear line per problem.
 */
import cron from 'node-cron';
import { z } from 'zod';

export const DEFAULT_API_ROOT = 'https://api.telegram.org';
export const DEFAULT_DATABASE_URL = 'file:./data/guarantor.db';

const idList = z
  .string()
  .default('')
  .transform((s, ctx) => {
    const parts = s.split(/[\s,]+/).filter(Boolean);
    const bad = parts.filter((p) => !/^-?\d{1,20}$/.test(p));
    if (bad.length) {
      ctx.addIssue({ code: 'custom', message: `not Telegram user ids: ${bad.join(', ')}` });
      return z.NEVER;
    }
    return parts.map((p) => BigInt(p));
  });

const timezone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'not an IANA time zone (e.g. Europe/Kyiv)');

const configSchema = z.object({
  BOT_TOKEN: z
    .string({ error: 'is required: get one from @BotFather and set BOT_TOKEN' })
    .trim()
    .regex(/^\d{3,20}:[A-Za-z0-9_-]{30,64}$/, 'does not look like a bot token (expected 123456789:AAE…)'),
  TELEGRAM_API_ROOT: z
    .url({ protocol: /^https?$/ })
    .default(DEFAULT_API_ROOT)
    .transform((u) => u.replace(/\/+$/, '')),
  DATABASE_URL: z
    .string()
    .default(DEFAULT_DATABASE_URL)
    .refine(
      (u) => u.startsWith('file:') || /^postgres(ql)?:\/\/[^/]/.test(u),
      'must be a SQLite URL such as file:./data/guarantor.db or a PostgreSQL one such as postgresql://user@host:5432/guarantor',
    ),
  ADMIN_IDS: idList,
  ADMIN_CHAT_ID: z
    .string()
    .regex(/^-?\d{1,20}$/, 'must be a Telegram chat id')
    .transform((s) => BigInt(s))
    .optional(),
  /** The digest tick: each subscriber is served at their own hour, so the default is hourly. */
  DIGEST_CRON: z
    .string()
    .default('0 0 * * * *')
    .refine((e) => cron.validate(e), 'is not a valid cron expression'),
  /** The instant-alert sweep (quiet hours ending, publications not sent as urgent). */
  INSTANT_CRON: z
    .string()
    .default('0 * * * * *')
    .refine((e) => cron.validate(e), 'is not a valid cron expression'),
  DIGEST_TIMEZONE: timezone.default('Europe/Kyiv'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Overall broadcast rate (Telegram allows about 30 messages a second). */
  BROADCAST_RATE: z.coerce.number().int().min(1).max(1000).default(30),
  /** Paid broadcasts (allow_paid_broadcast) lift the overall limit up to 1000 messages a second. */
  PAID_BROADCAST: z.stringbool().default(false),
  /** How updates arrive: long polling (default) or a webhook served by the bot's HTTP server. */
  BOT_MODE: z.enum(['polling', 'webhook']).default('polling'),
  /** The public HTTPS address Telegram posts updates to (webhook mode). */
  WEBHOOK_URL: z
    .url({ protocol: /^https?$/, error: 'must be an https:// URL such as https://bot.example.org/telegram' })
    .refine((u) => u.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(u), 'must use https:// (Telegram posts only to HTTPS)')
    .optional(),
  /** Telegram's X-Telegram-Bot-Api-Secret-Token: 16–256 of A–Z, a–z, 0–9, _ and -. */
  WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16–256 characters of A–Z, a–z, 0–9, _ and - (e.g. openssl rand -hex 32)')
    .optional(),
  /** The path the HTTP server takes updates on; by default the path of WEBHOOK_URL (behind a proxy that rewrites it, set it). */
  WEBHOOK_PATH: z
    .string()
    .regex(/^\/[\w\-./~]*$/, 'must be a URL path starting with /')
    .optional(),
  /** The HTTP server (webhook, /healthz, /metrics): always on in webhook mode (default 8080), in polling mode only when set. */
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HTTP_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HTTP_HOST: z.string().default('0.0.0.0'),
  /** Let V8 optimise Prisma's WebAssembly query compiler with TurboFan (+~70 MB resident); off: baseline code only. */
  WASM_TIER_UP: z.stringbool().default(false),
});

export const DEFAULT_HTTP_PORT = 8080;

export type Config = {
  botToken: string;
  apiRoot: string;
  databaseUrl: string;
  adminIds: bigint[];
  adminChatId: bigint | undefined;
  digestCron: string;
  digestTimezone: string;
  instantCron: string;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  broadcastRate: number;
  paidBroadcast: boolean;
  mode: 'polling' | 'webhook';
  /** Set in webhook mode only. */
  webhook: { url: string; secret: string; path: string } | undefined;
  /** The HTTP server's port (webhook, /healthz, /metrics); undefined: no HTTP server (polling without PORT). */
  httpPort: number | undefined;
  httpHost: string;
  wasmTierUp: boolean;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** Pure: validates an environment-like record. Empty strings count as unset. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const result = configSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.') || 'config'} ${i.message}`));
  }
  const c = result.data;
  const port = c.HTTP_PORT ?? c.PORT;
  let webhook: Config['webhook'];
  if (c.BOT_MODE === 'webhook') {
    const missing = [
      ...(c.WEBHOOK_URL ? [] : ['WEBHOOK_URL is required when BOT_MODE=webhook (the public https:// address Telegram posts to)']),
      ...(c.WEBHOOK_SECRET ? [] : ['WEBHOOK_SECRET is required when BOT_MODE=webhook (16–256 characters of A–Z, a–z, 0–9, _ and -)']),
    ];
    if (missing.length) throw new ConfigError(missing);
    webhook = { url: c.WEBHOOK_URL!, secret: c.WEBHOOK_SECRET!, path: c.WEBHOOK_PATH ?? (new URL(c.WEBHOOK_URL!).pathname || '/') };
  }
  return {
    botToken: c.BOT_TOKEN,
    apiRoot: c.TELEGRAM_API_ROOT,
    databaseUrl: c.DATABASE_URL,
    adminIds: c.ADMIN_IDS,
    adminChatId: c.ADMIN_CHAT_ID,
    digestCron: c.DIGEST_CRON,
    digestTimezone: c.DIGEST_TIMEZONE,
    instantCron: c.INSTANT_CRON,
    logLevel: c.LOG_LEVEL,
    broadcastRate: c.PAID_BROADCAST ? c.BROADCAST_RATE : Math.min(c.BROADCAST_RATE, 30),
    paidBroadcast: c.PAID_BROADCAST,
    mode: c.BOT_MODE,
    webhook,
    httpPort: c.BOT_MODE === 'webhook' ? (port ?? DEFAULT_HTTP_PORT) : port,
    httpHost: c.HTTP_HOST,
    wasmTierUp: c.WASM_TIER_UP,
  };
}
