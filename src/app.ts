/**
 * The composition root: config → logger → database (migrate, seed) → bot → scheduler → start,
 * and one idempotent shutdown for SIGINT and SIGTERM. src/main.ts only calls startApp().
 */
import { performance } from 'node:perf_hooks';
import type { Telegraf } from 'telegraf';
import type { Config } from './config.js';
import { registerBotProfile } from './bot/commands.js';
import { setAdminMenu } from './bot/features/admin/index.js';
import type { BotContext, Services } from './bot/context.js';
import { createBot } from './bot/create-bot.js';
import { createPrisma, type Db } from './db/client.js';
import type { BroadcastPort } from './domain/ports.js';
import { createRepositories } from './db/repositories/index.js';
import { applyMigrations } from './db/schema-engine.js';
import { seedDatabase } from './db/seed.js';
import { loadI18n, negotiateLanguage } from './i18n/index.js';
import { createLogger, type Logger } from './logger.js';

const ALLOWED_UPDATES = ['message', 'callback_query', 'inline_query', 'my_chat_member'] as const;

function isUnauthorized(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { response?: { error_code?: number } }).response?.error_code === 401;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/** Owners and editors see their own command menu (a chat-scoped setMyCommands each). */
async function registerAdminMenus(telegram: Telegraf<BotContext>['telegram'], services: Services, logger: Logger): Promise<void> {
  const editors = await services.repos.admin.editors().catch(() => []);
  const people: Array<[bigint, 'owner' | 'editor']> = [
    ...services.config.adminIds.map((id) => [id, 'owner'] as [bigint, 'owner']),
    ...editors.filter((e) => !services.config.adminIds.includes(e.userId)).map((e) => [e.userId, 'editor'] as [bigint, 'editor']),
  ];
  for (const [id, role] of people) {
    const lang = negotiateLanguage(await services.repos.subscribers.language(id).catch(() => null), null);
    await setAdminMenu(telegram, services.i18n, Number(id), role, lang, logger);
  }
}

export interface App {
  bot: Telegraf<BotContext>;
  db: Db;
  logger: Logger;
  services: Services;
  shutdown(reason: string): Promise<void>;
  /** Resolves when polling has stopped (after shutdown, or if polling dies). */
  stopped: Promise<void>;
}

/** Migrates and seeds the database; returns the client. Used by start-up and `npm run seed`. */
export async function prepareDatabase(config: Pick<Config, 'databaseUrl'>, logger: Logger): Promise<Db> {
  const started = performance.now();
  const db = createPrisma(config.databaseUrl);
  const applied = await applyMigrations(config.databaseUrl);
  const migratedMs = performance.now() - started;
  const seeded = await seedDatabase(db);
  logger.info(
    { applied, seeded: seeded.skipped ? 'already current' : seeded.added, migrateMs: Math.round(migratedMs), totalMs: Math.round(performance.now() - started) },
    'database ready',
  );
  return db;
}

export async function startApp(config: Config, opts: { logger?: Logger; broadcast?: BroadcastPort } = {}): Promise<App> {
  const logger =
    opts.logger ?? createLogger({ level: config.logLevel, secrets: [config.botToken, config.databaseUrl] });
  const db = await prepareDatabase(config, logger);
  const services: Services = {
    config: { adminIds: config.adminIds, adminChatId: config.adminChatId },
    repos: createRepositories(db),
    i18n: loadI18n(),
    now: () => new Date(),
    ...(opts.broadcast ? { broadcast: opts.broadcast } : {}),
  };
  const bot = createBot({ token: config.botToken, apiRoot: config.apiRoot, services, logger });

  let stopping = false;
  let markLaunched!: () => void;
  const launched = new Promise<void>((resolve) => (markLaunched = resolve));
  const wake = new AbortController();
  // Polling runs until stopped: keep its promise, never await it here. Telegram being unreachable
  // at start is retried with backoff; a rejected token ends the process with one clear line.
  const stopped = (async () => {
    for (let attempt = 0; !stopping; attempt++) {
      try {
        await bot.launch({ dropPendingUpdates: false, allowedUpdates: [...ALLOWED_UPDATES] }, () => markLaunched());
        return;
      } catch (err) {
        if (isUnauthorized(err)) {
          logger.fatal('Telegram rejected BOT_TOKEN (401 Unauthorized): check the token from @BotFather');
          process.exitCode = 1;
          return;
        }
        const delayMs = Math.min(30_000, 1000 * 2 ** attempt);
        logger.error({ err, retryInMs: delayMs }, 'cannot reach Telegram; retrying');
        await sleep(delayMs, wake.signal);
      }
    }
  })();
  void launched.then(async () => {
    await registerBotProfile(bot.telegram, services.i18n, logger);
    await registerAdminMenus(bot.telegram, services, logger);
  });
  logger.info({ apiRoot: config.apiRoot }, 'bot started (long polling)');

  let shuttingDown: Promise<void> | undefined;
  const shutdown = (reason: string) =>
    (shuttingDown ??= (async () => {
      logger.info({ reason }, 'shutting down: no new updates, finishing in-flight work');
      stopping = true;
      wake.abort();
      // Polling may still be starting (getMe, deleteWebhook): stop it as soon as it runs.
      let ended = false;
      void stopped.then(() => (ended = true));
      while (!ended) {
        try {
          bot.stop(reason);
          break;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
      await stopped;
      await db.$disconnect();
      logger.info('stopped');
      logger.flush();
    })());
  return { bot, db, logger, services, shutdown, stopped };
}
