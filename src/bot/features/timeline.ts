import { Composer, Markup } from 'telegraf';
import type { Catalog } from '../../domain/catalog.js';
import { formatTimelinePage } from '../../domain/format/overview.js';
import { editHtml, listPageCount, pagerRow, replyHtml } from '../browse.js';
import { onButton, pageCodec } from '../callback-data/index.js';
import { encodePictureCallback } from '../callback-data/pictures.js';
import type { BotContext } from '../context.js';

/** /timeline — milestones newest first; ◀️ ▶️ edit the message in place. */
export const timelineFeature = new Composer<BotContext>();

function view(ctx: BotContext, catalog: Catalog, page: number) {
  const v = formatTimelinePage(catalog, ctx.tr, page);
  const pager = pagerRow(ctx, 'timeline', v.page, v.pages);
  const chart = [Markup.button.callback(ctx.t('picture-show-chart'), encodePictureCallback({ kind: 'chart', of: 'timeline' }))];
  return { text: v.text, keyboard: pager.length ? [pager, chart] : [chart] };
}

timelineFeature.command('timeline', async (ctx) => {
  const { text, keyboard } = view(ctx, await ctx.services.facts.catalog(), 1);
  await replyHtml(ctx, text, keyboard);
});

// "📄 As text" under the chart (the chart itself is drawn by the map feature's pic: buttons).
timelineFeature.action('txt:timeline', async (ctx) => {
  await ctx.answerCbQuery();
  const { text, keyboard } = view(ctx, await ctx.services.facts.catalog(), 1);
  await replyHtml(ctx, text, keyboard);
});

timelineFeature.use(
  onButton(pageCodec, async (ctx, { list, page }, next) => {
    if (list !== 'timeline') return next();
    const catalog = await ctx.services.facts.catalog();
    if (page > listPageCount(catalog, list)) return next();
    await ctx.answerCbQuery();
    const { text, keyboard } = view(ctx, catalog, page);
    await editHtml(ctx, text, keyboard);
  }),
);
