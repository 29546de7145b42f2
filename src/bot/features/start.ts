import { Composer } from 'telegraf';
import { esc } from '../../domain/html.js';
import type { BotContext } from '../context.js';

/** /start — greets in the user's language. Deep-link payloads are handled by the features that own them. */
export const startFeature = new Composer<BotContext>();

startFeature.start(async (ctx, next) => {
  if (ctx.payload) return next();
  const name = esc(ctx.from.first_name || ctx.from.username || '');
  await ctx.replyWithHTML(ctx.t('start-welcome', { name }), { link_preview_options: { is_disabled: true } });
});
