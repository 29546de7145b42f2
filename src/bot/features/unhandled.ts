import { Composer } from 'telegraf';
import type { BotContext } from '../context.js';

/** Installed last: every stray button press is answered, and private messages never meet silence. */
export const unhandledFeature = new Composer<BotContext>();

unhandledFeature.on('callback_query', async (ctx) => {
  await ctx.answerCbQuery(ctx.t('unhandled-button'));
});

unhandledFeature.on('message', async (ctx, next) => {
  if (ctx.chat.type !== 'private') return next();
  const isFile = ['document', 'photo', 'video', 'audio', 'voice', 'video_note', 'sticker', 'animation'].some((k) => k in ctx.message);
  await ctx.replyWithHTML(ctx.t(isFile ? 'unhandled-file' : 'unhandled-message'));
});
