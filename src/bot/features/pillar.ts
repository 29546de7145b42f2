import { Composer, Markup } from 'telegraf';
import type { Catalog, Pillar } from '../../domain/catalog.js';
import { formatPillarList, pillarMessages, pillarShortName } from '../../domain/format/pillar.js';
import { esc } from '../../domain/html.js';
import { resolvePillar } from '../../domain/resolve.js';
import { replyHtml, rows } from '../browse.js';
import { onButton, pillarCodec } from '../callback-data/index.js';
import type { BotContext } from '../context.js';
import type { DeepLinkHandler } from './start.js';

/** /pillar [name] — the pillars of support, or one pillar: who covers it and their pledges under it. */
export const pillarFeature = new Composer<BotContext>();

function pillarButtons(ctx: BotContext, pillars: Pillar[]) {
  return rows(
    pillars.map((p) => Markup.button.callback(pillarShortName(p, ctx.tr), pillarCodec.encode({ id: p.id }))),
    1,
  );
}

export async function replyPillar(ctx: BotContext, catalog: Catalog, pillar: Pillar): Promise<void> {
  await replyHtml(ctx, pillarMessages(catalog, pillar, ctx.tr));
}

pillarFeature.command('pillar', async (ctx) => {
  const catalog = await ctx.services.facts.catalog();
  const query = ctx.payload.trim();
  if (!query) return replyHtml(ctx, formatPillarList(catalog, ctx.tr), pillarButtons(ctx, catalog.pillars));
  const r = resolvePillar(catalog, query.slice(0, 200));
  const shown = esc(query.length > 100 ? `${query.slice(0, 100)}…` : query);
  if (r.status === 'found') return replyPillar(ctx, catalog, r.item);
  if (r.status === 'ambiguous') return replyHtml(ctx, ctx.t('pillar-ambiguous', { query: shown }), pillarButtons(ctx, r.candidates));
  if (r.suggestions.length) {
    return replyHtml(ctx, `${ctx.t('pillar-not-found', { query: shown })}\n${ctx.t('pillar-not-found-suggest')}`, pillarButtons(ctx, r.suggestions));
  }
  await replyHtml(ctx, `${ctx.t('pillar-not-found', { query: shown })}\n${ctx.t('pillar-not-found-hint')}`, pillarButtons(ctx, catalog.pillars));
});

pillarFeature.use(
  onButton(pillarCodec, async (ctx, { id }, next) => {
    const catalog = await ctx.services.facts.catalog();
    const pillar = catalog.pillar(id);
    if (!pillar) return next();
    await ctx.answerCbQuery();
    await replyPillar(ctx, catalog, pillar);
  }),
);

/** ?start=pillar_military */
export const pillarDeepLink: DeepLinkHandler = async (ctx, arg) => {
  const catalog = await ctx.services.facts.catalog();
  const pillar = /^[a-z][a-z0-9-]{0,40}$/.test(arg) ? catalog.pillar(arg) : undefined;
  if (!pillar) return false;
  await replyPillar(ctx, catalog, pillar);
  return true;
};
