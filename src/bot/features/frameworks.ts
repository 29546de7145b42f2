import { Composer } from 'telegraf';
import { formatFrameworks } from '../../domain/format/overview.js';
import { replyHtml } from '../browse.js';
import type { BotContext } from '../context.js';

/** /frameworks — each framework with its members. */
export const frameworksFeature = new Composer<BotContext>();

frameworksFeature.command('frameworks', async (ctx) => {
  await replyHtml(ctx, formatFrameworks(await ctx.services.facts.catalog(), ctx.tr));
});
