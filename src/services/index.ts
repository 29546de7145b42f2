/**
 * The application layer: one module per use-case family, built over one database. The bot, the
 * scheduler and the benchmarks use these use cases; none of them knows of Telegraf, and none of
 * their callers touches a repository.
 */
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { type Repositories, createRepositories } from '../db/repositories/index.js';
import type { BroadcastPort } from '../domain/ports.js';
import { type I18n, loadI18n } from '../i18n/index.js';
import type { Logger } from '../logger.js';
import { type AdminService, createAdminService } from './admins.js';
import { createBroadcast } from './broadcasts.js';
import { type DigestService, createDigestService } from './digests.js';
import { type FactsService, createFactsService } from './facts.js';
import { type PictureService, createPictureService } from './pictures.js';
import { type QuestionsService, createQuestionsService } from './questions.js';
import { type SubscriptionService, createSubscriptionService } from './subscriptions.js';

/** What the bot's features may use; built once by the composition root (src/app.ts or a test). */
export interface Services {
  config: Pick<Config, 'adminIds' | 'adminChatId'>;
  i18n: I18n;
  /** The catalog, and every change an admin proposes and publishes. */
  facts: FactsService;
  /** /map and the charts: drawn once per data version, uploaded once, then sent by file_id. */
  pictures: PictureService;
  /** Plain-language questions, with each chat's last subject remembered for follow-ups. */
  questions: QuestionsService;
  /** Chats, languages, subscriptions and their settings. */
  subscriptions: SubscriptionService;
  /** Owners and editors. */
  admins: AdminService;
  /** Urgent alerts and announcements through the outbox. */
  broadcast: BroadcastPort;
  /** Digest composition and preview. */
  digests: DigestService;
  /** Clock, injectable for tests. */
  now: () => Date;
}

/** Repositories over `db` with the services' clock (the composition root keeps them for the worker). */
export function createStores(db: Db, now: () => Date = () => new Date()): Repositories {
  return createRepositories(db, { now });
}

export function createServices(
  repos: Repositories,
  config: Pick<Config, 'adminIds' | 'adminChatId'>,
  opts: { logger: Logger; now?: () => Date; onQueued?: () => void; broadcast?: BroadcastPort; i18n?: I18n; botUsername?: () => string | undefined },
): Services {
  const now = opts.now ?? (() => new Date());
  const i18n = opts.i18n ?? loadI18n({ warn: (problem, message) => opts.logger.warn(problem, message) });
  const digests = createDigestService({
    repos,
    i18n,
    logger: opts.logger.child({ room: 'digest' }),
    onQueued: () => opts.onQueued?.(),
    ...(opts.botUsername ? { botUsername: opts.botUsername } : {}),
  });
  // Tests may put a recording double at the outbox boundary; the app uses the real broadcaster.
  const broadcast = opts.broadcast ?? createBroadcast({ digests, repos, now });
  const facts = createFactsService({ repos, i18n, broadcast, now });
  return {
    config: { adminIds: config.adminIds, adminChatId: config.adminChatId },
    i18n,
    facts,
    pictures: createPictureService({ facts, i18n }),
    questions: createQuestionsService({ catalog: () => facts.catalog(), now }),
    subscriptions: createSubscriptionService({ repos, now }),
    admins: createAdminService({ repos, config }),
    broadcast,
    digests,
    now,
  };
}
