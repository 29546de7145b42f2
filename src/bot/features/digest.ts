/** /digest — what the next digest would contain, now; nothing is marked delivered. */
import { Composer } from 'telegraf';
import type { BotContext } from '../context.js';

export const digestFeature = new Composer<BotContext>();

digestFeature.command('digest', async (ctx) => {
  const parts = await ctx.services.digests.preview(BigInt(ctx.chat.id), ctx.lang, ctx.services.now());
  if (parts === null) return void (await ctx.reply(ctx.t('sub-not-subscribed')));
  if (!parts.length) return void (await ctx.reply(ctx.t('digest-preview-empty')));
  await ctx.replyWithHTML(ctx.t('digest-preview-header'));
  for (const part of parts) await ctx.replyWithHTML(part, { link_preview_options: { is_disabled: true } });
});
