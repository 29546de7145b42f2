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
import { type ErrorReporter, createErrorReporter, errorSignature, reportFormat } from './error-reporter.js';
import { createAdminFeature } from './features/admin/index.js';
import { helpFeature } from './features/help.js';
import { inlineDeepLink, inlineFeature } from './features/inline.js';
import { pillarDeepLink, pillarFeature } from './features/pillar.js';
import { signatoriesFeature } from './features/signatories.js';
import { sourcesFeature } from './features/sources.js';
import { statsFeature } from './features/stats.js';
import { timelineFeature } from './features/timeline.js';
import { languageFeature } from './features/language.js';
import { mapFeature } from './features/map.js';
import { type DeepLinks, createStartFeature } from './features/start.js';
import { unhandledFeature } from './features/unhandled.js';
import { digestFeature } from './features/digest.js';
import { settingsFeature } from './features/settings.js';
import { subscribeDeepLink, subscribeFeature } from './features/subscribe.js';
import { contextMiddleware } from './middleware/context.js';
import { type FloodOptions, createFloodControl } from './middleware/flood.js';
import { inlineCallbackMiddleware } from './middleware/inline-callback.js';
import { type SendPathState, sendPathMiddleware } from './middleware/send-path.js';
import { type SendGate, createSendGate, installSendPath } from '../delivery/send-gate.js';

export interface BotDeps {
  token: string;
  apiRoot: string;
  services: Services;
  logger: Logger;
  /** Preset in tests that drive bot.handleUpdate without getMe. */
  botInfo?: UserFromGetMe;
  handlerTimeoutMs?: number;
  /** The one send path (shared with the delivery worker); a fresh one if not given. */
  gate?: SendGate;
  /** Per-user flood protection; false switches it off (tests that play many quick users as one). */
  flood?: FloodOptions | false;
}

export function createBot(deps: BotDeps): Telegraf<BotContext> {
  const bot = new Telegraf<BotContext>(deps.token, {
    telegram: { apiRoot: deps.apiRoot, webhookReply: false },
    handlerTimeout: deps.handlerTimeoutMs ?? 30_000,
  });
  if (deps.botInfo) bot.botInfo = deps.botInfo;
  // Every sending call goes through one gate: the per-update clients (first middleware below) and
  // the bot's own client (error reports, menus).
  const gate = deps.gate ?? createSendGate();
  installSendPath(bot.telegram, gate, 'interactive');

  // Faults go to the admin chat, at most one message per kind of fault per window.
  // The reporter belongs to this bot instance: the services it is given are not changed.
  const adminChatId = deps.services.config.adminChatId;
  let errors: ErrorReporter | undefined;
  if (adminChatId !== undefined) {
    const t = deps.services.i18n.translator('uk').t;
    errors = createErrorReporter({
      send: (text) => bot.telegram.sendMessage(String(adminChatId), text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } }),
      format: reportFormat(t),
      onSendError: (err) => deps.logger.warn({ err }, 'could not report an error to the admin chat'),
    });
  }

  // Deep links (?start=<prefix>_<arg>), one entry per feature that owns a prefix.
  const deepLinks: DeepLinks = { country: countryDeepLink, pillar: pillarDeepLink, sub: subscribeDeepLink, inline: inlineDeepLink };

  bot.use(sendPathMiddleware(gate));
  if (deps.flood !== false) {
    const owners = deps.services.config.adminIds;
    bot.use(createFloodControl(deps.services.i18n, { exempt: (id) => owners.includes(BigInt(id)), ...deps.flood }).middleware);
  }
  bot.use(contextMiddleware(deps.services, deps.logger));
  bot.use(inlineCallbackMiddleware);
  bot.use(createStartFeature(deepLinks), helpFeature, languageFeature);
  // Feature modules go here, one per file.
  // Admin commands and their dialogs first: an admin's answer inside a dialog is not a question.
  bot.use(createAdminFeature());
  bot.use(countryFeature, pillarFeature, signatoriesFeature, timelineFeature, statsFeature, frameworksFeature, sourcesFeature, inlineFeature);
  bot.use(mapFeature);
  bot.use(subscribeFeature, settingsFeature, digestFeature);
  // Plain-language questions take over stray text (after every command feature, before unhandled).
  bot.use(askFeature);
  bot.use(unhandledFeature);

  bot.catch(async (err, ctx) => {
    const log = ctx.log ?? deps.logger;
    log.error({ err, updateType: ctx.updateType }, 'handler failed');
    errors?.report(
      errorSignature(err, `handler:${ctx.updateType}`),
      `${(err as Error)?.stack ?? String(err)}\nupdate ${ctx.update?.update_id} · chat ${ctx.chat?.id ?? '-'} · user ${ctx.from?.id ?? '-'}`,
    );
    try {
      // A press already answered by its handler is not answered again.
      const answered = (ctx.state as SendPathState).callbackAnswered === true;
      if (ctx.callbackQuery && !answered) await ctx.answerCbQuery();
      if (ctx.chat && ctx.t) await ctx.reply(ctx.t('error-generic'));
    } catch (replyErr) {
      log.warn({ err: replyErr }, 'could not tell the user about the failure');
    }
  });
  return bot;
}
