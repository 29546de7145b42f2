import { Composer, Markup } from 'telegraf';
import { pick } from '../../domain/bilingual.js';
import type { Catalog, Partner } from '../../domain/catalog.js';
import { partnerLabel } from '../../domain/format/common.js';
import { countryCard, formatCountryListPage } from '../../domain/format/country.js';
import { esc } from '../../domain/html.js';
import { resolveCountry } from '../../domain/resolve.js';
import { pillarShortName } from '../../domain/format/pillar.js';
import { editHtml, listPageCount, pagerRow, replyHtml, rows } from '../browse.js';
import { countryCodec, onButton, pageCodec, pillarCodec } from '../callback-data/index.js';
import type { BotContext } from '../context.js';
import type { DeepLinkHandler } from './start.js';

/** /country [name] — a partner's card, or the list of partners with pages. */
export const countryFeature = new Composer<BotContext>();

const MAX_QUERY = 100;

function listKeyboard(ctx: BotContext, catalog: Catalog, page: number) {
  const view = formatCountryListPage(catalog, ctx.tr, page);
  const buttons = view.buttons.map((b) => Markup.button.callback(b.label, countryCodec.encode({ code: b.code })));
  const pager = pagerRow(ctx, 'countries', view.page, view.pages);
  return { text: view.text, keyboard: [...rows(buttons, 2), ...(pager.length ? [pager] : [])] };
}

export function partnerButtons(ctx: BotContext, partners: Partner[]) {
  return rows(
    partners.slice(0, 8).map((p) => Markup.button.callback(partnerLabel(p, ctx.lang), countryCodec.encode({ code: p.code }))),
    2,
  );
}

/** The pillars a partner's agreements or pledges fall under, in the catalog's order. */
function pillarsOf(catalog: Catalog, code: string) {
  const ids = new Set<string>();
  for (const a of catalog.agreementsOf(code)) {
    for (const id of a.pillarIds) ids.add(id);
    for (const p of a.pledges) if (p.pillarId) ids.add(p.pillarId);
  }
  return catalog.pillars.filter((p) => ids.has(p.id));
}

/**
 * The buttons under a card: subscribe to this partner's news (the `sub_<code>` deep link, which
 * works from any chat and opens the settings in the private chat), its pillars, back to the list.
 */
export function cardKeyboard(ctx: BotContext, catalog: Catalog, partner: Partner) {
  const username = ctx.botInfo?.username;
  const subscribe = username ? [[Markup.button.url(ctx.t('country-button-subscribe'), `https://t.me/${username}?start=sub_${partner.code}`)]] : [];
  const pillars = rows(
    pillarsOf(catalog, partner.code).map((p) => Markup.button.callback(pillarShortName(p, ctx.tr), pillarCodec.encode({ id: p.id }))),
    2,
  );
  return [...subscribe, ...pillars, [Markup.button.callback(ctx.t('country-button-back'), pageCodec.encode({ list: 'countries', page: 1 }))]];
}

export async function replyCountryCard(ctx: BotContext, catalog: Catalog, partner: Partner): Promise<void> {
  await replyHtml(ctx, countryCard(catalog, partner, ctx.tr), cardKeyboard(ctx, catalog, partner));
}

/** Answers a typed name: the card, a choice between candidates, or a polite "not found". */
export async function answerCountryQuery(ctx: BotContext, query: string): Promise<void> {
  const catalog = await ctx.services.facts.catalog();
  const shown = esc(query.length > MAX_QUERY ? `${query.slice(0, MAX_QUERY)}…` : query);
  const r = resolveCountry(catalog, query.slice(0, MAX_QUERY * 2));
  if (r.status === 'partner') return replyCountryCard(ctx, catalog, r.partner);
  if (r.status === 'ambiguous') return replyHtml(ctx, ctx.t('country-ambiguous', { query: shown }), partnerButtons(ctx, r.candidates));
  const listButton = [Markup.button.callback(ctx.t('country-button-list'), pageCodec.encode({ list: 'countries', page: 1 }))];
  if (r.status === 'aggressor') return replyHtml(ctx, ctx.t('aggressor-state', { code: r.code }), [listButton]);
  if (r.status === 'non-partner' && r.code === 'UA') return replyHtml(ctx, ctx.t('country-ukraine'), [listButton]);
  if (r.status === 'non-partner') {
    const name = esc(pick(r, 'name', ctx.lang));
    return replyHtml(ctx, ctx.t('country-non-partner', { name, date: ctx.tr.date(catalog.dataAsOf) }), [listButton]);
  }
  if (r.suggestions.length) {
    return replyHtml(ctx, `${ctx.t('country-not-found', { query: shown })}\n${ctx.t('country-not-found-suggest')}`, [
      ...partnerButtons(ctx, r.suggestions),
      listButton,
    ]);
  }
  return replyHtml(ctx, `${ctx.t('country-not-found', { query: shown })}\n${ctx.t('country-not-found-hint')}`, [listButton]);
}

countryFeature.command('country', async (ctx) => {
  const query = ctx.payload.trim();
  if (query) return answerCountryQuery(ctx, query);
  const catalog = await ctx.services.facts.catalog();
  const { text, keyboard } = listKeyboard(ctx, catalog, 1);
  await replyHtml(ctx, text, keyboard);
});

countryFeature.use(
  onButton(countryCodec, async (ctx, { code }, next) => {
    const catalog = await ctx.services.facts.catalog();
    const partner = catalog.partner(code);
    if (!partner) return next();
    await ctx.answerCbQuery();
    await replyCountryCard(ctx, catalog, partner);
  }),
  onButton(pageCodec, async (ctx, { list, page }, next) => {
    if (list !== 'countries') return next();
    const catalog = await ctx.services.facts.catalog();
    if (page > listPageCount(catalog, list)) return next();
    await ctx.answerCbQuery();
    const { text, keyboard } = listKeyboard(ctx, catalog, page);
    await editHtml(ctx, text, keyboard);
  }),
);

/** ?start=country_DE */
export const countryDeepLink: DeepLinkHandler = async (ctx, arg) => {
  const catalog = await ctx.services.facts.catalog();
  const partner = /^[A-Za-z]{2}$/.test(arg) ? catalog.partner(arg.toUpperCase()) : undefined;
  if (!partner) return false;
  await replyCountryCard(ctx, catalog, partner);
  return true;
};
