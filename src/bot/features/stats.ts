import { Composer } from 'telegraf';
import { formatStats } from '../../domain/format/overview.js';
import { replyHtml } from '../browse.js';
import type { BotContext } from '../context.js';

/** /stats — totals: partners, agreements, pledges per currency and per year. */
export const statsFeature = new Composer<BotContext>();

statsFeature.command('stats', async (ctx) => {
  await replyHtml(ctx, formatStats(await ctx.services.facts.catalog(), ctx.tr));
});
