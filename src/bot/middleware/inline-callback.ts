/**
 * A press on a button of a message sent in inline mode arrives with inline_message_id and no
 * message (no chat): the features' handlers expect a chat, so it is answered here, once and
 * politely, and goes no further.
 */
import type { MiddlewareFn } from 'telegraf';
import type { BotContext } from '../context.js';

export const inlineCallbackMiddleware: MiddlewareFn<BotContext> = async (ctx, next) => {
  const q = ctx.callbackQuery;
  if (!q || q.message) return next();
  await ctx.answerCbQuery(ctx.t('inline-button-inactive'));
};
