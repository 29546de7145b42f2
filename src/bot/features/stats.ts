import { Composer, Markup } from 'telegraf';
import { formatStats } from '../../domain/format/overview.js';
import { replyHtml } from '../browse.js';
import { encodePictureCallback } from '../callback-data/pictures.js';
import type { BotContext } from '../context.js';

/** /stats — totals: partners, agreements, pledges per currency and per year. */
export const statsFeature = new Composer<BotContext>();

async function replyStats(ctx: BotContext) {
  const chart = [[Markup.button.callback(ctx.t('picture-show-chart'), encodePictureCallback({ kind: 'chart', of: 'stats' }))]];
  await replyHtml(ctx, formatStats(await ctx.services.facts.catalog(), ctx.tr), chart);
}

statsFeature.command('stats', replyStats);

// "📄 As text" under the chart (the chart itself is drawn by the map feature's pic: buttons).
statsFeature.action('txt:stats', async (ctx) => {
  await ctx.answerCbQuery();
  await replyStats(ctx);
});
