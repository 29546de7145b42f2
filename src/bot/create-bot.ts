/**
 * Builds the Telegraf bot from its dependencies; connects nothing by itself. Features are installed
 * in order, `unhandled` last; bot.catch answers the user politely and keeps polling alive.
 */
import { Telegraf } from 'telegraf';
import type { UserFromGetMe } from 'telegraf/types';
import type { Logger } from '../logger.js';
import type { BotContext, Services } from './context.js';
import { helpFeature } from './features/help.js';
import { languageFeature } from './features/language.js';
import { type DeepLinks, createStartFeature } from './features/start.js';
import { unhandledFeature } from './features/unhandled.js';
import { digestFeature } from './features/digest.js';
import { settingsFeature } from './features/settings.js';
import { subscribeDeepLink, subscribeFeature } from './features/subscribe.js';
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
  const deepLinks: DeepLinks = { sub: subscribeDeepLink };

  bot.use(contextMiddleware(deps.services, deps.logger));
  bot.use(createStartFeature(deepLinks), helpFeature, languageFeature);
  // Feature modules go here, one per file.
  bot.use(subscribeFeature, settingsFeature, digestFeature);
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
