import { Composer } from 'telegraf';
import { formatSignatories } from '../../domain/format/overview.js';
import { replyHtml } from '../browse.js';
import type { BotContext } from '../context.js';

/** /signatories (alias /countries) — who joined the declaration and who signed an agreement. */
export const signatoriesFeature = new Composer<BotContext>();

signatoriesFeature.command(['signatories', 'countries'], async (ctx) => {
  await replyHtml(ctx, formatSignatories(await ctx.services.facts.catalog(), ctx.tr));
});
