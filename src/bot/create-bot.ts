/**
 * Builds the Telegraf bot from its dependencies; connects nothing by itself. Features are installed
 * in order, `unhandled` last; bot.catch answers the user politely and keeps polling alive.
 */
import { Telegraf } from 'telegraf';
import type { UserFromGetMe } from 'telegraf/types';
import type { Logger } from '../logger.js';
import type { BotContext, Services } from './context.js';
import { askFeature } from './features/ask.js';
import { countryDeepLink, countryFeature } from './features/country.js';
import { frameworksFeature } from './features/frameworks.js';
import { helpFeature } from './features/help.js';
import { inlineFeature } from './features/inline.js';
import { pillarDeepLink, pillarFeature } from './features/pillar.js';
import { signatoriesFeature } from './features/signatories.js';
import { sourcesFeature } from './features/sources.js';
import { statsFeature } from './features/stats.js';
import { timelineFeature } from './features/timeline.js';
import { languageFeature } from './features/language.js';
import { type DeepLinks, createStartFeature } from './features/start.js';
import { unhandledFeature } from './features/unhandled.js';
import { contextMiddleware } from './middleware/context.js';

export interface BotDeps {
  token: string;
  apiRoot: string;
  services: Services;
  logger: Logger;
  /** Preset in tests that drive bot.handleUpdate without getMe. */
  botInfo?: UserFromGetMe;
  handlerTimeoutMs?: number;
}

export function createBot(deps: BotDeps): Telegraf<BotContext> {
  const bot = new Telegraf<BotContext>(deps.token, {
    telegram: { apiRoot: deps.apiRoot, webhookReply: false },
    handlerTimeout: deps.handlerTimeoutMs ?? 30_000,
  });
  if (deps.botInfo) bot.botInfo = deps.botInfo;

  // Deep links (?start=<prefix>_<arg>), one entry per feature that owns a prefix.
  const deepLinks: DeepLinks = { country: countryDeepLink, pillar: pillarDeepLink };

  bot.use(contextMiddleware(deps.services, deps.logger));
  bot.use(createStartFeature(deepLinks), helpFeature, languageFeature);
  // Feature modules go here, one per file.
  bot.use(countryFeature, pillarFeature, signatoriesFeature, timelineFeature, statsFeature, frameworksFeature, sourcesFeature, inlineFeature);
  // Plain-language questions take over stray text (after every command feature, before unhandled).
  bot.use(askFeature);
  bot.use(unhandledFeature);

  bot.catch(async (err, ctx) => {
    const log = ctx.log ?? deps.logger;
    log.error({ err, updateType: ctx.updateType }, 'handler failed');
    try {
      if (ctx.callbackQuery) await ctx.answerCbQuery();
      if (ctx.chat && ctx.t) await ctx.reply(ctx.t('error-generic'));
    } catch (replyErr) {
      log.warn({ err: replyErr }, 'could not tell the user about the failure');
    }
  });
  return bot;
}
