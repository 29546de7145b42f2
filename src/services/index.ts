/**
 * The application layer: one module per use-case family, built over one database. The bot, the
 * scheduler and the benchmarks use these use cases; none of them knows of Telegraf.
 */
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { type Repositories, createRepositories } from '../db/repositories/index.js';
import type { BroadcastPort } from '../domain/ports.js';
import { type I18n, loadI18n } from '../i18n/index.js';
import type { Logger } from '../logger.js';
import { createBroadcast } from './broadcasts.js';
import { type DigestService, createDigestService } from './digests.js';
import { type FactsService, createFactsService } from './facts.js';
import { type SubscriptionService, createSubscriptionService } from './subscriptions.js';

/** Reports faults to the admin chat (the bot's error reporter implements it). */
export interface ErrorSink {
  report(signature: string, detail: string): void;
}

/** What the bot's features may use; built once by the composition root (src/app.ts or a test). */
export interface Services {
  config: Pick<Config, 'adminIds' | 'adminChatId'>;
  /** @deprecated moving into the use-case services below; the bot must not use it. */
  repos: Repositories;
  i18n: I18n;
  facts: FactsService;
  /** Chats, languages, subscriptions and their settings. */
  subscriptions: SubscriptionService;
  /** Urgent alerts and announcements through the outbox. */
  broadcast: BroadcastPort;
  /** Digest composition and preview. */
  digests: DigestService;
  /** Clock, injectable for tests. */
  now: () => Date;
  /** Reports faults to ADMIN_CHAT_ID, rate-limited; set by createBot when ADMIN_CHAT_ID is configured. */
  errors?: ErrorSink;
}

export function createServices(
  db: Db,
  config: Pick<Config, 'adminIds' | 'adminChatId'>,
  opts: { logger: Logger; now?: () => Date; onQueued?: () => void; broadcast?: BroadcastPort },
): Services {
  const repos = createRepositories(db);
  const i18n = loadI18n({ warn: (problem, message) => opts.logger.warn(problem, message) });
  const now = opts.now ?? (() => new Date());
  const digests = createDigestService({ repos, i18n, logger: opts.logger.child({ room: 'digest' }), onQueued: () => opts.onQueued?.() });
  return {
    config: { adminIds: config.adminIds, adminChatId: config.adminChatId },
    repos,
    i18n,
    facts: createFactsService({ repos }),
    subscriptions: createSubscriptionService({ repos, now }),
    // Tests may put a recording double at the outbox boundary; the app uses the real broadcaster.
    broadcast: opts.broadcast ?? createBroadcast({ digests, repos, now }),
    digests,
    now,
  };
}
