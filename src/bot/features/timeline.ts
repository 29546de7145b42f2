import { Composer, Markup } from 'telegraf';
import type { Catalog } from '../../domain/catalog.js';
import { formatTimelinePage } from '../../domain/format/overview.js';
import { decodePressed, editHtml, pagerRow, replyHtml } from '../browse.js';
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

timelineFeature.action(/^page:timeline:/, async (ctx) => {
  const pressed = await decodePressed(ctx);
  if (!pressed || pressed.data.kind !== 'page') return;
  await ctx.answerCbQuery();
  const { text, keyboard } = view(ctx, pressed.catalog, pressed.data.page);
  await editHtml(ctx, text, keyboard);
});
