import { Composer } from 'telegraf';
import { formatSources } from '../../domain/format/overview.js';
import { replyHtml } from '../browse.js';
import type { BotContext } from '../context.js';

/** /sources — where the data comes from, and how fresh it is. */
export const sourcesFeature = new Composer<BotContext>();

sourcesFeature.command('sources', async (ctx) => {
  await replyHtml(ctx, formatSources(await ctx.services.facts.catalog(), ctx.tr));
});
