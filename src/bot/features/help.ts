import { Composer } from 'telegraf';
import type { BotContext } from '../context.js';

export const helpFeature = new Composer<BotContext>();

helpFeature.help(async (ctx) => {
  await ctx.replyWithHTML(ctx.t('help-text'), { link_preview_options: { is_disabled: true } });
});
