/** /digest — what the next digest would contain, now; nothing is marked delivered. */
import { Composer } from 'telegraf';
import type { BotContext } from '../context.js';

export const digestFeature = new Composer<BotContext>();

digestFeature.command('digest', async (ctx) => {
  const preview = await ctx.services.digests.preview(BigInt(ctx.chat.id), ctx.lang, ctx.services.now());
  if (preview === null) return void (await ctx.reply(ctx.t('sub-not-subscribed')));
  // A paused subscription: said first, with how to resume, so the preview is not taken for what is on its way.
  const top = (text: string) => (preview.paused ? `${ctx.t('digest-preview-paused')}\n\n${text}` : text);
  if (!preview.parts.length) return void (await ctx.replyWithHTML(top(ctx.t('digest-preview-empty'))));
  await ctx.replyWithHTML(top(ctx.t('digest-preview-header')));
  for (const part of preview.parts) await ctx.replyWithHTML(part, { link_preview_options: { is_disabled: true } });
});
