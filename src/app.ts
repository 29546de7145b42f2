/**
 * The composition root: config → logger → database (migrate, seed) → bot → scheduler → start,
 * and one idempotent shutdown for SIGINT and SIGTERM. src/main.ts only calls startApp().
 */
import { performance } from 'node:perf_hooks';
import { type Telegraf, Telegram } from 'telegraf';
import type { Config } from './config.js';
import { registerBotProfile } from './bot/commands.js';
import { setAdminMenu } from './bot/features/admin/index.js';
import type { BotContext } from './bot/context.js';
import { createBot } from './bot/create-bot.js';
import type { FloodOptions } from './bot/middleware/flood.js';
import { createPrisma, type Db } from './db/client.js';
import type { BroadcastPort } from './domain/ports.js';
import { migrateDatabase } from './db/migrate.js';
import { createHealthSources } from './db/health.js';
import { type Health, createHealth } from './http/health.js';
import { instrumentUpdates } from './http/instrument.js';
import { type HttpServer, startHttpServer } from './http/server.js';
import { type Metrics, createMetrics } from './metrics.js';
import { seedDatabase } from './db/seed.js';
import { createLogger, registerSecrets, type Logger } from './logger.js';
import { createServices, createStores, type Services } from './services/index.js';
import type { Repositories } from './db/repositories/index.js';
import { type SendGate, createSendGate } from './delivery/send-gate.js';
import { type DeliveryWorker, createDeliveryWorker } from './delivery/worker.js';
import { type Scheduler, createScheduler } from './scheduler/index.js';

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
  const people = await services.admins.menus().catch((err: unknown) => {
    logger.warn({ err }, 'could not read the admins for their command menus');
    return [];
  });
  for (const { userId, role, lang } of people) await setAdminMenu(telegram, services.i18n, Number(userId), role, lang, logger);
}

export interface App {
  bot: Telegraf<BotContext>;
  db: Db;
  /** The stores under the services (the worker and scheduler use them; tests may inspect them). */
  repos: Repositories;
  logger: Logger;
  services: Services;
  worker: DeliveryWorker;
  gate: SendGate;
  scheduler: Scheduler;
  /** Prometheus metrics (GET /metrics); the delivery code counts its sends here. */
  metrics: Metrics;
  /** The /healthz report, also probed periodically so a failing database is logged once. */
  health: Health;
  /** The HTTP server (webhook, /healthz, /metrics), when one runs. */
  http: HttpServer | undefined;
  shutdown(reason: string): Promise<void>;
  /** Resolves when polling has stopped (after shutdown, or if polling dies). */
  stopped: Promise<void>;
}

/**
 * Migrates and seeds the database; returns the client. Used by start-up and `npm run seed`. The wasm
 * schema engine is loaded only when a migration is pending; a database that cannot be opened throws
 * a DatabaseUnavailableError whose message is one line naming the cause.
 */
export async function prepareDatabase(config: Pick<Config, 'databaseUrl'>, logger: Logger): Promise<Db> {
  const started = performance.now();
  const { applied, engineLoaded } = await migrateDatabase(config.databaseUrl);
  const migratedMs = performance.now() - started;
  const db = createPrisma(config.databaseUrl);
  const seeded = await seedDatabase(db);
  logger.info(
    {
      applied,
      seeded: seeded.skipped ? 'already current' : seeded.added,
      engineLoaded,
      migrateMs: Math.round(migratedMs),
      totalMs: Math.round(performance.now() - started),
    },
    'database ready',
  );
  return db;
}

