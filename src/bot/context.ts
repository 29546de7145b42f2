import type { Context } from 'telegraf';
import type { Config } from '../config.js';
import type { Repositories } from '../db/repositories/index.js';
import type { DigestService } from '../delivery/digests.js';
import type { I18n, Lang, Translate, Translator } from '../i18n/index.js';
import type { BroadcastPort } from '../domain/ports.js';
import type { Logger } from '../logger.js';
import type { ErrorReporter } from './error-reporter.js';

/** What the bot's features may use; built once by the composition root (src/main.ts or a test). */
export interface Services {
  config: Pick<Config, 'adminIds' | 'adminChatId'>;
  repos: Repositories;
  i18n: I18n;
  /** Urgent alerts and announcements through the outbox (implemented by src/delivery/broadcast.ts). */
  broadcast: BroadcastPort;
  /** Digest composition and preview. */
  digests: DigestService;
  /** Clock, injectable for tests. */
  now: () => Date;
  /** Reports faults to ADMIN_CHAT_ID, rate-limited; set by createBot when ADMIN_CHAT_ID is configured. */
  errors?: ErrorReporter;
}

export interface BotContext extends Context {
  log: Logger;
  services: Services;
  lang: Lang;
  tr: Translator;
  t: Translate;
}
