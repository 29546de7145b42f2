import { Composer } from 'telegraf';
import type { BotContext } from '../context.js';

/**
 * Installed last: every stray button press is answered, and private messages never meet silence.
 * This is the one place a forged, stale or unknown button payload is answered (features pass what
 * their codec rejects, or what names something gone, on to here).
 */
export const unhandledFeature = new Composer<BotContext>();

unhandledFeature.on('callback_query', async (ctx) => {
  ctx.log.info({ data: 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : undefined }, 'stale or forged callback data');
  await ctx.answerCbQuery(ctx.t('unhandled-button'));
});

unhandledFeature.on('message', async (ctx, next) => {
  if (ctx.chat.type !== 'private') return next();
  const isFile = ['document', 'photo', 'video', 'audio', 'voice', 'video_note', 'sticker', 'animation'].some((k) => k in ctx.message);
  await ctx.replyWithHTML(ctx.t(isFile ? 'unhandled-file' : 'unhandled-message'));
});