export async function startApp(
  config: Config,
  opts: { logger?: Logger; now?: () => Date; broadcast?: BroadcastPort; flood?: FloodOptions | false; metrics?: Metrics } = {},
): Promise<App> {
  // No secret leaves the process: logs, error reports and stored errors are scrubbed of these.
  registerSecrets([config.botToken, config.webhook?.secret]);
  const logger =
    opts.logger ?? createLogger({ level: config.logLevel, secrets: [config.botToken, config.databaseUrl, ...(config.webhook ? [config.webhook.secret] : [])] });
  const metrics = opts.metrics ?? createMetrics();
  const db = await prepareDatabase(config, logger);
  let worker: DeliveryWorker | undefined;
  const now = opts.now ?? (() => new Date());
  const repos = createStores(db, now);
  const services = createServices(repos, config, {
    logger,
    now,
    onQueued: () => worker?.wake(),
    // Digests link partners to their cards (t.me/<bot>?start=country_XX) once getMe has told the name.
    botUsername: () => bot.botInfo?.username,
    ...(opts.broadcast ? { broadcast: opts.broadcast } : {}),
  });
  const { digests } = services;
  // One send path for every Bot API call that sends: answers first, broadcasts take what is left
  // (at most BROADCAST_RATE a second, within Telegram's 30 a second for the whole bot).
  const gate = createSendGate({ globalPerSecond: Math.max(30, config.broadcastRate), broadcastPerSecond: config.broadcastRate });
  const bot = createBot({
    token: config.botToken,
    apiRoot: config.apiRoot,
    services,
    logger,
    gate,
    ...(opts.flood !== undefined ? { flood: opts.flood } : {}),
  });
  instrumentUpdates(bot, metrics);
  // The only sender of broadcasts: it takes slots from the gate's broadcast lane and classifies
  // and records each outcome itself, so its client is a plain one (not retried by the gate).
  worker = createDeliveryWorker({
    outbox: repos.outbox,
    subscriptions: repos.subscriptions,
    api: new Telegram(config.botToken, { apiRoot: config.apiRoot, webhookReply: false }),
    limiter: gate.broadcastLimiter(),
    logger: logger.child({ room: 'delivery' }),
    paidBroadcast: config.paidBroadcast,
    refresh: (p) => digests.refresh(p),
    concurrency: Math.min(16, Math.max(2, Math.ceil(config.broadcastRate / 10))),
    now,
  });
  const scheduler = createScheduler({
    digestCron: config.digestCron,
    instantCron: config.instantCron,
    timezone: config.digestTimezone,
    logger: logger.child({ room: 'scheduler' }),
    now,
    composeScheduled: (slot, at) => digests.composeScheduled(slot, at),
    composeInstant: (at, reason) => digests.composeInstant(at, reason),
    resumeComposing: () => digests.resumeComposing(),
    lastDigestSlot: async () => (await repos.outbox.lastRun('digest'))?.slot ?? null,
  });
  await scheduler.start();

  const ops = startOperations({ config, db, logger, metrics });
  let stopping = false;
  let markLaunched!: () => void;
  const launched = new Promise<void>((resolve) => (markLaunched = resolve));
  const wake = new AbortController();
  let http: HttpServer | undefined;
  let stopped: Promise<void>;
  let endWebhook: () => void = () => {};
  if (config.mode === 'webhook') {
    // Webhook: our HTTP server takes updates; setWebhook registers it (retried while Telegram is unreachable).
    const webhook = config.webhook!;
    http = await startHttpServer({
      host: config.httpHost,
      port: config.httpPort!,
      logger: logger.child({ room: 'http' }),
      metrics,
      health: ops.health,
      webhook: { path: webhook.path, secret: webhook.secret, handleUpdate: (update) => bot.handleUpdate(update) },
    });
    stopped = new Promise<void>((resolve) => (endWebhook = resolve));
    void (async () => {
      for (let attempt = 0; !stopping; attempt++) {
        try {
          bot.botInfo ??= await bot.telegram.getMe();
          await bot.telegram.setWebhook(webhook.url, {
            secret_token: webhook.secret,
            allowed_updates: [...ALLOWED_UPDATES],
            drop_pending_updates: false,
          });
          markLaunched();
          logger.info({ url: webhook.url }, 'webhook registered');
          return;
        } catch (err) {
          if (isUnauthorized(err)) {
            logger.fatal('Telegram rejected BOT_TOKEN (401 Unauthorized): check the token from @BotFather');
            process.exitCode = 1;
            endWebhook();
            return;
          }
          const delayMs = Math.min(30_000, 1000 * 2 ** attempt);
          logger.error({ err, retryInMs: delayMs }, 'cannot register the webhook with Telegram; retrying');
          await sleep(delayMs, wake.signal);
        }
      }
    })();
  } else {
    if (config.httpPort !== undefined) {
      http = await startHttpServer({ host: config.httpHost, port: config.httpPort, logger: logger.child({ room: 'http' }), metrics, health: ops.health });
    }
    // Polling runs until stopped: keep its promise, never await it here. Telegram being unreachable
    // at start is retried with backoff; a rejected token ends the process with one clear line.
    stopped = (async () => {
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
  }
  void launched.then(async () => {
    // Broadcasts start once getMe has named the bot: a digest's text links partners to
    // t.me/<bot>, and must read the same whichever process renders it (a resumed row included).
    if (!stopping) await worker!.start();
    await registerBotProfile(bot.telegram, services.i18n, logger);
    await registerAdminMenus(bot.telegram, services, logger);
  });
  logger.info(
    { apiRoot: config.apiRoot, mode: config.mode, httpPort: http?.port },
    config.mode === 'webhook' ? 'bot started (webhook)' : 'bot started (long polling)',
  );

  let shuttingDown: Promise<void> | undefined;
  const shutdown = (reason: string) =>
    (shuttingDown ??= (async () => {
      logger.info({ reason }, 'shutting down: no new updates, finishing in-flight work');
      stopping = true;
      wake.abort();
      // No new runs; the in-flight sends finish and are recorded; the rest waits in the outbox.
      await scheduler.stop();
      await worker!.stop();
      if (config.mode === 'webhook') {
        // Stop accepting updates (Telegram keeps them and retries), finish the ones in flight.
        await http?.close();
        endWebhook();
      } else {
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
        await http?.close();
      }
      await stopped;
      ops.stop();
      await db.$disconnect();
      logger.info('stopped');
      logger.flush();
    })());
  return { bot, db, repos, logger, services, worker, gate, scheduler, metrics, health: ops.health, http, shutdown, stopped };
}

// ── operations: health, metrics sources, the periodic database probe ─────────────────────────

const HEALTH_PROBE_MS = 15_000;

/**
 * Health and metrics wiring over the database: /healthz's sources, the outbox depth gauge, and a
 * periodic probe so a database that fails at run time is logged once (one line naming the cause)
 * even when no HTTP server runs.
 */
function startOperations(deps: { config: Config; db: Db; logger: Logger; metrics: Metrics }): { health: Health; stop(): void } {
  const sources = createHealthSources(deps.db, deps.config.databaseUrl);
  deps.metrics.setQueueDepthSource(sources.queueDepth);
  deps.metrics.databaseUp.set(1);
  const health = createHealth({ sources, logger: deps.logger.child({ room: 'health' }), metrics: deps.metrics, mode: deps.config.mode });
  const timer = setInterval(() => void health.check(), HEALTH_PROBE_MS);
  timer.unref();
  return { health, stop: () => clearInterval(timer) };
}
