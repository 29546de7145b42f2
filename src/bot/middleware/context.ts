/**
 * Per-update context: a child logger carrying the update id, the services, and the translator for
 * the negotiated language (stored choice → Telegram language_code → Ukrainian). Records the chat.
 */
import type { MiddlewareFn } from 'telegraf';
import { negotiateLanguage } from '../../i18n/index.js';
import type { Logger } from '../../logger.js';
import type { BotContext, Services } from '../context.js';

export function contextMiddleware(services: Services, logger: Logger): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.services = services;
    ctx.log = logger.child({ updateId: ctx.update.update_id, chatId: ctx.chat?.id, userId: ctx.from?.id });
    let stored: string | null = null;
    const chat = ctx.chat;
    if (chat) {
      const seen = await services.subscriptions.seen({
        chatId: BigInt(chat.id),
        chatType: chat.type,
        title: 'title' in chat ? chat.title : null,
        username: 'username' in chat ? (chat.username ?? null) : null,
        telegramLanguage: chat.type === 'private' ? (ctx.from?.language_code ?? null) : null,
      });
      stored = seen.language;
    }
    setLanguage(ctx, negotiateLanguage(stored, ctx.from?.language_code));
    return next();
  };
}

export function setLanguage(ctx: BotContext, lang: BotContext['lang']): void {
  ctx.lang = lang;
  ctx.tr = ctx.services.i18n.translator(lang);
  ctx.t = ctx.tr.t;
}
